"""Dates mentioned in Arabic and English news text, resolved against the publication date.

What is read, and how it is resolved (``published`` is the article's date):
    * ISO ``2019-04-05``, ``5/4/2019`` (day first, as in Arabic and European writing),
      ``2019/4/5``: that day.
    * Day and month in either Arabic system, both often given together (``23 فبراير/شباط``,
      ``5 نيسان (أبريل) 2019``) or English (``5 April 2019``, ``April 5, 2019``). With a year,
      that day. Without: after ``الماضي``/``last`` the latest such day on or before
      ``published``; after ``المقبل``/``القادم``/``next`` the first on or after; otherwise
      the occurrence closest to ``published``.
    * Month with a year (``أبريل 2019``), or alone where it cannot be another word (paired
      ``نيسان/أبريل``, after ``شهر``/``منتصف``/``مطلع``/``أوائل``...): precision ``month``,
      the first of the month; a month without year is taken in the year of ``published``
      (the year before with ``الماضي``, after with ``المقبل``).
    * Weekdays (``الجمعة``, ``يوم الخميس``, ``مساء الأربعاء``, ``ليل الخميس``, ``Friday``):
      precision ``weekday``, the most recent such day on or before ``published`` (the same
      day allowed); with ``الماضي``/``الماضية``/``last`` strictly before, with
      ``المقبل``/``next`` strictly after. ``اليوم الجمعة`` is one mention, precision ``day``.
      Place names are skipped (``سوق الخميس``, ``سوق السبت``).
    * ``اليوم``/``today``/``tonight`` = ``published``; ``أمس``/``البارحة``/``yesterday`` = the
      day before; ``أول أمس`` two days before; ``غدا``/``tomorrow`` the day after (precision
      ``day``). ``اليوم التالي``, ``اليوم العالمي``... are skipped.
    * ``الشهر الماضي/الجاري/المقبل``, ``هذا الشهر``, ``last/this/next month`` (``month``);
      ``العام الماضي/الجاري/المقبل``, ``هذا العام``, ``last/this/next year`` (``year``).
    * A year after عام/سنة/في/منذ/نهاية/بداية/مطلع/خلال/in/since... or written ``2011م``:
      precision ``year``, January 1st of it.

A part of the day said beside a day (``بعد ظهر الأربعاء``, ``في ساعة متأخرة من مساء
الأربعاء``, ``Wednesday afternoon``, ``late on Wednesday``, ``early Monday``) is read as
``part``, its hours in :data:`PART_HOURS`; the night (``ليلة``, ``night``) is not, as
``ليلة الأحد`` is the night before Sunday; nor is any part in a sentence that names two
(``the morning session ... in the evening``).

Relative mentions have ``date`` None when ``published`` is None. Not read: Hijri dates and
months (``شهر رمضان``), ordinal day words (``الخامس من أبريل``), clock times.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._context import match_at
from crosscheck.claims._text import Folded, Tok, fold_word, folded_tokens, strip_clitic

_PAST = frozenset(fold_word(w) for w in "الماضي الماضية الفائت الفائتة المنصرم last".split())
_FUTURE = frozenset(fold_word(w) for w in "المقبل المقبلة القادم القادمة next".split())
_CURRENT = frozenset(fold_word(w) for w in "الجاري الحالي this".split())
_PART_OF_DAY = frozenset(fold_word(w) for w in "يوم مساء صباح ليل ليلة فجر ظهر عصر".split())
_PLACE_BEFORE = frozenset(fold_word(w) for w in "سوق شارع ميدان حي مسجد جامع صلاة خطبة".split())
_BOTH = frozenset(fold_word(w) for w in "كلا بين هذين".split())
_NOT_TODAY = frozenset(fold_word(w) for w in (
    "التالي الأول الثاني الثالث ذاته نفسه السابق العالمي الوطني الدولي الذي الموالي").split())
_MONTH_CUES = frozenset(fold_word(w) for w in (
    "شهر منتصف مطلع أوائل أواخر نهاية بداية أول آخر خلال منذ حتى في وفي in since during").split())
_DAY_WORDS = {fold_word(k): v for k, v in {
    "اليوم": 0, "today": 0, "tonight": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "yesterday": -1,
    "غدا": 1, "tomorrow": 1}.items()}


@dataclass(frozen=True)
class DateMention:
    """A date the text mentions.

    Attributes:
        start: Start of the mention in the original text.
        end: End of the mention in the original text.
        text: ``text[start:end]``.
        date: The date it resolves to (first of the month/year for coarser precision), or
            None when it cannot be resolved (relative mention without ``published``).
        precision: ``day``, ``month``, ``year`` or ``weekday``.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str
    part: str | None = None


#: Hours of the day (from, to) each part of the day allows, early and late ones included.
PART_HOURS = {
    "dawn": (3, 7), "morning": (5, 12), "noon": (11, 14), "afternoon": (12, 18), "evening": (17, 24),
    "early morning": (4, 8), "late morning": (9, 12), "late afternoon": (15, 18),
    "early evening": (17, 20), "late evening": (20, 24), "early": (0, 10), "late": (18, 24),
}
#: Words that name a part of the day, before the day (Arabic) or after it (English).
_PARTS = {fold_word(k): v for k, v in {
    "فجر": "dawn", "فجرا": "dawn", "صباح": "morning", "صباحا": "morning", "ظهر": "noon", "ظهرا": "noon",
    "عصر": "afternoon", "عصرا": "afternoon", "مساء": "evening",
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "dawn": "dawn"}.items()}


#: Every word that names a part of the day, with its part: a sentence that names two parts
#: ("the morning session ... continued in the evening") dates no day by a part.
_PART_WORDS = {**_PARTS, **{fold_word(k): v for k, v in {
    "صباحا": "morning", "الصباح": "morning", "صباحي": "morning", "الصباحي": "morning", "الصباحية": "morning",
    "مسائي": "evening", "المسائي": "evening", "المسائية": "evening", "الظهر": "noon", "العصر": "afternoon",
    "الفجر": "dawn", "ليلا": "night", "ليل": "night", "ليلة": "night", "الليل": "night", "night": "night",
    "tonight": "night", "overnight": "night", "noon": "noon", "midday": "noon"}.items()}}


#: Words before a day or its part that shade it late or early (``في ساعة متأخرة من``, ``late on``).
_LATE = tuple(tuple(p.split()) for p in ("متاخر من", "متاخره من", "late", "late on", "late in the"))
_EARLY = tuple(tuple(p.split()) for p in ("مبكر من", "مبكره من", "early", "early on", "early in the"))


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Do ``words`` end with one of ``phrases``, word for word ("escalate on" is not "late on")?"""
    return any(tuple(words[-len(p):]) == p for p in phrases)


def part_hours(part: str | None) -> tuple[int, int] | None:
    """The hours (from, to) a part of the day read by :func:`dates_in` allows."""
    return PART_HOURS.get(part) if part else None


@dataclass(frozen=True)
class _Hit:
    i: int
    j: int
    date: dt.date | None
    precision: str
    skip: int = 0


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _mode(toks: list[Tok], k: int) -> str | None:
    if k < len(toks) and toks[k].text in _PAST:
        return "past"
    if k < len(toks) and toks[k].text in _FUTURE:
        return "future"
    return None


def _day_month(published: dt.date | None, day: int, month: int, mode: str | None) -> dt.date | None:
    """Resolve a day and month without year against ``published``."""
    if published is None:
        return None
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _safe(y, month, day)) is not None]
    if mode == "past":
        options = [d for d in options if d <= published][-1:]
    elif mode == "future":
        options = [d for d in options if d >= published][:1]
    return min(options, key=lambda d: (abs((d - published).days), d > published), default=None)


def _weekday(published: dt.date | None, weekday: int, mode: str | None) -> dt.date | None:
    """The weekday on or before ``published`` (strictly before/after for past/future)."""
    if published is None:
        return None
    if mode == "future":
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if mode == "past" else 0))


def _year_at(toks: list[Tok], k: int) -> int | None:
    if k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit() and len(toks[k].text) == 4:
        return int(toks[k].text)
    return None


def _month_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """A month name at ``k``, with its pair (``فبراير/شباط``, ``نيسان (أبريل)``): (month, end)."""
    hit = match_at(toks, k, lex.MONTHS)
    if hit is None or (toks[k].text.isascii() and not toks[k].upper):
        return None
    end = hit.j
    if end + 1 < len(toks) and toks[end].text in ("/", "("):
        opener = toks[end].text
        pair = match_at(toks, end + 1, lex.MONTHS)
        if pair is not None and int(pair.value) == int(hit.value):
            end = pair.j + (opener == "(" and pair.j < len(toks) and toks[pair.j].text == ")")
    elif end < len(toks) and (pair := match_at(toks, end, lex.MONTHS)) is not None \
            and int(pair.value) == int(hit.value):
        end = pair.j  # "20 يوليو تموز 2012": the same month in both systems, unseparated
    return int(hit.value), end


def _numeric(toks: list[Tok], i: int) -> _Hit | None:
    """``2019-04-05``, ``5/4/2019``, ``2019/4/5``."""
    parts = toks[i:i + 5]
    if len(parts) < 5 or any(t.kind != "num" for t in parts[::2]) or not all(t.glued for t in parts[1:]):
        return None
    sep = {parts[1].text, parts[3].text}
    if len(sep) != 1 or sep.pop() not in "-/":
        return None
    a, b, c = (int(t.value or 0) for t in parts[::2])
    date = _safe(a, b, c) if len(parts[0].text) == 4 else _safe(c, b, a) if len(parts[4].text) == 4 else None
    return _Hit(i, i + 5, date, "day") if date else None


def _explicit(toks: list[Tok], i: int, published: dt.date | None) -> _Hit | None:
    """``23 فبراير/شباط الماضي``, ``5 April 2019``, ``April 5, 2019``, ``أبريل 2019``."""
    tok = toks[i]
    if tok.kind == "num" and tok.text.isdigit() and 1 <= int(tok.text) <= 31:
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "من" else i + 1
        month = _month_at(toks, k)
        if month is None:
            return None
        day, (number, end) = int(tok.text), month
    else:
        month = _month_at(toks, i)
        if month is None:
            return None
        number, end = month
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and nxt.kind == "num" and nxt.text.isdigit() and int(nxt.text) <= 31:
            day, end = int(toks[end].text), end + 1
            end += end + 1 < len(toks) and toks[end].text == "," and _year_at(toks, end + 1) is not None
        else:
            return _month_only(toks, i, number, end, published)
    year = _year_at(toks, end)
    if year is not None:
        return _Hit(i, end + 1, _safe(year, number, day), "day")
    mode = _mode(toks, end)
    return _Hit(i, end + (mode is not None), _day_month(published, day, number, mode), "day")


def _month_only(toks: list[Tok], i: int, month: int, end: int, published: dt.date | None) -> _Hit | None:
    """A month without day: needs a year, a pair, or a cue word before it."""
    year = _year_at(toks, end)
    if year is not None:
        return _Hit(i, end + 1, dt.date(year, month, 1), "month")
    mode = _mode(toks, end)
    paired = end - i > len(toks[i].text.split())
    cue = i > 0 and toks[i - 1].text in _MONTH_CUES
    if not (paired or cue or mode) or (toks[i].text in ("may", "مارس", "اب") and not (paired or mode)):
        return None
    if published is None:
        return _Hit(i, end + (mode is not None), None, "month")
    year = published.year
    if mode == "past" and month >= published.month:
        year -= 1
    elif mode == "future" and month <= published.month:
        year += 1
    return _Hit(i, end + (mode is not None), dt.date(year, month, 1), "month")


def _weekday_at(toks: list[Tok], i: int, published: dt.date | None) -> _Hit | None:
    """``الجمعة``, ``يوم الخميس``, ``الجمعة الماضية``, ``last Friday``, ``اليوم الجمعة``."""
    hit = match_at(toks, i, lex.WEEKDAYS, clitic=True)
    if hit is None or (toks[i].text.isascii() and not toks[i].upper):
        return None
    prev = toks[i - 1].text if i > 0 else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if prev in _PLACE_BEFORE or (toks[i].text.endswith("احد") and nxt in ("عشر", "عشره")):
        return None
    if toks[i].text.endswith("الاثنين") and prev in _BOTH:
        return None
    mode = _mode(toks, hit.j) or ("past" if prev == "last" else "future" if prev == "next" else None)
    start = i - 1 if prev in ("last", "next") else i
    end = hit.j + (_mode(toks, hit.j) is not None)
    skip = 0 if start < i else hit.skip
    return _Hit(start, end, _weekday(published, int(hit.value), mode), "weekday", skip)


def _relative(toks: list[Tok], i: int, published: dt.date | None) -> _Hit | None:
    """``اليوم``, ``أمس``, ``أول أمس``, ``الشهر الماضي``, ``هذا العام``, ``last year``."""
    tok, nxt = toks[i], toks[i + 1].text if i + 1 < len(toks) else ""
    word = strip_clitic(tok.text, _DAY_WORDS) or tok.text
    skip = len(tok.text) - len(word)
    if word in ("اول", "امس") and nxt in ("امس", "الاول"):
        return _Hit(i, i + 2, published and published - dt.timedelta(days=2), "day", skip)
    if word in _DAY_WORDS and nxt not in _NOT_TODAY:
        days = _DAY_WORDS[word]
        return _Hit(i, i + 1, published and published + dt.timedelta(days=days), "day", skip)
    unit = nxt if tok.text in ("هذا", "this", "last", "next") else tok.text
    unit_mode = tok.text if tok.text in ("هذا", "this", "last", "next") else nxt
    if unit not in ("الشهر", "month", "العام", "year") or not (
            unit_mode in _PAST | _FUTURE | _CURRENT or unit_mode in ("هذا",)):
        return None
    step = -1 if unit_mode in _PAST else 1 if unit_mode in _FUTURE else 0
    if published is None:
        date = None
    elif unit in ("الشهر", "month"):
        months = published.year * 12 + published.month - 1 + step
        date = dt.date(months // 12, months % 12 + 1, 1)
    else:
        date = dt.date(published.year + step, 1, 1)
    return _Hit(i, i + 2, date, "month" if unit in ("الشهر", "month") else "year")


def _year(toks: list[Tok], i: int) -> _Hit | None:
    """``في 2011``, ``نهاية 2015``, ``عام 2019``, ``2011م``, ``in 2011``."""
    year = _year_at(toks, i)
    if year is None or not 1800 <= year <= 2100:
        return None
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    marked = prev is not None and prev.kind == "word" and (
        prev.text in lex.YEAR_MARKERS or prev.text[1:] in lex.YEAR_MARKERS)
    if nxt is not None and nxt.glued and nxt.text == "م":
        return _Hit(i, i + 2, dt.date(year, 1, 1), "year")
    return _Hit(i, i + 1, dt.date(year, 1, 1), "year") if marked else None


def _read(toks: list[Tok], i: int, published: dt.date | None) -> _Hit | None:
    for reader in (_numeric, _explicit, _weekday_at, _relative):
        try:
            hit = reader(toks, i) if reader is _numeric else reader(toks, i, published)
        except (OverflowError, ValueError):  # "tomorrow" of 9999-12-31: no such day
            hit = None if reader is _numeric else reader(toks, i, None)
        if hit is not None:
            return hit
    return _year(toks, i)


def _merge_today(hits: list[_Hit], toks: list[Tok]) -> list[_Hit]:
    """Join ``اليوم الجمعة`` into one mention dated ``published``."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        today = prev is not None and toks[prev.i].text in ("اليوم", "today")
        if today and prev.j == hit.i and hit.precision == "weekday":
            out[-1] = _Hit(prev.i, hit.j, prev.date if prev.date else hit.date, "day", prev.skip)
            continue
        out.append(hit)
    return out


def _mention(folded: Folded, toks: list[Tok], hit: _Hit) -> DateMention:
    part_of_day = hit.i > 0 and toks[hit.i - 1].text in _PART_OF_DAY
    first = toks[hit.i - 1].start if part_of_day else toks[hit.i].start + hit.skip
    start, end = folded.span(first, toks[hit.j - 1].end)
    part = _part_of_day(toks, hit) if hit.precision in ("day", "weekday") else None
    return DateMention(start, end, folded.original[start:end], hit.date, hit.precision, part)


def _part_of_day(toks: list[Tok], hit: _Hit) -> str | None:
    """The part of the day said beside a day: ``بعد ظهر الأربعاء`` (afternoon), ``في ساعة
    متأخرة من مساء الأربعاء`` (late evening), ``Wednesday afternoon``, ``late on Wednesday``."""
    words = [t.text for t in toks]
    before = words[max(0, hit.i - 6):hit.i]
    part = None
    if before and before[-1] in _PARTS:
        part = _PARTS[before[-1]]
        if part == "noon" and len(before) > 1 and before[-2] == "بعد":
            part = "afternoon"
        before = before[:-1]
    elif hit.j < len(words) and words[hit.j] in _PARTS:
        part = _PARTS[words[hit.j]]
    late = _ends_with(before, _LATE)
    early = _ends_with(before, _EARLY)
    if late or early:
        shade = "late" if late else "early"
        return f"{shade} {part}" if part and f"{shade} {part}" in PART_HOURS else (part or shade)
    return part


def dates_in(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Find the dates mentioned in ``text``.

    Args:
        text: Arabic or English text.
        published: The publication date, used to resolve weekdays, ``اليوم``, ``أمس``,
            ``الشهر الماضي`` and dates without a year.

    Returns:
        The mentions in text order with spans into ``text``.
    """
    folded, toks = folded_tokens(text)
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        hit = _read(toks, i, published)
        if hit is not None:
            hits.append(hit)
        i = hit.j if hit is not None else i + 1
    mentions = [_mention(folded, toks, h) for h in _merge_today(hits, toks)]
    if len({_PART_WORDS[t.text] for t in toks if t.text in _PART_WORDS}) > 1:
        mentions = [replace(m, part=None) for m in mentions]
    return mentions
