"""The data that flows between stages.

Every object carries stable ids (article id, sentence index, character offsets into the
original article text) so a finding can always be traced back to the exact quoted span.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article as read from disk, text unchanged.

    Attributes:
        id: Stable id, the file stem (with a row number for multi-article files).
        outlet: Who published it; the file stem when nothing names it.
        text: The original text; every offset in the report points into it.
        path: The file it came from.
    """

    id: str
    outlet: str
    text: str
    path: str
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    url: str | None = None


@functools.lru_cache(maxsize=1 << 12)
def published_date(value: str | None) -> dt.date | None:
    """The day of a ``published`` value (ISO 8601, a date or a date-time); None when unknown."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except (ValueError, OverflowError):
        return None


def published_time(value: str | None) -> dt.datetime | None:
    """The UTC time of a ``published`` value when it carries a time of day
    (``2023-09-12T08:00+03:00``), else None."""
    if not value or len(value) <= 10:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value)
        return stamp.replace(tzinfo=None) - (stamp.utcoffset() or dt.timedelta())
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character span in ``Article.text``.

    Attributes:
        block: ``body`` or ``read_also`` (links to other stories, kept apart from the body).
        norm: The text normalised for matching (never shown to the user).
    """

    article: str
    outlet: str
    index: int
    start: int
    end: int
    text: str
    norm: str
    block: str = "body"

    @property
    def key(self) -> tuple[str, int]:
        """Unique key of the sentence in a run: (article id, sentence index)."""
        return (self.article, self.index)


@dataclass(frozen=True)
class Cluster:
    """Sentences from two or more outlets that state the same claim."""

    id: str
    members: tuple[Sentence, ...]
    cohesion: float

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members})


@dataclass(frozen=True)
class Claim:
    """A typed claim found in a sentence: a number with its unit and what it counts, or a date.

    ``start``/``end`` are the span of the claim inside the article text; ``sentence`` is the
    sentence index. ``low``/``high`` are the interval the wording allows (``None`` = open).

    Attributes:
        claim_type: ``casualties``, ``distance``, ``count``, ``quantity``, ``money``,
            ``percent``, ``date``, ``statement`` for a whole sentence of a group; a role of an
            event (:mod:`crosscheck.claims.roles`): ``attribution`` (who asked for it),
            ``location`` (where it happened), ``actor`` (who caused it); ``framing`` (how
            the outlet names an actor, :func:`crosscheck.claims.actors.namings_in`).
        counted: What is counted (``جندي``, ``vehicle``), as a lemma.
        attribute: For casualties: ``killed``, ``wounded``, ``captured``, ``missing``,
            ``displaced``; for a count of things, ``destroyed`` or ``damaged``.
        who: Whom a casualty figure counts (``soldiers``, ``civilians``...).
        place: The place or object the claim is about, as written (for a distance, the
            place measured; for other claims, the places named in its clause).
        place_ids: Language-independent ids of those places (``derna``, ``libya:east``,
            ``dam:abu mansour``), see :mod:`crosscheck.claims.places`.
        direction: For a distance: ``south``, ``north-east``...
        reference: For a distance: the place measured from.
        source: Whom the claim's clause attributes it to, else its sentence (``مصدر أمني``).
        when: For a date claim: the ISO date it resolves to.
        published: Publication date of the article.
        time_role: ``current``, ``earlier`` (quoted as an earlier figure), ``background``
            (another event or year) or ``projected``.
        status: ``asserted``, ``withdrawn`` (``not 79 as first reported``) or ``denied``.
        event: None for the story's main event; ``second`` or ``aftershock`` for another
            occurrence of the same kind (``زلزال آخر بقوة 5.9``); ``period:<window>`` for a
            toll counted over a window (``خلال يوليو``).
        cue: The words that decided the time role, status or event.
        running: The wording presents the figure as a point of a count still changing
            (``rose to``, ``so far``, ``ارتفعت الحصيلة إلى``).
        concept: What a count counts, one key in both languages (``bridge`` for ``جسور``),
            see :mod:`crosscheck.claims.concepts`.
        source_ids: The bodies ``source`` names, as actor ids in both languages (``red
            crescent``, ``health ministry``), see :func:`crosscheck.claims.extract.source_ids`;
            a short source ("the minister") has those of the fuller source of its article
            that holds its words ("the Minister of Health").
        actors: Ids of the actors the claim's clause (else its sentence) names
            (``guterres``, ``germany``, ``name:msmr``), see :mod:`crosscheck.claims.actors`.
            For a role: ``counted`` is the event (``meeting:haftar``), ``attribute`` the role
            (``met_in``), ``who`` the actor id or ``place_ids`` the place that fills it, and
            ``status`` may be ``alleged`` (an accusation the outlet reports). For framing:
            ``who`` is the actor and ``attribute`` the descriptor (``المشير``).
        scope: The finest of ``place_ids`` (a country named beside one of its provinces is
            dropped: ``in Hatay, Turkey`` is about Hatay).
    """

    article: str
    outlet: str
    sentence: int
    start: int
    end: int
    text: str
    claim_type: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None = None
    bound: str = "exact"
    counted: str | None = None
    attribute: str | None = None
    place: str | None = None
    published: str | None = None
    who: str | None = None
    place_ids: tuple[str, ...] = ()
    direction: str | None = None
    reference: str | None = None
    source: str | None = None
    when: str | None = None
    time_role: str = "current"
    status: str = "asserted"
    event: str | None = None
    cue: str | None = None
    scope: tuple[str, ...] = ()
    running: bool = False
    concept: str | None = None
    actors: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class StanceSignal:
    """The stance model's reading of two sentences of a finding (``crosscheck.stance``).

    Attributes:
        first: Sentence key (article, sentence) of the first sentence.
        second: Sentence key of the second.
        label: ``agree``, ``disagree`` or ``other``: how the second reads against the first.
        score: The model's probability of that label.
    """

    first: tuple[str, int]
    second: tuple[str, int]
    label: str
    score: float


#: The kinds of finding, in report order: what an editor must see first comes first.
FINDING_KINDS = ("contradiction", "update", "agreement", "uncorroborated", "framing")


@dataclass(frozen=True)
class Finding:
    """What the comparison concluded about a set of claims or a group of sentences.

    Attributes:
        kind: ``agreement``, ``contradiction``, ``update`` or ``uncorroborated``.
        sides: For a contradiction, the side index of each claim (aligned with ``claims``);
            ``None`` for a claim compatible with several sides.
        stance: The stance model's readings of sentence pairs of the finding, when asked for
            (``check --stance``): a signal beside the rules, never a verdict.
        severity: For a contradiction of roles (who, where, on whose request): ``low``,
            ``medium`` or ``high`` (:func:`crosscheck.compare.roles.severity`); None otherwise.
    """

    id: str
    kind: str
    claim_type: str
    cluster: str | None
    claims: tuple[Claim, ...]
    explanation: str
    rule: str
    sides: tuple[int | None, ...] = field(default=())
    stance: tuple[StanceSignal, ...] = field(default=())
    severity: str | None = None

    @property
    def actors(self) -> tuple[str, ...]:
        """The ids of the actors its claims mention, in order of first mention."""
        return tuple(dict.fromkeys(a for c in self.claims for a in c.actors))
