"""The benchmark's figures as Markdown tables: printed by bench.py and written to BENCHMARKS.md."""
from __future__ import annotations

from _measure import STAGES


def render(result: dict) -> str:
    """The whole report: machine and date, then one table per measurement."""
    parts = [_header(result), _stage_table(result), _backend_table(result),
             _scaling_table(result), _incremental(result), _target_table(result)]
    return "\n\n".join(p for p in parts if p) + "\n"


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table with padded columns, readable as plain text too."""
    cells = [[_cell(v) for v in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "pass" if value else "FAIL"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _header(result: dict) -> str:
    m = result["machine"]
    load = ", ".join(f"{x:.2f}" for x in m["load_average_at_start"])
    return (f"# Benchmarks\n\nWritten by `make bench` (benchmarks/bench.py {' '.join(result['argv'])}) "
            f"on {result['date']}, commit {result['commit']}.\n"
            f"Machine: {m['cores']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; device {m['device_name']}; "
            f"Python {m['python']}, torch {m['torch']}. Load average at start: {load}. "
            f"The whole run took {result['bench_wall_s']:,.0f} s.\n"
            "Method: docs/benchmarks.md. Raw figures: benchmarks/results/latest.json.")


def _stage_table(result: dict) -> str:
    runs = [r for r in (result["seeds"], result.get("saudinewsnet")) if r]
    headers = ["stage"]
    for r in runs:
        name = f"{r['corpus']} ({r['articles']:,} art., {r['sentences']:,} sent.)"
        headers += [f"{name} s", "sent/s", "peak RSS MB"]
    rows = []
    for stage in ("load", *STAGES, "end to end"):
        row = [stage if stage != "load" else "(model load, not in end to end)"]
        for r in runs:
            f = {"load": r["load"], "end to end": r["end_to_end"]}.get(stage) or r["stages"].get(stage)
            row += [f["seconds"], f.get("sentences_per_s"), f["peak_rss_mb"]] if f else [None] * 3
        rows.append(row)
    shares = "; ".join(f"{r['corpus']} {r['end_to_end']['embed_share']:.1%}" for r in runs)
    note = f"\n\nEmbedding share of end to end: {shares}."
    if any(r["stages"].get("claims") is None for r in runs):
        note += " Claims: null — claims_of is not available, compare() read the claims itself."
    return "## Stages (no embedding cache)\n\n" + table(headers, rows) + note


def _backend_table(result: dict) -> str:
    rows = [[name, b["model_id"].rsplit("/", 1)[-1], b["sentences_per_s"],
             *(f"{x:.4f}" for x in (b["cosine_vs_fp32"]["min"], b["cosine_vs_fp32"]["mean"], b["pair_auc"])),
             b["load_s"], b["peak_rss_mb"]]
            for name, b in result["embed"].items()]
    texts = result["embed_texts"]
    return (f"## Embedding backends, same {texts['total']:,} sentences "
            f"({texts['seeds']} seed + {texts['saudinewsnet']:,} SaudiNewsNet)\n\n"
            + table(["backend", "model id", "sent/s", "cos min", "cos mean", "pair AUC (seeds)",
                     "load s", "peak RSS MB"], rows))


def _scaling_table(result: dict) -> str:
    if not result["scaling"]:
        return ""
    series = result["scaling"]
    models = len({p["model_id"] for p in series}) > 1  # the default changed during the run
    rows = [[p["articles"], p["sentences"], p["seconds"], *(p["stages"].get(s) for s in STAGES),
             p["peak_rss_mb"], *([p["model_id"]] if models else [])] for p in series]
    fit = result["scaling_exponent"]
    per_stage = ", ".join(f"{s} {e:.2f}" for s, e in result["scaling_stage_exponents"].items())
    text = table(["articles", "sentences", "end to end s", *(f"{s} s" for s in STAGES), "peak RSS MB",
                  *(["model"] if models else [])], rows)
    cap = result["options"]["max_chars"]
    note = f" Texts cut at {cap} characters (whole sentences)." if cap else ""
    return (f"## Scaling on SaudiNewsNet (each size a separate end-to-end run){note}\n\n{text}\n\n"
            f"Fitted exponent (least squares on log-log, time against articles): "
            f"**{fit:.3f}**" + (f". Per stage: {per_stage}." if per_stage else "."))


def _incremental(result: dict) -> str:
    inc = result.get("incremental")
    if not inc:
        return ""
    rows = [[where, inc[key].get("load_s", "-"), inc[key]["extend_s"], inc[key]["group_s"],
             inc[key]["claims_s"], inc[key]["compare_s"], inc[key]["seconds"]]
            for where, key in (("in memory", "in_memory"), ("loaded from disk, fresh process", "from_disk"))
            if key in inc]
    return ("## Adding one article to the built index\n\n"
            f"Article {inc['article']} ({inc['article_sentences']} sentences) added to a "
            f"{inc['index_kind']} index of {inc['index_sentences'] - inc['article_sentences']:,} "
            "sentences that a check left with its groups, claims and nearby sentences; seconds. "
            "Extend is segment, embed and add; group, claims and compare extend what the index "
            "holds and compare the claims of the whole collection. Writing the reports of the whole "
            "collection is not included.\n\n"
            + table(["index", "load", "extend", "group", "claims", "compare", "total"], rows))


def _target_table(result: dict) -> str:
    rows = [[t["target"], t["value"] if not isinstance(t["value"], float) else f"{t['value']:.4g}",
             t["goal"], t["pass"]] for t in result["targets"]]
    return "## Targets (this 2-core machine)\n\n" + table(["target", "measured", "goal", "pass"], rows)
