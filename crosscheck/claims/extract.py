"""Sentences -> typed :class:`~crosscheck.models.Claim` objects with article offsets.

A claim is read from the body of an article only: "read also" blocks are headlines of other
stories. Each quantity keeps the places of its own clause (``قتل 12 في درنة، و30 في بنغازي``
gives Derna to 12 and Benghazi to 30); when its clause names none, the places of the whole
sentence are used, except for a whole ("out of a national toll of 2,012"), which keeps only
the places its own clause names after it. Dates are read as ``date`` claims when they resolve
to a day.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from crosscheck.claims._containment import COUNTRY_OF
from crosscheck.claims._happened import opens_a_part
from crosscheck.claims.actors import actors_in, is_country, namings_in, with_parent_bodies
from crosscheck.claims.attribution import attribution_in
from crosscheck.claims.concepts import concept_of
from crosscheck.claims.dates import DateMention, dates_in
from crosscheck.claims.numbers import Quantity, quantities_in
from crosscheck.claims.places import PlaceMention, places_in
from crosscheck.claims.reporting import (leads_with_later_event, occurrence_named, placed_after, refers_back,
                                        reporting_of)
from crosscheck.claims.roles import role_text, roles_in
from crosscheck.models import Article, Claim, Sentence, published_date
from crosscheck.text.normalize import content_words, normalize

# Where a clause ends: a full stop not inside a decimal, semicolons, an Arabic comma, or a
# comma followed by a space (so ``5,300`` stays whole).
_CLAUSE_BREAK = re.compile(r"\.(?!\d)|[؛;!?؟،\n]|(?<!\d):(?!\d)|,(?=\s)")


def claims_of(articles: list[Article], sentences: list[Sentence]) -> list[Claim]:
    """Every typed claim in the body sentences of ``articles``.

    Args:
        articles: The articles (for the publication date).
        sentences: Their sentences; those of articles not in ``articles`` are read too,
            without a publication date.

    Returns:
        Claims in sentence order, spans pointing into ``Article.text``. In an article whose
        lead reports a later occurrence (:func:`~crosscheck.claims.reporting.leads_with_later_event`),
        a magnitude or depth with no cue of its own is that occurrence's.
    """
    by_id = {a.id: a for a in articles}
    claims: list[Claim] = []
    leads: dict[str, list[str]] = {}
    for sentence in sentences:
        lead = leads.setdefault(sentence.article, [])
        if len(lead) < EVENT_LEAD_SENTENCES:
            lead.append(sentence.text)
        if sentence.block != "body":
            continue
        article = by_id.get(sentence.article)
        claims.extend(_remembered_claims(sentence, article.published if article else None))
    later = {article for article, lead in leads.items() if leads_with_later_event(" ".join(lead))}
    named = _occurrences_before([s for s in sentences if s.article in later])
    claims = _referred_back(claims, sentences)
    return _short_sources_named([
        _of_later_event(c, named.get((c.article, c.sentence))) if c.article in later else c for c in claims])


def _referred_back(claims: list[Claim], sentences: list[Sentence]) -> list[Claim]:
    """A magnitude or depth with no cue of its own, in a sentence that speaks of the other
    occurrence the sentence before gave a figure of, by that occurrence's noun and no other
    (:func:`~crosscheck.claims.reporting.refers_back`: "... followed by another tremor of
    6.3. The tremor was 10 km deep"), is that occurrence's, with the noun as its cue."""
    by_key = {s.key: s for s in sentences}
    other: dict[tuple[str, int], Claim] = {}
    for claim in claims:
        if claim.claim_type in _EVENT_TYPES and claim.event in ("second", "aftershock") and claim.cue is not None:
            other[(claim.article, claim.sentence)] = claim  # the sentence's last such figure
    out = []
    for claim in claims:
        before = other.get((claim.article, claim.sentence - 1))
        previous, sentence = by_key.get((claim.article, claim.sentence - 1)), by_key.get((claim.article, claim.sentence))
        if claim.claim_type in _EVENT_TYPES and claim.event is None and claim.cue is None \
                and before is not None and previous is not None and sentence is not None \
                and (noun := refers_back(previous.text, before.start - previous.start, sentence.text)):
            claim = replace(claim, event=before.event, cue=noun)
        out.append(claim)
    return out


def _occurrences_before(sentences: list[Sentence]) -> dict[tuple[str, int], tuple[str | None, str]]:
    """For each body sentence, the occurrence that it or the nearest of the
    :data:`OCCURRENCE_CARRY` sentences before it names
    (:func:`~crosscheck.claims.reporting.occurrence_named`), of the body sentences past its
    article's lead only: the lead's naming is the lead reading itself, which the comparison
    may settle otherwise, and a "read also" link names another story's."""
    naming: dict[str, list[tuple[str | None, str] | None]] = {}
    named: dict[tuple[str, int], tuple[str | None, str]] = {}
    for sentence in sentences:
        before = naming.setdefault(sentence.article, [])
        in_lead = len(before) < EVENT_LEAD_SENTENCES
        before.append(occurrence_named(sentence.text) if sentence.block == "body" and not in_lead else None)
        last = next((n for n in reversed(before[-1 - OCCURRENCE_CARRY:]) if n), None)
        if sentence.block == "body" and last is not None:
            named[sentence.key] = last
    return named


def _short_sources_named(claims: list[Claim]) -> list[Claim]:
    """A short source that names no body (a surname, a bare title: ``حمد``, "the minister")
    is the body of the one fuller source of its article that holds all its words ("Lebanon's
    Minister of Health", ``وزير الصحة حمد حسن``): it takes that source's ids."""
    fuller: dict[str, dict[tuple[str, ...], frozenset[str]]] = {}
    for claim in claims:
        if claim.source_ids:
            fuller.setdefault(claim.article, {})[claim.source_ids] = source_words(claim.source)
    out = []
    for claim in claims:
        words = source_words(claim.source) if claim.source and not claim.source_ids else frozenset()
        bodies = {ids for ids, named in fuller.get(claim.article, {}).items() if words and words <= named}
        out.append(replace(claim, source_ids=bodies.pop()) if len(bodies) == 1 else claim)
    return out


def source_words(source: str | None) -> frozenset[tuple[str, ...]]:
    """The content words of a source phrase, each as its spelling variants."""
    return frozenset(content_words(normalize(source or "")))


#: Sentences (title included) read for whether an article leads with a later event.
EVENT_LEAD_SENTENCES = 2


#: The cue of a figure read as a later occurrence's because its article's lead reports one
#: (its own clause says nothing): the comparison may read it otherwise
#: (:func:`crosscheck.compare.events.settle_lead_events`).
LEAD_EVENT_CUE = "the article's lead reports a later event"


#: Sentences before a figure read for the occurrence they name: "The institute placed the
#: second tremor under the lake. Its depth was 6 km. The agency put the tremor at 5.9": the
#: 5.9 is the second's.
OCCURRENCE_CARRY = 2


def _of_later_event(claim: Claim, named: tuple[str | None, str] | None = None) -> Claim:
    """In an article whose lead reports a later occurrence, a magnitude or depth with no cue
    of its own is that occurrence's (``The 6.4 magnitude earthquake was centred near...``):
    past the lead, the occurrence its sentence or one of the :data:`OCCURRENCE_CARRY` sentences
    before it names (:func:`_occurrences_before`), with those words as its cue; else the later
    one, by the lead only (:data:`LEAD_EVENT_CUE`)."""
    if claim.claim_type not in _EVENT_TYPES or claim.event is not None or claim.cue is not None:
        return claim
    if named is not None:
        return replace(claim, event=named[0], cue=named[1])
    return replace(claim, event="second", cue=LEAD_EVENT_CUE)


@dataclass
class IndexClaims:
    """The claims of an index's first ``size`` rows, kept with the index (the pipeline's
    ``Derived``, saved in derived.json) so a later check reads only the sentences added since."""

    claims: list[Claim]
    size: int

    def to_json(self) -> dict:
        """A JSON-ready dict, one row of values per claim; :meth:`from_json` reads it back.
        It names the reader that read them (:func:`reader_fingerprint`)."""
        names = [f.name for f in fields(Claim)]
        return {"size": self.size, "reader": reader_fingerprint(), "fields": names,
                "claims": [[getattr(c, name) for name in names] for c in self.claims]}

    @classmethod
    def from_json(cls, data: dict) -> IndexClaims:
        """The claims saved by :meth:`to_json`; claims another reader read (an older or newer
        crosscheck) raise ``ValueError``, so the next check reads the sentences again."""
        if data.get("reader") != reader_fingerprint():
            raise ValueError("claims read by another version of the claim reader")
        missing = {f.name for f in fields(Claim)} - set(data["fields"])
        if missing:  # saved by an older reader: read the sentences again
            raise KeyError(f"claims saved without {sorted(missing)}")
        rows = (dict(zip(data["fields"], values)) for values in data["claims"])
        claims = [Claim(**{**row, "place_ids": tuple(row["place_ids"]), "scope": tuple(row["scope"]),
                           "actors": tuple(row["actors"]), "source_ids": tuple(row["source_ids"])})
                  for row in rows]
        return cls(claims, data["size"])


@functools.lru_cache(maxsize=1)
def reader_fingerprint() -> str:
    """A digest of the claim reader's code and word lists (the modules of
    :mod:`crosscheck.claims`): claims kept with an index are reused only by the reader that
    read them, so a changed reading rule never leaves an index with claims read the old way."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def index_claims(index, earlier: IndexClaims | None = None) -> IndexClaims:
    """:func:`claims_of` a ``SentenceIndex``, reading only the sentences added since
    ``earlier`` (what an earlier check read from its first rows)."""
    if earlier is None or earlier.size > len(index.sentences):
        earlier = IndexClaims([], 0)
    claims = earlier.claims + claims_of(index.articles, index.sentences[earlier.size:])
    return IndexClaims(claims, len(index.sentences))


@functools.lru_cache(maxsize=1 << 17)
def _remembered_claims(sentence: Sentence, published: str | None) -> tuple[Claim, ...]:
    """:func:`sentence_claims`, read once per process: a check that adds one article to a
    large index reads the claims of that article only (Sentence and Claim are frozen)."""
    return tuple(sentence_claims(sentence, published))


def sentence_claims(sentence: Sentence, published: str | None) -> list[Claim]:
    """The quantity, date, role and framing claims of one sentence, each with the actors
    its clause (else its sentence) names."""
    text = sentence.text
    source = attribution_in(text)
    places = [p for p in places_in(text) if p.locative]
    actors = actors_in(text)
    named = _ids(actors)
    out = []
    dates = dates_in(text, published_date(published))
    quantities = quantities_in(text)
    for q in quantities:
        clause = _clause(text, q)
        near = _listed_places(q, quantities, clause, places) or _clause_places(q, places, clause, text)
        claim = _quantity_claim(sentence, q, near, published,
                                _clause_source(text, clause) or _carried_source(text, clause, source, actors))
        scope_ids = tuple(dict.fromkeys(p.id for p in near if not locates_event(text, p.start)))
        claim = replace(claim, actors=_ids(a for a in actors if clause[0] <= a.start < clause[1]) or named)
        out.append(_with_reporting(text, claim, q, clause, published, scope_ids, dates))
    out = _placed_events(text, sentence.start, _listed_events(text, sentence.start, out))
    out += [replace(c, actors=named) for c in _date_claims(sentence, published, source, dates)]
    out += _role_claims(sentence, published, named, source)
    out += _framing_claims(sentence, published, named)
    return [replace(c, source_ids=source_ids(c.source)) for c in out]


@functools.lru_cache(maxsize=1 << 12)
def source_ids(source: str | None) -> tuple[str, ...]:
    """The bodies a source names, as actor ids in both languages (``الهلال الأحمر`` and ``the
    Red Crescent`` are ``red crescent``; ``وزارة الصحة`` and ``the health ministry`` are
    ``health ministry``), with the bodies they belong to (OCHA's figure is the UN's); a country
    alone says too little about which body gives a figure."""
    if not source:
        return ()
    return with_parent_bodies(tuple(i for i in _ids(actors_in(source)) if not is_country(i)))


def _ids(actors) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.actor_id for a in actors))


def _role_claims(sentence: Sentence, published: str | None, named: tuple[str, ...],
                 source: str | None) -> list[Claim]:
    """The roles the sentence gives an event (:func:`crosscheck.claims.roles.roles_in`), each
    with the source of its own clause, else the sentence's ``source``."""
    text = sentence.text
    day = published_date(published)
    out = []
    for role in roles_in(text):
        clause = _clause_around(text, role.start, role.end)
        said_by = _clause_source(text, clause) or source
        location = role.claim_type == "location"
        reading = reporting_of(text[clause[0]:role.start], text[role.end:clause[1]], day.year if day else None,
                               text[:clause[0]])
        out.append(Claim(
            sentence.article, sentence.outlet, sentence.index, sentence.start + role.start,
            sentence.start + role.end, role_text(text, role), role.claim_type, None, None, None,
            counted=role.event, attribute=role.role, published=published, source=said_by,
            who=role.value if role.claim_type in ("actor", "attribution") else None,
            place_ids=(role.value,) if location else (),
            when=role.value if role.claim_type == "date" else None,
            status=role.status, cue=role.cue, actors=named,
            time_role="background" if reading.time_role == "background" else "current",
            event=role.event.partition(":")[2] or None if role.event.startswith("quake") else None,
        ))
    return out


def _framing_claims(sentence: Sentence, published: str | None, named: tuple[str, ...]) -> list[Claim]:
    """How the sentence names people and their forces (:func:`crosscheck.claims.actors.namings_in`)."""
    return [Claim(sentence.article, sentence.outlet, sentence.index, sentence.start + n.start,
                  sentence.start + n.end, sentence.text[n.start:n.end], "framing", None, None, None,
                  attribute=n.descriptor, who=n.actor, published=published, actors=named)
            for n in namings_in(sentence.text)]


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    return (max((b for b in breaks if b < start), default=-1) + 1,
            min((b for b in breaks if b >= end), default=len(text)))


#: What may stand between two magnitudes of one list ("6.7 and 6.2 earthquakes").
_LIST_JOIN = re.compile(r"^\W*(?:and|or|then|و|ثم)?\W*$")


def _listed_events(text: str, offset: int, claims: list[Claim]) -> list[Claim]:
    """Two magnitudes listed together ("last week's magnitude 6.7 and 6.2 earthquakes") are two
    occurrences: the second listed is the later one, unless a cue already says which."""
    out = list(claims)
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        if first.claim_type == second.claim_type == "magnitude" and first.event is None \
                and second.event is None and second.cue is None \
                and _LIST_JOIN.match(text[first.end - offset:second.start - offset]):
            out[n] = replace(second, event="second", cue="listed after another magnitude")
    return out


def _placed_events(text: str, offset: int, claims: list[Claim]) -> list[Claim]:
    """A magnitude the sentence sets after another that points back to the first occurrence
    ("a 6.1 tremor shook the coast, hours after a 7.0 quake struck") is not the first's: a
    later occurrence's, or an aftershock's when its own words point back too ("Earlier, a
    6.1 tremor ..., hours after a 7.0 quake": between the first and the article's moment)."""
    out = list(claims)
    for n, later in enumerate(out):
        if later.claim_type != "magnitude" or later.event is not None:
            continue
        for first in out[n + 1:]:
            if first.claim_type != "magnitude" or first.event is not None or first.cue is None \
                    or first.value == later.value:
                continue
            if words := placed_after(text[later.end - offset:first.start - offset]):
                out[n] = replace(later, event="aftershock" if later.cue else "second", cue=words)
                break
    return out


def _clause(text: str, q: Quantity) -> tuple[int, int]:
    """Start and end of the clause around ``q``."""
    return _clause_around(text, q.start, q.end)


def _clause_source(text: str, clause: tuple[int, int]) -> str | None:
    """The source a figure's own clause names, when the sentence names two ("the fire
    chief said 30 were killed, while medics put that tally at 45")."""
    start, end = clause
    if start == 0 and end == len(text):
        return None
    return attribution_in(text[start:end])


#: Words that open a clause set against the one before ("..., while the ministry's figure
#: was 2,012", "فيما ...").
_CONTRAST = re.compile(r"^\W*(?:while|whereas|but|although|though|و?فيما|و?بينما|في\s+حين|و?لكن|غير\s+[أا]ن"
                       r"|[إا]لا\s+[أا]ن)(?!\w)", re.IGNORECASE)


def _carried_source(text: str, clause: tuple[int, int], source: str | None, actors) -> str | None:
    """The sentence's source for a figure whose clause names none, unless the clause is set
    against the sentence's ("while", "فيما") and names a body that source does not: the
    figure is that body's, not the speaker's."""
    start, end = clause
    if source is None or not _CONTRAST.match(text[start:end]):
        return source
    speaker = set(source_ids(source))
    bodies = {a.actor_id for a in actors if start <= a.start < end and not is_country(a.actor_id)}
    return None if bodies - speaker else source


def scope_of(place_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The finest places: a country is dropped when a place inside it is named too."""
    inside = {COUNTRY_OF[p] for p in place_ids if p in COUNTRY_OF}
    return tuple(p for p in place_ids if p not in inside)


def _clause_places(q: Quantity, places: list[PlaceMention], clause: tuple[int, int],
                   text: str = "") -> list[PlaceMention]:
    """Places in ``q``'s clause (outside its own span), else in the sentence; a whole
    (:func:`is_whole`) keeps only the places its own clause names after it."""
    start, end = clause
    outside = [p for p in places if p.end <= q.start or p.start >= q.end]
    near = [p for p in outside if p.start >= start and p.end <= end]
    if text and is_whole(text[start:q.start], text[q.end:end]):
        return [p for p in near if p.start >= q.end]
    return near or [p for p in outside if not _in_a_part(text, p)]


def _listed_places(q: Quantity, quantities: list[Quantity], clause: tuple[int, int],
                   places: list[PlaceMention]) -> list[PlaceMention]:
    """In a clause that lists figures by place ("40,000 people in Turkey and 5,900 in Syria"),
    the places between ``q`` and the next figure: its own, not the others'. Empty when fewer
    than two figures of the clause are followed by places of their own."""
    start, end = clause
    mates = sorted((o for o in quantities if start <= o.start < end), key=lambda o: o.start)
    if any(start <= p.start < mates[0].start for p in places):
        return []  # "in Turkey ... 40,000 and in Syria 5,900": places before their figures
    own = {}
    for o, nxt in zip(mates, [*mates[1:], None]):
        stop = nxt.start if nxt is not None else end
        own[o.start] = [p for p in places if o.end <= p.start and p.end <= stop]
    if sum(bool(found) for found in own.values()) < 2:
        return []
    return own.get(q.start, [])


def _in_a_part(text: str, place: PlaceMention) -> bool:
    """Is ``place`` in a clause that opens on a part of the people counted before it
    (:func:`~crosscheck.claims._happened.opens_a_part`: "17,000 dead, among them 1,000 in the
    capital")? It is that part's place, not the sentence's."""
    if not text:
        return False
    start, end = _clause_around(text, place.start, place.end)
    return opens_a_part(text[start:end])


#: Words before a figure that make it the whole a part belongs to ("out of a national toll
#: of 2,012", "من أصل 2012"), or the country's total ("the nationwide toll", "بلغت الحصيلة على
#: المستوى الوطني 3800"). Not "الحصيلة الإجمالية", a total of any place ("في درنة").
_WHOLE_BEFORE = re.compile(
    r"(?:(?<!\w)out of|(?<!\w)of a total of|(?<!\w)national(?:\W+death)?\W+(?:toll|tally|total|figure|count)"
    r"|(?<!\w)nationwide|(?<!\w)countrywide|(?<!\w)من\s+[أا]صل|(?<!\w)من\s+[إا]جمالي"
    r"|(?<!\w)على\s+المستوى\s+الوطني|(?<!\w)في\s+عموم\s+البلاد)"
    r"(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE)
#: Words right after a figure that make it the country's total ("2,012 nationwide",
#: "2012 على المستوى الوطني", "في عموم البلاد", "في جميع أنحاء المغرب").
_WHOLE_AFTER = re.compile(
    r"^(?:\W*\w+){0,3}?\W*(?:nationwide|countrywide|across the country|in the whole country|throughout the country"
    r"|على\s+المستوى\s+الوطني|على\s+مستوى\s+البلاد|في\s+عموم|في\s+(?:جميع|كل|مختلف)\s+[أا]نحاء|في\s+[أا]نحاء)",
    re.IGNORECASE)


def is_whole(before: str, after: str) -> bool:
    """Is a figure the whole of a country or of an event, which the clause says in words
    next to it ("out of a national toll of", "nationwide", "على المستوى الوطني")? Then a
    place the sentence names for one of its parts is not its scope."""
    return bool(_WHOLE_BEFORE.search(before) or _WHOLE_AFTER.match(after))


def _quantity_claim(sentence: Sentence, q: Quantity, places: list[PlaceMention],
                    published: str | None, source: str | None) -> Claim:
    if q.claim_type == "distance":
        place = q.subject or (_place_after_fronted(sentence.text, q) if q.reference is None else None)
        place_ids = tuple(p.id for p in places_in(place)) if place else ()
    else:
        place = "; ".join(p.text for p in places) or None
        place_ids = tuple(dict.fromkeys(p.id for p in places))
    return Claim(
        sentence.article, sentence.outlet, sentence.index, sentence.start + q.start,
        sentence.start + q.end, q.text, q.claim_type, q.value, q.low, q.high, q.unit, q.bound,
        q.counted, q.attribute, place, published, who=q.who, place_ids=place_ids,
        direction=q.direction, reference=q.reference, source=source,
    )


#: A distance that opens its sentence, set off by a comma ("وعلى مسافة 180 كيلومترا، سمع أهالي
#: ...", "Some 180 km away, people in ... heard it"): the place measured is in the clause after it.
_FRONTED_BEFORE = re.compile(r"^\W*(?:و?على\s+بعد|و?على\s+مسافة|و?من\s+مسافة|at|some|about|nearly)?\W*$",
                             re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"^\s*(?:away)?\s*[,،]")


def _place_after_fronted(text: str, q: Quantity) -> str | None:
    """The first place named in the clause after a distance that opens its sentence and is
    set off by a comma (:data:`_FRONTED_BEFORE`): "وعلى مسافة 180 كيلومترا، سمع أهالي الجزيرة
    ..." measures the place the next clause names."""
    if not (_FRONTED_BEFORE.match(text[:q.start]) and (after := _FRONTED_AFTER.match(text[q.end:]))):
        return None
    rest = text[q.end + after.end():]
    clause_end = _CLAUSE_BREAK.search(rest)
    named = places_in(rest[:clause_end.start() if clause_end else len(rest)])
    return named[0].text if named else None


#: Claim types whose event may be another occurrence (a second quake's magnitude).
_EVENT_TYPES = frozenset({"magnitude", "depth"})


#: Nouns of an event that happens at one spot: a place right after one locates the event
#: ("the explosion at Tyre", "الانفجار في صيدا"), it does not narrow a toll's scope. A
#: quake or a storm covers an area: a place after it may be one province's toll.
_POINT_EVENT = re.compile(
    r"(?<!\w)(?:explosion|explosions|blast|bombing|attack|shipwreck|sinking|crash|fire|انفجار|الانفجار|"
    r"انفجاري|تفجير|التفجير|هجوم|الهجوم|غرق|تحطم|حريق|الحريق)(?:\W+(?:in|at|of|off|near|the|port|في|ب|"
    r"مرفأ|مرفا|ميناء)){0,3}\W+$")


def locates_event(text: str, start: int) -> bool:
    """Does the place starting at ``start`` follow a point event's noun (it is where the event
    happened, not the scope of a figure)?"""
    return bool(_POINT_EVENT.search(text[max(0, start - 40):start].lower()))


def _with_reporting(text: str, claim: Claim, q: Quantity, clause: tuple[int, int],
                    published: str | None, scope_ids: tuple[str, ...], dates: list[DateMention]) -> Claim:
    """The claim with its time role, status and event read from its clause; its scope from
    ``scope_ids`` (its places that do not only locate a point event; a distance's, from the
    place it measures).
    ``dates``: the sentence's date mentions (:func:`dates_in`), read once per sentence."""
    start, end = clause
    day = published_date(published)
    reading = reporting_of(text[start:q.start], text[q.end:end], day.year if day else None, text[:start],
                           rest=text[q.end:])
    # a tally over a window is another slot than the incident's toll: its event is the window
    period = reading.period if claim.claim_type == "casualties" and reading.time_role == "current" else None
    event = f"period:{period}" if period else reading.event if claim.claim_type in _EVENT_TYPES else None
    if claim.claim_type in _EVENT_TYPES and reading.time_role == "earlier":
        reading = replace(reading, time_role="current")  # a fixed figure has no earlier value
    if reading.time_role == "current" and (past := _past_day(text, q.start, dates, day)):
        reading = replace(reading, time_role="background", cue=past)  # "on 3 May, when a car bomb killed nine"
    pointed_back = claim.claim_type in _EVENT_TYPES and reading.cue is not None  # "hours after a 6.9 quake"
    decided = event or pointed_back or reading.time_role != "current" or reading.status != "asserted"
    cue = period or (reading.cue if decided else None)
    concept = concept_of(claim.counted)
    return replace(claim, time_role=reading.time_role, status=reading.status, event=event, cue=cue,
                   scope=scope_of(claim.place_ids if claim.claim_type == "distance" else scope_ids),
                   running=reading.running, concept=concept,
                   attribute=_group_counted(text[:q.start], claim, concept))


#: Days a date before a figure must lie before its article's day to date another incident.
PAST_INCIDENT_DAYS = 30
#: "when" right after that date, in the figure's clause: the figure is what happened that day
#: ("on 3 May, when a car bomb killed nine"), not the story's figure told beside a date ("the
#: flood of 3 May, which officials say killed 900": that may be the story's own event; "since
#: 3 May, when the siege began, 250 have died": a window).
_WHEN = re.compile(r"\W*(?:when|عندما|حين|حينما)\b[^,،;:.]*", re.IGNORECASE)


def _past_day(text: str, start: int, dates: list[DateMention], day: dt.date | None) -> str | None:
    """The last day-precise date of ``dates`` before the figure that starts at ``start`` in
    its sentence ``text``, with "when" right after it and no clause break between "when" and
    the figure, when it lies at least ``PAST_INCIDENT_DAYS`` before the article's day ("the market was hit before, on 3 May,
    when a car bomb killed nine", in an August article): the figure is that other incident's
    ("the worst attack since 3 May, when nine died" too)."""
    if day is None:
        return None
    dated = [m for m in dates if m.end <= start and m.precision == "day" and m.date is not None]
    if not dated or not _WHEN.fullmatch(text[dated[-1].end:start]):
        return None
    return dated[-1].text if (day - dated[-1].date).days >= PAST_INCIDENT_DAYS else None


#: Words before a count by nationality that make it a part of the people rescued ("the
#: survivors include 31 Sudanese", "بين من أنقذتهم الفرق 22 مصريا", "نجا 60 شخصا بينهم 20 سوريا").
_RESCUED_GROUP = re.compile(r"(?<!\w)(?:rescued|survivors|survived|انقاذ\w*|انقذ\w*|(?:ال)?ناج(?:ين|ون|يا|ي)"
                            r"|نجا|نجوا)(?!\w)")


def _group_counted(before: str, claim: Claim, concept: str | None) -> str | None:
    """The attribute of a count: ``rescued`` for people counted by nationality among those
    rescued (a part of that group, compared only with such parts); else the claim's own."""
    if claim.claim_type == "count" and (concept or "").startswith("nationals:") \
            and _RESCUED_GROUP.search(normalize(before)):
        return "rescued"
    return claim.attribute


def _date_claims(sentence: Sentence, published: str | None, source: str | None,
                 dates: list[DateMention]) -> list[Claim]:
    """The day-precise dates among the sentence's date mentions (``dates``), as claims."""
    out = []
    for mention in dates:
        if mention.date is None or mention.precision not in ("day", "weekday"):
            continue
        out.append(Claim(
            sentence.article, sentence.outlet, sentence.index, sentence.start + mention.start,
            sentence.start + mention.end, mention.text, "date", None, None, None, bound="exact",
            published=published, source=source, when=mention.date.isoformat(), attribute=mention.part,
        ))
    return out
