"""report.html: one self-contained page; every piece of article text is escaped."""
from __future__ import annotations

from html import escape

from ._markdown import SECTIONS
from ._notes import reporting_note

STYLE = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:1px solid #ccc;padding-bottom:.2rem}
.finding{border-left:4px solid #999;padding:.3rem .8rem;margin:.8rem 0;background:#fafafa}
.contradiction{border-color:#c0392b}.update{border-color:#d68910}.agreement{border-color:#1e8449}
.uncorroborated{border-color:#7f8c8d}
blockquote{margin:.3rem 0 .3rem 1rem;font-size:1.05rem}
.meta{color:#666;font-size:.85rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}
"""


def to_html(data: dict) -> str:
    """The findings document as a standalone HTML page (no scripts, no external files)."""
    s = data["summary"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>crosscheck report</title>",
        f"<style>{STYLE}</style></head><body><h1>crosscheck report</h1>",
        f"<p>{s['articles']} articles from {s['outlets']} outlets; {s['clusters']} claims seen "
        f"in two or more outlets. Model: <code>{escape(data['model'])}</code></p>",
        _articles(data),
    ]
    for kind, title in SECTIONS.items():
        findings = [f for f in data["findings"] if f["kind"] == kind]
        parts.append(f"<h2>{escape(title)} ({len(findings)})</h2>")
        parts += [_finding(f) for f in findings] or ["<p>None.</p>"]
    if data["skipped"]:
        parts.append("<h2>Inputs not read</h2><ul>")
        parts += [f"<li><code>{escape(x['path'])}</code>: {escape(x['reason'])}</li>" for x in data["skipped"]]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _articles(data: dict) -> str:
    rows = "".join(
        f"<tr><td>{escape(a['outlet'])}</td><td>{escape(a['id'])}</td>"
        f"<td>{escape(a['published'] or '')}</td><td>{escape(a['lang'] or '')}</td></tr>"
        for a in data["articles"]
    )
    return f"<table><tr><th>outlet</th><th>article</th><th>published</th><th>language</th></tr>{rows}</table>"


def _finding(f: dict) -> str:
    quotes = "".join(
        f"<div><span class='meta'>{escape(c['outlet'])}"
        f"{'' if c.get('side') is None else ' · side ' + str(c['side'])}"
        f" · {escape(c['article'])} chars {c['start']}–{c['end']}"
        f"{' · ' + escape(reporting_note(c)) if reporting_note(c) else ''}</span>"
        f"<blockquote dir='auto'>{_in_context(c)}</blockquote></div>"
        for c in f["claims"]
    )
    return (f"<div class='finding {escape(f['kind'])}'><b>{escape(f['id'])}</b> · "
            f"{escape(f['claim_type'])} · {escape(f['explanation'])} "
            f"<span class='meta'>(rule: {escape(f['rule'])})</span>{quotes}</div>")


def _in_context(claim: dict) -> str:
    """The claim's sentence with the claim itself marked; both escaped."""
    context, text = claim.get("context"), claim["text"]
    if not context or claim.get("claim_type") == "statement" or text not in context:
        return escape(text)
    before, _, after = context.partition(text)
    return f"{escape(before)}<mark>{escape(text)}</mark>{escape(after)}"
