"""The project's own verdict on two short texts (agree, disagree, other), for evaluation on
headline pairs (``crosscheck eval ans``): claims read from both are compared, then negation and
shared words decide."""
from __future__ import annotations

from ..claims.extract import sentence_claims
from ..compare import NUMERIC_TYPES, compare_claims
from ..models import Claim, Sentence
from ..text.normalize import content_words, normalize, word_overlap


_NEGATIONS = frozenset(normalize(w) for w in (
    "لم لن لا ليس ليست لسنا غير نفى نفت ينفي تنفي عدم دون ينفى نفي كذب تكذيب يكذب"
    " not no never denies denied deny false").split())


def _negated(text: str) -> bool:
    return any(w in _NEGATIONS for w in normalize(text).split())


def pair_verdict(text_a: str, text_b: str, *, related: float = 0.2) -> str:
    """Does ``text_b`` agree with, disagree with, or say something other than ``text_a``?

    The project's own comparison on two short texts: claims read from both are compared
    (a conflict is ``disagree``); otherwise one text negated and the other not is
    ``disagree``; texts sharing less than ``related`` of their content words are ``other``.
    """
    a = _text_claims(text_a, "a")
    b = _text_claims(text_b, "b")
    found = compare_claims(a + b)
    if any(f.kind == "contradiction" for f in found):
        return "disagree"
    if _shared_share(text_a, text_b) < related and not found:
        return "other"
    if _negated(text_a) != _negated(text_b):
        return "disagree"
    return "agree"


def _text_claims(text: str, name: str) -> list[Claim]:
    sentence = Sentence(name, name, 0, 0, len(text), text, normalize(text))
    return [c for c in sentence_claims(sentence, None) if c.claim_type in NUMERIC_TYPES]


def _shared_share(a: str, b: str) -> float:
    return word_overlap(content_words(normalize(a)), content_words(normalize(b)))
