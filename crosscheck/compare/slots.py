"""When two claims state the same slot: the same measured thing, scope, event and moment.

Two claims are compared only when their slot matches (:func:`comparable`): the same claim
type and event (a second quake's magnitude is not the first's); for casualties the same
attribute (killed, wounded, rescued...) and compatible people counted; for counts the same
counted thing in the same state (destroyed, damaged: its ``attribute``; a duration only between sentences of one group, or two sentences whose other
figures were compared: :func:`is_duration`); for distances the same place measured, the same reference point and no
opposite direction; the same unit dimension; no different scope (the finest places of the
clause that share nothing: Derna against eastern Libya, Hatay against Turkey; a figure without
a place is about the story's own places); and articles published at most
``ComparisonRule.max_days_apart`` apart. Claims of one article are never compared. Only
figures an outlet asserts are compared (:func:`is_compared`), and a figure of a past year
only with figures of that year (:func:`past_year`).
"""
from __future__ import annotations

from dataclasses import replace

from ..claims._containment import COUNTRY_OF, COUNTRIES, inside
from ..claims._gazetteer import COUNTRY_NAMES
from ..claims._context import PART
from ..claims.concepts import DURATIONS, is_thing
from ..claims.places import places_in
from ..models import Claim, published_date
from ..text.normalize import normalize
from ..text.translit import same_name
from ..claims._lexicon import KM_IN, MATERIAL_UNITS, PART_GROUPS
from .intervals import _interval
from .rule import CHANGING_TYPES, EVENT_TYPES, GROUP_ONLY_TYPES, ComparisonRule


_COMBATANTS = frozenset({"soldiers", "fighters", "officers", "members", "mercenaries"})


_CAPITAL_WORDS = frozenset(normalize(w) for w in ("العاصمة", "العاصمه", "capital", "the capital"))


_GENERIC_PLACE_WORDS = frozenset(normalize(w) for w in (
    "نقطة تفتيش نقطه حاجز أمني امني عسكري العسكري الأمني بوابة checkpoint security military"
    " قرية قريه village").split())


_KINDS = {normalize(k): v for k, v in {
    "نقطة": "checkpoint", "حاجز": "checkpoint", "checkpoint": "checkpoint",
    "قرية": "village", "village": "village", "بلدة": "town", "town": "town",
}.items()}


def comparable(a: Claim, b: Claim, rule: ComparisonRule = ComparisonRule(),
               same_group: bool = False, story_places: frozenset[str] = frozenset()) -> bool:
    """Do ``a`` and ``b`` state the same slot, so that their values can be compared?

    ``story_places``: the places most of the story's articles name (:func:`story_places`);
    a figure that names no place is about them."""
    if a.article == b.article or a.claim_type != b.claim_type or a.event != b.event:
        return False
    if _days_apart(a, b) > rule.max_days_apart:
        return False
    if _dimension(a.unit) != _dimension(b.unit):
        return False
    if a.claim_type in EVENT_TYPES:
        return a.claim_type != "magnitude" or _one_event(a, b)
    if a.claim_type == "distance":
        return _same_distance_slot(a, b, same_group)
    if _different_scope(a.scope, b.scope, story_places):
        return False
    if a.claim_type == "casualties":
        return a.attribute == b.attribute and _who_compatible(a.who, b.who)
    if a.claim_type == "count" and not _same_counted(a, b):
        return False
    if is_duration(a):
        return same_group
    if a.claim_type == "count" and is_thing(a.concept):
        return True
    if _physical(a.unit):
        return _same_material(a.counted, b.counted)
    if a.claim_type in GROUP_ONLY_TYPES:
        return same_group or bool(_specific(a.place_ids) & _specific(b.place_ids))
    return False


#: Agencies' magnitudes of one quake differ by tenths (6.8 against 7.1), the seismic
#: estimates of one blast by up to about a unit (3.1 against 4.2); each unit is some thirty
#: times the energy, so magnitudes further apart are two events (an aftershock written as "a
#: new quake") whatever the words around them say.
MAX_MAGNITUDE_GAP = 1.5


def _one_event(a: Claim, b: Claim) -> bool:
    """Can two magnitudes be of one event (at most :data:`MAX_MAGNITUDE_GAP` apart)?"""
    (low_a, high_a), (low_b, high_b) = _interval(a), _interval(b)
    return max(low_a, low_b) - min(high_a, high_b) <= MAX_MAGNITUDE_GAP


def _same_material(a: str | None, b: str | None) -> bool:
    """Can two amounts be of one material? Not when both name it in one script with no word
    in common (20 tonnes of food against 2,800 tonnes of medicines); "نترات الأمونيوم" and
    "مادة نترات الأمونيوم" share one, and an amount that names none, or names it in the
    other language, may be of any."""
    if not a or not b or _script(a) != _script(b):
        return True
    return bool(_content_words(a) & _content_words(b))


def _content_words(material: str) -> set[str]:
    return {word.removeprefix("ال") for word in material.split()}


def is_duration(claim: Claim) -> bool:
    """A count of days, months or years ("for six years", "a ten-day camp"): compared only
    with one of a sentence that states the same thing (``same_group`` in :func:`comparable`)."""
    return claim.claim_type == "count" and claim.concept in DURATIONS


def _physical(unit: str | None) -> bool:
    """A quantity in a unit of some material (tonnes, kilograms, cubic metres, barrels): the
    unit says what is measured, so nearby sentences that give one are compared. An area or
    hectares say less (a village's 1,500 square metres, a festival ground's 50,000): compared
    as other amounts are, in one sentence group or at one named place."""
    return unit in MATERIAL_UNITS


def _specific(place_ids: tuple[str, ...]) -> set[str]:
    """Places finer than a country (a city, a province, a named dam): two figures that name the
    same country may still measure different things."""
    return {p for p in place_ids if p in COUNTRY_OF or not _is_gazetteer(p)}


def is_compared(claim: Claim) -> bool:
    """Only figures an outlet asserts are compared: not a withdrawn or denied figure or a
    projection. An earlier figure is (as an update); a figure of another event is, but only
    with figures of that same past year (:func:`past_year`), never with this event's."""
    if claim.status != "asserted":
        return False
    return claim.time_role in ("current", "earlier") or past_year(claim) is not None


def past_year(claim: Claim) -> str | None:
    """The past year a background figure is dated by (``1999``), None for others."""
    if claim.time_role == "background" and claim.cue and claim.cue.isdigit():
        return claim.cue
    return None


def _settle_earlier(claims: list[Claim]) -> list[Claim]:
    """A figure worded as earlier (``في وقت سابق اليوم``) is the article's current one when the
    article gives no other figure of the same slot: it is earlier than the report, not than
    another figure."""
    current = {(c.article, _slot_key(c)) for c in claims if c.time_role != "earlier"}
    return [replace(c, time_role="current") if c.time_role == "earlier" and (c.article, _slot_key(c)) not in current
            else c for c in claims]


def _days_apart(a: Claim, b: Claim) -> int:
    da, db = published_date(a.published), published_date(b.published)
    return abs((da - db).days) if da and db else 0


def _dimension(unit: str | None) -> str | None:
    return "length" if unit in KM_IN else unit


#: People held by one side or the other: hostages and prisoners are never compared with each
#: other (24 hostages freed are no rival to 60 prisoners released in exchange), and an
#: article that gives both lists no figures of one slot; with other counts of people they are.
_HELD = frozenset({"hostages", "prisoners"})


def _who_class(who: str | None) -> str:
    if who in _COMBATANTS:
        return "combatants"
    return who if who in PART_GROUPS or who in _HELD else "any"


def _who_compatible(a: str | None, b: str | None) -> bool:
    """Soldiers and fighters are both combatants; an unspecified count (people, migrants,
    refugees) is not compared with civilians, children, women or police (those are a part
    of it, not the same figure); a part named as such ("ستة من الشهداء") with nothing;
    hostages not with prisoners (:data:`_HELD`)."""
    if PART in (a, b):
        return False  # "six of the dead": which part, of which total, is not said
    ca, cb = _who_class(a), _who_class(b)
    if {ca, cb} == _HELD:
        return False  # hostages freed are no rival to prisoners released for them
    ca, cb = ("any" if c in _HELD else c for c in (ca, cb))  # else people, as any count of people
    return ca == cb or {ca, cb} == {"any", "combatants"}


def _same_counted(a: Claim, b: Claim) -> bool:
    """The same thing counted in the same state (destroyed homes never meet damaged ones)."""
    return a.concept is not None and a.concept == b.concept and a.attribute == b.attribute


def _script(place_id: str) -> str:
    return "latin" if place_id.isascii() else "arabic"


_DIRECTIONS = frozenset({"north", "south", "east", "west", "north-east", "north-west",
                         "south-east", "south-west"})


def _is_gazetteer(place_id: str) -> bool:
    """``derna`` and ``libya:east`` are gazetteer ids; ``dam:abu mansour`` is a local name."""
    return ":" not in place_id or place_id.split(":", 1)[1] in _DIRECTIONS


def _different_scope(a: tuple[str, ...], b: tuple[str, ...], story_places: frozenset[str] = frozenset()) -> bool:
    """Do two claims name places that cannot be the same scope (Derna / eastern Libya)?

    Gazetteer places are compared across languages; other names (``dam:abu mansour``) only
    with names in the same script. A claim that names no place is about the whole story: it
    is another scope than a province or a city (Hatay against a national toll), unless that
    place is the story's own (Derna in a story about Derna).
    """
    if not a or not b:
        placed = a or b
        return _local(placed) and not set(placed) & story_places
    ga, gb = {p for p in a if _is_gazetteer(p)}, {p for p in b if _is_gazetteer(p)}
    if ga and gb and not ga & gb:
        return True
    for script in ("arabic", "latin"):
        la = {p for p in a if not _is_gazetteer(p) and _script(p) == script}
        lb = {p for p in b if not _is_gazetteer(p) and _script(p) == script}
        if la and lb and not la & lb:
            return True
    return _settlement_apart(ga, b) or _settlement_apart(gb, a)


#: Kinds of local names that are a scope of their own: a settlement or a zone, not a
#: building or a site (a hospital's toll is its city's incident's).
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "province", "district", "area", "region"})


def _settlement_apart(gazetteer: set[str], other: tuple[str, ...]) -> bool:
    """Is ``other``, which names no gazetteer place, a settlement or zone (``area:الشعب``)
    while the gazetteer places are finer than a country (``baghdad``)? Then it is another
    scope: another place, or a part of that one (a district's toll is not the city's)."""
    return (bool(gazetteer) and not any(_is_gazetteer(p) for p in other)
            and any(p.split(":")[0] in _SETTLEMENT_KINDS for p in other)
            and not all(p.split(":")[0] in COUNTRY_NAMES for p in gazetteer))


def _local(scope: tuple[str, ...]) -> bool:
    """A scope inside a country (a province, a city): not the scope of a figure that names no
    place, which news gives for the whole event."""
    return bool(scope) and all(p in COUNTRY_OF or not _is_gazetteer(p) for p in scope)


def _same_distance_slot(a: Claim, b: Claim, same_group: bool) -> bool:
    """The same place measured from the same reference, in no opposite direction.

    The place measured counts only when it is a place (:func:`_named_place`: "Cyprus", not
    "the incident" or "buildings"). Two distances that name no place measured are the
    event's own position: compared when both name the same reference town ("40 km
    west of Marsala" / "على بعد 45 كيلومترا غرب مرسالا"), else only inside a
    sentence group.
    """
    if a.direction and b.direction and a.direction != b.direction:
        return False
    place_a, place_b = _named_place(a.place), _named_place(b.place)
    if place_a and place_b:
        return _same_place(a.place, b.place) and same_reference(a.reference, b.reference)
    if place_a or place_b:
        return False
    if a.reference and b.reference:
        return same_reference(a.reference, b.reference)
    return same_group and not (a.reference or b.reference)


def _named_place(place: str | None) -> bool:
    """Is the place measured a place: a gazetteer place, a named one after a head word, or a
    place of a kind (``نقطة تفتيش``, ``قرية``)?"""
    return bool(place) and (bool(places_in(place)) or _kind(place) is not None)


def same_reference(a: str | None, b: str | None) -> bool:
    """Do two distances' reference points name one place (or does one name none, or lie one
    inside the other)?"""
    if a is None or b is None:
        return True
    na, nb = normalize(a), normalize(b)
    if na == nb or na in _CAPITAL_WORDS or nb in _CAPITAL_WORDS:
        return True
    ia, ib = {p.id for p in places_in(a)}, {p.id for p in places_in(b)}
    within = any(inside(x, y) or inside(y, x) for x in ia for y in ib)  # Pylos, the Peloponnese
    return bool(ia & ib) or within or same_name(_bare(a), _bare(b))


def _bare(name: str) -> str:
    """A reference without its head word (``بلدة مرسالا`` -> ``مرسالا``, ``the town of Marsala``)."""
    words = [w for w in normalize(name).split() if w not in _REFERENCE_HEADS]
    return " ".join(words)


_REFERENCE_HEADS = frozenset(normalize(w) for w in (
    "مدينة المدينة بلدة البلدة قرية منطقة جزيرة شبه ميناء the town city village port of island"
    " peninsula").split())


def _kind(place: str) -> str | None:
    """``checkpoint`` for ``نقطة تفتيش`` or ``حاجز جسر 27``; None when no kind word leads."""
    first = normalize(place).split()[0] if normalize(place) else ""
    return _KINDS.get(first)


def _is_generic(place: str) -> bool:
    return all(w in _GENERIC_PLACE_WORDS for w in normalize(place).split())


def _same_place(a: str, b: str) -> bool:
    """Same name, or a generic place (``نقطة تفتيش``) and a named one of the same kind."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    ia, ib = {p.id for p in places_in(a)}, {p.id for p in places_in(b)}
    if ia & ib:
        return True
    if _is_generic(a) or _is_generic(b):
        return _kind(a) is not None and _kind(a) == _kind(b)
    return False


def _slot_key(claim: Claim) -> tuple:
    """Claims with different keys are never :func:`comparable` (a count only meets a count of
    the same counted thing, a figure of 1999 one of 1999), so only claims of one key are paired."""
    counted = claim.concept if claim.claim_type == "count" else None
    return claim.claim_type, claim.attribute, _dimension(claim.unit), counted, past_year(claim)


#: Share of a story's articles that must name a place for it to be the story's own place.
STORY_PLACE_SHARE = 0.5


def story_places(claims: list[Claim], story_of) -> dict[str | None, frozenset[str]]:
    """The places each story's figures are about when they name none: places that figures of
    at least ``STORY_PLACE_SHARE`` of the story's articles (two at least) name, and that no
    article of the story gives as a part (:func:`_parts_named`)."""
    articles: dict[str | None, set[str]] = {}
    naming: dict[str | None, dict[str, set[str]]] = {}
    for claim in claims:
        story = story_of(claim)
        articles.setdefault(story, set()).add(claim.article)
        if claim.claim_type in EVENT_TYPES:
            continue  # where a quake struck is its epicentre, not the scope of a figure
        for place in claim.scope:
            naming.setdefault(story, {}).setdefault(place, set()).add(claim.article)
    parts = _parts_named(claims, story_of)
    return {story: frozenset(p for p, named in naming.get(story, {}).items()
                             if len(named) >= max(2, STORY_PLACE_SHARE * len(members))
                             and (story, p) not in parts)
            for story, members in articles.items()}


def _parts_named(claims: list[Claim], story_of) -> set[tuple[str | None, str]]:
    """``(story, place)`` where one article gives a current figure of one slot both for the
    place and, higher, for no place (1,293 dead in a province, 2,012 in all): the article
    itself tells the place from a whole it is part of, so the place is a part of the story,
    not the place its unplaced figures are about. A lower unplaced figure (2 more dead
    elsewhere) says nothing of the kind."""
    placed: dict[tuple, set[tuple[str, float]]] = {}
    unplaced: dict[tuple, set[float]] = {}
    for claim in claims:
        if claim.claim_type in EVENT_TYPES or claim.value is None or claim.time_role != "current" \
                or claim.status != "asserted" or claim.who == "part":
            continue
        key = (story_of(claim), claim.article, _slot_key(claim))
        if claim.scope:
            placed.setdefault(key, set()).update((p, claim.value) for p in claim.scope)
        else:
            unplaced.setdefault(key, set()).add(claim.value)
    return {(key[0], place) for key, values in placed.items() for place, value in values
            if any(whole > value for whole in unplaced.get(key, ()))}


def several_countries(claims: list[Claim], story_of) -> set[str | None]:
    """Stories whose changing figures name places in two countries or more (each named by
    two articles at least): a toll there may be one country's, or one side's, without saying
    so, so a body's lower figure may be of another scope than a higher one."""
    naming: dict[str | None, dict[str, set[str]]] = {}
    for claim in claims:
        if claim.claim_type not in CHANGING_TYPES:
            continue
        for place in claim.scope:
            country = COUNTRY_OF.get(place, place if place in COUNTRIES else None)
            if country:
                naming.setdefault(story_of(claim), {}).setdefault(country, set()).add(claim.article)
    return {story for story, countries in naming.items()
            if sum(len(named) >= 2 for named in countries.values()) >= 2}
