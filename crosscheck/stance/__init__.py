"""Stance of one text towards another: ``agree``, ``disagree`` or ``other``, with a score.

``load_stance_model()`` gives the model that ships inside the package (multilingual-e5-small
as a cross-encoder, its top layers fine-tuned on ANS stance pairs; see ``_e5_cross`` and
``train``); ``load_stance_model(NAME_OR_PATH)`` loads any sentence-transformers
``CrossEncoder`` trained for NLI (``contradiction`` -> disagree, ``entailment`` -> agree,
``neutral`` -> other), for users who have one.

Example:
    >>> model = load_stance_model()
    >>> model.verdicts([("The talks ended with a deal.", "The talks ended without a deal.")])
    [('disagree', 0.8125)]

The shipped model is meant for pairs already known to be about the same thing (sentences of
one group): ANS has few unrelated pairs (2%), and an unrelated English pair can come out as
``disagree`` rather than ``other``.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import ModelError

LABELS = ("agree", "disagree", "other")
SHIPPED = Path(__file__).resolve().parent / "model"
__all__ = ["LABELS", "SHIPPED", "StanceModel", "load_stance_model"]


@runtime_checkable
class StanceModel(Protocol):
    """Says whether the second text of each pair agrees with the first."""

    model_id: str

    def verdicts(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """One ``(label, probability of that label)`` per pair; labels are in ``LABELS``."""
        ...


def load_stance_model(name_or_path: str | StanceModel | None = None) -> StanceModel:
    """The shipped stance model (``None``), a saved one, or an NLI ``CrossEncoder``.

    Args:
        name_or_path: ``None`` or ``"crosscheck-stance"`` for the shipped model; a folder
            holding ``stance.json`` for a model written by ``crosscheck.stance.train``; any
            other string is a sentence-transformers ``CrossEncoder`` name or folder whose
            config's ``id2label`` names entailment, contradiction and neutral; an object with
            ``verdicts()`` is returned as it is.

    Raises:
        ModelError: The model cannot be loaded, or its labels are not NLI labels.
    """
    if isinstance(name_or_path, StanceModel):
        return name_or_path
    if name_or_path is None or name_or_path == "crosscheck-stance":
        from ._e5_cross import E5CrossStance

        return E5CrossStance(SHIPPED)
    if not isinstance(name_or_path, (str, Path)):
        raise ModelError(f"cannot use {name_or_path!r} as a stance model: give a folder, a "
                         "CrossEncoder name, or an object with verdicts(pairs)")
    if (Path(name_or_path) / "stance.json").is_file():
        from ._e5_cross import E5CrossStance

        return E5CrossStance(Path(name_or_path))
    from ._nli import NliCrossEncoderStance

    return NliCrossEncoderStance(str(name_or_path))
