"""report.md: contradictions first, then updates, agreements, single-source numbers and framing.

Everything that comes from the inputs (article text, outlet names, ids, paths, reasons) goes
through :func:`markdown`, so a Markdown viewer shows it as text: no raw HTML, links,
headings, code spans or reordered digits.
"""
from __future__ import annotations

from ._escape import markdown
from ._notes import reporting_note, stance_notes

SECTIONS = {
    "contradiction": "Contradictions",
    "update": "Updates (one figure reported over time)",
    "agreement": "Agreements",
    "uncorroborated": "Single-source numbers",
    "framing": "How outlets name actors (framing)",
}


def to_markdown(data: dict) -> str:
    """The findings document as a Markdown report with the quoted sentences."""
    lines = ["# crosscheck report", "", f"Run {markdown(data.get('run_id', ''))}.", ""]
    lines += _overview(data)
    for kind, title in SECTIONS.items():
        findings = [f for f in data["findings"] if f["kind"] == kind]
        lines += [f"## {title} ({len(findings)})", ""]
        lines += [line for f in findings for line in _finding(f)] or ["None.", ""]
    lines += _groups(data)
    lines += _skipped(data)
    return "\n".join(lines).rstrip() + "\n"


def _overview(data: dict) -> list[str]:
    s = data["summary"]
    lines = [
        f"{s['articles']} articles from {s['outlets']} outlets, {s['sentences']} sentences, "
        f"{s['clusters']} claims seen in two or more outlets. Model: {markdown(data['model'])}.", "",
        "| outlet | article | published | language |", "|---|---|---|---|",
    ]
    lines += [f"| {markdown(a['outlet'])} | {markdown(a['id'])} | {markdown(a['published'] or '')} | "
              f"{markdown(a['lang'] or '')} |"
              for a in data["articles"]]
    return lines + [""]


def _finding(f: dict) -> list[str]:
    head = f"**{f['id']}** · {f['claim_type']}"
    if f.get("severity"):
        head += f" · severity {f['severity']}"
    if f["cluster"]:
        head += f" · group {f['cluster']}"
    lines = [f"- {head}: {markdown(f['explanation'])} _(rule: {markdown(f['rule'])})_"]
    for c in f["claims"]:
        side = f" [side {c['side']}]" if c.get("side") is not None else ""
        value = f" = {_value(c)}" if c.get("value") is not None or c.get("low") is not None else ""
        value = f" = {c['when']}" if c.get("when") else value
        lines.append(f"  - {markdown(c['outlet'])}{side}{value} ({markdown(c['article'])}, chars {c['start']}-{c['end']}): "
                     f"> {markdown(c['text'])}")
        if c.get("context") and c.get("claim_type") != "statement":
            lines.append(f"    - in: {markdown(c['context'])}")
        if reporting_note(c):
            lines.append(f"    - reported: {markdown(reporting_note(c))}")
    lines += [f"  - {markdown(note)}" for note in stance_notes(f)]
    return lines + [""]


def _groups(data: dict) -> list[str]:
    lines = [f"## Claims seen in two or more outlets ({len(data['clusters'])})", ""]
    for g in data["clusters"]:
        outlets = ", ".join(markdown(o) for o in g["outlets"])
        lines.append(f"### {g['id']} · {outlets} · cohesion {g['cohesion']} · {g['status']}")
        lines += [f"- {markdown(m['outlet'])} ({markdown(m['article'])}#{m['sentence']}): > {markdown(m['text'])}"
                  for m in g["members"]]
        lines.append("")
    return lines


def _skipped(data: dict) -> list[str]:
    if not data["skipped"] and not data["warnings"]:
        return []
    lines = ["## Inputs not read, and warnings", ""]
    lines += [f"- skipped {markdown(s['path'])}: {markdown(s['reason'])}" for s in data["skipped"]]
    lines += [f"- warning {markdown(w['path'])}: {markdown(w['message'])}" for w in data["warnings"]]
    return lines + [""]


def _value(c: dict) -> str:
    unit = f" {c['unit']}" if c.get("unit") else ""
    if c.get("low") is not None and c.get("low") == c.get("high"):
        return f"{c['low']:g}{unit}"
    low = "…" if c.get("low") is None else f"{c['low']:g}"
    high = "…" if c.get("high") is None else f"{c['high']:g}"
    return f"[{low}, {high}]{unit}"
