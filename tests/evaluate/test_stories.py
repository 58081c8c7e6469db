"""Story grouping: the linkage on hand-made vectors, and real NeuS events with the model."""
import itertools

import numpy as np
import pytest

from crosscheck.evaluate.neus import load_events
from crosscheck.models import Article, Cluster, Sentence
from crosscheck.stories import (
    article_vectors, group_stories, join_loners, lead_texts, story_labels, story_links, story_regions,
)


def _unit(*rows):
    vectors = np.array(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _articles(n, published=None):
    published = published or [None] * n
    return [Article(f"a{i}", f"outlet{i % 3}", "text", "p", published=published[i]) for i in range(n)]


def test_close_articles_share_a_story_and_far_ones_do_not():
    vectors = _unit([1, 0.05, 0], [1, 0, 0.05], [0, 1, 0], [0, 0, 1])
    stories = group_stories(_articles(4), vectors, threshold=0.9)
    assert [s.articles for s in stories] == [("a0", "a1"), ("a2",), ("a3",)]
    assert stories[0].outlets == ("outlet0", "outlet1") and stories[0].id == "s1"


def test_average_linkage_does_not_chain():
    # a0-a1 and a1-a2 are close, a0-a2 far: single linkage would make one story of three.
    angle = np.radians(20)
    vectors = _unit([1, 0], [np.cos(angle), np.sin(angle)], [np.cos(2 * angle), np.sin(2 * angle)])
    stories = group_stories(_articles(3), vectors, threshold=np.cos(np.radians(25)))
    assert len(stories) == 2


def test_dates_far_apart_keep_articles_apart_and_unknown_dates_do_not():
    vectors = _unit([1, 0], [1, 0.01], [1, 0.02])
    dated = _articles(3, ["2024-01-01", "2024-01-20T10:00:00", None])
    stories = group_stories(dated, vectors, threshold=0.9, max_days_apart=3)
    assert sorted(len(s.articles) for s in stories) == [1, 2]
    assert len(group_stories(dated, vectors, threshold=0.9, max_days_apart=None)) == 1


def test_links_come_from_the_nearest_neighbours_only():
    vectors = _unit(*[[1, i * 0.001] for i in range(6)])
    assert len(story_links(vectors, threshold=0.5, neighbours=5)) == 15
    assert len(story_links(vectors, threshold=0.5, neighbours=1)) < 15


def test_lead_texts_take_the_title_and_first_sentences():
    article = Article("a", "o", "One. Two. Three. Four.", "p", title="Headline")
    assert lead_texts(article, 2) == ["Headline", "One.", "Two."]


def test_group_stories_rejects_unaligned_vectors():
    with pytest.raises(ValueError, match="2 articles but 1 vectors"):
        group_stories(_articles(2), _unit([1, 0]))


def test_neus_events_mostly_end_up_in_one_story(neus_dir, embedder, cache_dir):
    from crosscheck.embed.cache import EmbeddingCache

    events = load_events(neus_dir, "test")[:20]
    articles = [a for e in events for a in e]
    vectors = article_vectors(articles, embedder, cache=EmbeddingCache(cache_dir / "embeddings.sqlite"))
    labels = story_labels(group_stories(articles, vectors), articles)
    event = [a.id.rsplit("-", 1)[0] for a in articles]
    pairs = list(itertools.combinations(range(len(articles)), 2))
    same_event = [labels[i] == labels[j] for i, j in pairs if event[i] == event[j]]
    other_event = [labels[i] == labels[j] for i, j in pairs if event[i] != event[j]]
    whole = sum(len(set(labels[3 * n: 3 * n + 3])) == 1 for n in range(len(events)))
    assert sum(same_event) > len(same_event) / 2
    assert whole > len(events) / 2
    assert sum(other_event) < sum(same_event) / 2


def _group(*articles: str) -> Cluster:
    return Cluster("g", tuple(Sentence(a, a.upper(), n, 0, 1, "x", "x") for n, a in enumerate(articles)), 0.95)


def test_an_article_alone_joins_the_story_whose_sentences_its_own_are_grouped_with():
    stories = {"a": "s1", "b": "s1", "c": "s2", "d": "s3", "e": "s4", "f": "s4"}
    groups = [_group("a", "c"), _group("b", "c", "e"), _group("a", "d"), _group("d", "e")]
    joined = join_loners(stories, groups, min_shared=1)
    assert joined["c"] == "s1"  # two groups with s1, one with s4
    assert joined["d"] == "s3"  # one with s1, one with s4: no story more than the other
    assert {k: v for k, v in joined.items() if k not in "cd"} == {k: v for k, v in stories.items() if k not in "cd"}
    assert join_loners(stories, groups, min_shared=3) == stories


def test_articles_of_a_story_stay_where_they_are():
    stories = {"a": "s1", "b": "s1", "c": "s2", "e": "s2"}
    assert join_loners(stories, [_group("a", "c"), _group("b", "c")]) == stories


def _led(article_id: str, title: str, *lead: str) -> tuple[Article, list[Sentence]]:
    article = Article(article_id, article_id.upper(), " ".join(lead), "p", title=title)
    return article, [Sentence(article_id, article.outlet, n, 0, 1, text, text) for n, text in enumerate(lead)]


def test_regions_split_a_story_by_the_countries_its_leads_name():
    """A roundup of accidents the lead vectors put in one story (a storm in Chile, a crash
    near Lima, Peru): two regions. One quake felt in both Turkey and Syria is one region for every
    article of its story once one article names both. A lead naming no country has none."""
    led = [_led("storm", "Storm hits Chile", "Six people died in Chile as the storm passed."),
           _led("crash", "Peru crash", "Eight bodies were found near Lima."),
           _led("tr", "Quake in Turkey", "The quake killed 40 in Turkey."),
           _led("sy", "Quake in Syria", "Dozens died in Aleppo."),
           _led("both", "Quake hits Turkey and Syria", "The quake struck at dawn."),
           _led("none", "Rescue goes on", "Teams worked through the night.")]
    articles = [a for a, _ in led]
    sentences = [s for _, sents in led for s in sents]
    stories = {"storm": "s1", "crash": "s1", "tr": "s2", "sy": "s2", "both": "s2", "none": "s2"}
    regions = story_regions(stories, articles, sentences)
    assert regions["storm"] != regions["crash"]
    assert regions["tr"] == regions["sy"] == regions["both"]
    assert regions["none"] is None
    # without the article that names both, Turkey's and Syria's articles are two regions
    del stories["both"]
    apart = story_regions(stories, [a for a in articles if a.id != "both"],
                          [s for s in sentences if s.article != "both"])
    assert apart["tr"] != apart["sy"]
    # ... unless they state one claim: a sentence group spans the two regions
    spanned = story_regions(stories, [a for a in articles if a.id != "both"],
                            [s for s in sentences if s.article != "both"], [_group("tr", "sy")])
    assert spanned["tr"] == spanned["sy"]
