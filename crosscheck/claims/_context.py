"""What surrounds a number: bound words, unit, counted noun, casualty words, and the
tests that tell a name-number (``جسر 27``), a date or a year from a quantity.
"""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._numwords import Core, gives_age, is_number_word
from crosscheck.claims._text import CLAUSE_END, CLITICS, Folded, Tok, fold_word, light, past_brackets
from crosscheck.claims.actors import nationality_of
from crosscheck.claims.concepts import THINGS, concept_of

Table = dict[tuple[str, ...], str]


@dataclass(frozen=True)
class Match:
    """A lexicon phrase found in the tokens: ``[i, j)``; ``skip`` glued clitic characters."""

    value: str
    i: int
    j: int
    skip: int = 0


_FIRST: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
_LAST: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


def _index(table: Table, last: bool) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases of a (module-level, never changed) table grouped by first or last word."""
    cache = _LAST if last else _FIRST
    if id(table) not in cache:
        grouped: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in table.items():
            grouped.setdefault(phrase[-1 if last else 0], []).append((phrase, value))
        cache[id(table)] = grouped
    return cache[id(table)]


def _readings(tok: Tok, clitic: bool) -> list[tuple[str, int]]:
    """The token as written and, if allowed, without a glued clitic: (word, clitic length)."""
    out = [(tok.text, 0)]
    if clitic and tok.kind == "word":
        out += [(tok.text[len(c):], len(c)) for c in CLITICS if tok.text.startswith(c) and len(tok.text) > len(c)]
    return out


def match_at(toks: list[Tok], k: int, table: Table, clitic: bool = False) -> Match | None:
    """The longest phrase of ``table`` that starts at token ``k``."""
    if not 0 <= k < len(toks):
        return None
    best = None
    index = _index(table, last=False)
    for word, skip in _readings(toks[k], clitic):
        for phrase, value in index.get(word, ()):
            end = k + len(phrase)
            if end > len(toks) or (best and end <= best.j):
                continue
            if all(toks[k + n].text == w for n, w in enumerate(phrase[1:], 1)):
                best = Match(value, k, end, skip)
    return best


def match_before(toks: list[Tok], k: int, table: Table, clitic: bool = True) -> Match | None:
    """The longest phrase of ``table`` that ends right before token ``k``."""
    if not 0 < k <= len(toks):
        return None
    best = None
    for phrase, value in _index(table, last=True).get(toks[k - 1].text, ()):
        start = k - len(phrase)
        if start < 0 or (best and start >= best.i):
            continue
        readings = dict(_readings(toks[start], clitic)) if len(phrase) > 1 else None
        if len(phrase) == 1:
            best = Match(value, start, k, 0)
        elif phrase[0] in readings and all(toks[start + n].text == w for n, w in enumerate(phrase[1:-1], 1)):
            best = Match(value, start, k, readings[phrase[0]])
    if clitic:
        for word, skip in _readings(toks[k - 1], True)[1:]:
            for phrase, value in _index(table, last=True).get(word, ()):
                if len(phrase) == 1 and best is None:
                    best = Match(value, k - 1, k, skip)
    return best


def _word_in(tok: Tok | None, words: frozenset[str] | dict) -> bool:
    if tok is None or tok.kind != "word":
        return False
    return tok.text in words or any(tok.text.startswith(c) and tok.text[len(c):] in words for c in CLITICS)


def _at(toks: list[Tok], k: int) -> Tok | None:
    return toks[k] if 0 <= k < len(toks) else None


def is_tally_second(toks: list[Tok], core: Core) -> bool:
    """Is the number the second of a hyphened pair the range reader did not take as a range
    (a tally or score: ``a 57-43 vote``, ``won 3-1``; a range is read from its first
    number)? It counts nothing on its own."""
    prev, before = _at(toks, core.i - 1), _at(toks, core.i - 2)
    return (toks[core.i].kind == "num" and toks[core.i].glued and prev is not None and prev.text == "-"
            and prev.glued and before is not None and before.kind == "num")


def modifies_hyphened_noun(toks: list[Tok], core: Core) -> bool:
    """Is the number hyphened to the noun after it (``a 10-year-old boy``, ``the three-day
    festival``, ``a six-storey block``)? It describes that noun, it counts nothing."""
    hyphen, word = _at(toks, core.j), _at(toks, core.j + 1)
    return (hyphen is not None and hyphen.text == "-" and hyphen.glued
            and word is not None and word.kind == "word" and word.glued
            and word.text not in _NO_NOUN_AFTER)


#: Words hyphened after a number that name no noun: a rough count ("some 40-odd people",
#: "20-plus") or a range ("a 40-to-90 range").
_NO_NOUN_AFTER = frozenset("odd plus something some to or".split())


#: English month names shortened with a full stop ("Sept. 11", "Aug. 9").
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def is_name_or_date(toks: list[Tok], core: Core) -> bool:
    """True for numbers that are names, dates, years or times, not quantities.

    ``عربي21``, ``الـ27``, ``جسر 27``, ``البوابة 27``, ``(5+5)``, ``23 فبراير``,
    ``April 5``, ``Sept. 11``, ``10:30``, ``الساعة 10``, ``في 2011``, ``2011م``, ``COVID-19``.
    """
    first, prev, nxt = toks[core.i], _at(toks, core.i - 1), _at(toks, core.j)
    if first.kind == "num" and len(first.text) > 1 and first.text[0] == "0" and first.text[1].isdigit():
        return True  # "03,40 ت غ", "07:30": a clock or a code, never an amount
    if first.kind == "num" and first.glued and prev is not None:
        if prev.kind == "word" and prev.text not in CLITICS:
            return True
        before = _at(toks, core.i - 2)
        hyphenated = prev.text == "-" and prev.glued and before is not None and before.kind == "word"
        if prev.text in "+/:" or hyphenated:
            return True
    if nxt is not None and nxt.glued and nxt.text in "+/:" and core.j + 1 < len(toks) \
            and toks[core.j + 1].kind == "num":
        return True
    if _word_in(prev, lex.NAME_NOUNS) or _word_in(nxt, lex.TIME_AFTER) or _clock_after(toks, core.j):
        return True
    if prev is not None and prev.text == "." and prev.glued and _at(toks, core.i - 2) is not None \
            and toks[core.i - 2].text in _MONTH_ABBREVIATIONS:
        return True  # "Sept. 11", "Aug. 9": a day of a month
    after = core.j + 1 if nxt is not None and nxt.text == "من" else core.j
    month_word = _at(toks, after)
    if after > core.j and month_word is not None and month_word.text in _MONTH_WORDS:
        if core.value is not None and core.value <= 31 and not core.vague:
            return True  # "الـ 11 من شهر أكتوبر", "14 من الشهر الجاري": a day of a month
    if match_at(toks, after, lex.MONTHS) or (prev is not None and match_before(toks, core.i, lex.MONTHS)):
        return not core.vague
    return is_year(toks, core) and (_word_in(prev, lex.YEAR_MARKERS) or _after_date(toks, core.i) or (
        nxt is not None and nxt.text in ("م", "ه") and nxt.kind == "word"))


_MONTH_WORDS = frozenset({"شهر", "الشهر"})


def _clock_after(toks: list[Tok], j: int) -> bool:
    """``3.52 a.m.``, ``6.30 p.m.``: the dotted clock words, as the tokenizer splits them."""
    words = [t.text for t in toks[j:j + 3]]
    return len(words) == 3 and words[0] in ("a", "p") and words[1] == "." and words[2] == "m"


def _after_date(toks: list[Tok], i: int) -> bool:
    """A year right after a month or a day and month (``23 فبراير 2020``, ``April 5, 2019``)."""
    k = i - 1 if i > 0 and toks[i - 1].text == "," else i
    if match_before(toks, k, lex.MONTHS, clitic=False):
        return True
    return k > 0 and toks[k - 1].kind == "num" and (
        match_before(toks, k - 1, lex.MONTHS, clitic=False) is not None)


def is_year(toks: list[Tok], core: Core) -> bool:
    """A bare four-digit number from 1800 to 2100 (``2011``), which may be a year."""
    tok = toks[core.i]
    return (core.j == core.i + 1 and tok.kind == "num" and tok.text.isdigit()
            and len(tok.text) == 4 and 1800 <= (tok.value or 0) <= 2100)


def bound_before(toks: list[Tok], i: int) -> Match | None:
    """``نحو``, ``أكثر من``, ``at least``... ending right before token ``i``."""
    return match_before(toks, i, lex.BOUND_BEFORE)


def bound_after(toks: list[Tok], j: int) -> Match | None:
    """``تقريبا``, ``على الأقل``, ``or more``... starting at token ``j``."""
    return match_at(toks, j, lex.BOUND_AFTER, clitic=True)


def unit_at(toks: list[Tok], j: int) -> Match | None:
    """The unit after the number (``كيلومترا``, ``%``, ``دولار``, ``km``)."""
    return match_at(toks, j, lex.UNITS)


def currency_before(toks: list[Tok], i: int) -> Match | None:
    """A currency sign or code before the number (``$5``, ``€ 3``, ``USD 10``)."""
    return match_before(toks, i, lex.CURRENCY_BEFORE, clitic=False)


@dataclass(frozen=True)
class Counted:
    """The counted noun after a number: its lemma, who it is, and the tokens it covers."""

    lemma: str | None
    who: str | None
    attribute: str | None
    j: int
    known: bool


def _lexicon_noun(toks: list[Tok], k: int, definite: bool) -> Match | None:
    if definite:
        return _match_definite(toks, k, lex.COUNTED)
    return match_at(toks, k, lex.COUNTED)


def _match_definite(toks: list[Tok], k: int, table: Table, clitic: bool = False) -> Match | None:
    """:func:`match_at`, also with the article ``ال`` taken off the first word (after a glued
    clitic when ``clitic``): ``الجنود``, ``والمدمرة``."""
    hit = match_at(toks, k, table, clitic)
    if hit is not None or not 0 <= k < len(toks):
        return hit
    for word, _ in _readings(toks[k], clitic):
        if word.startswith("ال") and len(word) > 2:
            stripped = [Tok(toks[k].kind, word[2:], toks[k].start, toks[k].end), *toks[k + 1:k + 3]]
            inner = match_at(stripped, 0, table)
            if inner is not None:
                return Match(inner.value, k, k + inner.j)
    return None


def _known(lemma: str, j: int) -> Counted:
    return Counted(lemma, lex.WHO.get(lemma), lex.CASUALTY_NOUNS.get(lemma), j, True)


#: The lemma of the years an age counts.
_YEAR = fold_word("عام")


def age_at(toks: list[Tok], core: Core) -> Counted | None:
    """The years of an age given with no noun after it (``توفي عن عمر ناهز 65.``): an age, not
    a count of the dead a word of death before it would make it."""
    return _known(_YEAR, core.j) if gives_age(toks, core.i) else None


#: Endings of English adjectives and participles (``collapsed``, ``missing``, ``medical``,
#: ``armed``): before another word, the noun counted is that word.
_MODIFIER_ENDINGS = ("ed", "ing", "al", "ive", "ous", "ful", "ic", "ible", "able", "less", "ary")


def _modifier_before_noun(toks: list[Tok], k: int) -> bool:
    """Is the English word at ``k`` an adjective or participle before its noun (``300
    collapsed buildings``, ``12 armed men``)?"""
    nxt = _at(toks, k + 1)
    if concept_of(_singular(toks[k].text)) in THINGS:
        return False  # "one building remains standing": a noun in -ing
    return toks[k].text.endswith(_MODIFIER_ENDINGS) and nxt is not None and nxt.kind == "word" \
        and nxt.text.isascii() and nxt.text.isalpha() and not nxt.upper and len(nxt.text) > 2 \
        and nxt.text not in lex.STOP and not nxt.text.endswith(_VERB_ENDINGS) and nxt.text not in _SAID


#: Endings and forms of verbs, which follow a noun rather than name one (``one individual
#: thought to be``, ``one official said``).
_VERB_ENDINGS = ("ed", "ought")
_SAID = frozenset("said says told died fell".split())


def _unknown_noun(folded: Folded, toks: list[Tok], k: int, core: Core, depth: int = 0) -> Counted | None:
    """A counted noun not in the lexicon: the next indefinite word, as written; in English
    with the adjectives before it (``coastal ship``), past a word of what happened to the
    things (``collapsed``, read as their state by :func:`thing_state`)."""
    tok = _at(toks, k)
    if tok is None or tok.kind != "word" or len(tok.text) < 2 or tok.upper:
        return None
    text = tok.text
    if text in lex.STOP or text in lex.DIRECTIONS or (text.startswith("ال") and not core.vague):
        return None
    if text.isascii() and _modifier_before_noun(toks, k) and depth < 2:
        noun = _unknown_noun(folded, toks, k + 1, core, depth + 1)
        if noun is None or _state_at(toks, k) is not None:
            return noun  # "300 collapsed buildings": what happened to them is read as their state
        # "seven coastal ships": the adjective narrows what is counted, so it stays in its name
        return Counted(f"{text.lower()} {noun.lemma}", None, None, noun.j, False)
    if match_at(toks, k, lex.CASUALTY_AFTER) is not None or _state_at(toks, k) is not None:
        return None  # "فقد 318 حياتهم", "70 بصورة كاملة": what happened to them, not what is counted
    if text.isascii() and text.endswith("ed") and _at(toks, k + 1) is not None and toks[k + 1].text == "by":
        return None  # "the 30 announced by the government": a participle, no noun
    if text.startswith(("و", "لل", "بال", "كال")) or text in _OF_THEM:
        return None  # "حالة 9 منهم خطيرة": "of them" names no thing counted
    if match_at(toks, k, lex.MONTHS) or match_at(toks, k, lex.WEEKDAYS):
        return None
    surface = light(folded.original[slice(*folded.span(tok.start, tok.end))])
    if text.isascii():
        surface = _singular(surface.lower())
    elif core.value is not None and 11 <= core.value % 100 <= 99 and surface.endswith("ا") \
            and len(surface) > 3:
        surface = surface[:-1]
    if surface.startswith("ال"):
        surface = surface[2:]
    return Counted(surface, None, None, k + 1, False)


def _singular(word: str) -> str:
    """An English plural's singular, by its ending (``bodies`` -> ``body``, ``churches`` ->
    ``church``, ``homes`` -> ``home``)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: Words that name a count before its number (``عدد المنازل``, ``حصيلة المباني``, ``the number
#: of homes``).
_COUNT_HEADS = frozenset(fold_word(w) for w in "عدد حصيلة إجمالي اجمالي number total tally".split())


def thing_named_before(toks: list[Tok], first: int, limit: int, end: int) -> tuple[Counted, str | None] | None:
    """The thing a number counts when its name comes first, and what happened to it when the
    name says so: ``ارتفع عدد المنازل المدمرة إلى 320``, ``وصل إجمالي الجسور المتضررة إلى
    14``, ``the number of destroyed homes rose to 320``. Only things named in both languages
    (:data:`~crosscheck.claims.concepts.THINGS`); a toll of people has readers of its own.
    ``end``: the token after the number."""
    for k in range(first - 1, max(limit, first - 7) - 1, -1):
        tok = toks[k]
        if tok.kind == "num" or tok.text in CLAUSE_END:
            return None
        if any(word.removeprefix("ال") in _COUNT_HEADS for word, _ in _readings(tok, True)):
            return _thing_after(toks, k + 1, first, end)
    return None


def _thing_after(toks: list[Tok], k: int, first: int, end: int) -> tuple[Counted, str | None] | None:
    """The thing named right after a count's head word, past ``of the`` and English adjectives
    (``the total of badly flooded schools``), with the state its adjectives give (``the number
    of destroyed homes``, ``عدد المنازل المدمرة``); None when the first noun is no thing
    (``the number of deaths in hospitals``)."""
    while k < first and toks[k].text in ("of", "the"):
        k += 1
    before: list[Match] = []
    for n in range(k, min(first, k + 3)):
        text = toks[n].text
        hit = _lexicon_noun(toks, n, True)
        lemma = hit.value if hit is not None else _singular(text) if text.isascii() else text.removeprefix("ال")
        if concept_of(lemma) in THINGS:
            return Counted(lemma, None, None, end, True), _resolve(before + _state_run(toks, n + 1, first))
        state = _state_at(toks, n)
        if not text.isascii() or hit is not None or (state is None and not text.endswith((*_MODIFIER_ENDINGS, "ly"))):
            return None  # an Arabic noun comes right after its head word; an English one ends the name
        before += [state] if state is not None else []
    return None


#: Words between a number and a word of what happened to the things it counts (``900 homes were
#: damaged``), or between that word and the number (``عدد الجسور المتضررة وصل إلى``).
_AUXILIARIES = frozenset(fold_word(w) for w in "were was are is been have has had being".split())
_RELATIVES = frozenset(fold_word(w) for w in "that which التي الذي الذين اللتين".split())
_LINKS = _AUXILIARIES | lex.FILLER | lex.CHANGE_WORDS | frozenset(
    fold_word(w) for w in "بلغت يبلغ تبلغ stood stands ب بـ another".split())


def thing_state(toks: list[Tok], first: int, core_end: int, end: int, limit: int) -> str | None:
    """What happened to the things a number counts, said next to it: ``destroyed``
    (``destroyed 300 homes``, ``300 collapsed buildings``, ``300 مبنى منهار``, ``دمر الزلزال 320
    منزلا``) or ``damaged`` (``900 homes were damaged``, ``تضرر 900 منزل``); a word of part
    (``partially``, ``جزئيا``) makes it damaged. Read inside the phrase, then right after its
    noun (past ``were``), else right before it (past link words and a definite subject); a
    word further off is another thing's (``the quake that destroyed the town left 300 homes``).

    Args:
        toks: Tokens.
        first: The phrase's first token (bound included).
        core_end: The token after the number.
        end: The token after the phrase (its noun included).
        limit: Tokens before this index belong to an earlier quantity.
    """
    found = [hit for k in range(core_end, end) if (hit := _state_at(toks, k)) is not None]
    k = end
    while k < len(toks) and (toks[k].text in _AUXILIARIES or toks[k].text in _RELATIVES):
        k += 1
    found += _state_run(toks, k, len(toks))
    return _resolve(found or _state_run_before(toks, first, limit))


def _state_run(toks: list[Tok], k: int, stop: int) -> list[Match]:
    """The words of state that follow one another from token ``k`` (``completely destroyed``,
    ``المنهارة جزئيا``)."""
    run = []
    while k < stop and (hit := _state_at(toks, k)) is not None:
        if run and toks[k].text.startswith("و") and not toks[k].text.isascii():
            break  # "بشكل كامل وتضرر 1200 منزل": the next clause's state
        run.append(hit)
        k = hit.j
    return run


def _state_run_before(toks: list[Tok], first: int, limit: int) -> list[Match]:
    """The words of state right before token ``first``, past link words and one Arabic
    definite subject (``ودمر الزلزال 320``, ``والمتصدعة جزئيا نحو 90``)."""
    run: list[Match] = []
    subject = False
    k = first
    while k > max(limit, first - 6):
        hit = match_before(toks, k, lex.THING_STATES) or _state_at(toks, k - 1)
        if hit is not None:
            run.append(hit)
            k = hit.i
            continue
        tok = toks[k - 1]
        if run or tok.kind == "num" or tok.text in CLAUSE_END:
            break
        if tok.text in _LINKS:
            k -= 1
        elif not subject and not tok.text.isascii() and tok.text.startswith("ال"):
            subject, k = True, k - 1
        else:
            break
    return run


def _resolve(hits: list[Match]) -> str | None:
    """The state words say: ``damaged`` when one is a word of part, else the first one's."""
    if not hits:
        return None
    return "damaged" if any(hit.value == "damaged" for hit in hits) else hits[0].value


def _state_at(toks: list[Tok], k: int) -> Match | None:
    """A word of :data:`lex.THING_STATES` at token ``k``, also with ``ال`` (``المدمرة``)."""
    return _match_definite(toks, k, lex.THING_STATES, clitic=True)


def counted_at(folded: Folded, toks: list[Tok], k: int, core: Core) -> Counted | None:
    """Read what is counted after the number (``جنديا``, ``من مقاتلي``, ``killed``).

    Args:
        folded: The folded text (for the original spelling of unknown nouns).
        toks: Its tokens.
        k: Index of the token after the number.
        core: The number.

    Returns:
        The counted noun, or None when the next word does not look like one.
    """
    if _at(toks, k) is not None and toks[k].text == ")" and k > 1 and toks[k - 2].text == "(" \
            and any(match_before(toks, end, lex.CASUALTY_BEFORE) for end in range(max(0, k - 5), k - 1)):
        # "توفي شاب (34) عاما": a number alone in brackets after a word of death; a known
        # noun after the brackets says what it counts (an age, not the dead)
        after = counted_at(folded, toks, k + 1, core)
        return after if after is not None and after.known else None
    casualty = match_at(toks, k, lex.EN_CASUALTY_AFTER)
    if casualty is not None and not gives_age(toks, core.i):  # "a man aged 45 died": his age
        return Counted(None, None, casualty.value, casualty.j, True)
    definite = core.vague or core.scaled
    hit = _lexicon_noun(toks, k, definite)
    if hit is None and _at(toks, k) is not None and toks[k].text in ("من", "of"):
        nk = k + 2 if _at(toks, k + 1) is not None and toks[k + 1].text == "the" else k + 1
        hit = _lexicon_noun(toks, nk, True)
        if hit is not None and hit.value in lex.CASUALTY_NOUNS and _definite(toks, k + 1) and not core.vague:
            # "ستة من الشهداء", "six of the dead": a part of the dead, not their number
            return Counted(hit.value, PART, lex.CASUALTY_NOUNS[hit.value], hit.j, True)
    if hit is None and _at(toks, k) is not None and toks[k].text.isascii() and toks[k].kind == "word" \
            and toks[k].text not in lex.STOP:
        hit = _lexicon_noun(toks, k + 1, False)
    if hit is not None:
        return _known(hit.value, hit.j)
    return _nationals(toks, k) or _unknown_noun(folded, toks, k, core)


#: Words between a noun and the number of its members (``المصابون البالغ عددهم 45``,
#: ``الركاب وعددهم 62``).
_NUMBERING = frozenset(fold_word(w) for w in "عددهم عددها عددهن وعددهم وعددها وعددهن".split())
_AMOUNTING = frozenset(fold_word(w) for w in "البالغ البالغة البالغين".split())


def numbered_noun(toks: list[Tok], first: int, end: int) -> Counted | None:
    """The noun a number after "البالغ عددهم" / "وعددهم" counts: the people named before
    those words (``نقل المصابون البالغ عددهم 45``: 45 wounded), when the lexicon knows it."""
    k = first - 1
    if k < 1 or toks[k].text not in _NUMBERING:
        return None
    k -= 1
    if toks[k].text in _AMOUNTING:
        k -= 1
    hit = _lexicon_noun(toks, k, True) if k >= 0 else None
    return _known(hit.value, end) if hit is not None and hit.j == k + 1 else None


#: Arabic nouns of people whose dual (``-ان``, ``-ين``) is no plural: ``قتيلان``, ``شخصين``,
#: ``جريحين`` are two. Nouns whose sound plural is spelt as their dual (``مدنيين``,
#: ``مصابين``) are left out.
_DUAL_STEMS = {fold_word(w): w for w in "قتيل جريح شخص طفل شهيد جندي جثت امرأت".split()}
_DUAL_LEMMAS = {"جثت": "جثة", "امرأت": "امرأة"}


def dual_at(toks: list[Tok], i: int) -> tuple[Core, Counted] | None:
    """Two people named by a dual noun alone (``مقتل شخصين``, ``سقط قتيلان``): a number 2
    and its counted noun, or None."""
    tok = toks[i]
    if tok.kind != "word":
        return None
    for skip in (0, 1):
        word = tok.text[skip:]
        if skip and tok.text[:1] not in ("و", "ب", "ل"):
            break
        for ending in ("ان", "ين"):
            stem = word[:-len(ending)] if word.endswith(ending) else None
            if stem in _DUAL_STEMS:
                lemma = _DUAL_LEMMAS.get(stem, stem)
                counted = _known(lemma, i + 1)
                return Core(i, i + 1, 2.0, 2.0, 2.0, True, False, False, skip), counted
    return None


def _nationals(toks: list[Tok], k: int) -> Counted | None:
    """People counted by nationality in English: ``22 Egyptian``, ``6 Tunisians``, ``of whom
    31 are Sudanese`` (a capitalised word the noun reader leaves out as a name)."""
    if _at(toks, k) is not None and toks[k].text in ("are", "were") and _at(toks, k + 1) is not None:
        k += 1
    tok = _at(toks, k)
    if tok is None or tok.kind != "word" or not tok.text.isascii() or not nationality_of(tok.text):
        return None
    return Counted(tok.text.lower().removesuffix("s"), None, None, k + 1, False)


#: ``Counted.who`` of a part of the people counted elsewhere (``ستة من الشهداء``).
PART = "part"

#: Words that make a figure an increment of a toll, not the toll (``a further 8``, ``12
#: more``, ``3 جثث إضافية``): before the number, or right after its noun. ``another`` only
#: before bodies (``another 9 bodies were found``): ``another 300 people were injured``, after
#: a sentence on the dead, counts others, not more.
_INCREMENT_BEFORE = frozenset({"additional", "further"})
_INCREMENT_AFTER = frozenset(fold_word(w) for w in (
    "more additional إضافية إضافيين إضافيون اضافية اضافيين جديدة جدد جديدتين").split())
_BODIES = frozenset({"body", "bodies", "corpses"})


def is_part_of_toll(toks: list[Tok], first: int, end: int) -> bool:
    """Is the figure between tokens ``first`` and ``end`` a part of a toll rather than its
    number: an increment (:func:`is_increment`) or people among the dead (``three Britons were
    among the dead``, ``ومن بين القتلى 5 مصريين``)? See also :func:`of_them`."""
    return is_increment(toks, first, end) or among_the_dead(toks, first, end) \
        or _companions(toks, first, end)


#: What a part of the dead is named among (``among the dead``, ``بين القتلى``).
_THE_DEAD = (("the", "dead"), ("the", "victims"), ("those", "killed"), ("the", "killed"))
_DEAD_AR = frozenset(fold_word(w) for w in "القتلى الضحايا الشهداء".split())
#: How many words may say whom a part is of ("of the same family") before "were among".
_OF_WHOM_WORDS = 5


def among_the_dead(toks: list[Tok], first: int, end: int) -> bool:
    """Are the people counted between tokens ``first`` and ``end`` named among the dead
    ("three Britons were among the dead", "nine members of one family were among the
    victims", "ومن بين القتلى 5 مصريين")?"""
    after = [t.text for t in toks[end:end + 10]]
    if after[:1] and after[0] not in ("were", "are", "among", "of", "from"):
        after = after[1:]  # the noun the reader left out: "three Britons were among the dead"
    if after[:1] and after[0] in ("of", "from"):  # "nine members of one family were among..."
        said = next((k for k, word in enumerate(after) if word in ("were", "are")), None)
        after = after[said:] if said is not None and said <= _OF_WHOM_WORDS else []
    if after[:1] and after[0] in ("were", "are"):
        after = after[1:]
    if after[:1] == ["among"] and tuple(after[1:3]) in _THE_DEAD:
        return True
    before = [t.text for t in toks[max(0, first - 2):first]]
    return len(before) == 2 and before[0] in ("بين", "وبين") and before[1] in _DEAD_AR


#: Words before a number of someone's companions (``قتل مع ستة من رفاقه``, ``died along with
#: four others``).
_WITH = frozenset(fold_word(w) for w in "with alongside مع".split())
_OTHERS = frozenset(fold_word(w) for w in "others آخرين آخرون اخرين اخرون".split())
_POSSESSIVE = ("his", "her", "their", "its")


def _companions(toks: list[Tok], first: int, end: int) -> bool:
    """Does the figure count someone's companions, the others beside a person just named
    (``قتل الحارس مع ستة من زملائه``, ``died along with four others``, ``with two of his
    brothers``)? The toll is theirs and one more: a part, not the toll's number."""
    if first == 0 or toks[first - 1].text not in _WITH:
        return False
    after = [t.text for t in toks[first + 1:first + 3]]
    if after[:1] and after[0] in _OTHERS:
        # "with 30 others wounded": another group, told by what happened to it
        return match_at(toks, first + 2, lex.CASUALTY_AFTER) is None
    if after[:1] == ["of"]:
        return after[1:] != [] and after[1] in _POSSESSIVE
    return after[:1] == ["من"] and len(after) == 2 and not after[1].startswith("ال") \
        and after[1].endswith(("ه", "ها", "هم", "هما"))


_OF_THEM = frozenset(fold_word(w) for w in "منهم ومنهم منها ومنها بينهم وبينهم".split())


def of_them(toks: list[Tok], first: int, end: int) -> bool:
    """A part of a group just named: ``قتل منهم اثنان``, ``بينهم 3``, ``of whom five``,
    ``including one of its leaders``, and a
    bare number before ``منهم`` / ``of them`` (``خمسة منهم``, ``five of them``) or before
    ``of the`` and a number (``two of the 15 dead``); after a number and its noun, ``منهم``
    opens the next part (``15 شخصا منهم 3 أطفال``: 15 is all)."""
    before = [t.text for t in toks[max(0, first - 2):first]]
    after = [t.text for t in toks[end:end + 2]] if end - first == 1 else []
    if before[-1:] in (["including"], ["among"]) and after[:1] == ["of"]:
        return True  # "25 militants, including one of its leaders": one of the 25
    return (bool(before) and before[-1] in _OF_THEM) or before == ["of", "whom"] \
        or (bool(after) and after[0] in _OF_THEM) or after == ["of", "them"] \
        or (after == ["of", "the"] and end + 2 < len(toks) and _whole_after_part(toks, end + 2))


def is_increment(toks: list[Tok], first: int, end: int) -> bool:
    """Is the figure between tokens ``first`` and ``end`` an increment of a count (``a further
    8 bodies``, ``another 9 bodies``, ``12 more people died``, ``انتشال 3 جثث إضافية``)? Then
    it is a part of the toll, not its number. ``آخرون``/``others`` is another group (``وأصيب
    10 آخرون``), no increment."""
    before = [t.text for t in toks[max(0, first - 2):first]]
    if before and before[-1] in _INCREMENT_BEFORE:
        return True
    if len(before) == 2 and before[-1] == "by" and before[0] in lex.CHANGE_WORDS:
        return True  # "the toll rose by 12 to 69": the rise, not the toll
    if before and before[-1] == "another" and any(t.text in _BODIES for t in toks[first:end + 1]):
        return True
    after = _at(toks, end)
    if after is not None and after.text in _INCREMENT_AFTER:
        return True
    # "12 died, raising the toll to 57"; not a total itself ("rose to 5,814, raising the total
    # of both countries to 43,858": a part's own toll)
    reached = first > 0 and toks[first - 1].text in _TO_WORDS
    return not reached and any(t.text in _RAISING for t in toks[end:end + 8])


#: Words after a figure that add it to a toll given next (``12 died, raising the toll to 57``,
#: ``انتشال 3 جثث ليرتفع العدد إلى 81``).
_RAISING = frozenset(fold_word(w) for w in "raising bringing taking pushing ليرتفع لترتفع ليصل لتصل ليبلغ لتبلغ".split())
_TO_WORDS = frozenset(fold_word(w) for w in "to at إلى الى".split())


def _definite(toks: list[Tok], k: int) -> bool:
    tok = _at(toks, k)
    return tok is not None and (tok.text == "the" or tok.text.startswith("ال"))


def _clause_start(toks: list[Tok], i: int, limit: int) -> int:
    k = i
    while k > limit and toks[k - 1].text not in CLAUSE_END:
        k -= 1
    return k


#: Tokens after a count read for what happened to the people counted ("19 miners are said
#: to remain in critical condition").
AFTER_WINDOW = 7


#: Where people are or were rather than what the event did to them: a word of what happened
#: to them wins ("61 people on board were rescued", "killed 120 evacuees").
STANDING = frozenset({"aboard", "evacuated"})
#: Words that give a vessel's capacity before its number of passengers ("licensed to carry
#: 250 passengers", "سعتها 200 راكب"): how many it may hold, not how many were aboard.
_CAPACITY = frozenset(fold_word(w) for w in (
    "capacity licensed designed built rated سعة سعتها سعته تتسع يتسع مرخصة مرخص مصممة مصمم").split())


def _capacity_before(toks: list[Tok], b: int) -> bool:
    """Does a word of capacity stand in the four tokens before the number at ``b``?"""
    return any(t.text in _CAPACITY or t.text.removeprefix("ال") in _CAPACITY for t in toks[max(0, b - 4):b])


#: Words before "to death" (or before the people counted) that make it no death: a court's
#: sentence, a beating someone survived, a vow to fight to the end.
_SENTENCED = frozenset(fold_word(w) for w in "sentenced condemned nearly almost بالقتال القتال يقاتل".split())
_TO_DEATH = frozenset(fold_word(w) for w in ("to", "حتى"))


def _no_death(toks: list[Tok], b: int, hit: Match) -> bool:
    """Is the "to death" at ``hit`` no death: right after "sentenced", "nearly", "بالقتال", or
    with "sentenced"/"condemned" a few words before the people counted?"""
    if toks[hit.i].text not in _TO_DEATH:
        return False
    return toks[hit.i - 1].text in _SENTENCED or any(t.text in _SENTENCED for t in toks[max(0, b - 4):b])


def attribute_around(toks: list[Tok], b: int, e: int, counted: Counted | None, limit: int) -> str | None:
    """The casualty attribute from the noun, the words after it, or the words before it.

    Args:
        toks: Tokens.
        b: First token of the quantity phrase (bound included).
        e: One past its last token.
        counted: The counted noun, if any.
        limit: Tokens before this index belong to an earlier quantity.
    """
    if counted is not None and counted.attribute == "aboard":
        # "إنقاذ 61 من ركاب العبارة": what happened to the passengers, when a word says it
        return _event_word(toks, b, e, limit, counted) or (None if _capacity_before(toks, b) else "aboard")
    if counted is not None and counted.attribute in _NOUN_STATES:
        # "killed 120 evacuees", "three hostages were killed", "إطلاق سراح 39 أسيرا": what
        # happened to them, when a word says it; "مقابل 39 أسيرا" in a deal: released
        happened = _event_word(toks, b, e, limit, counted)
        if happened is None and counted.attribute == "captured" and b > 0 and toks[b - 1].text in _IN_EXCHANGE:
            return "released"
        return happened or counted.attribute
    if counted is not None and counted.attribute == "wounded" and died_of_wounds(toks, counted.j):
        return "killed"  # "وفاة 5 مصابين متأثرين بجروحهم": the wounded who died are dead
    if counted is not None and counted.attribute:
        return counted.attribute
    if counted is not None and counted.known and counted.who is None:
        return None
    happened = _event_word(toks, b, e, limit, counted)
    if happened in _PEOPLE_ONLY and not _of_people(counted) or (happened == "released" and _from_hospital(toks, e)):
        return None  # "the ministry released 12 reports", "12 were released from hospital"
    return happened


#: What a noun counts people in that the event may change: passengers aboard, evacuees,
#: hostages or prisoners held (``captured``); a word of what happened to them wins.
_NOUN_STATES = frozenset({"evacuated", "captured"})
#: What only people are (a report is released, a building evacuated: no one counted).
_PEOPLE_ONLY = frozenset({"released", "evacuated"})
#: A word before prisoners given in a deal (``مقابل 39 أسيرا``).
_IN_EXCHANGE = frozenset(fold_word(w) for w in "مقابل".split())
_FROM_HOSPITAL = (("from", "hospital"), ("from", "the", "hospital"), ("من", "المستشفى"))


def _of_people(counted: Counted | None) -> bool:
    """Does ``counted`` count people (or name nothing: "released 40")?"""
    return counted is None or counted.who is not None or counted.attribute is not None


def _from_hospital(toks: list[Tok], e: int) -> bool:
    """Do "from hospital" words follow within a few tokens (patients sent home)?"""
    words = [t.text for t in toks[e:e + 6]]
    return any(tuple(words[k:k + len(p)]) == tuple(fold_word(w) for w in p)
               for p in _FROM_HOSPITAL for k in range(len(words)))


def died_of_wounds(toks: list[Tok], k: int) -> bool:
    """Do the words at token ``k`` say that people died of their wounds ("متأثرين بجروحهم",
    "died of their injuries")?"""
    hit = match_at(toks, k, lex.CASUALTY_AFTER) if k < len(toks) else None
    return hit is not None and hit.value == "killed" and any(
        t.text.startswith(("ب", "wound", "injur")) or t.text in ("wounds", "injuries") for t in toks[k + 1:hit.j])


def _event_word(toks: list[Tok], b: int, e: int, limit: int, counted: Counted | None) -> str | None:
    """The attribute the words right after the count say ("412 شخصا لحياتهم"), else a verb
    right before it ("killed 2,000 people and injured 5,000": the 2,000 were killed), else a
    word after it (within ``AFTER_WINDOW``), else a word a little before it. In "86 of the
    410 people on board survived" what the words after the whole say is the part's: the 410
    are only aboard."""
    if _whole_after_part(toks, b):
        return _aboard_after(toks, e)
    right_after = match_at(toks, e, lex.CASUALTY_AFTER) if e < len(toks) else None
    if right_after is not None and _no_death(toks, b, right_after):
        return None  # "a court sentenced 183 people to death": a sentence, no one dead
    if right_after is not None and right_after.value not in STANDING and _has_object(toks, right_after.j):
        return None  # "Twelve gunmen killed 3 soldiers": the 3 were killed
    if right_after is not None and right_after.value not in STANDING:
        return right_after.value
    start = _clause_start(toks, b, limit)
    for end in range(b, max(start, b - 4) - 1, -1):
        hit = match_before(toks, end, lex.CASUALTY_BEFORE)
        if hit is not None and hit.i >= start and all(_word_in(t, lex.FILLER) for t in toks[end:b]):
            return hit.value
    before = _verb_before(toks, b, limit, counted)
    standing = None
    k, read = e, 0
    while k < len(toks) and read < AFTER_WINDOW:
        aside = _aside_end(toks, k)
        if aside is not None:
            k = aside + 1  # "12 people, including a child, were killed": the verb is the 12's
            continue
        if toks[k].kind == "num" and _whole_after_part(toks, k):
            k, read = k + 1, read + 1  # "86 of the 410 ... survived": the verb is the 86's
            continue
        if toks[k].text in CLAUSE_END or toks[k].kind == "num":
            break
        if before is not None and toks[k].text in _AMONG_THEM:
            break  # "اعتقلت السلطات 11 شخصا بينهم المهاجمون الذين فروا": the attackers fled
        hit = match_at(toks, k, lex.CASUALTY_AFTER)
        if hit is not None and toks[k - 1].text in _FROM:
            hit = None  # "pulled 7 people from under the rubble alive": where they were, not are
        if hit is not None and _no_death(toks, b, hit):
            hit = None  # "three men were sentenced to death": a sentence, no one dead
        if hit is not None and hit.value not in STANDING and _has_object(toks, hit.j):
            return before  # "Two car bombs killed 15 people": the 15 were killed, not the two
        if hit is not None and hit.value not in STANDING:
            return hit.value  # "61 people on board the ferry were later rescued": the verb says what happened
        standing = standing or (hit.value if hit is not None else None)
        k, read = k + 1, read + 1
    if standing == "aboard":
        return standing  # "carrying 750 people on board"
    return before or standing  # "killing dozens of people evacuated from the villages": killed


_FROM = frozenset(fold_word(w) for w in "من from".split())


def _has_object(toks: list[Tok], k: int) -> bool:
    """Does a number follow the English verb that ends before token ``k`` ("killed 15",
    "wounded at least 40"), with nothing but a bound (:data:`lex.BOUND_BEFORE`) between? Then
    the verb's people are that number, and a number before the verb counted who or what did
    it. A number that a casualty word follows opens a list instead ("14 people were killed 25
    were wounded", "57 killed 150 injured": headlines with their commas lost)."""
    if k == 0 or k >= len(toks) or not toks[k - 1].text.isascii():
        return False
    bound = match_at(toks, k, lex.BOUND_BEFORE)
    n = bound.j if bound is not None else k
    if n >= len(toks) or not (toks[n].kind == "num" or is_number_word(toks[n].text)):
        return False
    return not any(match_at(toks, m, lex.CASUALTY_AFTER) for m in range(n + 1, min(n + 3, len(toks))))


def _whole_after_part(toks: list[Tok], k: int) -> bool:
    """Is the number at ``k`` the whole a number before it is a part of ("86 of the 410")?"""
    return k >= 3 and toks[k - 1].text == "the" and toks[k - 2].text == "of" \
        and (toks[k - 3].kind == "num" or is_number_word(toks[k - 3].text))


def _aboard_after(toks: list[Tok], e: int) -> str | None:
    """``aboard`` when the words after a whole say its people were aboard ("410 people on
    board"), else None."""
    for k in range(e, min(e + 3, len(toks))):
        hit = match_at(toks, k, lex.CASUALTY_AFTER)
        if hit is not None and hit.value == "aboard":
            return "aboard"
    return None


#: Words after a count that open a part of the people counted (``11 شخصا بينهم ...``,
#: ``11 people, including ...``): what the words after them say happened is the part's.
_AMONG_THEM = _OF_THEM | {"including", "among"}


def opens_a_part(clause: str) -> bool:
    """Does a clause open on a part of the people just counted (``، بينهم ألف في المدينة``,
    ``, including 40 in the capital``)? What it says, a place included, is the part's."""
    words = clause.split()
    return bool(words) and fold_word(words[0].lower()) in _AMONG_THEM
#: First words of an aside set off by commas after a count of people (``, most of them
#: women,``, ``، بينهم طفلان،``).
_ASIDE_OPENERS = _AMONG_THEM | frozenset(fold_word(w) for w in
                                         "most many all some mostly معظمهم أغلبهم غالبيتهم جميعهم".split())
_COMMAS = frozenset(",،")
#: The longest aside skipped, in tokens.
_ASIDE_MAX = 10


def _aside_end(toks: list[Tok], k: int) -> int | None:
    """The index of the comma that closes an aside opened by the comma at ``k`` (``40
    people, among them three officers, were wounded``), or None when none is opened there."""
    if toks[k].text not in _COMMAS or _at(toks, k + 1) is None or toks[k + 1].text not in _ASIDE_OPENERS:
        return None
    for j in range(k + 2, min(k + 2 + _ASIDE_MAX, len(toks))):
        if toks[j].text in _COMMAS:
            return j
        if toks[j].text in CLAUSE_END:
            return None
    return None


def _verb_before(toks: list[Tok], b: int, limit: int, counted: Counted | None) -> str | None:
    """A word a little before the count, in its clause, that says what happened (``اعتقلت
    السلطات 11 شخصا``): next to it, or a few words off when the counted noun is known."""
    start = _clause_start(toks, b, limit)
    for end in range(b, max(start, b - 4) - 1, -1):
        hit = match_before(toks, end, lex.CASUALTY_BEFORE)
        if hit is not None and hit.i >= start:
            adjacent = all(_word_in(t, lex.FILLER) for t in toks[end:b])
            if adjacent or (counted is None and toks[b - 1].text not in _NUMBER_PREPOSITIONS) \
                    or (counted is not None and counted.known):
                return hit.value
    return None


#: English prepositions right before a number with no known noun: the number is the
#: preposition's ("killed in two Shiite villages", "evacuated from two towns"), not the verb's.
_NUMBER_PREPOSITIONS = frozenset("in at from into across near inside outside on during over".split())


#: Magnitudes above this are not on any seismic scale (``بقوة 300 حصان`` is no quake).
MAX_MAGNITUDE = 10.0


def magnitude_end(toks: list[Tok], first: int, core: Core) -> int | None:
    """One past the last token of a magnitude (``بقوة 6.2 درجات على مقياس ريختر``,
    ``magnitude 6.2``, ``a 6.2-magnitude quake``), or None when the number is none.

    A magnitude word after the number is enough; ``درجة``/``degrees`` only with a strength
    word shortly before (``بقوة``) or the Richter scale after it (a temperature otherwise).
    """
    if core.vague or core.value is None or core.value > MAX_MAGNITUDE:
        return None
    k = core.j + 1 if _at(toks, core.j) is not None and toks[core.j].text == "-" else core.j
    after = match_at(toks, k, lex.MAGNITUDE_AFTER)
    end = after.j if after else core.j
    scale = match_at(toks, end, lex.RICHTER)
    end = scale.j if scale else end
    start = max(_clause_start(toks, first, 0), first - 5)
    strength = any(_word_in(toks[m], lex.MAGNITUDE_BEFORE) for m in range(start, first))
    if after and after.value == "magnitude":
        return end
    if scale or (strength and (after or core.value != int(core.value))):
        return end
    if core.value != int(core.value) and not after and unit_at(toks, core.j) is None \
            and _quake_around(toks, start, first, core.j):
        return core.j  # "a strong 6.2 earthquake", "قدرت الهيئة الزلزال عند 6.1": no 6.2 quakes
    return None


def _quake_around(toks: list[Tok], start: int, first: int, j: int) -> bool:
    """A quake noun right after the number, or shortly before it in its clause."""
    after = [_at(toks, k) for k in (j, j + 1)]
    if after[0] is not None and _word_in(after[0], lex.TIMES_WORDS):
        return False  # "2.5 times stronger": a ratio, not a magnitude
    return (any(_word_in(t, lex.QUAKE_NOUNS) for t in after if t is not None and t.kind == "word")
            or any(_word_in(toks[m], lex.QUAKE_NOUNS) for m in range(start, first)))


def is_depth(toks: list[Tok], first: int, end: int) -> bool:
    """A length that measures depth: ``على عمق 10 كيلومترات``, ``a depth of 10 km``, ``10 km deep``,
    ``10 km (6 miles) deep``."""
    before = any(_word_in(toks[m], lex.DEPTH_BEFORE) for m in range(max(0, first - 3), first))
    return before or _word_in(_at(toks, past_brackets(toks, end)), lex.DEPTH_AFTER)


def material_after(toks: list[Tok], end: int) -> str | None:
    """What an amount is of: up to three words after ``من``/``of`` right after its unit
    (``20 طنا من المواد الغذائية``, ``300 tonnes of wheat``), as folded."""
    if _at(toks, end) is None or toks[end].text not in ("من", "of"):
        return None
    words = []
    for tok in toks[end + 1:end + 4]:
        if tok.kind != "word" or tok.text in lex.STOP or tok.text in ("the", "and", "و"):
            break
        words.append(tok.text)
    return " ".join(words) or None


def is_area(toks: list[Tok], first: int) -> bool:
    """A length that measures an area: ``على مساحة 3000 متر``, ``an area of 300 metres``."""
    return any(_word_in(toks[m], lex.AREA_BEFORE) for m in range(max(0, first - 4), first))


def toll_before(toks: list[Tok], b: int) -> str | None:
    """The attribute a toll word earlier in the clause gives (``حصيلة القتلى ... إلى 500``,
    ``the death toll from 52 to 57``: the toll word may stand before an earlier figure)."""
    start = _clause_start(toks, b, 0)
    if _at(toks, start) is not None and toks[start].text in _CHANGE_LEADS:
        # "ارتفع عدد قتلى الحريق، إلى 73 شخصا", "The death toll, according to officials, rose to 55"
        start = _subject_start(toks, start)
    for end in range(b, start, -1):
        hit = match_before(toks, end, lex.TOLL_BEFORE)
        if hit is not None and hit.i >= start:
            return hit.value
    return None


#: A running total a number is brought to (``bringing the total to 58``, ``ليرتفع العدد
#: الإجمالي إلى 58``): words before "to"/"إلى", read back from the number.
_TOTALS = frozenset(fold_word(w) for w in "total number tally count toll losses العدد الإجمالي المجموع".split())
#: Words that make a total a sum over several places (its scope is not the clause's place).
_COMBINED_SCOPE = frozenset(fold_word(w) for w in "both combined overall البلدين كلا".split())
#: Tokens before "to" read for the raising word and the total ("raising the total for both
#: countries to", "bringing the army's losses to").
_TOTAL_REACH = 8


def running_total_of(toks: list[Tok], b: int) -> str | None:
    """What the total a number is brought to counts (``Another patient died overnight,
    bringing the total to 58``): the casualty word nearest before it in the sentence."""
    if b < 3 or toks[b - 1].text not in _TO_WORDS:
        return None
    words = [t.text for t in toks[max(0, b - _TOTAL_REACH):b - 1]]
    if not any(w in _RAISING for w in words) or not any(w in _TOTALS for w in words) \
            or any(w in _COMBINED_SCOPE for w in words):
        return None  # "the total for both countries": a sum over the places the clause names
    at = next(k for k in range(b - 2, -1, -1) if toks[k].text in _RAISING)
    for end in range(at, 0, -1):
        hit = match_before(toks, end, lex.CASUALTY_BEFORE) or match_at(toks, end - 1, lex.CASUALTY_AFTER)
        if hit is not None and hit.value != "aboard":
            return hit.value
    return None


#: Words a clause opens with when its subject stands before a set-off phrase (``The toll,
#: which stood at 40 on Monday, rose to 55``; ``وارتفعت الحصيلة، بحسب الوزارة، إلى 55``).
_CHANGE_LEADS = frozenset(fold_word(w) for w in (
    "rose risen climbed jumped increased reached stood stands has had now is was which الى إلى to").split())
#: Set-off phrases skipped back over to find a clause's subject: at most this many, each of at
#: most ``_SET_OFF_WORDS`` tokens.
_SET_OFF_PHRASES, _SET_OFF_WORDS = 2, 10


def _subject_start(toks: list[Tok], start: int) -> int:
    """The start of the clause a toll word opens, back over up to ``_SET_OFF_PHRASES`` short
    phrases set off by commas (``, according to officials,``, ``، بحسب وزارة الصحة،``, ``, which
    stood at 40 on Monday,``); ``start`` itself when no such clause is found."""
    at = start
    for _ in range(_SET_OFF_PHRASES + 1):
        if at < 2:
            return start
        before = _clause_start(toks, at - 1, 0)
        if at - 1 - before > _SET_OFF_WORDS:
            return start
        if any(match_at(toks, k, lex.TOLL_BEFORE) is not None for k in range(before, at - 1)):
            return before
        at = before
    return start


def change_before(toks: list[Tok], i: int) -> bool:
    """A change word earlier in the clause (``ارتفع من 52 إلى 57``, ``rose from``), or a toll
    before ``from`` (``the death toll from 52 to 57``): a change, not a range."""
    start = _clause_start(toks, i, 0)
    if any(_word_in(t, lex.CHANGE_WORDS) for t in toks[start:i]):
        return True
    after_from = i > 0 and toks[i - 1].text in ("من", "from")
    return after_from and any(match_before(toks, k, lex.TOLL_BEFORE) for k in range(start + 1, i))
