"""Reading the number itself: digits, Arabic and English number words, scale and vague words.

:func:`read_core` looks at the tokens from index ``i`` and returns the number they spell
(``145``, ``مئة وخمسة وأربعون``, ``11 ألفا و300``, ``2.5 million``, ``عشرات الآلاف``) with
the token range it covers. Bounds, units and counted nouns around it are read elsewhere.
"""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._text import Tok, fold_word


@dataclass(frozen=True)
class Core:
    """A number read from tokens ``[i, j)``.

    Attributes:
        i: First token. ``skip`` characters of it (a glued ``و``) are not part of the number.
        j: One past the last token.
        value: The point value; None for vague words.
        low: Lowest value the words allow (equal to ``value`` for an exact number).
        high: Highest value the words allow.
        words: True when written (at least partly) in words.
        vague: True for ``عشرات``, ``dozens``, ``بضعة``...
        scaled: True when a scale word (thousand, مليون...) is part of it.
        written_range: True for a range of two written numbers (``بين 400 و750``).
    """

    i: int
    j: int
    value: float | None
    low: float | None
    high: float | None
    words: bool
    vague: bool
    scaled: bool = False
    skip: int = 0
    written_range: bool = False


@dataclass(frozen=True)
class _Part:
    kind: str  # unit, teen, tens, hundred, scale, dual, digits, half
    value: float
    joined: bool  # preceded by "و" / "and"
    token: int
    compound_only: bool = False


def _fold_map(pairs: dict[str, float]) -> dict[str, float]:
    return {fold_word(k): v for k, v in pairs.items()}


_AR_UNITS = _fold_map({
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثنتين": 2,
})
_AR_COMPOUND_ONLY = _fold_map({
    "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2,
})
_AR_TEEN = frozenset(fold_word(w) for w in ("عشر", "عشرة"))
_AR_TENS = _fold_map({
    f"{stem}{end}": 10 * n
    for n, stem in enumerate(("", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"))
    if n >= 2 for end in ("ون", "ين")
})
#: Ordinals with the article, read as a number only where an age is given ("عن عمر ناهز
#: الرابعة والأربعين", "في سن الخامسة والستين"): elsewhere they rank (``الدورة الثالثة``).
_AR_ORDINAL_UNITS = _fold_map({
    f"ال{word}": n for n, words in enumerate((
        (), ("حادي", "حادية"), ("ثاني", "ثانية"), ("ثالث", "ثالثة"), ("رابع", "رابعة"), ("خامس", "خامسة"),
        ("سادس", "سادسة"), ("سابع", "سابعة"), ("ثامن", "ثامنة"), ("تاسع", "تاسعة"), ("عاشر", "عاشرة")))
    for word in words
})
#: Words right before a number that give an age (``ناهز``, ``يناهز``, ``بسن``, ``aged``,
#: ``أعمارهم``, also before "between"/"بين"); ``سن`` and
#: ``عمر`` only after ``في``/``عن`` (``في سن 16``: ``سن`` alone may be "enacted", ``عمر`` a name).
_AGE_BEFORE = frozenset(fold_word(w) for w in "ناهز يناهز بسن بعمر أعمارهم أعمارهن أعمارها aged ages".split())
_BETWEEN = frozenset(fold_word(w) for w in "between بين".split())
_AGE_BOUNDS = frozenset(fold_word(w) for w in "under over about around nearly almost roughly نحو حوالي قرابة".split())
_AGE_NOUNS = frozenset(fold_word(w) for w in "سن عمر".split())
_AGE_PREPOSITIONS = frozenset(fold_word(w) for w in "في عن".split())
_AR_HUNDREDS = _fold_map({
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200,
    **{f"{stem}{h}": 100 * n for n, stem in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"),
                                           (7, "سبع"), (8, "ثمان"), (8, "ثماني"), (9, "تسع"))
       for h in ("مئة", "مائة")},
})
_AR_SCALES = _fold_map({
    "ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6,
    "مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "بليون": 1e9, "تريليون": 1e12, "تريليونات": 1e12,
})
_AR_DUALS = _fold_map({
    "ألفان": 2e3, "ألفين": 2e3, "ألفي": 2e3, "ألفا": 2e3, "مليونان": 2e6, "مليونين": 2e6,
    "مليوني": 2e6, "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9, "مليونا": 2e6, "مليارا": 2e9,
})
_AR_PLURAL_SCALES = frozenset(fold_word(w) for w in ("آلاف", "ملايين", "مليارات"))
#: Scales whose accusative singular is spelt as the dual before a noun (``مليونا دولار`` is two
#: million dollars, ``مليونا وثلاثمائة ألف`` one million three hundred thousand).
_AR_ACCUSATIVE_SCALES = frozenset(fold_word(w) for w in ("ألفا", "مليونا", "مليارا"))
_EN_UNITS = {w: float(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen".split()) if n}
_EN_TENS = {w: 10.0 * n for n, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n >= 2}
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6, "trillion": 1e12,
              "tn": 1e12}

# Vague words: (low, high, multiplier); the interval is [low*m, (high+1)*m - 1] for m >= 10.
_VAGUE = {fold_word(k): v for k, v in {
    "عشرات": (2, 9, 10), "العشرات": (2, 9, 10), "مئات": (2, 9, 100), "المئات": (2, 9, 100),
    "آلاف": (2, 9, 1e3), "الآلاف": (2, 9, 1e3), "ملايين": (2, 9, 1e6), "الملايين": (2, 9, 1e6),
    "مليارات": (2, 9, 1e9), "بضعة": (3, 9, 1), "بضع": (3, 9, 1), "عدة": (3, 9, 1),
    "dozens": (2, 9, 10), "hundreds": (2, 9, 100), "thousands": (2, 9, 1e3),
    "millions": (2, 9, 1e6), "billions": (2, 9, 1e9), "several": (3, 9, 1),
}.items()}
#: "scores" is a figure ("scores of people", "scores were injured", [40, 99]) only before
#: these words: elsewhere it is a game's result.
_SCORES_BEFORE = frozenset("of were are have had more died".split())
_VAGUE_SCALES = {fold_word(k): v for k, v in {
    "آلاف": 1e3, "الآلاف": 1e3, "ملايين": 1e6, "الملايين": 1e6, "مليارات": 1e9,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}.items()}
_FEW_SCALES = {fold_word(k): v for k, v in {
    "آلاف": 1e3, "مئات": 100, "hundred": 100, "thousand": 1e3, "million": 1e6,
}.items()}


def vague_interval(low: float, high: float, mult: float) -> tuple[float, float]:
    """The interval a vague word allows: ``عشرات`` (2, 9, 10) -> [20, 99]."""
    if mult >= 10:
        return float(low * mult), float((high + 1) * mult - 1)
    return float(low), float(high)


def _word(toks: list[Tok], k: int) -> str | None:
    return toks[k].text if k < len(toks) and toks[k].kind == "word" else None


def _read_vague(toks: list[Tok], i: int) -> Core | None:
    """``عشرات``, ``عشرات الآلاف``, ``بضعة آلاف``, ``a few hundred``, ``tens of thousands``."""
    w, j, skip = _word(toks, i), i + 1, 0
    if w is None:
        return None
    if w not in _VAGUE and w.startswith("و") and w[1:] in _VAGUE:
        w, skip = w[1:], 1
    if w == "a" and _word(toks, i + 1) == "few":
        low, high, mult, j = 3, 9, 1.0, i + 2
    elif w == "tens" and _word(toks, i + 1) == "of" and _word(toks, i + 2) in _VAGUE_SCALES:
        low, high, mult, j = 2, 9, 10.0, i + 1
    elif w in _VAGUE:
        low, high, mult = _VAGUE[w]
    elif w == "scores" and _word(toks, i + 1) in _SCORES_BEFORE:
        low, high, mult = 2, 4, 20.0
    else:
        return None
    nxt = _word(toks, j)
    if mult >= 10 and nxt == "of" and _word(toks, j + 1) in _VAGUE_SCALES:
        nxt, j = _word(toks, j + 1), j + 1
    if mult >= 10 and nxt in _VAGUE_SCALES:
        mult, j = mult * _VAGUE_SCALES[nxt], j + 1
    elif mult == 1 and nxt in _FEW_SCALES:
        mult, j = _FEW_SCALES[nxt], j + 1
    lo, hi = vague_interval(low, high, mult)
    return Core(i, j, None, lo, hi, True, True, mult >= 1000, skip)


def _ar_lookup(w: str) -> tuple[str, float, bool] | None:
    if w in _AR_UNITS:
        return "unit", _AR_UNITS[w], False
    if w in _AR_COMPOUND_ONLY:
        return "unit", _AR_COMPOUND_ONLY[w], True
    if w in _AR_TEEN:
        return "teen", 10, False
    if w in _AR_TENS:
        return "tens", _AR_TENS[w], False
    if w in _AR_HUNDREDS:
        return "hundred", _AR_HUNDREDS[w], False
    if w in _AR_SCALES:
        return "scale", _AR_SCALES[w], False
    if w in _AR_DUALS:
        return "dual", _AR_DUALS[w], False
    if w == "نصف":
        return "half", 0.5, False
    return None


def _en_lookup(w: str) -> tuple[str, float, bool] | None:
    if w in _EN_UNITS:
        return "unit", _EN_UNITS[w], False
    if w in _EN_TENS:
        return "tens", _EN_TENS[w], False
    if w == "hundred":
        return "hundred", 100, False
    if w == "dozen":
        return "dozen", 12, False
    if w in _EN_SCALES:
        return "scale", _EN_SCALES[w], False
    if w in ("a", "an"):
        return "a", 1, True
    if w == "half":
        return "half", 0.5, False
    return None


def is_number_word(word: str) -> bool:
    """Is the folded word a written number of either language (``nine``, ``twenty``,
    ``تسعة``)?"""
    return word in _EN_UNITS or word in _EN_TENS or is_arabic_number_word(word)


def is_arabic_number_word(word: str) -> bool:
    """Is the folded word an Arabic number word (``ثلاثة``, ``عشرات`` excepted: only written
    numbers)?"""
    return _ar_lookup(word) is not None


_AR_AFTER_JOIN = {
    "unit": {"tens"}, "hundred": {"unit", "tens", "digits"},
    "scale": {"unit", "tens", "hundred", "digits", "half"},
    "dual": {"unit", "tens", "hundred", "digits", "half"},
}
_EN_AFTER_AND = {"hundred": {"unit", "tens", "digits"}, "scale": {"unit", "tens", "digits", "hundred"}}


def _ar_joins(prev: _Part, part: _Part) -> bool:
    """Whether ``part`` continues an Arabic number after ``prev``."""
    if part.kind == "teen":
        return not part.joined and prev.kind == "unit" and prev.value < 10
    if part.kind == "scale":
        return not part.joined and prev.kind in {"unit", "teen", "tens", "hundred", "digits", "half"}
    if part.kind == "hundred" and not part.joined:
        return prev.kind == "unit" and 3 <= prev.value <= 9 and part.value == 100
    return part.joined and part.kind in _AR_AFTER_JOIN.get(prev.kind, set())


def _en_joins(prev: _Part, part: _Part) -> bool:
    """Whether ``part`` continues an English number after ``prev``."""
    if part.joined:
        return part.kind in _EN_AFTER_AND.get(prev.kind, set())
    if part.kind in {"hundred", "dozen"}:
        return prev.kind in {"unit", "a"} or (prev.kind == "tens" and part.kind == "hundred")
    if part.kind == "scale":
        return prev.kind in {"unit", "tens", "hundred", "digits", "a", "half", "dozen"}
    if part.kind == "a":
        return prev.kind == "half"
    if part.kind == "unit":
        return prev.kind in {"tens", "hundred", "scale"} and (prev.kind != "tens" or part.value < 10)
    if part.kind == "tens":
        return prev.kind in {"hundred", "scale"}
    return False


def gives_age(toks: list[Tok], i: int) -> bool:
    """Does the number at token ``i`` give an age (``ناهز``, ``في سن``, ``عن عمر`` right before it)?"""
    if i < 1:
        return False
    before = toks[i - 1].text
    if (before in _BETWEEN or before in _AGE_BOUNDS) and i > 1:  # "aged between 5 and 12", "aged under 5"
        i, before = i - 1, toks[i - 2].text
    return before in _AGE_BEFORE or (before in _AGE_NOUNS and i > 1 and toks[i - 2].text in _AGE_PREPOSITIONS)


def _ar_ordinal(word: str) -> tuple[str, float, bool] | None:
    """An ordinal with the article as a number part, in an age: ``الرابعة`` 4, ``الأربعين`` 40."""
    if word in _AR_ORDINAL_UNITS:
        return "unit", _AR_ORDINAL_UNITS[word], False
    if word.startswith("ال") and word[2:] in _AR_TENS:
        return "tens", _AR_TENS[word[2:]], False
    return None


def _next_part(toks: list[Tok], k: int, first: bool, lang: str, money: bool, age: bool = False):
    """Read one number part at ``k``: ``(part, next index, skipped chars)`` or None; ``age``:
    the number gives an age, so an ordinal with the article counts (:func:`_ar_ordinal`)."""
    joined = False
    if not first and k + 1 < len(toks) and toks[k].kind == "word" and toks[k].text in ("و", "and"):
        joined, k = True, k + 1
    elif not first and lang == "en" and k + 1 < len(toks) and toks[k].text == "-" \
            and toks[k].glued and toks[k + 1].glued:
        k += 1
    if k >= len(toks) or toks[k].kind not in ("num", "word"):
        return None
    tok = toks[k]
    if tok.kind == "num":
        return _Part("digits", tok.value or 0.0, joined, k), k + 1, 0
    lookup = _ar_lookup if lang == "ar" else _en_lookup
    hit, skip = lookup(tok.text), 0
    if lang == "en" and money and tok.text in ("m", "mln") and tok.glued:
        hit = ("scale", 1e6, False)
    if hit is None and lang == "ar" and age:
        hit = _ar_ordinal(tok.text)
    if hit is None and lang == "ar" and tok.text.startswith("و") and not joined:
        hit, skip = lookup(tok.text[1:]) or (_ar_ordinal(tok.text[1:]) if age else None), 1
        joined = not first
    if hit is None and lang == "ar" and first and tok.text.startswith("ال") and _teen_at(toks, k + 1, tok.text[2:]) \
            and not (k and toks[k - 1].text in lex.DAY_PARTS):  # يوم الأحد عشر: Sunday, then a number
        hit, skip = lookup(tok.text[2:]), 2  # "الأحد عشر شهرا": a compound with the article
    if hit is None:
        return None
    kind, value, special = hit
    if first and lang == "ar" and kind == "teen":
        kind = "unit"
    if first and lang == "ar" and kind == "scale" and tok.text[skip:] in _AR_DUALS:
        kind, value = "dual", _AR_DUALS[tok.text[skip:]]
    return _Part(kind, value, joined, k, special), k + 1, skip


def _teen_at(toks: list[Tok], k: int, unit: str) -> bool:
    """Is token ``k`` the ``عشر``/``عشرة`` of an Arabic compound (11-19) after ``unit``? After
    ``أحد`` only ``عشر``: ``الأحد عشرة`` is Sunday and ten."""
    if k >= len(toks) or toks[k].kind != "word" or toks[k].text not in _AR_TEEN:
        return False
    return unit != _ONE_MASCULINE or toks[k].text == _TEN_MASCULINE


_ONE_MASCULINE, _TEN_MASCULINE = fold_word("أحد"), fold_word("عشر")


def _total(parts: list[_Part]) -> float:
    """Add up the parts the way the words are said (units before tens in Arabic)."""
    total = cur = 0.0
    last_scale = 1.0
    for n, p in enumerate(parts):
        if p.kind == "a" and n and parts[n - 1].kind == "half":
            continue
        if p.kind in ("unit", "tens", "digits", "a"):
            cur += p.value
        elif p.kind == "teen":
            cur += 10
        elif p.kind == "hundred":
            after_unit = n and parts[n - 1].kind in ("unit", "a", "tens") and not p.joined
            cur = cur * 100 if after_unit and p.value == 100 else cur + p.value
        elif p.kind == "dozen":
            cur = (cur or 1) * 12
        elif p.kind == "scale":
            total, cur, last_scale = total + (cur or 1) * p.value, 0.0, p.value
        elif p.kind == "dual":
            total, last_scale = total + p.value, p.value / 2
        elif p.kind == "half":
            then_scale = n + 1 < len(parts) and parts[n + 1].kind == "scale"
            cur, total = (cur + 0.5, total) if n == 0 or then_scale else (cur, total + 0.5 * last_scale)
    return total + cur


def _valid(parts: list[_Part]) -> bool:
    """Reject readings that are not a number on their own (``أحد``, ``a``, ``half``)."""
    if len(parts) == 1 and (parts[0].compound_only or parts[0].kind in ("half", "scale")):
        return parts[0].kind == "scale" and parts[0].value in (1e3, 1e6, 1e9)
    return parts[-1].kind != "a" and (parts[-1].kind != "half" or len(parts) > 1 and parts[0].kind != "half")


def _second_number(parts: list[_Part], scale: _Part) -> bool:
    """Would ``scale`` end a second number joined by "و"/"and" rather than continue this one?
    A number's scales fall ("12 ألفا و310", "two million and 300 thousand"), so a scale as
    large as one already read starts another: "بين 3 آلاف و4 آلاف" is 3,000 and 4,000 ("مليون
    ونصف مليون" is one and a half million)."""
    joined = [p for p in parts if p.joined]
    return scale.kind == "scale" and bool(joined) and joined[-1].kind != "half" \
        and any(p.kind == "scale" and p.value <= scale.value for p in parts)


def _before_last_join(parts: list[_Part], toks: list[Tok]) -> tuple[list[_Part], int]:
    """``parts`` up to the last one joined by "و"/"and", and the token it ends before."""
    cut = max(n for n, p in enumerate(parts) if p.joined)
    token = parts[cut].token
    if token > 0 and toks[token - 1].text in ("و", "and"):
        token -= 1
    return parts[:cut], token


def _read_parts(toks: list[Tok], i: int, lang: str, money: bool) -> Core | None:
    """Read a number made of parts (digits and number words) in one language."""
    age = lang == "ar" and gives_age(toks, i)
    first = _next_part(toks, i, True, lang, money, age)
    if first is None:
        return None
    parts, k, skip = [first[0]], first[1], first[2]
    joins = _ar_joins if lang == "ar" else _en_joins
    start = i
    while True:
        nxt = _next_part(toks, k, False, lang, money, age)
        if (nxt is None and len(parts) == 1 and parts[0].kind == "digits" and 0 < i and toks[i - 1].text == "("
                and k < len(toks) and toks[k].text == ")"):
            nxt = _next_part(toks, k + 1, False, lang, money)  # "(150) ألف": digits set off, then the scale
            if nxt is not None and nxt[0].kind != "scale":
                nxt = None
            start = i - 1 if nxt is not None else i
        if nxt is None or not joins(parts[-1], nxt[0]):
            break
        if _second_number(parts, nxt[0]):
            parts, k = _before_last_join(parts, toks)
            break
        parts.append(nxt[0])
        k = nxt[1]
    if lang == "ar" and parts[0].kind == "dual" and len(parts) > 1 and toks[i].text[skip:] in _AR_ACCUSATIVE_SCALES:
        parts[0] = _Part("scale", parts[0].value / 2, False, parts[0].token)  # "مليونا وثلاثمائة ألف": 1.3 million
    if lang == "ar" and parts[0].kind == "scale" and toks[i].text[skip:] in _AR_PLURAL_SCALES:
        return None
    if not _valid(parts):
        return None
    value = _total(parts)
    words = any(p.kind != "digits" for p in parts)
    scaled = any(p.kind in ("scale", "dual") for p in parts)
    return Core(start, k, value, value, value, words, False, scaled, skip)


def read_core(toks: list[Tok], i: int, money: bool = False) -> Core | None:
    """Read the number that starts at token ``i``.

    Args:
        toks: Tokens of the folded text.
        i: Index of the first token.
        money: True after a currency sign, so ``$5m`` reads as five million.

    Returns:
        The number and the tokens it covers, or None when no number starts there.
    """
    vague = _read_vague(toks, i)
    if vague is not None:
        return vague
    best = None
    for lang in ("ar", "en"):
        core = _read_parts(toks, i, lang, money)
        if core is not None and (best is None or core.j > best.j):
            best = core
    return best
