"""Real English coverage: the contradictions and updates crosscheck reports on public sets of
one event told by three outlets, each event checked as one story, to read.

* ``allsides``: each line of ``../shared/evaldata/neus_allsides/{test,val}.source`` holds one
  event told by a left, a centre and a right outlet (three short articles, 307 events a split);
* ``basil``: ``../shared/evaldata/basil/articles/<year>/<triplet>_<n>.json``, 100 events told
  by Fox News, the New York Times and HuffPost in full articles;
* ``fakes``: FA-KES's Syrian war reports (English, 15 outlets), one event per annotated date
  and place that two outlets or more report. Some of its articles were altered on purpose
  (their figures changed), so a contradiction there may be real; it is read for misreadings.

Nobody here wrote them, and they carry no gold for figures, so this prints the findings for a
reader to judge (the same story, quantity, scope and moment, or not) and, as its last line,
a JSON object with the counts of each finding kind.

Example:
    python benchmarks/coverage_findings.py                       # allsides, test split
    python benchmarks/coverage_findings.py --set allsides --split val --limit 50
    python benchmarks/coverage_findings.py --set basil
    python benchmarks/coverage_findings.py --set fakes
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.evaluate.fakes import load_fakes
from crosscheck.evaluate.neus import load_events
from crosscheck.models import Article
from crosscheck.pipeline import CrossChecker

EVALDATA = Path(__file__).resolve().parent.parent.parent / "shared" / "evaldata"
#: Finding kinds printed for reading; the others are only counted.
READ_KINDS = ("contradiction", "update")


def basil_events(folder: Path) -> list[list[Article]]:
    """BASIL's articles, one list per event (triplet), events in the order of their ids."""
    events: dict[str, list[Article]] = {}
    for path in sorted(folder.glob("articles/*/*.json")):
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            text = "\n\n".join(" ".join(paragraph) for paragraph in row["body-paragraphs"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            print(f"{path}: skipped, not a BASIL article ({error!r})", file=sys.stderr)
            continue
        events.setdefault(row["triplet-uuid"], []).append(Article(
            id=path.stem, outlet=row["source"], text=text, path=str(path), title=row.get("title"),
            published=row.get("date")))
    return [events[key] for key in sorted(events)]


def fakes_events(folder: Path) -> list[list[Article]]:
    """FA-KES's articles by annotated (date, place), events that two outlets or more report."""
    events: dict[tuple[str, str], list[Article]] = {}
    for item in load_fakes(folder):
        events.setdefault(item.event, []).append(item.article)
    return [events[key] for key in sorted(events) if len({a.outlet for a in events[key]}) > 1]


def coverage_findings(events: list[list[Article]], name: str, limit: int | None) -> dict:
    """Check each event's articles together; count the finding kinds, keep those to read."""
    checker = CrossChecker()
    counts: dict[str, int] = {}
    to_read = []
    for number, articles in enumerate(events[:limit]):
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
    return {"set": name, "events": len(events[:limit]), "counts": counts, "findings": to_read}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="allsides", choices=("allsides", "basil", "fakes"))
    parser.add_argument("--evaldata", type=Path, default=EVALDATA, help="the folder that holds the sets")
    parser.add_argument("--split", default="test", choices=("test", "val"), help="allsides only")
    parser.add_argument("--limit", type=int, default=None, help="check the first N events only")
    args = parser.parse_args()
    name = f"allsides {args.split}" if args.set == "allsides" else args.set
    try:
        if args.set == "basil":
            events = basil_events(args.evaldata / "basil")
        elif args.set == "fakes":
            events = fakes_events(args.evaldata / "fa_kes")
        else:
            events = load_events(args.evaldata / "neus_allsides", args.split)
    except InputError as error:
        parser.error(str(error))
    if not events:
        parser.error(f"{name}: no events found under {args.evaldata} (is ../shared/evaldata beside the project?)")
    result = coverage_findings(events, name, args.limit)
    for finding in result["findings"]:
        print(f"\nevent {finding['event']}, {finding['kind']} ({finding['claim_type']}): {finding['explanation']}")
        for claim in finding["claims"]:
            print(f"   {claim['outlet']}: \u00ab{claim['text']}\u00bb {claim['sentence']}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
