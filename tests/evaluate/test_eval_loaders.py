"""The loaders read the real files of the public sets, as they are."""
import pytest

from crosscheck.errors import InputError
from crosscheck.evaluate.ans import load_pairs, sample_pairs
from crosscheck.evaluate.fakes import civilian_deaths, event_pairs, load_fakes, sample_events
from crosscheck.evaluate.neus import load_events
from crosscheck.models import Claim


def test_ans_splits_have_the_published_sizes_and_labels(ans_dir):
    sizes = {split: len(load_pairs(ans_dir, split)) for split in ("train", "dev", "test")}
    assert sizes == {"train": 2652, "dev": 755, "test": 379}
    test = load_pairs(ans_dir, "test")
    assert {p.stance for p in test} == {"agree", "disagree", "other"}
    assert test[0].s1 == "استقرار الذهب مع استمرار ضعف الدولار" and test[0].stance == "agree"


def test_ans_unknown_split_names_the_valid_ones(ans_dir):
    with pytest.raises(InputError, match="train, dev, test"):
        load_pairs(ans_dir, "validation")


def test_ans_sample_is_seeded_and_keeps_file_order(ans_dir):
    pairs = load_pairs(ans_dir, "test")
    first, again = sample_pairs(pairs, 20, 3), sample_pairs(pairs, 20, 3)
    assert first == again and len(first) == 20
    assert [pairs.index(p) for p in first] == sorted(pairs.index(p) for p in first)


def test_fakes_reads_windows_1252(fakes_dir):
    items = load_fakes(fakes_dir)
    assert len(items) == 804
    assert len({i.article.outlet for i in items}) == 15
    texts = " ".join(i.article.text for i in items)
    assert "\u2022" in texts and "\x95" not in texts  # byte 0x95 is a bullet in cp1252, not latin-1
    assert "\ufffd" in texts  # 0x81, undefined in cp1252, is replaced rather than fatal
    first = items[0]
    assert first.article.published == "2017-04-05" and first.location == "idlib" and first.civilians == 70


def test_fakes_event_pairs_are_cross_outlet_and_samples_keep_events_whole(fakes_dir):
    items = load_fakes(fakes_dir)
    pairs = event_pairs(items)
    assert pairs and all(items[i].event == items[j].event for i, j in pairs)
    assert all(items[i].article.outlet != items[j].article.outlet for i, j in pairs)
    sample = sample_events(items, 60, 0)
    assert len(sample) >= 60
    for item in sample:
        assert sum(i.event == item.event for i in sample) == sum(i.event == item.event for i in items)


def _killed(value, who, text="x"):
    return Claim("a", "o", 0, 0, 1, text, "casualties", value, value, value, attribute="killed", who=who)


def test_civilian_deaths_prefers_civilians_then_people_in_text_order():
    claims = [_killed(29, "fighters"), _killed(None, "civilians"), _killed(10, "people"),
              _killed(8, "civilians"), _killed(12, "civilians")]
    found = civilian_deaths(claims)
    assert (found.value, found.rule) == (8, "civilians")
    assert civilian_deaths(claims[:3]).rule == "people" and civilian_deaths(claims[:3]).value == 10
    assert civilian_deaths(claims[:2]) is None


def test_neus_events_are_triples_with_titles(neus_dir):
    events = load_events(neus_dir, "val")
    assert len(events) == 307 and all(len(e) == 3 for e in events)
    left, center, right = events[0]
    assert (left.outlet, center.outlet, right.outlet) == ("left", "center", "right")
    assert left.title == "Sanders sends Democratic establishment into panic mode"
    assert left.id == "val-0-left" and "TITLE=>" not in left.text and "[SEP]" not in right.text


class _Lookup:
    """A stand-in embedder with fixed vectors, so the ranks can be worked out by hand."""

    model_id = "lookup"
    vectors = {"A": [1, 0, 0], "B": [0.9, 0.1, 0], "C": [0, 1, 0], "D": [0, 0, 1]}

    def embed(self, texts):
        import numpy as np

        rows = np.array([self.vectors[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_ans_retrieval_skips_the_query_itself_and_counts_pairs_both_ways():
    from crosscheck.evaluate.ans import Pair, retrieval_ranks

    pairs = [Pair("A", "B", "agree"), Pair("C", "A", "disagree"), Pair("D", "D", "agree")]
    # A: B is first (A itself, also a candidate, is left out); C: B outscores its partner A;
    # D: its only partner is its own text, so nothing is left to find.
    assert retrieval_ranks(pairs, _Lookup()) == ([1, 2, None], 3)
