"""The interval each claim's wording allows, and when two intervals agree."""
from __future__ import annotations

import math

from ..claims._lexicon import KM_IN
from ..models import Claim
from .rule import FIXED_ATTRIBUTES, ROUNDED_TYPES, WHOLE_UNIT_ROUNDED


#: Relative slack when two units are converted (``30 km (19 miles)``).
_CONVERSION_SLACK = 0.03


#: Share of the last written digit a figure may have been rounded by (just under a half).
_ROUNDING = 0.49


def _interval(claim: Claim, slack: float = 0.0, rounded: float = 0.0) -> tuple[float, float]:
    """The interval the claim's wording allows (in km for lengths), widened by ``slack`` (a
    share) and ``rounded`` (an amount either way); "up to N" people reach down only to
    ``ESTIMATE_REACH`` below N (:func:`_estimate`)."""
    scale = KM_IN.get(claim.unit, 1.0)
    low = claim.low
    if low is None and _estimate(claim):
        low = claim.high * (1 - ESTIMATE_REACH)
    low = -float("inf") if low is None else low * scale * (1 - slack) - rounded * scale
    high = float("inf") if claim.high is None else claim.high * scale * (1 + slack) + rounded * scale
    return low, high


#: How far below its figure "up to N" / "as many as N" people reaches: news gives it as an
#: estimate of N ("up to 60 on board" against "up to 90"), not as any number from zero.
ESTIMATE_REACH = 0.2


def _estimate(claim: Claim) -> bool:
    """An upper bound on a count of people (``up to 60 people``, ``as many as 90 people``)."""
    return claim.claim_type == "casualties" and claim.bound == "at_most" and claim.high is not None


def _last_digit(value: float) -> float:
    """The place of the last non-zero written digit: 13 -> 1, 13.1 -> 0.1, 230 million -> 10
    million."""
    for power in range(12, -4, -1):
        place = 10.0 ** power
        if abs(value) >= place and math.isclose(round(value / place) * place, value, rel_tol=1e-9, abs_tol=1e-9):
            return place
    return 10.0 ** -3


def _rounding(a: Claim, b: Claim) -> tuple[float, float]:
    """How far each of two exact shares or amounts may have been rounded: the coarser figure
    by just under half its last digit (13% may stand for 13.1%), the finer one not at all;
    two figures written to the same digit are both taken as written (5.7 against 5.8, 1,200
    against 1,250 tonnes). A length (:data:`WHOLE_UNIT_ROUNDED`) by half a unit at most."""
    if not (a.claim_type in ROUNDED_TYPES | WHOLE_UNIT_ROUNDED and a.bound == b.bound == "exact"
            and a.value is not None and b.value is not None):
        return 0.0, 0.0
    da, db = _last_digit(a.value), _last_digit(b.value)
    if a.claim_type in WHOLE_UNIT_ROUNDED:
        da, db = min(da, 1.0), min(db, 1.0)
    return (_ROUNDING * da if da > db else 0.0), (_ROUNDING * db if db > da else 0.0)


def overlap(a: Claim, b: Claim) -> bool:
    """Do the intervals the two wordings allow share a value? Bounds count as closed."""
    slack = _CONVERSION_SLACK if a.unit != b.unit else 0.0
    ra, rb = _rounding(a, b)
    (la, ha), (lb, hb) = _interval(a, slack, ra), _interval(b, slack, rb)
    return max(la, lb) <= min(ha, hb)


def agree(a: Claim, b: Claim) -> bool:
    """Compatible figures: their intervals overlap, except two different counts of people of
    which one is a lower bound (``at least 10`` then ``at least 18`` dead is a rising toll,
    not the same figure; ``more than 50 tonnes`` is compatible with 1,250 tonnes)."""
    if not overlap(a, b):
        return False
    lower = {"at_least", "more_than"}
    return not (a.claim_type == "casualties" and a.attribute not in FIXED_ATTRIBUTES
                and a.value is not None and b.value is not None
                and a.value != b.value and (a.bound in lower or b.bound in lower)
                and a.bound in lower | {"exact"} and b.bound in lower | {"exact"})


def _width(claim: Claim) -> float:
    low, high = _interval(claim)
    return high - low


def is_vague(claim: Claim) -> bool:
    """A figure with no written number ("hundreds", "several"); a written range is none."""
    return claim.value is None and claim.bound != "range"
