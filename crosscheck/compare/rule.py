"""What the comparison compares, and the settings of when (:class:`ComparisonRule`)."""
from __future__ import annotations

from dataclasses import dataclass


NUMERIC_TYPES = ("casualties", "distance", "count", "quantity", "money", "percent", "magnitude", "depth")


#: Figures compared across a whole story, whatever sentence states them: their slot (a toll,
#: people rescued, a magnitude, a depth, a distance) says what they measure. Other counts,
#: amounts and shares ("8 provinces", "28 million riyals") meet only in nearby sentences.
STORY_WIDE_TYPES = frozenset({"casualties", "magnitude", "depth", "distance"})
#: Figures of the event itself, compared whatever places their clauses name.
EVENT_TYPES = frozenset({"magnitude", "depth"})


#: People counted in a state that does not change once it is past: how many were on board.
FIXED_ATTRIBUTES = frozenset({"aboard"})
#: Figures that change as a story develops; a distance does not.
CHANGING_TYPES = frozenset({"casualties", "count", "quantity", "money", "percent"})


#: Types compared only inside a sentence group or when their clauses name the same specific
#: place or object: "40%", "$5m" or "8 provinces" alone says too little about what it measures.
GROUP_ONLY_TYPES = frozenset({"percent", "money", "quantity", "count"})
#: Amounts and shares news rounds (13% for 13.1%, "3 billion" for 3.2 billion): an exact one
#: allows half its last written digit either way. Counts of people are never rounded so.
ROUNDED_TYPES = frozenset({"percent", "money", "quantity"})
#: Lengths news rounds to a whole unit only (12 km for 11.6 km), never to tens: 30 km against
#: 27 km, or a depth of 9 km against 6 km, are two figures.
WHOLE_UNIT_ROUNDED = frozenset({"depth", "distance"})


@dataclass(frozen=True)
class ComparisonRule:
    """When two claims are compared, and when a change is an update.

    Attributes:
        max_days_apart: Claims of articles published further apart are not compared (a
            report a year later is another story).
        update_after_days: A changing figure reported this many days later or more is an
            update, not a contradiction.
        update_after_hours: The same, when both publication times carry a time of day.
        min_similarity: Cosine two sentences need for their claims to be compared, when the
            index is given (:func:`nearby_sentences`). The planted story's same-fact pairs,
            Arabic against the English wire, score 0.85-0.94 with the default embedder.
        min_dispute_similarity: Cosine two sentences need for their unattributed figures of
            one moment to be a dispute (two named bodies' figures need ``min_similarity``):
            on a day of press, sentences about different incidents of one war score
            0.83-0.89 (:mod:`benchmarks.press_day`); 0.885 leaves room for the float noise of
            int8 between CPUs.
        neighbours: Nearest sentences looked at for each sentence that carries a claim.
    """

    max_days_apart: int = 31
    update_after_days: int = 1
    update_after_hours: int = 6
    min_similarity: float = 0.83
    min_dispute_similarity: float = 0.885
    neighbours: int = 64
