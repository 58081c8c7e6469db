"""Which occurrence a figure is of, when only its article's lead says.

An article led by a later occurrence ("a second powerful quake hit...") gives its magnitudes
and depths to that occurrence unless their own clause points elsewhere
(:func:`crosscheck.claims.extract.claims_of`). Such an article often goes on to tell the first
one too ("the two magnitude 6 quakes", "the quake struck before dawn"), in words that name
neither. A reader settles such a figure by the rest of the coverage: it is the occurrence
that more of the story's other outlets give that figure for, in clauses that do say which
occurrence they mean. Where as many outlets give it for both, or none for either, it follows
the figure just before it in its article when the other outlets gave that one to the first
occurrence ("the agency said the 6.9 tremor came before dawn. Its depth was 9 km"), and
otherwise the lead's reading stands. Before any of that, a depth just after the later
occurrence's own magnitude ("A new 6.2 quake hit at noon. Its depth was 4 km") is that
occurrence's, whatever the other outlets give 4 km for: its article says which it means.

So is a strong later quake that one outlet calls an aftershock ("a string of aftershocks,
the largest a 6.4") and the others the second quake: a magnitude read as an aftershock's goes to
the second occurrence when more of the story's other outlets give that figure for it than
for an aftershock.
"""
from __future__ import annotations

from dataclasses import replace

from ..claims.extract import LEAD_EVENT_CUE, OCCURRENCE_CARRY
from ..models import Claim
from .intervals import agree
from .rule import EVENT_TYPES

#: The cue a settled figure carries instead of :data:`LEAD_EVENT_CUE`.
SETTLED_CUE = "the story's other outlets give this figure for the first occurrence"
#: The cue of a figure given to the first occurrence because the figure before it in its
#: article was (the other outlets being even).
FOLLOWED_CUE = "the figure before it in its article is the first occurrence's"
#: The cue of a figure read as a later occurrence's by its article's lead that more of the
#: story's other outlets give for that occurrence too.
CONFIRMED_CUE = "the story's other outlets give this figure for the later occurrence"
#: The cue of a figure kept with the later occurrence because the figure before it in its
#: article is that occurrence's ("A new 6.9 quake struck the coast. Its depth was 9 km").
FOLLOWED_LATER_CUE = "the figure before it in its article is the later occurrence's"
#: The cue of an aftershock's figure the story's other outlets give for the second occurrence.
SECOND_CUE = "the story's other outlets give this figure for the second occurrence"


def settle_lead_events(claims: list[Claim], story_of) -> list[Claim]:
    """``claims`` with each figure read as a later occurrence's only by its article's lead
    given to the first occurrence where the story's other outlets give it for that one, and
    each aftershock's magnitude to the second occurrence where they give it for that one.
    Where the other outlets are even, a figure follows the magnitude or depth just before it in
    its article when that one was so settled, at most
    :data:`~crosscheck.claims.extract.OCCURRENCE_CARRY` sentences back: "The agency said the
    6.9 tremor came before dawn. Its depth was 9 km". A figure just after a later
    occurrence's figure of another measure stays that occurrence's (:func:`_of_the_later`)."""
    told: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.cue != LEAD_EVENT_CUE:
            told.setdefault((story_of(claim), claim.claim_type), []).append(claim)
    out = []
    last: dict[str, Claim] = {}  # each article's last magnitude or depth, as read
    for claim in claims:
        others = told.get((story_of(claim), claim.claim_type), [])
        before = last.get(claim.article)
        if claim.cue == LEAD_EVENT_CUE and _of_the_later(claim, before):
            claim = replace(claim, cue=FOLLOWED_LATER_CUE)
        elif claim.cue == LEAD_EVENT_CUE:
            read = claim
            claim, even = _settled(claim, others, None, SETTLED_CUE)
            if even and _follows(claim, before) and before.cue == SETTLED_CUE:
                claim = replace(claim, event=None, cue=FOLLOWED_CUE)
            elif not even and claim.event == read.event:  # more outlets give it for the later occurrence
                claim = replace(claim, cue=CONFIRMED_CUE)
        elif claim.event == "aftershock" and claim.claim_type == "magnitude":
            claim, _ = _settled(claim, others, "second", SECOND_CUE)
        if claim.claim_type in EVENT_TYPES:
            last[claim.article] = claim
        out.append(claim)
    return out


def _follows(claim: Claim, before: Claim | None) -> bool:
    """Is ``before`` (the magnitude or depth just before ``claim`` in its article) at most
    :data:`OCCURRENCE_CARRY` sentences back?"""
    return before is not None and 0 <= claim.sentence - before.sentence <= OCCURRENCE_CARRY


def _of_the_later(claim: Claim, before: Claim | None) -> bool:
    """Does ``claim`` go with ``before``, a later occurrence's figure by its own words or by
    its lead with the story's other outlets giving it for that occurrence, just before it?
    Only as another measure of it (a depth after its magnitude) or the same figure again:
    another magnitude is the article telling another occurrence ("A second quake of 6.2 hit
    at noon. The 7.1 quake struck at dawn")."""
    return (_follows(claim, before) and before.event == "second"
            and before.cue not in (LEAD_EVENT_CUE, FOLLOWED_LATER_CUE)
            and (before.claim_type != claim.claim_type or before.value == claim.value))


def _settled(claim: Claim, told: list[Claim], instead: str | None, cue: str) -> tuple[Claim, bool]:
    """``claim`` given to the occurrence ``instead`` when more of the other outlets give its
    figure for that one than for the occurrence it was read as; and whether as many give it
    for each (none included)."""
    support: dict[str | None, set[str]] = {instead: set(), claim.event: set()}
    for other in told:
        if other.outlet != claim.outlet and other.event in support and agree(claim, other):
            support[other.event].add(other.outlet)
    if len(support[instead]) > len(support[claim.event]):
        return replace(claim, event=instead, cue=cue), False
    return claim, len(support[instead]) == len(support[claim.event])
