"""On whose word a figure rests: outlets that give one figure and credit it to different bodies.

Two outlets that print the same toll on the same day, one on the Red Cross's word and one on
the health minister's, disagree about who gave it; a desk checks which body did. Figures are
compared within one story, by slot (what is counted, as :func:`~crosscheck.compare.slots._slot_key`
keys it), value and day, and only when both claims name a body (``Claim.source_ids``: a
country, an outlet or an unnamed "officials" names none). An outlet that credits the figure to
both bodies is in conflict with neither. The finding quotes each source where its sentence
names it, as an ``attribution`` claim; its severity is ``low`` (the figure itself agrees).
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace

from ..claims.attribution import source_span
from ..models import Claim, Finding, published_date
from .sets import _components
from .slots import _slot_key

#: Figures whose source is compared: people counted (a toll, the wounded, the missing).
CREDITED_TYPES = frozenset({"casualties"})


def source_findings(figures: list[Claim], sentences: dict, story_of) -> list[Finding]:
    """A ``contradiction`` of claim type ``attribution`` for each figure that outlets credit
    to bodies with no body in common.

    Args:
        figures: The compared figures (asserted, current or quoted as earlier).
        sentences: Each sentence by key (to quote where a source is named).
        story_of: The story of a claim.
    """
    out = []
    for (_, _, value, _), members in _same_figures(figures, story_of).items():
        credited = defaultdict(set)
        for claim in members:
            credited[claim.outlet] |= set(claim.source_ids)
        conflicts = {(i, j) for (i, a), (j, b) in itertools.combinations(enumerate(members), 2)
                     if a.outlet != b.outlet and not credited[a.outlet] & credited[b.outlet]}
        for component in _components(len(members), conflicts):
            finding = _finding(value, [members[i] for i in component], sentences)
            if finding is not None:
                out.append(finding)
    return out


def _same_figures(figures: list[Claim], story_of) -> dict[tuple, list[Claim]]:
    """The credited figures of one story, slot, value and day, at most one per sentence."""
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    seen = set()
    for claim in figures:
        day = published_date(claim.published)
        if (claim.claim_type not in CREDITED_TYPES or claim.value is None or not claim.source_ids
                or day is None or (claim.article, claim.sentence, claim.value) in seen):
            continue
        seen.add((claim.article, claim.sentence, claim.value))
        buckets[(story_of(claim), _slot_key(claim), claim.value, day)].append(claim)
    return buckets


def _finding(value: float, figures: list[Claim], sentences: dict) -> Finding | None:
    """The contradiction of one figure's sources: one side per body, each figure's source
    quoted as an ``attribution`` claim."""
    quoted = [q for q in (_quoted_source(c, sentences) for c in figures) if q is not None]
    sides: list[int] = []
    bodies: list[set[str]] = []
    for claim in quoted:
        side = next((n for n, ids in enumerate(bodies) if ids & set(claim.source_ids)), None)
        if side is None:
            bodies.append(set())
            side = len(bodies) - 1
        bodies[side] |= set(claim.source_ids)
        sides.append(side)
    if len(bodies) < 2:
        return None
    told = " against ".join(", ".join(f"{c.outlet} (\"{c.text}\": {' / '.join(c.source_ids)})"
                                      for c, s in zip(quoted, sides) if s == side) for side in range(len(bodies)))
    return Finding("", "contradiction", "attribution", None, tuple(quoted),
                   f"the outlets credit the same figure, {value:g}, to different bodies: {told} "
                   "(severity low: the figure agrees, its source does not).",
                   "same figure, different source", tuple(sides), severity="low")


def _quoted_source(figure: Claim, sentences: dict) -> Claim | None:
    """The figure's source as an ``attribution`` claim spanning the words that name it."""
    sentence = sentences.get((figure.article, figure.sentence))
    span = source_span(sentence.text, figure.source) if sentence is not None and figure.source else None
    if span is None:
        return None
    start, end = span
    return replace(figure, claim_type="attribution", text=sentence.text[start:end], value=None, low=None, high=None,
                   start=sentence.start + start, end=sentence.start + end, attribute="source_of")
