"""Claims within groups -> Findings (agreement, contradiction, update, uncorroborated)."""
from __future__ import annotations

from .claims import quantities_in
from .models import Article, Claim, Cluster, Finding, Sentence


def compare(articles: list[Article], sentences: list[Sentence], clusters: list[Cluster]) -> list[Finding]:
    """Findings for the groups, and the quantities only one outlet reports.

    A sentence counts as carrying a number when the claims layer reads a quantity in it
    (a unit, a counted noun or a casualty word); years, dates and names such as "Bridge 27"
    do not count.
    """
    findings = [_group_agreement(c) for c in clusters]
    findings += _uncorroborated_numbers(sentences, clusters)
    return [_numbered(f, n) for n, f in enumerate(findings, 1)]


def _group_agreement(cluster: Cluster) -> Finding:
    claims = tuple(_sentence_claim(s) for s in cluster.members)
    outlets = ", ".join(cluster.outlets)
    return Finding("", "agreement", "statement", cluster.id, claims,
                   f"{len(cluster.outlets)} outlets report the same statement: {outlets}",
                   "same-claim group")


def _uncorroborated_numbers(sentences: list[Sentence], clusters: list[Cluster]) -> list[Finding]:
    grouped = {m.key for c in clusters for m in c.members}
    out = []
    for s in sentences:
        if s.block == "body" and s.key not in grouped and quantities_in(s.text):
            out.append(Finding("", "uncorroborated", "statement", None, (_sentence_claim(s),),
                               f"only {s.outlet} reports this sentence with a number",
                               "single-source number"))
    return out


def _sentence_claim(s: Sentence) -> Claim:
    return Claim(s.article, s.outlet, s.index, s.start, s.end, s.text, "statement",
                 None, None, None)


def _numbered(finding: Finding, n: int) -> Finding:
    return Finding(f"f{n}", finding.kind, finding.claim_type, finding.cluster, finding.claims,
                   finding.explanation, finding.rule, finding.sides)
