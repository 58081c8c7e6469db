"""How a sentence reports a figure: its time role, its status, and which event it belongs to.

A figure an outlet quotes is not always a figure it asserts for now. Read from the words of
the figure's own clause (the stretch between clause breaks around it):

* **time role**: ``current``; ``earlier`` (``في وقت سابق``, ``earlier``, ``up from``, ``وكان
  ... قد``, the first number of ``من 52 إلى 57`` / ``from 52 to 57``); ``background`` (another
  event: a past year in the clause, ``آنذاك``, ``at the time``); ``projected`` (``قد يصل``,
  ``could reach``, ``feared``, ``expected``, ``expectations of``; a figure its own words call
  a requirement, ``67 votes, was needed``).
* **status**: ``asserted``; ``withdrawn`` (``وليس 65``, ``not 65 as originally reported``);
  ``denied`` (``نفى``, ``denied``: the figure is the one being rejected).
* **running**: the wording presents the figure as a point of a count still changing
  (``ارتفعت الحصيلة إلى``, ``rose to``, ``reached``, ``so far``, ``حتى الآن``).
* **event**: None for the story's main event; ``second`` for another occurrence of the same
  kind (``زلزال آخر بقوة 5.9``, ``a second quake``, ``another explosion``), ``aftershock``.
* **period**: the window a tally is counted over (``خلال يوليو``, ``over the past three
  weeks``, ``since the start of``); a toll with one is another slot than an incident's
  (``claims.extract`` makes it the event ``period:<window>``); a rate (``900 deaths a day``,
  ``يوميا``) is the window ``per day`` (``per week``...).

Each reading keeps the words that decided it (``cue``), so the report can show why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.text.normalize import normalize


@dataclass(frozen=True)
class Reporting:
    """How a figure is reported; ``cue`` is the phrase that decided a non-default reading;
    ``period`` the window a tally is counted over (``خلال يوليو الماضي``, ``since October 7``)."""

    time_role: str = "current"
    status: str = "asserted"
    event: str | None = None
    cue: str | None = None
    running: bool = False
    period: str | None = None


def _phrases(text: str) -> re.Pattern:
    """A pattern of whole phrases (``|``-separated), matched on normalised text; a glued
    ``و``/``ف`` may lead (``ونفت``)."""
    forms = sorted({normalize(f) for f in text.split("|")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


_EARLIER = _phrases(
    "في وقت سابق|وفي وقت سابق|سابقا|في حصيلة سابقة|الحصيلة السابقة|حصيلة سابقة|earlier|earlier today"
    "|previously|initially|originally|had earlier|the previous|an earlier|up from|compared with"
    "|بعد أن كان|بعد أن كانت|مقارنة ب|مقارنة مع")
#: A moment told relative to the event (``during the first hours after a collapse``,
#: ``within minutes of the landslide``, ``في الساعات الأولى``): a figure of that moment, quoted later.
_SHORTLY_AFTER = re.compile(
    r"(?<!\w)(?:in|within|during)\s+(?:the\s+)?(?:just\s+)?(?:over\s+|about\s+|less than\s+)?"
    r"(?:an?\s+|the\s+first\s+|\d+\s+|a few\s+)?(?:hour|hours|minutes)\s+(?:of|after)(?!\w)"
    r"|(?<!\w)(?:في|خلال)\s+(?:ال)?ساعات\s+(?:ال)?اولي(?!\w)")
#: An earlier incident of the kind named before the figure ("An earlier attack on the base
#: left 270 dead", "a similar bombing in July killed seven", "هجوم سابق", "غارة مماثلة"): its
#: toll is background, not a figure of this one. Attacks only ("the earlier quake" of a
#: sequence is the story's own event), and not "another" or "separate" ones, which may be
#: the story's own ("two separate bombings killed 40").
_OTHER_INCIDENT = re.compile(
    r"(?<!\w)(?:earlier|previous|prior|similar)\s+(?:\w+\s+)?(?:attacks?|bombings?|raids?|assaults?"
    r"|(?:air|drone|missile)\s*strikes?|shootings?|massacres?|ambush(?:es)?)(?!\w)"
    r"|(?<!\w)[وف]?(?:ال)?(?:هجوم|هجمات|تفجير|غاره|غارات|اعتداء|كمين|مجزره)\s+(?:\w+\s+)?"
    r"(?:ال)?(?:سابق|سابقه|مماثل|مماثله)(?!\w)")
_HAD = re.compile(r"(?<!\w)و?(?:كان|كانت)(?!\w).*(?<!\w)قد(?!\w)")
_BACKGROUND = _phrases("آنذاك|حينها|حينذاك|وقتها|at the time|back then")
_PROJECTED = _phrases(
    "قد يصل|قد ترتفع|قد يرتفع|مرشح|مرشحة|يتوقع|تتوقع|توقع|توقعت|توقعوا|توقعات|من المتوقع|يخشى|يعتقد أن|يرجح أن"
    "|could|may|might"
    "|expected|feared|fear|projected|likely to|estimated to reach|could reach")
#: A forecast the figure is ("beating expectations of 200,000 jobs", "forecast at 3%"): the
#: words end right before the figure ("the long-anticipated offensive killed 40" is none).
_FORECAST = re.compile(r"(?<!\w)(?:expectations|forecasts?|predictions?)\s+(?:of|for)(?:\s+\w+){0,3}\s*$"
                       r"|(?<!\w)(?:predicted|anticipated|forecast)\s+(?:to\s+(?:be|reach)|at)\s*$")
#: A figure that is a requirement, not a count of what is ("two-thirds, or 67 votes, was
#: needed to convict", "N signatures are required"): said right after it and its noun, with
#: nothing else between ("surgery was needed for many" and "residents are required to
#: leave" are none).
_NEEDED_AFTER = re.compile(r"^\s*(?:\w+)?\s*,?\s*(?:was|were|is|are|would be|will be)\s+"
                           r"(?:needed|required(?!\s+to\s))(?!\w)")
#: A fear or a belief the figure's own words state ("hundreds feared dead", "about 60 people
#: are believed to have drowned", "dozens are still thought to be trapped"): not yet known.
_FEARED_AFTER = re.compile(r"^\s*(?:(?!(?:and|or|but|who|that|which|many|more|dozens|others)\s)[^\W\d]+\s+){0,2}?"
                           r"(?:(?:are|were|is|was)\s+)?(?:still\s+|now\s+)?"
                           r"(?:feared|believed|presumed|thought)(?:\s+to\s+(?:be|have)(?:\s+been)?)?(?:\s+still)?\s+"
                           r"(?:dead|drowned|killed|died|perished|trapped|missing|buried)(?!\w)")
#: A release or an evacuation demanded, refused or still to come, right before the figure
#: ("demanded the release of 50", "سيتم الإفراج عن 50", "رفضت الجماعة الإفراج عن 8"); a demand
#: to investigate deaths is no such thing ("طالبت بالتحقيق في مقتل 12").
_RELEASE_TO_COME = re.compile(r"(?<!\w)(?:" + "|".join(normalize(w) for w in (
    "طالب|طالبت|طالبوا|يطالب|تطالب|رفض|رفضت|سيتم|ستفرج|سيفرج|demanded|demanding|called for|calls for"
    "|refused to|will|are to|is to").split("|")) + r")\W+(?:\w+\W+){0,3}?(?:" + "|".join(normalize(w) for w in (
    "release|releasing|free|freeing|evacuate|evacuating|evacuation|الإفراج|بالإفراج|إطلاق|بإطلاق|إجلاء|بإجلاء")
    .split("|")) + r")(?!\w)")
#: A release or a transfer the figure's own words say is still to come ("50 hostages are to be
#: released", "are due to be freed"; "12 victims are to be buried" are dead already).
_DUE_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:are|is|were|was)\s+(?:to|due\s+to|set\s+to|expected\s+to)"
                        r"\s+be\s+(?:released|freed|evacuated|exchanged|deported|transferred|handed)(?!\w)")
#: ``might have held``, ``could have caused``: a modal on a past event hedges a
#: figure of what happened; it projects nothing.
_HEDGED_PAST = re.compile(r"\W*(?:have|has|had)(?!\w)")
#: A clause of its own opens between an expectation and the figure ("the toll is expected to
#: climb as hundreds remain trapped", "يتوقع ارتفاع الحصيلة فيما لا يزال 40 مفقودين"): the
#: figure is now, not expected ("as many as 300" compares, it opens nothing).
_NEW_CLAUSE = re.compile(r"(?<!\w)(?:(?<!such )as(?!\s+(?:many|much|high|low|few|long|far|large|great|big|soon|early"
                         r"|well|of)(?!\w))|while|whereas|" + "|".join(normalize(w) for w in ("بينما", "فيما", "في حين"))
                         + r"|" + "|".join(normalize(w) for w in ("لوجود", "بسبب وجود", "نظرا لوجود")) + r")(?!\w)")
_WITHDRAWN_BEFORE = _phrases("وليس|وليست|ليس|not|rather than|instead of")
_WITHDRAWN_AFTER = _phrases("كما أعلن سابقا|كما ذكر سابقا|كما أعلن في وقت سابق|كما أفيد سابقا"
                            "|as originally reported|as previously reported|as earlier reported"
                            "|was retracted|was later retracted|was withdrawn|was later withdrawn"
                            "|قبل أن تتراجع عن|قبل أن يتراجع عن|ثم تراجعت عن|ثم تراجع عن")
_DENIED = _phrases("نفى|نفت|ينفي|تنفي|نفي|كذب|كذبت|denied|denies|deny|rejected|rejects|dismissed")
#: A denial the figure's own words add after it ("killed 30 militants, a figure the group
#: denied", "وهو رقم نفته الجماعة").
#: Words that deny a denial or take it back ("has not denied", "disputed by none", "nobody
#: disputed", "neither confirmed nor denied", "initially denied but later confirmed").
_NOT_DENIED = re.compile(r"(?<!\w)(?:not|never|no|none|nobody|neither|nor|confirmed|لم|لا|ولم)(?!\w)|n't")
_DENIED_AFTER = re.compile(r"^\W*(?:[^\W\d]+[,،]?\s+){0,2}?(?:a\s+|which\s+is\s+a\s+)?(?:figure|number|toll|claim|count)"
                           r"\s+(?:that\s+)?(?:[^\W\d]+\s+){0,3}?(?:denied|disputed|rejected)(?!\w)"
                           r"|^\W*(?:[^\W\d]+[,،]?\s+){0,2}?(?:وهو|وهي)\s+(?:رقم|عدد|ما)\s+(?:نفته|نفاه|نفاها)(?!\w)")
_FROM = _phrases("من|from")
_TO = re.compile(r"^\W*(?:الي|to)\s*\d")
_TO_THEN_FROM = re.compile(r"(?<!\w)(?:الي|to)\s*[\d.,]+(?:\s+\w+)?\s+(?:من|from)\s*$")
_SECOND = _phrases(
    "اخر|اخري|ثان|ثاني|ثانيه|الثاني|الثانيه|جديد|جديده|second|another|fresh|new|latest")
_AFTERSHOCK = _phrases("ارتدادية|ارتداديه|الارتدادية|هزه ارتداديه|هزات ارتداديه|aftershock|aftershocks")
#: Another occurrence minutes after the first is its aftershock, not a second event (a second
#: quake comes hours later): "بعد ربع ساعة", "بعد دقائق", "about 10 minutes later".
_MINUTES_LATER = re.compile(
    r"(?<!\w)بعد\s+(?:ما\s+)?(?:يقارب|حوالي|نحو|قرابه)?\s*(?:ربع ساعه|نصف ساعه|دقائق|دقيقه|\d+\s+دقيقه|\d+\s+دقائق)(?!\w)"
    r"|(?<!\w)(?:\d+|a few|several)\s+minutes\s+(?:later|after)(?!\w)")
#: A magnitude followed at once by the word aftershock ("a strong 5.9 aftershock", "a
#: 6.1-magnitude aftershock") is the aftershock's, whatever the clause says before it.
_AFTERSHOCK_NAMED = re.compile(r"^\W*(?:magnitude\W+)?(?:aftershocks?)(?!\w)")
#: Words that bring a clause back to the present after a sentence that opened on the past
#: ("In 2009 a landslide killed 400; this time 22 have died"). Not "so far" or "to date",
#: which a superlative of the past takes too ("the worst toll to date").
_PRESENT = _phrases("this time|this year|هذه المرة|هذا العام")
_RUNNING = _phrases(
    "ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع|تصاعد|تصاعدت|بلغ|بلغت|وصل|وصلت|حتى الآن|حتى اللحظة|لغاية الآن"
    "|rose|risen|rising|rises|climbed|jumped|increased|mounted|reached|has reached|so far|to date|until now"
    "|ليرتفع|لترتفع|ليصل|لتصل")
#: A total a figure is brought to ("raising the army's losses to 11", "taking the toll to 58"):
#: a running count.
_BROUGHT_TO = re.compile(r"(?<!\w)(?:bringing|taking|raising|pushing)\s+the\s+(?:[^\W\d]+\s+){0,2}?"
                         r"(?:total|toll|tally|number|count|losses)(?!\w)")
#: A count the sentence expects to rise ("..., and the toll is expected to climb", "ويتوقع
#: ارتفاع الحصيلة") is a point of a count still changing, whatever clause says so; the
#: expectation must name the count (:data:`_COUNT_NOUNS`): rivers expected to rise say nothing.
_EXPECTED_RISE = re.compile(
    r"(?<!\w)(?:توقعات|توقع|يتوقع|متوقع|مرشح|مرشحه|ويتوقع|expected|likely|feared|set)\W+"
    r"(?:\w+\W+){0,3}?(?:ترتفع|يرتفع|ارتفاع|للارتفاع|بارتفاع|to rise|to climb|to increase|to grow|to mount)(?!\w)")
_COUNT_NOUNS = _phrases(
    "حصيلة|الحصيلة|عدد|العدد|الأعداد|اعداد|أعداد|الضحايا|القتلى|toll|tally|number|figure|count|casualties")
#: Words either side of an expectation to rise read for the count it names.
_COUNT_REACH = 4


def _expects_rise(text: str) -> bool:
    """Does ``text`` (normalised) expect a count to rise ("the toll is expected to climb",
    "ويتوقع ارتفاع عدد القتلى")?"""
    for m in _EXPECTED_RISE.finditer(text):
        before = " ".join(text[:m.start()].split()[-_COUNT_REACH:])
        after = " ".join(text[m.end():].split()[:_COUNT_REACH])
        if _COUNT_NOUNS.search(f"{before} {m.group()} {after}"):
            return True
    return False


_YEAR = re.compile(
    r"(?:(?<!\w)(?:عام|العام|سنه|منذ|في|خلال|in|since|of|during|year)|"
    r"(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|شباط|اذار|"
    r"نيسان|ايار|حزيران|تموز|اب|ايلول|january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\W{1,3}(1[89]\d\d|20\d\d)(?!\d)")


def reporting_of(before: str, after: str, published_year: int | None, lead: str = "",
                 rest: str | None = None) -> Reporting:
    """Read how the figure between ``before`` and ``after`` (its clause) is reported.

    Args:
        before: The clause from its start up to the figure.
        after: The clause from the figure to its end.
        published_year: The year of the article (a past year in the clause, or earlier in the
            sentence, marks another event); None when unknown.
        lead: The sentence before the clause: an opening ``وفي وقت سابق،`` / ``Earlier,``
            and a past year there (``since 1999, when...``) still apply to the figure.
        rest: The sentence from the figure to its end (``after`` when not given): a window
            at the end of the sentence (``..., خلال يوليو الماضي``) counts the figure over it
            when no other figure comes between.
    """
    b, a = normalize(before), normalize(after)
    opening = normalize(lead)
    if (_opens_with_earlier(opening) or _past_year(opening, published_year)) and not _PRESENT.search(f"{b} {a}"):
        b = f"{opening} {b}"  # "In 2017, a landslide killed 1,141; this time 22 have died so far": 22 is now
    event, event_cue = _event(b)
    if (named := _AFTERSHOCK_NAMED.match(a)) and event != "aftershock":
        event, event_cue = "aftershock", named.group().strip()  # "a strong 5.9 aftershock"
    if event == "second" and (soon := _MINUTES_LATER.search(f"{b} {a}")):
        event, event_cue = "aftershock", soon.group()  # another tremor a quarter of an hour later
    if event is None and event_cue is None:
        # the sentence before the clause: "In the early hours of Tuesday, a 6.9 magnitude
        # quake" points back; "followed by many aftershocks, among them a 5.4" does not
        event, event_cue = _event(opening)
    tail = normalize(after if rest is None else rest)
    running = bool(_RUNNING.search(b) or _RUNNING.search(a) or _BROUGHT_TO.search(b)
                   or _expects_rise(f"{opening} {b} {tail}"))
    window = _PERIOD.search(b) or _opening_window(opening)
    period = _rate_after(tail) or _whole_war(f"{opening} {b}", tail) or (
        _window_words(window) if window else _window_after(tail))
    for reading in (_status(b, a), _denied_after(tail), _time_role(b, a, published_year), _needed(tail)):
        if reading is not None:
            role, status, cue = reading
            return Reporting(role, status, event, cue, running, period)
    return Reporting(event=event, cue=event_cue, running=running, period=period)


_MONTH_NAMES = ("يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|january|february"
                "|march|april|may|june|july|august|september|october|november|december")
#: A window a tally is counted over, not the moment of one incident: a month (``خلال يوليو
#: الماضي``, ``during July``), weeks or days past (``خلال أسبوعين``, ``over the past two
#: weeks``), since a start or a date (``منذ بدء الحرب``, ``since October 7``), a past month
#: with no day (``يوليو الماضي``). "Last week" alone dates the event ("the quake that struck
#: last week"), and so do "in July" and a day of a month (``30 يوليو الماضي``): they count
#: over nothing. Nor is "in the past 24 hours" a window: a running toll is often told so
#: ("the toll rose to 5,000 in the past 24 hours"), and a war's daily toll too.
_PERIOD = re.compile(
    r"(?<!\w)و?(?:خلال|طوال|على مدى|على مدار)\s+(?:ال)?(?:(?:\d+|ثلاثه|اربعه|خمسه|سته|سبعه)\s+)?"
    r"(?:ايام|الايام|اسبوع|الاسبوع|اسبوعين|الاسبوعين|اسابيع|الاسابيع|شهر|الشهر|شهرين|اشهر|الاشهر|"
    r"عام|العام|" + _MONTH_NAMES + r")(?!\w)"
    r"|(?<!\w)و?منذ\s+(?:بدء|بدايه|مطلع|اندلاع|انطلاق|\d{1,2}\s+(?:" + _MONTH_NAMES + r"))(?!\w)"
    r"|(?<!\w)(?:over|during|in|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|week|month|year)(?!\w)"
    r"|(?<!\w)so far this\s+(?:month|year|week)(?!\w)"
    r"|(?<!\w)(?:during|throughout)\s+(?:" + _MONTH_NAMES + r")(?!\w)"
    r"|(?<!\d\s)(?<!\w)(?:" + _MONTH_NAMES + r")\s+الماضي(?!\w)"
    r"|(?<!\w)since\s+(?:the\s+(?:start|beginning|outbreak)\s+of|(?:" + _MONTH_NAMES + r")\s+\d{1,2}"
    r"|\d{1,2}\s+(?:" + _MONTH_NAMES + r"))(?!\w)")


def _window_after(rest: str) -> str | None:
    """The window written after a figure (``قتل 1200 شخص منذ 4 نوفمبر``), with no other
    figure between them but one joined to it ("390 killed and 400 wounded over two weeks":
    the window counts both), nor a comparison the window belongs to (``the deadliest attack
    since the beginning of this war``)."""
    rest = _past_figure(rest)
    window = _PERIOD.search(rest)
    if window is None or _MEASURED_AGAINST.search(rest[:window.start()]):
        return None
    between = rest[:window.start()]
    if re.search(r"\d", between) and not _JOINED_FIGURE.match(between):
        return None
    return _window_words(window)


#: A rate: a figure counted per day, week... ("1,500 deaths a day", "died on average each
#: day", "in a single day", "يموت 40 شخصا يوميا"), another quantity than a total of the same
#: thing. "a day after" dates the figure instead.
_RATE = re.compile(
    r"(?<!\w)(?:(?:per|each|every)\s+|(a)\s+)(day|week|month|year|hour)(?![\w'’-])"
    r"(?!\s+(?:after|before|later|earlier|ago|of|ahead|into|when|that)(?!\w))"
    r"|(?<!the )(?<!a )(?<!\w)(daily|weekly|monthly|annually|yearly|hourly)(?!\w)"
    r"|(?<!\w)(يوميا|اسبوعيا|شهريا|سنويا)(?!\w)|(?<!\w)كل\s+(ساعه)(?!\w)|(?<!\w)(?:في اليوم الواحد|كل يوم)(?!\w)"
    r"|(?<!\w)in\s+a\s+single\s+(day|week|month|year)(?!\w)")
#: Words after which "a day" is a time span, not a rate ("in a day", "over a week", "for a
#: month", "within a year").
_SPAN_BEFORE = frozenset("in over within for just after during than into by about of on only".split())
_RATE_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
               "hourly": "hour", "يوميا": "day", "اسبوعيا": "week", "شهريا": "month", "سنويا": "year",
               "ساعه": "hour"}
#: How many words after a figure its rate may stand ("1,400 Americans have died on average each day").
_RATE_REACH = 7


def _rate_after(rest: str) -> str | None:
    """The rate a figure is counted at, read from its own words after it (up to the next
    figure), as ``per day``, ``per week``...; None when it is no rate."""
    words = " ".join(_own_words(rest).split()[:_RATE_REACH])
    if not (m := _RATE.search(words)):
        return None
    article, *units = m.groups()
    if article and words[:m.start()].split()[-1:] and words[:m.start()].split()[-1] in _SPAN_BEFORE:
        return None
    unit = next((g for g in units if g), "day")
    return f"per {_RATE_UNITS.get(unit, unit)}"


#: The war as a whole: not "war-torn", "the war's deadliest attack", "the war on drugs", "the
#: war ministry", "الحرب على", nor a "صراع" (any clash).
_WAR = (r"(?:conflict|civil war|war|uprising|insurgency|(?:ال)?حرب|(?:ال)?نزاع)(?![\w'’-])"
        r"(?!\s+(?:on|against|ministry|crimes?|zone|علي|ضد)(?!\w))")
#: A toll of a whole war, not of one incident: the war named as what killed ("the five-year
#: conflict, which has killed more than 280,000", "النزاع الذي أودى بحياة"), or as where they
#: died, after the figure with no break between ("60,000 died in jails during the conflict",
#: "قتلوا في الحرب"; not "40 killed, the deadliest in the war").
_WAR_KILLED = re.compile(_WAR + r"\s*,?\s*(?:which\s+|that\s+)?(?:has|have|had)\s+(?:killed|claimed)"
                         r"(?:\s+the\s+lives\s+of)?(?:\s+\w+){0,3}\s*$"
                         r"|" + _WAR + r"\s+(?:التي|الذي)\s+(?:اودت|اودي|اسفرت|اسفر|خلفت|خلف|حصدت|حصد)(?:\s+\w+){0,3}\s*$")
_WAR_AFTER = re.compile(r"^\s*(?:\w+\s+){0,7}?(?:in|during|throughout|في|خلال)\s+(?:the\s+)?(?:\S+\s+)?" + _WAR)


def _whole_war(before: str, rest: str) -> str | None:
    """``the war`` when the figure is a toll of a whole war (:data:`_WAR_KILLED`,
    :data:`_WAR_AFTER`), else None."""
    continued = not re.match(r"\s*[,،;:(]", rest)  # "40 killed, the deadliest in the war": no
    return "the war" if _WAR_KILLED.search(before[-80:]) or (
        continued and _WAR_AFTER.match(_own_words(rest))) else None


def _window_words(window: re.Match) -> str:
    """The window as written, without a glued ``و`` (``ومنذ اندلاع`` is ``منذ اندلاع``)."""
    return re.sub(r"^و(?=منذ|خلال|طوال|على)", "", window.group().strip())


#: Text from a figure to a second one joined to it by "و"/"and" ("مقاتلا قتلوا، وجرح 400
#: آخرون", "people were killed and 400 injured"), and past the second figure to the window:
#: a window after the pair counts both. "، بينما قضى 61" joins nothing.
_JOINED_FIGURE = re.compile(r"^[^\d;:.]*?(?:(?:^|\s)و\w+|(?:^|\s)and\s+\w+)[^\d;:.]*?\d[\d.,]*[^\d;:.]*$")


#: Words that measure an event against a window rather than count over it (``the worst
#: since``, ``الأعنف منذ``).
_MEASURED_AGAINST = _phrases(
    "worst|deadliest|largest|biggest|highest|heaviest|most|first|اسوا|الاسوا|اعنف|الاعنف|اكبر|الاكبر|اعلي"
    "|الاعلي|الاكثر|الاشد|اشد|الاول|الاولي")


def _opening_window(lead: str) -> re.Match | None:
    """A window that opens the clause right before the figure's (``ومنذ اندلاع المعارك في 20
    يوليو، قتل 13 جنديا``, ``..., and since the siege began, 900 people...``)."""
    last = re.split(r"[،,;]", lead.rstrip(" ،,;"))[-1]
    window = _PERIOD.search(last)
    return window if window and not last[:window.start()].strip(" و") else None


def _opens_with_earlier(lead: str) -> bool:
    opening = " ".join(lead.split()[:8])
    return bool(_EARLIER.match(" ".join(lead.split()[:4])) or _SHORTLY_AFTER.match(opening))


def _past_year(text: str, published_year: int | None) -> bool:
    return bool(published_year) and any(y < published_year for y in _years(_FOUNDED_YEAR.sub(" ", text)))


#: A year right before an event's noun ("the 1999 quake", "2010 floods").
_YEAR_EVENT = re.compile(r"(?<!\w)(1[89]\d\d|20\d\d)\s+(?:quake|earthquake|floods?|war|disaster|tsunami"
                         r"|explosion|blast|attack|storm|hurricane|cyclone|fire|eruption|famine|uprising)(?!\w)")


#: Last year, named relative to the publication, before the figure in its clause; "since
#: last year" and "compared with last year" measure against it instead.
_LAST_YEAR = re.compile(r"(?<!منذ )(?<!مقارنه ب)(?<!since )(?<!than )(?<!with )(?<!from )"
                        r"(?<!\w)(?:العام الماضي|السنه الماضيه|العام المنصرم|last year)(?!\w)")


def _years(text: str) -> list[int]:
    """The years ``text`` dates something by (``in 1999``, ``عام 1999``, ``the 1999 quake``)."""
    return [int(y) for y in _YEAR.findall(text)] + [int(y) for y in _YEAR_EVENT.findall(text)]


def _status(b: str, a: str) -> tuple[str, str, str] | None:
    tail = b[-12:]
    if (m := _WITHDRAWN_BEFORE.search(tail)) and tail.rstrip().endswith(m.group()):
        return "current", "withdrawn", m.group()
    if m := _WITHDRAWN_AFTER.search(_own_words(a)):
        return "current", "withdrawn", m.group()
    if m := _DENIED.search(b):
        return "current", "denied", m.group()
    return None


def _denied_after(rest: str) -> tuple[str, str, str] | None:
    """``denied`` for a figure the words after it, past its clause, call denied ("killed 30
    militants, a figure the group denied"); not when they deny the denial ("a figure the group
    has not denied", "disputed by none", "initially denied but later confirmed")."""
    own = _own_words(rest)
    m = _DENIED_AFTER.match(own)
    if m is None or _NOT_DENIED.search(own[:m.end() + 30]):
        return None
    return "current", "denied", m.group().strip(" ,")


def _own_words(after: str) -> str:
    """The words after a figure (the figure's own digits left out) up to the next figure:
    ``64 and not 65 as originally reported`` withdraws 65, not 64."""
    return re.split(r"\d", _past_figure(after), maxsplit=1)[0]


def _past_figure(after: str) -> str:
    """The text after a figure without the figure's own digits (``after`` may start with them)."""
    return re.sub(r"^\W*[\d.,]+", "", after)


#: A year after the figure that it is measured against ("the worst toll since 1987"),
#: not the year of the figure.
_SINCE_YEAR = re.compile(r"(?<!\w)(?:since|منذ)\W+(?:\w+\W+){0,2}?(?:1[89]\d\d|20\d\d)(?!\d)")


#: A year something was built or founded in ("the dam, built in 1977, burst"): the thing's
#: age, not the year of the figure.
_FOUNDED_YEAR = re.compile(r"(?<!\w)(?:" + "|".join(normalize(w) for w in (
    "built constructed founded established opened inaugurated completed erected بني بنيت شيد شيدت"
    " أنشئ أنشئت تأسس تأسست افتتح افتتحت").split()) + r")\W+(?:\w+\W+){0,2}?(?:1[89]\d\d|20\d\d)(?!\d)")


#: A figure a count was later raised or revised to, right after the words that say so
#: ("before revising the figure to", "قبل أن ترتفع إلى", "ثم ارتفعت إلى"): the current point.
_LATER_POINT = re.compile(r"(?<!\w)(?:" + "|".join(normalize(w) for w in (
    "before then later قبل ثم لاحقا").split()) + r")\W+(?:\w+\W+){0,3}?(?:" + "|".join(normalize(w) for w in (
    "revising revised raising raised rising rose increased climbed lowering lowered cutting cut reducing reduced"
    " updating updated correcting corrected ترتفع يرتفع ارتفعت ارتفع تصل يصل وصلت تنخفض ينخفض انخفضت انخفض"
    " لترتفع ليرتفع لتصل ليصل تعديلها تعديله").split()) + r")\W+(?:\w+\W+){0,3}?(?:to|at|" + normalize("إلى")
    + r"|الي|ب)\W*$")


def _time_role(b: str, a: str, published_year: int | None) -> tuple[str, str, str] | None:
    b, a = _FOUNDED_YEAR.sub(" ", b), _FOUNDED_YEAR.sub(" ", a)
    years = _years(b) + _years(_SINCE_YEAR.sub(" ", a))
    if published_year and _LAST_YEAR.search(b):
        years.append(published_year - 1)  # "في مطلع العام الماضي قتل 119": last year's toll
    if published_year and any(y < published_year for y in years):
        return "background", "asserted", str(min(y for y in years if y < published_year))
    if m := _BACKGROUND.search(b + " " + a) or _OTHER_INCIDENT.search(b):
        return "background", "asserted", m.group()
    if _LATER_POINT.search(b):
        return None  # "12 ... before revising the figure to 15": the 15 is the current one
    if m := _EARLIER.search(b) or _SHORTLY_AFTER.search(b):
        return "earlier", "asserted", m.group()
    if _TALLY_ENDS.search(b) and (m := _CALENDAR_EARLIER.match(a)):
        return "earlier", "asserted", m.group().strip()  # "which stood at 2,000 earlier this week"
    if m := _HAD.search(b):
        return "earlier", "asserted", m.group()
    last = b.split()[-1:] if b.split() else []
    if last and _FROM.fullmatch(last[0]) and (_TO.match(a) or _TO_THEN_FROM.search(b)):
        return "earlier", "asserted", last[0]  # "from 300 to 280", "down to 280 from 300"
    expected = list(_PROJECTED.finditer(b))
    if expected and not _HEDGED_PAST.match(b, expected[0].end()) and not _NEW_CLAUSE.search(b, expected[-1].end()):
        return "projected", "asserted", expected[0].group()
    if m := _FORECAST.search(b):
        return "projected", "asserted", m.group().split()[0]
    if m := _RELEASE_TO_COME.search(b):
        return "projected", "asserted", m.group().split()[0]
    return None


#: "earlier" with a day or a calendar span after a tally's verb and its figure ("which stood
#: at 700 earlier this week"): the tally's moment.
_CALENDAR_EARLIER = re.compile(
    r"\W*earlier\s+(?:this\s+(?:week|month|year)|last\s+(?:week|month)|in\s+the\s+(?:week|month|day)"
    r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\w)")
#: A tally verb right before the figure (``which stood at``, ``had reached``): a date after the
#: figure is the tally's moment, not the event's.
_TALLY_ENDS = re.compile(r"(?<!\w)(?:stood|stands|was|reached|put\s+it)(?:\s+at)?\s*$")


def _needed(rest: str) -> tuple[str, str, str] | None:
    """``projected`` for a figure its own words after it call a requirement (past a comma:
    "67 votes, was needed"), a fear ("hundreds feared dead") or what is still to happen ("50
    hostages are to be released")."""
    own = _own_words(rest)
    if m := _NEEDED_AFTER.match(own) or _FEARED_AFTER.match(own) or _DUE_AFTER.match(own):
        return "projected", "asserted", m.group().strip(" ,")
    return None


def _event(b: str) -> tuple[str | None, str | None]:
    """The event a figure belongs to, and the cue: ``second`` or ``aftershock`` when the
    clause names another occurrence; None for the main one, with the cue when the clause
    points back to it (``hours after a``, ``the first quake``: see :func:`leads_with_later_event`).
    Of several cues the one nearest the figure decides ("hours after the first tremor, another
    tremor of 6.1": second)."""
    cues = [(m.end(), event, m.group()) for pattern, event in
            ((_AFTERSHOCK, "aftershock"), (_FIRST, None), (_SECOND, "second")) for m in pattern.finditer(b)]
    if not cues:
        return None, None
    _, event, cue = max(cues, key=lambda c: c[0])  # the cue nearest the figure decides
    return event, cue


#: Words that point a figure back to the first occurrence: ``hours after a 6.9 quake``,
#: ``the first quake``, ``in the early hours``, ``early Monday``, ``فجر الاثنين``, ``الزلزال الأول``.
_FIRST = _phrases(
    "الأول|الاول|الأولى|الاولى|السابق|السابقة|الذي سبقه|بعد زلزال|first|initial|initially|earlier|previous"
    "|prior|original|hours after|hours of|after a|after the|following a|following the|early hours|early"
    "|بعد ساعات من|بعد ساعة من|بعد أيام من|بعد يوم من|عقب زلزال"
    "|فجر|فجرا|الفجر")
#: Words that set what comes before them after another occurrence: "a 6.1 tremor shook the
#: coast, hours after a 7.0 quake" (the 6.1 came later), "بعد ساعات من زلزال بقوة 7".
_AFTER_ANOTHER = _phrases(
    "hours after|minutes after|days after|a day after|shortly after|after|following|in the wake of"
    "|بعد ساعات من|بعد ساعة من|بعد دقائق من|بعد أيام من|بعد يوم من|بعد|عقب")
#: The only words that may stand between those words and the other figure: its event named
#: ("a quake of magnitude", "the first tremor", "زلزال بقوة"), nothing else ("after the first
#: quake was put at 7.8": a revision of one figure, not another quake).
_NAMING_THE_OTHER = _phrases(
    "a|an|the|of|first|initial|magnitude|measuring|بقوة|قوته|قوتها|الأول|الاول|الأولى|الاولى")


def placed_after(between: str) -> str | None:
    """The words in ``between`` (the text from one figure to the next figure of its sentence)
    that set the first figure's event after the next one's: "after" words whose object is
    that figure's event ("hours after a quake of magnitude 7", "after a 7"), or None ("after a
    review at magnitude 7", "على بعد 10 كم من زلزال بقوة 7": a distance)."""
    text = normalize(between)
    found = [m for m in _AFTER_ANOTHER.finditer(text) if not text[:m.start()].endswith("علي ")]
    if not found:
        return None
    rest = _EVENT_NOUNS.sub(" ", _NAMING_THE_OTHER.sub(" ", text[found[-1].end():]))
    return None if rest.split() else found[-1].group().strip()


#: Words that name the event itself, for :func:`leads_with_later_event`.
_EVENT_NOUN_WORDS = "زلزال|زلزالا|الزلزال|هزة|الهزة|انفجار|الانفجار|earthquake|quake|tremor|shock|jolt|explosion|blast"
_EVENT_NOUNS = _phrases(_EVENT_NOUN_WORDS)
#: The event nouns and the aftershock's, for :func:`refers_back`.
_OCCURRENCE_NOUNS = _phrases(_EVENT_NOUN_WORDS + "|aftershock|aftershocks|tremors|quakes")
#: How far after a figure (in characters, the figure's own included) its occurrence's noun may stand.
_NOUN_REACH = 20


def leads_with_later_event(lead: str) -> bool:
    """Does an article's lead report another occurrence (``Another strong earthquake shook``,
    ``زلزال جديد بقوة``)? Then the article is about that one, and a figure of its event that
    its clause does not point back to the first (:data:`_FIRST`) is the later event's."""
    text = normalize(lead)
    for noun in _EVENT_NOUNS.finditer(text):
        near = text[max(0, noun.start() - 30):noun.end() + 20]
        later = [m for m in _SECOND.finditer(near) if not re.search(r"\d\s*$", near[:m.start()])]
        back = list(_FIRST.finditer(near))  # "40 ثانية" above is forty seconds, not a second quake
        if later and (not back or later[-1].end() > back[-1].end()):
            return True  # the cue nearest the noun names another occurrence
    return False


def refers_back(previous: str, at: int, sentence: str) -> str | None:
    """Does ``sentence`` speak of the occurrence whose figure stands at ``at`` in the sentence
    before it, by the noun that sentence gave it and no noun it gave another ("The quake was
    followed a quarter of an hour later by another tremor of 6.3. The tremor was 10 km
    deep")? Returns the sentence's words for it, or None."""
    text, figure = normalize(previous), len(normalize(previous[:at]))
    nouns = [(m.start(), _noun_stem(m.group())) for m in _OCCURRENCE_NOUNS.finditer(text)]
    if not nouns:
        return None
    after = [noun for noun in nouns if figure < noun[0] <= figure + _NOUN_REACH]  # "a 6.7 aftershock"
    before = [noun for noun in nouns if noun[0] < figure and not re.search(r"[,،.;؛]", text[noun[0]:figure])]
    nearest = after[0] if after else before[-1] if before else None  # "another tremor of 6.3"
    if nearest is None:
        return None
    others = {stem for n, stem in nouns if n != nearest[0]}
    named = list(_OCCURRENCE_NOUNS.finditer(normalize(sentence)))
    if not named or {_noun_stem(m.group()) for m in named} != {nearest[1]} or nearest[1] in others:
        return None
    return named[0].group().strip()


def _noun_stem(noun: str) -> str:
    """An event noun without its article or glued conjunction, and without an accusative or
    plural ending: ``الهزة``, ``والهزة``, ``هزة`` are one noun, ``زلزالا`` is ``زلزال``,
    "aftershocks" is "aftershock"."""
    stem = re.sub(r"^[وف]?ال(?=\w{3})", "", noun.strip().lower())
    return re.sub(r"(?<=\w{4})(?:ا|s)$", "", stem)


#: Ordinals that name an occurrence beside its noun (``the first quake``, ``الزلزال الثاني``,
#: ``زلزال جديد``, ``another tremor``): the first, or a later one.
_FIRST_ORDINALS = frozenset(normalize(w) for w in "الأول الاول الأولى الاولى first initial original".split())
_LATER_ORDINALS = frozenset(normalize(w) for w in (
    "الثاني الثانية ثان آخر اخر أخرى اخرى جديد جديدة الجديد الجديدة second another new fresh latest").split())
#: Words either side of the noun an ordinal may stand in (``the second powerful quake``).
_ORDINAL_REACH = 2


def occurrence_named(sentence: str) -> tuple[str | None, str] | None:
    """The one occurrence a sentence names by an ordinal beside an event noun, and those
    words: ``("second", "second tremor")`` for "the institute placed the second tremor under
    the lake", ``(None, "first tremor")`` for "a day after the first tremor"; None when it
    names none, or both ("the second quake came a day after the first quake")."""
    words = re.findall(r"\w+", normalize(sentence))
    named: dict[str | None, str] = {}
    for n, word in enumerate(words):
        if not _EVENT_NOUNS.fullmatch(word):
            continue
        for m in range(max(0, n - _ORDINAL_REACH), min(len(words), n + _ORDINAL_REACH + 1)):
            if words[m] in _FIRST_ORDINALS or words[m] in _LATER_ORDINALS:
                event = None if words[m] in _FIRST_ORDINALS else "second"
                named.setdefault(event, " ".join(words[min(m, n):max(m, n) + 1]))
    return next(iter(named.items())) if len(named) == 1 else None
