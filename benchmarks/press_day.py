"""A day of press: how many contradictions crosscheck reports on one SaudiNewsNet day, and a
seeded sample of them to read.

A desk's folder holds many stories at once; this checks one day of the corpus (every article
with text, ``published`` taken from ``date_extracted``, read in place from
../shared/evaldata/saudinewsnet) and prints the contradictions per 100 articles, then the
sampled contradictions with their quoted spans and sentences, then a JSON object as the last
line; the updates (one figure reported over time) are counted too. Whether a sampled
contradiction is genuine (same story, same quantity, same scope, same moment) is for the
reader to say.

Example:
    python benchmarks/press_day.py                          # 2015-08-09, 20 sampled
    python benchmarks/press_day.py --day 2015-07-23 --sample 10 --seed 1
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _saudinewsnet import FOLDER, _read_zip  # noqa: E402

from crosscheck.pipeline import CrossChecker  # noqa: E402


def press_day(day: str, sample: int, seed: int) -> dict:
    """Check every article of one day together; count and sample the contradictions."""
    start = time.perf_counter()
    articles = [a for a in _read_zip(FOLDER / f"{day}.zip") if a.text.strip()]
    checker = CrossChecker()
    index = checker.extend(None, articles)
    _, findings = checker.judge(index)
    text = {s.key: s.text for s in index.sentences}
    contradictions = [f for f in findings if f.kind == "contradiction"]
    updates = sum(f.kind == "update" for f in findings)
    picked = random.Random(seed).sample(contradictions, min(sample, len(contradictions)))
    return {
        "day": day, "articles": len(articles), "sentences": len(index.sentences),
        "contradictions": len(contradictions), "updates": updates,
        "per_100_articles": round(100 * len(contradictions) / len(articles), 1) if articles else None,
        "seconds": round(time.perf_counter() - start, 1), "seed": seed,
        "sample": [{"claim_type": f.claim_type, "rule": f.rule, "explanation": f.explanation,
                    "claims": [{"outlet": c.outlet, "article": c.article, "side": side, "text": c.text,
                                "sentence": text.get((c.article, c.sentence))}
                               for c, side in zip(f.claims, f.sides)]}
                   for f in picked],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--day", default="2015-08-09", help="a zip of ../shared/evaldata/saudinewsnet")
    parser.add_argument("--sample", type=int, default=20, help="contradictions to print for reading")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    args = parser.parse_args()
    result = press_day(args.day, args.sample, args.seed)
    print(f"{result['day']}: {result['articles']} articles, {result['sentences']} sentences, "
          f"{result['contradictions']} contradictions ({result['per_100_articles']} per 100 articles), "
          f"{result['updates']} updates")
    for n, finding in enumerate(result["sample"], 1):
        print(f"\n{n}. {finding['claim_type']}: {finding['explanation']}")
        for claim in finding["claims"]:
            print(f"   [{claim['side']}] {claim['outlet']} {claim['article']}: {claim['sentence']}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
