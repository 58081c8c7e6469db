"""Who a sentence names: people, bodies and countries, each under one id in both scripts.

Arabic news writes a foreign name by ear, so one person has many spellings (``غوتيرش``,
``غوتيريش``, ``غوتيريس``, ``Guterres``) and a country is named as a noun or an adjective
(``ألمانيا``, ``الألمانية``, ``German``). :func:`actors_in` finds the mentions a comparison of
roles needs and gives each an id that is the same for all of them:

* the seed list :data:`ACTORS` (people, bodies, armed groups of the region's news) and every
  country of the place gazetteer, by name or by its adjective (``إسرائيلي``, ``Israeli``);
* a name after a rank or honorific (``اللواء أحمد المسماري``, ``Gen. Khalifa Haftar``) whose
  consonant skeleton (:func:`crosscheck.text.translit.skeleton`) is one edit from a seed
  name's is that actor; any other gets ``name:<skeleton>``, so its spellings in two scripts
  meet (an office such as ``رئيس`` is often followed by an institution, so no name is read
  after one); a word with a seed person's exact skeleton of four consonants or more is that
  person (``غويتريس``, ``لغويتريس`` are ``guterres``);
* :class:`ActorBook` learns aliases from the corpus itself: two titled names whose skeletons
  are one edit apart and that fill the same place in sentences of one group (the same claim in
  two outlets) are one actor.

Each mention also keeps the words an outlet put before the name (``المشير``, ``اللواء
المتقاعد``, ``الجنرال الانقلابي``): how an outlet names an actor is a framing observation
(:mod:`crosscheck.compare.roles`).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.claims._containment import COUNTRY_OF
from crosscheck.claims._gazetteer import GAZETTEER
from crosscheck.claims._text import CLITICS, Folded, Tok, fold_word, folded_tokens, light
from crosscheck.models import Claim
from crosscheck.text.translit import skeleton

#: Claim types whose ``who`` is an actor id: a role filled by an actor, and framing.
ACTOR_CLAIM_TYPES = frozenset({"actor", "attribution", "framing"})

#: Seed actors: id -> names (Arabic and English, ``|``-separated, listed bare). ``PART_OF``
#: says which actor a body belongs to (the Israeli army is Israel in a question of who acted).
ACTORS: dict[str, str] = {
    "guterres": "غوتيريش|غوتيرش|غوتيريس|antonio guterres|guterres",
    "haftar": "حفتر|خليفة حفتر|haftar|hifter|khalifa haftar",
    "sarraj": "السراج|فايز السراج|فائز السراج|sarraj|serraj|fayez al sarraj",
    "aguila saleh": "عقيلة صالح|aguila saleh",
    "ghassan salame": "غسان سلامة|ghassan salame",
    "erdogan": "أردوغان|رجب طيب أردوغان|erdogan",
    "un security council": "مجلس الأمن|مجلس الأمن الدولي|security council|un security council",
    "arab league": "جامعة الدول العربية|الجامعة العربية|arab league",
    "nato": "حلف شمال الأطلسي|الناتو|nato",
    "united nations": "الأمم المتحدة|united nations",
    "ocha": "أوتشا|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|مكتب تنسيق الشؤون الإنسانية|ocha"
            "|un humanitarian office|un office for the coordination of humanitarian affairs"
            "|office for the coordination of humanitarian affairs",
    "red cross": "الصليب الأحمر|red cross|icrc",
    "red crescent": "الهلال الأحمر|red crescent",
    "white helmets": "الخوذ البيضاء|white helmets",
    "islamic jihad": "الجهاد الإسلامي|حركة الجهاد|islamic jihad|palestinian islamic jihad",
    "hamas": "حماس|حركة حماس|hamas",
    "hezbollah": "حزب الله|hezbollah|hizbollah",
    "israeli army": "جيش الاحتلال|الجيش الإسرائيلي|israeli army|israeli military|idf|"
                    "israel defense forces",
    "libyan national army": "الجيش الوطني الليبي|libyan national army|lna",
    "government of national accord": "حكومة الوفاق|حكومة الوفاق الوطني|government of national accord|gna",
    "coastguard": "خفر السواحل|حرس السواحل|coastguard|coast guard",
    "frontex": "فرونتكس|frontex",
    "afad": "afad",  # آفاد folds to أفاد, "he reported"
    "usgs": "usgs|المسح الجيولوجي الأمريكي|us geological survey",
    "emsc": "emsc|european mediterranean seismological centre|euro mediterranean seismological centre"
            "|european mediterranean seismological center|euro mediterranean seismological center"
            "|المركز الأورومتوسطي|الأورومتوسطي لرصد الزلازل",
    "gfz": "gfz|german research centre for geosciences|german research center for geosciences",
    "syrian opposition": "المعارضة السورية|فصائل المعارضة|المعارضة المسلحة|syrian opposition|rebels|"
                         "rebel forces|opposition factions",
    "world health organization": "منظمة الصحة العالمية|world health organization",
    "health ministry": "وزارة الصحة|وزير الصحة|health ministry|ministry of health|health minister"
                       "|minister of health",
    "interior ministry": "وزارة الداخلية|وزير الداخلية|interior ministry|ministry of interior"
                         "|ministry of the interior|interior minister",
    "civil defence": "الدفاع المدني|civil defence|civil defense",
    "iom": "المنظمة الدولية للهجرة|منظمة الهجرة الدولية|الهجرة الدولية|international organization for migration|iom",
}
_PEOPLE = frozenset({"guterres", "haftar", "sarraj", "aguila saleh", "ghassan salame", "erdogan"})
#: Bodies that are an office of another body, whose figures are that body's (OCHA's are the
#: UN's): a figure credited to one is credited to the other, not to another body.
PARENT_BODY = {"ocha": "united nations"}
PART_OF = {"israeli army": "israel", "islamic jihad": "palestine", "hamas": "palestine",
           "libyan national army": "haftar", "white helmets": "syrian opposition", **PARENT_BODY}

#: English adjectives of countries (the Arabic adjective is made from the name: ``ألماني``).
_DEMONYMS = {
    "israeli": "israel", "palestinian": "palestine", "turkish": "turkey", "syrian": "syria",
    "libyan": "libya", "greek": "greece", "german": "germany", "british": "britain",
    "french": "france", "russian": "russia", "american": "united states", "egyptian": "egypt",
    "lebanese": "lebanon", "iranian": "iran", "iraqi": "iraq", "jordanian": "jordan",
    "saudi": "saudi arabia", "emirati": "united arab emirates", "qatari": "qatar",
    "italian": "italy", "chinese": "china", "ukrainian": "ukraine", "yemeni": "yemen",
    "sudanese": "sudan", "tunisian": "tunisia", "algerian": "algeria", "moroccan": "morocco",
    "kuwaiti": "kuwait", "pakistani": "pakistan", "afghan": "afghanistan", "spanish": "spain",
    "maltese": "malta", "cypriot": "cyprus", "dutch": "netherlands", "japanese": "japan",
}
_ARABIC_DEMONYM_EXCEPTIONS = {"يوناني": "greece", "امريكي": "united states", "اميركي": "united states"}

#: Ranks and honorifics: an unknown name after one is a person (``اللواء أحمد المسماري``).
_RANKS = frozenset(fold_word(w) for w in """اللواء لواء المشير مشير الجنرال جنرال العقيد عقيد
    العميد الشيخ السيد الدكتور المستشار
    general gen marshal field colonel col mr dr""".split())
#: Offices and epithets: words an outlet puts before a name, as framing, but often followed by
#: an institution rather than a name (``رئيس مجلس النواب``), so no name is read after them.
_OFFICES = frozenset(fold_word(w) for w in """الرئيس رئيس الأمين العام الوزير وزير القائد قائد
    الانقلابي المتمرد المتحدث الناطق
    president secretary-general secretary prime minister commander warlord rebel strongman
    spokesman""".split())
#: Titles and epithets an outlet may put before a person's name, and the qualifiers that may
#: follow a title (``اللواء المتقاعد``). Folded at import.
_TITLES = _RANKS | _OFFICES
_QUALIFIERS = frozenset(fold_word(w) for w in """المتقاعد الانقلابي المتمرد العسكري الليبي
    العام السابق الوزراء retired renegade rogue former military libyan eastern""".split())
#: The text's glued clitics, and ``لل`` before a name with its article (``للجيش``).
_CLITICS = (*CLITICS[:3], "لل", *CLITICS[3:])
_MAX_NAME = 4
_STOP = frozenset(fold_word(w) for w in """في من على إلى الى عن مع أن ان إن قد لا لم باسم the of in on
    to and a an said says told with for by at""".split())


@dataclass(frozen=True)
class ActorMention:
    """A named actor in a text.

    Attributes:
        start, end: The name's span in the text as given.
        name: The name as written.
        actor_id: The actor's id (``guterres``, ``germany``, ``name:msmr``).
        title: The words the outlet put before the name (``المشير``), as written; None.
        title_start: Where the title starts in the text (``start`` when there is none).
        adjective: The country was named by its adjective (``الألمانية``, ``German``).
    """

    start: int
    end: int
    name: str
    actor_id: str
    title: str | None = None
    title_start: int = -1
    adjective: bool = False


@lru_cache(maxsize=1 << 16)
def _unglued(word: str) -> tuple[str, ...]:
    """The word and its readings without a glued clitic (``لغويتريس`` -> ``غويتريس``)."""
    return tuple(_readings(word))


def _readings(word: str) -> list[str]:
    out = [word]
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) > len(clitic) + 1:
            rest = word[len(clitic):]
            out.append(rest)
            if clitic in ("ل", "لل") and not rest.startswith("ال"):
                out.append("ال" + rest)  # للجيش -> الجيش
    return out


def is_country(actor_id: str) -> bool:
    """Is ``actor_id`` a country (``greece``, ``united states``), not a body or a person?"""
    return actor_id in _country_ids()


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[str]:
    return frozenset(COUNTRY_OF.values()) | frozenset(_DEMONYMS.values()) | frozenset(
        {"palestine", "israel", "britain", "germany", "france", "russia", "united states",
         "italy", "greece", "turkey", "egypt", "qatar", "united arab emirates", "saudi arabia",
         "china", "ukraine", "cyprus", "malta", "netherlands", "spain", "japan"})


@lru_cache(maxsize=1)
def _names() -> tuple[dict[tuple[str, ...], tuple[str, bool]], int]:
    """Folded name (as words) -> (actor id, named by an adjective); the longest name's size."""
    table: dict[tuple[str, ...], tuple[str, bool]] = {}
    countries = _country_ids()
    for country in countries:
        for name in GAZETTEER.get(country, "").split("|"):
            if not name:
                continue
            words = tuple(fold_word(name).split())
            table.setdefault(words, (country, False))
            if len(words) == 1 and not name.isascii():
                for adjective in _arabic_adjectives(name):
                    table.setdefault((adjective,), (country, True))
    for adjective, country in _DEMONYMS.items():
        table.setdefault((adjective,), (country, True))
    for adjective, country in _ARABIC_DEMONYM_EXCEPTIONS.items():
        for form in _arabic_adjectives(adjective, made=True):
            table.setdefault((form,), (country, True))
    for actor_id, names in ACTORS.items():
        for name in names.split("|"):
            table[tuple(fold_word(name).split())] = (actor_id, False)
    return table, max(len(k) for k in table)


def _arabic_adjectives(raw: str, made: bool = False) -> list[str]:
    """``ألمانيا`` -> ``الماني``, ``الالماني``, ``الالمانيه``, ``المانيه``...: the adjective of a
    country in its forms (with and without the article, feminine, plural), folded."""
    article = raw.startswith("ال")  # العراق has one; ألمانيا does not
    name = fold_word(raw[2:] if article else raw)
    if made:
        stem = name
    elif name.endswith("يا"):
        stem = name[:-1]
    else:
        stem = (name[:-1] if name.endswith("ا") else name) + "ي"
    bare = stem
    forms = []
    for base in (bare, "ال" + bare):
        forms += [base, base + "ه", base + "ون", base + "ين"]
    return forms


@lru_cache(maxsize=1 << 12)
def nationality_of(word: str) -> str | None:
    """The country whose people a word names after a number (``Egyptians``, ``Pakistani``,
    ``تونسيًا``, ``سوريين``, and after a count the country's own name, ``20 إلى 25 سورياً``):
    the country id, else None."""
    folded = fold_word(word)
    if folded.isascii():
        singular = folded[:-1] if folded.endswith("s") else folded
        return _DEMONYMS.get(folded) or _DEMONYMS.get(singular)
    table, _ = _names()
    countries = _country_ids()
    for form in (folded, folded[:-1] if folded.endswith("ا") else None, folded + "ا"):
        if form and (hit := table.get((form,))) and hit[0] in countries:
            return hit[0]
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every known name (a token that is none starts no name)."""
    return frozenset(name[0] for name in _names()[0])


@lru_cache(maxsize=1)
def _seed_skeletons() -> dict[str, str]:
    """The skeleton of each person's or body's last name word -> its id (for spellings the
    seed list lacks)."""
    out: dict[str, str] = {}
    for actor_id, names in ACTORS.items():
        for name in names.split("|"):
            key = skeleton(name.split()[-1])
            if len(key) >= 3:
                out.setdefault(key, actor_id)
    return out


def _near_skeleton(key: str) -> str | None:
    """The seed actor whose skeleton is ``key`` or one edit from it (four consonants or more)."""
    seeds = _seed_skeletons()
    if key in seeds:
        return seeds[key]
    if len(key) < 4:
        return None
    for seed, actor_id in seeds.items():
        if len(seed) >= 4 and one_edit(seed, key):
            return actor_id
    return None


def one_edit(a: str, b: str) -> bool:
    """Are two skeletons at most one substitution, insertion or deletion apart?"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _known_at(toks: tuple[Tok, ...], i: int) -> tuple[str, bool, int] | None:
    """The seed actor or country whose name starts at token ``i``: (id, named by an
    adjective, end token). A hyphen inside a name is skipped (``al-Sarraj``)."""
    table, longest = _names()
    if toks[i].kind != "word" or not any(w in _first_words() for w in _unglued(toks[i].text)):
        return None
    words: list[str] = []
    ends: list[int] = []
    n = i
    while n < len(toks) and len(words) < longest:
        if toks[n].kind == "word":
            words.append(toks[n].text)
            ends.append(n + 1)
        elif not (toks[n].text == "-" and words):
            break
        n += 1
    for size in range(len(words), 0, -1):
        rest = tuple(words[1:size])
        for first in _unglued(words[0]):
            hit = table.get((first, *rest))
            if hit is not None:
                return hit[0], hit[1], ends[size - 1]
    return None


def _title_before(toks: tuple[Tok, ...], i: int) -> int:
    """Index of the first title word directly before token ``i`` (``i`` when none)."""
    k = i
    while k > 0 and i - k < 5:
        if toks[k - 1].text == "." and k > 1 and toks[k - 2].text in _TITLES:
            k -= 1  # Gen. Haftar
            continue
        if toks[k - 1].kind != "word":
            break
        word = toks[k - 1].text
        if any(w in _TITLES or w in _QUALIFIERS for w in _unglued(word)):
            k -= 1
            continue
        break
    while k < i and not any(w in _TITLES for w in _unglued(toks[k].text)):
        k += 1  # a title starts the phrase; a lone qualifier is no title
    return k


def _titled_name(toks: tuple[Tok, ...], i: int) -> int:
    """End of a person's name that follows a title at ``i - 1`` (``i`` when none)."""
    n = i
    english = toks[i].text.isascii() if i < len(toks) else False
    while n < len(toks) and n - i < _MAX_NAME and toks[n].kind == "word":
        tok = toks[n]
        if tok.text in _STOP or any(w in _TITLES or w in _QUALIFIERS for w in _unglued(tok.text)):
            break
        if n > i and _known_at(toks, n) is not None:
            break
        if english and not tok.upper:
            break
        n += 1
    return n


def actors_in(text: str) -> list[ActorMention]:
    """Find the actors ``text`` names (see :func:`_actors_in`)."""
    return list(_actors_in(text))


@lru_cache(maxsize=256)
def _actors_in(text: str) -> tuple[ActorMention, ...]:
    """The actors ``text`` (a sentence or a clause, Arabic or English) names, in text order;
    spans index ``text`` as given. Read once per text: the claim, role and framing readers
    of a sentence all ask."""
    folded, toks = folded_tokens(text)
    found: list[ActorMention] = []
    i = 0
    while i < len(toks):
        known = _known_at(toks, i)
        if known is not None:
            actor_id, adjective, j = known
            found.append(_mention(folded, toks, i, j, actor_id, adjective))
            i = j
            continue
        if toks[i].kind == "word" and _after_title(toks, i):
            j = _titled_name(toks, i)
            if j > i and not (toks[i].text.startswith("ال") and not toks[i].text.isascii()):
                key = skeleton(folded.text[toks[j - 1].start:toks[j - 1].end])
                actor_id = _near_skeleton(key) or (f"name:{key}" if len(key) >= 2 else None)
                if actor_id:
                    found.append(_mention(folded, toks, i, j, actor_id, False))
                    i = j
                    continue
        spelled = _spelled_person(toks[i].text) if toks[i].kind == "word" else None
        if spelled is not None:
            found.append(_mention(folded, toks, i, i + 1, spelled, False))
        i += 1
    return tuple(found)


def _after_title(toks: tuple[Tok, ...], i: int) -> bool:
    """Does a rank or honorific (``اللواء``, ``Gen.``) directly precede token ``i``?"""
    k = i - 1
    if k > 0 and toks[k].text == "." and toks[k - 1].text.isascii():
        k -= 1  # Gen. Haftar
    return k >= 0 and toks[k].kind == "word" and any(w in _RANKS for w in _unglued(toks[k].text))


@lru_cache(maxsize=1 << 16)
def _spelled_person(text: str) -> str | None:
    """A seed person written in a spelling the list lacks (``لغويتريس``): a word, or the word
    without a glued clitic, with the same skeleton of four consonants or more."""
    for word in _unglued(text):
        key = skeleton(word)
        if len(key) >= 4 and _seed_skeletons().get(key) in _PEOPLE:
            return _seed_skeletons()[key]
    return None


def _mention(folded: Folded, toks: tuple[Tok, ...], i: int, j: int, actor_id: str,
             adjective: bool) -> ActorMention:
    start, end = folded.span(toks[i].start, toks[j - 1].end)
    k = _title_before(toks, i) if not adjective else i
    title = None
    title_start = start
    if k < i:
        title_start, title_end = folded.span(toks[k].start, toks[i - 1].end)
        title = light(folded.original[title_start:title_end])
    return ActorMention(start, end, folded.original[start:end], actor_id, title, title_start, adjective)


def is_title_word(word: str) -> bool:
    """Is a folded word a title, a qualifier of one or a country's adjective (``الرئيس``,
    ``التركي``): a word that may stand before a person's name?"""
    table, _ = _names()
    return any(w in _TITLES or w in _QUALIFIERS or table.get((w,), ("", False))[1] for w in _unglued(word))


def is_person(actor_id: str) -> bool:
    """Is ``actor_id`` a person (a seed person, or a name read after a title)?"""
    return actor_id in _PEOPLE or actor_id.startswith("name:")


def part_of(actor_id: str) -> str:
    """The actor ``actor_id`` belongs to in a question of who acted (itself when none)."""
    return PART_OF.get(actor_id, actor_id)


def with_parent_bodies(ids: tuple[str, ...]) -> tuple[str, ...]:
    """Body ids with the bodies they are an office of (:data:`PARENT_BODY`)."""
    return tuple(dict.fromkeys([*ids, *(PARENT_BODY[i] for i in ids if i in PARENT_BODY)]))


def same_side(a: str, b: str) -> bool:
    """Do two actor ids name one side (the same actor, or one a part of the other)?"""
    return a == b or part_of(a) == b or part_of(b) == a or part_of(a) == part_of(b)


class ActorBook:
    """Aliases learned from a corpus: titled names (``name:<skeleton>`` ids) one skeleton edit
    apart that fill the same place in sentences of one group are one actor.

    The book is owned by the comparison of a run (:func:`crosscheck.compare.compare`): it
    learns from the run's sentence groups and resolves the ids of its claims (:meth:`applied`).
    """

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}

    def learn(self, groups: list[list[list[str]]]) -> ActorBook:
        """Learn from groups of sentences, each sentence given as its actor ids."""
        for sentences in groups:
            for a, b in itertools.combinations(sentences, 2):
                only_a, only_b = set(a) - set(b), set(b) - set(a)
                if len(only_a) == 1 and len(only_b) == 1:
                    x, y = only_a.pop(), only_b.pop()
                    if x.startswith("name:") and y.startswith("name:") and one_edit(x[5:], y[5:]):
                        self.aliases[max(x, y)] = self.resolve(min(x, y))
        return self

    def learn_texts(self, groups: list[list[str]]) -> ActorBook:
        """:meth:`learn` from groups of sentence texts (their actors read here)."""
        return self.learn([[[m.actor_id for m in actors_in(text)] for text in texts] for texts in groups])

    def applied(self, claim: Claim) -> Claim:
        """``claim`` with its actor ids (``actors``, and ``who`` of a role or framing) resolved."""
        if not self.aliases:
            return claim
        who = self.resolve(claim.who) if claim.who and claim.claim_type in ACTOR_CLAIM_TYPES else claim.who
        return replace(claim, actors=tuple(dict.fromkeys(self.resolve(a) for a in claim.actors)), who=who)

    def resolve(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.aliases and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.aliases[actor_id]
        return actor_id


#: Words that name a person's armed followers (``قوات حفتر``, ``مليشيات حفتر``, ``Haftar's
#: forces``): how an outlet names them is framing, as its title for the person is.
_FORCES = frozenset(fold_word(w) for w in """قوات القوات مليشيات ميليشيات مليشيا ميليشيا مقاتلو
    مقاتلي عناصر مرتزقة forces militias militia fighters troops army mercenaries""".split())


@dataclass(frozen=True)
class Naming:
    """How a text names an actor: ``descriptor`` (``المشير``, ``مليشيات``), as written, for
    ``actor`` (an actor id, or ``<id>:forces`` for a person's armed followers); ``start``/
    ``end`` span the descriptor and the name."""

    actor: str
    descriptor: str
    start: int
    end: int


def namings_in(text: str) -> list[Naming]:
    """The titles, epithets and force names ``text`` gives people (``الجنرال الانقلابي خليفة
    حفتر``, ``مليشيات حفتر``, ``الجيش الوطني الليبي``)."""
    folded, toks = folded_tokens(text)
    out = []
    for mention in actors_in(text):
        if mention.title and is_person(mention.actor_id) and not mention.actor_id.startswith("name:"):
            out.append(Naming(mention.actor_id, _bare(mention.title), mention.title_start, mention.end))
        leader = PART_OF.get(mention.actor_id)
        if leader in _PEOPLE:  # the Libyan National Army is Haftar's forces, so named
            out.append(Naming(f"{leader}:forces", light(mention.name), mention.start, mention.end))
        if is_person(mention.actor_id) and not mention.actor_id.startswith("name:"):
            force = _force_word(text, mention)
            if force is not None:
                start, word = force
                out.append(Naming(f"{mention.actor_id}:forces", _bare(word), start, mention.end))
    return out


def _bare(descriptor: str) -> str:
    """A descriptor without a glued conjunction or preposition (``وقوات`` -> ``قوات``,
    ``للقائد العسكري`` -> ``القائد العسكري``), so one outlet's words are told apart by meaning."""
    first, _, rest = descriptor.partition(" ")
    known = _TITLES | _QUALIFIERS | _FORCES
    if fold_word(first) not in known:
        for clitic in _CLITICS:
            remainder = first[len(clitic):]
            if not first.startswith(clitic) or len(remainder) < 2:
                continue
            if clitic == "لل" and fold_word("ال" + remainder) in known:
                first = "ال" + remainder
                break
            if fold_word(remainder) in known:
                first = remainder
                break
    return f"{first} {rest}".strip()


def _force_word(text: str, mention: ActorMention) -> tuple[int, str] | None:
    """The force word right before a person's name (``مليشيات حفتر``) or after an English
    possessive (``Haftar's militias``): (where the phrase starts, the word as written)."""
    word = re.search(r"(\w+)\s+$", text[max(0, mention.title_start - 20):mention.title_start])
    if word and _unglued_in(fold_word(word.group(1)), _FORCES):
        return mention.title_start - len(word.group(0)), light(word.group(1))
    possessive = re.match(r"['’]s\s+(\w+)", text[mention.end:mention.end + 20])
    if possessive and fold_word(possessive.group(1)) in _FORCES:
        return mention.start, light(possessive.group(1))
    return None


def _unglued_in(word: str, words: frozenset[str]) -> bool:
    return any(w in words for w in _unglued(word))
