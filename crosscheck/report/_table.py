"""findings.csv: one row per claim of each finding."""
from __future__ import annotations

import pandas as pd

COLUMNS = [
    "finding", "kind", "claim_type", "cluster", "rule", "side", "outlet", "article", "sentence",
    "start", "end", "value", "low", "high", "unit", "bound", "counted", "attribute", "who",
    "place", "place_ids", "direction", "reference", "when", "source", "published", "time_role",
    "status", "event", "cue", "scope", "running", "text", "explanation",
]


def to_frame(data: dict) -> pd.DataFrame:
    """The findings of a findings document as a flat table."""
    rows = [
        {
            **{k: claim.get(k) for k in COLUMNS if k in claim},
            "place_ids": ";".join(claim.get("place_ids") or ()),
            "scope": ";".join(claim.get("scope") or ()),
            "finding": f["id"], "kind": f["kind"], "claim_type": f["claim_type"],
            "cluster": f["cluster"], "rule": f["rule"], "explanation": f["explanation"],
        }
        for f in data["findings"]
        for claim in f["claims"]
    ]
    return pd.DataFrame(rows, columns=COLUMNS)
