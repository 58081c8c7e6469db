"""Findings and their explanations: contradictions with sides, agreements, update series,
dates of one statement, single-source figures."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import combinations

from ..claims.dates import part_hours
from ..models import FINDING_KINDS, Claim, Cluster, Finding, Sentence, published_date
from ..text.normalize import normalize
from .intervals import _interval, _width, is_vague
from .rule import CHANGING_TYPES, STORY_WIDE_TYPES
from .sets import _Compared, _components, _group_of, _series, sides_of
from .slots import _slot_key, past_year


def _set_findings(compared: _Compared, disputed: _Compared, series: set[tuple[int, int]],
                  groups: dict[tuple[str, int], str], told: dict[str, frozenset[str]] | None = None) -> list[Finding]:
    """A contradiction for each set of claims joined by disputes, an agreement for each set of
    claims that agree (:func:`agreement_sets`), an update for each series.

    ``compared`` holds every compared pair, ``disputed`` its agreements and the conflicts that
    are disputes (:func:`~crosscheck.compare.sets._split_conflicts`); ``told``, when given,
    the sentence groups each article has a sentence in (:func:`told_together`)."""
    claims = compared.claims
    findings = [_contradiction(part, disputed, groups)
                for s in _one_per_dispute(_components(len(claims), disputed.conflict), claims)
                if not _lists_quantities(found := _contradiction(s, disputed, groups))
                and (told is None or _sides_told_together(found, told))
                for part in _apart_from_updates(s, disputed, series)]
    for members in agreement_sets(compared):
        agreement = _agreement([claims[i] for i in members], groups)
        if agreement:
            findings.append(agreement)
    findings += [_update([claims[i] for i in s], _shared_group([claims[i] for i in s], groups))
                 for s in _series(claims, series)]
    return findings


def told_together(clusters: list[Cluster]) -> dict[str, frozenset[str]]:
    """The sentence groups each article has a sentence in: two articles that share one state
    a claim in common."""
    groups: dict[str, set[str]] = {}
    for cluster in clusters:
        for member in cluster.members:
            groups.setdefault(member.article, set()).add(cluster.id)
    return {article: frozenset(ids) for article, ids in groups.items()}


#: Figures compared across their story whatever the sentence that incidents of one kind share
#: (tolls): a dispute of them needs articles that tell one story (:func:`_sides_told_together`).
TOLL_TYPES = STORY_WIDE_TYPES & CHANGING_TYPES


def _sides_told_together(contradiction: Finding, told: dict[str, frozenset[str]]) -> bool:
    """Do two sides of a contradiction of a toll (compared across the story, whatever the
    sentence) come from articles that state a claim in common (:func:`told_together`)?

    Articles of one story with no statement in common may tell two incidents of one kind (a
    bus crash and a plane crash in a day's press, a checkpoint attack and a week's tally of a
    front) that the story's grouping did not tell apart: their tolls are no dispute. (Sentences
    near each other in the index are no such evidence: on a day's press nearly every toll
    sentence has a near one in each other account of an accident.) An event's own figures (a
    magnitude) are one event's, and so are tolls dated by one past year (the 1990 quake's)."""
    if contradiction.claim_type not in TOLL_TYPES or past_year(contradiction.claims[0]) is not None:
        return True
    by_side: dict[int, set[str]] = {}
    for claim, side in zip(contradiction.claims, contradiction.sides):
        if side is not None:
            by_side.setdefault(side, set()).add(claim.article)
    sides = list(by_side.values())
    none: frozenset[str] = frozenset()
    return any(a != b and told.get(a, none) & told.get(b, none)
               for n, one in enumerate(sides) for other in sides[n + 1:] for a in one for b in other)


def _one_per_dispute(components: list[list[int]], claims: list[Claim]) -> list[list[int]]:
    """Disputed sets of one article's claims that set the same figures against each other in
    one slot are one dispute: two outlets that each print both bodies' tolls (the Red
    Crescent's 2,100 and the ministry's 2,012, each outlet crediting one of them) give two
    sets of edges that share no claim, but one disagreement."""
    merged: list[tuple[tuple, set[str], list[int]]] = []
    for members in components:
        figures = frozenset(claims[i].value for i in members)
        key = (_slot_key(claims[members[0]]), figures)
        articles = {claims[i].article for i in members}
        same = next((m for m in merged if None not in figures and m[0] == key and m[1] & articles), None)
        if same is None:
            merged.append((key, articles, list(members)))
        else:
            same[1].update(articles)
            same[2].extend(members)
    return [sorted(members) for _, _, members in merged]


#: Sides of one disputed set past which :func:`_apart_from_updates` does not look for groups.
MAX_SPLIT_SIDES = 8


def _apart_from_updates(members: list[int], disputed: _Compared, series: set[tuple[int, int]]) -> list[list[int]]:
    """A disputed set whose sides include two that are points of one series and dispute each
    other nowhere (the ministry's 500 on the evening, its 471 the next day, each disputed by
    an estimate of 100-300) is several disputes: one for each largest group of its sides that
    no such update joins, each with the claims that fit several sides, less each claim that
    disputes none of the group and is a point of one series with one of it
    (:func:`_disputing`). A contradiction sets each of its sides against the others; an
    update is no such thing. The set was judged whole (a list of quantities, sides told
    together) before it is split."""
    side_of = sides_of(members, disputed)
    sides = sorted({s for s in side_of.values() if s is not None})
    linked = {(side_of[i], side_of[j]) for i, j in series if side_of.get(i) is not None
              and side_of.get(j) is not None and side_of[i] != side_of[j]}
    disputing = {frozenset((side_of[i], side_of[j])) for i, j in disputed.conflict
                 if side_of.get(i) is not None and side_of.get(j) is not None and side_of[i] != side_of[j]}
    apart = {frozenset(pair) for pair in linked} - disputing
    if not apart or len(sides) > MAX_SPLIT_SIDES:
        return [members]
    groups = [set(c) for n in range(len(sides), 1, -1) for c in combinations(sides, n)
              if not any(frozenset(pair) in apart for pair in combinations(c, 2))]
    largest = [g for g in groups if not any(g < other for other in groups)]
    loose = [i for i in members if side_of[i] is None]
    parts = [_disputing([i for i in members if side_of[i] in g] + loose, disputed, series) for g in largest]
    return [sorted(part) for part in parts if any(disputed.conflicts_with(i) & set(part) for i in part)]


def _disputing(part: list[int], disputed: _Compared, series: set[tuple[int, int]]) -> list[int]:
    """``part`` less each claim that disputes none of it and is a point of one series with
    one of it: the civil defence's 350 of an evening disputes the ministry's 620 of that
    evening, not the ministry's 580 of the next day it rose to."""
    inside = set(part)
    return [i for i in part if disputed.conflicts_with(i) & inside
            or not any((min(i, k), max(i, k)) in series for k in inside)]


#: A dispute sets a few accounts of one quantity against each other (two or three on the
#: development stories). A changing count with more sides than this at one moment is several
#: quantities its slot does not tell apart: a war roundup's tolls of separate incidents (3
#: dead at a checkpoint, 17 in a city's battles, 26 in a minefield...), as an article that
#: lists them is (:func:`~crosscheck.compare.sets._listing_articles`).
MAX_DISPUTE_SIDES = 4


def _lists_quantities(contradiction: Finding) -> bool:
    """Does a contradiction of a changing count set more than :data:`MAX_DISPUTE_SIDES`
    figures against each other?"""
    sides = {side for side in contradiction.sides if side is not None}
    return contradiction.claim_type in CHANGING_TYPES and len(sides) > MAX_DISPUTE_SIDES


def agreement_sets(compared: _Compared) -> list[list[int]]:
    """Sets of claims that agree: narrowest claims first, each joins every set it agrees with
    a member of and conflicts with no member of (a conflict of any kind: a dispute, an update,
    figures of two incidents), else starts one. Agreement is not transitive: "up to 40"
    agrees with 12 and with 40, which do not agree, so it joins both sets and they stay
    two; a vague figure ("hundreds") only joins vague ones (a written range, "between 400 and
    750", is no vague figure)."""
    claims = compared.claims
    linked = sorted({i for edge in compared.agree for i in edge}, key=lambda i: (_width(claims[i]), i))
    sets: list[set[int]] = []
    for i in linked:
        joined = False
        for members in sets:
            if _joins(i, members, compared):
                members.add(i)
                joined = True
        if not joined:
            sets.append({i})
    found = [sorted(m) for m in sets if len(m) > 1]
    return [m for m in found if not any(set(m) < set(other) for other in found)]


def _joins(i: int, members: set[int], compared: _Compared) -> bool:
    vague = is_vague(compared.claims[i])
    return (not compared.agrees_with(i).isdisjoint(members)
            and compared.conflicts_with(i).isdisjoint(members)
            and all(is_vague(compared.claims[k]) == vague for k in members))


def _contradiction(members: list[int], compared: _Compared, groups: dict[tuple[str, int], str]) -> Finding:
    """Claims joined by disputes, and those that give one of their figures (``same_figure``),
    each with its side (:func:`sides_of`)."""
    members = sorted(set(members).union(*(compared.same_figure.get(i, ()) for i in members)))
    claims = [compared.claims[i] for i in members]
    side_of = sides_of(members, compared)
    sides = tuple(side_of[i] for i in members)
    return Finding("", "contradiction", claims[0].claim_type, _shared_group(claims, groups),
                   tuple(claims), _contradiction_text(claims, list(sides)), _dispute_rule(claims), sides)


def _dispute_rule(claims: list[Claim]) -> str:
    if claims[0].claim_type in CHANGING_TYPES:
        return "sources disagree on the same figure"
    return "intervals disjoint"


def _agreement(claims: list[Claim], groups: dict[tuple[str, int], str]) -> Finding | None:
    if len({c.outlet for c in claims}) < 2:
        return None
    return Finding("", "agreement", claims[0].claim_type, _shared_group(claims, groups),
                   tuple(claims), _agreement_text(claims), "intervals overlap")


def _shared_group(claims: list[Claim], groups: dict[tuple[str, int], str]) -> str | None:
    ids = {_group_of(c, groups) for c in claims}
    return ids.pop() if len(ids) == 1 else None


def _update(claims: list[Claim], cluster: str | None) -> Finding:
    """Claims in time order (:func:`_time_order`), the series spelled out; each claim's side
    is its place in the series. A falling figure is named a revision."""
    first, last = claims[0], claims[-1]
    change = ("rose" if _interval(last)[0] > _interval(first)[1]
              else "fell (a revision)" if _interval(last)[1] < _interval(first)[0] else "changed")
    series = " -> ".join(_series_step(step) for step in _steps(claims))
    text = (f"one figure reported over time: {series}. The figure {change}; {last.outlet}'s later "
            f"report is the latest point of the series, not a contradiction.")
    return Finding("", "update", first.claim_type, cluster, tuple(claims), text,
                   "one figure reported over time", tuple(range(len(claims))))


def _steps(claims: list[Claim]) -> list[list[Claim]]:
    """The series' claims in runs of one day reported the same way (current, or quoted as
    earlier): one step of the series each, however many outlets print it."""
    steps: list[list[Claim]] = []
    for claim in claims:
        if steps and _same_step(steps[-1][0], claim):
            steps[-1].append(claim)
        else:
            steps.append([claim])
    return steps


def _same_step(a: Claim, b: Claim) -> bool:
    return published_date(a.published) == published_date(b.published) and a.time_role == b.time_role


def _series_step(step: list[Claim]) -> str:
    """``2031-03-04: Outlet A, Outlet B 120 killed ("120 شخصا")``: one step of a series, each
    figure given that day once with the outlets that print it (two figures of one day are
    both named: the day's figures differ)."""
    first = step[0]
    earlier = ", quoted as earlier" if first.time_role == "earlier" else ""
    figures: dict[tuple, list[Claim]] = {}
    for claim in step:
        figures.setdefault(_interval(claim), []).append(claim)
    given = "; ".join(f"{', '.join(dict.fromkeys(c.outlet for c in same))} {describe(same[0])}"
                      for same in figures.values())
    return f"{first.published or 'undated'}{earlier}: {given}"


def describe(claim: Claim) -> str:
    """A claim's value as an editor reads it: ``145 (exact)``, ``20-99 (vague: عشرات من مقاتلي)``."""
    unit = f" {claim.unit}" if claim.unit else ""
    what = " ".join(w for w in (claim.attribute or claim.counted, claim.who) if w)
    if claim.claim_type == "count" and claim.attribute:
        what = f"{claim.attribute} {claim.counted}"  # "320 destroyed منزل"
    if claim.claim_type == "distance":
        what = " ".join(w for w in (claim.direction, "from" if claim.reference else "",
                                    claim.reference or "", f"[{claim.place}]" if claim.place else "") if w)
    what = f" {what}" if what else ""
    if claim.bound == "exact" and claim.value is not None:
        return f"{_num(claim.value)}{unit}{what} (\"{claim.text}\")"
    low = "open" if claim.low is None else _num(claim.low)
    high = "open" if claim.high is None else _num(claim.high)
    return f"{low}-{high}{unit}{what} ({claim.bound}: \"{claim.text}\")"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _agreement_text(claims: list[Claim]) -> str:
    parts = "; ".join(f"{c.outlet}: {describe(c)}" for c in claims)
    text = f"{len({c.outlet for c in claims})} outlets give compatible figures. {parts}"
    references = {c.reference for c in claims if c.reference}
    if len(references) > 1:
        text += (f". The reference points are worded differently ({' / '.join(sorted(references))})"
                 " but name the same place")
    if any(c.bound == "about" for c in claims) and any(c.bound == "exact" for c in claims):
        text += ". The exact figures lie inside the range the approximate wording allows"
    return text + "."


def _contradiction_text(claims: list[Claim], sides: list[int | None]) -> str:
    by_side: dict[int, list[Claim]] = {}
    for claim, side in zip(claims, sides):
        if side is not None:
            by_side.setdefault(side, []).append(claim)
    parts = [" and ".join(f"{c.outlet} {describe(c)}{_according(c)}" for c in by_side[s])
             for s in sorted(by_side)]
    return "the figures conflict: " + " against ".join(parts) + "."


def _according(claim: Claim) -> str:
    """Who gives the figure, when the sentence says: a dispute names its sources."""
    return f", according to {claim.source}" if claim.source else ""


def _group_agreement(cluster: Cluster) -> Finding:
    claims = tuple(_sentence_claim(s) for s in cluster.members)
    outlets = ", ".join(cluster.outlets)
    return Finding("", "agreement", "statement", cluster.id, claims,
                   f"{len(cluster.outlets)} outlets report the same statement: {outlets}",
                   "same-claim group")


#: Days two dates of one statement may differ by and still agree: "ليلة الأحد" and "فجر
#: الاثنين" are one night, and a relative day ("today", "yesterday") rests on a publication
#: date that may be a crawl date.
DATE_SLACK_DAYS = 1


def _date_findings(dates: list[Claim], clusters: list[Cluster],
                   stories: dict[str, str] | None = None) -> list[Finding]:
    """Inside a sentence group whose sentences all belong to one story, outlets whose
    sentences each name exactly one day (an outlet that names two in the group is left out:
    :func:`_consistent_outlets`): days at most ``DATE_SLACK_DAYS`` apart agree; days further
    apart are a contradiction only when every date is written out (:func:`_explicit`)."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in dates:
        by_sentence.setdefault((claim.article, claim.sentence), []).append(claim)
    out = []
    for cluster in clusters:
        single = _consistent_outlets([by_sentence[m.key][0] for m in cluster.members
                                      if len(by_sentence.get(m.key, [])) == 1])
        if len({c.outlet for c in single}) < 2:
            continue
        if stories is not None and len({stories.get(c.article) for c in single}) > 1:
            continue
        days = sorted({c.when for c in single})
        if len(days) == 1 and (times := _times_of_day(single)) is not None:
            sides, listed = times
            out.append(Finding("", "contradiction", "date", cluster.id, tuple(single),
                               f"the outlets give the same statement different times of {days[0]}: {listed}.",
                               "different times of day", sides))
        elif _within_slack(days):
            same = f"the same day, {days[0]}" if len(days) == 1 else f"{days[0]} / {days[-1]} (one night or one day apart)"
            out.append(Finding("", "agreement", "date", cluster.id, tuple(single),
                               f"the outlets date it to {same}", "same day"))
        elif all(_explicit(c) for c in single):
            sides = tuple(days.index(c.when) for c in single)
            listed = "; ".join(f"{c.outlet}: {c.when} (\"{c.text}\")" for c in single)
            out.append(Finding("", "contradiction", "date", cluster.id, tuple(single),
                               f"the outlets date the same statement to different days: {listed}.",
                               "different days", sides))
    return out


def _times_of_day(dates: list[Claim]) -> tuple[tuple[int | None, ...], str] | None:
    """Sides of dates of one day whose parts of the day share no hour (the afternoon against
    late in the evening: :data:`~crosscheck.claims.dates.PART_HOURS`), and their listing; None
    when every two parts overlap. A date with no part of the day, or a part that fits two
    sides, is on none, and so is each of an outlet that gives two parts in the group (the
    afternoon and the evening: two moments it tells, not one it dates)."""
    given: dict[str, list[tuple[int, int]]] = {}
    for claim in dates:
        if (h := part_hours(claim.attribute)) is not None:
            given.setdefault(claim.outlet, []).append(h)
    torn = {outlet for outlet, parts in given.items() if len(set(parts)) > 1}
    hours = [None if c.outlet in torn else part_hours(c.attribute) for c in dates]
    parts = sorted({h for h in hours if h is not None})
    if not any(_apart(a, b) for a, b in combinations(parts, 2)):
        return None
    sides: list[list[tuple[int, int]]] = []
    for h in parts:
        side = next((side for side in sides if not any(_apart(h, o) for o in side)), None)
        if side is None:
            sides.append(side := [])
        side.append(h)

    def side_of(h: tuple[int, int] | None) -> int | None:
        fits = [n for n, side in enumerate(sides) if h is not None and not any(_apart(h, o) for o in side)]
        return fits[0] if len(fits) == 1 else None

    found = tuple(side_of(h) for h in hours)
    if len({side for side in found if side is not None}) < 2:
        return None
    listed = "; ".join(f"{c.outlet}: {c.attribute} (\"{c.text}\")" for c, h in zip(dates, hours) if h)
    return found, listed


def _apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two spans of hours share none?"""
    return a[1] <= b[0] or b[1] <= a[0]


def _consistent_outlets(dates: list[Claim]) -> list[Claim]:
    """The dates of outlets that give one day in the group: an outlet whose own sentences of
    it name two days further apart than the slack dates two statements (a deadline and an
    election), which the group took for one; it disputes no one."""
    days: dict[str, set[str]] = {}
    for claim in dates:
        days.setdefault(claim.outlet, set()).add(claim.when)
    return [c for c in dates if _within_slack(sorted(days[c.outlet]))]


def _explicit(date: Claim) -> bool:
    """A date written with its day number (``5 أغسطس``, ``October 16``). A relative one
    (``اليوم``, ``yesterday``, ``الأربعاء الماضي``) rests on the publication date, which may be
    a crawl date: two of those that differ say nothing certain."""
    return any(ch.isdigit() for ch in normalize(date.text))


def _within_slack(days: list[str]) -> bool:
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    return (last - first).days <= DATE_SLACK_DAYS


def _uncorroborated(claims: list[Claim], compared: _Compared) -> list[Finding]:
    """Numbers no claim of another outlet was compared with (vague counts like "several
    fronts" are left out: there is nothing to check)."""
    out = []
    for i, claim in enumerate(claims):
        if claim.claim_type == "count" and claim.bound == "vague":
            continue
        if any(compared.claims[j].outlet != claim.outlet for j in compared.partners(i)):
            continue
        out.append(Finding("", "uncorroborated", claim.claim_type, None, (claim,),
                           f"only {claim.outlet} gives this figure: {describe(claim)}",
                           "single-source number"))
    return out


def _sentence_claim(s: Sentence) -> Claim:
    return Claim(s.article, s.outlet, s.index, s.start, s.end, s.text, "statement",
                 None, None, None)


_KIND_ORDER = {kind: n for n, kind in enumerate(FINDING_KINDS)}


def _ordered(findings: list[Finding]) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (_KIND_ORDER[f.kind], f.claim_type == "statement"))
    return [replace(f, id=f"f{n}") for n, f in enumerate(ranked, 1)]
