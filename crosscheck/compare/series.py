"""Update or dispute: when two different figures of a changing count are one series."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..claims.extract import source_words
from ..models import Claim, published_date, published_time
from ..text.normalize import normalize
from .intervals import _interval, is_vague, overlap
from .rule import CHANGING_TYPES, FIXED_ATTRIBUTES, ComparisonRule
from .slots import _days_apart, _physical, _slot_key, past_year, several_countries


#: The slot of the people rescued (:func:`_slot_key` of a ``rescued`` toll).
_RESCUED_SLOT = ("casualties", "rescued", None, None, None)
#: Wordings that give a count as counted so far ("78", "at least 78"), not a loose bound.
COUNTED_BOUNDS = frozenset({"exact", "at_least"})


@dataclass(frozen=True)
class StoryReports:
    """What each story reports of each slot, for telling a dispute from a series.

    Attributes:
        story_of: The story of each article.
        mixed_scope: Stories whose figures span countries (:func:`several_countries`).
        days: ``(story, slot) -> {value: days}``: the days each figure was reported on, as
            the current one.
        withdrawn: ``(article, slot) -> values`` an article says were wrong ("64 and not 65
            as originally reported").
    """

    story_of: dict[str, str | None] = field(default_factory=dict)
    mixed_scope: frozenset = frozenset()
    days: dict[tuple, dict[float, set[int]]] = field(default_factory=dict)
    withdrawn: dict[tuple, set[float]] = field(default_factory=dict)

    def one_scope(self, claim: Claim) -> bool:
        """Is the claim's story at one place (its figures name no two countries)?"""
        return self.story_of.get(claim.article) not in self.mixed_scope

    def corrects(self, a: Claim, b: Claim) -> bool:
        """Does the article of one figure say the other one was wrong?"""
        return (a.value in self.withdrawn.get((b.article, _slot_key(b)), ())
                or b.value in self.withdrawn.get((a.article, _slot_key(a)), ()))

    def settled_group(self, a: Claim, b: Claim) -> bool:
        """Are ``a`` and ``b`` parts of the people rescued (counted by nationality among them)
        on two days the story gives one same number rescued? The group did not change in
        between, so neither can its parts: 31 Sudanese among the 90 rescued one day and 34
        among the same 90 two days later dispute each other."""
        if a.claim_type != "count" or a.attribute != "rescued":
            return False
        slot = self.days.get((self.story_of.get(a.article), _RESCUED_SLOT), {})
        days = [published_date(c.published) for c in (a, b)]
        if None in days:
            return False
        given = [{value for value, on in slot.items() if day.toordinal() in on} for day in days]
        return len(given[0]) == 1 and given[0] == given[1]

    def comes_back(self, a: Claim, b: Claim) -> bool:
        """Is the lower of two figures reported both by the first day the higher one was and
        after the day of the higher one? Then the count never rose from it: the two are given
        for the same moment (65 against the 64 given before and after). A higher figure given
        first and replaced later (300, then 280 from the next day on) is a revision, and a lower
        one given again after the count rose through several figures (90 after 95 and 110)
        is a stale copy."""
        if a.value is None or b.value is None or a.value == b.value:
            return False
        if not {a.bound, b.bound} <= COUNTED_BOUNDS:
            return False  # "more than 300" wounded is a loose bound: 324 fits it
        low, high = sorted((a, b), key=lambda c: c.value)
        day = published_date(high.published)
        if day is None:
            return False
        slot = self.days.get((self.story_of.get(low.article), _slot_key(low)), {})
        reported, high_days = slot.get(low.value, set()), slot.get(high.value, {day.toordinal()})
        if not any(d <= min(high_days) for d in reported):
            return False
        first = min(reported)
        for back in (d for d in reported if d > day.toordinal()):
            above = {value for value, days in slot.items()
                     if value > low.value and any(first <= d <= back for d in days)}
            if above == {high.value}:  # one higher figure in between: a blip; more: the count rose
                return True
        return False


def story_reports(figures: list[Claim], claims: list[Claim], story_of) -> StoryReports:
    """:class:`StoryReports` of the compared ``figures``; ``claims`` (all claims of the run)
    give the withdrawn figures."""
    days: dict[tuple, dict[float, set[int]]] = {}
    for claim in figures:
        day = published_date(claim.published)
        if day is not None and claim.value is not None and claim.time_role == "current":
            key = (story_of(claim), _slot_key(claim))
            days.setdefault(key, {}).setdefault(claim.value, set()).add(day.toordinal())
    withdrawn: dict[tuple, set[float]] = {}
    for claim in claims:
        if claim.status == "withdrawn" and claim.value is not None:
            withdrawn.setdefault((claim.article, _slot_key(claim)), set()).add(claim.value)
    return StoryReports({c.article: story_of(c) for c in figures}, frozenset(several_countries(figures, story_of)),
                        days, withdrawn)


def conflict_kind(a: Claim, b: Claim, rule: ComparisonRule, statement: float = 0.0,
                  reports: StoryReports | None = None) -> str | None:
    """What two conflicting figures of one slot are: ``dispute``, ``update`` or None.

    A fixed figure (a magnitude, a distance, a past year's toll, an amount in tonnes not
    worded as a running count) can only be disputed. For a changing count, a
    figure an article says was wrong ("64 and not 65 as originally reported") is revised,
    an ``update``. In a story at one place (its figures name no two countries:
    :meth:`StoryReports.one_scope`), two outlets' figures are a dispute when the lower one is
    reported both by the day of the higher one and after it (the count never rose from it:
    65 against the 64 given before and after), or when a later figure from another named
    body is much lower (a ministry's toll against a later estimate of intelligence services).
    Otherwise compatible wordings ("more than 50", then 135) are one series, and so are a
    figure quoted as the earlier one, or figures reported on different days or
    ``update_after_hours`` apart (``update``; a falling one is named a revision). Figures of
    one moment dispute each other when their sentences state the same thing (``statement``:
    1 in one sentence group, else the cosine of two sentences near each other in the index):
    two named sources that share nothing (in a story at one place) in sentences at least
    ``rule.min_similarity`` alike, or figures neither worded as a running count (``rose
    to``, ``so far``, ``at least``) in sentences at least ``rule.min_dispute_similarity``
    alike, ``rule.min_similarity`` when both come from one named body (its figure of that
    moment, printed two ways: 212 and 221 wounded in the ministry's one statement); a running
    count is a point of the series. A figure that says neither its number nor whom it counts
    ("dozens were killed", :func:`_says_little`), or two figures with no written number
    ("dozens" against "hundreds"), dispute only in a sentence of one group, unless two named
    sources give them: in sentences merely alike they fit any of the incidents a story tells
    (a city's week of clashes). Figures
    of one moment whose sentences state different things may be two incidents: None,
    neither a dispute nor an update. Where a story spans countries, a toll's scope is too
    often unwritten to call another body's figure a dispute.
    """
    reports = reports or StoryReports()
    if fixed_figure(a, b) or reports.settled_group(a, b):
        return "dispute"
    if reports.corrects(a, b):
        return "update"
    one_scope = reports.one_scope(a)
    if "earlier" in (a.time_role, b.time_role):
        return "update"
    if one_scope and a.outlet != b.outlet and reports.comes_back(a, b):
        return "dispute"
    if overlap(a, b):  # compatible wordings of a rising count ("more than 50", then 135)
        return "update"
    if one_scope and _different_sources(a, b) and _falls_later(a, b):
        return "dispute"  # another body's lower count is no revision of the first one's
    if _days_apart(a, b) >= rule.update_after_days or _hours_apart(a, b) >= rule.update_after_hours:
        return "update"
    if _different_sources(a, b):
        return "dispute" if statement >= rule.min_similarity and one_scope else None
    if _running(a) or _running(b):
        return "update"
    if (_says_little(a) or _says_little(b) or is_vague(a) and is_vague(b)) and statement < 1.0:
        return None  # "dozens were killed" fits every incident the story's sentences tell
    if same_body(a, b):  # one body's figure of one moment, printed two ways
        return "dispute" if statement >= rule.min_similarity else None
    return "dispute" if statement >= rule.min_dispute_similarity else None


def _says_little(claim: Claim) -> bool:
    """A figure with no written number that names no one it counts ("dozens were killed",
    "dozens of people", "أصيب العشرات"); "dozens of the general's fighters" names a side of
    one event."""
    return is_vague(claim) and claim.who in (None, "people")


def fixed_figure(a: Claim, b: Claim) -> bool:
    """Is the figure of ``a`` and ``b`` one that cannot change: a magnitude, a distance, how
    many were aboard, a past year's toll, an amount in tonnes (:func:`_fixed_amount`)?"""
    return (a.claim_type not in CHANGING_TYPES or a.attribute in FIXED_ATTRIBUTES
            or past_year(a) is not None or _fixed_amount(a, b))


def _fixed_amount(a: Claim, b: Claim) -> bool:
    """Two amounts in a physical unit (tonnes stored, cubic metres released), neither worded
    as a running count nor quoted as the earlier one: one fixed amount, whatever the day."""
    return (a.claim_type == "quantity" and _physical(a.unit) and not (_running(a) or _running(b))
            and "earlier" not in (a.time_role, b.time_role))


def _hours_apart(a: Claim, b: Claim) -> float:
    """Hours between the publication times, when both carry a time of day; else 0."""
    ta, tb = published_time(a.published), published_time(b.published)
    return abs((ta - tb).total_seconds()) / 3600 if ta is not None and tb is not None else 0.0


def _running(claim: Claim) -> bool:
    """Worded as a point of a count still changing: ``rose to``, ``so far``, ``at least``."""
    return claim.running or claim.bound in ("at_least", "more_than")


def _time_order(claims: list[Claim]) -> list[int]:
    """Positions of ``claims`` in time order: publication order; on one day a figure quoted
    as earlier first, then a figure the series already gave on an earlier day (an outlet
    still carrying the first toll after its revision), then the lower figure first (tolls are
    revised upwards)."""
    def day(claim: Claim) -> str:
        return str(published_date(claim.published) or "")

    first_day: dict[float | None, str] = {}
    for claim in claims:
        if day(claim):
            first_day[claim.value] = min(day(claim), first_day.get(claim.value, day(claim)))

    def key(n: int) -> tuple:
        claim = claims[n]
        carried = first_day.get(claim.value, day(claim)) < day(claim)
        return (claim.published or "", claim.time_role != "earlier", not carried, _interval(claim)[0], n)
    return sorted(range(len(claims)), key=key)


#: A later figure below this share of the earlier one is much lower: a revision lowers a
#: toll by a little (300, then 280), another body's count may be far lower (210, then an
#: estimate of 40-90).
MUCH_LOWER = 0.75


def _falls_later(a: Claim, b: Claim) -> bool:
    """Was the figure published later much lower than the earlier one (:data:`MUCH_LOWER`)?
    Figures of one day or undated ones fall in no order."""
    da, db = published_date(a.published), published_date(b.published)
    if da is None or db is None or da == db:
        return False
    earlier, later = (a, b) if da < db else (b, a)
    return _interval(later)[1] < MUCH_LOWER * _interval(earlier)[0]


def same_body(a: Claim, b: Claim) -> bool:
    """Do both figures come from one named body (their ``source_ids`` share one)?"""
    return bool(set(a.source_ids) & set(b.source_ids))


def two_bodies(a: Claim, b: Claim) -> bool:
    """Are the figures credited to two named bodies, none in common (the civil defence and
    the health ministry)?"""
    return bool(a.source_ids and b.source_ids) and not same_body(a, b)


def _different_sources(a: Claim, b: Claim) -> bool:
    """Both figures are attributed, to different bodies: by the bodies' ids when both sources
    name one (``الهلال الأحمر`` and ``the Red Crescent`` are one body in two languages; the
    health ministry and the Red Crescent are two), else by names that share no content word.
    A source that names no body ("reports", "officials", "the latest figures", ``مصادر``) is
    no other body than any."""
    if not a.source or not b.source:
        return False
    if a.source_ids and b.source_ids:
        return not set(a.source_ids) & set(b.source_ids)
    if _names_no_body(a.source) or _names_no_body(b.source):
        return False
    return not source_words(a.source) & source_words(b.source)


#: Words of a source that names no body: reports, sources, officials, witnesses, figures.
UNNAMED_SOURCE_WORDS = frozenset(normalize(w) for w in """
    reports report sources source officials official media witnesses residents authorities
    latest figures statistics data
    تقارير تقرير مصادر مصدر مسؤولون مسؤولين مسؤول شهود سكان السلطات الإحصائيات إحصائيات الأرقام
    آخر أحدث
""".split())


def _names_no_body(source: str) -> bool:
    """Is every content word of the source one that names no body (:data:`UNNAMED_SOURCE_WORDS`)?"""
    return all(not UNNAMED_SOURCE_WORDS.isdisjoint(variants) for variants in source_words(source))
