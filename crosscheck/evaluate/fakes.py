"""FA-KES: civilian death counts read by the claims layer, and the conflicts they reveal.

FA-KES (Salem et al., 2019) holds 804 English articles on the Syrian war from 15 outlets, each
annotated with the event's date and location and its number of civilians killed
(``nb_civilians``). The CSV is Windows-1252; a few bytes that code page leaves undefined
(``0x81`` after a bullet in some TRT pages) are read as U+FFFD.

*Extracted* count of an article, from :func:`crosscheck.claims.extract.claims_of` on its
body sentences (casualty claims with ``attribute == "killed"`` and a point value; vague
"hundreds" have none):

1. ``civilians``: the first such claim in text order whose ``who`` is ``civilians``;
2. ``people`` (fallback): else the first whose ``who`` is ``people`` or unstated (``29
   killed``): news often gives the civilian toll as "people killed";
3. else nothing is extracted (the article is not covered).

The first mention is used because the headline and lead carry the toll the article is about;
later figures are often totals of the war or of other incidents (on the whole set, the first
civilian figure matches the annotation in 68% of covered articles, the largest in 61%).
Coverage and accuracy (extracted == annotated, on covered articles) are reported apart.

Conflicts: articles are grouped by their annotated (date, location); within a group, every
pair of articles from different outlets is a gold conflict when their annotated counts
differ, and a predicted conflict when both have an extracted count and
:func:`crosscheck.compare.compare_claims` finds the two claims contradict.
"""
from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..models import Article, Claim
from ._scores import pair_precision_recall, rounded

ENCODING = "cp1252"
CSV_NAME = "fakes.csv"
COLUMNS = ("unit_id", "article_title", "article_content", "source", "date", "location", "nb_civilians")


@dataclass(frozen=True)
class Annotated:
    """One FA-KES article with its annotation: the (date, location) event and the civilian toll."""

    article: Article
    location: str
    civilians: int

    @property
    def event(self) -> tuple[str, str]:
        return (self.article.published or "", self.location)


@dataclass(frozen=True)
class Extracted:
    """The civilian death count read from an article, and which rule gave it."""

    claim: Claim
    rule: str  # "civilians" or "people"

    @property
    def value(self) -> float:
        return self.claim.value


def csv_file(path: str | Path) -> Path:
    """``fakes.csv`` in the folder ``path`` (or ``path`` itself when it is a file).

    Raises:
        InputError: The file is missing.
    """
    path = Path(path)
    file = path if path.is_file() else path / CSV_NAME
    if not file.is_file():
        raise InputError(f"{file} not found: give the fa_kes folder of the evaldata or its {CSV_NAME}")
    return file


def load_fakes(path: str | Path) -> list[Annotated]:
    """The annotated articles of FA-KES, in file order.

    Raises:
        InputError: The file is missing or lacks a needed column.
    """
    file = csv_file(path)
    frame = pd.read_csv(file, encoding=ENCODING, encoding_errors="replace")
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{file}: columns {', '.join(missing)} missing (found {', '.join(frame.columns)})")
    return [_annotated(row, file) for row in frame.itertuples(index=False)]


def _annotated(row, file: Path) -> Annotated:
    try:
        published = dt.datetime.strptime(row.date, "%m/%d/%y").date().isoformat()
    except (TypeError, ValueError):
        raise InputError(f"{file}: article {row.unit_id}: date {row.date!r} is not M/D/YY") from None
    article = Article(str(row.unit_id), row.source, row.article_content, str(file),
                      title=row.article_title, published=published, lang="en")
    return Annotated(article, row.location, int(row.nb_civilians))


def civilian_deaths(claims: Iterable[Claim]) -> Extracted | None:
    """The extracted civilian death count of one article's claims (see the module docstring)."""
    killed = [c for c in claims if c.claim_type == "casualties" and c.attribute == "killed"
              and c.value is not None]
    for rule, whom in (("civilians", ("civilians",)), ("people", ("people", None))):
        found = [c for c in killed if c.who in whom]
        if found:
            return Extracted(found[0], rule)
    return None


def extract_all(items: list[Annotated]) -> list[Extracted | None]:
    """The extracted count of each article, aligned with ``items``."""
    from ..claims.extract import claims_of
    from ..text import sentences_of

    out = []
    for item in items:
        sentences, _ = sentences_of(item.article)
        out.append(civilian_deaths(claims_of([item.article], sentences)))
    return out


def extraction_scores(items: list[Annotated], extracted: list[Extracted | None]) -> dict:
    """Coverage and accuracy of the extracted counts, overall and by rule."""
    scores = {"articles": len(items), **_accuracy(items, extracted)}
    for rule in ("civilians", "people"):
        chosen = [(i, e) for i, e in zip(items, extracted) if e is not None and e.rule == rule]
        scores[f"by_rule_{rule}"] = _accuracy([i for i, _ in chosen], [e for _, e in chosen], len(items))
    missing_as_zero = sum((e.value if e else 0) == i.civilians for i, e in zip(items, extracted))
    scores["accuracy_missing_as_zero"] = missing_as_zero / len(items) if items else 0.0
    return scores


def _accuracy(items: list[Annotated], extracted: list[Extracted | None], total: int | None = None) -> dict:
    covered = [(i, e) for i, e in zip(items, extracted) if e is not None]
    correct = sum(e.value == i.civilians for i, e in covered)
    total = len(items) if total is None else total
    return {"covered": len(covered), "coverage": len(covered) / total if total else 0.0,
            "correct": correct, "accuracy": correct / len(covered) if covered else 0.0}


def event_pairs(items: list[Annotated]) -> list[tuple[int, int]]:
    """Index pairs of articles from different outlets annotated with the same (date, location)."""
    events: dict[tuple[str, str], list[int]] = {}
    for n, item in enumerate(items):
        events.setdefault(item.event, []).append(n)
    return [(i, j) for members in events.values() for i, j in itertools.combinations(members, 2)
            if items[i].article.outlet != items[j].article.outlet]


def conflict_scores(items: list[Annotated], extracted: list[Extracted | None]) -> dict:
    """Precision and recall of predicted count conflicts against annotated ones, over event pairs.

    ``all_pairs`` scores every cross-outlet pair of an event; ``both_extracted`` only those
    where both articles have a count. ``values_differ`` is a reference, not the project's
    comparison: a conflict whenever the two extracted values differ, slots ignored.
    """
    from ..compare import compare_claims

    pairs = event_pairs(items)
    gold = {p for p in pairs if items[p[0]].civilians != items[p[1]].civilians}
    both = [p for p in pairs if extracted[p[0]] and extracted[p[1]]]
    found = {p: compare_claims([extracted[p[0]].claim, extracted[p[1]].claim]) for p in both}
    predicted = {p for p, findings in found.items() if any(f.kind == "contradiction" for f in findings)}
    differ = {p for p in both if extracted[p[0]].value != extracted[p[1]].value}
    return {
        "pairs": len(pairs), "pairs_both_extracted": len(both),
        "pairs_compared": sum(bool(findings) for findings in found.values()),
        "all_pairs": pair_precision_recall(predicted, gold),
        "both_extracted": pair_precision_recall(predicted, gold & set(both)),
        "values_differ": pair_precision_recall(differ, gold),
    }


def sample_events(items: list[Annotated], limit: int | None, seed: int) -> list[Annotated]:
    """Whole (date, location) groups drawn at random with ``seed`` until ``limit`` articles.

    Groups are kept whole so a sample still has pairs to compare; all items when ``limit`` is
    None.
    """
    if limit is None or limit >= len(items):
        return list(items)
    events: dict[tuple[str, str], list[Annotated]] = {}
    for item in items:
        events.setdefault(item.event, []).append(item)
    keys = list(events)
    random.Random(seed).shuffle(keys)
    chosen: list[Annotated] = []
    for key in keys:
        if len(chosen) >= limit:
            break
        chosen.extend(events[key])
    return chosen


def evaluate_fakes(path: str | Path, *, limit: int | None = None, seed: int = 0) -> dict:
    """Civilian death count extraction and cross-outlet conflict detection on FA-KES.

    Args:
        path: The ``fa_kes`` folder or its ``fakes.csv``.
        limit: Score a seeded sample of whole (date, location) groups of about this many
            articles (default: all 804).
        seed: Seed of the sample.

    Returns:
        A JSON-ready dict: ``extraction`` (coverage, accuracy, by rule) and ``conflicts``
        (precision, recall over cross-outlet pairs of each annotated event).
    """
    items = sample_events(load_fakes(path), limit, seed)
    extracted = extract_all(items)
    return rounded({
        "articles": len(items), "outlets": len({i.article.outlet for i in items}),
        "events": len({i.event for i in items}), "limit": limit, "seed": seed,
        "extraction": extraction_scores(items, extracted),
        "conflicts": conflict_scores(items, extracted),
    })
