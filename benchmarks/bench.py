"""Speed and memory of each stage, embedding backends side by side, scaling, incremental add.

Prints the tables, writes benchmarks/results/latest.json (atomically) and BENCHMARKS.md.
Method and keys: docs/benchmarks.md.

Example:
    python benchmarks/bench.py                      # everything (make bench)
    python benchmarks/bench.py --quick              # seeds and backends only
    python benchmarks/bench.py --sizes 100,300      # a shorter scaling series
    python benchmarks/bench.py --device cuda --out benchmarks/results/gpu.json
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]  # the spawned children inherit this path

from _measure import BACKENDS, STAGES, in_child, run_backend, run_pipeline  # noqa: E402
from _saudinewsnet import FOLDER, load_articles  # noqa: E402
from _tables import render  # noqa: E402

from crosscheck.evaluate.seeds import gold_pairs, load_gold  # noqa: E402
from crosscheck.ingest import ingest  # noqa: E402
from crosscheck.text import sentences_of  # noqa: E402

SIZES = (100, 300, 1000, 3879)
BACKEND_SAMPLE = 500  # SaudiNewsNet sentences added to the seeds for the backend comparison
GOLD = ROOT / "tests" / "gold" / "seeds.json"
TARGETS = {"speed": 150.0, "cosine": 0.99, "embed_share": 0.85, "exponent": 1.15, "incremental_s": 5.0}


def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.quick and not any(FOLDER.glob("*.zip")):
        parser.error(f"no SaudiNewsNet zips in {FOLDER}; use --quick to measure the seeds only")
    started = time.perf_counter()
    result = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "commit": _commit(),
              "argv": sys.argv[1:] if argv is None else argv, "machine": machine(args.device),
              "options": {"quick": args.quick, "sizes": args.sizes, "device": args.device,
                          "max_chars": args.max_chars}}
    _progress(started, "seeds: every stage")
    result["seeds"] = in_child(run_pipeline, "seeds", device=args.device)
    result.update(compare_backends(started, args))
    result.update(scaling(started, args))
    largest = result.get("saudinewsnet") or result["seeds"]
    result["end_to_end"] = {"corpus": largest["corpus"], "articles": largest["articles"],
                            "sentences": largest["sentences"], **largest["end_to_end"]}
    result["incremental"] = largest.get("incremental")
    result["incremental_add_one_article_s"] = (result["incremental"] or {}).get("seconds")
    result["targets"] = targets(result)
    result["bench_wall_s"] = round(time.perf_counter() - started, 1)
    write_atomically(Path(args.out), json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    text = render(result)
    write_atomically(Path(args.markdown), text)
    print(text)
    print(f"wrote {args.out} and {args.markdown} in {result['bench_wall_s']:,.0f} s")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="seeds and backends only, no SaudiNewsNet")
    parser.add_argument("--sizes", type=_sizes, default=list(SIZES),
                        help="SaudiNewsNet sizes of the scaling series (default: 100,300,1000,3879)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="torch device of the sentence-transformers backends (default: cpu)")
    parser.add_argument("--max-chars", type=int, default=None,
                        help="cut each SaudiNewsNet text after its last whole sentence within N "
                             "characters (default: full texts)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "latest.json"),
                        help="JSON results (default: benchmarks/results/latest.json)")
    parser.add_argument("--markdown", default=str(ROOT / "BENCHMARKS.md"),
                        help="Markdown tables (default: BENCHMARKS.md at the repo root)")
    return parser


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes must be whole numbers like 100,300: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive: {text!r}")
    return sizes


def _progress(started: float, what: str) -> None:
    print(f"[bench {time.perf_counter() - started:6.0f} s] {what}", file=sys.stderr, flush=True)


def compare_backends(started: float, args) -> dict:
    """Every backend in its own process on the same sentences; cosine and AUC against fp32."""
    seed_sentences = [s for a in ingest([ROOT / "seeds"]).articles for s in sentences_of(a)[0]]
    extra = [] if args.quick else _saudinewsnet_sample(BACKEND_SAMPLE, args.max_chars)
    texts = [s.text for s in seed_sentences] + extra
    runs = {}
    for name in BACKENDS:
        _progress(started, f"backend {name}: {len(texts)} sentences")
        runs[name] = in_child(run_backend, name, texts, device=args.device)
    reference = runs["sentence_transformers_fp32"]["vectors"]
    pairs = _seed_pairs(seed_sentences)
    for run in runs.values():
        vectors = run.pop("vectors")
        cosine = np.sum(vectors * reference, axis=1)
        run["cosine_vs_fp32"] = {"min": round(float(cosine.min()), 4), "mean": round(float(cosine.mean()), 4)}
        run["pair_auc"] = round(pair_auc(vectors[: len(seed_sentences)], *pairs), 4)
    return {"embed": runs, "embed_texts": {"total": len(texts), "seeds": len(seed_sentences),
                                           "saudinewsnet": len(extra), "gold_pairs": int(pairs[2].sum()),
                                           "cross_outlet_pairs": len(pairs[2])}}


def _saudinewsnet_sample(n: int, max_chars: int | None) -> list[str]:
    texts = [s.text for a in load_articles(limit=600, max_chars=max_chars) for s in sentences_of(a)[0]]
    return random.Random(0).sample(texts, min(n, len(texts)))


def _seed_pairs(sentences) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of every cross-outlet pair of seed sentences, and whether the gold pairs them."""
    gold = gold_pairs(load_gold(GOLD), sentences)
    pairs = [(i, j) for i, j in itertools.combinations(range(len(sentences)), 2)
             if sentences[i].outlet != sentences[j].outlet]
    same = [frozenset((sentences[i].key, sentences[j].key)) in gold for i, j in pairs]
    left, right = np.array(pairs).T
    return left, right, np.array(same)


def pair_auc(vectors: np.ndarray, left: np.ndarray, right: np.ndarray, same: np.ndarray) -> float:
    """Chance that a gold pair has a higher cosine than a non-gold one (ties count half).

    Example:
        >>> pair_auc(np.eye(2, dtype=np.float32), np.array([0, 0]), np.array([0, 1]), np.array([True, False]))
        1.0
    """
    scores = np.sum(vectors[left] * vectors[right], axis=1)
    _, position, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2)[position]  # 1-based, ties averaged
    n_same, n_other = int(same.sum()), int((~same).sum())
    return float((ranks[same].sum() - n_same * (n_same + 1) / 2) / (n_same * n_other))


def scaling(started: float, args) -> dict:
    """End-to-end runs on growing SaudiNewsNet samples; the one-article add on the largest."""
    if args.quick:
        return {"saudinewsnet": None, "scaling": [], "scaling_exponent": None, "scaling_stage_exponents": {}}
    available = len(load_articles())
    sizes = sorted({min(size, available) for size in args.sizes})
    runs = []
    for size in sizes:
        _progress(started, f"saudinewsnet: {size} articles end to end")
        runs.append(in_child(run_pipeline, "saudinewsnet", size, device=args.device,
                             max_chars=args.max_chars, incremental=size == sizes[-1]))
    series = [{"articles": r["articles"], "sentences": r["sentences"], "seconds": r["end_to_end"]["seconds"],
               "stages": {s: (f or {}).get("seconds") for s, f in r["stages"].items()},
               "peak_rss_mb": r["peak_rss_mb"], "model_id": r["model_id"]} for r in runs]
    return {"saudinewsnet": runs[-1], "scaling": series, "scaling_exponent": exponent(series, None),
            "scaling_stage_exponents": {s: exponent(series, s) for s in STAGES
                                        if len(series) > 1 and all(p["stages"][s] for p in series)}}


def exponent(series: list[dict], stage: str | None) -> float | None:
    """Slope of log(seconds) against log(articles), least squares; None under two sizes."""
    if len(series) < 2:
        return None
    seconds = [p["seconds"] if stage is None else p["stages"][stage] for p in series]
    slope = np.polyfit(np.log([p["articles"] for p in series]), np.log(seconds), 1)[0]
    return round(float(slope), 3)


def targets(result: dict) -> list[dict]:
    """Each target beside its measured value; ``pass`` is None where nothing was measured."""
    default, fp32 = result["embed"]["default"], result["embed"]["sentence_transformers_fp32"]
    speed, cosine, share = TARGETS["speed"], TARGETS["cosine"], TARGETS["embed_share"]
    power, seconds = TARGETS["exponent"], TARGETS["incremental_s"]
    rows = [
        ("default embedding speed, sentences/s", default["sentences_per_s"], f">= {speed:g}",
         lambda v: v >= speed),
        ("default cosine vs fp32, min over sentences", default["cosine_vs_fp32"]["min"],
         f">= {cosine}", lambda v: v >= cosine),
        (f"default pair AUC on seed gold (fp32: {fp32['pair_auc']:.4f})", default["pair_auc"],
         ">= fp32 (3 decimals)", lambda v: round(v, 3) >= round(fp32["pair_auc"], 3)),
        (f"embedding share of end to end ({result['end_to_end']['corpus']})",
         result["end_to_end"]["embed_share"], f">= {share}", lambda v: v >= share),
        ("scaling exponent, time vs articles", result["scaling_exponent"], f"<= {power}",
         lambda v: v <= power),
        ("add one article to the largest index, s", result["incremental_add_one_article_s"],
         f"< {seconds:g}", lambda v: v < seconds),
    ]
    return [{"target": name, "value": value, "goal": goal, "pass": None if value is None else bool(ok(value))}
            for name, value, goal, ok in rows]


def machine(device: str) -> dict:
    """Cores, CPU model, memory, software versions and the device the embedders run on."""
    import torch

    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
               platform.processor() or "unknown")
    meminfo = Path("/proc/meminfo").read_text().split()
    ram_kb = int(meminfo[meminfo.index("MemTotal:") + 1])
    return {
        "cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(ram_kb / 2**20, 1),
        "python": platform.python_version(), "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(), "device": device,
        "device_name": torch.cuda.get_device_name(0) if device == "cuda" else f"cpu ({cpu})",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary sibling, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the results from other users
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


if __name__ == "__main__":
    main()
