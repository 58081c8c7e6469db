"""Normalisation for matching only: the original text is never changed.

Arabic: tashkeel and tatweel removed, alef forms unified, alef maqsura -> ya, ta marbuta -> ha.
Arabic-Indic and Persian digits -> ASCII. NFKC, case folded, whitespace collapsed.

>>> normalize("الأمينُ العامّ ٢٧ ــ مدينةٌ")
'الامين العام 27 مدينه'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
    }
)
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)

# Clitics stripped from the front of Arabic words before comparing them: wa-, fa-, bi-, li-,
# ka- and the article al-. Only when enough of the word is left to still be a word.
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
# Suffixes stripped from the end (plurals, feminine, pronouns, accusative alef) the same way.
_SUFFIXES = ("ات", "ين", "ون", "ان", "ها", "هم", "ا", "ه", "ي", "ت")

ARABIC_STOPWORDS = frozenset(
    normalize_word
    for normalize_word in """
    في من على الى إلى عن مع ان أن إن او أو ثم قد لا لم لن ما ماذا هذا هذه ذلك تلك هو هي هم
    التي الذي الذين اللذين كان كانت يكون تكون وقد كما بين بعد قبل حتى عند منذ خلال حول ضد
    اليوم امس أمس ايضا أيضا كل بعض غير الا إلا انه أنه إنه انها أنها إنها عليه عليها فيه فيها
    منه منها له لها لهم به بها وهو وهي وكان وكانت قال قالت وقال وقالت يوم اي أي ذات نحو
    """.split()
)
ENGLISH_STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but is are was were be been has have had
    it its this that these those he she they them his her their as not no said says will would
    """.split()
)


def normalize(text: str) -> str:
    """Return ``text`` folded for matching (length may change; never shown to users)."""
    text = unicodedata.normalize("NFKC", text)
    text = _TASHKEEL.sub("", text).translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 18)
def clitic_variants(word: str) -> tuple[str, ...]:
    """The word and its readings without Arabic clitics and endings (``والقوات`` -> ``قوات``).

    Stripping is ambiguous (``ليبيا`` is not ``ل`` + ``يبيا``), so all readings are kept and
    two words match when they share one.
    """
    variants = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            variants.append(word[len(prefix):])
    for variant in list(variants):
        for suffix in _SUFFIXES:
            if variant.endswith(suffix) and len(variant) - len(suffix) >= 3:
                variants.append(variant[: -len(suffix)])
    return tuple(dict.fromkeys(variants))


def words(norm_text: str) -> list[str]:
    """Word and number tokens of an already normalised text (numbers keep their decimals)."""
    return _WORD.findall(norm_text)


@functools.lru_cache(maxsize=1 << 17)
def content_words(norm_text: str) -> tuple[tuple[str, ...], ...]:
    """Content words and numbers of a normalised text as clitic variants; stopwords removed.

    Remembered per text in a process: re-grouping an index after adding one article reads
    only the new sentences.
    """
    out = []
    for word in dict.fromkeys(words(norm_text)):
        if word[0].isdigit():
            out.append((word.replace(",", ""),))
            continue
        if word in ENGLISH_STOPWORDS or word in _NORMALISED_AR_STOPWORDS:
            continue
        variants = tuple(v for v in clitic_variants(word) if v not in _NORMALISED_AR_STOPWORDS)
        if variants and len(word) >= 2:
            out.append(variants)
    return tuple(out)


def word_overlap(a: Sequence[tuple[str, ...]], b: Sequence[tuple[str, ...]], weight=None) -> float:
    """Weighted share of content words the two sentences have in common (0..1).

    Each side's share of words found in the other is averaged; ``weight(variant)`` (an
    inverse document frequency, say) makes rare names count more than the story's
    everyday words. Without it every word weighs 1.
    """
    return profile_overlap(WordProfile.of(a, weight), WordProfile.of(b, weight))


@dataclass(frozen=True)
class WordProfile:
    """A sentence's content words ready for :func:`profile_overlap`: made once per sentence
    when one sentence is compared with many."""

    words: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]  # each word's weight: its heaviest variant
    pool: frozenset[str]  # every variant of every word
    total: float = 0.0  # the sum of the weights

    @classmethod
    def of(cls, words: Sequence[tuple[str, ...]], weight=None) -> WordProfile:
        weight = weight or (lambda variant: 1.0)
        weights = tuple(max(weight(v) for v in variants) for variants in words)
        total = 0.0
        for w in weights:
            total += w
        return cls(tuple(words), weights, frozenset(v for variants in words for v in variants), total)


def profile_overlap(a: WordProfile, b: WordProfile) -> float:
    """:func:`word_overlap` of two profiles."""
    if not a.words or not b.words:
        return 0.0
    common = a.pool & b.pool
    if not common:
        return 0.0
    return (_found_share(a, common) + _found_share(b, common)) / 2


def _found_share(a: WordProfile, common: frozenset[str]) -> float:
    """Weighted share of ``a``'s words with a variant in ``common``."""
    hits = 0.0
    for variants, w in zip(a.words, a.weights):
        if not common.isdisjoint(variants):
            hits += w
    return hits / a.total if a.total else 0.0


def numbers(norm_text: str) -> set[str]:
    """Numeric tokens of a normalised text, as written (``27``, ``22.5``)."""
    return {w.replace(",", "") for w in words(norm_text) if w[0].isdigit()}


_NORMALISED_AR_STOPWORDS = frozenset(normalize(w) for w in ARABIC_STOPWORDS)
