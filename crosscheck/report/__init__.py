"""Findings -> JSON, CSV (pandas), Markdown and a self-contained HTML page."""
from __future__ import annotations

from pathlib import Path

from ._html import to_html
from ._json import SCHEMA_VERSION, to_dict
from ._markdown import to_markdown
from ._table import to_frame

__all__ = ["write_reports", "to_dict", "to_frame", "to_markdown", "to_html", "SCHEMA_VERSION"]


def write_reports(result, out_dir: str | Path) -> dict[str, Path]:
    """Write findings.json, findings.csv, report.md and report.html into ``out_dir``."""
    import json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = to_dict(result)
    paths = {
        "json": out / "findings.json",
        "csv": out / "findings.csv",
        "markdown": out / "report.md",
        "html": out / "report.html",
    }
    paths["json"].write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    to_frame(data).to_csv(paths["csv"], index=False, encoding="utf-8")
    paths["markdown"].write_text(to_markdown(data), encoding="utf-8")
    paths["html"].write_text(to_html(data), encoding="utf-8")
    return paths
