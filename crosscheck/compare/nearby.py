"""Which sentences are near each other in the index: the claims of near sentences state the
same thing (two figures of one moment there are a dispute, not a series)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..models import Claim
from .rule import ComparisonRule


#: How many times further than ``ComparisonRule.neighbours`` a sentence added to a compared
#: index looks for the earlier sentences that would count it among their nearest.
LOOK_BACK_FACTOR = 4


@dataclass
class Nearby:
    """:func:`nearby_sentences` of an index's first ``size`` rows, kept with the index (the
    pipeline's ``Derived``) so a later check searches only the sentences added since."""

    rule: ComparisonRule
    near: Near
    reach: dict[tuple[str, int], float]
    size: int

    def to_json(self) -> dict:
        """A JSON-ready dict; :meth:`from_json` reads it back (saved with the index).
        Sentence keys are written once and referred to by position."""
        keys = sorted(self.near.keys() | self.reach.keys())
        at = {key: n for n, key in enumerate(keys)}
        return {"rule": asdict(self.rule), "size": self.size, "keys": [list(k) for k in keys],
                "near": [[at[key], sorted(at[o] for o in others)] for key, others in self.near.items()],
                "reach": [[at[key], value] for key, value in self.reach.items()]}

    @classmethod
    def from_json(cls, data: dict) -> Nearby:
        keys = [(a, s) for a, s in data["keys"]]
        return cls(ComparisonRule(**data["rule"]),
                   {keys[n]: {keys[o] for o in others} for n, others in data["near"]},
                   {keys[n]: value for n, value in data["reach"]}, data["size"])


def nearby_in(index, claims: list[Claim], rule: ComparisonRule, earlier: Nearby | None = None) -> Nearby:
    """:func:`nearby_sentences`, extending ``earlier`` (what an earlier check found on the
    index's first rows, with the same rule) to the sentences added since."""
    if earlier is None or earlier.rule != rule or earlier.size > len(index):
        earlier = Nearby(rule, {}, {}, 0)
    near, reach = _nearby(index, claims, rule, earlier.near, earlier.reach, earlier.size)
    return Nearby(rule, near, reach, len(index))


Near = dict[tuple[str, int], set[tuple[str, int]]]


def nearby_sentences(index, claims: list[Claim], rule: ComparisonRule = ComparisonRule()) -> Near:
    """For each sentence carrying a claim, the claim-carrying sentences of other articles
    among its ``rule.neighbours`` nearest in ``index`` with cosine >= ``rule.min_similarity``.

    The relation is made symmetric. One faiss search per claim sentence: linear in the index.
    """
    return _nearby(index, claims, rule, {}, {}, 0)[0]


def _nearby(index, claims: list[Claim], rule: ComparisonRule, known: Near,
            reach: dict[tuple[str, int], float], since: int) -> tuple[Near, dict[tuple[str, int], float]]:
    """:func:`nearby_sentences` searching only the rows from ``since`` on; ``known`` is the
    answer for the rows before (its sets are extended in place), ``reach`` each searched
    sentence's last neighbour cosine.

    A new sentence looks ``LOOK_BACK_FACTOR`` times further than ``rule.neighbours``, so it finds
    the earlier sentences that would count it among their nearest (cosine >= their reach).
    """
    keys = sorted({(c.article, c.sentence) for c in claims})
    rows = {s.key: i for i, s in enumerate(index.sentences)}
    wanted = [k for k in keys if k in rows]
    near: Near = {k: known.get(k) or set() for k in wanted}  # ``known``'s sets are extended
    reach = dict(reach)
    new = [k for k in wanted if rows[k] >= since]
    if not new:
        return near, reach
    k = rule.neighbours + 1
    scores, ids, reached = index.search_reaching(index.vectors([rows[key] for key in new]), k,
                                                 k * LOOK_BACK_FACTOR if since else None)
    reach.update(zip(new, reached))
    for key, found, row_scores in zip(new, ids, scores):
        for rank, (i, score) in enumerate(zip(found.tolist(), row_scores.tolist())):
            other = index.sentences[i].key if i >= 0 else None
            if (other in near and other[0] != key[0] and score >= rule.min_similarity
                    and (rank < k or score >= reach.get(other, float("inf")))):
                near[key].add(other)
                near[other].add(key)
    return near, reach
