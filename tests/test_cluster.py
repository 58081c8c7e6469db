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


def _member_keys(clusters):
    return sorted(tuple(m.key for m in c.members) for c in clusters)


def _finding_keys(findings):
    """What each finding says about which quoted spans: ids, and the order of the claims
    inside a finding, follow the order the articles were added in."""
    return sorted((f.kind, f.claim_type, f.cluster or "", sorted((c.article, c.start, c.end) for c in f.claims))
                  for f in findings)


def _check_one_then_the_last(embedder, cache_dir, paths, last):
    from crosscheck import CrossChecker

    checker = CrossChecker(embedder, cache_dir=cache_dir)
    checker.check(paths[:last] + paths[last + 1:])
    grouping = checker.last_index.derived.grouping
    result = checker.check([paths[last]], index=checker.last_index)
    assert checker.last_index.derived.grouping is grouping
    assert grouping.size == len(result.sentences)
    return result


@pytest.fixture(scope="module")
def nine_articles(seed_dir):
    derna = seed_dir.parent / "tests" / "fixtures" / "story_derna"
    paths = sorted(seed_dir.glob("*.txt")) + sorted(derna.glob("*.md"))
    assert len(paths) == 9
    return paths


@pytest.fixture(scope="module")
def nine_at_once(embedder, cache_dir, nine_articles):
    from crosscheck import CrossChecker

    result = CrossChecker(embedder, cache_dir=cache_dir).check(nine_articles)
    assert len(result.clusters) >= 20
    return result


def test_an_article_added_to_a_small_checked_index_regroups_it(embedder, cache_dir, nine_articles,
                                                               nine_at_once):
    """One article of nine is more than ``REGROUP_SHARE`` of a collection: the check on the
    index regroups it and ends where one check of everything ends, whichever comes last."""
    for last, path in enumerate(nine_articles):
        result = _check_one_then_the_last(embedder, cache_dir, nine_articles, last)
        assert _member_keys(result.clusters) == _member_keys(nine_at_once.clusters), path.name
        assert _finding_keys(result.findings) == _finding_keys(nine_at_once.findings), path.name


def test_extending_groups_keeps_nearly_all_groups_of_a_full_check(embedder, cache_dir, nine_articles,
                                                                  nine_at_once, monkeypatch):
    """Forced to extend (only the new sentences searched, only the groups they touch merged
    again), adding one article of nine keeps all but at most two of the groups one check of
    everything makes. The word weights move by a ninth here; on a large index they hardly
    move, so the groups a large index gains are the ones a full check would make."""
    from crosscheck import cluster

    monkeypatch.setattr(cluster, "REGROUP_SHARE", 1.0)
    expected = set(_member_keys(nine_at_once.clusters))
    for last, path in enumerate(nine_articles):
        result = _check_one_then_the_last(embedder, cache_dir, nine_articles, last)
        extended = set(_member_keys(result.clusters))
        assert len(extended & expected) >= len(expected) - 2, path.name
        assert len(extended - expected) <= 2, path.name
