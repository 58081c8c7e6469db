"""Places around a distance: the direction and reference after it (``جنوبي طرابلس``,
``west of Tripoli``) and the place it is about before it (``مدينة غريان التي تبعد``).

Place phrases are at most four words. A leading generic head (``مدينة``, ``العاصمة``...)
followed by a name is dropped (``مدينة سرت`` -> ``سرت``); trailing definite adjectives are
dropped after an indefinite head (``حاجز جسر 27 العسكري`` -> ``حاجز جسر 27``).
"""
from __future__ import annotations

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._text import CLAUSE_END, Folded, Tok, fold_word, light, past_brackets

_MAX_WORDS = 4
_TIME_WORDS = frozenset(fold_word(w) for w in "مساء صباح فجر ليل ظهر يوم اليوم أمس غدا".split())
_ADVERBS = frozenset(fold_word(w) for w in "شمالا جنوبا شرقا غربا".split())
_EN_SUBJECT_MARKERS = frozenset("( , which is lies located sits situated".split())


def _is_stop(tok: Tok) -> bool:
    return (tok.kind != "word" or tok.text in lex.STOP or tok.text in _TIME_WORDS
            or (tok.text,) in lex.WEEKDAYS or tok.text in lex.DIRECTIONS)


def _text(folded: Folded, toks: list[Tok]) -> str:
    return light(folded.original[slice(*folded.span(toks[0].start, toks[-1].end))])


def _trim(words: list[Tok]) -> list[Tok]:
    """Drop a generic head before a name and trailing adjectives after an indefinite head."""
    names = [n for n, t in enumerate(words[1:], 1) if not t.text.startswith("ال")]
    if len(words) > 1 and words[0].text in lex.PLACE_HEADS and names:
        words = words[names[0]:]
    while len(words) > 1 and not words[0].text.startswith("ال") and words[-1].text.startswith("ال") \
            and words[-1].text.endswith(("ي", "يه")):
        words = words[:-1]
    return words


def _ar_reference(toks: list[Tok], k: int) -> list[Tok]:
    """Arabic place phrase starting at ``k`` (``البوابة الغربية لطرابلس``; ``شبه جزيرة
    "بيلوبونيز"`` -> بيلوبونيز)."""
    if k + 2 < len(toks) and toks[k].text == "شبه" and toks[k + 1].text in ("جزيره", "الجزيره"):
        k += 2
        while k < len(toks) and toks[k].kind != "word" and toks[k].text not in CLAUSE_END:
            k += 1  # an opening quote
    if k >= len(toks) or _is_stop(toks[k]):
        return []
    words = [toks[k]]
    for tok in toks[k + 1:k + _MAX_WORDS]:
        if _is_stop(tok) or tok.text.startswith("و"):
            break
        after_head = len(words) == 1 and words[0].text in lex.PLACE_HEADS
        genitive = (tok.text.startswith("ل") and not tok.text.startswith("ال")
                    and words[-1].text.startswith("ال"))
        if not (tok.text.startswith("ال") or genitive or after_head):
            break
        words.append(tok)
    return _trim(words)


def _en_reference(toks: list[Tok], k: int) -> list[Tok]:
    """English place phrase after ``of``/``from`` (``Tripoli``, ``the capital``, ``the
    southern fishing town of Marsala`` -> Marsala)."""
    if k < len(toks) and toks[k].text == "the":
        k += 1
        for n in range(k, min(k + 4, len(toks) - 2)):
            if toks[n].text in lex.EN_PLACE_HEADS and toks[n + 1].text == "of" and toks[n + 2].upper:
                k = n + 2
                break
    words: list[Tok] = []
    for tok in toks[k:k + _MAX_WORDS]:
        if tok.kind != "word" or not (tok.upper or tok.text in lex.EN_PLACE_HEADS):
            break
        words.append(tok)
    return words


def _direction(toks: list[Tok], k: int) -> tuple[str | None, int]:
    """Read ``جنوب شرق``, ``south-east``, ``الجنوب الشرقي`` at ``k``: (direction, next index);
    a point between two (``north north-east``, ``south-southeast``) reads as the one of them
    its last word names."""
    first = toks[k].text if k < len(toks) and toks[k].kind == "word" else ""
    if first not in lex.DIRECTIONS:
        return None, k
    main, n = lex.DIRECTIONS[first], k + 1
    n2 = n + 1 if n + 1 < len(toks) and toks[n].text == "-" and toks[n].glued else n
    second = lex.DIRECTIONS.get(toks[n2].text) if n2 < len(toks) and toks[n2].kind == "word" else None
    if main in ("north", "south") and second in ("east", "west"):
        return f"{main}-{second}", n2 + 1
    finer, after = _direction(toks, n2) if second is not None else (None, n)
    if finer is not None and finer != main and main in finer.split("-"):
        return finer, after  # "north north-east", "south-southeast", "west north-west"
    return main, n


def _skip_aside(toks: list[Tok], k: int) -> int:
    """Skip a closing parenthesis or a short aside (``(19 miles)``) after the unit."""
    if k < len(toks) and toks[k].text == ")":
        return k + 1
    return past_brackets(toks, k)


def direction_after(folded: Folded, toks: list[Tok], k: int) -> tuple[str | None, str | None]:
    """Direction and reference place after a distance unit at token ``k``.

    ``40 كيلومترا جنوبي طرابلس`` -> (south, طرابلس); ``27 كيلومتراً من البوابة الغربية لطرابلس``
    -> (None, البوابة الغربية لطرابلس); ``30 km west of the capital`` -> (west, capital).
    """
    k = _skip_aside(toks, k)
    if k + 1 < len(toks) and toks[k].text in ("الي", "to"):
        k += 2 if k + 2 < len(toks) and toks[k + 1].text == "the" else 1
    adverb = k < len(toks) and toks[k].text in _ADVERBS
    direction, k = _direction(toks, k)
    if adverb:
        return direction, None
    if k < len(toks) and toks[k].text in ("من", "عن", "of", "from"):
        k += 1
    elif direction is not None and k < len(toks) and toks[k].text.isascii():
        return direction, None
    elif direction is None:
        return None, None
    words = _en_reference(toks, k) if k < len(toks) and toks[k].text.isascii() else _ar_reference(toks, k)
    return direction, (_text(folded, words) if words else None)


def _subject_ok(toks: list[Tok], k: int, english: bool) -> bool:
    tok = toks[k]
    if english:
        return tok.kind == "word" and (tok.upper or tok.text in lex.EN_PLACE_HEADS)
    if tok.kind == "num":
        return k > 0 and toks[k - 1].kind == "word" and not _is_stop(toks[k - 1])
    return not _is_stop(tok) and (tok.text,) not in lex.WEEKDAYS


def subject_before(folded: Folded, toks: list[Tok], b: int, english: bool) -> str | None:
    """The place a distance is about, read backwards from the phrase start ``b``.

    ``قرية تبعد 40`` -> قرية; ``مدينة غريان التي تبعد 80`` -> غريان; ``بني وليد (180 كم`` ->
    بني وليد; ``Gharyan, 80 km`` -> Gharyan. Needs a marker (تبعد، على بعد، a comma, a
    parenthesis) in Arabic; in English a capitalised name or a place noun right before.
    """
    k, strong = b, english
    markers = _EN_SUBJECT_MARKERS if english else lex.SUBJECT_MARKERS
    while k > 0 and (marker := _marker(toks[k - 1].text, markers, english)):
        if marker in _OPENING_PREPOSITIONS and toks[k - 1].text != marker:
            return None  # "وعلى بعد 150 كيلومترا، سمع سكان...": the "و" opens a clause, nothing before
            # is measured (the place after it is: crosscheck.claims.extract._place_after_fronted)
        strong = strong or marker in lex.SUBJECT_STRONG
        k -= 1
    if not strong:
        return None
    words: list[Tok] = []
    while k > 0 and len(words) < _MAX_WORDS and toks[k - 1].text not in CLAUSE_END \
            and not _marker(toks[k - 1].text, markers, english) and _subject_ok(toks, k - 1, english):
        words.insert(0, toks[k - 1])
        k -= 1
    if k > 0 and toks[k - 1].text in _TOWARDS:
        return None  # "في طريقه إلى مالطا وكان على بعد 40 كم": a destination, not the place measured
    words = _trim(words) if not english else words
    return _text(folded, words) if words else None


_TOWARDS = frozenset(fold_word(w) for w in "إلى الى نحو باتجاه to towards toward for".split())
#: Markers that, with a glued "و", open a clause of their own ("وعلى بعد"): a relative or a
#: verb with "و" ("والواقعة على بعد", "وتقع") still follows the place it is about.
_OPENING_PREPOSITIONS = frozenset(fold_word(w) for w in "على بعد مسافة".split())


def _marker(word: str, markers: frozenset[str], english: bool) -> str | None:
    """The subject marker ``word`` is, a glued Arabic "و" set aside (``والتي``, ``وتقع``)."""
    if word in markers:
        return word
    if not english and word.startswith("و") and word[1:] in markers:
        return word[1:]
    return None
