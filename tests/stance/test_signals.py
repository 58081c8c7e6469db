"""The stance model's reading as a signal on findings (crosscheck.stance.signals), with a
stand-in model: which pairs are read, and that the reports show the readings."""
from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.models import Article, Claim, Finding, Sentence
from crosscheck.pipeline import CheckResult
from crosscheck.report._json import to_dict
from crosscheck.report._markdown import to_markdown
from crosscheck.stance.signals import MAX_PAIRS_PER_FINDING, with_stance


class Reader:
    """Reads every pair as ``disagree`` and keeps what it was asked."""

    model_id = "stand-in"

    def __init__(self):
        self.asked: list[tuple[str, str]] = []

    def verdicts(self, pairs):
        self.asked += pairs
        return [("disagree", 0.875) for _ in pairs]


def _sentence(outlet: str, n: int) -> Sentence:
    text = f"{outlet} says sentence {n}."
    return Sentence(outlet.lower(), outlet, n, 0, len(text), text, text)


def _claim(sentence: Sentence, claim_type: str = "statement", value: float | None = None) -> Claim:
    return Claim(sentence.article, sentence.outlet, sentence.index, 0, 3, sentence.text, claim_type,
                 value, value, value)


SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SENTENCES = [_sentence(o, n) for o in ("A", "B", "C") for n in range(2)]
TEXT = {s.key: s.text for s in SENTENCES}


def test_groups_and_contradiction_sides_are_read_figures_elsewhere_are_not():
    a0, a1, b0, b1, c0, _ = SENTENCES
    group = Finding("f1", "agreement", "statement", "g1", (_claim(a0), _claim(b0), _claim(c0)), "", "")
    conflict = Finding("f2", "contradiction", "casualties", None,
                       (_claim(a1, "casualties", 5), _claim(b1, "casualties", 5), _claim(c0, "casualties", 9)),
                       "", "", (0, 0, 1))
    agreement = Finding("f3", "agreement", "casualties", None,
                        (_claim(a1, "casualties", 5), _claim(b1, "casualties", 5)), "", "")
    reader = Reader()
    group, conflict, agreement = with_stance([group, conflict, agreement], reader, TEXT)
    assert [(s.first, s.second) for s in group.stance] == [(a0.key, b0.key), (a0.key, c0.key), (b0.key, c0.key)]
    # only pairs across the two sides; A and B are on one side
    assert [(s.first, s.second) for s in conflict.stance] == [(a1.key, c0.key), (b1.key, c0.key)]
    assert agreement.stance == ()
    assert all((s.label, s.score) == ("disagree", 0.875) for s in group.stance + conflict.stance)
    assert reader.asked[0] == (a0.text, b0.text)  # whole sentences, not figure spans


def test_a_large_group_reads_a_few_pairs():
    group = Finding("f1", "agreement", "statement", "g1", tuple(_claim(s) for s in SENTENCES), "", "")
    [read] = with_stance([group], Reader(), TEXT)
    assert len(read.stance) == MAX_PAIRS_PER_FINDING


def test_reports_show_the_readings():
    a0, _, b0, *_ = SENTENCES
    [group] = with_stance([Finding("f1", "agreement", "statement", "g1", (_claim(a0), _claim(b0)), "", "")],
                          Reader(), TEXT)
    articles = [Article(s.article, s.outlet, s.text, f"{s.article}.txt") for s in (a0, b0)]
    data = to_dict(CheckResult(articles=articles, sentences=[a0, b0], clusters=[], findings=[group]))
    [signal] = data["findings"][0]["stance"]
    assert signal["label"] == "disagree" and signal["first"]["outlet"] == "A" and signal["second"]["outlet"] == "B"
    report = to_markdown(data)
    assert "stance model: A / B read as disagree" in report and "0.88" in report


@pytest.fixture(scope="module")
def shipped(e5_model_path):
    from crosscheck.stance import SHIPPED
    from crosscheck.stance._e5_cross import E5CrossStance

    return E5CrossStance(SHIPPED, base_folder=e5_model_path)


@pytest.mark.slow
def test_check_with_stance_reads_the_seed_groups(embedder, cache_dir, shipped):
    from crosscheck import CrossChecker

    checker = CrossChecker(embedder, cache_dir=cache_dir, stance=True, nli=shipped)
    result = checker.check([SEEDS])
    readings = [s for f in result.findings if f.claim_type == "statement" for s in f.stance]
    assert len(readings) >= 10 and all(0.0 <= s.score <= 1.0 for s in readings)
    assert {s.label for s in readings} <= {"agree", "disagree", "other"}


@pytest.mark.slow
def test_the_shipped_model_tells_same_claim_sentences_from_unrelated_ones(seed_sentences, shipped):
    """On the seeds' gold same-claim pairs it reads "agree" far more often than on pairs of
    sentences of different articles taken at random (measured: 33 of 53 against 2 of 34).
    Its "disagree" also fires on some same-claim news sentences (11 of 53), which is why it
    is only a signal (``check --stance``), never a finding."""
    import random

    from crosscheck.evaluate.seeds import gold_pairs, load_gold

    text = {s.key: s.text for s in seed_sentences}
    same = [tuple(sorted(p)) for p in gold_pairs(load_gold(SEEDS.parent / "tests" / "gold" / "seeds.json"),
                                                   seed_sentences)]
    rng = random.Random(0)
    unrelated = [(a, b) for a, b in (tuple(rng.sample(sorted(text), 2)) for _ in range(40)) if a[0] != b[0]]

    def agree_share(pairs):
        labels = [label for label, _ in shipped.verdicts([(text[a], text[b]) for a, b in pairs])]
        return labels.count("agree") / len(labels)

    assert agree_share(same) >= 3 * agree_share(unrelated)
