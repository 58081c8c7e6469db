"""``crosscheck eval`` on small seeded slices of the public sets: JSON last, documented keys."""
import json

from crosscheck.cli import ExitStatus, main


def _last_json(capsys) -> dict:
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 2, "a human-readable summary comes before the JSON"
    return json.loads(lines[-1])


def test_eval_fakes_then_ans_print_json_and_fill_one_results_file(
        fakes_dir, ans_dir, offline_model, tmp_path, capsys):
    into = tmp_path / "results" / "eval.json"
    assert main(["eval", "fakes", str(fakes_dir), "--limit", "40", "--into", str(into)]) == ExitStatus.SUCCESS
    fakes = _last_json(capsys)
    assert fakes["articles"] >= 40 and fakes["limit"] == 40 and fakes["seed"] == 0
    for key in ("coverage", "accuracy", "by_rule_civilians", "by_rule_people"):
        assert key in fakes["extraction"]
    assert 0 <= fakes["extraction"]["coverage"] <= 1
    for key in ("precision", "recall", "predicted", "gold"):
        assert key in fakes["conflicts"]["all_pairs"]

    assert main(["eval", "ans", str(ans_dir), "--split", "dev", "--limit", "20",
                 "--into", str(into)]) == ExitStatus.SUCCESS
    ans = _last_json(capsys)
    assert ans["split"] == "dev" and ans["pairs"] == 20
    assert set(ans["stance"]["per_class"]) == {"agree", "disagree"}
    assert 0 <= ans["stance"]["macro_f1"] <= 1
    assert ans["stance"]["confusion"]["columns"] == ["agree", "disagree", "other"]
    assert ans["stance"]["model"].startswith("crosscheck-stance") and 0 <= ans["stance"]["macro_f1_3class"] <= 1
    assert set(ans["rule_baseline"]["per_class"]) == {"agree", "disagree"}
    assert {"recall@1", "recall@5", "mrr", "queries"} <= set(ans["retrieval"])
    assert ans["retrieval"]["recall@1"] <= ans["retrieval"]["recall@5"]

    stored = json.loads(into.read_text(encoding="utf-8"))
    assert stored == {"fakes": fakes, "ans": ans}
    assert [p.name for p in into.parent.iterdir()] == ["eval.json"]  # no temporary file left


def test_eval_neus_prints_grouping_scores(neus_dir, offline_model, capsys):
    assert main(["eval", "neus", str(neus_dir), "--limit", "5", "--seed", "1"]) == ExitStatus.SUCCESS
    neus = _last_json(capsys)
    assert neus["events"] == 5 and neus["articles"] == 15 and neus["split"] == "test"
    assert set(neus["bcubed"]) == {"precision", "recall", "f1"}
    assert -1 <= neus["ari"] <= 1 and neus["threshold"] > 0


def test_eval_options_that_do_not_apply_are_usage_errors(fakes_dir, capsys):
    assert main(["eval", "fakes", str(fakes_dir), "--split", "dev"]) == ExitStatus.USAGE
    assert "--split does not apply to eval fakes" in capsys.readouterr().err
    assert main(["eval", "fakes", str(fakes_dir), "--nli", "some-model"]) == ExitStatus.USAGE
    assert "--nli does not apply to eval fakes" in capsys.readouterr().err


def test_eval_ans_with_an_nli_cross_encoder(ans_dir, offline_model, tiny_nli_model, tmp_path, capsys):
    folder = tiny_nli_model(tmp_path / "nli", {0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"})
    assert main(["eval", "ans", str(ans_dir), "--limit", "10", "--nli", str(folder)]) == ExitStatus.SUCCESS
    ans = _last_json(capsys)
    assert ans["stance"]["model"] == str(folder) and ans["pairs"] == 10
    assert sum(sum(row) for row in ans["stance"]["confusion"]["matrix"]) == ans["stance"]["pairs"]


def test_eval_missing_data_names_the_path(tmp_path, capsys):
    assert main(["eval", "fakes", str(tmp_path / "nowhere")]) == ExitStatus.ERROR
    assert str(tmp_path / "nowhere") in capsys.readouterr().err
