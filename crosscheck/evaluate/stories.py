"""Score a run on labelled story folders (``crosscheck eval stories DIR...``).

A story folder holds one article per file and a ``gold.json`` in the format of
``../shared/evaldata/realstories/README.md``: contradictions (groups of ``[outlet, value]``
that conflict), agreements, traps (pairs that look like a conflict and are not) and updates
(an earlier and a later figure). A gold item names a claim by its outlet and its value: a
number for figures, a short verbatim substring of the outlet's sentence otherwise.

A claim of a finding *is* a gold item when the outlets are equal and, for a number, the
claim's value or one of its bounds equals it (a range is recorded by the bound that matters;
a number with decimals may leave out its scale word: 22.5 for "22.5 million");
for a text value, the sentence of a statement, date or role claim (who, where, on whose
request: :mod:`crosscheck.claims.roles`) contains it. Pairs are counted once per pair of gold
items, across outlets only (one outlet's two figures are never a pair).

Figures per story and overall:

* contradiction pair recall (numeric and non-numeric apart): gold pairs that some
  ``contradiction`` finding puts on two different sides;
* traps flagged: trap pairs put on two sides of a contradiction;
* agreement pair recall: gold agreement pairs inside one ``agreement`` finding;
* update recall: earlier/later pairs inside one ``update`` finding, earlier first;
* contradiction precision: found gold pairs against everything put on two sides (trap
  pairs and unlabelled pairs, which are listed for reading).
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..models import Claim, Finding, Sentence, Skipped

NON_NUMERIC_TYPES = frozenset({"attribution", "actor", "location", "date"})
#: Claims a gold text item (a verbatim snippet) may stand for: a figure stands for its number.
TEXT_CLAIM_TYPES = frozenset({"statement", "date", "attribution", "actor", "location"})
ARTICLE_SUFFIXES = (".md", ".txt")
#: Relative tolerance when a claim's value is matched to a gold number (7.8 against 7.80).
VALUE_TOLERANCE = 1e-6

Item = tuple[str, object]  # (outlet, number or verbatim text)
Pair = frozenset  # of two Items


@dataclass
class StoryScore:
    """Hits and totals of one story, and the pairs worth reading."""

    name: str
    counts: dict[str, list[int]] = field(default_factory=dict)  # figure -> [found, total]
    unlabelled: list[list[str]] = field(default_factory=list)
    traps_flagged: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, figure: str, found: int, total: int) -> None:
        hits, all_ = self.counts.get(figure, [0, 0])
        self.counts[figure] = [hits + found, all_ + total]

    def as_dict(self) -> dict:
        return {"counts": self.counts, "figures": _figures(self.counts),
                "traps_flagged": self.traps_flagged, "missed_contradictions": self.missed,
                "unlabelled_cross_side_pairs": self.unlabelled}


def story_articles(folder: str | Path) -> list[str]:
    """The article files of a story folder (gold and notes left out)."""
    return sorted(str(p) for p in Path(folder).iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and p.name.lower() != "readme.md")


def _story(folder: str, gold_path: str | None) -> tuple[dict, list[str]] | str:
    """The gold (``gold_path``, else the folder's ``gold.json``) and the article files of a
    story folder, or why it cannot be scored."""
    if not Path(folder).is_dir():
        return "not a story folder (articles plus gold.json)"
    path = Path(gold_path) if gold_path else Path(folder) / "gold.json"
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return f"no readable story gold in {path} ({getattr(error, 'strerror', None) or error})"
    return gold, story_articles(folder)


def evaluate_stories(folders: list[str], checker, gold_path: str | None = None) -> dict:
    """Check each story folder on its own and score its findings against its gold.

    Args:
        folders: Story folders (articles plus ``gold.json``).
        checker: A ``CrossChecker``.
        gold_path: A gold file to use instead of each folder's ``gold.json`` (one folder only).

    Returns:
        ``{"stories": {name: scores}, "overall": scores, "skipped": [{path, reason}]}``;
        scores hold ``counts`` (found, total) and ``figures`` (ratios) per figure; a path that
        is not a story folder or has no readable gold is skipped, named with the reason.

    Raises:
        InputError: ``gold_path`` with several folders, or no folder that can be scored.
    """
    if gold_path and len(folders) != 1:
        raise InputError("--gold applies to one story folder at a time")
    overall = StoryScore("overall")
    stories: dict[str, dict] = {}
    skipped: list[Skipped] = []
    for folder in folders:
        story = _story(folder, gold_path)
        if isinstance(story, str):
            skipped.append(Skipped(str(folder), story))
            continue
        gold, articles = story
        result = checker.check(articles)
        score = score_story(Path(folder).name, gold, result.findings, result.sentences)
        stories[score.name] = score.as_dict()
        for figure, (found, total) in score.counts.items():
            overall.add(figure, found, total)
    if not stories:
        raise InputError("no story folder to score: " + "; ".join(f"{s.path}: {s.reason}" for s in skipped))
    return {"stories": stories, "overall": {"counts": overall.counts, "figures": _figures(overall.counts)},
            "skipped": [{"path": s.path, "reason": s.reason} for s in skipped]}


def figures_only(scores: dict) -> dict:
    """``evaluate_stories`` scores without the listed pairs (they quote the articles)."""
    keep = ("counts", "figures")
    return {"stories": {name: {k: v for k, v in story.items() if k in keep} for name, story in scores["stories"].items()},
            "overall": {k: v for k, v in scores["overall"].items() if k in keep}}


def score_story(name: str, gold: dict, findings: list[Finding], sentences: list[Sentence]) -> StoryScore:
    """Score one story's findings against its gold."""
    matcher = _Matcher({s.key: s.text for s in sentences}, _gold_items(gold), _text_item_types(gold))
    score = StoryScore(name)
    opposed = _opposed_pairs(findings, matcher)
    contradiction_pairs: dict[str, set[Pair]] = {"numeric": set(), "non_numeric": set()}
    for item in gold.get("contradictions", []):
        kind = "non_numeric" if item.get("claim_type") in NON_NUMERIC_TYPES else "numeric"
        contradiction_pairs[kind] |= _cross_group_pairs(item["groups"])
    found_gold: set[Pair] = set()
    for kind, pairs in contradiction_pairs.items():
        hits = pairs & opposed.keys()
        found_gold |= hits
        score.add(f"contradiction_pairs_{kind}", len(hits), len(pairs))
        score.missed += sorted(_show(p) for p in pairs - hits)
    traps = {pair: item["id"] for item in gold.get("traps", []) if (pair := _pair(*item["pair"]))}
    flagged = sorted({traps[p] for p in traps if p in opposed})
    score.add("traps_flagged", len({p for p in traps if p in opposed}), len(traps))
    score.traps_flagged = flagged
    agreed = _together_pairs(findings, matcher, "agreement")
    gold_agree = {p for item in gold.get("agreements", []) for p in _within_pairs(item["claims"])}
    score.add("agreement_pairs", len(gold_agree & agreed), len(gold_agree))
    updates = gold.get("updates", [])
    score.add("updates", sum(_update_found(u, findings, matcher) for u in updates), len(updates))
    all_gold = contradiction_pairs["numeric"] | contradiction_pairs["non_numeric"]
    unlabelled = {p: f for p, f in opposed.items() if p not in all_gold and p not in traps}
    score.add("contradiction_precision", len(found_gold),
              len(found_gold) + len({p for p in traps if p in opposed}) + len(unlabelled))
    score.unlabelled = sorted([_show(p), f] for p, f in unlabelled.items())
    return score


def _figures(counts: dict[str, list[int]]) -> dict[str, float | None]:
    return {name: round(found / total, 3) if total else None for name, (found, total) in counts.items()}


def _pair(a, b) -> Pair | None:
    a, b = (a[0], a[1]), (b[0], b[1])
    return frozenset((a, b)) if a[0] != b[0] else None


def _cross_group_pairs(groups: list[list]) -> set[Pair]:
    return {p for g1, g2 in itertools.combinations(groups, 2) for a in g1 for b in g2
            if (p := _pair(a, b))}


def _within_pairs(claims: list) -> set[Pair]:
    return {p for a, b in itertools.combinations(claims, 2) if (p := _pair(a, b))}


def _gold_items(gold: dict) -> set[Item]:
    items = [i for c in gold.get("contradictions", []) for g in c["groups"] for i in g]
    items += [i for a in gold.get("agreements", []) for i in a["claims"]]
    items += [i for t in gold.get("traps", []) for i in t["pair"]]
    items += [i for u in gold.get("updates", []) for i in (u["earlier"], u["later"])]
    return {(outlet, value) for outlet, value in items}


def _text_item_types(gold: dict) -> dict[Item, set[str]]:
    """The claim types of the contradictions each text item of the gold stands in (a text
    item of an agreement, trap or update has none: any text claim may stand for it)."""
    types: dict[Item, set[str]] = {}
    for item in gold.get("contradictions", []):
        for group in item["groups"]:
            for outlet, value in group:
                if isinstance(value, str) and item.get("claim_type"):
                    types.setdefault((outlet, value), set()).add(item["claim_type"])
    return types


def _show(pair: Pair) -> str:
    return " / ".join(f"{o}: {v}" for o, v in sorted(pair, key=str))


class _Matcher:
    """The gold items a claim stands for: the outlet equal and the value equal to the
    claim's value or one of its bounds, or the gold text inside the claim's sentence (a role
    or date claim only for a gold text item of its own claim type, when the gold gives one: a
    sentence may hold a date item and an actor item). A claim that is no gold item stands
    for itself (``outlet``, its quoted text)."""

    def __init__(self, text_of: dict, gold_items: set[Item], types: dict[Item, set[str]] | None = None):
        self.text_of = text_of
        self.types = types or {}
        self.by_outlet: dict[str, list] = {}
        for outlet, value in gold_items:
            self.by_outlet.setdefault(outlet, []).append(value)

    def items(self, claim: Claim) -> set[Item]:
        sentence = self.text_of.get((claim.article, claim.sentence), claim.text)
        found = {(claim.outlet, v) for v in self.by_outlet.get(claim.outlet, ())
                 if _is(claim, v, sentence) and self._fits(claim, (claim.outlet, v))}
        return found or {(claim.outlet, f"[unlabelled] {claim.text}")}

    def _fits(self, claim: Claim, item: Item) -> bool:
        types = self.types.get(item)
        return not types or claim.claim_type == "statement" or claim.claim_type in types


#: Scale words a gold number with decimals may leave out (``22.5`` for "22.5 million").
SCALES = (1, 1e3, 1e6, 1e9, 1e12)


def _is(claim: Claim, value, sentence: str) -> bool:
    if isinstance(value, (int, float)):
        scales = SCALES if not float(value).is_integer() else (1,)
        return claim.claim_type != "statement" and any(
            _close(v, value * scale) for v in (claim.value, claim.low, claim.high) if v is not None
            for scale in scales)
    return bool(value) and claim.claim_type in TEXT_CLAIM_TYPES and value in sentence


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= VALUE_TOLERANCE * max(1.0, abs(a), abs(b))


def _opposed_pairs(findings: list[Finding], matcher: _Matcher) -> dict[Pair, str]:
    """Item pairs on two different sides of a contradiction, with the finding's id."""
    out: dict[Pair, str] = {}
    for finding in findings:
        if finding.kind != "contradiction":
            continue
        keyed = [(side, matcher.items(c)) for c, side in zip(finding.claims, finding.sides)]
        for (s1, k1), (s2, k2) in itertools.combinations(keyed, 2):
            if s1 is None or s2 is None or s1 == s2:
                continue
            for pair in {p for a in k1 for b in k2 if (p := _pair(a, b))}:
                out.setdefault(pair, finding.id)
    return out


def _together_pairs(findings: list[Finding], matcher: _Matcher, kind: str) -> set[Pair]:
    out: set[Pair] = set()
    for finding in findings:
        if finding.kind != kind:
            continue
        keys = [matcher.items(c) for c in finding.claims]
        for k1, k2 in itertools.combinations(keys, 2):
            out |= {p for a in k1 for b in k2 if (p := _pair(a, b))}
    return out


def _update_found(update: dict, findings: list[Finding], matcher: _Matcher) -> bool:
    """An update finding holds both figures, the earlier one first (or at the same time)."""
    earlier, later = tuple(update["earlier"]), tuple(update["later"])
    for finding in findings:
        if finding.kind != "update":
            continue
        first_seen: dict[Item, int] = {}
        for n, claim in enumerate(finding.claims):
            for item in matcher.items(claim):
                first_seen.setdefault(item, n)
        if earlier in first_seen and later in first_seen and first_seen[earlier] <= first_seen[later]:
            return True
    return False
