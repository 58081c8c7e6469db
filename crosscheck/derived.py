"""What a check derived from an index, kept with it so the next check extends it.

``CrossChecker.check`` owns it: it hands each stage its part of the last check's work (the
sentence groups, the claims, the nearby sentences) and keeps what the stage returns. The
index only carries it and saves it as ``derived.json`` (:meth:`Derived.to_json`); an index
loaded from disk carries the raw JSON until :func:`derived_of` reads it back. A file of
another version, or a part that does not read, is nothing: the next check rebuilds it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .claims.extract import IndexClaims
from .cluster import Grouping
from .compare import Nearby

#: Changes when a part changes shape; derived.json of another version is rebuilt.
DERIVED_VERSION = 2


@dataclass
class Derived:
    """The parts of a check that the next check on the same index reuses.

    Attributes:
        grouping: The sentence groups (``cluster.Grouping``).
        claims: The claims read from the index's first rows (``claims.extract.IndexClaims``).
        nearby: Which sentences are near each other (``compare.Nearby``).
    """

    grouping: Grouping | None = None
    claims: IndexClaims | None = None
    nearby: Nearby | None = None

    def to_json(self) -> dict:
        """A JSON-ready dict with the version and each part that is there."""
        parts = {name: getattr(self, name) for name in _PARTS}
        return {"version": DERIVED_VERSION,
                **{name: part.to_json() for name, part in parts.items() if part is not None}}

    @classmethod
    def from_json(cls, data: object) -> Derived:
        """Read a saved dict back; what is of another version or does not read is left out."""
        if not isinstance(data, dict) or data.get("version") != DERIVED_VERSION:
            return cls()
        return cls(**{name: _read(kind, data.get(name)) for name, kind in _PARTS.items()})


_PARTS = {"grouping": Grouping, "claims": IndexClaims, "nearby": Nearby}


def _read(kind: type, data: object):
    if not isinstance(data, dict):
        return None
    try:
        return kind.from_json(data)
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def derived_of(index) -> Derived:
    """The index's derived state as a :class:`Derived` (read from the JSON it was loaded
    with, or new)."""
    return index.derived if isinstance(index.derived, Derived) else Derived.from_json(index.derived)
