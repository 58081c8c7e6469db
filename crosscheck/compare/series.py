"""Update or dispute: when two different figures of a changing count are one series."""
from __future__ import annotations

from ..models import Claim, published_date, published_time
from ..text.normalize import content_words, normalize
from .intervals import _interval, overlap
from .rule import CHANGING_TYPES, FIXED_ATTRIBUTES, ComparisonRule
from .slots import _days_apart


def conflict_kind(a: Claim, b: Claim, rule: ComparisonRule, same_statement: bool = False,
                  one_scope: bool = False) -> str | None:
    """What two conflicting figures of one slot are: ``dispute``, ``update`` or None.

    A fixed figure (a magnitude, a distance) can only be disputed. For a changing count,
    compatible wordings ("more than 50", then 135) are one series, and so are a figure quoted
    as the earlier one, or figures reported on different days or
    ``update_after_hours`` apart, are one series (``update``; a falling one is named a
    revision), except that in a story at one place (``one_scope``: its figures name no two
    countries) a later, lower figure from another named body disputes the first (a ministry's
    toll against a later, lower estimate of intelligence services). Where a story spans
    countries, a toll's scope is too often unwritten to call another body's lower figure a
    dispute. Figures of one moment dispute each other when their
    sentences state the same thing (``same_statement``: one sentence group, or near each
    other in the index) and two named sources share nothing, or neither is worded as a
    running count (``rose to``, ``so far``, ``at least``); a running count is a point of the
    series. Figures of one moment whose sentences state different things may be two
    incidents: None, neither a dispute nor an update.
    """
    if a.claim_type not in CHANGING_TYPES or a.attribute in FIXED_ATTRIBUTES:
        return "dispute"
    if overlap(a, b):  # compatible wordings of a rising count ("more than 50", then 135)
        return "update"
    if "earlier" in (a.time_role, b.time_role):
        return "update"
    if one_scope and _different_sources(a, b) and _falls_later(a, b):
        return "dispute"  # another body's lower count is no revision of the first one's
    if _days_apart(a, b) >= rule.update_after_days or _hours_apart(a, b) >= rule.update_after_hours:
        return "update"
    if _different_sources(a, b):
        return "dispute" if same_statement and one_scope else None
    if _running(a) or _running(b):
        return "update"
    return "dispute" if same_statement else None


def _hours_apart(a: Claim, b: Claim) -> float:
    """Hours between the publication times, when both carry a time of day; else 0."""
    ta, tb = published_time(a.published), published_time(b.published)
    return abs((ta - tb).total_seconds()) / 3600 if ta is not None and tb is not None else 0.0


def _running(claim: Claim) -> bool:
    """Worded as a point of a count still changing: ``rose to``, ``so far``, ``at least``."""
    return claim.running or claim.bound in ("at_least", "more_than")


def _time_order(claims: list[Claim]) -> list[int]:
    """Positions of ``claims`` in time order: publication order; a figure quoted as earlier
    first; on one day the lower figure first (tolls are revised upwards)."""
    return sorted(range(len(claims)), key=lambda n: (claims[n].published or "", claims[n].time_role != "earlier",
                                                      _interval(claims[n])[0], n))


#: A later figure below this share of the earlier one is much lower: a revision lowers a
#: toll by a little (500, then 471), another body's count may be far lower (471, then an
#: estimate of 100-300).
MUCH_LOWER = 0.75


def _falls_later(a: Claim, b: Claim) -> bool:
    """Was the figure published later much lower than the earlier one (:data:`MUCH_LOWER`)?
    Figures of one day or undated ones fall in no order."""
    da, db = published_date(a.published), published_date(b.published)
    if da is None or db is None or da == db:
        return False
    earlier, later = (a, b) if da < db else (b, a)
    return _interval(later)[1] < MUCH_LOWER * _interval(earlier)[0]


def _different_sources(a: Claim, b: Claim) -> bool:
    """Both figures are attributed, to bodies whose names share no content word."""
    if not a.source or not b.source:
        return False
    return not set(content_words(normalize(a.source))) & set(content_words(normalize(b.source)))
