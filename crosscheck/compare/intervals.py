"""The interval each claim's wording allows, and when two intervals agree."""
from __future__ import annotations

import math

from ..models import Claim
from .rule import CHANGING_TYPES, ROUNDED_TYPES


_KM = {"km": 1.0, "m": 0.001, "mile": 1.609344, "nmi": 1.852}


#: Relative slack when two units are converted (``30 km (19 miles)``).
_CONVERSION_SLACK = 0.03


#: Share of the last written digit an exact amount or share may have been rounded by (just
#: under a half, so 7.7 and 7.8 stay apart while 13 covers 13.1).
_ROUNDING = 0.49


def _interval(claim: Claim, slack: float = 0.0) -> tuple[float, float]:
    scale = _KM.get(claim.unit, 1.0)
    low = -float("inf") if claim.low is None else claim.low * scale * (1 - slack)
    high = float("inf") if claim.high is None else claim.high * scale * (1 + slack)
    if claim.claim_type in ROUNDED_TYPES and claim.bound == "exact" and claim.value is not None:
        step = _ROUNDING * _last_digit(claim.value) * scale
        low, high = low - step, high + step
    return low, high


def _last_digit(value: float) -> float:
    """The place of the last non-zero written digit: 13 -> 1, 13.1 -> 0.1, 230 million -> 10
    million (a rounded figure is compatible with its source)."""
    for power in range(12, -4, -1):
        place = 10.0 ** power
        if abs(value) >= place and math.isclose(round(value / place) * place, value, rel_tol=1e-9, abs_tol=1e-9):
            return place
    return 10.0 ** -3


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
