"""Who a sentence attributes its claim to.

:func:`attribution_in` returns the source phrase as written (a few words, lightly normalised:
marks, tatweel and quotes removed, leading ``the``/``a`` dropped), or None. Patterns, the
earliest in the sentence wins:

    * reporting verb + source: ``قال قائد عسكري إن`` -> قائد عسكري; ``ذكر صحفي من رويترز أن``
      -> صحفي من رويترز; ``وأعلنت الأمم المتحدة، الثلاثاء، أنها`` -> الأمم المتحدة;
      ``نقلت قناة العربية عن حفتر`` -> قناة العربية عن حفتر. The source ends at
      ``إن``/``أن``, a colon, a quote, a comma, a time word, ``لـ``, ``على``, ``خلال``, or
      ``في``/``من`` + بيان، تصريح، مؤتمر، وقت...; before a number word, a word of
      approximation (``بنحو``), or, after a definite word, a derived verbal noun (``أعلنت
      وزارة الصحة انتشال``: what is announced); at most six words.
    * a verb that changes a tally + its subject, when the tally follows it: ``رفعت وزارة
      الصحة حصيلة القتلى`` -> وزارة الصحة; ``عدلت الهيئة حصيلتها`` -> الهيئة.
    * ``كان مصدر عسكري قد قال`` -> مصدر عسكري.
    * a sentence that opens on its subject: ``الصليب الأحمر اللبناني أعلن`` -> الصليب الأحمر
      اللبناني (a definite noun phrase of at most five words right before the verb).
    * بحسب/حسب/وفقا لـ/نقلا عن + source (``بحسب ما أفاد مصدر أمني في طرابلس`` -> مصدر أمني
      في طرابلس); after بحسب/حسب/وفقا only a source noun is accepted (``حسب الخطة`` is not a
      source).
    * source + ``لقناة/لصحيفة/لوكالة/لموقع`` + outlet (``مصادر لقناة "العربية" إن``).
    * ``بحسب حصيلة لـ`` + body: the body (``بحسب حصيلة لوكالة فرانس برس``).
    * English: ``according to X``, ``X said/told/announced`` (a bracketed acronym between
      them skipped: ``the agency (AFAD) said``), ``..., said X``; a tally verb
      only with a tally after it (``X gave a toll of``, ``X revised its count to``, ``which
      X put at 6.8``); a name set off by commas before the verb (``the UN aid office, OCHA,
      said``); an aside that names who relayed it skipped (``the agency, as per a daily,
      said``, ``, citing``, ``, quoting``).

A verb with no named subject (``وأضاف:``, ``قال إن``) is not an attribution.
"""
from __future__ import annotations

import re

from crosscheck.claims import _lexicon as lex
from crosscheck.claims._numwords import is_arabic_number_word
from crosscheck.claims._text import Folded, Tok, fold_word, folded_tokens, light

_MAX_WORDS = 7


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in text.split())


_VERBS = _words("""
    قال قالت أفاد أفادت ذكر ذكرت أعلن أعلنت أكد أكدت أوضح أوضحت صرح صرحت أشار أشارت أضاف أضافت
    كشف كشفت نقل نقلت زعم زعمت نفى نفت قالوا أفادوا ذكروا أعلنوا أكدوا رجح رجحت قدر قدرت قدروا
    قدرها قدرتها قدره قدرته أورد أوردت
""")
_NAQL = _words("نقل نقلت")
#: "تحدثت مصادر طبية عن 30 قتيلا" (spoke of): a source only when عن follows it; "تحدث هزات"
#: is "tremors occur".
_SPOKE_OF = _words("تحدث تحدثت تحدثوا")
#: Verbs that change a tally (``رفعت وزارة الصحة حصيلة القتلى إلى 50``, ``خفضت السلطات عدد
#: القتلى``): a report of the figure only when a tally noun ends their subject.
_AR_TALLY_VERBS = _words("رفع رفعت خفض خفضت عدل عدلت حدث حدثت")
_AR_TALLIES = _words("حصيلة الحصيلة حصيلتها حصيلته عدد تقديرات تقديراتها تقديرها الرقم")
#: Verbs a verb-first source follows (:func:`_verb_first`).
_VERB_FIRST = _VERBS | _AR_TALLY_VERBS | _SPOKE_OF
_ACCORDING = _words("بحسب حسب وفقا وفق طبقا")
_QUOTING = _words("نقلا")
#: ``حسب`` alone also means "depending on" (``حسب المجريات الميدانية``): only a known source
#: head follows it as a source.
_DEPENDING = _words("حسب")
_STOP = _words("""
    إن أن ان إنه أنه انه إنها أنها انها إنهم أنهم بأن بان بأنه بانه بأنها بانها بأنهم بانهم إنّ على خلال عبر أمس اليوم مساء صباح
    فجر ظهر ليل قائلا مؤكدا مضيفا نقلا أيضا كذلك منذ فإن فان فيه فيها فيما به بها له لها لهم عنه عنها منه منها
    سابقا لاحقا مؤخرا رسميا
    اليوم إلى الى إلي الذي التي الذين مع that who which on in at during after before yesterday today
""") | frozenset(w for (w,) in lex.WEEKDAYS)
#: What an announcement announces (``أعلنت الوزارة مقتل 120``): the source ends before it.
_EVENT_NOUNS = _words("مقتل إصابة اصابة ارتفاع انخفاض وفاة سقوط استشهاد تسجيل مصرع إنقاذ اعتقال نزوح عن"
                      " الحصيلة حصيلة عدد العدد قوة شدة غرق وقوع حدوث تحطم") | lex.QUAKE_NOUNS
_CONTEXT_NOUNS = _words("بيان تصريح تصريحات مؤتمر وقت تغريدة حديث مقابلة رسالة كلمة لقاء اتصال")
_SOURCE_HEADS = _words("""
    مصدر مصادر المصدر المصادر وكالة قناة صحيفة موقع بيان المتحدث متحدث الناطق ناطق مسؤول مسؤولون
    مسؤولين المسؤول شهود شاهد مراسل تقرير تقارير الأمم منظمة وزارة الجيش الحكومة رويترز فرانس
    الأناضول الجزيرة العربية البعثة المرصد الهلال سكان مصدرا
""")
_ORG_NOUNS = _words("حكومة قوات حركة تنظيم جماعة مجلس حزب قناة صحيفة وكالة موقع كتيبة لواء غرفة تحالف جيش")
_QUOTES = frozenset('"«»“”')
_OUTLET_NOUNS = _words("لقناة لصحيفة لوكالة لموقع لتلفزيون لإذاعة")
#: Verbs that report a figure only with a tally after them: "X put the toll at 45" (not "X
#: put up tents"), "X gave a toll of 45", "X revised its count to 45".
_TALLY_VERBS = frozenset("put gave give gives revised revises raised raises lowered lowers updated updates"
                         " measured rated".split())
_EN_VERBS = frozenset("said says say told stated announced announce announces reported added claimed claim claims"
                      " confirmed confirm confirms estimated estimate estimates".split()) | _TALLY_VERBS
_CLAIM_VERBS = frozenset("claimed claim claims".split())
#: What a tally verb reports: "X put the toll at 45", "put its estimate at".
_PUT_OBJECTS = frozenset("toll figure figures number tally death count estimate estimates total"
                         " magnitude quake earthquake tremor".split())
#: Words that end an English source read backwards from its verb; a form of "be" before the
#: verb makes it a passive ("60 workers are confirmed missing"), not a speaker.
_EN_STOP = frozenset('that and but which who when while as " , . ; : ( ) - he she they it we'
                     ' is are was were be been being though although whereas because unless'.split())
#: Adverbs and auxiliaries between a speaker and the verb ("the official also said", "has said").
_EN_BEFORE_VERB = frozenset("also later earlier then previously initially originally first now still had has have"
                            .split())
_EN_JOINERS = frozenset("- ' ’".split())
#: Adverbs that open a sentence before its speaker ("Later the minister said", "Meanwhile,
#: the army said"): not part of the source.
_EN_OPENERS = _EN_BEFORE_VERB | frozenset("meanwhile however separately now yesterday today".split())
_PRONOUNS = frozenset("he she they it we i you".split())


def _span(folded: Folded, words: list[Tok]) -> tuple[int, int] | None:
    """Where the source words lie in the text as given, a leading ``the``/``a`` left out."""
    while words and words[0].text in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    return folded.span(words[0].start, words[-1].end)


def _quoted_name(toks: list[Tok], n: int, words: list[Tok]) -> int | None:
    """``حكومة "الوفاق"``: a short quoted name after an organisation noun; index after it."""
    if not words or not (words[-1].text in _ORG_NOUNS or words[-1].text[1:] in _ORG_NOUNS):
        return None
    for end in (n + 2, n + 3):
        if end < len(toks) and toks[end].text in _QUOTES and all(t.kind == "word" for t in toks[n + 1:end]):
            return end + 1
    return None


def _source_after(toks: list[Tok], k: int, allow_an: bool = False) -> list[Tok]:
    """The Arabic source phrase starting at token ``k``."""
    words: list[Tok] = []
    n = k
    while n < len(toks) and len(words) < _MAX_WORDS:
        tok = toks[n]
        if tok.text in _QUOTES and (after := _quoted_name(toks, n, words)) is not None:
            words.extend(toks[n + 1:after - 1])
            break
        if tok.kind != "word" or tok.text in _STOP or tok.text in ("ل", "لل", "ب") or is_arabic_number_word(tok.text):
            break  # a number ends the source ("أعلنت وزارة الصحة ثلاثة وفيات")
        if words and tok.text in _EVENT_NOUNS and tok.text != "عن":
            break
        if words and (_is_bound(tok.text) or (words[-1].text.startswith("ال") and _is_verbal_noun(tok.text))):
            break  # what is announced: "وزارة الصحة انتشال 20 جثة", "الخسائر بنحو"
        if tok.text == "عن" and not allow_an:
            break
        if tok.text in ("في", "من") and n + 1 < len(toks) and toks[n + 1].text in _CONTEXT_NOUNS:
            break
        words.append(tok)
        n += 1
    while words and words[-1].text in ("في", "من", "عن"):
        words.pop()
    return words


#: One-word bounds of approximation (``نحو``, ``بنحو``, ``حوالي``), as the number reader knows
#: them (``lex.BOUND_BEFORE``): a figure follows, never a name.
_BOUNDS = frozenset(key[0] for key, bound in lex.BOUND_BEFORE.items() if len(key) == 1 and bound == "about")
#: Patterns of Arabic verbal nouns of the derived forms (folded): انفعال / افتعال (انتشال،
#: انسحاب، ارتفاع), استفعال (استهداف), إفعال (إعلان، إنقاذ), تفعيل (تسجيل، تدمير).
_VERBAL_NOUN = re.compile(r"^(?:ا.ت.ا.|ان..ا.|است..ا.|ا..ا.|ت..ي.)$")


def _is_bound(word: str) -> bool:
    return word in _BOUNDS or (word[:1] == "ب" and word[1:] in _BOUNDS)


def _is_verbal_noun(word: str) -> bool:
    """An indefinite word of a derived verbal noun's pattern: after a definite source
    (``وزارة الصحة``) it is what the source announces (``انتشال``), not a word of its name:
    a name's words after a definite one are definite adjectives (``الهلال الأحمر الليبي``)."""
    return not word.startswith("ال") and bool(_VERBAL_NOUN.match(word))


def _verb_first(toks: list[Tok], i: int) -> list[Tok] | None:
    """``قال قائد عسكري إن``: verb at ``i`` then the source."""
    word = toks[i].text
    verb = word if word in _VERB_FIRST else word[1:] if word[:1] in ("و", "ف") and word[1:] in _VERB_FIRST else None
    if verb is None:
        return None
    words = _source_after(toks, i + 1, allow_an=verb in _NAQL)
    if verb in _NAQL and not any(w.text == "عن" for w in words):
        return None
    if verb in _SPOKE_OF and _at_word(toks, i + 1 + len(words)) != "عن":
        return None
    if verb in _AR_TALLY_VERBS:
        words = _before_tally(toks, words)
    return words or None


def _at_word(toks: list[Tok], k: int) -> str | None:
    return toks[k].text if k < len(toks) else None


def _before_tally(toks: list[Tok], words: list[Tok]) -> list[Tok]:
    """The subject of a tally verb up to the tally it changed (``عدلت هيئة الطوارئ
    حصيلتها``: the authority; ``رفعت وكالة "سانا" حصيلة``), or nothing when no tally
    follows it."""
    for n, tok in enumerate(words):
        if tok.text in _AR_TALLIES:
            return words[:n]
    if not words:
        return []
    end = next(n for n, tok in enumerate(toks) if tok is words[-1]) + 1
    while end < len(toks) and toks[end].text in _QUOTES:
        end += 1
    return words if end < len(toks) and toks[end].text in _AR_TALLIES else []


def _head_verb(toks: list[Tok], i: int) -> list[Tok] | None:
    """``تقارير صحافية أفادت``: a source noun before an unprefixed reporting verb."""
    if not _is_source_head(toks[i].text):
        return None
    for n in range(i + 1, min(i + 4, len(toks))):
        if toks[n].text in _VERBS:
            return toks[i:n]
        if toks[n].kind != "word" or toks[n].text in _STOP:
            return None
    return None


#: Words a sentence-opening subject may have before its reporting verb (:func:`_subject_first`).
_MAX_SUBJECT = 5


def _subject_first(toks: list[Tok], i: int) -> list[Tok] | None:
    """``الصليب الأحمر اللبناني أعلن``: a sentence that opens on a definite noun phrase (one to
    five words, no stop word) right followed by an unprefixed reporting verb."""
    if i != 0 or not toks or not toks[0].text.startswith("ال"):
        return None
    for n in range(min(_MAX_SUBJECT + 1, len(toks))):
        if n and toks[n].text in _VERBS:
            return toks[:n]
        if toks[n].kind != "word" or toks[n].text in _STOP:
            return None
    return None


def _kana(toks: list[Tok], i: int) -> list[Tok] | None:
    """``وكان مصدر عسكري قد قال``: the subject between كان and the reporting verb."""
    if toks[i].text not in ("كان", "وكان", "كانت", "وكانت"):
        return None
    words: list[Tok] = []
    for n in range(i + 1, min(i + 2 + _MAX_WORDS, len(toks))):
        tok = toks[n]
        verb = toks[n + 1].text if tok.text == "قد" and n + 1 < len(toks) else tok.text
        if tok.text == "قد" or tok.text in _VERBS:
            return (words or None) if verb in _VERBS else None
        if tok.kind != "word":
            break
        words.append(tok)
    return None


def _according(toks: list[Tok], i: int) -> list[Tok] | None:
    """``بحسب ما أفاد مصدر أمني``, ``وفقا لـ المصدر``, ``نقلا عن``."""
    word = toks[i].text
    quoting = word in _QUOTING or (word[:1] == "و" and word[1:] in _QUOTING)
    if quoting and i + 1 < len(toks) and toks[i + 1].text == "عن":
        return _source_after(toks, i + 2) or None
    if word not in _ACCORDING and not (word[:1] == "و" and word[1:] in _ACCORDING):
        return None
    k = i + 1
    if k < len(toks) and toks[k].text in ("ل", "لل"):
        k += 1
    if k + 1 < len(toks) and toks[k].text in ("ما", "لما") and _reports(toks[k + 1].text):
        return _source_after(toks, k + 2) or None
    if k + 1 < len(toks) and toks[k].text in _NOT_BODIES and (body := _of_body(toks, k + 1)):
        return body  # "بحسب حصيلة لوكالة فرانس برس": the tally is the agency's
    if k < len(toks) and (_is_source_head(toks[k].text) or (word not in _DEPENDING and _named_body(toks, k))):
        return _source_after(toks, k) or None
    return None


def _of_body(toks: list[Tok], k: int) -> list[Tok] | None:
    """The body after a glued ``لـ`` at ``k`` (``لوكالة فرانس برس``, ``للأمم المتحدة``), read
    as :func:`_is_source_head` reads the word, when it names one; None for a time or a year
    (``لليوم الثالث``, ``لعام 2015``)."""
    tok = toks[k]
    word = _without_li(tok.text) if tok.kind == "word" and len(tok.text) >= 3 else None
    if word is None:
        return None
    read = [*toks[:k], Tok(tok.kind, word, tok.start, tok.end), *toks[k + 1:]]  # the span keeps لـ (_drop_li)
    if not (_is_source_head(word) or _named_body(read, k)):
        return None
    return _source_after(read, k) or None


def _reports(word: str) -> bool:
    """A reporting verb, also with the pronoun of what it reported (``أعلنته``, ``ذكرتها``)."""
    return word in _VERBS or any(word.endswith(p) and word[:-len(p)] in _VERBS for p in ("ه", "ها"))


def _named_body(toks: list[Tok], k: int) -> bool:
    """A definite noun phrase after بحسب/وفق names who says it, whatever the noun: ``وفق جهاز
    الإسعاف البحري`` (nouns before a definite one), ``بحسب السلطات``."""
    word = toks[k].text
    if toks[k].kind != "word" or word in _STOP or word in _EVENT_NOUNS or word in _NOT_BODIES:
        return False
    chain = [t.text for t in toks[k + 1:k + 3] if t.kind == "word"]
    return word.startswith("ال") or any(w.startswith("ال") for w in chain)


#: Definite nouns after بحسب that name no body: a toll, a count, the course of events.
_NOT_BODIES = _words("الحصيلة حصيلة الأرقام الأرقام الإحصاءات المجريات التطورات الظروف الحاجة التقديرات")


def _is_source_head(word: str) -> bool:
    readings = [word, _without_li(word)]
    return any(w and (w in _SOURCE_HEADS or (w.startswith("ال") and w[2:] in _SOURCE_HEADS)) for w in readings)


def _without_li(word: str) -> str | None:
    """A word read without a glued ``لـ`` (``للأمم`` -> ``الأمم``, ``لوكالة`` -> ``وكالة``),
    or None when none is glued."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word.startswith("ل") else None


def _outlet(toks: list[Tok], i: int) -> list[Tok] | None:
    """``مصادر لقناة "العربية" إن``: source head then ``ل`` + outlet."""
    if not _is_source_head(toks[i].text) or i + 1 >= len(toks) or toks[i + 1].text not in _OUTLET_NOUNS:
        return None
    words = [toks[i], toks[i + 1]]
    for tok in toks[i + 2:i + 5]:
        if tok.kind == "punct" and tok.text in '"«»“”':
            continue
        if tok.kind != "word" or tok.text in _STOP:
            break
        words.append(tok)
    return words


def _en_according(toks: list[Tok], i: int) -> list[Tok] | None:
    """``according to X``."""
    if toks[i].text != "according" or i + 2 >= len(toks) or toks[i + 1].text != "to":
        return None
    words = []
    for tok in toks[i + 2:i + 2 + _MAX_WORDS]:
        if tok.kind != "word" or tok.text in _EN_STOP:
            break
        words.append(tok)
    return words or None


def _en_said(toks: list[Tok], i: int) -> list[Tok] | None:
    """``X said`` (X read backwards) or ``..., said X``."""
    if toks[i].text not in _EN_VERBS:
        return None
    if toks[i].text in _TALLY_VERBS and not _reports_tally(toks, i):
        return None
    if toks[i].text in _CLAIM_VERBS and any(t.text == "lives" for t in toks[i + 1:i + 7]):
        return None  # "the quake has claimed the lives of 2,300": it took them, it reports nothing
    if toks[i].text in _CLAIM_VERBS and i + 1 < len(toks) and toks[i + 1].text == "by":
        return None  # "the bombing, claimed by a militant group, killed 14": who did it, not who says
    if i > 0 and toks[i - 1].text in ("a", "an", "the"):
        return None  # "left an estimated $4 million in damage": an adjective, no verb
    if i + 1 < len(toks) and toks[i + 1].text in _EN_VERBS and toks[i].text.endswith("s"):
        return None  # "unofficial estimates put the toll at": a noun, the verb comes next
    words: list[Tok] = []
    back = i
    while back > 0 and toks[back - 1].text in _EN_BEFORE_VERB:  # "the official also said"
        back -= 1
    back = _before_brackets(toks, _before_relay(toks, back))  # "the disaster agency (AFAD) put the toll at"
    for tok in reversed(toks[max(0, back - _MAX_WORDS):back]):
        if tok.text in _EN_JOINERS and words:  # "rebel-run", "Norway's"
            words.insert(0, tok)
            continue
        if tok.kind != "word" or tok.text in _EN_STOP:
            break
        words.insert(0, tok)
    while words and (words[0].text in _EN_JOINERS or words[0].text in _EN_OPENERS):
        words = words[1:]  # "Later the minister said": the adverb opens the sentence, not the name
    if words and not (len(words) == 1 and words[0].text in _PRONOUNS):
        return words
    if i > 1 and toks[i - 1].text == ",":
        named = _name_before(toks, i - 1) or _title_aside(toks, i - 1)
        if named:
            return named  # "The port director, Samir Haddad, said ...": the appositive name
    if i > 0 and toks[i - 1].text in (",", '"', "”"):
        after = []
        for tok in toks[i + 1:i + 1 + _MAX_WORDS]:
            if tok.kind != "word" or tok.text in _EN_STOP:
                break
            after.append(tok)
        return after or None
    return None


#: First words of an aside that names who relayed a statement (``, as per X,``, ``, citing X,``).
_EN_RELAY = (("as", "per"), ("citing",), ("quoting",))


def _before_relay(toks: list[Tok], k: int) -> int:
    """Where an aside set off by commas that ends right before index ``k`` opens when it
    names who relayed the statement (``the survey, as per a London daily, said``: the
    speaker stands before it), else ``k``."""
    if k < 1 or toks[k - 1].text != ",":
        return k
    for n in range(k - 2, max(-1, k - 3 - _MAX_WORDS), -1):
        if toks[n].text == ",":
            opening = tuple(t.text for t in toks[n + 1:n + 3])
            return n if any(opening[:len(relay)] == relay for relay in _EN_RELAY) else k
    return k


def _before_brackets(toks: list[Tok], k: int) -> int:
    """Where a short bracketed aside that ends right before index ``k`` opens (``agency
    (AFAD) said``: the name stands before it), else ``k``."""
    if k < 1 or toks[k - 1].text != ")":
        return k
    for n in range(k - 2, max(-1, k - 2 - _MAX_WORDS), -1):
        if toks[n].text == "(":
            return n
        if toks[n].kind != "word":
            break
    return k


def _reports_tally(toks: list[Tok], i: int) -> bool:
    """Is the tally verb at ``i`` followed by a tally ("put the toll at", "gave a toll of",
    "revised its count", "measured the quake at"), or by "at" with the figure itself ("which
    the survey put at 6.8", "put it at 7")?"""
    after = []
    for tok in toks[i + 1:i + 4]:
        if tok.kind == "num":
            break  # "the tremor measured 6.1 magnitude": the figure comes first, no one reports it
        after.append(tok.text)
    return bool(set(after) & _PUT_OBJECTS) or after[:1] == ["at"] or after[:2] == ["it", "at"]


def _name_before(toks: list[Tok], k: int) -> list[Tok]:
    """Capitalised words right before index ``k`` (a name set off by commas): two at least,
    or one set off by a comma on each side."""
    words: list[Tok] = []
    for tok in reversed(toks[max(0, k - _MAX_WORDS):k]):
        if tok.kind != "word" or not tok.upper or tok.text in _EN_STOP:
            break
        words.insert(0, tok)
    set_off = len(words) == 1 and k - 2 >= 0 and toks[k - 2].text == ","  # "the UN's aid office, OCHA, said"
    return words if len(words) >= 2 or set_off else []


def _title_aside(toks: list[Tok], k: int) -> list[Tok]:
    """The title set off by commas after a person's name (two capitalised words at least),
    right before index ``k`` (``Omar Said, the health minister in the eastern government,
    said``): it says whose figure it is. After a place ("Turkey, the country worst hit,
    said") it is no title."""
    for c in range(k - 1, max(0, k - _MAX_WORDS - 2), -1):
        if toks[c].text == ",":
            aside = toks[c + 1:k]
            if c > 1 and toks[c - 1].upper and toks[c - 2].upper and aside and aside[0].text in ("the", "a", "an") \
                    and all(t.kind == "word" or t.text in _EN_JOINERS for t in aside):
                return aside[1:]
            return []
    return []


def _drop_li(source: str) -> str:
    """``لمصادر طبية`` -> ``مصادر طبية``, ``للمصدر`` -> ``المصدر`` (after وفقا/طبقا)."""
    if source.startswith("لل"):
        return "ال" + source[2:]
    head = fold_word(source.split()[0])
    if source.startswith("ل") and (head[1:] in _SOURCE_HEADS):
        return source[1:]
    return source


_READERS = (_according, _outlet, _kana, _head_verb, _subject_first, _verb_first, _en_according, _en_said)


def _acronyms(folded: Folded, toks: list[Tok]) -> list[Tok]:
    """Tokens with an acronym written in capitals kept apart from the word it folds to
    (``WHO`` is a body, not ``who``)."""
    out = []
    for tok in toks:
        start, end = folded.span(tok.start, tok.end)
        written = folded.original[start:end]
        if tok.text in _EN_STOP and len(written) > 1 and written.isupper():
            tok = Tok(tok.kind, written, tok.start, tok.end)
        out.append(tok)
    return out


def attribution_in(text: str) -> str | None:
    """The source a sentence attributes its claim to.

    Args:
        text: One sentence (Arabic or English).

    Returns:
        The source phrase, lightly normalised (``مصدر أمني في طرابلس``, ``military source``),
        or None when the sentence names no source.
    """
    return next((phrase for phrase, _ in _sources(text)), None)


def source_span(text: str, source: str) -> tuple[int, int] | None:
    """Where in ``text`` (offsets into it as given) the source phrase ``source`` is named,
    as :func:`attribution_in` read it from ``text`` or from one of its clauses; None when
    it is not named there."""
    found = next((span for phrase, span in _sources(text) if phrase == source), None)
    if found is None and source in text:
        start = text.index(source)
        found = (start, start + len(source))
    return found


def _sources(text: str):
    """Each source phrase the readers find in ``text``, earliest first, with its span."""
    folded, toks = folded_tokens(text)
    toks = _acronyms(folded, toks)
    for i in range(len(toks)):
        for reader in _READERS:
            words = reader(toks, i)
            span = _span(folded, words) if words else None
            found = light(folded.original[span[0]:span[1]]) if span else None
            if found and reader is _according:
                found = _drop_li(found)
            if found:
                yield found, span
