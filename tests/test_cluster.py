"""Groups on the seeds: the claims the outlets share must join across outlets."""
import pytest


def group_of(result, article_prefix, snippet):
    for cluster in result.clusters:
        for m in cluster.members:
            if m.article.startswith(article_prefix) and snippet in m.text:
                return cluster
    return None


SHARED_CLAIMS = [
    ("heavy heart", [("000", "مفطور القلب"), ("002", "بقلب حزين")]),
    ("operation goes on", [("000", "العملية نحو طرابلس مستمرة"), ("002", "العملية نحو طرابلس مستمرة")]),
    ("no military solution", [("001", "لا يوجد حل عسكري"), ("002", "لا حل عسكرياً")]),
    ("withdrawal from Gate/Bridge 27", [("000", "البوابة 27"), ("001", "حاجز جسر 27"), ("002", "بوابة 27")]),
]
# With the int8 default, outlet 000's Gate 27 sentence scores 0.906 against outlet 002's
# (fp32: 0.911) and stays out of the group the other two form. Strict: passing again fails,
# so the mark goes when the embedder gets closer to fp32.
INT8_MISSES = {"withdrawal from Gate/Bridge 27"}


@pytest.mark.parametrize("claim, members", SHARED_CLAIMS)
def test_shared_claims_join_with_fp32_vectors(fp32_seed_result, claim, members):
    _assert_joined(fp32_seed_result, claim, members)


@pytest.mark.parametrize("claim, members", [
    pytest.param(claim, members, marks=pytest.mark.xfail(strict=True, reason="int8 noise, see INT8_MISSES"))
    if claim in INT8_MISSES else (claim, members) for claim, members in SHARED_CLAIMS])
def test_shared_claims_join_with_the_default_embedder(seed_result, claim, members):
    _assert_joined(seed_result, claim, members)


def _assert_joined(seed_result, claim, members):
    clusters = {id(group_of(seed_result, a, snippet)) for a, snippet in members}
    cluster = group_of(seed_result, *members[0])
    assert cluster is not None, f"{claim}: not grouped"
    assert len(clusters) == 1, f"{claim}: members in different groups"
    assert len(cluster.outlets) >= len({a for a, _ in members})


def test_groups_span_outlets_and_never_the_read_also_block(seed_result):
    for cluster in seed_result.clusters:
        assert len(cluster.outlets) >= 2
        assert all(m.block == "body" for m in cluster.members)
        assert 0.8 < cluster.cohesion <= 1.0


def test_unrelated_statements_stay_apart(seed_result):
    erdogan = group_of(seed_result, "004", "وجوب قبول الجميع عدم إمكانية حل المشكلة")
    guterres = group_of(seed_result, "001", "لا يوجد حل عسكري")
    assert erdogan is None or erdogan is not guterres
