"""Article text and names made safe to show: bidi controls neutralised, Markdown and CSV
special characters escaped. One home for these rules, used by every report and the CLI."""
from __future__ import annotations

import re

#: Embeddings, overrides and isolates (U+202A-E, U+2066-9): from article text they could
#: reorder the digits of a figure on screen. Shown as a visible code instead.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: C0/C1 controls and line/paragraph separators: a file name with a newline must not start a
#: new line in a log or a report.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>()#|~])")
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(text) -> str:
    """``text`` with bidi controls shown as ``⟦U+202E⟧`` (they cannot reorder anything)."""
    return _BIDI_CONTROLS.sub(lambda m: f"⟦U+{ord(m.group()):04X}⟧", str(text))


def one_line(text) -> str:
    """``text`` for a log line: bidi and control characters shown as codes, never acted on.

    >>> one_line("two\\nlines")
    'two\\\\nlines'
    """
    escaped = _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))
    return neutral(escaped)


def markdown(text) -> str:
    """``text`` as literal Markdown inline text: one line, no HTML, links, headings or code.

    >>> markdown("<b>#1</b> [x](y)")
    '&lt;b&gt;\\\\#1&lt;/b&gt; \\\\[x\\\\]\\\\(y\\\\)'
    """
    flat = " ".join(neutral(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: a string that starts like a formula gets a
    leading ``'`` (OWASP CSV injection); numbers and empty cells are left as they are."""
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_START):
        return "'" + value
    return value
