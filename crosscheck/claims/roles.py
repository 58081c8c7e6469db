"""Who did what, and where: the roles a sentence gives an event.

Outlets disagree on more than figures: which country asked for a meeting, where two people
met, where a quake was centred, whose weapon caused a blast. :func:`roles_in` reads these
roles from one sentence, each as a :class:`Role`: the event it belongs to (``meeting:haftar``,
``quake``, ``incident``), the role (``requested_by``, ``met_in``...), the actor or place that
fills it, and whether the sentence asserts or denies it (``not an Israeli airstrike``, ``لم
تكن مسؤولة``). Roles, by claim type:

* ``attribution``: ``requested_by`` (``بناء على طلب بريطانيا``, ``ودعت ألمانيا إلى اجتماع``,
  ``at the request of Germany``): who asked for a meeting;
* ``location``: ``met_in`` (``اجتمع ... مع حفتر في بنغازي``, ``توجه إلى الرجمة للقاء حفتر``,
  ``met Haftar in Benghazi``); ``epicentre`` (``مركز الزلزال في``, ``centred in``; ``a quake struck`` a district or town
  the gazetteer places inside a province); ``waters``
  (territorial or international waters where a boat sank);
* ``actor``: ``caused_by``: whose strike, rocket or shell caused the incident the sentence
  names (``caused by a stray ... shell``, ``by a drone strike on``, ``ضربة صاروخية
  إسرائيلية``, ``جيش الاحتلال قصف``).

Only what the sentence itself ties to the event is read: a role word with no actor or place
beside it, or a weapon with no incident in its sentence, gives nothing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from crosscheck.claims._text import fold_word, folded_tokens, light
from crosscheck.claims.actors import ActorMention, actors_in, is_person, is_title_word, part_of
from crosscheck.claims._containment import WITHIN
from crosscheck.claims.places import PlaceMention, places_in
from crosscheck.claims.reporting import reporting_of

#: Role -> the claim type it is compared as.
ROLE_TYPES = {"requested_by": "attribution", "met_in": "location", "epicentre": "location",
              "waters": "location", "caused_by": "actor", "happened_on": "date", "controlled_by": "actor"}


@dataclass(frozen=True)
class Role:
    """One role a sentence gives an event.

    Attributes:
        role: ``requested_by``, ``met_in``, ``epicentre``, ``waters``, ``caused_by``,
            ``happened_on`` or ``controlled_by``.
        event: What the role belongs to (``meeting:un security council``, ``meeting:haftar``,
            ``quake``, ``sinking``, ``incident``; ``area`` for the area a sentence's figures
            are counted in, told apart by those figures when compared).
        value: The actor id or place id that fills the role.
        start, end: The span of the words that fill it (text as given).
        status: ``asserted``, ``denied``, or ``alleged`` (an accusation the sentence reports:
            ``X blamed an Israeli airstrike``, one side's claim, not the outlet's account).
        cue: The words that tied the filler to the role.
    """

    role: str
    event: str
    value: str
    start: int
    end: int
    status: str = "asserted"
    cue: str = ""

    @property
    def claim_type(self) -> str:
        return ROLE_TYPES[self.role]


def _forms(words: str) -> str:
    """A regex alternation of ``|``-separated phrases, normalised like the text."""
    forms = sorted({fold_word(w) for w in words.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


_W = r"(?<!\w)"
_E = r"(?!\w)"
_MEETING_NOUN = re.compile(_W + "[وف]?(?:" + _forms(
    "اجتماع|اجتماعا|جلسة|جلسه|يجتمع|ينعقد|meeting|session|meet|meets|convene|convenes") + ")" + _E)
_REQUEST_BEFORE = re.compile(_W + "(?:" + _forms(
    "بناء على طلب|بناء علي طلب|بطلب من|بطلب|بدعوة من|بدعوة|at the request of|requested by|called by"
    "|at the behest of") + r")\s*(?:the\s+)?$")
_REQUEST_VERB = re.compile(_W + "[وف]?(?:" + _forms(
    "دعت|دعا|طلبت|طلب|called for|calls for|requested|asked for|has called for|had called for") + ")" + _E)
_MEETING_VERB = re.compile(_W + "[وف]?(?:" + _forms(
    "اجتمع|اجتمعت|التقى|التقي|التقت|يلتقي|لقاء|للقاء|لقائه|اجتماعه|اجتماعا مع|met|meets|meet|meeting with")
    + ")" + _E)
_TO = re.compile(_W + "(?:" + _forms("إلى|الى|to|in") + r")\s*$")
_WITH_WORD = re.compile(_W + "(?:" + _forms("مع|with") + ")" + _E)
_IN = re.compile(_W + "(?:" + _forms("في|in|at") + r")\s*(?:the\s+|(?:" + _forms("منطقة|مدينة|بلدة|ولاية|محافظة|ناحية")
          + r")\s+)?$")
_EPICENTRE = re.compile(_W + "(?:" + _forms(
    "مركز الزلزال|مركزه|بؤرة الزلزال|بؤرته|centred|centered|epicentre|epicenter|epicentre was|epicenter was"
    "|with an epicenter|with an epicentre") + ")" + _E)
_WATERS = re.compile(_W + "(?:" + _forms("المياه الإقليمية|المياه الاقليمية") + ")" + _E + "|"
              + _W + "(territorial) waters" + _E + "|"
              + _W + "(?:" + _forms("المياه الدولية") + ")" + _E + "|"
              + _W + "(international) waters" + _E)
_SINKING = re.compile(_W + "[وف]?(?:" + _forms("غرق|غرقت|انقلب|انقلبت|capsized|capsizing|capsize|sank|sinking|sink")
               + ")" + _E)
#: A weapon or strike: an actor named just before it (``Israeli airstrike``) or as its
#: adjective after it (``ضربة صاروخية إسرائيلية``) is who struck.
_WEAPON = re.compile(_W + "(?:" + _forms(
    "rocket|missile|airstrike|air strike|strike|air raid|raid|shelling|bombardment|shell|bomb"
    "|صاروخ|صاروخية|صاروخي|ضربة|ضربه|غارة|غاره|قصف|قذيفة|قذيفه") + ")" + _E)
_STRUCK_VERB = re.compile(_W + "(?:" + _forms("قصف|قصفت|استهدف|استهدفت|ضرب|ضربت") + ")" + _E)
_FIRED_BY = re.compile("(?:" + _forms(
    "fired by|launched by|dropped by|carried out by|أطلقتها|أطلقها|نفذتها|نفذها|شنتها|شنها") + ")" + _E)
#: Who a weapon came from, a word or two after it (``a rocket launch by X``, ``a shell
#: misfired by X``, ``a missile from the X``, ``صاروخ طائش من X``).
_WEAPON_FROM = re.compile("(" + _WEAPON.pattern + r")(?:\s+\w+){0,2}?\s+(?:" + _forms("by|from|من") + r")"
                          r"(?:\s+\w+){0,1}\s*$")
#: The one named as responsible right before the name (``the one responsible for what
#: happened is X``, ``المسؤول عن الهجوم هو X``).
_RESPONSIBLE_IS = re.compile(_W + "(?:" + _forms("المسؤول|المسؤولة|responsible|the one responsible")
                             + r")(?:\s+\w+){0,5}\s+(?:" + _forms("هي|هو|is|was") + r")\s*$")
#: Laying the blame on the one named right after (``ألقت الوزارة مسؤولية الهجوم على X``).
_BLAME_ON = re.compile(_W + "(?:" + _forms("مسؤولية|المسؤولية|باللوم|اللوم") + r")(?:\s+\w+){0,4}\s+(?:"
                       + _forms("على|علي") + r")\s*$")
#: Armed means between an actor and a strike verb (``Israeli warplanes struck``), or between a
#: strike verb and an actor's adjective (``قصفت طائرات روسية``).
_ARMED = _forms("warplanes|jets|aircraft|planes|drones|drone|forces|troops|army|artillery|tanks|navy|military"
                "|طائرات|طائرة|الطائرات|قوات|القوات|مدفعية|دبابات|بوارج|مسيرة|مسيرات|الجيش|جيش")
_ARMED_STRIKE = re.compile(r"^\s+(?:(?:" + _ARMED + r")\s+)?(?P<verb>" + _forms(
    "struck|hit|bombed|shelled|targeted|attacked|fired on|destroyed|قصفت|قصف|استهدفت|استهدف|ضربت|أغارت") + ")" + _E)
_STRIKE_BY_ARMED = re.compile(_W + "[وف]?(?P<verb>" + _forms("قصفت|قصف|استهدفت|استهدف|ضربت|أغارت|شنت|شن") + r")\s+(?:"
                       + _ARMED + r")\s*$")
#: A denial right after the actor's name (``Russia denied it struck``, ``نفت روسيا``).
_DENIAL_AFTER = re.compile(r"^\s+(?:" + _forms(
    "denied|denies|has denied|rejected|نفت|نفى|تنفي|ينفي") + r")(?:\s+(?:it|that it|any|responsibility))?" + _E)

#: Words that name the one who carried out an incident right before its name.
_AGENT_BEFORE = re.compile(_W + "(?:" + _forms(
    "caused by|carried out by|perpetrated by|committed by|نفذه|نفذها|ارتكبه|ارتكبها|تبنى|تبنت|تبناه|تبنته")
    + r")\s+(?:the\s+|a\s+|an\s+)?$")
#: Words after a name by which it claims an incident (``X claimed responsibility for``).
_CLAIMED = re.compile("(?:" + _forms(
    "claimed responsibility for|has claimed responsibility for|claimed the|أعلن مسؤوليته عن|أعلنت مسؤوليتها عن"
    "|يتبنى|تتبنى") + ")" + _E)
#: The one to blame, named right before (``X is to blame for``, ``X was not to blame``).
_TO_BLAME = re.compile(r"^\s+(?:is|was|are|were)\s+(?P<not>not\s+)?to\s+blame" + _E)
_RESPONSIBLE = re.compile(_W + "(?:" + _forms("مسؤولة عن|مسؤول عن|مسؤولا عن|responsible for") + ")" + _E)
#: The incident a cause belongs to must be named in its clause: an incident noun, or the
#: thing it hit (:data:`_TARGETS`).
_INCIDENT = re.compile(_W + "[وف]?(?:" + _forms(
    "انفجار|الانفجار|الهجوم|هجوم|تفجير|التفجير|مجزرة|المجزرة|blast|explosion|attack|bombing|killings"
    "|massacre") + ")" + _E)
#: What an incident hit, by kind: a cause of the strike on a school is not one of the blast at
#: a hospital (``incident:hospital``).
_TARGETS = {fold_word(w): kind for kind, words in {
    "hospital": "مستشفى المستشفى مستشفيات المستشفيات عيادة العيادة hospital hospitals clinic clinics",
    "school": "مدرسة المدرسة مدارس المدارس school schools",
    "market": "سوق السوق market",
    "mosque": "مسجد المسجد mosque",
    "church": "كنيسة الكنيسة church",
    "port": "مرفأ المرفأ ميناء الميناء port",
    "camp": "مخيم المخيم camp",
    "convoy": "قافلة القافلة convoy",
    "boat": "قارب القارب مركب المركب سفينة السفينة boat ship vessel",
    "depot": "مستودع المستودع depot warehouse",
    "building": "مبنى المبنى building",
}.items() for w in words.split()}
_NEGATION = re.compile(_W + "(?:" + _forms("not|no|never|لم|ليس|ليست|لا|غير") + ")" + _E + r"(?:\W+\w+){0,4}\W*$")
#: An accusation the outlet reports (``local officials blamed a drone strike for``,
#: ``ألقت الوزارة باللوم على``): one side's claim, not the outlet's account.
_ACCUSE = re.compile(_W + "[وف]?(?:" + _forms(
    "blamed|blames|blaming|accused|accuses|accusing|alleged|alleges|claimed|claims|باللوم|اتهم|اتهمت"
    "|يتهم|تتهم|زعم|زعمت|يزعم") + ")" + _E)
_BUT = re.compile(_W + "(?:" + _forms("بل|but|rather") + ")" + _E)
_CLAUSE = re.compile(r"[.!?؟;؛:\n]")


def roles_in(text: str) -> list[Role]:
    """The roles ``text`` gives an event (spans index ``text`` as given).

    The patterns read the folded text (:func:`crosscheck.claims._text.fold`); actor and
    place mentions are moved to its offsets, and each role back to the text's."""
    folded, _ = folded_tokens(text)
    pos = folded.pos

    def to_folded(offset: int) -> int:
        return bisect.bisect_left(pos, offset)

    actors = [_moved(a, to_folded) for a in actors_in(text)]
    places = [_moved(p, to_folded) for p in places_in(text)]
    low = folded.text
    found: list[Role] = []
    found += _requested(low, actors)
    found += _met_in(low, actors, places)
    found += _epicentre(low, places)
    found += _struck(low, places)
    found += _waters(low)
    found += _caused_by(low, actors)
    found += _happened_on(low)
    found += _controlled_by(low, actors)
    out = []
    for role in found:
        start, end = folded.span(role.start, role.end)
        out.append(Role(role.role, role.event, role.value, start, end, role.status, role.cue))
    return out


def _moved(mention, to_folded):
    """A mention with its offsets in the folded text."""
    changes = {"start": to_folded(mention.start), "end": to_folded(mention.end)}
    if isinstance(mention, ActorMention):
        changes["title_start"] = to_folded(mention.title_start)
    return replace(mention, **changes)


def _clause_of(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _CLAUSE.finditer(text) if m.end() <= at]
    ends = [m.start() for m in _CLAUSE.finditer(text) if m.start() >= at]
    return (starts[-1] if starts else 0), (ends[0] if ends else len(text))


#: Bodies whose meetings are asked for (the event of a ``requested_by`` role).
_MEETING_BODIES = frozenset({"un security council", "arab league", "nato"})


def _requested(low: str, actors: list[ActorMention]) -> list[Role]:
    """Who asked for a meeting the sentence names (of a body such as the Security Council)."""
    if not _MEETING_NOUN.search(low):
        return []
    body = next((a.actor_id for a in actors if a.actor_id in _MEETING_BODIES), None)
    event = f"meeting:{body}" if body else "meeting"
    out = []
    for actor in actors:
        if actor.actor_id in _MEETING_BODIES or actor.actor_id == "united nations":
            continue
        cue = _request_cue(low, actor)
        if cue:
            out.append(Role("requested_by", event, actor.actor_id, actor.start, actor.end, cue=cue))
    return out


def _request_cue(low: str, actor: ActorMention) -> str | None:
    """``بناء على طلب X``, ``at the request of X``; ``ودعت X إلى اجتماع``; ``X called for a
    meeting``: the words that make ``actor`` the one who asked, or None."""
    before = _REQUEST_BEFORE.search(low[max(0, actor.start - 40):actor.start])
    if before:
        return before.group(0).strip()
    verb = _REQUEST_VERB.search(low[max(0, actor.start - 12):actor.start])
    if verb and _MEETING_NOUN.search(low[actor.end:actor.end + 40]):
        return verb.group(0).strip()
    verb = _REQUEST_VERB.match(low[actor.end:].lstrip())
    if verb and not actor.adjective and _MEETING_NOUN.search(low[actor.end:actor.end + 60]):
        return verb.group(0)
    return None


def _met_in(low: str, actors: list[ActorMention], places: list[PlaceMention]) -> list[Role]:
    out = []
    for m in _MEETING_VERB.finditer(low):
        start, end = _clause_of(low, m.start())
        met = _met_actor(low, m, actors, end)
        if met is None:
            continue
        place = _place_before(low, m, places, start) or _place_after(low, m.end(), met, places, end)
        if place is not None:
            out.append(Role("met_in", f"meeting:{part_of(met.actor_id)}", place.id, place.start, place.end,
                            cue=m.group(0).strip()))
    return out


#: Arabic meeting verbs that take their object after مع or a glued ب (``اجتمع غوتيريش مع حفتر``,
#: ``اجتمع في طبرق برئيس المجلس``): the person right after the verb is its subject.
_MEET_WITH_VERBS = frozenset(fold_word(w) for w in "اجتمع اجتمعت واجتمع واجتمعت فاجتمع".split())
#: Arabic verbs with a direct object (``التقى الرئيس X الوزير Y``): a person right after the verb,
#: with only titles between, is its subject.
_MEET_VERBS = frozenset(fold_word(w) for w in "التقى التقت يلتقي والتقى والتقت".split())


def _met_actor(low: str, m: re.Match, actors: list[ActorMention], end: int) -> ActorMention | None:
    """The person met (``للقاء قائد الجيش، حفتر``, ``مع حفتر``, ``برئيس مجلس النواب ...
    عقيلة صالح``, ``met Haftar``): the first person within four words of where the object
    starts, skipping the subject that follows a verb."""
    verb = m.group(0).strip()
    with_ = _WITH_WORD.search(low[m.end():min(end, m.end() + 40)])
    glued = re.search(r"(?<!\w)ب\w+", low[m.end():min(end, m.end() + 40)])
    people = [a for a in actors if is_person(a.actor_id) and _lead(a) >= m.end() and a.start < end]
    if with_:
        begin = m.end() + with_.end()
    elif glued and verb in _MEET_WITH_VERBS:
        begin = m.end() + glued.start()
    elif verb in _MEET_WITH_VERBS:
        return None  # اجتمع with no object: a meeting of its subject's
    elif verb in _MEET_VERBS and people and all(is_title_word(w) for w in low[m.end():_lead(people[0])].split()):
        people = people[1:]  # التقى الرئيس X الوزير Y: X, right after the verb, is the subject
        if not people:
            return None
        begin = _lead(people[0])
    else:
        begin = m.end()
    for actor in people:
        if begin <= _lead(actor) and len(low[begin:_lead(actor)].split()) <= 4:
            return actor
    return None


def _lead(actor: ActorMention) -> int:
    """Where a mention starts, its title included."""
    return actor.title_start if actor.title else actor.start


def _place_before(low: str, m: re.Match, places: list[PlaceMention], start: int) -> PlaceMention | None:
    """``إلى الرجمة للقاء``: the destination right before the meeting word."""
    for place in reversed(places):
        between = low[place.end:m.start()]
        if start <= place.start and place.end <= m.start() and len(between.split()) <= 2 \
                and not any(mark in between for mark in "،,") \
                and _TO.search(low[max(0, place.start - 8):place.start]):
            return place
    return None


def _place_after(low: str, verb_end: int, met: ActorMention, places: list[PlaceMention],
                 end: int) -> PlaceMention | None:
    """``اجتمع غوتيريش في طبرق برئيس``, ``مع حفتر في بنغازي``: a place after ``في``/``in``
    between the meeting word and the person met, or at most four words after the person."""
    for place in places:
        between = verb_end <= place.start < met.start
        after = met.end <= place.start <= end and len(low[met.end:place.start].split()) <= 4
        if (between or after) and _IN.search(low[max(0, place.start - 8):place.start]):
            return place
    return None


def _epicentre(low: str, places: list[PlaceMention]) -> list[Role]:
    out = []
    for m in _EPICENTRE.finditer(low):
        _, end = _clause_of(low, m.end())
        after = [p for p in places if m.end() <= p.start < end and p.start - m.end() <= 40
                 and _IN.search(low[max(0, p.start - 12):p.start])]
        if after:
            place = after[0]
            start, _ = _clause_of(low, m.start())
            event = _later_event(low[max(0, start - 80):m.start()])
            out.append(Role("epicentre", event or "quake", place.id, place.start, place.end,
                            cue=m.group(0).strip()))
    return out


#: A quake that struck a place: the place is where it was centred when the gazetteer knows it
#: as a district or town inside a province (``a 6.1 quake struck Elbistan``); a country, a
#: region or a province it "hit" is only where it was felt.
_STRUCK = re.compile(_W + "(?:" + _forms(
    "quake|earthquake|tremor|temblor|زلزال|الزلزال|زلزالا|هزة|الهزة") + r")\s+(?:(?:that|which|الذي)\s+)?"
    + r"(?:had\s+)?(?:" + _forms("struck|hit|jolted|ضرب|هز") + ")" + _E + r"\s+")


def _struck(low: str, places: list[PlaceMention]) -> list[Role]:
    out = []
    for m in _STRUCK.finditer(low):
        place = next((p for p in places if p.start == m.end()), None)
        if place is not None and place.id in WITHIN:
            start, _ = _clause_of(low, m.start())
            event = _later_event(low[max(0, start - 80):m.start()])
            out.append(Role("epicentre", event or "quake", place.id, place.start, place.end,
                            cue=m.group(0).strip()))
    return out


def _later_event(before: str) -> str | None:
    """``quake:second`` when the words before name another occurrence (``the second quake
    was centred``), read as a magnitude's event is (:func:`crosscheck.claims.reporting.reporting_of`)."""
    event = reporting_of(before, "", None).event
    return f"quake:{event}" if event else None


def _waters(low: str) -> list[Role]:
    out = []
    for m in _WATERS.finditer(low):
        start, _ = _clause_of(low, m.start())
        if not _SINKING.search(low[start:m.start()]):
            continue
        zone = "territorial" if (m.group(1) or fold_word("الإقليمية") in m.group(0)) else "international"
        out.append(Role("waters", "sinking", f"waters:{zone}", m.start(), m.end(), cue=m.group(0)))
    return out


def _caused_by(low: str, actors: list[ActorMention]) -> list[Role]:
    """Who caused the incident the actor's clause names (``incident``, or ``incident:<kind>``
    when the clause names what it hit)."""
    out = []
    for actor in actors:
        cue = _cause_cue(low, actor)
        if cue is None:
            continue
        start, end = _clause_of(low, actor.start)
        clause = low[start:end]
        target = next((_TARGETS[w] for w in re.findall(r"\w+", clause) if w in _TARGETS), None)
        if target is None and not _INCIDENT.search(clause):
            continue
        before = low[max(0, actor.start - 40):actor.start]
        denied = _denied(before) != cue.startswith("not ")
        blamed = _ACCUSE.search(low[start:actor.start]) or _BLAME_ON.search(before)  # blame laid on X
        status = "alleged" if blamed else "denied" if denied else "asserted"
        event = f"incident:{target}" if target else "incident"
        out.append(Role("caused_by", event, actor.actor_id, actor.start, actor.end, status, cue))
    return _longest(out)


#: Incident nouns a weekday may be tied to (``the blast on Tuesday``, ``الانفجار الذي وقع الثلاثاء``).
_EVENT_NOUN = _forms(
    "blast|explosion|explosions|strike|airstrike|air raid|raid|attack|bombing|quake|earthquake|shipwreck"
    "|sinking|capsized|sank|انفجار|الانفجار|الهجوم|هجوم|غارة|الغارة|قصف|القصف|الزلزال|زلزال|غرق|التفجير|تفجير")
_WEEKDAY = _forms("monday|tuesday|wednesday|thursday|friday|saturday|sunday|الاثنين|الإثنين|الثلاثاء"
                  "|الأربعاء|الخميس|الجمعة|السبت|الأحد")
_WEEKDAY_NUMBER = {fold_word(w): n for n, words in enumerate((
    "monday الاثنين الإثنين", "tuesday الثلاثاء", "wednesday الأربعاء", "thursday الخميس",
    "friday الجمعة", "saturday السبت", "sunday الأحد")) for w in words.split()}
_DAY_LEAD = r"(?:on\W+|يوم\W+|مساء\W+|صباح\W+|فجر\W+|ليلة\W+|ليل\W+|late\W+(?:on\W+)?|early\W+(?:on\W+)?)?"
_EVENT_THEN_DAY = re.compile(_W + "[وف]?(?:" + _EVENT_NOUN + ")" + _E + r"(?P<between>(?:\W+\w+){0,8}?)\W+"
                      + _DAY_LEAD + "(?P<day>" + _WEEKDAY + ")" + _E)
_DAY_THEN_EVENT = re.compile(_W + "(?P<day>" + _WEEKDAY + r")(?:['’]s)?(?P<between>(?:\W+(?:" + _forms(
    "evening|morning|night|afternoon|an|a|the") + r"))*)\W+(?:" + _EVENT_NOUN + ")" + _E)
#: Words that tie a weekday to something else than the incident (``the toll rose on Wednesday``,
#: ``officials said on Wednesday``).
_NOT_THE_EVENT = re.compile(_W + "(?:" + _forms(
    "rose|risen|climbed|toll|said|says|announced|told|reported|visited|حصيلة|الحصيلة|ارتفع|ارتفعت|قال|قالت"
    "|أعلن|أعلنت|أفاد|أفادت|ذكرت|ذكر|زار") + ")" + _E)
#: Parts of a day that reach over midnight: such a day and the next may be one night.
_NIGHT = re.compile(_W + "(?:" + _forms("late|night|overnight|early|dawn|ليلة|ليل|فجر|متأخر") + ")" + _E)


def _happened_on(low: str) -> list[Role]:
    """The weekday the sentence ties to an incident: right after its noun or verb (``the blast
    that shook the depot on Friday``, ``الانفجار الذي وقع الأحد``) or right before it (``On
    Friday evening, an explosion``, ``Thursday's blast``: only a part of the day or an article
    between), nothing about a toll or a statement between. The value is ``weekday:N`` (0 =
    Monday), with ``:night`` when the words around the day reach over midnight (``late on
    Sunday``, ``فجر الاثنين``)."""
    out = []
    for pattern in (_EVENT_THEN_DAY, _DAY_THEN_EVENT):
        for m in pattern.finditer(low):
            if _NOT_THE_EVENT.search(m.group("between")):
                continue
            around = low[max(0, m.start("day") - 14):m.end("day") + 10]
            night = ":night" if _NIGHT.search(around) else ""
            number = _WEEKDAY_NUMBER[m.group("day")]
            start, end = _clause_of(low, m.start())
            target = next((_TARGETS[w] for w in re.findall(r"\w+", low[start:end]) if w in _TARGETS), None)
            out.append(Role("happened_on", f"incident:{target}" if target else "incident",
                            f"weekday:{number}{night}", m.start("day"), m.end("day"), cue=m.group(0).strip()))
    return out


#: Words that put an area under the one named right after them (``المناطق الخاضعة لسيطرة X``,
#: ``areas held by X``); a few words may come between (``الخاضعة لجيش دولة X``).
_HELD_BY = re.compile(_W + "(?:(?:" + _forms("الخاضعة|الخاضع|الخاضعين|الواقعة|الواقع") + r")\s+(?:" + _forms(
    "تحت") + r"\s+)?ل?\w*|" + _forms("تحت سيطرة|تسيطر عليها|يسيطر عليها|يسيطر عليه|held by|controlled by|run by"
    "|under the control of|in the hands of") + ")" + _E + r"(?P<between>(?:\s+\w+){0,3}?)\s+")
#: Most characters between the end of :data:`_HELD_BY` and the name it puts the area under.
_HELD_REACH = 25


def _controlled_by(low: str, actors: list[ActorMention]) -> list[Role]:
    """Who holds the area the sentence speaks of: the first actor named right after words
    that put an area under someone (``القرى الخاضعة لسيطرة قوات المعارضة``, "areas
    held by rebel forces"). The area is told apart by the figures counted there, when
    compared (:func:`crosscheck.compare.roles.placed_areas`)."""
    out = []
    for m in _HELD_BY.finditer(low):
        after = [a for a in actors if m.start("between") <= a.start <= m.end() + _HELD_REACH]
        if after:
            actor = min(after, key=lambda a: a.start)
            out.append(Role("controlled_by", "area", actor.actor_id, actor.start, actor.end, cue=m.group(0).strip()))
    return out


def _cause_cue(low: str, actor: ActorMention) -> str | None:
    """The words that make ``actor`` the one who struck, or None."""
    after = low[actor.end:actor.end + 30]
    before = low[max(0, actor.start - 45):actor.start]
    weapon_after = re.match(r"^(?:\s+\w+){0,2}?\s*(" + _WEAPON.pattern + ")", after)
    if weapon_after and actor.start == actor.title_start:  # Israeli airstrike, Palestinian ... rocket
        return weapon_after.group(1)
    weapon_before = re.search("(" + _WEAPON.pattern + r")(?:\s+\w+){0,1}\s*$", before)
    if weapon_before and actor.adjective:  # ضربة صاروخية إسرائيلية
        return weapon_before.group(1)
    fired = re.search("(" + _WEAPON.pattern + r")(?:\s+\w+)?\s+" + _FIRED_BY.pattern + r"(?:\s+\w+)?\s*$", before)
    if fired and not actor.adjective:  # a shell fired by X, قذيفة أطلقتها قوات X
        return fired.group(1)
    weapon_from = _WEAPON_FROM.search(before)
    if weapon_from:  # a rocket launch by X, a rocket misfired by X, صاروخ ... من X
        return weapon_from.group(1)
    responsible_is = _RESPONSIBLE_IS.search(before)
    if responsible_is and not actor.adjective:  # the one responsible ... is X
        return responsible_is.group(0).strip()
    blame_on = _BLAME_ON.search(before)
    if blame_on and not actor.adjective:  # ألقت الوزارة مسؤولية الهجوم على X
        return blame_on.group(0).strip()
    agent = _AGENT_BEFORE.search(before)
    if agent and not actor.adjective:  # the attack was carried out by X, الهجوم الذي نفذه X
        return agent.group(0).strip()
    claimed = _CLAIMED.match(after.lstrip())
    if claimed and not actor.adjective:  # X claimed responsibility for the attack, تبنى X
        return claimed.group(0)
    armed = _ARMED_STRIKE.match(after)
    if armed:  # Israeli warplanes struck, Russian forces shelled
        return armed.group("verb")
    armed = _STRIKE_BY_ARMED.search(before)
    if armed and actor.adjective:  # قصفت طائرات روسية
        return armed.group("verb")
    denial = _DENIAL_AFTER.match(after)
    if denial and not actor.adjective:  # Russia denied it struck the hospital
        return "not " + denial.group(0).strip()
    verb = _STRUCK_VERB.match(after.lstrip()) or re.match(r"^\s+\w+\s+(" + _STRUCK_VERB.pattern + ")", after)
    if verb and not actor.adjective:  # جيش الاحتلال الإسرائيلي قصف
        return verb.group(0).strip()
    to_blame = _TO_BLAME.match(after)
    if to_blame and not actor.adjective:  # X is to blame for the blast
        return ("not " if to_blame.group("not") else "") + "to blame"
    responsible = _RESPONSIBLE.search(low[actor.end:actor.end + 30])
    if responsible:
        between = low[actor.end:actor.end + responsible.start()]
        negated = re.search(_W + "(?:" + _forms("لم|ليس|ليست|لا|not|never|no") + ")" + _E, between)
        return ("not " if negated else "") + responsible.group(0)
    return None


def _denied(before: str) -> bool:
    """A negation just before the actor, not undone by ``بل``/``but``."""
    negation = _NEGATION.search(before)
    return bool(negation) and not _BUT.search(before[negation.start():])


def _longest(roles: list[Role]) -> list[Role]:
    """One role per overlapping stretch (``جيش الاحتلال الإسرائيلي`` names one actor twice)."""
    out: list[Role] = []
    for role in roles:
        if out and role.start - out[-1].end <= 2 and role.value == out[-1].value:
            continue
        out.append(role)
    return out


def role_text(text: str, role: Role) -> str:
    """The filler as written, lightly normalised."""
    return light(text[role.start:role.end])

