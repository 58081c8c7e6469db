"""Real English coverage: the contradictions and updates crosscheck reports on the NeuS-AllSides
event triples, each event checked as one story, to read.

Each line of ``../shared/evaldata/neus_allsides/{test,val}.source`` holds one event told by a
left, a centre and a right outlet (three short articles). Nobody here wrote them, and they
carry no gold for figures, so this prints the findings for a reader to judge (the same
story, quantity, scope and moment, or not) and, as its last line, a JSON object with the
counts of each finding kind.

Example:
    python benchmarks/allsides_findings.py                 # test split, every event
    python benchmarks/allsides_findings.py --split val --limit 50
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from crosscheck.evaluate.neus import load_events
from crosscheck.pipeline import CrossChecker

FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "evaldata" / "neus_allsides"
#: Finding kinds printed for reading; the others are only counted.
READ_KINDS = ("contradiction", "update")


def allsides_findings(folder: Path, split: str, limit: int | None) -> dict:
    """Check each event's articles together; count the finding kinds, keep those to read."""
    checker = CrossChecker()
    counts: dict[str, int] = {}
    to_read = []
    for number, articles in enumerate(load_events(folder, split)[:limit]):
        articles = [a for a in articles if a.text.strip()]
        if len(articles) < 2:
            continue
        index = checker.extend(None, articles)
        _, findings = checker.judge(index)
        text = {s.key: s.text for s in index.sentences}
        for finding in findings:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
            if finding.kind in READ_KINDS:
                to_read.append({"event": number, "kind": finding.kind, "claim_type": finding.claim_type,
                                "explanation": finding.explanation,
                                "claims": [{"outlet": c.outlet, "text": c.text,
                                            "sentence": text.get((c.article, c.sentence))}
                                           for c in finding.claims]})
    return {"split": split, "events": limit, "counts": counts, "findings": to_read}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="the neus_allsides folder")
    parser.add_argument("--split", default="test", choices=("test", "val"))
    parser.add_argument("--limit", type=int, default=None, help="check the first N events only")
    args = parser.parse_args()
    result = allsides_findings(args.folder, args.split, args.limit)
    for finding in result["findings"]:
        print(f"\nevent {finding['event']}, {finding['kind']} ({finding['claim_type']}): {finding['explanation']}")
        for claim in finding["claims"]:
            print(f"   {claim['outlet']}: \u00ab{claim['text']}\u00bb {claim['sentence']}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
