"""What the reports show: hostile article text and names are shown as text in every format,
the CSV stays proportional, and a report set is written whole or not at all."""
import json
import os
import re

import pandas as pd
import pytest

from crosscheck.errors import OutputError
from crosscheck.models import Article, Claim, Cluster, Finding, Sentence, Skipped
from crosscheck.pipeline import CheckResult
from crosscheck.report import run_ids, to_dict, to_frame, to_html, to_markdown, write_reports

HOSTILE_OUTLET = "=HYPERLINK(\"http://evil\")"
HOSTILE_TEXT = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) `code` \u202e12\u202c killed"


def _result(outlets=(HOSTILE_OUTLET, "+Wire\n# Heading"), explanation="same figure", claims_per_finding=2):
    articles = [Article(id=f"a{i}", outlet=o, text=HOSTILE_TEXT, path=f"a{i}`.txt") for i, o in enumerate(outlets)]
    sentences = [Sentence(a.id, a.outlet, 0, 0, len(HOSTILE_TEXT), HOSTILE_TEXT, "norm") for a in articles]
    claims = tuple(
        Claim(article=articles[i % len(articles)].id, outlet=articles[i % len(articles)].outlet, sentence=0,
              start=0, end=len(HOSTILE_TEXT), text=HOSTILE_TEXT, claim_type="casualties", value=12.0,
              low=12.0, high=12.0, place="-cmd|' /C calc'!A0")
        for i in range(claims_per_finding))
    finding = Finding(id="f1", kind="agreement", claim_type="casualties", cluster="g1", claims=claims,
                      explanation=explanation, rule="intervals overlap")
    cluster = Cluster(id="g1", members=tuple(sentences), cohesion=0.9)
    return CheckResult(articles=articles, sentences=sentences, clusters=[cluster], findings=[finding],
                       skipped=[Skipped("evil\n# name`.txt", "empty file")],
                       warnings=[Skipped("@x.md", "published '\u202e1202' is not an ISO 8601 date")],
                       model_id="m")


def test_csv_cells_that_look_like_formulas_are_text():
    frame = to_frame(to_dict(_result()))
    assert set(frame["outlet"]) == {"'" + HOSTILE_OUTLET, "'+Wire\n# Heading"}
    assert frame["place"].iloc[0].startswith("'-cmd")
    assert frame["value"].iloc[0] == 12.0  # numbers stay numbers
    for column in frame.columns:
        for value in frame[column]:
            assert not (isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"))


def test_csv_is_proportional_to_the_findings():
    big = "x" * 99_000
    frame = to_frame(to_dict(_result(explanation=big, claims_per_finding=200)))
    assert len(frame) == 200
    assert frame["explanation"].iloc[0].endswith("(in full in findings.json)")
    assert len(frame["explanation"].iloc[0]) <= 1000
    assert (frame["explanation"].iloc[1:] == "").all()
    assert len(frame.to_csv(index=False)) < 200 * 1000


def test_markdown_shows_input_as_text():
    markdown = to_markdown(to_dict(_result()))
    assert "<img" not in markdown and "&lt;img" in markdown
    assert "](javascript" not in markdown and "\\[click\\]\\(javascript" in markdown
    assert not re.search(r"(?<!\\)`", markdown)  # no code spans from input
    assert not re.search(r"^#+ Heading", markdown, re.MULTILINE)
    assert not re.search(r"^# name", markdown, re.MULTILINE)
    assert "\u202e" not in markdown and "⟦U+202E⟧" in markdown


def test_html_has_a_strict_csp_and_no_bidi_controls():
    html = to_html(to_dict(_result()))
    csp = re.search(r"http-equiv='Content-Security-Policy' content=\"([^\"]+)\"", html).group(1)
    assert "default-src 'none'" in csp and "script-src 'none'" in csp and "'unsafe-inline'" not in csp
    import base64
    import hashlib

    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the page's own style is allowed, nothing else
    assert "<img" not in html and not re.search("[\u202a-\u202e\u2066-\u2069]", html)
    assert "⟦U+202E⟧12⟦U+202C⟧" in html
    assert "<script" not in html


def test_out_naming_a_file_is_an_error(tmp_path):
    (tmp_path / "file").write_text("keep me")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        write_reports(_result(), tmp_path / "file")
    assert (tmp_path / "file").read_text() == "keep me"


def test_report_set_has_one_run_id_and_no_leftovers(tmp_path):
    write_reports(_result(), tmp_path)
    ids = run_ids(tmp_path)
    assert len(set(ids.values())) == 1 and None not in ids.values()
    assert sorted(os.listdir(tmp_path)) == ["findings.csv", "findings.json", "report.html", "report.md"]
    assert json.loads((tmp_path / "findings.json").read_text())["run_id"] == ids["findings.json"]
    assert pd.read_csv(tmp_path / "findings.csv")["run_id"].iloc[0] == ids["findings.json"]


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace-1", "replace-3"])
def test_a_failed_write_keeps_the_previous_set_or_a_detectably_mixed_one(tmp_path, monkeypatch, fail_at):
    write_reports(_result(), tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    calls = {"n": 0}
    real_replace, real_fsync = os.replace, os.fsync

    def failing_replace(src, dst):
        calls["n"] += 1
        if fail_at == f"replace-{calls['n']}":
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    if fail_at == "write":
        monkeypatch.setattr("crosscheck.report.to_html", lambda data: (_ for _ in ()).throw(OSError(28, "No space")))
    elif fail_at == "fsync":
        monkeypatch.setattr(os, "fsync", failing_fsync)
    else:
        monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OutputError, match="cannot write reports"):
        write_reports(_result(outlets=("Other", "Outlet")), tmp_path)
    monkeypatch.setattr(os, "replace", real_replace)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".")]  # staging removed
    ids = run_ids(tmp_path)
    if fail_at in ("write", "fsync", "replace-1"):
        after = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
        assert after == before
        assert len(set(ids.values())) == 1
    else:
        assert len(set(ids.values())) == 2  # mixed, and it shows
    json.loads((tmp_path / "findings.json").read_text())  # never cut off
