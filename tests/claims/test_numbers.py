"""Table tests for the quantity reader (crosscheck.claims.numbers)."""
from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.claims import quantities_in


def _one(text: str, phrase: str):
    """The one quantity of ``text`` whose words are ``phrase``."""
    (found,) = [q for q in quantities_in(text) if q.text == phrase]
    return found


def _one_claim(text: str, phrase: str):
    """The one claim of ``text`` (a sentence of its own) whose words are ``phrase``."""
    from crosscheck.claims.extract import sentence_claims
    from crosscheck.models import Sentence

    (found,) = [c for c in sentence_claims(Sentence("a", "A", 0, 0, len(text), text, text), "2031-06-15")
                if c.text == phrase]
    return found

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
N = None


def _none(text: str) -> tuple:
    """A row for text that must not yield any quantity."""
    return (text, N, N, N, N, N, N, N, N)


# text, phrase (the Quantity.text expected), value, low, high, bound, unit, claim_type,
# attribute (for casualties) or counted lemma (otherwise).
ROWS = [
    # --- digits, separators, decimals, scale words --------------------------------------
    ("أسرت القوات ١٤٥ جنديا", "١٤٥ جنديا", 145, 145, 145, "exact", N, "casualties", "captured"),
    ("مقتل ۷ مدنيين", "۷ مدنيين", 7, 7, 7, "exact", N, "casualties", "killed"),
    ("نزح 5,300 شخص", "5,300 شخص", 5300, 5300, 5300, "exact", N, "casualties", "displaced"),
    ("نزح 5٬300 شخص", "5٬300 شخص", 5300, 5300, 5300, "exact", N, "casualties", "displaced"),
    ("وصل 1.234.567 لاجئا", "1.234.567 لاجئا", 1234567, 1234567, 1234567, "exact", N, "count", "لاجئ"),
    ("تمتد على 5.300 كيلومتر", "5.300 كيلومتر", 5.3, 5.3, 5.3, "exact", "km", "distance", N),
    ("تبلغ المساحة ٢٢٫٥ كيلومتر مربع", "٢٢٫٥ كيلومتر مربع", 22.5, 22.5, 22.5, "exact", "km2", "quantity", N),
    ("قطعت القوات 22.5 كيلومترا", "22.5 كيلومترا", 22.5, 22.5, 22.5, "exact", "km", "distance", N),
    ("11 ألفا و300 نازح", "11 ألفا و300 نازح", 11300, 11300, 11300, "exact", N, "casualties", "displaced"),
    ("بلغت الخسائر 2.5 مليون دولار", "2.5 مليون دولار", 2.5e6, 2.5e6, 2.5e6, "exact", "USD", "money", N),
    ("2.5 million people need aid", "2.5 million people", 2.5e6, 2.5e6, 2.5e6, "exact", N, "count", "person"),
    ("نزح ثلاثة ملايين شخص", "ثلاثة ملايين شخص", 3e6, 3e6, 3e6, "exact", N, "casualties", "displaced"),
    ("مليار دولار", "مليار دولار", 1e9, 1e9, 1e9, "exact", "USD", "money", N),
    ("مليون ونصف مليون نازح", "مليون ونصف مليون نازح", 1.5e6, 1.5e6, 1.5e6, "exact", N, "casualties", "displaced"),
    ("1.2 مليون برميل يوميا", "1.2 مليون برميل", 1.2e6, 1.2e6, 1.2e6, "exact", "barrel", "quantity", N),
    # --- Arabic number words --------------------------------------------------------------
    ("مئة وخمسة وأربعون جنديا", "مئة وخمسة وأربعون جنديا", 145, 145, 145, "exact", N, "count", "جندي"),
    ("ثلاثين ألفا من المقاتلين", "ثلاثين ألفا من المقاتلين", 30000, 30000, 30000, "exact", N, "count", "مقاتل"),
    ("أرسلت تركيا ألفي مقاتل", "ألفي مقاتل", 2000, 2000, 2000, "exact", N, "count", "مقاتل"),
    ("خلّف أربعة قتلى وستة جرحى", "أربعة قتلى", 4, 4, 4, "exact", N, "casualties", "killed"),
    ("خلّف أربعة قتلى وستة جرحى", "ستة جرحى", 6, 6, 6, "exact", N, "casualties", "wounded"),
    ("أحد عشر جنديا", "أحد عشر جنديا", 11, 11, 11, "exact", N, "count", "جندي"),
    ("اثنا عشر مقاتلا", "اثنا عشر مقاتلا", 12, 12, 12, "exact", N, "count", "مقاتل"),
    ("خمس عشرة سيارة", "خمس عشرة سيارة", 15, 15, 15, "exact", N, "count", "سيارة"),
    ("ثلاثة عشر قتيلا", "ثلاثة عشر قتيلا", 13, 13, 13, "exact", N, "casualties", "killed"),
    ("عشرون مدنيا", "عشرون مدنيا", 20, 20, 20, "exact", N, "count", "مدني"),
    ("قتل تسعة وتسعون شخصا", "تسعة وتسعون شخصا", 99, 99, 99, "exact", N, "casualties", "killed"),
    ("مائتا جندي", "مائتا جندي", 200, 200, 200, "exact", N, "count", "جندي"),
    ("مئتين وخمسين عنصرا", "مئتين وخمسين عنصرا", 250, 250, 250, "exact", N, "count", "عنصر"),
    ("ثلاثمئة مقاتل", "ثلاثمئة مقاتل", 300, 300, 300, "exact", N, "count", "مقاتل"),
    ("ثلاث مائة مقاتل", "ثلاث مائة مقاتل", 300, 300, 300, "exact", N, "count", "مقاتل"),
    ("ألف جندي", "ألف جندي", 1000, 1000, 1000, "exact", N, "count", "جندي"),
    ("ثلاثة آلاف مقاتل", "ثلاثة آلاف مقاتل", 3000, 3000, 3000, "exact", N, "count", "مقاتل"),
    ("نزوح عشرة آلاف شخص", "عشرة آلاف شخص", 10000, 10000, 10000, "exact", N, "casualties", "displaced"),
    ("نصف مليون لاجئ", "نصف مليون لاجئ", 5e5, 5e5, 5e5, "exact", N, "count", "لاجئ"),
    # people a boat was packed with are the people aboard, and so is the number of its passengers
    ("بلغ عدد الركاب 420 شخصا", "420 شخصا", 420, 420, 420, "exact", N, "casualties", "aboard"),
    ("between 150 and 320 people had packed the trawler", "between 150 and 320 people", N, 150, 320, "range", N,
     "casualties", "aboard"),
    ("up to 90 migrants were crammed onto the dinghy", "up to 90 migrants", 90, N, 90, "at_most", N,
     "casualties", "aboard"),
    # digits set off in parentheses before their scale word
    ("لتتسع الكليات إلى (120) ألف طالب", "(120) ألف طالب", 120000, 120000, 120000, "exact", N, "count", "طالب"),
    ("capacity rises to (40) thousand seats", "(40) thousand seats", 40000, 40000, 40000, "exact", N, "count", "seat"),
    ("موكب من نحو عشرين آلية", "نحو عشرين آلية", 20, 19, 21, "about", N, "count", "آلية"),
    ("قتل اثنان من الجنود", "اثنان من الجنود", 2, 2, 2, "exact", N, "casualties", "killed"),
    ("مقتلُ سبعةِ مدنيّين", "سبعةِ مدنيّين", 7, 7, 7, "exact", N, "casualties", "killed"),
    ("الْقُوَّاتُ أَسَرَتْ ١٤٥ جُنْدِيًّا", "١٤٥ جُنْدِيًّا", 145, 145, 145, "exact", N, "casualties", "captured"),
    ("نحـــو 30 كيلومتـرا جنوبـي طرابلـس", "نحـــو 30 كيلومتـرا", 30, 28.5, 31.5, "about", "km", "distance", N),
    # --- English number words -------------------------------------------------------------
    ("two hundred and five soldiers", "two hundred and five soldiers", 205, 205, 205, "exact", N, "count", "soldier"),
    ("one hundred forty-five fighters", "one hundred forty-five fighters", 145, 145, 145, "exact", N, "count", "fighter"),
    ("twenty-five civilians were killed", "twenty-five civilians", 25, 25, 25, "exact", N, "casualties", "killed"),
    ("ninety-nine people", "ninety-nine people", 99, 99, 99, "exact", N, "count", "person"),
    ("a dozen soldiers", "a dozen soldiers", 12, 12, 12, "exact", N, "count", "soldier"),
    ("three thousand troops", "three thousand troops", 3000, 3000, 3000, "exact", N, "count", "troop"),
    ("half a million refugees", "half a million refugees", 5e5, 5e5, 5e5, "exact", N, "count", "refugee"),
    # --- vague quantities and ranges ------------------------------------------------------
    ("تم أسر عشرات من مقاتلي حفتر", "عشرات من مقاتلي", N, 20, 99, "vague", N, "casualties", "captured"),
    ("مئات المدنيين", "مئات المدنيين", N, 200, 999, "vague", N, "count", "مدني"),
    ("آلاف النازحين", "آلاف النازحين", N, 2000, 9999, "vague", N, "casualties", "displaced"),
    ("عشرات الآلاف من النازحين", "عشرات الآلاف من النازحين", N, 20000, 99999, "vague", N, "casualties", "displaced"),
    ("مئات الآلاف من السكان نزحوا", "مئات الآلاف", N, 200000, 999999, "vague", N, "casualties", "displaced"),
    ("قتل بضعة جنود", "بضعة جنود", N, 3, 9, "vague", N, "casualties", "killed"),
    ("بضع مئات من المقاتلين", "بضع مئات من المقاتلين", N, 300, 999, "vague", N, "count", "مقاتل"),
    ("أصيب العشرات", "العشرات", N, 20, 99, "vague", N, "casualties", "wounded"),
    ("dozens of fighters were captured", "dozens of fighters", N, 20, 99, "vague", N, "casualties", "captured"),
    ("hundreds of people fled", "hundreds of people", N, 200, 999, "vague", N, "casualties", "displaced"),
    ("thousands of migrants", "thousands of migrants", N, 2000, 9999, "vague", N, "count", "migrant"),
    ("tens of thousands of people were displaced", "tens of thousands of people", N, 20000, 99999, "vague", N,
     "casualties", "displaced"),
    ("a few soldiers", "a few soldiers", N, 3, 9, "vague", N, "count", "soldier"),
    ("several thousand people", "several thousand people", N, 3000, 9999, "vague", N, "count", "person"),
    ("scores of people died in the crush", "scores of people", N, 40, 99, "vague", N, "casualties", "killed"),
    ("scores were injured when the roof fell", "scores", N, 40, 99, "vague", N, "casualties", "wounded"),
    ("between 20 and 30 people were killed", "between 20 and 30 people", N, 20, 30, "range", N, "casualties", "killed"),
    ("20-30 killed", "20-30 killed", N, 20, 30, "range", N, "casualties", "killed"),
    ("قتل ما بين 20 و30 شخصا", "بين 20 و30 شخصا", N, 20, 30, "range", N, "casualties", "killed"),
    # a scale as large as one read before starts the range's other end (it was added: 7,000)
    ("نزح ما بين 3 آلاف و4 آلاف شخص", "بين 3 آلاف و4 آلاف شخص", N, 3000, 4000, "range", N, "casualties",
     "displaced"),
    ("between two thousand and three thousand people fled", "between two thousand and three thousand people", N,
     2000, 3000, "range", N, "casualties", "displaced"),
    ("ارتفعت الحصيلة إلى 12 ألفا و310 أشخاص", "12 ألفا و310 أشخاص", 12310, 12310, 12310, "exact", N, "casualties",
     "killed"),
    # --- bounds -----------------------------------------------------------------------------
    ("صادرت حوالي 60 قطعة سلاح", "حوالي 60 قطعة سلاح", 60, 57, 63, "about", N, "count", "قطعة سلاح"),
    ("قرابة 2000 عنصر", "قرابة 2000 عنصر", 2000, 1900, 2100, "about", N, "count", "عنصر"),
    ("زهاء 300 مقاتل", "زهاء 300 مقاتل", 300, 285, 315, "about", N, "count", "مقاتل"),
    ("ما يقرب من 40 كيلومترا", "ما يقرب من 40 كيلومترا", 40, 38, 42, "about", "km", "distance", N),
    ("قتل 3 جنود تقريبا", "3 جنود تقريبا", 3, 2.85, 3.15, "about", N, "casualties", "killed"),
    ("nearly 1,000 fighters", "nearly 1,000 fighters", 1000, 950, 1050, "about", N, "count", "fighter"),
    ("some 30 kilometres away", "some 30 kilometres", 30, 28.5, 31.5, "about", "km", "distance", N),
    ("قتل أكثر من 120 شخصا في الحريق", "أكثر من 120 شخصا", 120, 120, N, "more_than", N, "casualties", "killed"),
    ("أصيب ما يزيد على 50 شخصا", "ما يزيد على 50 شخصا", 50, 50, N, "more_than", N, "casualties", "wounded"),
    ("يفوق 500 مقاتل", "يفوق 500 مقاتل", 500, 500, N, "more_than", N, "count", "مقاتل"),
    ("more than 200 people were wounded", "more than 200 people", 200, 200, N, "more_than", N, "casualties", "wounded"),
    ("over 300 migrants", "over 300 migrants", 300, 300, N, "more_than", N, "count", "migrant"),
    ("upwards of 500 people fled", "upwards of 500 people", 500, 500, N, "more_than", N, "casualties", "displaced"),
    ("no fewer than 5 soldiers", "no fewer than 5 soldiers", 5, 5, N, "at_least", N, "count", "soldier"),
    ("أصيب ما لا يقل عن 20 شخصا", "ما لا يقل عن 20 شخصا", 20, 20, N, "at_least", N, "casualties", "wounded"),
    ("سقط 20 قتيلا على الأقل", "20 قتيلا على الأقل", 20, 20, N, "at_least", N, "casualties", "killed"),
    ("سقط على الأقل 7 قتلى", "على الأقل 7 قتلى", 7, 7, N, "at_least", N, "casualties", "killed"),
    ("at least 7 civilians were killed", "at least 7 civilians", 7, 7, N, "at_least", N, "casualties", "killed"),
    ("10 مقاتلين أو أكثر", "10 مقاتلين أو أكثر", 10, 10, N, "at_least", N, "count", "مقاتل"),
    ("أقل من 10 كيلومترات", "أقل من 10 كيلومترات", 10, N, 10, "less_than", "km", "distance", N),
    ("fewer than 10 civilians", "fewer than 10 civilians", 10, N, 10, "less_than", N, "count", "civilian"),
    ("حتى 10 آلاف جندي", "حتى 10 آلاف جندي", 10000, N, 10000, "at_most", N, "count", "جندي"),
    ("up to 500 migrants", "up to 500 migrants", 500, N, 500, "at_most", N, "count", "migrant"),
    ("ما لا يزيد عن 40 كيلومترا", "ما لا يزيد عن 40 كيلومترا", 40, N, 40, "at_most", "km", "distance", N),
    # --- units --------------------------------------------------------------------------------
    ("قرية تبعد 40 كيلومترا جنوبي طرابلس", "40 كيلومترا", 40, 40, 40, "exact", "km", "distance", N),
    ("بني وليد (180 كم جنوب شرق طرابس)", "180 كم", 180, 180, 180, "exact", "km", "distance", N),
    ("مدينة سرت على بعد 450 كلم شرق طرابلس", "450 كلم", 450, 450, 450, "exact", "km", "distance", N),
    ("على بعد 27 كيلومتراً من البوابة الغربية لطرابلس", "27 كيلومتراً", 27, 27, 27, "exact", "km", "distance", N),
    ("على بعد 30 كيلو متر", "30 كيلو متر", 30, 30, 30, "exact", "km", "distance", N),
    ("على بعد 5 كليومترات من سرت", "5 كليومترات", 5, 5, 5, "exact", "km", "distance", N),
    ("30 km west of Tripoli", "30 km", 30, 30, 30, "exact", "km", "distance", N),
    ("advanced 30km overnight", "30km", 30, 30, 30, "exact", "km", "distance", N),
    ("20 kilometers north", "20 kilometers", 20, 20, 20, "exact", "km", "distance", N),
    ("تبعد 5 أميال عن المدينة", "5 أميال", 5, 5, 5, "exact", "mile", "distance", N),
    ("5 miles from the border", "5 miles", 5, 5, 5, "exact", "mile", "distance", N),
    ("على بعد 500 متر", "500 متر", 500, 500, 500, "exact", "m", "distance", N),
    ("300 metres from the gate", "300 metres", 300, 300, 300, "exact", "m", "distance", N),
    # an amount names its material after it (folded): compared only with amounts of it
    ("5 ملايين متر مكعب من المياه", "5 ملايين متر مكعب", 5e6, 5e6, 5e6, "exact", "m3", "quantity", "المياه"),
    # rainfall in millimetres, one unit in both languages (it was a count of "ملم" or "mm")
    ("وهطلت 150 ملم من الأمطار", "150 ملم", 150, 150, 150, "exact", "mm", "quantity", N),
    ("The storm dumped 400 mm of rain", "400 mm", 400, 400, 400, "exact", "mm", "quantity", N),
    ("the ship carried 300 tonnes of wheat", "300 tonnes", 300, 300, 300, "exact", "t", "quantity", "wheat"),
    ("ارتفعت النسبة إلى 40%", "40%", 40, 40, 40, "exact", "percent", "percent", N),
    ("نسبة 40٪ من السكان", "40٪", 40, 40, 40, "exact", "percent", "percent", N),
    ("%50 من السكان", "%50", 50, 50, 50, "exact", "percent", "percent", N),
    ("40 بالمئة من الناخبين", "40 بالمئة", 40, 40, 40, "exact", "percent", "percent", N),
    ("40 بالمائة", "40 بالمائة", 40, 40, 40, "exact", "percent", "percent", N),
    ("40 في المئة", "40 في المئة", 40, 40, 40, "exact", "percent", "percent", N),
    ("40 percent of voters", "40 percent", 40, 40, 40, "exact", "percent", "percent", N),
    ("40 per cent", "40 per cent", 40, 40, 40, "exact", "percent", "percent", N),
    ("100 دولار", "100 دولار", 100, 100, 100, "exact", "USD", "money", N),
    ("50 يورو", "50 يورو", 50, 50, 50, "exact", "EUR", "money", N),
    ("1500 دينار ليبي", "1500 دينار ليبي", 1500, 1500, 1500, "exact", "LYD", "money", N),
    ("300 مليار ليرة لبنانية", "300 مليار ليرة لبنانية", 3e11, 3e11, 3e11, "exact", "LBP", "money", N),
    ("2 million shekels", "2 million shekels", 2e6, 2e6, 2e6, "exact", "ILS", "money", N),
    ("500 million rupees", "500 million rupees", 5e8, 5e8, 5e8, "exact", "rupee", "money", N),
    ("نحو 20 ريالا", "نحو 20 ريالا", 20, 19, 21, "about", "SAR", "money", N),
    ("100 جنيه", "100 جنيه", 100, 100, 100, "exact", "EGP", "money", N),
    ("$2.5 million in aid", "$2.5 million", 2.5e6, 2.5e6, 2.5e6, "exact", "USD", "money", N),
    ("€300 million", "€300 million", 3e8, 3e8, 3e8, "exact", "EUR", "money", N),
    ("a $5m grant", "$5m", 5e6, 5e6, 5e6, "exact", "USD", "money", N),
    ("5 million dollars", "5 million dollars", 5e6, 5e6, 5e6, "exact", "USD", "money", N),
    # --- casualty words before and after ----------------------------------------------------
    ("لقي 5 أشخاص حتفهم", "5 أشخاص", 5, 5, 5, "exact", N, "casualties", "killed"),
    ("145 killed", "145 killed", 145, 145, 145, "exact", N, "casualties", "killed"),
    ("the death toll rose to 145", "145", 145, 145, 145, "exact", N, "casualties", "killed"),
    ("ارتفع عدد القتلى إلى 205", "205", 205, 205, 205, "exact", N, "casualties", "killed"),
    ("إصابة 10 أشخاص", "10 أشخاص", 10, 10, 10, "exact", N, "casualties", "wounded"),
    ("فقدان 12 مهاجرا", "12 مهاجرا", 12, 12, 12, "exact", N, "casualties", "missing"),
    ("12 missing", "12 missing", 12, 12, 12, "exact", N, "casualties", "missing"),
    ("سقط 5 شهداء", "5 شهداء", 5, 5, 5, "exact", N, "casualties", "killed"),
    ("7 injured", "7 injured", 7, 7, 7, "exact", N, "casualties", "wounded"),
    ("they captured 145 soldiers", "145 soldiers", 145, 145, 145, "exact", N, "casualties", "captured"),
    ("145 soldiers were taken prisoner", "145 soldiers", 145, 145, 145, "exact", N, "casualties", "captured"),
    ("3,000 people were displaced", "3,000 people", 3000, 3000, 3000, "exact", N, "casualties", "displaced"),
    ("نفذ سلاح الجو 5 ضربات جوية", "5 ضربات جوية", 5, 5, 5, "exact", N, "count", "ضربة جوية"),
    ("وحضر الاجتماع 15 وزيرا", "15 وزيرا", 15, 15, 15, "exact", N, "count", "وزير"),
    ("تعرضت 3 مستشفيات للقصف", "3 مستشفيات", 3, 3, 3, "exact", N, "count", "مستشفيات"),
    # --- not quantities -------------------------------------------------------------------------
    _none("منذ سقوط نظام معمر القذافي في 2011"),
    _none("وشكلت نهاية 2015 في ضوء اتفاق"),
    _none("منذ عام 2011"),
    # an ordinal ranks, unless it gives an age
    _none("افتتحت الدورة الثالثة والعشرين للمعرض"),
    _none("في 23 فبراير/شباط الماضي"),
    _none("On April 5 the army advanced"),
    _none("On April 5, 2019 the army advanced"),
    _none("ينسحب من منطقة جسر الـ27"),
    _none("سيطرت على حاجز جسر 27 العسكري"),
    _none("وسيطر على بوابة 27، قبل أن يعود"),
    _none("مما يسمى البوابة 27.آخر المواقف الدولية"),
    _none("اللجنة العسكرية المشتركة (5+5)"),
    _none("قمة مجموعة العشرين"),
    _none("وأكد عيسى لـ\"عربي21\" تراجع قوات الوفاق"),
    _none("في الساعة 10 صباحا"),
    _none("at 10:30 am"),
    _none("Resolution 2259 was adopted"),
    _none("COVID-19 cases rose"),
    _none("the 27th brigade"),
    _none("لا تستهدف أحدا سوى الإرهابيين"),
    _none("G20 summit"),
    _none("He was born in 1985."),
    _none("في الذكرى 9 للثورة"),
    _none("وبات على بعد كليومترات من مدينة سرت"),
    _none("يبدأ الصيام في 17 رمضان"),
    # an age: an ordinal after "ناهز"/"سن" is a number, and a number there counts years, not
    # the dead a word of death before it would make them
    ("توفي الممثل عن عمر ناهز الخامسة والسبعين عاما", "الخامسة والسبعين عاما", 75, 75, 75, "exact", N,
     "count", "عام"),
    ("رحل الشاعر عن عمر ناهز الثالثة وثمانين عاما", "الثالثة وثمانين عاما", 83, 83, 83, "exact", N, "count", "عام"),
    ("توفي الشاعر عن عمر ناهز 81.", "81", 81, 81, 81, "exact", N, "count", "عام"),
    ("أصيب فتى في سن 16 بجروح طفيفة", "16", 16, 16, 16, "exact", N, "count", "عام"),
    ("وكان المجلس قد سن 3 قوانين جديدة", "3 قوانين", 3, 3, 3, "exact", N, "count", "قوانين"),
    # --- magnitudes and depths --------------------------------------------------------------
    ("هز زلزال بقوة 5.3 درجات بمقياس ريختر الجبال", "5.3 درجات بمقياس ريختر", 5.3, 5.3, 5.3, "exact",
     "magnitude", "magnitude", N),
    ("زلزال بلغت قوته 6 درجات", "6 درجات", 6, 6, 6, "exact", "magnitude", "magnitude", N),
    ("هزة عنيفة بقوة 5،7 درجات", "5،7 درجات", 5.7, 5.7, 5.7, "exact", "magnitude", "magnitude", N),
    ("A 5.7 magnitude tremor shook the town", "5.7 magnitude", 5.7, 5.7, 5.7, "exact", "magnitude", "magnitude", N),
    ("a 6.1-magnitude tremor", "6.1-magnitude", 6.1, 6.1, 6.1, "exact", "magnitude", "magnitude", N),
    ("a strong 5.9 aftershock hit the town", "5.9", 5.9, 5.9, 5.9, "exact", "magnitude", "magnitude", N),
    ("the tremor registered a magnitude of 5.2", "5.2", 5.2, 5.2, 5.2, "exact", "magnitude", "magnitude", N),
    ("a shock measuring 5.4 on the Richter scale", "5.4 on the Richter scale", 5.4, 5.4, 5.4, "exact", "magnitude",
     "magnitude", N),
    # a temperature: degrees with no strength word and no Richter scale are not a magnitude
    ("درجات الحرارة تصل إلى 45 درجة", "45 درجة", 45, 45, 45, "exact", N, "count", "درجة"),
    ("كانت الهزة على عمق نحو 12,5 كيلومتر", "نحو 12,5 كيلومتر", 12.5, 11.875, 13.125, "about", "km", "depth", N),
    ("at a depth of 10 kilometers", "10 kilometers", 10, 10, 10, "exact", "km", "depth", N),
    # a length after an area word is an area: the writer left out "square"
    ("حريق التهم أعلافا تقدر مساحتها بـ 20 ألف متر", "20 ألف متر", 20000, 20000, 20000, "exact", "m2", "quantity", N),
    ("the fire burned an area of 400 metres", "400 metres", 400, 400, 400, "exact", "m2", "quantity", N),
    ("the quake was 18 km deep", "18 km", 18, 18, 18, "exact", "km", "depth", N),
    ("the quake struck 12 kilometres beneath the town", "12 kilometres", 12, 12, 12, "exact", "km", "depth", N),
    # a conversion in brackets between the length and "deep"; a distance has none
    ("the tremor was centred 14 kilometres (8.7 miles) deep", "14 kilometres", 14, 14, 14, "exact", "km", "depth", N),
    ("the hamlet lies 14 kilometres (8.7 miles) from the dam", "14 kilometres", 14, 14, 14, "exact", "km",
     "distance", N),
    # --- tolls and people counted by what happened to them ------------------------------------
    ("وفي الشمال، لقي 163 شخصا مصرعهم", "163 شخصا", 163, 163, 163, "exact", N, "casualties", "killed"),
    ("فقد 1458 شخصاً حياتهم", "1458 شخصاً", 1458, 1458, 1458, "exact", N, "casualties", "killed"),
    ("ارتفعت حصيلة قتلى الفيضانات التي اجتاحت الوادي إلى 12 ألفا و318 شخصا", "12 ألفا و318 شخصا",
     12318, 12318, 12318, "exact", N, "casualties", "killed"),
    ("خلف الإعصار أكثر من 240 ضحية", "أكثر من 240 ضحية", 240, 240, N, "more_than", N, "casualties", "killed"),
    ("وأكثر من 3.400 مصاب", "أكثر من 3.400 مصاب", 3400, 3400, N, "more_than", N, "casualties", "wounded"),
    ("The death toll has risen to 4,300", "4,300", 4300, 4300, 4300, "exact", N, "casualties", "killed"),
    ("At least 37 fishermen have drowned", "At least 37 fishermen", 37, 37, N, "at_least", N, "casualties", "killed"),
    ("وانتُشلت 52 جثة", "52 جثة", 52, 52, 52, "exact", N, "casualties", "killed"),
    ("61 survivors were taken to the port", "61 survivors", 61, 61, 61, "exact", N, "casualties", "rescued"),
    ("تم إنقاذ 61 شخصا", "61 شخصا", 61, 61, 61, "exact", N, "casualties", "rescued"),
    ("up to 240 people were on board", "up to 240 people", 240, N, 240, "at_most", N, "casualties", "aboard"),
    ("نحو 320 راكباً على متن العبارة", "نحو 320 راكباً", 320, 304, 336, "about", N, "casualties", "aboard"),
    ("police arrested nine people", "nine people", 9, 9, 9, "exact", N, "casualties", "arrested"),
    # --- ranges written with إلى / to -------------------------------------------------------
    ("ما بين 40 إلى 90 شخص قتلوا", "بين 40 إلى 90 شخص", N, 40, 90, "range", N, "casualties", "killed"),
    ("perhaps 40 to 90 people killed", "40 to 90 people", N, 40, 90, "range", N, "casualties", "killed"),
    ("كان يقل من 200 إلى 320 مهاجرا", "200 إلى 320 مهاجرا", N, 200, 320, "range", N, "casualties", "aboard"),
    ("ارتفع عدد القتلى من 52 إلى 57 شخصا", "57 شخصا", 57, 57, 57, "exact", N, "casualties", "killed"),
    ("بلغت 1.9 تريليون ريال", "1.9 تريليون ريال", 1.9e12, 1.9e12, 1.9e12, "exact", "SAR", "money", N),
    # --- what happened to the people counted ----------------------------------------------
    # the plural of a past verb after the count agrees with the people counted
    ("قالت الوزارة إن 230 فلسطينيا استشهدوا في القصف", "230 فلسطينيا", 230, 230, 230, "exact", N,
     "casualties", "killed"),
    ("وأفاد المصدر بأن 12 عاملا أصيبوا في الحريق", "12 عاملا", 12, 12, 12, "exact", N, "casualties", "wounded"),
    ("the ministry said 212 martyrs were buried", "212 martyrs", 212, 212, 212, "exact", N, "casualties", "killed"),
    ("وبقي 19 بحالة حرجة", "19 بحالة حرجة", 19, 19, 19, "exact", N, "casualties", "critical"),
    ("15 critical cases remain in hospital", "15 critical cases", 15, 15, 15, "exact", N, "casualties", "critical"),
    # a passive verb after "on board" says what happened to them
    ("61 people on board the ferry were later rescued", "61 people", 61, 61, 61, "exact", N, "casualties", "rescued"),
    # --- a length in two units is one quantity, the metric writing kept ----------------------
    ("the ferry sank about 30 miles (48 km) west of the cape", "48 km", 48, 48, 48, "exact", "km", "distance", N),
    ("على مسافة 26 ميلا بحريا (30 ميلا، 48 كيلومترا) غرب الرأس", "48 كيلومترا", 48, 48, 48, "exact", "km",
     "distance", N),
    # --- clock times are not quantities ------------------------------------------------------
    _none("the quake struck at 3.52 a.m. local time"),
    _none("ينظم المعرض في الـ 11 من شهر أكتوبر القادم"),
    _none("وقع الزلزال الساعة (01,17 ت غ)"),
    # a number that only refers back to the figure before it measures the same thing
    ("the mayor said 30 people were killed, while the hospital staff put the toll at 45.", "45", 45, 45, 45,
     "exact", N, "casualties", "killed"),
    ("the mayor said 30 were killed, the hospital staff put the toll at 1,045, while", "1,045", 1045, 1045,
     1045, "exact", N, "casualties", "killed"),
    # a ratio beside a quake noun is no magnitude
    ("the earthquake was 2.5 times stronger", "2.5 times", 2.5, 2.5, 2.5, "exact", N, "count", "time"),
    _none("the number of pupils rose to 500"),
    # a decimal beside a quake noun is its magnitude: there are no 6.2 earthquakes
    ("before dawn a strong 6.2 earthquake hit the valley", "6.2", 6.2, 6.2, 6.2, "exact", "magnitude",
     "magnitude", N),
    ("وقدرت الهيئة الزلزال عند 6.1 قرب المدينة", "6.1", 6.1, 6.1, 6.1, "exact", "magnitude", "magnitude", N),
    ("هدم الزلزال 7.5% من المباني", "7.5%", 7.5, 7.5, 7.5, "exact", "percent", "percent", N),
    # a number hyphened to a noun describes it; the second number of a tally counts nothing
    ("A 12-year-old girl was killed by the falling wall.", None, N, N, N, N, N, N, N),
    ("The gunman was shot dead at the three-day fair.", None, N, N, N, N, N, N, N),
    ("The motion passed by a 61-39 vote.", None, N, N, N, N, N, N, N),
    ("Most of the Sept. 11 hijackers held visas.", None, N, N, N, N, N, N, N),
    ("Some 40-odd people died when the roof fell.", "Some 40", 40, 38, 42, "about", N, "casualties", "killed"),
    ("Officials said the dead numbered near the bottom of a 40-to-90 range.", "40", 40, 40, 40, "exact", N,
     "casualties", "killed"),
    # the number before a verb that takes another number counts who or what did it
    ("Two car bombs killed 15 people in the city.", "Two car", 2, 2, 2, "exact", N, "count", "car"),
    ("Two car bombs killed 15 people in the city.", "15 people", 15, 15, 15, "exact", N, "casualties", "killed"),
    ("Twelve gunmen killed at least 3 soldiers.", "Twelve gunmen", 12, 12, 12, "exact", N, "count", "gunmen"),
    # a headline that lost its comma lists two tolls, it takes no object
    ("57 Civilians killed 150 Injured in attacks on the city.", "57 Civilians", 57, 57, 57, "exact", N,
     "casualties", "killed"),
    ("Twelve gunmen killed at least 3 soldiers.", "at least 3 soldiers", 3, 3, N, "at_least", N, "casualties",
     "killed"),
    ("Police said 3-4 people were killed.", "3-4 people", N, 3, 4, "range", N, "casualties", "killed"),

]


def _same(got: float | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is want
    return got == pytest.approx(want)


@pytest.mark.parametrize("text, phrase, value, low, high, bound, unit, claim_type, tag", ROWS)
def test_quantity(text, phrase, value, low, high, bound, unit, claim_type, tag):
    found = quantities_in(text)
    if phrase is None:
        assert found == [], found
        return
    hits = [q for q in found if q.text == phrase]
    assert len(hits) == 1, found
    q = hits[0]
    assert text[q.start:q.end] == q.text
    assert _same(q.value, value) and _same(q.low, low) and _same(q.high, high), q
    assert (q.bound, q.unit, q.claim_type) == (bound, unit, claim_type), q
    assert (q.attribute if claim_type == "casualties" else q.counted) == tag, q


# text, phrase, direction, reference, subject
DISTANCES = [
    ("تسيطر على قرية تبعد 40 كيلومترا جنوبي طرابلس بعد اشتباكات", "40 كيلومترا", "south", "طرابلس", "قرية"),
    ("سيطرت يوم الخميس على مدينة غريان التي تبعد 80 كيلومترا جنوبي طرابلس بعد مناوشات", "80 كيلومترا",
     "south", "طرابلس", "غريان"),
    ("أخفقت في السيطرة على نقطة تفتيش تبعد نحو 30 كيلومترا غربي العاصمة ضمن محاولة", "نحو 30 كيلومترا",
     "west", "العاصمة", "نقطة تفتيش"),
    ("سيطرت مساء الخميس على حاجز جسر 27 العسكري الواقع على بعد 27 كيلومتراً من البوابة الغربية لطرابلس،",
     "27 كيلومتراً", None, "البوابة الغربية لطرابلس", "حاجز جسر 27"),
    ("ثم بني وليد (180 كم جنوب شرق طرابس)، الجمعة الماضية", "180 كم", "south-east", "طرابس", "بني وليد"),
    ("لاستعادة السيطرة على مدينة سرت على بعد 450 كلم شرق طرابلس، فيما", "450 كلم", "east", "طرابلس", "سرت"),
    ("تقع على بعد 30 كيلومترا إلى الجنوب من العاصمة طرابلس", "30 كيلومترا", "south", "طرابلس", None),
    ("تقدمت القوات 10 كيلومترات شمالا", "10 كيلومترات", "north", None, None),
    ("تبعد 5 أميال عن المدينة", "5 أميال", None, "المدينة", None),
    ("Forces took Gharyan, 80 km south of Tripoli, on Thursday", "80 km", "south", "Tripoli", "Gharyan"),
    ("a checkpoint about 30 km west of the capital", "about 30 km", "west", "capital", "checkpoint"),
    ("the base lies 20 km north-west of Misrata", "20 km", "north-west", "Misrata", "base"),
    # a point between two of the compass reads as the one its last word names
    ("the tremor was 35 km (22 miles) west north-west of Misrata", "35 km", "north-west", "Misrata", None),
    ("the tremor was 35 km (22 miles) north north-west of Misrata", "35 km", "north-west", "Misrata", None),
    ("the tremor was 6 km south-southeast of Misrata", "6 km", "south-east", "Misrata", None),
    # the reference after a described town; a destination is not the place measured
    ("the wreck lay about 40 km from the southern fishing town of Marsala", "about 40 km", None, "Marsala", None),
    ("كان القارب في طريقه إلى مالطا وكان على بعد 40 كيلومترا غرب بلدة مرسالا", "40 كيلومترا", "west",
     "مرسالا", None),
    ("the ferry sank about 30 miles (48 km) west of Valletta", "48 km", "west", "Valletta", None),
    # a peninsula: the name after "شبه جزيرة", past its quotes
    ('تقع على بعد 60 كيلومترا شرق شبه جزيرة "القرم" فجرا', "60 كيلومترا", "east", "القرم", None),
    # the verb before a subject is no part of it; a marker with "و" opens a clause of its own
    ("تقع الواحة على بعد 65 كيلومترا من الميناء", "65 كيلومترا", None, "الميناء", "الواحة"),
    ("وتقع الواحة على بعد 65 كيلومترا من الميناء", "65 كيلومترا", None, "الميناء", "الواحة"),
    ("سيطرت القوات على مدينة ترهونة والواقعة على بعد 65 كيلومترا من العاصمة", "65 كيلومترا", None,
     "العاصمة", "ترهونة"),
    ("وعلى بعد 150 كيلومترا، سمع سكان الجزيرة دوي الانفجار", "150 كيلومترا", None, None, None),
]


@pytest.mark.parametrize("text, phrase, direction, reference, subject", DISTANCES)
def test_distance_places(text, phrase, direction, reference, subject):
    q = _one(text, phrase)
    assert q.claim_type == "distance"
    assert (q.direction, q.reference, q.subject) == (direction, reference, subject)


# text, phrase, counted, who
WHO = [
    ("أسرت 145 جنديا", "145 جنديا", "جندي", "soldiers"),
    ("أسر 145 عنصرا من قوات حفتر", "145 عنصرا", "عنصر", "fighters"),
    ("تم أسر عشرات من مقاتلي حفتر", "عشرات من مقاتلي", "مقاتل", "fighters"),
    ("مقتل 7 مدنيين", "7 مدنيين", "مدني", "civilians"),
    ("إصابة 5 أطفال", "5 أطفال", "طفل", "children"),
    ("مقتل 3 نساء", "3 نساء", "امرأة", "women"),
    ("مقتل 4 شرطيين", "4 شرطيين", "شرطي", "police"),
    ("7 civilians were killed", "7 civilians", "civilian", "civilians"),
    ("145 soldiers were captured", "145 soldiers", "soldier", "soldiers"),
    ("أربعة قتلى", "أربعة قتلى", "قتيل", None),
    # "six of the martyrs": a part of the dead, never compared with their number
    ("وكشفت الوزارة أن ستة من الشهداء من المتدربين", "ستة من الشهداء", "شهيد", "part"),
]


@pytest.mark.parametrize("text, phrase, counted, who", WHO)
def test_counted_and_who(text, phrase, counted, who):
    q = _one(text, phrase)
    assert (q.counted, q.who) == (counted, who)


# Every quantity in the seed articles: (text, value, low, high, claim_type, attribute).
SEED_QUANTITIES = {
    "000": [("40 كيلومترا", 40, 40, 40, "distance", N), ("145 عنصرا", 145, 145, 145, "casualties", "captured"),
            ("145 جنديا", 145, 145, 145, "casualties", "captured"),
            ("حوالي 60 قطعة سلاح", 60, 57, 63, "count", N), ("80 كيلومترا", 80, 80, 80, "distance", N),
            ("نحو 30 كيلومترا", 30, 28.5, 31.5, "distance", N)],
    "001": [("27 كيلومتراً", 27, 27, 27, "distance", N),
            ("عشرات من مقاتلي", N, 20, 99, "casualties", "captured"),
            ("نحو عشرين آلية", 20, 19, 21, "count", N)],
    "002": [],
    "003": [("عدة محاور", N, 3, 9, "count", N), ("أربعة قتلى", 4, 4, 4, "casualties", "killed"),
            ("ستة جرحى", 6, 6, 6, "casualties", "wounded")],
    "004": [("7 مدنيين", 7, 7, 7, "casualties", "killed"), ("180 كم", 180, 180, 180, "distance", N),
            ("450 كلم", 450, 450, 450, "distance", N), ("5 ضربات جوية", 5, 5, 5, "count", N)],
}


@pytest.mark.parametrize("prefix", sorted(SEED_QUANTITIES))
def test_seed_articles(prefix):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    found = quantities_in(text)
    assert all(text[q.start:q.end] == q.text for q in found)
    got = [(q.text, q.value, q.low, q.high, q.claim_type, q.attribute) for q in found]
    assert got == [(t, v if v is None else float(v), float(lo), float(hi), c, a)
                   for t, v, lo, hi, c, a in SEED_QUANTITIES[prefix]]


def test_a_referred_number_needs_a_toll_before_it():
    """"put the number at 45" after a count of pupils is no figure the reader can type."""
    found = quantities_in("the school has 30 pupils and the inspector put the number at 45")
    assert [q.text for q in found] == ["30 pupils"]


@pytest.mark.parametrize("text, phrase, concept", [
    ("Of the survivors, 31 are Sudanese, 18 Eritrean and 4 Yemeni.", "18 Eritrean", None),
    ("Of the survivors, 31 are Sudanese, 22 Egyptian and 4 Yemeni.", "31 are Sudanese", "nationals:sudan"),
    ("Of the survivors, 31 are Sudanese, 22 Egyptian and 4 Yemeni.", "22 Egyptian", "nationals:egypt"),
    ("Among them were 6 Tunisians.", "6 Tunisians", "nationals:tunisia"),
    ("وبين الناجين 22 مصريًا و31 سودانيا.", "22 مصريًا", "nationals:egypt"),
    ("نجا 60 شخصا بينهم 20 إلى 25 سورياً.", "20 إلى 25 سورياً", "nationals:syria"),
    ("They brought 5 Syrian refugees.", "5 Syrian refugees", "people:refugees"),
    ("Among the dead were six children.", "six children", "people:children"),
    ("ورافق ستة أطفال المعلمين في الرحلة.", "ستة أطفال", "people:children"),
    ("107 people remained in hospital.", "107 people", "people:people"),
    ("وما زال 107 أشخاص في المستشفيات.", "107 أشخاص", "people:people"),
    ("وسجلت السلطات 120 هزة ارتدادية منذ الزلزال.", "120 هزة ارتدادية", "aftershock"),
    ("The agency recorded 120 aftershocks.", "120 aftershocks", "aftershock"),
    ("وشعر السكان بعد ذلك 3 هزات قوية.", "3 هزات", "هزات"),
])
def test_people_counted_by_nationality_or_noun_meet_across_languages(text, phrase, concept):
    """A nationality after a number (adjective, plural, nisba with its case ending, or the
    country's own name after a range) is one key in both languages; one the table lacks
    (Eritrean) is no nationality. People named by a noun ("children", "أطفال") are one key
    in both languages too (they were "child" against "طفل", and never met)."""
    from crosscheck.claims.concepts import concept_of

    found = [q for q in quantities_in(text) if q.text == phrase]
    if concept is None:
        assert not found or not concept_of(found[0].counted).startswith("nationals:")
        return
    (q,) = found
    assert (q.claim_type, concept_of(q.counted)) == ("count", concept)


@pytest.mark.parametrize("text, phrase, attribute", [
    ("Of the survivors, 31 are Sudanese, 22 Egyptian and 4 Yemeni.", "22 Egyptian", "rescued"),
    ("وقالت الوزارة إن بين من أنقذتهم فرق البحث 22 مصريًا و31 سودانيا.", "22 مصريًا", "rescued"),
    ("The survivors include 31 Sudanese and 22 Egyptians.", "31 Sudanese", "rescued"),
    ("نجا 60 شخصا بينهم 20 إلى 25 سورياً.", "20 إلى 25 سورياً", "rescued"),
    ("Among the dead were 6 Tunisians.", "6 Tunisians", None),
])
def test_people_counted_by_nationality_among_the_rescued_are_a_part_of_them(text, phrase, attribute):
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute) == ("count", attribute)


@pytest.mark.parametrize("text, phrase, value", [
    ("أطلق 40 صاروخا في الأحد عشر شهرا الأولى من العام", "أحد عشر شهرا", 11),
    ("وقتل الاثنا عشر جنديا في الكمين", "اثنا عشر جنديا", 12),
    ("خلال الخمسة عشر يوما الماضية", "خمسة عشر يوما", 15),
    ("قتل يوم الأحد عشرة أشخاص", "عشرة أشخاص", 10),
    ("قتل يوم الأحد عشر نساء", "عشر نساء", 10),
])
def test_an_arabic_compound_number_with_the_article_is_one_number(text, phrase, value):
    """"الأحد عشر" is eleven, not ten after a stray word; Sunday ("يوم الأحد") before a ten
    stays Sunday, and so does "الأحد عشرة" (eleven would be "أحد عشر")."""
    found = [(q.text, q.value) for q in quantities_in(text)]
    assert (phrase, float(value)) in found


@pytest.mark.parametrize("text, phrase, who", [
    ("Another 12 people died in hospital overnight, raising the toll to 57.", "12 people", "part"),
    ("Another 12 people died in hospital overnight, raising the toll to 57.", "57", None),
    ("وانتشلت فرق الإنقاذ 3 جثث إضافية ليرتفع عدد الضحايا إلى 81.", "3 جثث", "part"),
    ("A further 8 bodies were recovered from the river.", "8 bodies", "part"),
    ("قتل 5 أشخاص وأصيب 10 آخرون.", "10 آخرون", None),
    ("Divers recovered another 9 bodies on Friday.", "9 bodies", "part"),
    # "another" before people, after a sentence on the dead, counts others, not more
    ("Another 300 people were hurt when the roof fell.", "300 people", "people"),
    # one of a group just counted
    ("The raid left 14 gunmen including one of their commanders dead.", "one", "part"),
])
def test_an_increment_of_a_toll_is_a_part_of_it_not_its_number(text, phrase, who):
    """"another 12", "3 جثث إضافية", "a further 8" add to a toll: a part of it, never compared
    with another outlet's toll; "آخرون" (others) is another group, no increment."""
    q = _one(text, phrase)
    assert (q.claim_type, q.who) == ("casualties", who)


@pytest.mark.parametrize("text, phrase, attribute", [
    ("The shelling left 45 dead or wounded.", "45 dead or wounded", "killed_or_wounded"),
    ("سقط 45 بين قتيل وجريح في القصف.", "45 بين قتيل وجريح", "killed_or_wounded"),
    ("The shelling left 45 dead and 30 wounded.", "45 dead", "killed"),
    ("Two days on, 300 people were still unaccounted for.", "300 people", "missing"),
])
def test_a_count_of_people_in_two_states_is_its_own_slot(text, phrase, attribute):
    """"45 dead or wounded" is neither the dead nor the wounded: another slot, never set
    against a count of the dead; people "unaccounted for" are missing."""
    q = _one(text, phrase)
    assert q.attribute == attribute


@pytest.mark.parametrize("text, phrase, value, attribute", [
    ("وأسفر الحادث عن مقتل شخصين وإصابة ثلاثة.", "شخصين", 2, "killed"),
    ("سقط قتيلان وثلاثة جرحى في القصف.", "قتيلان", 2, "killed"),
    ("وأصيب طفلان بجروح في الانفجار.", "طفلان", 2, "wounded"),
    ("وأصيب 30 شخصا بينهم 5 بحالة خطيرة.", "5", 5, "critical"),
    ("The fire forced 3,000 residents to flee their homes.", "3,000 residents", 3000, "displaced"),
])
def test_arabic_duals_serious_condition_and_people_forced_to_flee(text, phrase, value, attribute):
    """A dual noun alone is two people ("مقتل شخصين"); "بحالة خطيرة" is critical; people
    forced "to flee" are displaced."""
    q = _one(text, phrase)
    assert (q.value, q.attribute) == (float(value), attribute)


def test_a_plural_spelt_like_a_dual_is_not_two():
    """"مدنيين" and "مصابين" are plurals as often as duals: never read as two."""
    assert [q.text for q in quantities_in("وقتل مدنيين ومصابين في القصف.")] == []


@pytest.mark.parametrize("text, phrase, attribute", [
    ("The storm killed more than 2,000 people and injured over 5,000.", "more than 2,000 people", "killed"),
    ("The storm killed more than 2,000 people and injured over 5,000.", "over 5,000", "wounded"),
    ("The quake killed 900 people, injuring 3,000.", "900 people", "killed"),
    ("أسفر الانفجار عن مقتل 5 أشخاص وإصابة 10 آخرين.", "5 أشخاص", "killed"),
])
def test_a_verb_right_before_the_count_says_what_happened_to_it(text, phrase, attribute):
    """"killed 2,000 people and injured 5,000": the verb right before the 2,000 wins over the
    next one after it."""
    q = _one(text, phrase)
    assert q.attribute == attribute


@pytest.mark.parametrize("text, phrase, attribute", [
    ("Twelve people, including a child, died in the explosion.", "Twelve people", "killed"),
    ("At least 40 people, most of them women, died in the crush.", "At least 40 people", "killed"),
    ("40 people, among them three police officers, were wounded.", "40 people", "wounded"),
    ("40 شخصا، بينهم طفلان، لقوا حتفهم في الانفجار.", "40 شخصا", "killed"),
])
def test_an_aside_after_the_count_does_not_hide_the_verb(text, phrase, attribute):
    """"N people, including a child, were killed": the verb after an aside set off by
    commas says what happened to the N (they were read as a plain count of people)."""
    assert _one(text, phrase).attribute == attribute


@pytest.mark.parametrize("text, phrase", [
    ("واعتقلت الشرطة 11 شخصا بينهم المسلحون الذين فروا من القاعة.", "11 شخصا"),
    ("Police detained 11 people, including the gunmen who fled the hall.", "11 people"),
])
def test_what_a_part_of_the_people_did_is_not_what_happened_to_all(text, phrase):
    """"detained 11 people, including the gunmen who fled": the 11 were detained; the verb
    after "including"/"بينهم" tells of the part (they were read as displaced)."""
    assert _one(text, phrase).attribute == "arrested"


@pytest.mark.parametrize("text, phrase, attribute, who", [
    ("The disaster has claimed the lives of at least 2,300 people.", "at least 2,300 people", "killed", "people"),
    ("Rescuers saved the lives of 12 people.", "12 people", "rescued", "people"),
    ("The toll rose by 12 to 69 overnight.", "12", "killed", "part"),
    ("The toll rose by 12 to 69 overnight.", "69", "killed", None),
])
def test_lives_claimed_and_a_rise_by_a_number(text, phrase, attribute, who):
    """"claimed the lives of 2,300" are the dead (they were a plain count); lives saved are
    not; in "rose by 12 to 69" the 12 is the rise, a part of the toll, and 69 the toll (it
    was a count of "overnight")."""
    q = _one_claim(text, phrase)
    assert (q.claim_type, q.attribute, q.who) == ("casualties", attribute, who)


@pytest.mark.parametrize("text, phrase, attribute", [
    ("ونقل المصابون البالغ عددهم 45 إلى مستشفيات المدينة.", "45", "wounded"),
    ("وكان الركاب وعددهم 62 قد صعدوا إلى الطائرة.", "62", "aboard"),
    ("فيما لا يزال 7 أشخاص تحت الركام.", "7 أشخاص", "missing"),
    ("At least 40 people remain trapped, officials said.", "At least 40 people", "missing"),
    ("Rescuers pulled 7 people from under the rubble alive.", "7 people", "rescued"),
])
def test_people_numbered_after_their_noun_trapped_or_found_alive(text, phrase, attribute):
    """"المصابون البالغ عددهم 45": the number counts the noun before it (it was no figure);
    people still under the rubble or trapped are missing, and those brought out alive are
    rescued, whatever the words after "from" say of where they were (both were plain counts
    of people)."""
    assert _one(text, phrase).attribute == attribute


@pytest.mark.parametrize("text, phrase, attribute", [
    ("وحصدت السيول أرواح 300 شخص.", "300 شخص", "killed"),
    ("وراح ضحيته 15 شخصا.", "15 شخصا", "killed"),
    ("وأنقذت الفرق أرواح 20 شخصا.", "20 شخصا", "rescued"),
])
def test_lives_reaped_or_saved_and_those_who_fell_victim(text, phrase, attribute):
    """"حصدت ... أرواح 300": the verb before "lives" says what happened (the dead, or the
    saved); "راح ضحيته 15" are the dead (both were plain counts of people)."""
    assert _one(text, phrase).attribute == attribute


@pytest.mark.parametrize("text, part, whole, whole_attribute", [
    ("Nine of the 12 crew members survived.", "Nine", "12 crew members", None),
    ("Only 86 of the 410 people on board survived.", "86", "410 people", "aboard"),
    ("Two of the 15 dead were children.", "Two", "15 dead", "killed"),
])
def test_a_part_of_a_whole_takes_the_verb_and_the_whole_keeps_its_own_state(text, part, whole, whole_attribute):
    """"86 of the 410 people on board survived": the 86 survived, a part never compared with
    a toll; the 410 were aboard (they were read as 410 rescued, and the 86 not at all)."""
    found = {q.text: q for q in quantities_in(text)}
    assert found[part].who == "part"
    assert found[whole].attribute == whole_attribute


@pytest.mark.parametrize("text", [
    "ولد الشاعر عام 1930 وتوفي 2010.",
    "توفي رجل (52) عاما في منزله.",
    "إحصاءات وفيات 2015",
    "قصف الطيران 3 أحياء في حلب",
    "The scores were level after the first half.",
])
def test_a_year_after_died_and_neighbourhoods_are_no_toll(text):
    """A year right after "توفي"/"وفيات" with nothing counted after it is a year, and a number
    alone in brackets before "عاما" an age; "أحياء" is neighbourhoods as often as people
    alive; "scores" a game's result unless a figure's word follows it."""
    assert not [q for q in quantities_in(text) if q.claim_type == "casualties"]


@pytest.mark.parametrize("text, tolls", [
    ("A man aged 45 died on the way to hospital.", []),
    ("Four children aged 5 to 12 were killed.", []),
    ("The victims were aged between 5 and 12.", []),
    ("قتل 4 أطفال تتراوح أعمارهم بين 5 و12 عاما.", [4.0]),
])
def test_a_number_or_range_after_aged_is_an_age(text, tolls):
    """After "aged" or "أعمارهم" (also before "between"/"بين") a number gives an age, even
    before "died" or "were killed" (a range of ages was a toll of 5 to 12)."""
    assert [q.value for q in quantities_in(text) if q.claim_type == "casualties"] == tolls


@pytest.mark.parametrize("text, phrase", [
    ("The bodies of 23 passengers have been recovered so far.", "23 passengers"),
    ("وانتشلت الفرق جثث 23 راكبا من النهر.", "23 راكبا"),
])
def test_the_bodies_of_people_aboard_are_the_dead(text, phrase):
    """"the bodies of 23 passengers": 23 dead, not 23 people aboard (set against the
    number the boat carried, they were a false dispute)."""
    assert _one(text, phrase).attribute == "killed"


@pytest.mark.parametrize("text, phrase", [
    ("The toll rose to 133, up from 115 earlier in the day.", "115"),
    ("The toll rose to 133 from 115 previously.", "115"),
    ("The toll rose to 1,200, up from 900 reported earlier.", "900"),
])
def test_a_time_word_after_the_earlier_value_is_not_what_it_counts(text, phrase):
    """"up from 115 earlier": the toll's earlier value (it was read as a count of
    "earlier", compared with nothing and listed as a figure of its own)."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.time_role) == ("casualties", "killed", "earlier")


@pytest.mark.parametrize("text, phrase", [
    ("Three Britons were among the dead.", "Three"),
    ("Two children were among those killed.", "Two children"),
    ("ومن بين القتلى 5 مصريين.", "5 مصريين"),
    ("Seven members of one family were among the dead, the mayor said.", "Seven members"),
    ("Four pupils from the village school were among the victims.", "Four pupils"),
    ("Two journalists were among the 9 people killed.", "Two journalists"),
])
def test_people_among_the_dead_are_a_part_of_the_toll(text, phrase):
    """Also when a few words say whom they are of before "were among the dead" (they were
    read as a plain count of members)."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.who) == ("casualties", "killed", "part")


@pytest.mark.parametrize("text, phrase", [
    ("وقتل الحارس مع ستة من زملائه في الهجوم على المخفر.", "ستة"),
    ("A farmer was killed with two of his sons in the strike.", "two"),
])
def test_the_companions_of_someone_killed_are_a_part_of_the_toll(text, phrase):
    # with six of his colleagues: seven dead, so six is no toll to set against another's
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.who) == ("casualties", "killed", "part")


def test_a_number_with_the_dead_is_still_the_toll():
    claim = _one_claim("قتل 7 أشخاص مع وصول فرق الإنقاذ إلى القرية.", "7 أشخاص")
    assert (claim.claim_type, claim.who) == ("casualties", "people")


@pytest.mark.parametrize("text, phrase, counted, state", [
    ("Inspectors counted at least 300 collapsed buildings in the old town.", "at least 300 collapsed buildings",
     "building", "destroyed"),
    ("Villagers found 3 damaged churches on the hill.", "3 damaged churches", "church", "damaged"),
    ("The army sent 12 medical teams and 40 armoured vehicles.", "12 medical teams", "medical team", None),
    ("Rescuers were joined by seven coastal ships.", "seven coastal ships", "coastal ship", None),
    ("One individual thought to be the owner was named.", "One individual", "individual", None),
])
def test_an_english_adjective_names_what_is_counted_or_what_happened_to_it(text, phrase, counted, state):
    # "coastal ships" are not all ships: the adjective stays in the name; "collapsed" is
    # what happened to the buildings, their state
    found = _one(text, phrase)
    assert (found.counted, found.attribute) == (counted, state)


@pytest.mark.parametrize("text, values", [
    ("ودمر الزلزال 320 منزلا وألحق أضرارا بـ900 منزل آخر.", [(320, "house", "destroyed"), (900, "house", "damaged")]),
    ("Officials said 320 homes were completely destroyed and 900 were damaged.",
     [(320, "house", "destroyed"), (900, "house", "damaged")]),
    ("وقال الدفاع المدني إن حصيلة المنازل المدمرة بلغت أكثر من 150 بشكل كامل، وأكثر من 400 بشكل جزئي.",
     [(150, "house", "destroyed"), (400, "house", "damaged")]),
    ("The number of damaged bridges rose to 14 by Tuesday.", [(14, "bridge", "damaged")]),
    ("وقالت البلدية إن 64 بناية سويت بالأرض، فيما تصدعت 95 أخرى في الحي القديم.",
     [(64, "building", "destroyed"), (95, "building", "damaged")]),
    ("The quake destroyed some 2,400 homes and damaged another 9,000.", [(2400, "house", "destroyed"),
                                                                        (9000, "house", "damaged")]),
    ("وأسفر الزلزال عن تدمير 340 منزلا بشكل كامل وتضرر 1200 منزل آخر.", [(340, "house", "destroyed"),
                                                                         (1200, "house", "damaged")]),
    ("The storm hit 40 schools in the district.", [(40, "school", None)]),
])
def test_things_counted_carry_what_happened_to_them(text, values):
    # destroyed and damaged homes are two figures, never one figure given two ways
    from crosscheck.claims.concepts import concept_of

    found = [(q.value, concept_of(q.counted), q.attribute) for q in quantities_in(text)]
    assert found == values


@pytest.mark.parametrize("text, phrase", [
    ("The quake that destroyed the town left 300 homes without power.", "300 homes"),
    ("Crews reached 300 homes near the destroyed bridge.", "300 homes"),
    ("Police fully searched 40 buildings.", "40 buildings"),
    ("بعد تدمير الجسر الرئيسي أخليت 300 منزل.", "300 منزل"),
])
def test_a_word_of_state_that_belongs_to_another_thing_is_not_the_counts(text, phrase):
    assert _one(text, phrase).attribute is None


@pytest.mark.parametrize("text, phrase, value, attribute", [
    # the first noun after a count's head word is what it counts: deaths, not hospitals
    ("The total number of deaths in hospitals stood at 40.", "40", 40, "killed"),
    # a noun in -ing is no adjective
    ("Only one building remains standing.", "one building", 1, None),
])
def test_a_count_named_before_its_number_is_its_first_noun(text, phrase, value, attribute):
    found = _one(text, phrase)
    assert (found.value, found.attribute) == (value, attribute)
    if attribute is None:
        assert found.counted == "building"


def test_a_number_with_no_noun_after_people_counted_is_no_count_of_things():
    # "وأكثر من 400 بشكل جزئي" borrows the noun of a count of things only
    assert [q.value for q in quantities_in("أصيب 15 شخصا، وأكثر من 400 بشكل جزئي.")] == [15]


@pytest.mark.parametrize("text, phrase, who", [
    ("وقال إن أشقاءه قتل منهم اثنان في القصف.", "اثنان", "part"),
    ("وكان في الحافلة 40 راكبا قتل منهم 12 شخصا.", "12 شخصا", "part"),
    # after a number and its noun, "منهم"/"بينهم" opens the next part: the number is all
    ("قتل 15 شخصا بينهم 3 أطفال.", "15 شخصا", "people"),
    # the critical count of the wounded is a slot of its own, compared with others' critical counts
    ("وأصيب 140 شخصا منهم 12 بحالة حرجة.", "12 بحالة حرجة", None),
])
def test_a_figure_of_a_group_just_named_is_a_part_of_it(text, phrase, who):
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.who) == ("casualties", who)


@pytest.mark.parametrize("text, phrase, who", [
    ("At least 32 people, including nine children, died in the fire.", "nine children", "children"),
    ("قتل 25 شخصا بينهم ثمانية أطفال في القصف.", "ثمانية أطفال", "children"),
    ("The strike killed 12 people, among them four women.", "four women", "women"),
])
def test_a_part_group_named_in_a_toll_shares_what_happened(text, phrase, who):
    # nine children among 32 dead died too: a toll of children, compared with others' tolls of children
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.who) == ("casualties", "killed", who)


def test_a_range_of_others_after_a_casualty_verb_is_that_casualty():
    assert _one("وأصيب ما بين 40 و50 آخرين في الحادث.", "بين 40 و50 آخرين").attribute == "wounded"


@pytest.mark.parametrize("text, values", [
    ("The floods killed 212 people in Derna and 40 in Bayda.", [(212, "killed"), (40, "killed")]),
    ("قتل 12 شخصا في درنة و30 في محافظة الجبل الأخضر.", [(12, "killed"), (30, "killed")]),
    # a number after "and ... in" that names no place lists no toll by place
    ("Twelve people died on Monday and 30 in the following days.", [(12, "killed")]),
    ("Twelve people died in the shelling and 30 in Israeli raids.", [(12, "killed")]),
    # its own verb says what happened to it
    ("The quake killed 40 people in Hatay and 300 in Adana were injured.", [(40, "killed"), (300, "wounded")]),
])
def test_a_bare_number_of_a_toll_listed_by_place_is_that_toll(text, values):
    assert [(q.value, q.attribute) for q in quantities_in(text)] == values


def test_others_with_their_own_casualty_word_are_no_companions():
    claim = _one_claim("The blast killed 20 people, with 30 others wounded.", "30 others")
    assert (claim.attribute, claim.who) == ("wounded", None)


def test_of_them_is_no_thing_counted():
    # "حالة 9 منهم خطيرة": a count of "منهم" would meet any other outlet's "5 منهم"
    assert [q.counted for q in quantities_in("ونقل 60 مصابا إلى المستشفى، حالة 9 منهم خطيرة.")] == ["مصاب"]


@pytest.mark.parametrize("text, phrase", [
    ("The storm brought winds of up to 180 km/h.", "up to 180 km/h"),
    ("وبلغت سرعة الرياح 180 كيلومترا في الساعة.", "180 كيلومترا في الساعة"),
    ("Gusts reached 120 kilometres per hour.", "120 kilometres per hour"),
])
def test_a_speed_is_no_distance(text, phrase):
    q = _one(text, phrase)
    assert (q.claim_type, q.unit) == ("quantity", "km/h")


@pytest.mark.parametrize("text, phrase, value", [
    ("وكانت الحصيلة الأولى 40 قتيلا قبل أن ترتفع إلى 55.", "55", 55),
    ("The flood killed 40 people on Monday and the toll rose to 55 by evening.", "55", 55),
    ("The flood killed 40 people; the toll now stands at 55.", "55", 55),
    ("The ministry said 30 people were killed, and the hospital said 45.", "45", 45),
    ("At least 900 died in the valley, though the Red Crescent later said 1,200.", "1,200", 1200),
])
def test_a_bare_number_a_toll_rose_to_is_that_toll(text, phrase, value):
    """"... 40 قتيلا قبل أن ترتفع إلى 55": the 55 is the same toll, risen."""
    q = _one(text, phrase)
    assert (q.claim_type, q.attribute, q.value) == ("casualties", "killed", float(value))


@pytest.mark.parametrize("text, phrase, value", [
    # a decimal with its scale word, never a whole number cut at its point
    ("The floods displaced 900,000 people, but the UN later put it at 1.5 million.", "1.5 million", 1500000),
    ("وارتفع عدد النازحين إلى 30 ألفا، بعد أن كان 20 ألف.", "20 ألف", 20000),
])
def test_a_referred_number_keeps_its_scale(text, phrase, value):
    q = _one(text, phrase)
    assert (q.attribute, q.value) == ("displaced", float(value))


def test_a_number_said_that_does_not_end_its_clause_is_no_toll():
    # "said 2015 was the worst year": the number goes on into its own clause
    assert [q.value for q in quantities_in("Officials said 2015 was the worst year, when 40 people died.")] == [40]


def test_another_after_a_second_casualty_verb_is_others_not_more():
    """"killed 5 people and wounded another 12": the 12 are the wounded, not an increment."""
    (q,) = [q for q in quantities_in("The blast killed 5 people and wounded another 12.") if q.text == "12"]
    assert (q.attribute, q.who) == ("wounded", None)


def test_a_toll_that_rose_to_a_figure_is_no_increment_of_the_total_after_it():
    """"Syria's toll rose to 580, bringing the total of both countries to 4,390": 580 is one
    country's toll, not a part added."""
    text = "The toll in the south rose to 580, bringing the total of both regions to 4,390."
    (q,) = [q for q in quantities_in(text) if q.text == "580"]
    assert q.who != "part"


@pytest.mark.parametrize("text, phrase, value", [
    ("The death toll, according to officials, rose to 55.", "55", 55),
    ("The toll, which stood at 40 on Monday, rose to 55 on Tuesday.", "40", 40),
    ("The toll, which stood at 40 on Monday, rose to 55 on Tuesday.", "55", 55),
    ("وارتفعت الحصيلة، بحسب وزارة الصحة، إلى 55.", "55", 55),
])
def test_a_toll_set_off_by_commas_still_names_its_figure(text, phrase, value):
    """The toll word opens the clause; a phrase set off by commas ("according to officials",
    "بحسب وزارة الصحة", "which stood at 40 on Monday") stands between it and the figure."""
    q = _one(text, phrase)
    assert (q.claim_type, q.attribute, q.value) == ("casualties", "killed", float(value))


def test_a_set_off_phrase_before_a_figure_of_another_subject_names_no_toll():
    assert [q.text for q in quantities_in("Prices, which rose last year, reached 55.")] == []


@pytest.mark.parametrize("text, phrase", [
    ("The number of dead exceeded 5,000.", "exceeded 5,000"),
    ("The death toll climbed past 5,000.", "climbed past 5,000"),
    ("تجاوز عدد القتلى 5000 شخص.", "5000 شخص"),
    ("وتخطت الحصيلة 5 آلاف قتيل.", "5 آلاف قتيل"),
])
def test_a_toll_that_passed_a_figure_is_more_than_it(text, phrase):
    """"exceeded 5,000", "تجاوز عدد القتلى 5000": a lower bound, never 5,000 exactly (so 5,300
    elsewhere is no conflict); the bound verb may stand before the toll's name."""
    q = _one(text, phrase)
    assert (q.bound, q.low, q.high) == ("more_than", 5000.0, None)


def test_the_past_weeks_are_no_bound():
    (q,) = [q for q in quantities_in("over the past 3 weeks, 40 people died") if q.text == "3 weeks"]
    assert q.bound == "exact"


@pytest.mark.parametrize("text, phrase, value, role", [
    ("وارتفعت حصيلة القتلى إلى 2012 شخصا، بعد أن كانت 820 صباح السبت.", "820", 820, "earlier"),
    ("The toll rose to 310 people, up from 150 people.", "150 people", 150, "earlier"),
])
def test_the_figure_a_toll_rose_from_is_that_tolls_earlier_value(text, phrase, value, role):
    """``بعد أن كانت 820``: the number the toll stood at before is the toll's, quoted as
    earlier, whatever word follows it (a time word is no counted noun)."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.value, claim.time_role) == ("casualties", "killed", value, role)


@pytest.mark.parametrize("text, phrase", [
    ("At least 2,059 people were injured, 1,404 of them seriously.", "1,404"),
    ("Another 40 people were critically injured.", "40 people"),
])
def test_the_seriously_injured_are_the_critical_count(text, phrase):
    [q] = [q for q in quantities_in(text) if q.text == phrase]
    assert q.attribute == "critical"


@pytest.mark.parametrize("text, phrase", [
    ("Nearly 300,000 were left homeless.", "Nearly 300,000 were left homeless"),
    ("The blast left 300,000 people homeless.", "300,000 people"),
    ("وتشرد نحو 300 ألف شخص جراء الانفجار.", "نحو 300 ألف شخص"),
])
def test_people_left_homeless_are_displaced(text, phrase):
    [q] = [q for q in quantities_in(text) if q.text == phrase]
    assert (q.claim_type, q.attribute) == ("casualties", "displaced")


@pytest.mark.parametrize("text", ["وارتفعت حصيلة القتلى إلى 2012.", "The death toll rose to 2012 on Saturday."])
def test_a_year_like_number_a_toll_rose_to_is_the_toll(text):
    assert [(q.value, q.attribute) for q in quantities_in(text)] == [(2012, "killed")]


@pytest.mark.parametrize("text", ["The death toll was higher from 2011 to 2014.",
                                  "حصيلة القتلى تضاعفت من 2011 إلى 2014 في المحافظة."])
def test_years_a_toll_spans_are_years(text):
    assert quantities_in(text) == []


@pytest.mark.parametrize("text, values", [
    ("Twelve people died, and officials said 2014, when the war peaked, was worse.", [12]),
    ("At least 15 people were killed, fewer than the 2013 attack.", [15]),
    ("At least 40 people died, higher than the 30 villages hit.", [40, 30]),
])
def test_a_year_or_a_counted_number_is_no_other_value_of_the_toll(text, values):
    found = quantities_in(text)
    assert [q.value for q in found] == values
    assert [q.attribute for q in found][1:] in ([], [None])


def test_a_number_set_against_prisoners_counts_its_own_noun():
    found = {q.text: q.attribute for q in quantities_in("أطلق سراح 20 أسيرا مقابل 5 جنود.")}
    assert found == {"20 أسيرا": "released", "5 جنود": None}


@pytest.mark.parametrize("text, phrase, attribute", [
    ("Militants are holding 240 hostages.", "240 hostages", "captured"),
    ("Thirteen hostages were released on Friday.", "Thirteen hostages", "released"),
    ("The group freed 13 hostages in exchange for 39 prisoners.", "13 hostages", "released"),
    ("The group freed 13 hostages in exchange for 39 prisoners.", "39 prisoners", "released"),
    ("أفرجت الحركة عن 24 رهينة مقابل إطلاق سراح 39 أسيرا.", "24 رهينة", "released"),
    ("أفرجت الحركة عن 24 رهينة مقابل إطلاق سراح 39 أسيرا.", "39 أسيرا", "released"),
])
def test_hostages_and_prisoners_held_or_released(text, phrase, attribute):
    """Hostages are held (`captured`) until a word says they were freed; prisoners or hostages
    freed, or given in exchange, are `released` (hostages were a plain count, and prisoners
    released were captured)."""
    assert _one_claim(text, phrase).attribute == attribute


def test_a_year_like_number_after_a_casualty_word_is_a_count():
    """``وإصابة 2059 آخرين``: a casualty word right before it makes 2059 a count, not a year;
    ``في عام 2011`` stays a year."""
    [q] = [q for q in quantities_in("أعلنت الوزارة مقتل 2012 شخصا وإصابة 2059 آخرين.") if q.value == 2059]
    assert q.attribute == "wounded"
    assert [q.value for q in quantities_in("وقتل في عام 2011 نحو 50 شخصا.")] == [50]


@pytest.mark.parametrize("text, phrase, attribute", [
    ("نجح الكادر الطبي في الكشف عن أربع إصابات بمرض السكري.", "أربع إصابات", None),
    ("وسجلت الوزارة 120 إصابة جديدة بفيروس كورونا.", "120 إصابة", None),
    ("وأسفر الحادث عن 4 إصابات بين الركاب.", "4 إصابات", "wounded"),
    ("The collapse caused more than 300 injuries, the mayor said.", "more than 300 injuries", "wounded"),
    ("وأعلنت الوزارة ارتفاع عدد الوفيات إلى 88 حالة.", "88 حالة", "killed"),
    ("وسجلت المستشفيات 40 حالة اختناق.", "40 حالة", None),
    ("حصيلة الوفيات 12 من أصل 300 حالة.", "300 حالة", None),
    ("The death toll from cholera rose to 12 and 300 cases were recorded.", "300 cases", None),
])
def test_what_cases_and_injuries_count(text, phrase, attribute):
    # cases of an illness are no wounded; injuries are; cases of a toll named before are its figure
    [q] = [q for q in quantities_in(text) if q.text == phrase]
    assert q.attribute == attribute


@pytest.mark.parametrize("text, values", [
    ("The survey measured the quake at magnitude 6.8, while the national institute put it at 7.", [6.8, 7.0]),
    ("A magnitude 6.8 earthquake, which the authorities measured at 7.0, struck the valley.", [6.8, 7.0]),
    ("وقدر المعهد الوطني قوة الزلزال بـ7 درجات، فيما قدرتها هيئة المسح بـ6.8 درجة.", [7.0, 6.8]),
])
def test_another_bodys_value_of_the_magnitude_just_named_is_a_magnitude(text, values):
    assert [q.value for q in quantities_in(text) if q.claim_type == "magnitude"] == values


def test_a_count_of_things_after_a_magnitude_stays_a_count():
    found = quantities_in("A 6.8 quake hit the valley, and rescuers recorded 5 aftershocks.")
    assert [(q.claim_type, q.value) for q in found] == [("magnitude", 6.8), ("count", 5.0)]


def test_a_count_of_things_a_figure_rose_to_after_a_toll_stays_a_count():
    from crosscheck.claims.extract import sentence_claims
    from crosscheck.models import Sentence
    from crosscheck.text.normalize import normalize

    text = "Twelve people were killed, and the number of destroyed homes rose to 45 homes."
    sentence = Sentence("a", "A", 0, 0, len(text), text, normalize(text))
    assert [(c.claim_type, c.value) for c in sentence_claims(sentence, "2032-05-10")] == [
        ("casualties", 12.0), ("count", 45.0)]


@pytest.mark.parametrize("text, phrase, part", [
    ("Eleven pilgrims were trampled to death at the gate.", "Eleven pilgrims", False),
    ("At least 9 workers burned to death in the warehouse.", "At least 9 workers", False),
    ("Nearly 40 pilgrims were crushed to death at the gate.", "Nearly 40 pilgrims", False),
    ("احترق 9 ركاب حتى الموت داخل الحافلة.", "9 ركاب", False),
    # the wounded who died of their wounds: dead, and a part of the toll (it rose by them)
    ("وارتفع عدد القتلى إلى 61 بعد وفاة 4 مصابين متأثرين بجروحهم.", "4 مصابين", True),
])
def test_a_death_told_after_the_count_says_they_were_killed(text, phrase, part):
    """"to death", "حتى الموت", "متأثرين بجروحهم" after the people counted: they died (they
    were a plain count, or the wounded)."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.who == "part") == ("casualties", "killed", part)


def test_a_sentence_to_death_is_no_death():
    assert not [q for q in quantities_in("Three men were sentenced to death on Monday.") if q.claim_type == "casualties"]


@pytest.mark.parametrize("text, parts", [
    ("The blast killed 35 people, including 12 women and four children.", ["12 women", "four children"]),
    ("وقتل 20 شخصا بينهم 8 نساء و3 أطفال.", ["8 نساء", "3 أطفال"]),
    ("Thirty-five people were killed, among them 12 women.", ["12 women"]),
    ("The toll rose to 35 on Sunday, including 12 women and four children.", ["12 women", "four children"]),
])
def test_each_part_named_after_a_toll_is_of_the_dead(text, parts):
    """A list of parts ("12 women and four children") goes on after its first item, and the
    word that opens it may stand a few words after the toll: the second part was a plain
    count, and so was a part after "were killed, among them"."""
    for phrase in parts:
        claim = _one_claim(text, phrase)
        assert (claim.claim_type, claim.attribute) == ("casualties", "killed"), phrase


@pytest.mark.parametrize("text, phrase, attribute", [
    ("The crash killed all 157 people on board.", "157 people", "killed"),
    ("The boat was carrying 750 passengers.", "750 passengers", "aboard"),
    ("The ferry was licensed to carry 250 passengers.", "250 passengers", None),
    ("وكانت العبارة المرخصة لنقل 200 راكب تقل 320 راكبا.", "200 راكب", None),
    ("وكانت العبارة المرخصة لنقل 200 راكب تقل 320 راكبا.", "320 راكبا", "aboard"),
    ("More than 2,000 people were evacuated from the valley.", "More than 2,000 people", "evacuated"),
    ("تم إجلاء قرابة 5000 شخص من المنطقة.", "قرابة 5000 شخص", "evacuated"),
    ("Officials counted 7,500 evacuees.", "7,500 evacuees", "evacuated"),
    ("Forty people were hospitalised after the leak.", "Forty people", "hospitalised"),
    ("نقل 85 شخصا إلى المستشفى بعد الحادث.", "85 شخصا", "hospitalised"),
])
def test_all_aboard_killed_a_capacity_and_people_evacuated_or_hospitalised(text, phrase, attribute):
    """"killed all 157 on board" is the toll (it was read as aboard); a vessel's licensed
    capacity is no count of people aboard; people evacuated are their own slot (neither
    displaced nor rescued: a flood's evacuees, or survivors flown to hospital), and so are
    people hospitalised (a part of the hurt: 40 taken to hospital is no rival to 3,000
    wounded)."""
    assert _one_claim(text, phrase).attribute == attribute


@pytest.mark.parametrize("text, phrase, attribute", [
    ("Another patient died overnight in hospital, bringing the total to 58.", "58", "killed"),
    ("Three more people were arrested, bringing the total to 20.", "20", "arrested"),
    ("وتوفي مصاب آخر ليرتفع العدد الإجمالي إلى 58.", "58", "killed"),
])
def test_a_total_brought_to_a_number_counts_what_the_sentence_tells(text, phrase, attribute):
    """"bringing the total to 58" after a death (it was no claim): the running total of the
    dead; after arrests, of the arrested."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.running) == ("casualties", attribute, True)


def test_a_total_of_things_brought_to_a_number_is_no_toll():
    assert not [q for q in quantities_in("The club signed two players, bringing the total to 5.")
                if q.claim_type == "casualties"]


@pytest.mark.parametrize("text, phrase", [
    ("The fire killed 12 people, not 20 as initially reported.", "20"),
    ("وبلغ عدد القتلى 12 شخصا وليس 20 كما أعلن سابقا.", "20"),
])
def test_a_figure_set_against_the_one_given_is_withdrawn_and_no_one_says_it(text, phrase):
    """"12 people, not 20 as initially reported": the 20 counts the same people, withdrawn (it
    was no claim); "originally"/"سابقا" name no source."""
    claim = _one_claim(text, phrase)
    assert (claim.claim_type, claim.attribute, claim.status, claim.source) == ("casualties", "killed", "withdrawn", None)


def test_an_adverb_before_reported_is_no_source():
    claim = _one_claim("The toll is 64 and not 65 as originally reported.", "64")
    assert claim.source is None


@pytest.mark.parametrize("text, phrase, attribute", [
    ("The blast killed more than 120 evacuees.", "more than 120 evacuees", "killed"),
    ("The bomb killed 40 people evacuated from the besieged towns.", "40 people", "killed"),
])
def test_what_happened_to_evacuees_wins_over_their_being_evacuated(text, phrase, attribute):
    """Evacuated, like aboard, says where people were: a word of what happened to them wins
    (the 120 killed evacuees were read as evacuated)."""
    assert _one_claim(text, phrase).attribute == attribute


@pytest.mark.parametrize("text", [
    "Ten people were killed in two Shiite villages.",
    "Buses carried people evacuated from two Shiite villages on Friday.",
])
def test_a_number_after_a_preposition_is_not_the_verbs(text):
    """A verb a few words before a number with no known noun says what happened to it, but
    not across an English preposition: "killed in two Shiite villages" gave 2 killed."""
    assert [q.value for q in quantities_in(text) if q.claim_type == "casualties" and q.value == 2] == []


@pytest.mark.parametrize("text, phrase, attribute", [
    ("Three hostages were killed in the raid.", "Three hostages", "killed"),
    ("12 hostages were rescued by special forces.", "12 hostages", "rescued"),
    ("The army recovered the bodies of 3 hostages.", "3 hostages", "killed"),
    ("أطلقت إسرائيل سراح 30 أسيرا.", "30 أسيرا", "released"),
    ("وتشمل الصفقة 10 رهائن مقابل 30 أسيرا.", "30 أسيرا", "released"),
    ("The court sentenced 183 people to death on Monday.", "183 people", None),
    ("The court condemned two men to death.", "two men", None),
    ("تعهد 200 مقاتل بالقتال حتى الموت.", "200 مقاتل", None),
    ("Two men were beaten nearly to death.", "Two men", None),
    ("The ministry released 12 reports on the floods.", "12 reports", None),
    ("25 miners trapped underground waited for rescue.", "25 miners", "missing"),
    ("The floods forced 5,000 people from their homes.", "5,000 people", "displaced"),
    ("قضى العشرات من المدنيين حرقا.", "العشرات من المدنيين", "killed"),
])
def test_what_happened_to_the_people_counted_and_what_is_no_casualty(text, phrase, attribute):
    """Hostages or prisoners are held until a word says what happened to them (killed,
    rescued, released, given in a deal); a death sentence, a vow to fight to the death or a
    beating someone survived is no death; reports released are no people."""
    assert _one_claim(text, phrase).attribute == attribute


@pytest.mark.parametrize("text, absent", [
    ("Of the 40 injured, 12 were released from hospital.", 12),
    ("قتل 12 شخصا، لا 3 كما قيل.", 3),
    ("The fire killed 12 people, not 1 of whom was armed.", 1),
])
def test_patients_sent_home_and_a_bare_no_are_no_figures(text, absent):
    assert [q for q in quantities_in(text) if q.value == absent and q.claim_type == "casualties"] == []


@pytest.mark.parametrize("text, phrase, part", [
    ("Two people died of their injuries after the crash, police said.", "Two people", False),
    ("The toll in the province stood at 1,204 on Friday.", "1,204", False),
    ("Government forces killed in Homs at least 30 people and in Hama 12.", "at least 30 people", False),
])
def test_a_toll_is_no_part_of_another(text, phrase, part):
    """People who died of their injuries are the toll unless counted as the wounded; a toll a
    word "at" gives is no increment; a place between the verb and the number does not stop
    the verb."""
    claim = _one_claim(text, phrase)
    assert (claim.attribute, claim.who == "part") == ("killed", part)


def test_a_total_for_several_places_is_not_read_as_one_places():
    found = quantities_in("The toll in the north stood at 1,204, raising the total for both regions to 9,310.")
    assert [q.value for q in found] == [1204.0]


@pytest.mark.parametrize("text, value", [
    ("خصصت الحكومة مليونا دولار للإغاثة.", 2e6),
    ("خصصت الحكومة مليارا دولار للإغاثة.", 2e9),
    ("بلغ عدد النازحين 12 مليونا.", 12e6),
    ("بلغت قيمة المساعدات مليونا وثلاث مئة ألف ريال.", 1.3e6),
    ("وصل عدد المشاركين ألفا وخمسمائة شخص.", 1500),
])
def test_an_arabic_dual_of_million_is_two_million(text, value):
    """"مليونا دولار" is two million dollars; spelt the same, the accusative singular opens a
    compound ("مليونا وثلاث مئة ألف": 1.3 million, which one outlet wrote "مليون وثلاث مئة ألف")."""
    assert [q.value for q in quantities_in(text)] == [value]


def test_an_age_after_a_bound_word_is_an_age():
    assert not [q for q in quantities_in("Three children aged under 5 died.") if q.value == 5 and q.claim_type == "casualties"]
