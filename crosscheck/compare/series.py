"""Update or dispute: when two different figures of a changing count are one series."""
from __future__ import annotations

import datetime as dt

from ..models import Claim
from ..text.normalize import content_words, normalize
from .intervals import _interval
from .rule import CHANGING_TYPES, ComparisonRule
from .slots import _days_apart


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
