"""What surrounds a number: bound words, unit, counted noun, and the tests that tell a
name-number (``جسر 27``), a date or a year from a quantity. What happened to the people a
figure counts is read in :mod:`crosscheck.claims._happened`.
"""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._numwords import Core, gives_age
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
#: Participles of how a figure was given, right after it ("900 reported earlier", "the 300
#: announced on Monday"): no noun counted.
_REPORTED = frozenset("reported announced recorded registered confirmed cited given mentioned".split())


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
    if text in _REPORTED:
        return None  # "up from 900 reported earlier": how the figure was given, no noun
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


_OF_THEM = frozenset(fold_word(w) for w in "منهم ومنهم منها ومنها بينهم وبينهم".split())


def _definite(toks: list[Tok], k: int) -> bool:
    tok = _at(toks, k)
    return tok is not None and (tok.text == "the" or tok.text.startswith("ال"))


def _clause_start(toks: list[Tok], i: int, limit: int) -> int:
    k = i
    while k > limit and toks[k - 1].text not in CLAUSE_END:
        k -= 1
    return k


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
