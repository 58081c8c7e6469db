"""Role claims -> contradictions and agreements on who, where and on whose request; framing
claims -> how each outlet names an actor.

Role claims (:mod:`crosscheck.claims.roles`) are compared within one story when they give the
same role of the same event (``requested_by`` of ``meeting:un security council``). Meetings
recur, so two meeting roles are compared only when published at most ``MEETING_WINDOW_DAYS``
apart; a quake's centre or a blast's cause does not change.

A role of another event (a past year in its clause: "the 2014 strike on the same hospital")
is not compared. Each outlet takes one **position** per role: the fillers it states in its own voice, else the
ones it reports from a source. An accusation it reports (``status == "alleged"``: "officials
blamed an Israeli airstrike") is one side's claim, not its position. An outlet whose position
holds two fillers that conflict reports both versions ("X said..., Y denied") and is in conflict
with neither.

Two fillers conflict when they name different actors (not one a part of the other: Islamic
Jihad is Palestinian), when one asserts what the other denies ("an Israeli strike" against
"not an Israeli strike"), or when they name different places; a place inside another
(Pazarcik in Kahramanmaras, a province in its country) is the same place said more finely. A
town next to the other (Rajma by Benghazi) is a difference of low severity; two places of one
country are of medium severity; two countries, two parties blamed or two requesters are high.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from dataclasses import replace

from ..claims._containment import COUNTRIES, NEAR, country_of, inside, near
from ..claims.actors import same_side
from ..claims.places import places_in
from ..claims.roles import ROLE_TYPES
from ..models import Claim, Finding, published_date
from .intervals import overlap
from .sets import _components
from .slots import _slot_key, same_reference

#: The roles compared here (:data:`crosscheck.claims.roles.ROLE_TYPES`).
ROLES = frozenset(ROLE_TYPES)
#: Roles of events that recur (a meeting): compared only within this many days.
MEETING_WINDOW_DAYS = 2
_RECURRING = frozenset({"met_in", "requested_by"})
#: Roles compared pair by pair (:func:`day_findings`): a story may hold several incidents on
#: several days, so two days are compared only for one incident.
_PAIRWISE = frozenset({"happened_on"})
SEVERITIES = ("low", "medium", "high")
_QUESTIONS = {
    "requested_by": "who asked for the meeting{of}",
    "met_in": "where the meeting{with_} took place",
    "epicentre": "where the quake was centred",
    "waters": "in whose waters the boat sank",
    "caused_by": "who caused the incident",
    "happened_on": "the day of the incident",
    "controlled_by": "who holds the area{of}",
}


def role_findings(claims: list[Claim], story_of) -> list[Finding]:
    """A contradiction (with a ``severity``) or an agreement for each role of an event that
    two or more outlets fill.

    Args:
        claims: All claims of the run; role claims are picked out.
        story_of: The story of a claim (None when stories are not known).
    """
    positions = _role_buckets(claims, story_of, lambda c: c.attribute not in _PAIRWISE and c.status != "alleged")
    out = []
    for (_, _, role, _, _), items in positions.items():
        for window in _windows(items, role):
            finding = _role_finding(window)
            if finding is not None:
                out.append(finding)
    return out


def _role_buckets(claims: list[Claim], story_of, keep) -> dict[tuple, list[Claim]]:
    """The current role claims ``keep`` accepts, by story, role and event (a cause of "the
    blast" with the causes of each target: :func:`_with_unnamed_targets`)."""
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if is_role(claim) and claim.time_role == "current" and keep(claim):
            buckets[(story_of(claim), claim.claim_type, claim.attribute, claim.counted, claim.event)].append(claim)
    return _with_unnamed_targets(buckets)


def placed_areas(roles: list[Claim], figures: list[Claim], story_of) -> list[Claim]:
    """``roles`` with each ``controlled_by`` role's area told by the tolls of its sentence:
    tolls of one story and slot that give one figure, or come from one body, count one area's
    people (the 1,730 dead that two outlets give, the White Helmets' later 2,168), and so do
    the tolls of one sentence that puts one area under someone (its dead and its wounded); the
    roles of their sentences say who holds that area (event ``area:<its first toll>``). A
    role whose sentence gives no toll, or tolls of two areas, is left out: which area it
    speaks of is not told."""
    held = [r for r in roles if r.attribute == "controlled_by"]
    if not held:
        return roles
    stories = {story_of(r) for r in held}
    tolls = [f for f in figures if f.claim_type == "casualties" and f.value is not None and story_of(f) in stories]
    holders = Counter((r.article, r.sentence) for r in held)
    links = {(a, b) for same in _one_area(tolls, story_of, holders).values() for a, b in itertools.pairwise(same)}
    area_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    for members in _components(len(tolls), links | {(i, i) for i in range(len(tolls))}):  # a lone toll too
        first = min((tolls[i] for i in members), key=lambda f: (f.published or "", f.value))
        for i in members:
            area_of[(tolls[i].article, tolls[i].sentence)].add(f"area:{first.value:g} {first.attribute}")
    placed = []
    for role in held:
        areas = area_of.get((role.article, role.sentence), set())
        if len(areas) == 1:
            placed.append(replace(role, counted=areas.pop()))
    return [r for r in roles if r.attribute != "controlled_by"] + placed


def _one_area(tolls: list[Claim], story_of, holders: Counter) -> dict[tuple, list[int]]:
    """Positions of tolls that count one area's people, by what they share: one story and
    slot and one figure, or one body; or one sentence that puts at most one area under
    someone (its dead and its wounded)."""
    shared: dict[tuple, list[int]] = defaultdict(list)
    for n, toll in enumerate(tolls):
        slot = (story_of(toll), _slot_key(toll))
        shared[("figure", slot, toll.value)].append(n)
        for body in toll.source_ids:
            shared[("body", slot, body)].append(n)
        if holders[(toll.article, toll.sentence)] <= 1:
            shared[("sentence", toll.article, toll.sentence)].append(n)
    return shared


def cause_findings(claims: list[Claim], story_of) -> list[Finding]:
    """An agreement for each party that two or more outlets name as the cause of one incident
    and that one of them reports as a party's account: an accusation it quotes ("officials
    blamed a drone strike", ``status == "alleged"``) or a cause it attributes ("according
    to the army, a misfired rocket"). :func:`role_findings` compares the outlets' own
    positions and leaves those accounts out; this tells which account each outlet carries, so
    an outlet that quotes both sides appears in both agreements. A party and a part of it
    (Islamic Jihad, Palestinian) are one party; a denied cause names no one."""
    causes = _role_buckets(claims, story_of, lambda c: c.attribute == "caused_by" and c.status != "denied")
    out = []
    for items in causes.values():
        for party in _parties(items):
            if len({c.outlet for c in party}) > 1 and any(_reported(c) for c in party):
                out.append(Finding("", "agreement", party[0].claim_type, None, tuple(party),
                                   f"the outlets name the same party as the cause, in their own voice or "
                                   f"as an account they report: {_accounts(party)}", "same party named as the cause"))
    return out


def _accounts(claims: list[Claim]) -> str:
    """Each outlet's naming of the party and on whose word: ``"Russian" (Outlet A: an
    accusation it reports)``, ``"Hezbollah" (Outlet B: according to the army)``, ``(Outlet C:
    own voice)``."""
    def voice(claim: Claim) -> str:
        if claim.status == "alleged":
            return "an accusation it reports"
        return f"according to {claim.source}" if claim.source else "own voice"
    return "; ".join(f'"{c.text}" ({c.outlet}: {voice(c)})' for c in claims)


def _parties(claims: list[Claim]) -> list[list[Claim]]:
    """The claims grouped by the party they name (one side: :func:`same_side`)."""
    parties: list[list[Claim]] = []
    for claim in claims:
        home = next((p for p in parties if all(same_side(filler(claim), filler(c)) for c in p)), None)
        if home is None:
            parties.append([claim])
        else:
            home.append(claim)
    return parties


def _reported(claim: Claim) -> bool:
    """A cause the outlet reports as someone's account: an accusation, or attributed."""
    return claim.status == "alleged" or bool(claim.source)


def is_role(claim: Claim) -> bool:
    """Is ``claim`` a role of an event (``attribute`` one of :data:`ROLES`)?"""
    return claim.attribute in ROLES and claim.claim_type == ROLE_TYPES[claim.attribute]


def _with_unnamed_targets(buckets: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """A cause given for "the blast" (``incident``) is compared with the causes given for each
    thing the story's incidents hit (``incident:hospital``, ``incident:school``); causes of
    two different targets are not compared. A cause with no target alone stays as it is."""
    out = dict(buckets)
    for key, items in buckets.items():
        story, claim_type, role, event, occurrence = key
        if event and event.startswith("incident:"):
            generic = buckets.get((story, claim_type, role, "incident", occurrence), [])
            out[key] = items + generic
            out.pop((story, claim_type, role, "incident", occurrence), None)
    return out


def _windows(claims: list[Claim], role: str) -> list[list[Claim]]:
    """Claims of a recurring event in runs of publication days at most
    ``MEETING_WINDOW_DAYS`` apart; all claims of another event together."""
    if role not in _RECURRING:
        return [claims]
    dated = sorted(claims, key=lambda c: published_date(c.published) or dt.date.min)
    runs: list[list[Claim]] = []
    for claim in dated:
        day = published_date(claim.published)
        first = published_date(runs[-1][0].published) if runs else None
        if runs and (day is None or first is None or (day - first).days <= MEETING_WINDOW_DAYS):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return runs


def filler(claim: Claim) -> str:
    """The actor id, place id or day (``weekday:1``) that fills a role claim."""
    if claim.claim_type == "date":
        return claim.when or ""
    return claim.who if claim.who is not None else (claim.place_ids[0] if claim.place_ids else "")


def relation(a: Claim, b: Claim) -> str:
    """``same`` (one filler, or compatible), ``near`` (a town next to the other) or
    ``conflict``."""
    fa, fb = filler(a), filler(b)
    if a.claim_type == "date":
        return "same" if same_day(fa, fb) else "conflict"
    if a.claim_type == "actor":
        alike = same_side(fa, fb)
        if a.status == b.status == "denied":
            return "same"
        return "same" if alike == (a.status == b.status) else "conflict"
    if fa == fb or (a.claim_type == "location" and (inside(fa, fb) or inside(fb, fa))):
        return "same"
    if a.claim_type == "location" and near(fa, fb):
        return "near"
    return "conflict"


def same_day(a: str, b: str) -> bool:
    """Do two ``weekday:N[:night]`` fillers name one day, or one night over two days (the
    earlier day's late night or the later day's early hours)?"""
    (da, na), (db, nb) = _weekday(a), _weekday(b)
    if da == db:
        return True
    if (db - da) % 7 == 1:
        return na or nb
    if (da - db) % 7 == 1:
        return na or nb
    return False


def _weekday(value: str) -> tuple[int, bool]:
    parts = value.split(":")
    return int(parts[1]), len(parts) > 2


def severity(a: Claim, b: Claim) -> tuple[str, str]:
    """How much a difference between two conflicting role claims matters, and why (see the
    module docstring): ``("low", "one place is a town next to the other")``..."""
    if a.claim_type == "location":
        return place_difference(filler(a), filler(b))
    if a.claim_type == "date":
        return "medium", "two different days"
    return "high", "two different parties" if a.claim_type == "actor" else "two different requesters"


def place_difference(a: str, b: str) -> tuple[str, str]:
    """The severity of two different places, and why: a town next to the other is ``low``;
    two places of one country, or places the gazetteer cannot place, ``medium``; two
    countries ``high``."""
    if near(a, b):
        return "low", "one place is a town next to the other"
    ca, cb = country_of(a, COUNTRIES), country_of(b, COUNTRIES)
    if ca is not None and cb is not None and ca != cb:
        return "high", "two countries"
    return "medium", "two places of one country" if ca is not None and ca == cb else "two different places"


def _positions(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Each outlet's position: its own-voice claims, else its attributed ones; outlets whose
    position holds a conflict (both versions reported) are left out."""
    by_outlet: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_outlet[claim.outlet].append(claim)
    out = {}
    for outlet, own in by_outlet.items():
        voiced = _finest([c for c in own if not c.source] or own)
        if all(relation(a, b) == "same" for a, b in itertools.combinations(voiced, 2)):
            out[outlet] = voiced
    return out


def _finest(claims: list[Claim]) -> list[Claim]:
    """An outlet's places without those another of its places narrows: "arrived in Benghazi",
    then "went on to Rajma to meet him" puts the meeting in Rajma."""
    def narrowed(c: Claim) -> bool:
        return c.claim_type == "location" and any(
            filler(o) != filler(c) and (inside(filler(o), filler(c)) or NEAR.get(filler(o)) == filler(c))
            for o in claims)
    return [c for c in claims if not narrowed(c)]


def _compatible(p: list[Claim], q: list[Claim]) -> bool:
    return all(relation(a, b) == "same" for a in p for b in q)


def _sides(positions: dict[str, list[Claim]]) -> dict[str, int | None]:
    """A side for each outlet: outlets whose positions are compatible join one side; an
    outlet compatible with everyone (a country when others name its provinces) stands on no
    side when there is a conflict."""
    outlets = sorted(positions)
    core = [o for o in outlets if any(not _compatible(positions[o], positions[x]) for x in outlets if x != o)]
    sides: list[list[str]] = []
    for outlet in core:
        home = [s for s in sides if all(_compatible(positions[outlet], positions[m]) for m in s)]
        if home:
            home[0].append(outlet)
        else:
            sides.append([outlet])
    side_of: dict[str, int | None] = {o: n for n, members in enumerate(sides) for o in members}
    for outlet in outlets:
        if outlet not in side_of:
            fits = [n for n, s in enumerate(sides) if all(_compatible(positions[outlet], positions[m]) for m in s)]
            side_of[outlet] = fits[0] if len(fits) == 1 else None
    return side_of


def _role_finding(claims: list[Claim]) -> Finding | None:
    positions = _positions(claims)
    if len(positions) < 2:
        return None
    side_of = _sides(positions)
    members = [c for o in sorted(positions) for c in positions[o]]
    role = members[0].attribute
    detail = (members[0].counted or "").partition(":")[2]
    question = _QUESTIONS.get(role, role).format(of=f" of the {detail}" if detail else "",
                                                  with_=f" with {detail}" if detail else "")
    if all(s is None for s in side_of.values()):  # no conflict: all compatible
        return Finding("", "agreement", members[0].claim_type, None, tuple(members),
                       f"the outlets agree on {question}: {_listed(members)}", "same role, same filler")
    sides = tuple(side_of[c.outlet] for c in members)
    worst, why = max((severity(a, b) for a, b in itertools.combinations(members, 2)
                      if side_of[a.outlet] is not None and side_of[b.outlet] is not None
                      and side_of[a.outlet] != side_of[b.outlet]), key=lambda s: SEVERITIES.index(s[0]))
    by_side = defaultdict(list)
    for claim, side in zip(members, sides):
        by_side[side].append(claim)
    told = " against ".join(_listed(by_side[s]) for s in sorted(s for s in by_side if s is not None))
    return Finding("", "contradiction", members[0].claim_type, None, tuple(members),
                   f"the outlets disagree on {question}: {told} (severity {worst}: {why}).",
                   "same role, different filler", sides, severity=worst)


def reference_findings(distances: list[Claim], related, story_of, sentences: dict) -> list[Finding]:
    """The same measurement with two reference towns: two outlets' distances that agree, in
    sentences stating the same thing (``related(a, b)``: one group, or near in the index),
    measured from two different places of the gazetteer ("80 km from Pylos" against "80 km
    from Pyrgos") are a ``location`` contradiction of where the event lies. Its claims are
    the reference places as quoted (``sentences``: each sentence by key, for their spans)."""
    placed = [(c, _reference_place(c)) for c in distances if c.claim_type == "distance" and c.reference]
    placed = [(c, p) for c, p in placed if p is not None]
    conflicts: set[tuple[int, int]] = set()
    for (i, (a, pa)), (j, (b, pb)) in itertools.combinations(enumerate(placed), 2):
        if a.outlet == b.outlet or story_of(a) != story_of(b) or not overlap(a, b):
            continue
        if pa != pb and not same_reference(a.reference, b.reference) and not inside(pa, pb) \
                and not inside(pb, pa) and related(a, b):
            conflicts.add((i, j))
    out = []
    for members in _components(len(placed), conflicts):
        claims = [_reference_claim(placed[i][0], placed[i][1], sentences) for i in members]
        ids = [placed[i][1] for i in members]
        side_ids = sorted(set(ids))
        sides = tuple(side_ids.index(p) for p in ids)
        worst, why = max((place_difference(p, q) for p, q in itertools.combinations(side_ids, 2)),
                         key=lambda s: SEVERITIES.index(s[0]))
        told = " against ".join(
            "; ".join(f'{c.cue} from "{c.text}" ({c.outlet})' for c, p in zip(claims, ids) if p == side)
            for side in side_ids)
        out.append(Finding("", "contradiction", "location", None, tuple(claims),
                           f"the outlets measure the same distance from different places: {told} "
                           f"(severity {worst}: {why}).", "same distance, different reference", sides,
                           severity=worst))
    return out


def day_findings(claims: list[Claim], related, story_of) -> list[Finding]:
    """Two outlets that put one incident on different days (``happened_on`` roles). A story
    may hold several incidents, so two days are compared only when the sentences state the
    same thing (``related``) or their clauses name the same target (``incident:hospital``; an
    unnamed incident, "the blast on Tuesday", is the one target its story's days name, when
    they name one); a shared place is not enough (two strikes in one city on two days are two
    incidents). An
    outlet whose own days conflict (it reports several incidents, or both versions) is left
    out."""
    days = [c for c in claims if c.attribute == "happened_on" and c.time_role == "current" and c.when]
    by_outlet: dict[str, list[Claim]] = defaultdict(list)
    for claim in days:
        by_outlet[claim.outlet].append(claim)
    kept = [c for own in by_outlet.values() if all(same_day(a.when, b.when) for a, b in itertools.combinations(own, 2))
            for c in own]
    target = _only_targets(kept, story_of)
    conflicts: set[tuple[int, int]] = set()
    for (i, a), (j, b) in itertools.combinations(enumerate(kept), 2):
        if a.outlet == b.outlet or story_of(a) != story_of(b) or same_day(a.when, b.when):
            continue
        ta, tb = (target(c) for c in (a, b))
        if ta == tb != "incident" or related(a, b):
            conflicts.add((i, j))
    out = []
    for members in _components(len(kept), conflicts):
        claims_ = [kept[i] for i in members]
        sides: list[int] = []
        firsts: list[Claim] = []
        for claim in claims_:
            side = next((n for n, first in enumerate(firsts) if same_day(first.when, claim.when)), None)
            if side is None:
                firsts.append(claim)
                side = len(firsts) - 1
            sides.append(side)
        told = " against ".join(_listed([c for c, s in zip(claims_, sides) if s == side])
                                for side in range(len(firsts)))
        out.append(Finding("", "contradiction", "date", None, tuple(claims_),
                           f"the outlets disagree on the day of the incident: {told} (severity medium: "
                           "two different days).", "same incident, different day", tuple(sides), severity="medium"))
    return out


def _only_targets(days: list[Claim], story_of):
    """The target of each day claim: its own (``incident:hospital``), or for an unnamed
    incident ("the blast on Tuesday") the one target the story's days name, when they name
    exactly one."""
    named: dict[object, set[str]] = defaultdict(set)
    for claim in days:
        if claim.counted != "incident":
            named[story_of(claim)].add(claim.counted)

    def target(claim: Claim) -> str:
        only = named.get(story_of(claim), set())
        return next(iter(only)) if claim.counted == "incident" and len(only) == 1 else claim.counted
    return target


def _reference_claim(distance: Claim, place: str, sentences: dict) -> Claim:
    """The reference place of a distance as a ``location`` claim, quoted from its sentence
    (the distance itself when the sentence does not hold the reference as written)."""
    sentence = sentences.get((distance.article, distance.sentence))
    at = sentence.text.find(distance.reference, distance.end - sentence.start) if sentence is not None else -1
    start, end, text = distance.start, distance.end, distance.text
    if at >= 0:
        start, end, text = sentence.start + at, sentence.start + at + len(distance.reference), distance.reference
    return replace(distance, claim_type="location", attribute="measured_from", value=None, low=None,
                   high=None, unit=None, start=start, end=end, text=text,
                   place_ids=(place,), counted=f"distance {distance.text}", cue=distance.text)


def _reference_place(claim: Claim) -> str | None:
    ids = [p.id for p in places_in(claim.reference or "") if ":" not in p.id]
    return ids[0] if ids else None


def _listed(claims: list[Claim]) -> str:
    seen: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        says = ("not " if claim.status == "denied" else "") + claim.text
        if claim.outlet not in seen[says]:
            seen[says].append(claim.outlet)
    return "; ".join(f'"{says}" ({", ".join(outlets)})' for says, outlets in seen.items())


def framing_findings(claims: list[Claim]) -> list[Finding]:
    """How outlets name one actor, where two or more outlets name it with different words: a
    ``framing`` finding per actor over the whole run (how an outlet names someone is the
    outlet's habit, not one story's fact), one claim per outlet and descriptor."""
    by_actor: dict[str, dict[tuple[str, str], Claim]] = defaultdict(dict)
    for claim in claims:
        if claim.claim_type == "framing":
            by_actor[claim.who].setdefault((claim.outlet, claim.attribute or ""), claim)
    out = []
    for actor, named in by_actor.items():
        outlets = {o for o, _ in named}
        if len(outlets) < 2 or len({d for _, d in named}) < 2:
            continue
        members = tuple(named[k] for k in sorted(named))
        told = "; ".join(f"{d} ({', '.join(sorted(o for o, dd in named if dd == d))})"
                         for d in sorted({d for _, d in named}))
        who = actor.replace(":forces", "'s forces")
        out.append(Finding("", "framing", "framing", None, members,
                           f"the outlets name {who} differently: {told}",
                           "different descriptors for one actor"))
    return out
