"""Typed claims read from text: quantities, dates and attributions.

``quantities_in`` turns "أسرت 145 جنديا" or "about 30 km west of Tripoli" into a
:class:`Quantity` with an interval, a unit and what is counted; ``dates_in`` finds dates and
resolves them against the publication date; ``attribution_in`` names the source a sentence
cites. Spans always index the text as given.
"""
from crosscheck.claims.attribution import attribution_in
from crosscheck.claims.dates import DateMention, dates_in
from crosscheck.claims.numbers import Quantity, quantities_in

__all__ = ["Quantity", "quantities_in", "DateMention", "dates_in", "attribution_in"]
