"""What happened to the people a figure counts: the casualty attribute read around the number
(killed, wounded, released, evacuated...), whether the figure is only a part of a toll (an
increment, people named among the dead, someone's companions, a part "of them"), and the toll
or running total a clause names before it.
"""
from __future__ import annotations

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._context import (
    _OF_THEM, Counted, Match, _at, _clause_start, _word_in, match_at, match_before,
)
from crosscheck.claims._numwords import is_number_word
from crosscheck.claims._text import CLAUSE_END, Tok, fold_word


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
    if after[:2] == ["among", "the"] and len(after) > 2 and _a_number(after[2]) \
            and any(word in _DEAD_AFTER_NUMBER for word in after[3:7]):
        return True  # "two journalists were among the 9 people killed"
    before = [t.text for t in toks[max(0, first - 2):first]]
    return len(before) == 2 and before[0] in ("بين", "وبين") and before[1] in _DEAD_AR


#: Words after "among the N" that make the N a toll ("among the 9 people killed").
_DEAD_AFTER_NUMBER = frozenset("killed dead died victims".split())


def _a_number(word: str) -> bool:
    return word.replace(",", "").isdigit() or is_number_word(word)


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
    # "12 died, raising the toll to 57"; not a total itself ("rose to 1,204, raising the total
    # of both countries to 9,310": a part's own toll)
    reached = first > 0 and toks[first - 1].text in _TO_WORDS
    return not reached and any(t.text in _RAISING for t in toks[end:end + 8])


#: Words after a figure that add it to a toll given next (``12 died, raising the toll to 57``,
#: ``انتشال 3 جثث ليرتفع العدد إلى 81``).
_RAISING = frozenset(fold_word(w) for w in "raising bringing taking pushing ليرتفع لترتفع ليصل لتصل ليبلغ لتبلغ".split())
_TO_WORDS = frozenset(fold_word(w) for w in "to at إلى الى".split())


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


#: Words right before "to death" that make it no death (a beating survived, a vow to fight to
#: the end), and words before the people counted that make it a court's sentence.
_NOT_QUITE = frozenset(fold_word(w) for w in "nearly almost بالقتال القتال يقاتل".split())
_SENTENCED = frozenset(fold_word(w) for w in "sentenced condemned".split())
_TO_DEATH = frozenset(fold_word(w) for w in ("to", "حتى"))


def _no_death(toks: list[Tok], b: int, hit: Match) -> bool:
    """Is the "to death" at ``hit`` no death: right after "sentenced", "nearly", "بالقتال", or
    with "sentenced"/"condemned" a few words before the people counted?"""
    if toks[hit.i].text not in _TO_DEATH:
        return False
    before = toks[hit.i - 1].text
    return before in _NOT_QUITE or before in _SENTENCED or any(t.text in _SENTENCED for t in toks[max(0, b - 4):b])


def attribute_around(toks: list[Tok], b: int, e: int, counted: Counted | None, limit: int) -> str | None:
    """The casualty attribute from the noun, the words after it, or the words before it.

    Args:
        toks: Tokens.
        b: First token of the quantity phrase (bound included).
        e: One past its last token.
        counted: The counted noun, if any.
        limit: Tokens before this index belong to an earlier quantity.
    """
    if counted is not None and counted.attribute in _NOUN_STATES:
        # "إنقاذ 61 من ركاب العبارة", "killed 120 evacuees", "three hostages were killed",
        # "إطلاق سراح 39 أسيرا": what happened to them, when a word says it
        happened = _event_word(toks, b, e, limit, counted)
        if happened is not None:
            return happened
        if counted.attribute == "aboard" and _capacity_before(toks, b):
            return None  # "licensed to carry 250 passengers": no one aboard yet
        if counted.attribute == "captured" and b > 0 and toks[b - 1].text in _IN_EXCHANGE:
            return "released"  # "مقابل 39 أسيرا" in a deal
        return counted.attribute
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
_NOUN_STATES = frozenset({"aboard", "evacuated", "captured"})
#: What only people are (a report is released, a building evacuated: no one counted).
_PEOPLE_ONLY = frozenset({"released", "evacuated"})
#: A word before prisoners given in a deal (``مقابل 39 أسيرا``).
_IN_EXCHANGE = frozenset(fold_word(w) for w in "مقابل".split())
_FROM_HOSPITAL = tuple(tuple(fold_word(w) for w in phrase.split())
                      for phrase in ("from hospital", "from the hospital", "من المستشفى"))


def _of_people(counted: Counted | None) -> bool:
    """Does ``counted`` count people (or name nothing: "released 40")?"""
    return counted is None or counted.who is not None or counted.attribute is not None


def _from_hospital(toks: list[Tok], e: int) -> bool:
    """Do "from hospital" words follow within a few tokens (patients sent home)?"""
    words = [t.text for t in toks[e:e + 6]]
    return any(tuple(words[k:k + len(p)]) == p for p in _FROM_HOSPITAL for k in range(len(words)))


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
