"""Articles -> stories: the articles of several outlets that cover the same event.

An article is represented by one vector, the normalised mean of the vectors of its title and
its first ``lead`` body sentences (news puts the event in the headline and the lead; the rest
drifts to background that many stories share). Stories are then grown by a threshold
linkage over a k-nearest-neighbour graph:

1. faiss finds the ``neighbours`` nearest articles of each article (an exact flat index, or an
   HNSW graph from ``HNSW_FROM`` articles on, as in :mod:`crosscheck.index`), so the cost grows
   with ``n * neighbours``, never with all ``n * n`` pairs;
2. every neighbour pair with cosine >= ``threshold`` is a candidate link;
3. links are taken strongest first; a link joins the two stories of its articles only when
   the *average* cosine over all cross pairs of the two stories is still >= ``threshold``
   (average linkage; with unit vectors it is ``sum_a . sum_b / (|a| |b|)``, O(dimension) per
   merge), and when the joined story would not hold two articles whose publication dates
   are both known and more than ``max_days_apart`` days apart.

Why average and not single linkage: multilingual-e5 puts most news in a narrow cone (two
unrelated NeuS articles have cosine 0.87 on average, one pair in a hundred is above 0.92,
while two articles of one event average 0.94), so single linkage chains the whole collection
into one story at any threshold that links events; on NeuS ``val`` its best B-cubed F1 was
0.76 (nearly all singletons) against 0.81 for average linkage.

The default threshold, ``STORY_THRESHOLD = 0.93``, was chosen on the NeuS-AllSides ``val``
split only (best B-cubed F1 of a sweep from 0.80 to 0.97 in steps of 0.005 with
multilingual-e5-small, title + 3 lead sentences, 10 neighbours; ``crosscheck eval neus PATH
--split val`` prints the sweep; see ``docs/evaluation.md``); ``test`` is reported with it.

Example:
    >>> from crosscheck.embed import select_embedder
    >>> vectors = article_vectors(articles, select_embedder(None))
    >>> [story.articles for story in group_stories(articles, vectors)][:2]
"""
from __future__ import annotations

from dataclasses import dataclass

import faiss
import numpy as np

from .claims._containment import country_of
from .claims.places import places_in
from .embed import Embedder, l2_normalised
from .embed.cache import EmbeddingCache, embed_with_cache
from .index import HNSW_EF_SEARCH, HNSW_FROM, HNSW_M
from .models import Article, published_date
from .text import normalize, sentences_of

STORY_THRESHOLD = 0.93
NEIGHBOURS = 10
MAX_DAYS_APART = 3
LEAD_SENTENCES = 3


@dataclass(frozen=True)
class Story:
    """Articles that cover the same event.

    Attributes:
        id: ``s1``, ``s2``... in the order of each story's first article.
        articles: Ids of its articles, in input order.
        outlets: The outlets that carry it, sorted.
    """

    id: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]


def lead_texts(article: Article, lead: int = LEAD_SENTENCES) -> list[str]:
    """The title (when there is one) and the first ``lead`` body sentences of an article."""
    sentences = [s.text for s in sentences_of(article)[0] if s.block == "body"][:lead]
    title = [article.title] if article.title and article.title.strip() else []
    return title + sentences or [article.text[:500] or article.id]


def article_vectors(articles: list[Article], embedder: Embedder, *, cache: EmbeddingCache | None = None,
                    lead: int = LEAD_SENTENCES) -> np.ndarray:
    """One L2-normalised vector per article: the mean of its title and lead sentence vectors.

    Args:
        articles: The articles, in any order.
        embedder: Any :class:`~crosscheck.embed.Embedder`.
        cache: Embedding cache (keyed by normalised sentence), so a re-run embeds nothing twice.
        lead: How many body sentences after the title count.

    Returns:
        A float32 matrix, one row per article, aligned with ``articles``.
    """
    texts = [lead_texts(a, lead) for a in articles]
    flat = [t for group in texts for t in group]
    vectors, _ = embed_with_cache(embedder, flat, [normalize(t) for t in flat], cache)
    owner = np.repeat(np.arange(len(articles)), [len(group) for group in texts])
    sums = np.zeros((len(articles), vectors.shape[1] if len(flat) else 1), dtype=np.float32)
    np.add.at(sums, owner, vectors)
    return l2_normalised(sums)


def group_stories(articles: list[Article], vectors: np.ndarray, *, threshold: float = STORY_THRESHOLD,
                  neighbours: int = NEIGHBOURS, max_days_apart: int | None = MAX_DAYS_APART,
                  cross_language_bonus: float = 0.0) -> list[Story]:
    """Group articles into stories by average linkage over their nearest neighbours.

    Args:
        articles: The articles, aligned with ``vectors``.
        vectors: L2-normalised article vectors (see :func:`article_vectors`).
        threshold: Lowest average cosine between two stories for them to be joined.
        neighbours: How many nearest neighbours of each article are candidate links.
        max_days_apart: Articles published more than this many days apart never share a
            story (``None``: dates are ignored). Unknown dates never block a link.
        cross_language_bonus: Added to the cosine of two articles in different languages
            (:func:`language_of`): the model puts one story's Arabic and English articles
            further apart than two articles of one language.

    Returns:
        Every article in exactly one story (singletons included), stories in order of their
        first article.

    Raises:
        ValueError: ``articles`` and ``vectors`` are not aligned.
    """
    if len(articles) != len(vectors):
        raise ValueError(f"{len(articles)} articles but {len(vectors)} vectors")
    groups = _Stories(vectors, [_day_number(a.published) for a in articles], [language_of(a) for a in articles],
                      cross_language_bonus)
    for _, i, j in story_links(vectors, threshold=threshold - cross_language_bonus, neighbours=neighbours):
        groups.join(i, j, threshold, max_days_apart)
    return _stories(articles, groups.labels())


def story_links(vectors: np.ndarray, *, threshold: float, neighbours: int) -> list[tuple[float, int, int]]:
    """Neighbour pairs ``(cosine, i, j)`` with ``i < j`` and cosine >= ``threshold``, strongest first."""
    if len(vectors) < 2:
        return []
    index = _knn_index(np.ascontiguousarray(vectors, dtype=np.float32))
    sims, ids = index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(neighbours + 1, len(vectors)))
    links = {}
    for i, (row_sims, row_ids) in enumerate(zip(sims, ids)):
        for sim, j in zip(row_sims, row_ids):
            if j >= 0 and j != i and sim >= threshold:
                links[(min(i, j), max(i, j))] = float(sim)
    return sorted(((s, i, j) for (i, j), s in links.items()), key=lambda link: (-link[0], link[1], link[2]))


def story_labels(stories: list[Story], articles: list[Article]) -> list[str]:
    """The story id of each article, aligned with ``articles``."""
    story_of = {article: story.id for story in stories for article in story.articles}
    return [story_of[a.id] for a in articles]


def _knn_index(vectors: np.ndarray) -> faiss.Index:
    """Inner-product index over the vectors: exact when small, HNSW past ``HNSW_FROM``."""
    if len(vectors) >= HNSW_FROM:
        index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index


def _day_number(published: str | None) -> int | None:
    day = published_date(published)
    return day.toordinal() if day else None


def language_of(article: Article) -> str:
    """The article's ``lang`` when given, else ``ar`` when Arabic letters outnumber Latin ones."""
    if article.lang:
        return article.lang.lower()[:2]
    return text_language(article.text[:2000])


def text_language(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones in ``text``, else ``en``."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ar" if arabic > latin else "en"


class _Stories:
    """Union-find over articles; each story keeps its vector sum, size, languages and date span."""

    def __init__(self, vectors: np.ndarray, days: list[int | None], languages: list[str] | None = None,
                 cross_language_bonus: float = 0.0):
        self.parent = list(range(len(days)))
        self.sums = np.asarray(vectors, dtype=np.float64).copy()
        self.sizes = [1] * len(days)
        self.span = [(d, d) for d in days]
        self.languages = [{language: 1} for language in (languages or ["" for _ in days])]
        self.bonus = cross_language_bonus

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, threshold: float, max_days_apart: int | None) -> bool:
        """Join the stories of ``i`` and ``j`` when close enough on average and in time."""
        a, b = sorted((self.find(i), self.find(j)))
        if a == b or self.average_cosine(a, b) < threshold:
            return False
        span = _joined(self.span[a], self.span[b])
        if max_days_apart is not None and span[0] is not None and span[1] - span[0] > max_days_apart:
            return False
        self.parent[b] = a
        self.sums[a] += self.sums[b]
        self.sizes[a] += self.sizes[b]
        self.span[a] = span
        for language, count in self.languages[b].items():
            self.languages[a][language] = self.languages[a].get(language, 0) + count
        return True

    def average_cosine(self, a: int, b: int) -> float:
        """Mean cosine over all article pairs across stories ``a`` and ``b`` (unit vectors), each
        pair of two languages raised by the cross-language bonus."""
        pairs = self.sizes[a] * self.sizes[b]
        mean = float(self.sums[a] @ self.sums[b]) / pairs
        if not self.bonus:
            return mean
        same = sum(n * self.languages[b].get(language, 0) for language, n in self.languages[a].items())
        return mean + self.bonus * (pairs - same) / pairs

    def labels(self) -> list[int]:
        return [self.find(i) for i in range(len(self.parent))]


def _joined(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    lows = [d for d in (a[0], b[0]) if d is not None]
    highs = [d for d in (a[1], b[1]) if d is not None]
    return (min(lows), max(highs)) if lows else (None, None)


def _stories(articles: list[Article], labels: list[int]) -> list[Story]:
    members: dict[int, list[Article]] = {}
    for article, label in zip(articles, labels):
        members.setdefault(label, []).append(article)
    return [
        Story(f"s{n}", tuple(a.id for a in group), tuple(sorted({a.outlet for a in group})))
        for n, group in enumerate(members.values(), 1)
    ]


#: Linkage threshold for :func:`index_stories`, on lead-sentence vectors. One story's Arabic
#: and English articles score lower than two articles of one language, so a pair of two
#: languages gets ``CROSS_LANGUAGE_BONUS``. Chosen on the development stories (each stays one
#: story from 0.91/0.05 down; 0.92/0.06 splits two) and one SaudiNewsNet day (its largest
#: story: 1,194 of 1,261 articles at 0.86 without the bonus, 223 at 0.91).
CHECK_STORY_THRESHOLD = 0.91
CROSS_LANGUAGE_BONUS = 0.05
#: A story's articles span at most this many days (follow-ups of a disaster run for weeks: a
#: toll is still revised a month on).
CHECK_MAX_DAYS_APART = 31


def index_stories(index, *, threshold: float = CHECK_STORY_THRESHOLD,
                  max_days_apart: int = CHECK_MAX_DAYS_APART,
                  cross_language_bonus: float = CROSS_LANGUAGE_BONUS) -> dict[str, str]:
    """The story of each article of a ``SentenceIndex``: claims are compared within a story.

    Each article is the normalised mean of its first ``LEAD_SENTENCES`` body sentence vectors,
    read from the index (no new embedding; an article added later changes only its own row).
    """
    articles = list(index.articles)
    if not articles:
        return {}
    vectors = _lead_vectors(index, articles)
    stories = group_stories(articles, vectors, threshold=threshold, max_days_apart=max_days_apart,
                            cross_language_bonus=cross_language_bonus)
    return {article: story.id for story in stories for article in story.articles}


def _lead_rows(sentences) -> dict[str, list[int]]:
    """The positions in ``sentences`` of each article's first ``LEAD_SENTENCES`` body sentences."""
    rows: dict[str, list[int]] = {}
    for row, sentence in enumerate(sentences):
        lead = rows.setdefault(sentence.article, [])
        if sentence.block == "body" and len(lead) < LEAD_SENTENCES:
            lead.append(row)
    return rows


def _lead_vectors(index, articles: list[Article]) -> np.ndarray:
    rows = _lead_rows(index.sentences)
    wanted = sorted(row for lead in rows.values() for row in lead)
    at = {row: n for n, row in enumerate(wanted)}
    lead_vectors = index.vectors(wanted)
    out = np.zeros((len(articles), index.dimension), dtype=np.float32)
    for n, article in enumerate(articles):
        if rows.get(article.id):
            out[n] = lead_vectors[[at[row] for row in rows[article.id]]].mean(axis=0)
    return l2_normalised(out)


def story_regions(stories: dict[str, str], articles: list[Article], sentences,
                  clusters=()) -> dict[str, tuple[str, str] | None]:
    """Which articles of each story report events of one country or several together.

    The countries an article's title and lead name (:func:`~crosscheck.claims._containment.country_of`)
    are joined within its story through the articles that name several: one quake felt in
    both Turkey and Syria is one region for every outlet of its story, as soon as one names
    both; and so are two regions whose articles state one claim (a sentence group spans them:
    the Libyan and the Italian outlets of one shipwreck). An article whose lead names no
    country is None (its region is not said). Two regions of one story are then two events the lead vectors
    put together (a roundup of accidents: a storm in Taiwan, a crash near Moscow, a bus in
    Turkey): their figures are not compared.

    Args:
        stories: The story of each article (:func:`index_stories`).
        articles: The articles (their titles).
        sentences: Their sentences, in index order (their leads).
        clusters: The run's sentence groups (:class:`~crosscheck.models.Cluster`).

    Returns:
        Article id -> ``(story, region)``, or None.
    """
    rows = _lead_rows(sentences)
    named: dict[str, set[str]] = {}
    for article in articles:
        texts = [article.title or ""] + [sentences[row].text for row in rows.get(article.id, [])]
        named[article.id] = {c for text in texts for p in places_in(text) if (c := country_of(p.id))}
    parent: dict[tuple, tuple] = {}

    def root(key: tuple) -> tuple:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for article, countries in named.items():
        keys = [(stories.get(article), country) for country in sorted(countries)]
        for key in keys[1:]:
            parent[root(key)] = root(keys[0])
    for cluster in clusters:
        keys = [(stories.get(m.article), min(named[m.article])) for m in cluster.members if named.get(m.article)]
        for key in keys[1:]:
            if key[0] == keys[0][0]:
                parent[root(key)] = root(keys[0])
    return {article: root((stories.get(article), min(countries))) if countries else None
            for article, countries in named.items()}


#: Sentence groups an article alone in its story must share with another story to join it.
LONER_SHARED_GROUPS = 1


def join_loners(stories: dict[str, str], clusters, min_shared: int = LONER_SHARED_GROUPS) -> dict[str, str]:
    """``stories`` (article id -> story id) with each article that is alone in its story
    joined to the story whose articles state the same claims as it in at least
    ``min_shared`` sentence groups (more than any other story does): a report whose lead
    looks elsewhere (the wider migration story, a day-after angle) whose body tells the
    same facts as the story's outlets.

    Args:
        stories: The story of each article (:func:`index_stories`).
        clusters: The run's sentence groups (:class:`~crosscheck.models.Cluster`).
    """
    size: dict[str, int] = {}
    for story in stories.values():
        size[story] = size.get(story, 0) + 1
    shared: dict[str, dict[str, int]] = {}
    for cluster in clusters:
        articles = {m.article for m in cluster.members}
        for loner in (a for a in articles if size.get(stories.get(a)) == 1):
            for story in {stories[a] for a in articles if a != loner and a in stories}:
                counts = shared.setdefault(loner, {})
                counts[story] = counts.get(story, 0) + 1
    joined = dict(stories)
    for loner, counts in shared.items():
        ranked = sorted(counts.values(), reverse=True)
        best = max(counts, key=counts.get)
        if ranked[0] >= min_shared and (len(ranked) == 1 or ranked[0] > ranked[1]):
            joined[loner] = best
    return joined
