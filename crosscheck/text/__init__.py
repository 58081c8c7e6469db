"""Text handling: normalisation for matching and sentence segmentation with offsets."""
from __future__ import annotations

from ..models import Article, Sentence
from .normalize import content_words, normalize, numbers, word_overlap
from .segment import Span, segment

__all__ = ["normalize", "segment", "sentences_of", "content_words", "numbers", "word_overlap", "Span"]


def sentences_of(article: Article) -> tuple[list[Sentence], int]:
    """Sentences of an article, exact repeats inside it dropped (photo captions...).

    Returns:
        The sentences, indexed in text order, and how many repeats were dropped.
    """
    seen: set[str] = set()
    out: list[Sentence] = []
    repeats = 0
    for span in segment(article.text):
        text = article.text[span.start : span.end]
        norm = normalize(text)
        if norm in seen:
            repeats += 1
            continue
        seen.add(norm)
        out.append(
            Sentence(article.id, article.outlet, len(out), span.start, span.end, text, norm, span.block)
        )
    return out, repeats
