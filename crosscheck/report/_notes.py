"""How a claim is reported, in a few words for the reports: its source, time role, status and
event, each with the words that decided it."""
from __future__ import annotations

_ROLES = {"earlier": "quoted as an earlier figure", "background": "another event or year",
          "projected": "a projection"}
_STATUSES = {"withdrawn": "withdrawn", "denied": "denied", "alleged": "an accusation the outlet reports"}
_EVENTS = {"second": "a second event", "aftershock": "an aftershock"}


def reporting_note(claim: dict) -> str:
    """``source: وزارة الصحة · quoted as an earlier figure ("في وقت سابق")``; empty when the
    claim names no source and is a plain current assertion."""
    parts = [f"source: {claim['source']}"] if claim.get("source") else []
    cue = f' ("{claim["cue"]}")' if claim.get("cue") else ""
    for value, names in ((claim.get("time_role"), _ROLES), (claim.get("status"), _STATUSES),
                         (claim.get("event"), _EVENTS)):
        if value in names:
            parts.append(names[value] + cue)
    if (claim.get("event") or "").startswith("period:"):
        parts.append(f'a tally over a window ("{claim["event"].split(":", 1)[1]}")')
    if claim.get("running"):
        parts.append("worded as a running count")
    return " · ".join(parts)


def stance_notes(finding: dict) -> list[str]:
    """``stance model: Outlet A / Outlet B read as disagree (0.91)``, one per signal."""
    return [f"stance model: {s['first']['outlet']} / {s['second']['outlet']} read as {s['label']} ({s['score']:.2f})"
            for s in finding.get("stance", ())]
