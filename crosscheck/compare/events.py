"""Which occurrence a figure is of, when only its article's lead says.

An article led by a later occurrence ("a second powerful quake hit...") gives its magnitudes
and depths to that occurrence unless their own clause points elsewhere
(:func:`crosscheck.claims.extract.claims_of`). Such an article often goes on to tell the first
one too ("the two magnitude 6 quakes", "the quake struck before dawn"), in words that name
neither. A reader settles such a figure by the rest of the coverage: it is the occurrence
that more of the story's other outlets give that figure for, in clauses that do say which
occurrence they mean. Where as many outlets give it for both, or none for either, the lead's
reading stands.
"""
from __future__ import annotations

from dataclasses import replace

from ..claims.extract import LEAD_EVENT_CUE
from ..models import Claim
from .intervals import agree

#: The cue a settled figure carries instead of :data:`LEAD_EVENT_CUE`.
SETTLED_CUE = "the story's other outlets give this figure for the first occurrence"


def settle_lead_events(claims: list[Claim], story_of) -> list[Claim]:
    """``claims`` with each figure read as a later occurrence's only by its article's lead
    given to the first occurrence where the story's other outlets give it for that one."""
    told: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.cue != LEAD_EVENT_CUE:
            told.setdefault((story_of(claim), claim.claim_type), []).append(claim)
    return [_settled(c, told.get((story_of(c), c.claim_type), [])) if c.cue == LEAD_EVENT_CUE else c
            for c in claims]


def _settled(claim: Claim, told: list[Claim]) -> Claim:
    support: dict[str | None, set[str]] = {None: set(), claim.event: set()}
    for other in told:
        if other.outlet != claim.outlet and other.event in support and agree(claim, other):
            support[other.event].add(other.outlet)
    if len(support[None]) > len(support[claim.event]):
        return replace(claim, event=None, cue=SETTLED_CUE)
    return claim
