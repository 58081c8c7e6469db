"""When two figures' wordings allow one value (crosscheck.compare.intervals): rounding, on
hand-made claims (no model)."""
from __future__ import annotations

import pytest

from crosscheck.compare.intervals import agree
from crosscheck.models import Claim


def _figure(article: str, claim_type: str, value: float, unit: str | None = None) -> Claim:
    return Claim(article, article.upper(), 0, 0, 3, str(value), claim_type, value, value, value,
                 unit=unit, bound="exact", published="2031-05-06")


@pytest.mark.parametrize("claim_type, unit, coarse, fine, agreed", [
    # a share or an amount may be rounded to its last written digit
    ("percent", "%", 13, 13.1, True),
    ("money", "USD", 3e9, 3.2e9, True),
    ("percent", "%", 5.7, 5.8, False),
    # a length only to a whole unit: 12 km for 11.6 km, never 9 km for 6 km or 30 for 27
    ("depth", "km", 12, 11.6, True),
    ("depth", "km", 9, 6, False),
    ("distance", "km", 30, 27, False),
    ("distance", "km", 12, 11.4, False),
    # a magnitude is given to the tenth it means
    ("magnitude", None, 6.4, 6.3, False),
])
def test_rounded_figures(claim_type, unit, coarse, fine, agreed):
    a, b = _figure("a", claim_type, coarse, unit), _figure("b", claim_type, fine, unit)
    assert agree(a, b) is agreed and agree(b, a) is agreed
