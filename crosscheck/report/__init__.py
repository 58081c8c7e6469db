"""Findings -> JSON, CSV (pandas), Markdown and a self-contained HTML page."""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from .._files import write_synced
from ..errors import OutputError
from ._html import to_html
from ._json import SCHEMA_VERSION, to_dict
from ._markdown import to_markdown
from ._table import to_frame

__all__ = ["write_reports", "run_ids", "to_dict", "to_frame", "to_markdown", "to_html", "SCHEMA_VERSION"]

REPORT_FILES = {"csv": "findings.csv", "markdown": "report.md", "html": "report.html",
                "json": "findings.json"}  # findings.json is put in place last
STAGING_PREFIX = ".crosscheck-report-"


def write_reports(result, out_dir: str | Path) -> dict[str, Path]:
    """Write findings.json, findings.csv, report.md and report.html into ``out_dir``.

    The set is written into a staging folder inside ``out_dir`` first (a full disk or a kill
    leaves the previous reports as they were), then each file is renamed into place. Each
    file carries the run id (:func:`run_ids`), so a set mixed by a crash between renames
    can be told apart.

    Raises:
        OutputError: ``out_dir`` is a file, or the reports cannot be written there.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder; name a folder for the reports")
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    except OSError as error:
        raise OutputError(f"cannot write reports into {out}: {error.strerror}") from None
    try:
        _write_set(to_dict(result), staging)
        return {kind: _move(staging / name, out / name) for kind, name in REPORT_FILES.items()}
    except OSError as error:
        raise OutputError(f"cannot write reports into {out} ({error.strerror}); the reports "
                          "there before are unchanged unless their run ids differ") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_set(data: dict, folder: Path) -> None:
    texts = {
        "findings.json": json.dumps(data, ensure_ascii=False, indent=2),
        "report.md": to_markdown(data),
        "report.html": to_html(data),
    }
    texts["findings.csv"] = to_frame(data).to_csv(index=False)
    for name, text in texts.items():
        write_synced(folder / name, text)


def _move(source: Path, target: Path) -> Path:
    os.replace(source, target)
    return target


_RUN_ID = {
    "findings.json": re.compile(r'"run_id": "([0-9a-f]+)"'),
    "findings.csv": re.compile(r",([0-9a-f]{32})\r?$", re.MULTILINE),
    "report.md": re.compile(r"^Run ([0-9a-f]+)\.$", re.MULTILINE),
    "report.html": re.compile(r"<meta name='crosscheck-run' content='([0-9a-f]+)'>"),
}


def run_ids(out_dir: str | Path) -> dict[str, str | None]:
    """The run id in each report file of ``out_dir`` (None: missing, or no run id found).

    A complete set has one run id; two mean a crash between renames mixed two runs.
    """
    found = {}
    for name, pattern in _RUN_ID.items():
        try:
            match = pattern.search((Path(out_dir) / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            match = None
        found[name] = match.group(1) if match else None
    return found
