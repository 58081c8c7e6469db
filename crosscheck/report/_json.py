"""The findings document (``findings.json``); its schema is in docs/findings-schema.md."""
from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import asdict

from .. import __version__
from ..models import FINDING_KINDS as KIND_ORDER

SCHEMA_VERSION = "2.0"


def to_dict(result, run_id: str | None = None) -> dict:
    """The whole run as plain data: articles, skipped files, groups, findings.

    ``run_id`` (a fresh one when None) is written into every file of the report set, so a
    set with files of different runs can be told apart.
    """
    sentence_counts = Counter(s.article for s in result.sentences)
    findings = sorted(result.findings, key=lambda f: KIND_ORDER.index(f.kind))
    contexts = {s.key: s.text for s in result.sentences}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "crosscheck", "version": __version__},
        "run_id": run_id or uuid.uuid4().hex,
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "model": result.model_id,
        "summary": _summary(result, findings),
        "articles": [
            {
                "id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                "lang": a.lang, "path": a.path, "url": a.url,
                "sentences": sentence_counts[a.id],
                "repeats_dropped": result.repeats_dropped.get(a.id, 0),
            }
            for a in result.articles
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "warnings": [{"path": w.path, "message": w.reason} for w in result.warnings],
        "clusters": [_cluster(c, findings) for c in result.clusters],
        "findings": [_finding(f, contexts) for f in findings],
    }


def _summary(result, findings) -> dict:
    kinds = Counter(f.kind for f in findings)
    return {
        "articles": len(result.articles),
        "outlets": len({a.outlet for a in result.articles}),
        "sentences": len(result.sentences),
        "skipped": len(result.skipped),
        "clusters": len(result.clusters),
        "findings": {kind: kinds.get(kind, 0) for kind in KIND_ORDER},
    }


def _cluster(cluster, findings) -> dict:
    kinds = {f.kind for f in findings if f.cluster == cluster.id}
    status = next((k for k in KIND_ORDER if k in kinds), "agreement")
    return {
        "id": cluster.id,
        "outlets": cluster.outlets,
        "cohesion": cluster.cohesion,
        "status": status,
        "members": [
            {"article": m.article, "outlet": m.outlet, "sentence": m.index,
             "start": m.start, "end": m.end, "text": m.text}
            for m in cluster.members
        ],
    }


def _finding(finding, contexts: dict) -> dict:
    sides = finding.sides or (None,) * len(finding.claims)
    claims = []
    for claim, side in zip(finding.claims, sides):
        row = asdict(claim)
        row["side"] = side
        row["context"] = contexts.get((claim.article, claim.sentence))
        claims.append(row)
    outlets = {(c.article, c.sentence): c.outlet for c in finding.claims}
    return {
        "id": finding.id, "kind": finding.kind, "claim_type": finding.claim_type,
        "cluster": finding.cluster, "rule": finding.rule, "explanation": finding.explanation,
        "severity": finding.severity, "actors": list(finding.actors),
        "claims": claims,
        "stance": [{"first": {"article": s.first[0], "sentence": s.first[1], "outlet": outlets.get(s.first)},
                    "second": {"article": s.second[0], "sentence": s.second[1], "outlet": outlets.get(s.second)},
                    "label": s.label, "score": round(s.score, 4)} for s in finding.stance],
    }
