"""Where a claim is about: the places and named objects near a number.

Two outlets that report "12 killed in Derna" and "40 killed in eastern Libya" are not
contradicting each other: they speak of a different scope. :func:`places_in` finds the place
and object names a comparison needs to tell scopes apart, each with an ``id`` that is the same
in Arabic and English for the places in the gazetteer (``درنة`` and ``Derna`` are both
``derna``):

* gazetteer names, with a glued preposition or conjunction (``بدرنة``, ``وليبيا``);
* a direction before a gazetteer name is part of the scope (``شرق ليبيا`` and ``eastern Libya``
  are ``libya:east``, not ``libya``);
* a name after a place or object head (``مدينة``, ``قرية``, ``سد``, ``مطار``; ``town``,
  ``dam``, ``airport``), gazetteer or not (``سد أبو منصور`` is ``سد:ابو منصور``);
* in English, capitalised names after ``in``, ``at``, ``near`` (``in Al Bayda``).

The gazetteer (:mod:`crosscheck.claims._gazetteer`, about 1,000 places) holds the countries,
the Arab world's provinces and cities, and the places of the region's news; a spelling shared by
two places goes to the more frequent one (``طرابلس`` is Libya's Tripoli). A name it lacks is
still found after a head or (in English) a preposition, but then only matches the same spelling
in the same script.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._gazetteer import AFTER_HEAD, GAZETTEER
from crosscheck.claims._text import CLAUSE_END, Folded, Tok, fold_word, folded_tokens, light

_GAZETTEER = GAZETTEER  # id -> names, Arabic and English; see _gazetteer.py
# Heads after which the next words name a place or an object (``مدينة درنة``, ``سد أبو منصور``).
_HEADS = {fold_word(k): v for k, v in {
    "مدينة": "city", "المدينة": "city", "بلدة": "town", "البلدة": "town", "قرية": "village",
    "القرية": "village", "منطقة": "area", "محافظة": "province", "ولاية": "province",
    "إقليم": "region", "حي": "district", "مخيم": "camp", "سد": "dam", "مطار": "airport",
    "ميناء": "port", "مستشفى": "hospital", "سجن": "prison", "قاعدة": "base", "معبر": "crossing",
    "حقل": "field", "جسر": "bridge", "حاجز": "checkpoint", "وادي": "valley",
    "city": "city", "town": "town", "village": "village", "province": "province", "region": "region",
    "district": "district", "camp": "camp", "dam": "dam", "airport": "airport", "port": "port",
    "hospital": "hospital", "prison": "prison", "base": "base", "crossing": "crossing",
    "field": "field", "bridge": "bridge", "checkpoint": "checkpoint", "valley": "valley",
}.items()}
_EN_PREPOSITIONS = frozenset("in at near outside inside across".split())
_AR_LOCATIVES = frozenset(fold_word(w) for w in "في وفي قرب بالقرب داخل خارج أنحاء محيط ضواحي".split())
_LOCATIVE_CLITICS = ("ب", "وب", "فب")
_EN_NOT_PLACES = frozenset("""the a an monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    he she it they we i but and or as mr mrs ms dr this that these those its their his our""".split())
_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")
_MAX_NAME = 3
#: Words that end an Arabic name after a head: a time of day or a weekday follows the place.
_NAME_ENDS = lex.DAY_PARTS | frozenset(
    key[0] for key in lex.WEEKDAYS if len(key) == 1)
#: A preposition glued to the article (بالمدينة، للاجئين): a phrase after the name, not part of it.
_GLUED_ARTICLE = ("بال", "لل", "كال")
_DIRECTION_WORDS = {**lex.DIRECTIONS, **{fold_word(w): d for w, d in {
    "eastern": "east", "western": "west", "northern": "north", "southern": "south",
    "شرقي": "east", "غربي": "west", "شمالي": "north", "جنوبي": "south"}.items()}}


def _names() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for place_id, names in _GAZETTEER.items():
        for name in names.split("|"):
            table[tuple(fold_word(name).split())] = place_id
    return table


_NAMES = _names()
_LONGEST = max(len(k) for k in _NAMES)
_NAME_STARTS = frozenset(k[0] for k in _NAMES)
_FIRST_WORDS = _NAME_STARTS | frozenset(_HEADS) | frozenset(_DIRECTION_WORDS)


@dataclass(frozen=True)
class PlaceMention:
    """A place or named object in the text.

    Attributes:
        start: Start in the text given.
        end: End in the text given.
        text: ``text[start:end]``.
        id: Language-independent id (``derna``, ``libya:east``) for gazetteer places;
            ``<head>:<folded name>`` for a name after a head (``سد:ابو منصور``,
            ``dam:abu mansour``); ``name:<folded name>`` for an English capitalised name.
        locative: True when the text places something there (``في درنة``, ``بدرنة``,
            ``in Derna``, ``مدينة درنة``) rather than naming a party (``قوات شرق ليبيا``,
            ``allied with Tripoli``).
    """

    start: int
    end: int
    text: str
    id: str
    locative: bool = False


def _unglued(word: str) -> list[str]:
    """The word and its readings without a glued clitic (``بدرنة`` -> ``درنه``)."""
    out = [word]
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) > len(clitic) + 1:
            out.append(word[len(clitic):])
    return out


_AFTER_HEAD = {fold_word(name): place_id for place_id, name in AFTER_HEAD.items()}


def _after_head_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """A place the gazetteer names only after a head (``عسير``), at token ``i``: (id, end)."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    found = next((_AFTER_HEAD[w] for w in _unglued(toks[i].text) if w in _AFTER_HEAD), None)
    return (found, i + 1) if found else None


def _gazetteer_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The gazetteer place starting at token ``i``: (id, end token index)."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    firsts = [w for w in _unglued(toks[i].text) if w in _NAME_STARTS]
    if not firsts:
        return None
    for size in range(min(_LONGEST, len(toks) - i), 0, -1):
        words = [t.text for t in toks[i:i + size]]
        if any(t.kind != "word" for t in toks[i:i + size]):
            continue
        for first in firsts:
            key = (first, *words[1:])
            if key in _NAMES:
                return _NAMES[key], i + size
    return None


def _direction_before(toks: list[Tok], i: int) -> str | None:
    if i == 0 or toks[i - 1].kind != "word":
        return None
    for reading in _unglued(toks[i - 1].text):
        if reading in _DIRECTION_WORDS:
            return _DIRECTION_WORDS[reading]
    return None


def _head_at(toks: list[Tok], i: int) -> str | None:
    for reading in _unglued(toks[i].text):
        if reading in _HEADS:
            return _HEADS[reading]
    return None


def _name_after(toks: list[Tok], k: int, english: bool) -> int:
    """End index of the name that follows a head at ``k - 1`` (0 words when there is none)."""
    n = k
    while n < len(toks) and n - k < _MAX_NAME and toks[n].kind in ("word", "num"):
        tok = toks[n]
        if tok.text in lex.STOP or tok.text in CLAUSE_END or tok.text in _DIRECTION_WORDS:
            break
        if english and not (tok.upper or tok.kind == "num"):
            break
        named = n > 0 and toks[n - 1].text in lex.NAME_NOUNS
        if (tok.kind == "num" and not named) or (
                tok.kind == "word" and n + 1 < len(toks) and toks[n + 1].kind == "num"
                and tok.text not in lex.NAME_NOUNS):
            break  # a number only belongs to a name after جسر, بوابة... (حاجز جسر 27)
        if not english and n > k and tok.text.startswith("ال") and tok.text.endswith(("ي", "يه")):
            break  # an adjective after the name (سد أبو منصور الكبير)
        if not english and n > k and (tok.text in _NAME_ENDS or tok.text.startswith(_GLUED_ARTICLE)):
            break  # the time or a phrase after the name (منطقة القلعة يوم الخميس، للاجئين)
        if not english and n > k and (_head_at(toks, n) is not None or _gazetteer_at(toks, n) is not None):
            break  # another place starts (جسر مسور بمنطقة خولان: the bridge, then the area)
        n += 1
    return n


#: The Arabic article as English spells it before a name (``Al-Bayda``, ``el-Fasher``).
_EN_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az"})


def _past_article(toks: list[Tok], k: int) -> int:
    """The token after an English-spelt Arabic article hyphened to a name (``Al-Bayda``), else
    ``k``: the article alone is no name."""
    if k + 2 < len(toks) and toks[k].text in _EN_ARTICLES and toks[k + 1].text == "-" \
            and toks[k + 2].glued and toks[k + 2].upper:
        return k + 2
    return k


def _article_name(folded: Folded, toks: list[Tok], art: int) -> tuple[PlaceMention | None, int]:
    """The place after a preposition whose name opens on a hyphened article (``in Al-Bab``,
    ``in Al-Bayda``): the gazetteer's name with the article, else without it, else the name as
    written without it. A gazetteer place is where something happens, as after any
    preposition."""
    k = art + 2
    with_article = _gazetteer_at([toks[art], *toks[k:]], 0)
    if with_article is not None and with_article[1] > 1:
        place_id, j = with_article[0], k + with_article[1] - 1
    elif (bare := _gazetteer_at(toks, k)) is not None:
        place_id, j = bare
    else:
        j = _en_name_at(toks, k)
        if j == k or (j < len(toks) and _head_at(toks, j)):
            return None, k  # "at al-Nour hospital": read there, with its head
        # a name the gazetteer does not know after the article may be a site's ("at the Al-Nour
        # Eye Hospital"), not a scope: named, but not where the figure is counted
        return _mention(folded, toks, k, j, "name:" + " ".join(t.text for t in toks[k:j])), j
    return _mention(folded, toks, art, j, place_id, head=True), j


def _en_name_at(toks: list[Tok], i: int) -> int:
    n = i
    while n < len(toks) and n - i < _MAX_NAME and toks[n].kind == "word" and toks[n].upper \
            and toks[n].text not in _EN_NOT_PLACES:
        n += 1
    return n


def _is_locative(toks: list[Tok], i: int, head: bool) -> bool:
    """Is the place at token ``i`` where something happens (after في/ب/in, or a head)?"""
    before = toks[i - 1].text if i > 0 else ""
    word = toks[i].text
    glued_b = word not in _FIRST_WORDS and any(
        word.startswith(c) and word[len(c):] in _FIRST_WORDS for c in _LOCATIVE_CLITICS)
    return head or glued_b or before in _AR_LOCATIVES or before in _EN_PREPOSITIONS


def _mention(folded: Folded, toks: list[Tok], i: int, j: int, place_id: str,
             head: bool = False) -> PlaceMention:
    start, end = folded.span(toks[i].start, toks[j - 1].end)
    return PlaceMention(start, end, folded.original[start:end], place_id, _is_locative(toks, i, head))


def _read_at(folded: Folded, toks: list[Tok], i: int) -> tuple[PlaceMention | None, int]:
    """A place starting at token ``i``: (mention or None, next index)."""
    found = _gazetteer_at(toks, i)
    if found is not None:
        place_id, j = found
        direction = _direction_before(toks, i)
        first = i - 1 if direction else i
        return _mention(folded, toks, first, j, f"{place_id}:{direction}" if direction else place_id), j
    head = _head_at(toks, i)
    if head is not None:
        english = toks[i].text.isascii()
        j = _name_after(toks, i + 1, english)
        if j > i + 1 or _gazetteer_at(toks, i + 1) is not None:  # "محافظة اللاذقية 410": a number after
            inner = _gazetteer_at(toks, i + 1) or _after_head_at(toks, i + 1)
            if inner is not None:  # مدينة درنة is درنة, منطقة عسير is Asir
                return _mention(folded, toks, i, inner[1], inner[0], head=True), inner[1]
            name = light(" ".join(t.text for t in toks[i + 1:j]))
            return _mention(folded, toks, i, j, f"{head}:{name}", head=True), j
        return None, i + 1
    if toks[i].text in _EN_PREPOSITIONS and i + 1 < len(toks):
        k = i + 2 if toks[i + 1].text == "the" else i + 1
        if _past_article(toks, k) != k:
            return _article_name(folded, toks, k)
        if _gazetteer_at(toks, k) is not None or (k < len(toks) and _head_at(toks, k)):
            return None, k  # read there, with its id
        j = _en_name_at(toks, k)
        if j < len(toks) and j > k and _head_at(toks, j):  # in the Abu Mansour dam
            return None, k
        if j > k:
            name = " ".join(t.text for t in toks[k:j])
            return _mention(folded, toks, k, j, f"name:{name}"), j
    j = _en_name_at(toks, i) if toks[i].text.isascii() else i
    if i < j < len(toks) and _head_at(toks, j):  # the Abu Mansour dam
        name = " ".join(t.text for t in toks[i:j])
        return _mention(folded, toks, i, j + 1, f"{_head_at(toks, j)}:{name}", head=True), j + 1
    return None, i + 1


def starts_a_place(toks: list[Tok], i: int) -> bool:
    """Does a place start at token ``i`` (past ``the``): a gazetteer name, or an Arabic place
    head word (``محافظة``)? An English capitalised word may be a month or a people ("in
    Ramadan", "in Israeli raids"): only the gazetteer's count."""
    if i < len(toks) and toks[i].text == "the":
        i += 1
    if i >= len(toks) or toks[i].kind != "word":
        return False
    if toks[i].text.isascii():
        return _gazetteer_at(toks, i) is not None
    return _gazetteer_at(toks, i) is not None or _head_at(toks, i) is not None


def places_in(text: str) -> list[PlaceMention]:
    """Find place and object names in ``text``.

    Args:
        text: A sentence or a clause, Arabic or English.

    Returns:
        The mentions in text order; spans index ``text`` as given.
    """
    return list(_places_in(text))


@lru_cache(maxsize=256)
def _places_in(text: str) -> tuple[PlaceMention, ...]:
    """:func:`places_in`, read once per text (the claim and role readers both ask)."""
    folded, toks = folded_tokens(text)
    found: list[PlaceMention] = []
    i = 0
    while i < len(toks):
        mention, i = _read_at(folded, toks, i)
        if mention is not None:
            found.append(mention)
    return tuple(found)
