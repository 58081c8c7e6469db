"""Offset-keeping folding and tokenising shared by the claim readers.

The readers match folded text (tashkeel and tatweel dropped, alef forms unified, ``ى`` -> ``ي``,
``ة`` -> ``ه``, ``ؤ`` -> ``و``, ``ئ`` -> ``ي``, Arabic-Indic and Persian digits -> ASCII, NFKC,
lower case) but must report spans in the original text. :func:`fold` therefore keeps, for every
folded character, the index of the original character it came from, and :meth:`Folded.span`
maps a folded span back (a span ending on a letter also takes the marks that follow it, so
``كيلومتراً`` keeps its tanween).

Output strings (counted noun, place, source) are only *lightly* normalised by :func:`light`:
marks, tatweel and quotes removed, digits made ASCII, spaces collapsed, letters kept as written,
so they stay readable in a report; compare them through ``crosscheck.text.normalize``.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

_DROPPED = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\ufeff]")
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_SIGNS = {"٫": ".", "٬": ",", "٪": "%", "\u066d": "*"}
_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {chr(0x06F0 + d): str(d) for d in range(10)}
_CHAR_MAP = _LETTERS | _SIGNS | _DIGITS

# Number token first (thousands with commas, thousands with two or more dot groups, decimal,
# integer), then a letter run, a line break, or any other single visible character.
_TOKEN = re.compile(
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])"
    r"|[0-9]{1,3}[,\u060c][0-9]{1,2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<word>[^\W\d_]+)|(?P<nl>\n)|(?P<punct>\S)"
)
#: Punctuation that ends the context a claim word may be looked for in.
CLAUSE_END = frozenset(".!?؟;؛:\n،,")
#: Prefixes (conjunction and prepositions) that may be glued to a word or a number.
CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Folded:
    """Folded text with the original index of every folded character."""

    original: str
    text: str
    pos: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to the original text.

        Args:
            start: Start offset in the folded text.
            end: End offset in the folded text (``end > start``).

        Returns:
            ``(start, end)`` in the original text; the end also covers marks and tatweel that
            directly follow the last character.
        """
        ostart = self.pos[start]
        oend = self.pos[end - 1] + 1
        while oend < len(self.original) and _DROPPED.match(self.original[oend]):
            oend += 1
        return ostart, oend


@dataclass(frozen=True)
class Tok:
    """A token of the folded text.

    Attributes:
        kind: ``num``, ``word``, ``nl`` or ``punct``.
        text: The folded token text.
        start: Start offset in the folded text.
        end: End offset in the folded text.
        value: The number a ``num`` token reads as.
        glued: True when the token directly follows the previous one (no space).
        upper: True when the original first character is an upper-case letter.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    glued: bool = False
    upper: bool = False


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character (may return zero, one or several characters)."""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if _DROPPED.match(c):
            continue
        out.append(_CHAR_MAP.get(c, c.lower()))
    return "".join(out)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching while remembering where every character came from."""
    chars: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        for c in fold_char(ch):
            chars.append(c)
            pos.append(i)
    return Folded(text, "".join(chars), tuple(pos))


def fold_word(word: str) -> str:
    """Fold a lexicon entry the same way as the text."""
    return "".join(fold_char(c) for c in word)


def number_value(raw: str) -> float:
    """Read a digit token: ``5,300`` and ``1.234.567`` are thousands, ``2.5`` a decimal, and
    so are ``17,9`` and ``7،8`` (a decimal comma: one or two digits after it)."""
    whole, comma, fraction = raw.replace("\u060c", ",").partition(",")
    if comma and len(fraction) <= 2 and fraction.isdigit():
        return float(f"{whole}.{fraction}")
    if "," in raw:
        return float(raw.replace(",", ""))
    if raw.count(".") >= 2:
        return float(raw.replace(".", ""))
    return float(raw)


def tokenize(folded: Folded) -> list[Tok]:
    """Split folded text into number, word, line-break and punctuation tokens."""
    toks: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(folded.text):
        kind = m.lastgroup or "punct"
        value = number_value(m.group()) if kind == "num" else None
        first = folded.original[folded.pos[m.start()]]
        toks.append(Tok(kind, m.group(), m.start(), m.end(), value, m.start() == prev_end, first.isupper()))
        prev_end = m.end()
    return toks


@lru_cache(maxsize=256)
def folded_tokens(text: str) -> tuple[Folded, tuple[Tok, ...]]:
    """:func:`fold` and :func:`tokenize` of ``text``, done once per sentence: the number,
    date, place and attribution readers all read the same sentence (the tokens are shared,
    so they are a tuple)."""
    folded = fold(text)
    return folded, tuple(tokenize(folded))


#: The longest aside in brackets skipped after a unit (``(19 miles)``), in tokens.
BRACKETS_MAX = 5


def past_brackets(toks: list[Tok] | tuple[Tok, ...], k: int) -> int:
    """The token after a short aside in brackets that opens at ``k`` (``30 km (19 miles)
    deep``: the word after the brackets is the length's), else ``k``."""
    if k < len(toks) and toks[k].text == "(":
        for n in range(k + 1, min(k + 2 + BRACKETS_MAX, len(toks))):
            if toks[n].text == ")":
                return n + 1
    return k


def strip_clitic(word: str, lexicon: Container[str]) -> str | None:
    """Return ``word`` or ``word`` without a glued conjunction/preposition if in ``lexicon``."""
    if word in lexicon:
        return word
    for clitic in CLITICS:
        if word.startswith(clitic) and word[len(clitic):] in lexicon:
            return word[len(clitic):]
    return None


def light(text: str) -> str:
    """Lightly normalise an output phrase: marks, tatweel and quotes out, digits ASCII."""
    text = unicodedata.normalize("NFKC", text)
    text = _DROPPED.sub("", text)
    text = "".join(_DIGITS.get(c, c) for c in text)
    text = re.sub("[\"«»“”„'‘’]", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,،.()")
