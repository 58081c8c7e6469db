"""The stance model's verdict as a signal on findings: for each finding that sets sentences of
two outlets side by side (a same-claim group, a contradiction between sides), whether the
model reads the second sentence as agreeing with the first, and how sure it is.

A signal never changes a finding: the number and role rules decide what a finding is; the
signal is there for the editor to weigh (a group whose sentences the model reads as
``disagree`` deserves a look: "X said..." against "X denied..."). The model is meant for
sentences already known to be about the same thing, which is what these pairs are.
"""
from __future__ import annotations

import itertools
from dataclasses import replace

from ..models import Finding, StanceSignal

#: Outlet pairs read per finding (the first ones in report order): the model reads each pair
#: twice, so a large group would cost seconds for little more to see.
MAX_PAIRS_PER_FINDING = 3


def with_stance(findings: list[Finding], model, sentence_text: dict[tuple[str, int], str]) -> list[Finding]:
    """``findings`` with a stance signal on each statement group and contradiction.

    Args:
        findings: The findings of a run.
        model: A stance model (``crosscheck.stance.load_stance_model``).
        sentence_text: Sentence key -> text (a claim of a figure quotes its span only; the
            model reads whole sentences).
    """
    wanted = {f.id: _pairs(f) for f in findings if f.kind == "contradiction" or f.claim_type == "statement"}
    keys = [pair for pairs in wanted.values() for pair in pairs]
    if not keys:
        return findings
    verdicts = model.verdicts([(sentence_text[a], sentence_text[b]) for a, b in keys])
    found = dict(zip(keys, verdicts))
    return [replace(f, stance=tuple(StanceSignal(a, b, *found[(a, b)]) for a, b in wanted[f.id]))
            if wanted.get(f.id) else f for f in findings]


def _pairs(finding: Finding) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Sentence pairs of two outlets (of two sides, in a contradiction), at most
    ``MAX_PAIRS_PER_FINDING``."""
    sides = finding.sides or (None,) * len(finding.claims)
    out = []
    for (a, sa), (b, sb) in itertools.combinations(zip(finding.claims, sides), 2):
        if a.outlet == b.outlet or (finding.kind == "contradiction" and (sa is None or sa == sb)):
            continue
        pair = ((a.article, a.sentence), (b.article, b.sentence))
        if pair[0] != pair[1] and pair not in out:
            out.append(pair)
        if len(out) == MAX_PAIRS_PER_FINDING:
            break
    return out
