"""report.html: one self-contained page; every piece of article text is escaped.

The page loads nothing: a Content-Security-Policy ``<meta>`` allows only its own inline
style (by hash) and no script. Bidi controls from article text are shown as codes, and
each quote is isolated (``dir='auto'``), so nothing can reorder the digits of a figure.
"""
from __future__ import annotations

import base64
import hashlib
from html import escape

from ._escape import neutral
from ._markdown import SECTIONS
from ._notes import reporting_note, stance_notes

STYLE = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:1px solid #ccc;padding-bottom:.2rem}
.finding{border-left:4px solid #999;padding:.3rem .8rem;margin:.8rem 0;background:#fafafa}
.contradiction{border-color:#c0392b}.update{border-color:#d68910}.agreement{border-color:#1e8449}
.uncorroborated{border-color:#7f8c8d}.framing{border-color:#6c3483}
blockquote{margin:.3rem 0 .3rem 1rem;font-size:1.05rem}
.meta{color:#666;font-size:.85rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}
"""


def content_security_policy() -> str:
    """No loads of any kind, no script; the one inline style allowed by its hash."""
    digest = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; script-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def to_html(data: dict) -> str:
    """The findings document as a standalone HTML page (no scripts, no external files)."""
    s = data["summary"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{content_security_policy()}\">",
        f"<meta name='crosscheck-run' content='{_t(data.get('run_id', ''))}'>",
        "<title>crosscheck report</title>",
        f"<style>{STYLE}</style></head><body><h1>crosscheck report</h1>",
        f"<p>{s['articles']} articles from {s['outlets']} outlets; {s['clusters']} claims seen "
        f"in two or more outlets. Model: <code>{_t(data['model'])}</code></p>",
        _articles(data),
    ]
    for kind, title in SECTIONS.items():
        findings = [f for f in data["findings"] if f["kind"] == kind]
        parts.append(f"<h2>{_t(title)} ({len(findings)})</h2>")
        parts += [_finding(f) for f in findings] or ["<p>None.</p>"]
    if data["skipped"] or data["warnings"]:
        parts.append("<h2>Inputs not read, and warnings</h2><ul>")
        parts += [f"<li>skipped <code dir='auto'>{_t(x['path'])}</code>: {_t(x['reason'])}</li>"
                  for x in data["skipped"]]
        parts += [f"<li>warning <code dir='auto'>{_t(x['path'])}</code>: {_t(x['message'])}</li>"
                  for x in data["warnings"]]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _articles(data: dict) -> str:
    rows = "".join(
        f"<tr><td><bdi>{_t(a['outlet'])}</bdi></td><td><bdi>{_t(a['id'])}</bdi></td>"
        f"<td>{_t(a['published'] or '')}</td><td>{_t(a['lang'] or '')}</td></tr>"
        for a in data["articles"]
    )
    return f"<table><tr><th>outlet</th><th>article</th><th>published</th><th>language</th></tr>{rows}</table>"


def _finding(f: dict) -> str:
    quotes = "".join(
        f"<div><span class='meta'><bdi>{_t(c['outlet'])}</bdi>"
        f"{'' if c.get('side') is None else ' · side ' + str(c['side'])}"
        f" · {_t(c['article'])} chars {c['start']}–{c['end']}"
        f"{' · ' + _t(reporting_note(c)) if reporting_note(c) else ''}</span>"
        f"<blockquote dir='auto'>{_in_context(c)}</blockquote></div>"
        for c in f["claims"]
    )
    signals = "".join(f"<div class='meta'>{_t(note)}</div>" for note in stance_notes(f))
    return (f"<div class='finding {_t(f['kind'])}'><b>{_t(f['id'])}</b> · "
            f"{_t(f['claim_type'])}{' · severity ' + _t(f['severity']) if f.get('severity') else ''}"
            f" · {_t(f['explanation'])} "
            f"<span class='meta'>(rule: {_t(f['rule'])})</span>{quotes}{signals}</div>")


def _in_context(claim: dict) -> str:
    """The claim's sentence with the claim itself marked; both escaped."""
    context, text = claim.get("context"), claim["text"]
    if not context or claim.get("claim_type") == "statement" or text not in context:
        return _t(text)
    before, _, after = context.partition(text)
    return f"{_t(before)}<mark>{_t(text)}</mark>{_t(after)}"


def _t(text) -> str:
    """Text from the inputs as HTML text, bidi controls shown as codes."""
    return escape(neutral(text))
