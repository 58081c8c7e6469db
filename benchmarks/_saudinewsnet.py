"""SaudiNewsNet as crosscheck Articles, read in place from the shared evaluation data.

The corpus is three zips of one JSON array each (``YYYY-MM-DD.zip`` holding
``YYYY-MM-DD.json``); every article has ``source`` (the outlet), ``url``, ``date_extracted``,
``title``, ``author`` and ``content``. The files are read where they lie and never copied
into the project.
"""
from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

from crosscheck.models import Article
from crosscheck.text import segment

FOLDER = Path("/work/shared/evaldata/saudinewsnet")
SAMPLE_SEED = 0


def load_articles(folder: str | Path = FOLDER, *, limit: int | None = None,
                  max_chars: int | None = None) -> list[Article]:
    """The corpus's articles in a fixed shuffled order, so any prefix mixes outlets and days.

    Args:
        folder: Where the zips are.
        limit: Keep the first ``limit`` articles of that order (a smaller sample is always
            a prefix of a larger one).
        max_chars: Cut each text after its last whole sentence that ends within this many
            characters (``None``: full texts).

    Returns:
        Articles with ``outlet=source``, ``published`` the extraction day, ``title``,
        ``text=content`` and ``url``; ids are ``<zip day>-<row>``. Articles with empty
        content are kept (they have no sentences), so the counts match the corpus.

    Raises:
        FileNotFoundError: The folder holds no zips.
    """
    zips = sorted(Path(folder).glob("*.zip"))
    if not zips:
        raise FileNotFoundError(f"no SaudiNewsNet zips in {folder}")
    articles = [a for path in zips for a in _read_zip(path)]
    random.Random(SAMPLE_SEED).shuffle(articles)
    articles = articles[:limit] if limit is not None else articles
    if max_chars is not None:
        articles = [_cut(a, max_chars) for a in articles]
    return articles


def _read_zip(path: Path) -> list[Article]:
    articles = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            rows = json.loads(archive.read(member).decode("utf-8"))
            day = Path(member).stem
            articles += [_article(row, f"{day}-{n:04d}", f"{path}:{member}") for n, row in enumerate(rows)]
    return articles


def _article(row: dict, article_id: str, where: str) -> Article:
    published = (row.get("date_extracted") or "")[:10] or None
    return Article(id=article_id, outlet=row.get("source") or "unknown", text=row.get("content") or "",
                   path=where, title=row.get("title") or None, published=published, lang="ar",
                   url=row.get("url") or None)


def _cut(article: Article, max_chars: int) -> Article:
    if len(article.text) <= max_chars:
        return article
    ends = [span.end for span in segment(article.text) if span.end <= max_chars]
    text = article.text[: ends[-1]] if ends else article.text[:max_chars]
    return Article(article.id, article.outlet, text, article.path, article.title,
                   article.published, article.lang, article.url)
