"""Typed quantities in Arabic and English news text.

:func:`quantities_in` finds every number that states a claim (a count of people or things, a
casualty figure, a distance, an amount of money, a percentage) and returns it as a
:class:`Quantity` whose span points into the text given, unchanged.

Numbers read:
    * Digits: ASCII, Arabic-Indic (``٢٧``) and Persian (``۲۷``); thousands with commas
      (``5,300``, ``5٬300``) or with two or more dot groups (``1.234.567``; a single ``5.300``
      is the decimal 5.3); decimals ``22.5`` and ``٢٢٫٥``; a full stop glued to a word after a
      number ends the sentence (``البوابة 27.آخر``).
    * Scale words after digits or words: ألف/ألفا/آلاف, مليون/ملايين, مليار; thousand, million,
      billion, bn (``$5m`` after a currency sign); mixed forms (``11 ألفا و300`` = 11300,
      ``مليون ومئتي ألف`` = 1200000, ``مليون ونصف``, ``half a million``).
    * Arabic number words with their case, gender, dual and construct forms (``مئة وخمسة
      وأربعون`` = 145, ``ثلاثين ألفا`` = 30000, ``ألفي``/``ألفا`` first = 2000, ``أحد عشر`` = 11);
      English number words (``two hundred and five``, ``twenty-five``, ``a dozen`` = 12).

Bounds, as the interval ``[low, high]`` the wording allows (None = open):
    * exact: ``low = high = value``.
    * about (نحو، حوالي، قرابة، زهاء، ما يقرب من، يناهز، تقريبا after the number; about,
      around, nearly, approximately, some, roughly, almost, close to, an estimated, "or so"
      after): ``value`` kept, ``low = 0.95 * value``, ``high = 1.05 * value`` (plus or minus 5%:
      the rounding of a written figure, not a range; "about 30 km" is not 27 km).
    * more_than (أكثر من، ما يزيد على/عن، تجاوز، يفوق، ما يربو على; over, more than,
      upwards of, in excess of, exceeding): ``low = value`` (exclusive), ``high = None``.
    * at_least (على الأقل before or after، لا يقل عن، فأكثر/أو أكثر after; at least, no fewer
      than, a minimum of, "or more" after): ``low = value``, ``high = None``.
    * less_than (أقل من; less than, fewer than, under, below): ``low = None``,
      ``high = value`` (exclusive).
    * at_most (ما لا يزيد عن، حتى; up to, at most, no more than, as many as, a maximum of):
      ``low = None``, ``high = value``.
    * vague, ``value = None``: عشرات/dozens [20, 99]; مئات/hundreds [200, 999];
      آلاف/thousands [2000, 9999]; ملايين/millions [2e6, 9999999]; عشرات الآلاف/tens of
      thousands [20000, 99999]; مئات الآلاف/hundreds of thousands [200000, 999999];
      بضعة/بضع/عدة/a few/several [3, 9] (بضعة آلاف/a few thousand [3000, 9999], a few hundred
      [300, 999]).
    * range, ``value = None``: a written range (``20-30``, ``بين 20 و30``, ``between 20 and
      30``) with ``[20, 30]``; unlike a vague word it has written numbers, so it sits in the
      agreement set of each figure it allows.

Not quantities (never reported): years (a four-digit 1800-2100 after عام/في/منذ/نهاية/in/
since..., or with nothing counted after it), day of month next to a month name (``23
فبراير/شباط``, ``April 5``), times (``10:30``, ``الساعة 10``, ``10 مساء``), numbers that are
names (after جسر، بوابة، البوابة، حاجز... ``route``, ``gate``, ``resolution``; glued to
letters: ``الـ27``, ``عربي21``, ``27th``, ``COVID-19``; with ``+``: ``(5+5)``), and any
number with neither unit, counted noun nor casualty word (nothing to compare it on).

Types: ``casualties`` when a casualty attribute is found (killed, wounded, captured, missing,
displaced), else ``distance`` for km/m/mile, ``percent``, ``money`` for a currency,
``quantity`` for other units (m3, km2, kg, t, barrel, ha), ``count`` for a counted noun.

Distances: ``direction`` is read after the unit (``جنوبي``, ``جنوب شرق``, ``إلى الجنوب من``,
``west of``); ``reference`` is the place after it (``طرابلس``; ``من البوابة الغربية لطرابلس``
gives reference ``البوابة الغربية لطرابلس`` and direction None: the direction is part of the
place, not of the distance); ``subject`` is the place before (``قرية تبعد`` -> قرية).
String fields are lightly normalised (see :func:`crosscheck.claims._text.light`); counted
nouns in the lexicon are given as their lemma (``جنديا`` -> ``جندي``, ``soldiers`` ->
``soldier``), others as written minus the accusative alef after 11-99.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._context import (
    MAX_MAGNITUDE, PART, Counted, Match, _readings, age_at, bound_after, bound_before, counted_at, currency_before,
    dual_at, is_area, is_depth, is_name_or_date, is_tally_second, is_year, magnitude_end, match_at, match_before,
    material_after, modifies_hyphened_noun, numbered_noun, thing_named_before, thing_state, unit_at,
)
from crosscheck.claims._happened import (
    among_the_dead, attribute_around, change_before, died_of_wounds, is_part_of_toll, of_them, running_total_of,
    toll_before,
)
from crosscheck.claims.concepts import DURATIONS, THINGS, concept_of
from crosscheck.claims._numwords import Core, read_core
from crosscheck.claims._places import direction_after, subject_before
from crosscheck.claims.places import starts_a_place
from crosscheck.claims._text import Folded, Tok, fold_word, folded_tokens

ABOUT_TOLERANCE = 0.05
_RANGE_DASHES = frozenset("-–—")
_RANGE_TO = frozenset({"الي", "to"})  # folded إلى
_RANGE_JOINERS = _RANGE_TO | {"و", "and"}


@dataclass(frozen=True)
class Quantity:
    """A quantity stated in the text.

    Attributes:
        start: Start of the phrase in the original text.
        end: End of the phrase in the original text.
        text: ``text[start:end]``: bound word, number, unit and counted noun.
        value: The point value; None for vague quantities (``عشرات``).
        low: Lowest value the wording allows; None when open.
        high: Highest value the wording allows; None when open.
        bound: ``exact``, ``about``, ``more_than``, ``at_least``, ``less_than``,
            ``at_most`` or ``vague``.
        unit: Canonical unit (``km``, ``m``, ``mile``, ``m3``, ``percent``, ``USD``...) or None.
        claim_type: ``casualties``, ``distance``, ``count``, ``quantity``, ``money`` or
            ``percent``.
        counted: Lemma of the counted noun (``جندي``, ``قطعة سلاح``, ``soldier``).
        attribute: For casualties: ``killed``, ``wounded``, ``captured``, ``missing``,
            ``displaced``.
        who: ``soldiers``, ``fighters``, ``civilians``... when the counted noun says it.
        direction: For distances: ``north``, ``south-east``...
        reference: For distances: the place measured from (``طرابلس``).
        subject: For distances: the place the distance is about (``غريان``).
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    claim_type: str
    counted: str | None = None
    attribute: str | None = None
    who: str | None = None
    direction: str | None = None
    reference: str | None = None
    subject: str | None = None


def _interval(core: Core, bound: str) -> tuple[float | None, float | None, float | None, str]:
    """``(value, low, high, bound)`` for a number and the bound word before or after it."""
    if core.vague:
        return None, core.low, core.high, "range" if core.written_range else "vague"
    value = core.value
    if value is None:
        return None, None, None, "vague"
    if bound == "about":
        return value, round(value * (1 - ABOUT_TOLERANCE), 6), round(value * (1 + ABOUT_TOLERANCE), 6), bound
    if bound in ("more_than", "at_least"):
        return value, value, None, bound
    if bound in ("less_than", "at_most"):
        return value, None, value, bound
    return value, value, value, "exact"


def _range(toks: list[Tok], core: Core) -> Core:
    """Widen ``20-30``, ``بين 20 و30`` / ``between 20 and 30``, ``ما بين 40 إلى 90``, ``من 200
    إلى 320`` and ``40 to 90 people`` into one vague core; ``ارتفع من 52 إلى 57`` / ``rose from
    52 to 57`` is a change, not a range (a change word earlier in the clause says so)."""
    j = core.j
    if j + 1 >= len(toks) or core.vague or core.value is None:
        return core
    joiner = toks[j].text
    dash = joiner in _RANGE_DASHES
    between = core.i > 0 and toks[core.i - 1].text in ("بين", "between") and joiner in _RANGE_JOINERS
    spread = joiner in _RANGE_TO and not change_before(toks, core.i)
    if not (dash or between or spread):
        return core
    second = read_core(toks, j + 1)
    if second is None or second.vague or second.value is None or second.value <= core.value:
        return core
    first = core.i - 1 if between else core.i
    return Core(first, second.j, None, core.value, second.value, core.words or second.words,
                True, second.scaled, 0 if between else core.skip, written_range=True)


def _claim_type(unit: str | None, attribute: str | None) -> str:
    if attribute:
        return "casualties"
    if unit == "magnitude":
        return "magnitude"
    if unit in lex.LENGTH_UNITS:
        return "distance"
    if unit == "percent":
        return "percent"
    if unit in lex.MONEY_UNITS:
        return "money"
    return "quantity" if unit else "count"


def _start(toks: list[Tok], core: Core, limit: int) -> tuple[int, int, str | None, str | None]:
    """First token and skipped characters of the phrase, the bound word and currency sign."""
    first, skip = core.i, core.skip
    currency = currency_before(toks, first)
    if currency is not None and currency.i >= limit:
        first, skip = currency.i, 0
    bound = bound_before(toks, first)
    if bound is not None and bound.i >= limit:
        first, skip = bound.i, bound.skip
    elif (over_toll := _bound_over_toll(toks, first, limit)) is not None:
        bound = over_toll  # "تجاوز عدد القتلى 5000": the bound before the toll's name
    return first, skip, (bound.value if bound and bound.i >= limit else None), (
        currency.value if currency and currency.i >= limit else None)


#: Words of a toll's name between a bound verb and its number (``تجاوز عدد القتلى 5000``).
_TOLL_NAME = frozenset({"عدد", "number", "of", "the"})


def _bound_over_toll(toks: list[Tok], first: int, limit: int) -> Match | None:
    """A bound verb before the name of the toll the number gives (``تجاوز عدد القتلى 5000``,
    ``تخطت الحصيلة 5 آلاف``); None when other words stand between."""
    k = first
    while k > max(limit, first - 3) and (toks[k - 1].text in _TOLL_NAME
                                         or match_at(toks, k - 1, lex.TOLL_BEFORE) is not None):
        k -= 1
    if k == first:
        return None
    bound = bound_before(toks, k)
    return bound if bound is not None and bound.i >= limit else None


def _glued_letters(toks: list[Tok], core: Core, unit: Match | None) -> bool:
    """``27th``: Latin letters glued after a digit number that are not its unit (Arabic ones
    are a missing space: ``412شخصاً``)."""
    nxt = toks[core.j] if core.j < len(toks) else None
    return (nxt is not None and nxt.glued and nxt.kind == "word" and nxt.text.isascii()
            and toks[core.j - 1].kind == "num" and unit is None)


def _read(folded: Folded, toks: list[Tok], i: int, limit: int,
          previous: Quantity | None = None) -> tuple[Quantity | None, int]:
    """Try to read a quantity at token ``i``: (quantity or None, index to go on from).
    ``previous``: the quantity read just before, which ends at token ``limit``."""
    money = currency_before(toks, i) is not None
    core = read_core(toks, i, money)
    dual = None if core is not None else dual_at(toks, i)
    if dual is not None:
        core, counted = dual
    elif core is None:
        return None, i + 1
    if is_name_or_date(toks, core) or is_tally_second(toks, core):
        return None, core.j
    core = _range(toks, core)
    first, skip, bound, currency = _start(toks, core, limit)
    magnitude = magnitude_end(toks, first, core)
    unit = Match("magnitude", core.j, magnitude) if magnitude is not None else unit_at(toks, core.j)
    if unit is None and core.i > 0 and toks[core.i - 1].text == "%" and toks[core.i].glued:
        unit, first, skip = Match("percent", core.i - 1, core.j), min(first, core.i - 1), 0
    if _glued_letters(toks, core, unit) or (unit is None and currency is None and modifies_hyphened_noun(toks, core)):
        return None, core.j
    named_state = listed_toll = None
    if dual is None:
        counted = counted_at(folded, toks, core.j, core) if unit is None and currency is None else None
        if counted is None and unit is None and currency is None:
            counted = numbered_noun(toks, core.i, core.j)  # "المصابون البالغ عددهم 45"
        if counted is None and unit is None and currency is None and \
                (named := thing_named_before(toks, first, limit, core.j)) is not None:
            counted, named_state = named
        elif counted is None and unit is None and currency is None:
            counted = _elided_thing(toks, first, core, limit, previous)
            if counted is None and (counted := _elided_toll(toks, first, core, limit, previous)
                                    or _corrected_figure(toks, first, core, limit, previous)) is not None:
                listed_toll = previous.attribute
        if unit is None and currency is None and not (counted and counted.known):
            counted = age_at(toks, core) or counted  # "عن عمر ناهز 65": years, not the dead
    if is_year(toks, core) and unit is None and currency is None and not (counted and counted.known) \
            and not (match_before(toks, core.i, lex.CASUALTY_BEFORE) is not None and _word_after(toks, core.j)) \
            and not _toll_rose_to(toks, core.i):
        # a year, unless a casualty word stands right before it and a word after it ("وإصابة
        # 2059 آخرين"; "وتوفي 2010." and "وفيات 2015" are years), or a toll rose to it
        return None, core.j
    end = max(unit.j, core.j) if unit else counted.j if counted else core.j
    after = bound_after(toks, end)
    if after is not None:
        end, bound = after.j, bound or after.value
    bare = unit is None and currency is None
    attribute = attribute_around(toks, first, end, counted, limit) if bare else None
    if bare and attribute is None and (counted is None or counted.who == "people"):
        attribute = toll_before(toks, first) or running_total_of(toks, first)
    elif bare and attribute is None and _cases(counted):
        attribute = _toll_right_before(toks, first)  # "ارتفع عدد الوفيات إلى 88 حالة": 88 dead
    # "and 5,900 in Syria": the listed toll's state, unless its own words say ("and 300 in Adana
    # were injured")
    attribute = attribute or listed_toll
    if attribute is None and bare and counted is not None and counted.who in lex.PART_GROUPS \
            and _names_a_part(toks, first, limit, previous):
        attribute = previous.attribute  # "32 people, including nine children, died": nine children died
    if attribute == "wounded" and _illness_at(toks, end):
        attribute = None  # "أربع إصابات بمرض السكري": cases of an illness, no one wounded
    unit_name = unit.value if unit else currency
    if unit_name is None and counted is None and attribute is None:
        return None, core.j
    state = named_state or thing_state(toks, first, core.j, end, limit) \
        if bare and attribute is None and _is_thing(counted) else None
    where = (first, skip, end)
    return _quantity(folded, toks, core, where, bound or "exact", unit_name, counted, attribute, state), end


#: Nouns that count cases of whatever the clause names (``عدد الوفيات ... 88 حالة``).
_CASES = frozenset(fold_word(w) for w in "حالة حالات case cases".split())


def _cases(counted: Counted) -> bool:
    return counted.lemma is not None and fold_word(counted.lemma) in _CASES


def _toll_right_before(toks: list[Tok], first: int) -> str | None:
    """The attribute of a toll named right before token ``first``, past link words only
    (``عدد الوفيات إلى 88``; not ``حصيلة الوفيات 12 من أصل 300``)."""
    k = first
    while k > max(0, first - 3) and toks[k - 1].text in _TOLL_LINKS:
        k -= 1
    hit = match_before(toks, k, lex.TOLL_BEFORE)
    return hit.value if hit is not None else None


_TOLL_LINKS = lex.FILLER | lex.CHANGE_WORDS


def _is_thing(counted: Counted | None) -> bool:
    """Does ``counted`` name things (buildings, churches), not people or a span of time?"""
    if counted is None or counted.who is not None or counted.attribute is not None:
        return False
    concept = concept_of(counted.lemma) or ""
    return concept not in DURATIONS and not concept.startswith(("people:", "nationals:"))


#: Tokens a number with no noun may stand from the thing count before it and still share its
#: noun (``هدمت 40 مدرسة بصورة كاملة و75 بصورة جزئية``).
_ELIDED_REACH = 8


#: Words that open a part of the people just counted (``including nine children``, ``بينهم
#: ثمانية أطفال``).
_INCLUDING = frozenset(fold_word(w) for w in "including among بينهم وبينهم منهم ومنهم".split()) | {"من بينهم"}


def _names_a_part(toks: list[Tok], first: int, limit: int, previous: Quantity | None) -> bool:
    """Does the number at ``first`` open a part of the casualties counted right before it?"""
    if previous is None or previous.claim_type != "casualties" or previous.attribute is None:
        return False
    if first - limit > _PART_REACH or first == 0:
        return False
    before = toks[first - 1].text
    if previous.who in _PART_WHO and first - limit <= 1 and before in _LIST_JOINS:
        return True  # "including 12 women and four children": the list of parts goes on
    return before in _INCLUDING or (first > 1 and f"{toks[first - 2].text} {before}" in _INCLUDING) \
        or (before in ("them", "whom") and first > 1 and toks[first - 2].text in ("among", "of"))


#: Tokens the word that opens a part may stand from the casualties counted before it (``35
#: were killed, among them 12 women``, ``rose to 35 on Sunday, including 12 women``).
_PART_REACH = 7
#: Whom a count of a part of the casualties counts (``including 12 women``).
_PART_WHO = lex.PART_GROUPS | {PART}


#: Words a number of a list of places opens with (``and 5,900 in Syria``, ``و5900 في سوريا``) and
#: the prepositions its place follows.
_LIST_JOINS = frozenset(fold_word(w) for w in "and و , ،".split())
_IN = frozenset(fold_word(w) for w in "in at في".split())


def _elided_toll(toks: list[Tok], first: int, core: Core, limit: int, previous: Quantity | None) -> Counted | None:
    """A bare number that lists a toll by place after the toll before it: "more than 40,000
    people in Turkey and 5,900 in Syria", "40 ألف شخص في تركيا و5900 في سوريا": the same
    people, at another place (in the same state unless its own words say another: the caller
    reads them first)."""
    if previous is None or previous.claim_type != "casualties" or previous.who == PART \
            or first - limit > _ELIDED_REACH or first == 0 or toks[first - 1].text not in _LIST_JOINS:
        return None
    if core.j >= len(toks) or toks[core.j].text not in _IN or not starts_a_place(toks, core.j + 1):
        return None  # "12 died on Monday and 30 in the following days": no place, no list of places
    return _same_people(previous, core)


#: Words right before a figure set against the one just given (``12 people, not 20 as first
#: reported``, ``12 شخصا وليس 20``).
_NOT = frozenset(fold_word(w) for w in "not وليس ليس".split())


def _corrected_figure(toks: list[Tok], first: int, core: Core, limit: int, previous: Quantity | None) -> Counted | None:
    """A bare number right after "not" that stands for the count just given ("the fire killed
    12 people, not 20 as initially reported"): the same people (the reader of how it is
    reported calls it withdrawn)."""
    if previous is None or previous.claim_type != "casualties" or first == 0 or first - limit > 3 \
            or toks[first - 1].text not in _NOT or (core.j < len(toks) and toks[core.j].text in ("of", "من")):
        return None  # "12 people, not 1 of whom was armed": a part, no other figure
    return _same_people(previous, core)


def _same_people(previous: Quantity, core: Core) -> Counted:
    """The people ``previous`` counts, for a bare number that stands for them (its state is
    read by the caller)."""
    return Counted(previous.counted, previous.who, None, core.j, True)


def _elided_thing(toks: list[Tok], first: int, core: Core, limit: int, previous: Quantity | None) -> Counted | None:
    """A number whose noun is left out after a count of things, with what happened to them
    beside it (``40 bridges were fully destroyed and 75 partly``, ``هدمت 40 مدرسة بصورة كاملة
    و75 بصورة جزئية``): it counts the same things."""
    if previous is None or previous.claim_type != "count" or first - limit > _ELIDED_REACH \
            or concept_of(previous.counted) not in THINGS:
        return None
    if thing_state(toks, first, core.j, core.j, limit) is None:
        return None
    return Counted(previous.counted, None, None, core.j, True)


#: Words a toll rises or comes to a figure with (``rose to``, ``ارتفعت ... إلى``).
_TO = frozenset(fold_word(w) for w in "to إلى الى".split())
_ARRIVED = frozenset(fold_word(w) for w in "وصل وصلت يصل تصل reached".split())


def _toll_rose_to(toks: list[Tok], i: int) -> bool:
    """Does a toll rise or come to the number at token ``i`` (``وارتفعت حصيلة القتلى إلى
    2012``, ``the death toll rose to 2012``)? Then a year-like number is the toll."""
    if i < 2 or toks[i - 1].text not in _TO or toks[i - 2].kind == "num":
        return False  # "from 2011 to 2014": a span of years
    rose = any(any(word in lex.CHANGE_WORDS or word in _ARRIVED for word, _ in _readings(t, True))
               for t in toks[max(0, i - 6):i - 1])
    return rose and toll_before(toks, i - 1) is not None


def _word_after(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` a word that may say what a number counts (no stop word, no end)?"""
    return k < len(toks) and toks[k].kind == "word" and toks[k].text not in lex.STOP


def _illness_at(toks: list[Tok], k: int) -> bool:
    """``بمرض``, ``بفيروس``, ``بالكوليرا`` at token ``k`` or after one word (``إصابة جديدة
    بفيروس``): what the cases counted are cases of."""
    for tok in toks[k:k + 2]:
        word = tok.text[1:] if tok.text.startswith("ب") else ""
        if word in lex.ILLNESSES or word.removeprefix("ال") in lex.ILLNESSES:
            return True
    return False


def _quantity(folded: Folded, toks: list[Tok], core: Core, where: tuple[int, int, int], bound: str,
              unit: str | None, counted: Counted | None, attribute: str | None,
              state: str | None = None) -> Quantity:
    """Assemble the :class:`Quantity` for a phrase covering tokens ``where``."""
    first, skip, end = where
    start, stop = folded.span(toks[first].start + skip, toks[end - 1].end)
    core = _person_thousands(toks, core, counted, attribute)
    if attribute is None and counted is not None and not (counted.known and counted.who is None) \
            and among_the_dead(toks, first, end):
        attribute = "killed"  # "nine members of one family were among the dead"
    value, low, high, bound = _interval(core, bound)
    direction = reference = subject = None
    if unit in lex.LENGTH_UNITS:
        english = toks[end - 1].text.isascii()
        direction, reference = direction_after(folded, toks, end)
        subject = subject_before(folded, toks, first, english)
    if unit in lex.AREA_OF and is_area(toks, first):
        unit = lex.AREA_OF[unit]  # "تقدر مساحتها بـ 30 ألف متر": square metres
    claim_type = _claim_type(unit, attribute)
    if claim_type == "distance" and is_depth(toks, first, end):
        claim_type = "depth"
    who = counted.who if counted else None
    if claim_type == "casualties" and (is_part_of_toll(toks, first, end) or _wounded_who_died(counted, toks) or (
            attribute != "critical" and who not in lex.PART_GROUPS and of_them(toks, first, end))):
        # "a further 8 bodies", "among the dead", "two of them": a part of the toll, not its
        # number; "منها 28 بحالة حرجة" is the critical count, a slot of its own
        who = PART
    of = counted.lemma if counted else material_after(toks, end) if unit in lex.MATERIAL_UNITS else None
    return Quantity(
        start, stop, folded.original[start:stop], value, low, high, bound, unit,
        claim_type, of, attribute or state, who, direction, reference, subject,
    )


def _wounded_who_died(counted: Counted | None, toks: list[Tok]) -> bool:
    """The wounded who died of their wounds (``بعد وفاة 5 مصابين متأثرين بجروحهم``): a part of
    the toll, the count it rose by ("two people died of their injuries" is a toll)."""
    return counted is not None and counted.attribute == "wounded" and died_of_wounds(toks, counted.j)


def _person_thousands(toks: list[Tok], core: Core, counted: Counted | None, attribute: str | None) -> Core:
    """``2.200 مصاب``: one dot before three digits counts thousands when people are counted
    (there is no fifth of a person)."""
    raw = toks[core.i].text
    people = attribute is not None or (counted is not None and counted.who is not None)
    whole, dot, fraction = raw.partition(".")
    if core.j != core.i + 1 or not (people and dot and len(fraction) == 3 and whole.isdigit()):
        return core
    value = float(whole + fraction)
    return Core(core.i, core.j, value, value, value, core.words, core.vague, core.scaled, core.skip)


def quantities_in(text: str) -> list[Quantity]:
    """Find the quantities stated in ``text``.

    Args:
        text: Any text (a sentence, a paragraph or a whole article), Arabic or English.

    Returns:
        The quantities in text order; spans index ``text`` as given.
    """
    folded, toks = folded_tokens(text)
    found: list[Quantity] = []
    i = limit = 0
    while i < len(toks):
        quantity, nxt = _read(folded, toks, i, limit, found[-1] if found else None)
        if quantity is not None:
            found.append(quantity)
            limit = nxt
        i = max(nxt, i + 1)
    return _one_per_conversion(text, _with_referred_figures(text, found))


#: A number a referred figure is given as: digits, a decimal part when a scale word follows
#: ("1.5 million", "2.3 مليون"), never a whole number cut at its point.
_REFERRED_NUMBER = (r"(\d+(?:,\d{3})*(?:\.\d+(?=\s+(?:million|billion|مليون|مليار)))?"
                    r"(?:\s+(?:million|billion|مليون|ملايين|مليار|ألف|الف|آلاف))?)(?![\d\w]|[.,]\d)")
#: "put the figure at 45", "put it at 39", "revised it to 58", "وضعت الرقم عند 45", "rose to
#: 55", "up from 90", "قدرت مصادر طبية العدد بـ350", "قبل أن ترتفع إلى 55", "بعد أن كانت 820"
#: (after it was 820), "while the hospital said 45." (a number that ends its sentence or
#: clause, at a full stop or a semicolon, after a verb of saying): a number that gives another
#: value of the figure just named before it.
_REFERRED = re.compile(
    r"(?<!\w)(?:(?:the\s+)?(?:figure|number|tally|count)\s+(?:at|to)|(?:rose|risen|climbed|jumped|increased)\s+to"
    r"|(?:put|raised|revised|lowered|increased|updated|brought|cut|set)\s+(?:it|that)\s+(?:at|to)"
    r"|(?:now\s+)?stands\s+at|up\s+from|down\s+from)\s+(?:about\s+|around\s+|nearly\s+)?" + _REFERRED_NUMBER
    + r"|(?<!\w)(?:said|says|reported|estimated|counted)\s+(?:about\s+|around\s+|nearly\s+)?" + _REFERRED_NUMBER
    + r"(?=\s*(?:[.;]|$))"
    r"|(?<!\w)(?:الرقم|العدد|الحصيلة|[لو]?[تي]?رتفع|ارتفعت|ارتفع|[لو]?[تي]صل|بعد\s+[أا]ن\s+(?:كان|كانت)"
    r"|مقارن[ةه]\s+ب?)\s*(?:عند|إلى|الى|بـ?)?\s*" + _REFERRED_NUMBER)
#: A bare number set against the toll before it (``higher than the 30 announced by``, ``مقابل 3
#: في اليوم السابق``): read as that toll only when nothing is counted after it (``مقابل 5 جنود``
#: are soldiers) and it is no year (``fewer than the 2013 attack``).
_REFERRED_BARE = re.compile(r"(?<!\w)(?:than\s+the|مقابل)\s+(\d+(?:,\d{3})*)(?![\d\w])")


#: "while the institute put it at 7", "which the authorities measured at 7.0", "فيما قدرتها
#: هيئة المسح بـ6.8 درجة": another body's value of the magnitude just named.
_REFERRED_MAGNITUDE = re.compile(
    r"(?<!\w)(?:put|measured|rated|gave|registered|estimated|recorded)\s+(?:it\s+|its\s+magnitude\s+)?"
    r"(?:at\s+)?(?:magnitude\s+)?(\d+(?:\.\d+)?)(?![\d\w])"
    r"|(?<!\w)[وف]?(?:قدر|قدرت|قدرها|قدرته|قدرتها|سجل|سجلت|سجلها|سجلتها)(?:\s+\S+){0,5}?\s+بـ?\s*"
    r"(\d+(?:[.,]\d+)?)(?:\s*درج\w*)?(?![\d\w])")


#: Counted nouns a magnitude may be read with ("6.8 درجة", "7 degrees"), folded.
_DEGREES = frozenset(key[0] for key, unit in lex.MAGNITUDE_AFTER.items() if unit == "degree")


def _with_referred_figures(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add each number that only refers back to the figure before it in the sentence ("30
    people were killed, while medics put that tally at 45", "a 6.8 quake, which the
    institute put at 7"): it measures the same thing, so it is read as that figure's kind
    (a toll's, or a magnitude's when it is one, at most ``MAX_MAGNITUDE``)."""
    out = _referred(text, found, _REFERRED, "casualties")
    out = _referred(text, out, _REFERRED_BARE, "casualties", bare=True)
    return _referred(text, out, _REFERRED_MAGNITUDE, "magnitude")


def _referred(text: str, found: list[Quantity], pattern: re.Pattern, claim_type: str,
              bare: bool = False) -> list[Quantity]:
    out = list(found)
    for match in pattern.finditer(text):
        group = next(g for g in range(1, pattern.groups + 1) if match.group(g))
        start, end = match.span(group)
        if claim_type == "magnitude":
            end = match.end()
        before = [q for q in found if q.end <= match.start() and q.claim_type == claim_type]
        overlapping = [q for q in found if q.start < end and start < q.end]
        if not before or any(q.claim_type != "count" or q.start != start for q in overlapping):
            continue  # a count read at the number ("820 صباح": a time word after it) gives way
        if bare and (overlapping or _YEAR_LIKE.fullmatch(match.group(group))):
            continue
        if claim_type == "magnitude" and any(q.counted and fold_word(q.counted) not in _DEGREES for q in overlapping):
            continue  # "recorded 5 aftershocks": a count of things, not the magnitude
        if claim_type == "casualties" and any(_named_thing(q) for q in overlapping):
            continue  # "the homes destroyed rose to 45 homes": a count of things, not the toll
        value = _referred_value(match.group(group)) if claim_type == "casualties" \
            else float(match.group(group).replace(",", "."))
        if claim_type == "magnitude" and value > MAX_MAGNITUDE:
            continue
        out = [q for q in out if q not in overlapping]
        end = max([end] + [q.end for q in overlapping if q.who is not None])  # "up from 150 people"
        out.append(replace(before[-1], start=start, end=end, text=text[start:end], value=value, low=value,
                           high=value, bound="exact"))
    return sorted(out, key=lambda q: q.start)


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
#: Scale words a referred number may end with.
_SCALES = {"million": 1e6, "billion": 1e9, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "ألف": 1e3, "الف": 1e3,
           "آلاف": 1e3}


def _referred_value(written: str) -> float:
    """The value of a referred number as written ("45", "1,200", "1.5 million", "30 ألف")."""
    number, _, scale = written.partition(" ")
    return float(number.replace(",", "")) * _SCALES.get(scale.strip(), 1)


def _named_thing(q: Quantity) -> bool:
    """Does ``q`` count things, not people and not a part of the day?"""
    return bool(q.counted) and q.who is None and fold_word(q.counted) not in lex.DAY_PARTS


METRIC = frozenset({"km", "m"})
#: Relative difference two lengths in different units may have and be one length converted.
CONVERSION_TOLERANCE = 0.03


def _one_per_conversion(text: str, found: list[Quantity]) -> list[Quantity]:
    """One quantity for a length given in two units (``about 30 miles (48 km)``, ``26 ميلا
    بحريا (30 ميلا، 48 كيلومترا)``): the same figure written twice is one claim, in metric
    units where one is (the writing most outlets give, so the one compared), else the most
    precise writing, keeping where and from where it measures."""
    out: list[Quantity] = []
    last = None  # the quantity as written just before, to see what stands between
    for quantity in found:
        if last is not None and _converts(text, last, quantity):
            previous = out[-1]
            kept = min((previous, quantity), key=lambda q: (q.unit not in METRIC, _width_km(q)))
            out[-1] = replace(kept, direction=previous.direction or quantity.direction,
                              reference=previous.reference or quantity.reference,
                              subject=previous.subject if previous.reference else kept.subject)
        else:
            out.append(quantity)
        last = quantity
    return out


def _converts(text: str, a: Quantity, b: Quantity) -> bool:
    if a.unit not in lex.KM_IN or b.unit not in lex.KM_IN or a.unit == b.unit:
        return False
    if a.value is None or b.value is None or text[a.end:b.start].strip(" (،,") != "":
        return False
    ka, kb = a.value * lex.KM_IN[a.unit], b.value * lex.KM_IN[b.unit]
    return abs(ka - kb) <= CONVERSION_TOLERANCE * max(ka, kb)


def _width_km(quantity: Quantity) -> float:
    if quantity.low is None or quantity.high is None:
        return float("inf")
    return (quantity.high - quantity.low) * lex.KM_IN[quantity.unit]
