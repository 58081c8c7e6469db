"""Claims -> Findings: agreement, contradiction, update, uncorroborated.

Two claims are *compared* only when their slot matches (:func:`comparable`): the same claim
type; for casualties the same attribute (killed, wounded...) and compatible people counted;
for counts the same counted thing; for distances the same place measured, the same reference
point and no opposite direction; the same unit dimension; no different scope (places of the
clause that share nothing: Derna against eastern Libya, one dam against another); and articles
published at most ``ComparisonRule.max_days_apart`` apart. Claims of the same article are never
compared with each other. ``CrossChecker.check`` also compares claims only between sentences
that are near each other in the index (:func:`nearby_sentences`: among each other's nearest
neighbours, cosine at least ``ComparisonRule.min_similarity``, across languages too), so no
step compares every claim of a large index with every other. Similarity does not tell one
incident from another: a road accident's "7 killed" scores 0.86 against a flood's "5,300
killed", so two death tolls without places, the same week, are still compared.

Compared claims whose intervals overlap agree; disjoint intervals conflict. Connected
claims form one comparison set, which becomes

* an ``agreement`` when nothing in it conflicts and two or more outlets are in it;
* an ``update`` when every conflict is between reports of a changing figure (casualties,
  counts, amounts) published on different days: the later report is named;
* a ``contradiction`` otherwise, each claim with a side (claims on one side agree with each
  other; a claim compatible with several sides gets no side).

A number no other outlet's claim is compared with is ``uncorroborated``. Sentence groups give
a ``statement`` agreement each, and a ``date`` finding when their sentences each name one day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from .claims._containment import COUNTRY_OF
from .claims.extract import claims_of, index_claims, parse_published, sentence_claims
from .claims.places import places_in
from .models import Article, Claim, Cluster, Finding, Sentence
from .stories import index_stories
from .text.normalize import content_words, normalize, word_overlap

NUMERIC_TYPES = ("casualties", "distance", "count", "quantity", "money", "percent", "magnitude", "depth")
#: Figures of the event itself, compared whatever places their clauses name.
EVENT_TYPES = frozenset({"magnitude", "depth"})
#: Figures that change as a story develops; a distance does not.
CHANGING_TYPES = frozenset({"casualties", "count", "quantity", "money", "percent"})
#: Types compared only inside a sentence group or when their clauses name the same object:
#: "40%" or "$5m" alone says too little about what it measures.
GROUP_ONLY_TYPES = frozenset({"percent", "money", "quantity"})
_COMBATANTS = frozenset({"soldiers", "fighters", "officers", "members", "mercenaries"})
_KM = {"km": 1.0, "m": 0.001, "mile": 1.609344}
#: Relative slack when two units are converted (``30 km (19 miles)``).
_CONVERSION_SLACK = 0.03
#: How many times further than ``ComparisonRule.neighbours`` a sentence added to a compared
#: index looks for the earlier sentences that would count it among their nearest.
LOOK_BACK_FACTOR = 4
_CAPITAL_WORDS = frozenset(normalize(w) for w in ("العاصمة", "العاصمه", "capital", "the capital"))
_GENERIC_PLACE_WORDS = frozenset(normalize(w) for w in (
    "نقطة تفتيش نقطه حاجز أمني امني عسكري العسكري الأمني بوابة checkpoint security military"
    " قرية قريه village").split())
_KINDS = {normalize(k): v for k, v in {
    "نقطة": "checkpoint", "حاجز": "checkpoint", "checkpoint": "checkpoint",
    "قرية": "village", "village": "village", "بلدة": "town", "town": "town",
}.items()}


@dataclass(frozen=True)
class ComparisonRule:
    """When two claims are compared, and when a change is an update.

    Attributes:
        max_days_apart: Claims of articles published further apart are not compared (a
            report a year later is another story).
        update_after_days: A changing figure reported this many days later or more is an
            update, not a contradiction.
        update_after_hours: The same, when both publication times carry a time of day.
        min_similarity: Cosine two sentences need for their claims to be compared, when the
            index is given (:func:`nearby_sentences`). The planted story's same-fact pairs,
            Arabic against the English wire, score 0.85-0.94 with the default embedder.
        neighbours: Nearest sentences looked at for each sentence that carries a claim.
    """

    max_days_apart: int = 14
    update_after_days: int = 1
    update_after_hours: int = 6
    min_similarity: float = 0.83
    neighbours: int = 64


def compare(articles: list[Article], sentences: list[Sentence], clusters: list[Cluster],
            claims: list[Claim] | None = None, rule: ComparisonRule = ComparisonRule(),
            near: dict[tuple[str, int], set[tuple[str, int]]] | None = None,
            stories: dict[str, str] | None = None) -> list[Finding]:
    """All findings of a run: statement groups, compared numbers, dates, single-source numbers.

    Args:
        articles: The articles of the run.
        sentences: Their sentences.
        clusters: Sentence groups (the same claim in several outlets).
        claims: Claims already read (:func:`crosscheck.claims.extract.claims_of`), or None to
            read them here.
        rule: When claims are compared.
        near: For each sentence key, the sentences near it in the index
            (:func:`nearby_sentences`): two figures of one moment in near sentences state
            the same thing (a dispute, not a series). Without ``stories`` only claims of near
            sentences are compared; None compares the claims of every two articles.
        stories: The story of each article (:func:`crosscheck.stories.index_stories`, as
            ``CrossChecker.check`` passes it): claims are compared within one story only.

    Returns:
        Findings, contradictions first, then updates, agreements, single-source numbers.
    """
    claims = claims_of(articles, sentences) if claims is None else claims
    groups = {m.key: c.id for c in clusters for m in c.members}
    numeric = _settle_earlier([c for c in claims if c.claim_type in NUMERIC_TYPES and is_compared(c)])
    _, compared = _comparison_sets(numeric, rule, groups, None if stories is not None else near, stories)
    disputed, series = _split_conflicts(compared, rule, _statement_relation(groups, near))
    findings = [_group_agreement(c) for c in clusters]
    findings += _set_findings(numeric, disputed, series, groups)
    findings += _date_findings([c for c in claims if c.claim_type == "date"], clusters, stories)
    findings += _uncorroborated(numeric, compared)
    return _ordered(findings)


def compare_index(index, clusters: list[Cluster], claims: list[Claim] | None = None,
                  rule: ComparisonRule = ComparisonRule()) -> list[Finding]:
    """:func:`compare` of everything in a ``SentenceIndex``, claims compared between nearby
    sentences only (:func:`nearby_sentences`): what ``CrossChecker.check`` does. An index
    compared before keeps its claims and nearby sentences in ``index.derived`` (saved with
    it); only the sentences added since are read and searched.

    Args:
        index: The index the clusters were grouped from.
        clusters: Its sentence groups.
        claims: Its claims already read, or None to read them here.
        rule: When claims are compared.
    """
    claims = index_claims(index) if claims is None else claims
    near = _nearby_in(index, claims, rule)
    return compare(index.articles, index.sentences, clusters, claims=claims, rule=rule, near=near,
                   stories=index_stories(index))


@dataclass
class Nearby:
    """:func:`nearby_sentences` of an index's first ``size`` rows, kept in ``index.derived``
    so a later check searches only the sentences added since."""

    rule: ComparisonRule
    near: Near
    reach: dict[tuple[str, int], float]
    size: int

    def to_json(self) -> dict:
        """A JSON-ready dict; :meth:`from_json` reads it back (saved with the index).
        Sentence keys are written once and referred to by position."""
        keys = sorted(self.near.keys() | self.reach.keys())
        at = {key: n for n, key in enumerate(keys)}
        return {"rule": asdict(self.rule), "size": self.size, "keys": [list(k) for k in keys],
                "near": [[at[key], sorted(at[o] for o in others)] for key, others in self.near.items()],
                "reach": [[at[key], value] for key, value in self.reach.items()]}

    @classmethod
    def from_json(cls, data: dict) -> Nearby:
        keys = [(a, s) for a, s in data["keys"]]
        return cls(ComparisonRule(**data["rule"]),
                   {keys[n]: {keys[o] for o in others} for n, others in data["near"]},
                   {keys[n]: value for n, value in data["reach"]}, data["size"])


def _nearby_in(index, claims: list[Claim], rule: ComparisonRule) -> Near:
    """:func:`nearby_sentences`, extending what an earlier check left in ``index.derived``."""
    earlier = index.derived_as("nearby", Nearby)
    if earlier is None or earlier.rule != rule or earlier.size > len(index):
        earlier = Nearby(rule, {}, {}, 0)
    near, reach = _nearby(index, claims, rule, earlier.near, earlier.reach, earlier.size)
    index.derived["nearby"] = Nearby(rule, near, reach, len(index))
    return near


def compare_claims(claims: list[Claim], rule: ComparisonRule = ComparisonRule()) -> list[Finding]:
    """Compare claims of different articles without sentence groups.

    Returns:
        The ``agreement``, ``contradiction`` and ``update`` findings among ``claims``.
    """
    numeric = _settle_earlier([c for c in claims if c.claim_type in NUMERIC_TYPES and is_compared(c)])
    _, compared = _comparison_sets(numeric, rule, {})
    disputed, series = _split_conflicts(compared, rule, _statement_relation({}, None))
    return _ordered(_set_findings(numeric, disputed, series, {}))


# --- when two claims are compared ------------------------------------------------------------

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
        return True
    if a.claim_type == "distance":
        return _same_distance_slot(a, b, same_group)
    if _different_scope(a.scope or a.place_ids, b.scope or b.place_ids, story_places):
        return False
    if a.claim_type == "casualties":
        return a.attribute == b.attribute and _who_compatible(a.who, b.who)
    if a.claim_type == "count":
        return _same_counted(a.counted, b.counted)
    if a.claim_type in GROUP_ONLY_TYPES:
        return same_group or bool(set(a.place_ids) & set(b.place_ids))
    return False


def is_compared(claim: Claim) -> bool:
    """Only figures an outlet asserts for this event are compared: not a withdrawn or denied
    figure, a projection, or another event's figure (an earlier figure is, as an update)."""
    return claim.status == "asserted" and claim.time_role in ("current", "earlier")


def _settle_earlier(claims: list[Claim]) -> list[Claim]:
    """A figure worded as earlier (``في وقت سابق اليوم``) is the article's current one when the
    article gives no other figure of the same slot: it is earlier than the report, not than
    another figure."""
    current = {(c.article, _slot_key(c)) for c in claims if c.time_role != "earlier"}
    return [replace(c, time_role="current") if c.time_role == "earlier" and (c.article, _slot_key(c)) not in current
            else c for c in claims]


def _days_apart(a: Claim, b: Claim) -> int:
    da, db = parse_published(a.published), parse_published(b.published)
    return abs((da - db).days) if da and db else 0


def _dimension(unit: str | None) -> str | None:
    return "length" if unit in _KM else unit


#: Whom a figure counts when that is only a part of all the people counted.
_PART_CLASSES = frozenset({"civilians", "children", "women", "police"})


def _who_class(who: str | None) -> str:
    if who in _COMBATANTS:
        return "combatants"
    return who if who in _PART_CLASSES else "any"


def _who_compatible(a: str | None, b: str | None) -> bool:
    """Soldiers and fighters are both combatants; an unspecified count (people, migrants,
    refugees) is not compared with civilians, children, women or police (those are a part
    of it, not the same figure)."""
    ca, cb = _who_class(a), _who_class(b)
    return ca == cb or {ca, cb} == {"any", "combatants"}


#: Counted things named in both languages, so an English wire count meets an Arabic one.
_COUNTED_CONCEPTS = {normalize(w): concept for concept, words in {
    "bridge": "جسر جسور bridge", "building": "مبنى مبان مباني building",
    "house": "منزل منازل بيت بيوت house home", "vehicle": "آلية آليات مركبة مركبات vehicle",
    "rocket": "صاروخ صواريخ rocket missile", "air strike": "ضربة جوية غارة غارات air strike airstrike",
    "drone": "مسيرة مسيرات drone", "tank": "دبابة دبابات tank", "weapon": "سلاح أسلحة قطعة سلاح weapon",
    "school": "مدرسة مدارس school", "hospital": "مستشفى مستشفيات hospital",
    "ship": "سفينة سفن قارب قوارب ship boat", "aircraft": "طائرة طائرات aircraft plane",
    "family": "عائلة عائلات أسرة أسر family", "country": "دولة دول country",
}.items() for w in words.split()}
_COUNTED_CONCEPTS.update({normalize(p): c for p, c in (
    ("قطعة سلاح", "weapon"), ("ضربة جوية", "air strike"), ("طائرة مسيرة", "drone"),
    ("air strike", "air strike"))})


@lru_cache(maxsize=1 << 14)
def _counted_concept(counted: str) -> str:
    norm = normalize(counted)
    return _COUNTED_CONCEPTS.get(norm, norm)


def _same_counted(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and _counted_concept(a) == _counted_concept(b)


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
    return False


def _local(scope: tuple[str, ...]) -> bool:
    """A scope inside a country (a province, a city): not the scope of a figure that names no
    place, which news gives for the whole event."""
    return bool(scope) and all(p in COUNTRY_OF or not _is_gazetteer(p) for p in scope)


def _same_distance_slot(a: Claim, b: Claim, same_group: bool) -> bool:
    """The same place measured from the same reference, in no opposite direction.

    A distance whose place is not named is only compared inside a sentence group.
    """
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if not _same_reference(a.reference, b.reference):
        return False
    if not (a.place and b.place):
        return same_group and not (a.place or b.place)
    return _same_place(a.place, b.place)


def _same_reference(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    na, nb = normalize(a), normalize(b)
    if na == nb or na in _CAPITAL_WORDS or nb in _CAPITAL_WORDS:
        return True
    ia, ib = {p.id for p in places_in(a)}, {p.id for p in places_in(b)}
    return bool(ia & ib)


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


# --- intervals --------------------------------------------------------------------------------

def _interval(claim: Claim, slack: float = 0.0) -> tuple[float, float]:
    scale = _KM.get(claim.unit, 1.0)
    low = -float("inf") if claim.low is None else claim.low * scale * (1 - slack)
    high = float("inf") if claim.high is None else claim.high * scale * (1 + slack)
    return low, high


def overlap(a: Claim, b: Claim) -> bool:
    """Do the intervals the two wordings allow share a value? Bounds count as closed."""
    slack = _CONVERSION_SLACK if a.unit != b.unit else 0.0
    (la, ha), (lb, hb) = _interval(a, slack), _interval(b, slack)
    return max(la, lb) <= min(ha, hb)


def agree(a: Claim, b: Claim) -> bool:
    """Compatible figures: their intervals overlap, except two different figures of a
    changing count of which one is a lower bound (``at least 10`` then ``at least 18`` dead is
    a rising toll, not the same figure)."""
    if not overlap(a, b):
        return False
    lower = {"at_least", "more_than"}
    return not (a.claim_type in CHANGING_TYPES and a.value is not None and b.value is not None
                and a.value != b.value and (a.bound in lower or b.bound in lower)
                and a.bound in lower | {"exact"} and b.bound in lower | {"exact"})


def _width(claim: Claim) -> float:
    low, high = _interval(claim)
    return high - low


# --- comparison sets --------------------------------------------------------------------------

@dataclass
class _Compared:
    """Which claims were compared: ``agree`` and ``conflict`` edges by claim index."""

    agree: set[tuple[int, int]]
    conflict: set[tuple[int, int]]
    claims: list[Claim]
    _partners: dict[int, set[int]] = field(default_factory=dict)
    _agrees_with: dict[int, set[int]] = field(default_factory=dict)
    _conflicts_with: dict[int, set[int]] = field(default_factory=dict)

    def add(self, i: int, j: int, agree: bool) -> None:
        (self.agree if agree else self.conflict).add((min(i, j), max(i, j)))
        edges = self._agrees_with if agree else self._conflicts_with
        for a, b in ((i, j), (j, i)):
            self._partners.setdefault(a, set()).add(b)
            edges.setdefault(a, set()).add(b)

    def partners(self, i: int) -> set[int]:
        return self._partners.get(i, set())

    def agrees_with(self, i: int) -> set[int]:
        return self._agrees_with.get(i, set())

    def conflicts_with(self, i: int) -> set[int]:
        return self._conflicts_with.get(i, set())


def _slot_key(claim: Claim) -> tuple:
    """Claims with different keys are never :func:`comparable` (a count only meets a count of
    the same counted thing), so only claims of one key are paired."""
    counted = _counted_concept(claim.counted) if claim.claim_type == "count" and claim.counted else None
    return claim.claim_type, claim.attribute, _dimension(claim.unit), counted


Near = dict[tuple[str, int], set[tuple[str, int]]]


def nearby_sentences(index, claims: list[Claim], rule: ComparisonRule = ComparisonRule()) -> Near:
    """For each sentence carrying a claim, the claim-carrying sentences of other articles
    among its ``rule.neighbours`` nearest in ``index`` with cosine >= ``rule.min_similarity``.

    The relation is made symmetric. One faiss search per claim sentence: linear in the index.
    """
    return _nearby(index, claims, rule, {}, {}, 0)[0]


def _nearby(index, claims: list[Claim], rule: ComparisonRule, known: Near,
            reach: dict[tuple[str, int], float], since: int) -> tuple[Near, dict[tuple[str, int], float]]:
    """:func:`nearby_sentences` searching only the rows from ``since`` on; ``known`` is the
    answer for the rows before (its sets are extended in place), ``reach`` each searched
    sentence's last neighbour cosine.

    A new sentence looks ``LOOK_BACK_FACTOR`` times further than ``rule.neighbours``, so it finds
    the earlier sentences that would count it among their nearest (cosine >= their reach).
    """
    keys = sorted({(c.article, c.sentence) for c in claims})
    rows = {s.key: i for i, s in enumerate(index.sentences)}
    wanted = [k for k in keys if k in rows]
    near: Near = {k: known.get(k) or set() for k in wanted}  # ``known``'s sets are extended
    reach = dict(reach)
    new = [k for k in wanted if rows[k] >= since]
    if not new:
        return near, reach
    k = rule.neighbours + 1
    scores, ids, reached = index.search_reaching(index.vectors()[[rows[key] for key in new]], k,
                                                 k * LOOK_BACK_FACTOR if since else None)
    reach.update(zip(new, reached))
    for key, found, row_scores in zip(new, ids, scores):
        for rank, (i, score) in enumerate(zip(found.tolist(), row_scores.tolist())):
            other = index.sentences[i].key if i >= 0 else None
            if (other in near and other[0] != key[0] and score >= rule.min_similarity
                    and (rank < k or score >= reach.get(other, float("inf")))):
                near[key].add(other)
                near[other].add(key)
    return near, reach


def _comparison_sets(claims: list[Claim], rule: ComparisonRule, groups: dict[tuple[str, int], str],
                     near: dict[tuple[str, int], set[tuple[str, int]]] | None = None,
                     stories: dict[str, str] | None = None) -> tuple[list[list[int]], _Compared]:
    """Connected sets of compared claims, and the edges between them.

    ``near`` (from :func:`nearby_sentences`) limits the comparison to claims of nearby
    sentences; ``None`` compares every two claims of a slot.
    """
    buckets: dict[tuple, list[int]] = {}
    story_of = (lambda claim: stories.get(claim.article)) if stories is not None else (lambda claim: None)
    for i, claim in enumerate(claims):
        buckets.setdefault((story_of(claim), *_slot_key(claim)), []).append(i)
    places = story_places(claims, story_of)
    compared = _Compared(set(), set(), claims)
    for (story, *_), members in buckets.items():
        for i, j in _candidate_pairs(members, claims, near):
            a, b = claims[i], claims[j]
            same_group = _group_of(a, groups) is not None and _group_of(a, groups) == _group_of(b, groups)
            if comparable(a, b, rule, same_group, places.get(story, frozenset())):
                compared.add(i, j, agree(a, b))
    return _components(len(claims), compared.agree | compared.conflict), compared


#: Share of a story's articles that must name a place for it to be the story's own place.
STORY_PLACE_SHARE = 0.5


def story_places(claims: list[Claim], story_of) -> dict[str | None, frozenset[str]]:
    """The places each story's figures are about when they name none: places that figures of
    at least ``STORY_PLACE_SHARE`` of the story's articles (two at least) name."""
    articles: dict[str | None, set[str]] = {}
    naming: dict[str | None, dict[str, set[str]]] = {}
    for claim in claims:
        story = story_of(claim)
        articles.setdefault(story, set()).add(claim.article)
        for place in claim.scope or claim.place_ids:
            naming.setdefault(story, {}).setdefault(place, set()).add(claim.article)
    return {story: frozenset(p for p, named in naming.get(story, {}).items()
                             if len(named) >= max(2, STORY_PLACE_SHARE * len(members)))
            for story, members in articles.items()}


def _candidate_pairs(members: list[int], claims: list[Claim],
                     near: dict[tuple[str, int], set[tuple[str, int]]] | None):
    """Pairs ``(i, j)``, ``i < j``, of one slot's claims; of nearby sentences only when given."""
    if near is None:
        yield from combinations(members, 2)
        return
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i in members:
        by_sentence.setdefault((claims[i].article, claims[i].sentence), []).append(i)
    for key, mine in by_sentence.items():
        for other in near.get(key, ()):
            if other > key and other in by_sentence:
                for i in mine:
                    for j in by_sentence[other]:
                        yield min(i, j), max(i, j)


def _group_of(claim: Claim, groups: dict[tuple[str, int], str]) -> str | None:
    return groups.get((claim.article, claim.sentence))


def _components(n: int, edges: set[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    sets: dict[int, set[int]] = {}
    for i, j in edges:
        for k in (i, j):
            sets.setdefault(root(k), set()).add(k)
    return sorted(sorted(m) for m in sets.values())


def sides_of(members: list[int], compared: _Compared) -> dict[int, int | None]:
    """Side of each claim of a conflicting set: narrowest claims first, each joins the one side
    it agrees with and conflicts with no member of; a claim that fits several sides gets None."""
    order = sorted(members, key=lambda i: (_width(compared.claims[i]), i))
    sides: list[set[int]] = []
    side_of: dict[int, int | None] = {}

    def fits(i: int, side: set[int]) -> bool:
        return not compared.agrees_with(i).isdisjoint(side) and compared.conflicts_with(i).isdisjoint(side)

    for i in order:
        fitting = [s for s, side in enumerate(sides) if fits(i, side)]
        if len(fitting) > 1:
            side_of[i] = None
            continue
        if not fitting:
            sides.append(set())
            fitting = [len(sides) - 1]
        sides[fitting[0]].add(i)
        side_of[i] = fitting[0]
    for i, s in list(side_of.items()):
        if s is not None and any(fits(i, side) for n, side in enumerate(sides) if n != s):
            side_of[i] = None
    return side_of


# --- findings ---------------------------------------------------------------------------------

def _split_conflicts(compared: _Compared, rule: ComparisonRule, same_statement
                     ) -> tuple[_Compared, set[tuple[int, int]]]:
    """Agreements with the disputes (conflicts that are no update), and the update edges.

    ``same_statement(a, b)`` tells whether two claims' sentences state the same thing."""
    disputed = _Compared(set(), set(), compared.claims)
    updates = set()
    for i, j in sorted(compared.agree):
        disputed.add(i, j, True)
    for i, j in sorted(compared.conflict):
        a, b = compared.claims[i], compared.claims[j]
        if _is_update(a, b, rule, same_statement(a, b)):
            updates.add((i, j))
        else:
            disputed.add(i, j, False)
    return disputed, updates


def _statement_relation(groups: dict[tuple[str, int], str], near: Near | None):
    """Do two claims' sentences state the same thing: one group, or near each other in the
    index? Without ``near`` (no index) any two sentences may."""
    def same(a: Claim, b: Claim) -> bool:
        ka, kb = (a.article, a.sentence), (b.article, b.sentence)
        if near is None or (groups.get(ka) is not None and groups.get(ka) == groups.get(kb)):
            return True
        return kb in near.get(ka, ())
    return same


def _series(claims: list[Claim], updates: set[tuple[int, int]]) -> list[list[int]]:
    """Each connected set of update edges, its claims in time order (:func:`_time_order`)."""
    out = []
    for members in _components(len(claims), updates):
        order = _time_order([claims[i] for i in members])
        out.append([members[n] for n in order])
    return out


def _set_findings(claims: list[Claim], disputed: _Compared, series: set[tuple[int, int]],
                  groups: dict[tuple[str, int], str]) -> list[Finding]:
    """A contradiction for each set of claims joined by disputes, an agreement for each set
    joined by agreements (a vague figure only joins vague ones: "hundreds" does not make 440
    and 516 agree), an update for each series."""
    findings = [_contradiction(s, disputed, groups) for s in _components(len(claims), disputed.conflict)]
    tight = {(i, j) for i, j in disputed.agree if (claims[i].value is None) == (claims[j].value is None)}
    for members in _components(len(claims), tight):
        agreement = _agreement([claims[i] for i in members], groups)
        if agreement:
            findings.append(agreement)
    findings += [_update([claims[i] for i in s], _shared_group([claims[i] for i in s], groups))
                 for s in _series(claims, series)]
    return findings


def _contradiction(members: list[int], compared: _Compared, groups: dict[tuple[str, int], str]) -> Finding:
    """Claims joined by disputes, each with its side (:func:`sides_of`)."""
    claims = [compared.claims[i] for i in members]
    side_of = sides_of(members, compared)
    sides = tuple(side_of[i] for i in members)
    return Finding("", "contradiction", claims[0].claim_type, _shared_group(claims, groups),
                   tuple(claims), _contradiction_text(claims, list(sides)), _dispute_rule(claims), sides)


def _dispute_rule(claims: list[Claim]) -> str:
    if claims[0].claim_type in CHANGING_TYPES:
        return "sources disagree on the same figure"
    return "intervals disjoint"


def _agreement(claims: list[Claim], groups: dict[tuple[str, int], str]) -> Finding | None:
    if len({c.outlet for c in claims}) < 2:
        return None
    return Finding("", "agreement", claims[0].claim_type, _shared_group(claims, groups),
                   tuple(claims), _agreement_text(claims), "intervals overlap")


def _shared_group(claims: list[Claim], groups: dict[tuple[str, int], str]) -> str | None:
    ids = {_group_of(c, groups) for c in claims}
    return ids.pop() if len(ids) == 1 else None


def _is_update(a: Claim, b: Claim, rule: ComparisonRule, same_statement: bool = False) -> bool:
    """Two figures of a changing count that are one series, not a dispute.

    A figure quoted as the earlier one always is, and so are figures reported on different
    days or ``update_after_hours`` apart (a falling one is named a revision: the scope of a toll, a province or the whole
    country, is too often unwritten to call a later, lower figure a dispute). On one day two
    named sources that share nothing dispute it, and so do two plain figures of one statement
    (sentences of one group, or near each other in the index; neither worded as a running
    count: ``rose to``, ``so far``, ``at least``); otherwise the higher figure is the later
    point of the series.
    """
    if a.claim_type not in CHANGING_TYPES:
        return False
    if "earlier" in (a.time_role, b.time_role):
        return True
    if _days_apart(a, b) >= rule.update_after_days or _hours_apart(a, b) >= rule.update_after_hours:
        return True
    if _different_sources(a, b):
        return False
    return not same_statement or _running(a) or _running(b)


def _hours_apart(a: Claim, b: Claim) -> float:
    """Hours between the publication times, when both carry a time of day; else 0."""
    ta, tb = _timestamp(a.published), _timestamp(b.published)
    return abs((ta - tb).total_seconds()) / 3600 if ta is not None and tb is not None else 0.0


def _timestamp(published: str | None) -> dt.datetime | None:
    """The publication time when it carries a time of day (``2023-09-12T08:00``), else None."""
    if not published or len(published) <= 10:
        return None
    try:
        stamp = dt.datetime.fromisoformat(published)
    except (ValueError, OverflowError):
        return None
    return stamp.replace(tzinfo=None) - (stamp.utcoffset() or dt.timedelta())


def _running(claim: Claim) -> bool:
    """Worded as a point of a count still changing: ``rose to``, ``so far``, ``at least``."""
    return claim.running or claim.bound in ("at_least", "more_than")


def _time_order(claims: list[Claim]) -> list[int]:
    """Positions of ``claims`` in :func:`_in_time_order`."""
    return sorted(range(len(claims)), key=lambda n: (claims[n].published or "", claims[n].time_role != "earlier",
                                                      _interval(claims[n])[0], n))


def _different_sources(a: Claim, b: Claim) -> bool:
    """Both figures are attributed, to bodies whose names share no content word."""
    if not a.source or not b.source:
        return False
    return not set(content_words(normalize(a.source))) & set(content_words(normalize(b.source)))


def _update(claims: list[Claim], cluster: str | None) -> Finding:
    """Claims in time order (:func:`_time_order`), the series spelled out; each claim's side
    is its place in the series. A falling figure is named a revision."""
    first, last = claims[0], claims[-1]
    change = ("rose" if _interval(last)[0] > _interval(first)[1]
              else "fell (a revision)" if _interval(last)[1] < _interval(first)[0] else "changed")
    series = " -> ".join(f"{c.outlet} ({c.published or 'undated'}{', quoted as earlier' if c.time_role == 'earlier' else ''}): "
                         f"{describe(c)}" for c in claims)
    text = (f"one figure reported over time: {series}. The figure {change}; {last.outlet}'s later "
            f"report is the latest point of the series, not a contradiction.")
    return Finding("", "update", first.claim_type, cluster, tuple(claims), text,
                   "one figure reported over time", tuple(range(len(claims))))


def describe(claim: Claim) -> str:
    """A claim's value as an editor reads it: ``145 (exact)``, ``20-99 (vague: عشرات من مقاتلي)``."""
    unit = f" {claim.unit}" if claim.unit else ""
    what = " ".join(w for w in (claim.attribute or claim.counted, claim.who) if w)
    if claim.claim_type == "distance":
        what = " ".join(w for w in (claim.direction, "from" if claim.reference else "",
                                    claim.reference or "", f"[{claim.place}]" if claim.place else "") if w)
    what = f" {what}" if what else ""
    if claim.bound == "exact" and claim.value is not None:
        return f"{_num(claim.value)}{unit}{what} (\"{claim.text}\")"
    low = "open" if claim.low is None else _num(claim.low)
    high = "open" if claim.high is None else _num(claim.high)
    return f"{low}-{high}{unit}{what} ({claim.bound}: \"{claim.text}\")"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _agreement_text(claims: list[Claim]) -> str:
    parts = "; ".join(f"{c.outlet}: {describe(c)}" for c in claims)
    text = f"{len({c.outlet for c in claims})} outlets give compatible figures. {parts}"
    references = {c.reference for c in claims if c.reference}
    if len(references) > 1:
        text += (f". The reference points are worded differently ({' / '.join(sorted(references))})"
                 " but name the same place")
    if any(c.bound == "about" for c in claims) and any(c.bound == "exact" for c in claims):
        text += ". The exact figures lie inside the range the approximate wording allows"
    return text + "."


def _contradiction_text(claims: list[Claim], sides: list[int | None]) -> str:
    by_side: dict[int, list[Claim]] = {}
    for claim, side in zip(claims, sides):
        if side is not None:
            by_side.setdefault(side, []).append(claim)
    parts = [" and ".join(f"{c.outlet} {describe(c)}" for c in by_side[s]) for s in sorted(by_side)]
    return "the figures conflict: " + " against ".join(parts) + "."


def _group_agreement(cluster: Cluster) -> Finding:
    claims = tuple(_sentence_claim(s) for s in cluster.members)
    outlets = ", ".join(cluster.outlets)
    return Finding("", "agreement", "statement", cluster.id, claims,
                   f"{len(cluster.outlets)} outlets report the same statement: {outlets}",
                   "same-claim group")


#: Days two dates of one statement may differ by and still agree: "ليلة الأحد" and "فجر
#: الاثنين" are one night, and a relative day ("today", "yesterday") rests on a publication
#: date that may be a crawl date.
DATE_SLACK_DAYS = 1


def _date_findings(dates: list[Claim], clusters: list[Cluster],
                   stories: dict[str, str] | None = None) -> list[Finding]:
    """Inside a sentence group whose sentences all belong to one story, outlets whose
    sentences each name exactly one day; days at most ``DATE_SLACK_DAYS`` apart agree."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in dates:
        by_sentence.setdefault((claim.article, claim.sentence), []).append(claim)
    out = []
    for cluster in clusters:
        single = [by_sentence[m.key][0] for m in cluster.members if len(by_sentence.get(m.key, [])) == 1]
        if len({c.outlet for c in single}) < 2:
            continue
        if stories is not None and len({stories.get(c.article) for c in single}) > 1:
            continue
        days = sorted({c.when for c in single})
        if _within_slack(days):
            same = f"the same day, {days[0]}" if len(days) == 1 else f"{days[0]} / {days[-1]} (one night or one day apart)"
            out.append(Finding("", "agreement", "date", cluster.id, tuple(single),
                               f"the outlets date it to {same}", "same day"))
        else:
            sides = tuple(days.index(c.when) for c in single)
            listed = "; ".join(f"{c.outlet}: {c.when} (\"{c.text}\")" for c in single)
            out.append(Finding("", "contradiction", "date", cluster.id, tuple(single),
                               f"the outlets date the same statement to different days: {listed}.",
                               "different days", sides))
    return out


def _within_slack(days: list[str]) -> bool:
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    return (last - first).days <= DATE_SLACK_DAYS


def _uncorroborated(claims: list[Claim], compared: _Compared) -> list[Finding]:
    """Numbers no claim of another outlet was compared with (vague counts like "several
    fronts" are left out: there is nothing to check)."""
    out = []
    for i, claim in enumerate(claims):
        if claim.claim_type == "count" and claim.bound == "vague":
            continue
        if any(compared.claims[j].outlet != claim.outlet for j in compared.partners(i)):
            continue
        out.append(Finding("", "uncorroborated", claim.claim_type, None, (claim,),
                           f"only {claim.outlet} gives this figure: {describe(claim)}",
                           "single-source number"))
    return out


def _sentence_claim(s: Sentence) -> Claim:
    return Claim(s.article, s.outlet, s.index, s.start, s.end, s.text, "statement",
                 None, None, None)


_KIND_ORDER = {"contradiction": 0, "update": 1, "agreement": 2, "uncorroborated": 3}


def _ordered(findings: list[Finding]) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (_KIND_ORDER[f.kind], f.claim_type == "statement"))
    return [replace(f, id=f"f{n}") for n, f in enumerate(ranked, 1)]


# --- two short texts (evaluation on headline pairs) -------------------------------------------

_NEGATIONS = frozenset(normalize(w) for w in (
    "لم لن لا ليس ليست لسنا غير نفى نفت ينفي تنفي عدم دون ينفى نفي كذب تكذيب يكذب"
    " not no never denies denied deny false").split())


def _negated(text: str) -> bool:
    return any(w in _NEGATIONS for w in normalize(text).split())


def pair_verdict(text_a: str, text_b: str, *, related: float = 0.2) -> str:
    """Does ``text_b`` agree with, disagree with, or say something other than ``text_a``?

    The project's own comparison on two short texts: claims read from both are compared
    (a conflict is ``disagree``); otherwise one text negated and the other not is
    ``disagree``; texts sharing less than ``related`` of their content words are ``other``.
    """
    a = _text_claims(text_a, "a")
    b = _text_claims(text_b, "b")
    found = compare_claims(a + b)
    if any(f.kind == "contradiction" for f in found):
        return "disagree"
    if _shared_share(text_a, text_b) < related and not found:
        return "other"
    if _negated(text_a) != _negated(text_b):
        return "disagree"
    return "agree"


def _text_claims(text: str, name: str) -> list[Claim]:
    sentence = Sentence(name, name, 0, 0, len(text), text, normalize(text))
    return [c for c in sentence_claims(sentence, None) if c.claim_type in NUMERIC_TYPES]


def _shared_share(a: str, b: str) -> float:
    return word_overlap(content_words(normalize(a)), content_words(normalize(b)))
