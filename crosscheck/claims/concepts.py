"""What a count counts, as one key in both languages (``Claim.concept``), read once when the
claim is made: ``جسور``, ``bridges`` and ``bridge`` are all ``bridge``, ``طفل`` and ``child``
are ``people:children``, so an English wire's count meets an Arabic one. A counted noun not
in the tables is its own key (normalised).
"""
from __future__ import annotations

from functools import lru_cache

from crosscheck.claims._lexicon import WHO
from crosscheck.claims.actors import nationality_of
from crosscheck.text.normalize import normalize

#: Counted things named in both languages.
_CONCEPTS = {normalize(w): concept for concept, words in {
    "bridge": "جسر جسور bridge", "building": "مبنى مبان مباني بناء بناية بنايات أبنية ابنية building",
    "house": "منزل منازل بيت بيوت house home", "vehicle": "آلية آليات مركبة مركبات vehicle",
    "rocket": "صاروخ صواريخ rocket missile misfire", "air strike": "ضربة جوية غارة غارات air strike airstrike",
    "drone": "مسيرة مسيرات drone", "tank": "دبابة دبابات tank", "weapon": "سلاح أسلحة قطعة سلاح weapon",
    "school": "مدرسة مدارس school", "hospital": "مستشفى مستشفيات hospital",
    "ship": "سفينة سفن قارب قوارب ship boat", "aircraft": "طائرة طائرات aircraft plane",
    "family": "عائلة عائلات أسرة أسر family", "country": "دولة دول country",
    "aftershock": "aftershock", "day": "يوم أيام day", "hour": "ساعة ساعات hour", "month": "شهر أشهر شهور month",
    "year": "عام أعوام سنة سنوات year",
}.items() for w in words.split()}
_CONCEPTS.update({normalize(p): c for p, c in (
    ("قطعة سلاح", "weapon"), ("ضربة جوية", "air strike"), ("طائرة مسيرة", "drone"),
    ("هزة ارتدادية", "aftershock"),
    ("air strike", "air strike"))})
#: People named in both languages (``طفل`` and ``child`` are ``people:children``), from the
#: reader's table of whom a count of people counts.
_PEOPLE = {normalize(lemma): f"people:{who}" for lemma, who in WHO.items()}
#: Keys of time units: a count of them is an age, a term or a time, not an event's figure.
DURATIONS = frozenset({"day", "hour", "month", "year"}) | frozenset(normalize(w) for w in (
    "week minute second time season مرة أسبوع دقيقة دقائق ثانية ثوان ثواني موسم مواسم").split())
#: Keys of things named in both languages (bridges, rockets): they say what is measured.
THINGS = frozenset(_CONCEPTS.values()) - DURATIONS


@lru_cache(maxsize=1 << 14)
def concept_of(counted: str | None) -> str | None:
    """The key of a counted noun (``جسور`` -> ``bridge``; a nationality, ``مصري`` or
    ``Egyptian``, -> ``nationals:egypt``; people, ``أطفال`` or ``children``, ->
    ``people:children``); None when nothing is counted."""
    if not counted:
        return None
    norm = normalize(counted)
    if norm not in _CONCEPTS and (country := nationality_of(counted)):
        return f"nationals:{country}"
    return _CONCEPTS.get(norm) or _PEOPLE.get(norm, norm)


def is_thing(concept: str | None) -> bool:
    """Does the key say what is counted in both languages (bridges, rockets, Egyptians)?"""
    return concept in THINGS or (concept or "").startswith("nationals:")
