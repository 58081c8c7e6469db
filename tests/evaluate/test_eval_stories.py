"""The story scorer (crosscheck.evaluate.stories) on hand-made findings, and ``crosscheck eval
stories`` through the CLI on the fixture quake story."""
from __future__ import annotations

import json
from pathlib import Path

from crosscheck.cli import ExitStatus, main
from crosscheck.evaluate.stories import score_story
from crosscheck.models import Claim, Finding, Sentence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

GOLD = {
    "contradictions": [{"id": "dead", "claim_type": "casualties",
                        "groups": [[["A", 78], ["B", 78]], [["C", 79]]]},
                       {"id": "who", "claim_type": "actor",
                        "groups": [[["A", "an Israeli strike"]], [["C", "a misfired rocket"]]]}],
    "agreements": [{"id": "dead_78", "claims": [["A", 78], ["B", 78]]}],
    "traps": [{"id": "rescued", "why": "", "pair": [["A", 104], ["C", 79]]}],
    "updates": [{"id": "rise", "claim_type": "casualties", "same_day": False,
                 "earlier": ["B", 59], "later": ["A", 78]}],
}


def _claim(outlet: str, value: float | None, sentence: int = 0, text: str = "",
           claim_type: str = "casualties") -> Claim:
    return Claim(outlet.lower(), outlet, sentence, 0, 2, text or str(value), claim_type, value, value, value)


def _finding(kind: str, claims: list[Claim], sides=()) -> Finding:
    return Finding("f", kind, "casualties", None, tuple(claims), "", "", tuple(sides))


def _sentences(*texts: tuple[str, int, str]) -> list[Sentence]:
    return [Sentence(outlet.lower(), outlet, n, 0, len(text), text, text) for outlet, n, text in texts]


def test_pairs_found_missed_and_flagged():
    findings = [
        _finding("contradiction", [_claim("A", 78), _claim("B", 78), _claim("C", 79)], (0, 0, 1)),
        _finding("contradiction", [_claim("A", 104), _claim("C", 79)], (0, 1)),
        _finding("agreement", [_claim("A", 78), _claim("B", 78)]),
        _finding("update", [_claim("B", 59), _claim("A", 78)], (0, 1)),
    ]
    score = score_story("s", GOLD, findings, [])
    assert score.counts["contradiction_pairs_numeric"] == [2, 2]
    assert score.counts["contradiction_pairs_non_numeric"] == [0, 1]
    assert score.counts["traps_flagged"] == [1, 1] and score.traps_flagged == ["rescued"]
    assert score.counts["agreement_pairs"] == [1, 1]
    assert score.counts["updates"] == [1, 1]
    # found gold pairs against everything put on two sides: 2 gold, 1 trap
    assert score.counts["contradiction_precision"] == [2, 3]


def test_an_update_in_the_wrong_order_is_not_found_and_same_side_is_no_contradiction():
    findings = [_finding("update", [_claim("A", 78), _claim("B", 59)], (0, 1)),
                _finding("contradiction", [_claim("A", 78), _claim("C", 79)], (0, 0))]
    score = score_story("s", GOLD, findings, [])
    assert score.counts["updates"] == [0, 1]
    assert score.counts["contradiction_pairs_numeric"] == [0, 2]
    assert score.counts["contradiction_precision"] == [0, 0]


def test_text_values_match_the_claims_sentence_and_unlabelled_pairs_are_listed():
    sentences = _sentences(("A", 3, "It was an Israeli strike, officials said."),
                           ("C", 5, "The army said a misfired rocket hit it."),
                           ("B", 1, "Something else entirely."))
    statements = [_claim("A", None, 3, "strike", "statement"), _claim("C", None, 5, "rocket", "statement")]
    findings = [_finding("contradiction", statements, (0, 1)),
                _finding("contradiction", [_claim("B", 12), _claim("C", 15)], (0, 1))]
    score = score_story("s", GOLD, findings, sentences)
    assert score.counts["contradiction_pairs_non_numeric"] == [1, 1]
    assert [pair for pair, _ in score.unlabelled] == ["B: [unlabelled] 12 / C: [unlabelled] 15"]
    assert score.counts["contradiction_precision"] == [1, 2]


def test_a_figure_never_stands_for_a_text_item_of_its_sentence():
    """A figure in the sentence that holds a gold text snippet is that figure, not the snippet."""
    sentences = _sentences(("A", 3, "It was an Israeli strike, officials said."),
                           ("C", 5, "The army said a misfired rocket hit it."))
    figures = [_claim("A", 7, 3), _claim("C", 9, 5)]
    score = score_story("s", GOLD, [_finding("contradiction", figures, (0, 1))], sentences)
    assert score.counts["contradiction_pairs_non_numeric"] == [0, 1]


def test_cli_eval_stories_prints_a_line_per_story_and_json_last(offline_model, capsys):
    assert main(["eval", "stories", str(FIXTURES / "story_quake")]) == ExitStatus.SUCCESS
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("story_quake: contradiction_pairs_numeric 8/8")
    scores = json.loads(lines[-1])
    assert scores["overall"]["counts"]["updates"] == [3, 3]
    assert set(scores["stories"]) == {"story_quake"}


def test_cli_eval_stories_gold_applies_to_one_folder(offline_model, capsys):
    assert main(["eval", "stories", str(FIXTURES / "story_quake"), str(FIXTURES / "story_derna"),
                 "--gold", str(FIXTURES / "story_quake" / "gold.json")]) == ExitStatus.ERROR
    assert "one story folder" in capsys.readouterr().err


def test_cli_eval_stories_into_keeps_figures_not_the_quoted_pairs(offline_model, capsys, tmp_path):
    """The listed pairs quote the articles: printed to be read, never stored by ``--into``."""
    into = tmp_path / "eval.json"
    assert main(["eval", "stories", str(FIXTURES / "story_quake"), "--into", str(into)]) == ExitStatus.SUCCESS
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    stored = json.loads(into.read_text(encoding="utf-8"))["stories"]
    assert "unlabelled_cross_side_pairs" in printed["stories"]["story_quake"]
    assert set(stored["stories"]["story_quake"]) == {"counts", "figures"}
    assert stored["overall"]["counts"] == printed["overall"]["counts"]


def test_cli_eval_stories_skips_what_is_not_a_story_folder_and_scores_the_rest(offline_model, capsys, tmp_path):
    """``eval stories DIR/*`` also matches a README beside the folders: named, skipped, run goes on."""
    readme = tmp_path / "README.md"
    readme.write_text("notes", encoding="utf-8")
    (tmp_path / "no_gold").mkdir()
    assert main(["eval", "stories", str(readme), str(tmp_path / "no_gold"),
                 str(FIXTURES / "story_quake")]) == ExitStatus.SUCCESS
    captured = capsys.readouterr()
    assert f"skipped {readme}: not a story folder" in captured.err
    assert f"skipped {tmp_path / 'no_gold'}: no readable story gold" in captured.err
    scores = json.loads(captured.out.strip().splitlines()[-1])
    assert set(scores["stories"]) == {"story_quake"}
    assert [s["path"] for s in scores["skipped"]] == [str(readme), str(tmp_path / "no_gold")]


def test_cli_eval_stories_with_no_story_folder_is_an_error(offline_model, capsys, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("notes", encoding="utf-8")
    assert main(["eval", "stories", str(readme)]) == ExitStatus.ERROR
    assert "no story folder to score" in capsys.readouterr().err
