"""findings.csv: one row per claim of each finding.

The table stays proportional to the findings: a finding's explanation is written once, on
its first row (at most ``EXPLANATION_MAX_CHARS``; findings.json has it whole). Every text
cell that a spreadsheet would take for a formula starts with ``'`` (OWASP CSV injection).
Each row carries the run id of the report set.
"""
from __future__ import annotations

import pandas as pd

from ._escape import csv_cell

COLUMNS = [
    "finding", "kind", "claim_type", "severity", "cluster", "rule", "side", "outlet", "article", "sentence",
    "start", "end", "value", "low", "high", "unit", "bound", "counted", "attribute", "who",
    "place", "place_ids", "direction", "reference", "when", "source", "published", "time_role",
    "status", "event", "cue", "scope", "running", "actors", "text", "explanation", "run_id",
]
EXPLANATION_MAX_CHARS = 1000


def to_frame(data: dict) -> pd.DataFrame:
    """The findings of a findings document as a flat table."""
    rows = [_row(data, f, claim, first=(i == 0))
            for f in data["findings"] for i, claim in enumerate(f["claims"])]
    return pd.DataFrame(rows, columns=COLUMNS)


def _row(data: dict, finding: dict, claim: dict, *, first: bool) -> dict:
    row = {
        **{k: claim.get(k) for k in COLUMNS if k in claim},
        "place_ids": ";".join(claim.get("place_ids") or ()),
        "scope": ";".join(claim.get("scope") or ()),
        "actors": ";".join(claim.get("actors") or ()),
        "severity": finding.get("severity"),
        "finding": finding["id"], "kind": finding["kind"], "claim_type": finding["claim_type"],
        "cluster": finding["cluster"], "rule": finding["rule"],
        "explanation": _short(finding["explanation"]) if first else "",
        "run_id": data.get("run_id"),
    }
    return {key: csv_cell(value) for key, value in row.items()}


def _short(explanation: str) -> str:
    if len(explanation) <= EXPLANATION_MAX_CHARS:
        return explanation
    return explanation[: EXPLANATION_MAX_CHARS - 40].rstrip() + " … (in full in findings.json)"
