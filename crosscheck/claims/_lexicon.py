"""Word lists for the quantity reader, written as ordinary text and folded on import.

Every key is folded with :func:`crosscheck.claims._text.fold_word`, so entries may be written
with hamza, ta marbuta or alef maqsura; values (lemmas) keep their readable spelling.
"""
from __future__ import annotations

from crosscheck.claims._text import fold, fold_word, tokenize


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in text.split())


def _table(pairs: dict[str, str]) -> dict[tuple[str, ...], str]:
    """Fold ``{"phrase forms|...": value}`` into ``{(token, ...): value}`` (tokens as read)."""
    out: dict[tuple[str, ...], str] = {}
    for forms, value in pairs.items():
        for form in forms.split("|"):
            out[tuple(t.text for t in tokenize(fold(form)))] = value
    return out


# --- bounds -------------------------------------------------------------------------------
BOUND_BEFORE = _table({
    "نحو|حوالي|حوالى|قرابة|زهاء|ما يقرب من|يقرب من|ما يناهز|يناهز|تقريبا|about|around|nearly"
    "|approximately|some|roughly|almost|close to|an estimated|estimated|~": "about",
    "أكثر من|ما يزيد على|ما يزيد عن|يزيد على|يزيد عن|تجاوز|يتجاوز|تتجاوز|تجاوزت|يفوق|تفوق"
    "|ما يفوق|ما يربو على|يربو على|تخطى|تخطت|يتخطى|تتخطى|فاق|فاقت|over|more than|upwards of|in excess of"
    "|exceeding|exceeded|exceeds|surpassed|surpasses|topped|climbed past|rose past|went past|rose above"
    "|climbed above": "more_than",
    "على الأقل|لا يقل عن|ما لا يقل عن|at least|no fewer than|no less than|a minimum of"
    "|minimum of": "at_least",
    "أقل من|less than|fewer than|under|below": "less_than",
    "ما لا يزيد عن|ما لا يزيد على|لا يزيد عن|لا يزيد على|حتى|up to|at most|no more than"
    "|as many as|a maximum of|maximum of": "at_most",
})
BOUND_AFTER = _table({
    "تقريبا|or so": "about",
    "على الأقل|فأكثر|أو أكثر|or more|at least": "at_least",
})

# --- units --------------------------------------------------------------------------------
UNITS = _table({
    "كيلومتر|كيلومترا|كيلومترات|كيلو متر|كيلو مترا|كيلو مترات|كم|كلم|كليومتر|كليومترا"
    "|كليومترات|km|kms|kilometre|kilometres|kilometer|kilometers": "km",
    "متر|مترا|أمتار|م|m|metre|metres|meter|meters": "m",
    "ميل|ميلا|أميال|mile|miles|mi": "mile",
    "ملم|مم|مليمتر|مليمترا|مليمترات|ملليمتر|ملليمترا|ملليمترات|mm|millimetre|millimetres"
    "|millimeter|millimeters": "mm",
    "km/h|kph|kmh|km per hour|kilometres per hour|kilometers per hour|كيلومترا في الساعة"
    "|كيلومتر في الساعة|كيلومترات في الساعة|كم في الساعة|كم/ساعة|كم/س": "km/h",
    "mph|miles per hour|ميلا في الساعة|ميل في الساعة": "mph",
    "ميل بحري|ميلا بحريا|أميال بحرية|nautical mile|nautical miles|nmi": "nmi",
    "متر مكعب|مترا مكعبا|أمتار مكعبة|م3|m3|cubic metres|cubic meters": "m3",
    "كيلومتر مربع|كيلومترا مربعا|كيلومترات مربعة|كم2|km2|square kilometres"
    "|square kilometers": "km2",
    "كيلوغرام|كيلوغراما|كيلوغرامات|كيلوجرام|كغ|kg|kilograms|kilogrammes": "kg",
    "طن|طنا|أطنان|tonnes|tons|tonne|ton": "t",
    "برميل|برميلا|براميل|barrel|barrels|bpd": "barrel",
    "هكتار|هكتارا|هكتارات|hectares|hectare": "ha",
    "%|بالمئة|بالمائة|في المئة|في المائة|بالمية|في المية|percent|per cent|pct": "percent",
    "دولار|دولارا|دولارات|الدولارات|دولار أمريكي|دولار أميركي|دولارا أمريكيا|dollar|dollars"
    "|usd|us dollars": "USD",
    "يورو|euro|euros|eur": "EUR",
    "دينار ليبي|دينارا ليبيا|دنانير ليبية|libyan dinars|libyan dinar|lyd": "LYD",
    "دينار تونسي|دينارا تونسيا|tnd": "TND",
    "دينار أردني|دينارا أردنيا|jod": "JOD",
    "دينار كويتي|دينارا كويتيا|kwd": "KWD",
    "دينار عراقي|دينارا عراقيا|iqd": "IQD",
    "دينار جزائري|دينارا جزائريا|dzd": "DZD",
    "دينار|دينارا|دنانير|dinar|dinars": "dinar",
    "ريال|ريالا|ريالات|ريال سعودي|ريالا سعوديا|sar|riyals|saudi riyals": "SAR",
    "ريال قطري|ريالا قطريا|qar": "QAR",
    "جنيه|جنيها|جنيهات|جنيه مصري|جنيها مصريا|egp|egyptian pounds": "EGP",
    "جنيه إسترليني|جنيها إسترلينيا|جنيه استرليني|جنيها استرلينيا|gbp|sterling": "GBP",
    "ليرة تركية|ليرات تركية|try|turkish lira": "TRY",
    "ليرة لبنانية|ليرات لبنانية|lbp|lebanese pounds": "LBP",
    "ليرة سورية|ليرات سورية|syp|syrian pounds": "SYP",
    "شيكل|شيكلا|شواكل|ils|shekel|shekels": "ILS",
    "rupee|rupees|روبية": "rupee", "ليرة|ليرات|lira|liras": "lira",
    "yuan|يوان": "CNY", "yen|ين ياباني": "JPY",
    "درهم|درهما|دراهم|درهم إماراتي|aed|dirhams": "AED",
})
#: What follows a magnitude (``6.2 درجات على مقياس ريختر``, ``6.2-magnitude``).
MAGNITUDE_AFTER = _table({"magnitude": "magnitude", "درجة|درجات|degree|degrees": "degree"})
RICHTER = _table({"على مقياس ريختر|بمقياس ريختر|على سلم ريختر|ريختر|on the richter scale"
                  "|richter scale|on the richter|richter": "richter"})
#: Words shortly before a number that make it a magnitude (``بقوة 6.2``, ``magnitude 6.2``).
MAGNITUDE_BEFORE = _words("قوة بقوة قوته بقوته قوتها بقوتها شدة بشدة شدته شدتها magnitude measuring")
#: Nouns of a quake: a decimal number beside one is its magnitude (``a strong 6.2 earthquake``).
QUAKE_NOUNS = _words("زلزال زلزالا الزلزال بزلزال هزة الهزة هزه الهزه earthquake quake tremor temblor aftershock")
#: Words after a number that make it a ratio (``2.5 times``, ``3 أضعاف``).
TIMES_WORDS = _words("times fold مرة مرات أضعاف ضعف")
#: Words shortly before a length that make it a depth (``على عمق 10 كيلومترات``).
DEPTH_BEFORE = _words("عمق بعمق عمقه عمقها depth deep")
DEPTH_AFTER = _words("deep underground beneath")
#: Words shortly before a length that make it an area (``تقدر مساحتها بـ 30 ألف متر``, ``an
#: area of 300 m``): the writer left out "square".
AREA_BEFORE = _words("مساحة بمساحة مساحته مساحتها area")
#: Units of an amount of some material, named after them (``20 طنا من المواد الغذائية``); the
#: unit says what is measured, so two nearby sentences' amounts in them are compared.
MATERIAL_UNITS = frozenset({"t", "kg", "m3", "barrel"})
#: An area unit for each length unit (square metres, square kilometres).
AREA_OF = {"m": "m2", "km": "km2"}
CURRENCY_BEFORE = _table({"$|us $|usd": "USD", "€|eur": "EUR", "£|gbp": "GBP"})
#: Kilometres in one of each length unit.
KM_IN = {"km": 1.0, "m": 0.001, "mile": 1.609344, "nmi": 1.852}
LENGTH_UNITS = frozenset(KM_IN)
#: Currencies named without their country (a dinar, a rupee, a lira of several states): money,
#: though no ISO code says which; the others are ISO codes.
UNNAMED_CURRENCIES = frozenset({"dinar", "rupee", "lira"})
MONEY_UNITS = frozenset(v for v in UNITS.values() if v.isupper() or v in UNNAMED_CURRENCIES)

# --- counted nouns ------------------------------------------------------------------------
COUNTED = _table({
    "جندي|جنديا|جنود|جنديين": "جندي", "عنصر|عنصرا|عناصر": "عنصر",
    "مقاتل|مقاتلا|مقاتلين|مقاتلون|مقاتلي": "مقاتل", "مسلح|مسلحا|مسلحين|مسلحون|مسلحي": "مسلح",
    "مدني|مدنيا|مدنيين|مدنيون": "مدني", "شخص|شخصا|أشخاص": "شخص", "طفل|طفلا|أطفال": "طفل",
    "امرأة|نساء|سيدة|سيدات": "امرأة", "مهاجر|مهاجرا|مهاجرين|مهاجرون": "مهاجر",
    "لاجئ|لاجئا|لاجئين|لاجئون": "لاجئ", "عسكري|عسكريا|عسكريين|عسكريون": "عسكري",
    "شرطي|شرطيا|شرطيين|رجال شرطة|رجل شرطة": "شرطي", "مرتزق|مرتزقا|مرتزقة": "مرتزق",
    "ضابط|ضابطا|ضباط": "ضابط", "قتيل|قتيلا|قتلى": "قتيل", "جريح|جريحا|جرحى": "جريح",
    "مصاب|مصابا|مصابين|مصابون": "مصاب", "أسير|أسيرا|أسرى": "أسير", "رهينة|رهائن|رهينه": "رهينة",
    "مفقود|مفقودا|مفقودين|مفقودون": "مفقود", "نازح|نازحا|نازحين|نازحون": "نازح",
    "مهجر|مهجرا|مهجرين": "مهجر", "شهيد|شهيدا|شهداء": "شهيد", "ضحية|ضحايا": "ضحية",
    "جثة|جثث|جثمان|جثامين": "جثة", "ناج|ناجيا|ناجين|ناجون|الناجين": "ناج", "راكب|راكبا|ركاب": "راكب", "وفاة|وفيات|حالة وفاة": "وفاة",
    "إصابة|إصابات": "إصابة", "آلية|آليات": "آلية", "قطعة سلاح|قطع سلاح|قطعة سلاح": "قطعة سلاح",
    "ضربة جوية|ضربات جوية": "ضربة جوية", "غارة|غارات|غارة جوية|غارات جوية": "غارة جوية",
    "صاروخ|صاروخا|صواريخ": "صاروخ", "قذيفة|قذائف": "قذيفة", "دبابة|دبابات": "دبابة",
    "طائرة|طائرات|طائرة مسيرة|طائرات مسيرة": "طائرة", "سيارة|سيارات": "سيارة",
    "منزل|منزلا|منازل": "منزل", "هزة ارتدادية|هزات ارتدادية": "هزة ارتدادية", "عائلة|عائلات": "عائلة", "أسرة|أسر": "أسرة",
    "مرة|مرات": "مرة", "يوم|يوما|أيام": "يوم", "ساعة|ساعات": "ساعة", "شهر|شهرا|أشهر|شهور": "شهر",
    "عام|عاما|أعوام": "عام", "سنة|سنوات": "سنة", "دولة|دول": "دولة", "بلدا|بلدان": "بلد",
    "وزير|وزيرا|وزراء": "وزير", "ولد|ولدا|أولاد": "ولد", "وحدة|وحدات": "وحدة",
    "وثيقة|وثائق": "وثيقة", "وظيفة|وظائف": "وظيفة", "ولاية|ولايات": "ولاية",
    "soldier|soldiers": "soldier", "troop|troops": "troop", "fighter|fighters": "fighter",
    "civilian|civilians": "civilian",
    "person|people": "person", "child|children": "child", "woman|women": "woman",
    "militant|militants": "militant", "member|members": "member", "migrant|migrants": "migrant",
    "refugee|refugees": "refugee", "police officers|policemen|police": "police officer",
    "mercenary|mercenaries": "mercenary", "vehicle|vehicles": "vehicle",
    "weapon|weapons": "weapon", "air strike|air strikes|airstrike|airstrikes": "air strike",
    "rocket|rockets": "rocket", "drone|drones": "drone", "tank|tanks": "tank",
    "prisoner|prisoners": "prisoner", "hostage|hostages": "hostage", "death|deaths": "death", "fatality|fatalities": "death",
    "injury|injuries": "injury",
    "casualty|casualties": "casualty", "victim|victims": "victim",
    "body|bodies": "body", "survivor|survivors": "survivor", "evacuee|evacuees": "evacuee", "martyr|martyrs": "martyr",
    "حالة حرجة|حالات حرجة|بحالة حرجة|بحالات حرجة|critical cases|critical case|in critical condition"
    "|in serious condition|in a critical condition": "critical", "passenger|passengers": "passenger", "time|times": "time", "day|days": "day",
    "year|years": "year", "month|months": "month", "hour|hours": "hour",
})
WHO = {
    "جندي": "soldiers", "عسكري": "soldiers", "ضابط": "officers", "عنصر": "fighters",
    "مقاتل": "fighters", "مسلح": "fighters", "مرتزق": "mercenaries", "مدني": "civilians",
    "شخص": "people", "طفل": "children", "امرأة": "women", "مهاجر": "migrants",
    "لاجئ": "refugees", "شرطي": "police", "soldier": "soldiers", "fighter": "fighters",
    "militant": "fighters", "troop": "soldiers", "member": "members", "civilian": "civilians",
    "person": "people",
    "child": "children", "woman": "women", "migrant": "migrants", "refugee": "refugees",
    "police officer": "police", "mercenary": "mercenaries", "prisoner": "prisoners", "أسير": "prisoners",
    "hostage": "hostages", "رهينة": "hostages",
}
#: Whom a count of people counts when that is only a part of all the people counted (children
#: among the dead): compared with counts of that same part only.
PART_GROUPS = frozenset({"civilians", "children", "women", "police"})
#: Lemmas that name the casualty itself.
CASUALTY_NOUNS = {
    "قتيل": "killed", "شهيد": "killed", "وفاة": "killed", "جريح": "wounded", "مصاب": "wounded",
    "إصابة": "wounded", "أسير": "captured", "مفقود": "missing", "نازح": "displaced",
    "مهجر": "displaced", "evacuee": "evacuated", "death": "killed", "prisoner": "captured", "ضحية": "killed",
    "hostage": "captured", "رهينة": "captured",
    "victim": "killed", "جثة": "killed", "body": "killed", "ناج": "rescued", "survivor": "rescued",
    "راكب": "aboard", "passenger": "aboard", "martyr": "killed", "critical": "critical", "injury": "wounded",
}
#: Counts of people in two states at once (``45 dead or wounded``, ``45 بين قتيل وجريح``):
#: another slot than either state's count.
_COMBINED = {
    "dead or wounded|dead or injured|killed or wounded|killed or injured|dead and wounded"
    "|dead and injured|killed and wounded|killed and injured|بين قتيل وجريح|بين قتيل ومصاب"
    "|بين شهيد وجريح|بين شهيد ومصاب|ما بين قتيل وجريح|ما بين شهيد وجريح": "killed_or_wounded",
    "dead or missing|dead and missing|killed or missing|بين قتيل ومفقود|ما بين قتيل ومفقود": "killed_or_missing",
}
#: English words right after a number that say what happened (``145 killed``).
EN_CASUALTY_AFTER = _table({
    "killed|dead|died|deaths|drowned|lives lost": "killed", "wounded|injured|hurt": "wounded",
    **_COMBINED,
    "rescued|saved|survived": "rescued", "arrested|detained": "arrested", "aboard|on board": "aboard",
    "captured|taken prisoner": "captured", "missing": "missing", "freed|released": "released",
    "displaced|fled|homeless|left homeless|were left homeless|made homeless": "displaced",
})
#: Words earlier in the clause that name a toll (``ارتفعت حصيلة القتلى ... إلى 12 ألفا و310
#: أشخاص``): read when nothing closer says what a count of people is.
TOLL_BEFORE = _table({
    "حصيلة|الحصيلة|قتلى|القتلى|الوفيات|وفيات|الضحايا|ضحايا|death toll|toll|deaths|dead|fatalities"
    "|people killed|number of victims": "killed",
    "المصابين|الجرحى|الإصابات|injured|wounded": "wounded",
})
#: What happened to things counted (buildings, homes, vehicles): destroyed or only damaged.
#: Read next to the number (``destroyed 300 homes``, ``300 مبنى منهار``, ``هدمت 40 بصورة
#: كاملة``); a word of part (``partially``, ``جزئيا``) makes any of them damaged.
THING_STATES = _table({
    "destroyed|razed|flattened|levelled|leveled|collapsed|toppled|demolished|wiped out|gutted|completely"
    "|totally|fully|دمر|دمرت|تدمير|مدمر|مدمرة|مدمرا|انهار|انهارت|انهيار|منهار|منهارة|منهارا|تهدم|تهدمت"
    "|هدم|هدمت|مهدم|مهدمة|سوي|سويت|كليا|كلية|بالكامل|بشكل كامل|بشكل كلي|بصورة كاملة|بصورة كلية": "destroyed",
    "damaged|cracked|partially|partly|تضرر|تضررت|متضرر|متضررة|متضررا|أضرار|اضرار|أضرارا|اضرارا|تصدع"
    "|تصدعت|متصدع|متصدعة|جزئيا|جزئي|جزئية|بشكل جزئي|بصورة جزئية": "damaged",
})
#: Illnesses after "إصابة" (a case of an illness, not an injury: ``4 إصابات بمرض السكري``,
#: ``120 إصابة بفيروس كورونا``), read after a glued ب.
ILLNESSES = frozenset("مرض امراض فيروس فايروس داء حمى وباء كورونا كوفيد الكوليرا كوليرا السرطان سرطان السكري"
                      " الايدز الحصبة حصبة الملاريا ملاريا التهاب".split())
#: Words before the number that say what happened (``أسرت 145``, ``مقتل 7``).
CASUALTY_BEFORE = _table({
    "مقتل|قتل|قتلت|قتلوا|مصرع|وفاة|استشهاد|استشهد|لقي|لقيت|أودى بحياة|أودت بحياة|بحياة|حصيلة|القتلى|عدد القتلى|killed|killing|kill"
    "|toll|death toll|bodies of|the bodies of|جثث|جثامين|رفات"
    "|claimed the lives of|claiming the lives of|cost the lives of|took the lives of"
    "|توفي|توفيت|وفيات|حصد|حصدت|أزهق|أزهقت|بأرواح|ضحيته|ضحيتها|ضحيتهم": "killed",
    "إصابة|أصيب|أصيبت|أصاب|أصابت|جرح|الجرحى|المصابين|wounded|wounding|injured|injuring": "wounded",
    "أسر|أسرت|أسروا|الأسرى|captured|capturing": "captured",
    "فقدان|المفقودين": "missing",
    "نزوح|نزح|نزحت|تهجير|تشريد|تشرد|تشردت|النازحين|المشردين|فرار|displaced|displacing|displacement"
    "|homeless": "displaced",
    "إجلاء|أجلت|أجلى|evacuated|evacuating|evacuation of": "evacuated",
    "إنقاذ|أنقذ|أنقذت|نجا|نجاة|rescued|rescuing|saved": "rescued",
    "اعتقال|اعتقل|اعتقلت|توقيف|أوقفت|القبض على|arrested|arresting|detained|detaining": "arrested",
    "أفرج عن|أفرجت عن|الإفراج عن|بالإفراج عن|إطلاق سراح|بإطلاق سراح|أطلق سراح|أطلقت سراح|freed|freeing"
    "|released|releasing|release of|the release of|أفرج|أفرجت|سراح|in exchange for": "released",
    "يقل|تقل|يقلهم|يحمل|تحمل|عدد الركاب|carrying|carried": "aboard",
})
#: Words after the counted noun that say what happened (``لقي 5 أشخاص حتفهم``); the plural
#: of each Arabic past verb that may stand before the number joins them (``230 فلسطينيا
#: استشهدوا``: the verb agrees with the people counted).
CASUALTY_AFTER = _table({
    "حتفهم|حتفه|حتفها|مصرعهم|مصرعه|مصرعها|حياتهم|حياته|لحياتهم|أرواحهم|قتلوا|قتلى|killed|dead|died"
    "|lost their lives|توفوا|توفين|to death|حتى الموت|فارقوا الحياة|فارق الحياة|فارقا الحياة"
    "|died of their wounds|died of their injuries|died from their injuries|died from their wounds"
    "|حرقا|خنقا|اختناقا|دهسا|صعقا"
    "|متأثرين بجروحهم|متأثرين بإصاباتهم|متأثرين بجراحهم|متأثرا بجروحه|متأثرا بإصابته|متأثرا بجراحه": "killed",
    "أصيبوا|جرحى|wounded|injured|hurt|with injuries|with various injuries|بجروح|بإصابات": "wounded",
    "حالتهم حرجة|حالتها حرجة|حالته حرجة|في حالة حرجة|بحالة حرجة|in critical condition"
    "|in a critical condition|in serious condition|in a serious condition|حالتهم خطرة|حالتهم خطيرة"
    "|في حالة خطرة|بحالة خطرة|في حالة خطيرة|بحالة خطيرة|of them seriously|of them critically"
    "|of them in critical condition|of them in serious condition|seriously injured|seriously wounded"
    "|critically injured|critically wounded": "critical",
    **_COMBINED,
    "أسروا|أسرى|captured|taken prisoner": "captured",
    "فقدوا|مفقودين|عداد المفقودين|missing|unaccounted for|were unaccounted for|are unaccounted for"
    "|remain unaccounted for|were still unaccounted for|are still unaccounted for"
    "|تحت الأنقاض|تحت الركام|under the rubble|remain trapped|are trapped|were trapped|still trapped"
    "|trapped under|trapped": "missing",
    "نزحوا|فروا|تشردوا|بلا مأوى|displaced|fled|to flee|homeless|left homeless|were left homeless"
    "|from their homes|out of their homes|من منازلهم|من بيوتهم": "displaced",
    "were evacuated|have been evacuated|had been evacuated|evacuated": "evacuated", "drowned|غرقوا|غرقا": "killed",
    "were hospitalised|were hospitalized|hospitalised|hospitalized|were taken to hospital"
    "|إلى المستشفى|الى المستشفى|إلى المستشفيات|الى المستشفيات": "hospitalised",
    "were rescued|have been rescued|had been rescued|rescued|saved|survived|نجوا|alive": "rescued",
    "were arrested|have been arrested|arrested|detained": "arrested",
    "were freed|have been freed|were released|have been released|freed|released": "released",
    "على متن|على متنه|on board|aboard|were on board|had been on board|were on the boat"
    "|had packed|packed|were packed|were crammed|crammed": "aboard",
})


def _plural_past(table: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """``استشهد`` -> ``استشهدوا``: the plural of each one-word Arabic past verb of ``table``.
    A verb is told from a verbal noun by its shape: no article or prefix of a noun (``ال``,
    ``م``, ``ت``), no long ``ا``/``و`` inside (``استشهاد``, ``نزوح``) and no feminine ending."""
    out = {}
    for words, value in table.items():
        word = words[0]
        noun_shape = word.startswith(("ال", "م", "ت")) or "ا" in word[1:] or "و" in word[1:]
        if len(words) == 1 and not word.isascii() and not noun_shape and word[-1] not in "هتيا" \
                and value != "aboard":
            out[(word + "وا",)] = value
    return out


CASUALTY_AFTER = {**_plural_past(CASUALTY_BEFORE), **CASUALTY_AFTER}

# --- numbers that are not claims ----------------------------------------------------------
NAME_NOUNS = _words("""
    جسر الجسر بوابة البوابة كيلو الكيلو رقم الرقم قرار القرار طريق الطريق شارع الشارع مادة
    المادة فصل الفصل لواء اللواء كتيبة الكتيبة فرقة الفرقة مجموعة المجموعة لجنة اللجنة قمة
    رحلة الرحلة سورة صفحة الصفحة بند البند مبنى غرفة قاعة الساعة مخيم منطقة ذكرى الذكرى المرتبة
    المركز الدورة النسخة الجولة المرحلة مرحلة الحلقة حلقة الطابق route gate bridge
    resolution no number article brigade group flight room chapter section page battalion
    division highway road
""")
YEAR_MARKERS = _words("""
    عام العام سنة منذ في نهاية بداية مطلع أواخر أوائل منتصف خلال قبل بعد حتى وحتى ومنذ وفي
    in since of by until year early late mid during after before
""")
#: Words after a number that make it a time or a day of a month: clock words, and the Hijri
#: months (``17 رمضان`` is a date, not 17 of something).
#: Parts of the day: a number before one ("820 صباح السبت") counts nothing, and one before a
#: weekday (``يوم الأحد عشر``) makes ``الأحد`` Sunday, not a number.
DAY_PARTS = frozenset(fold_word(w) for w in "يوم صباح مساء ليلة ليل فجر ظهر عصر".split())
TIME_AFTER = _words("""صباحا مساء ظهرا عصرا ليلا فجرا بتوقيت بالتوقيت am pm gmt utc
    محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال ذو ذي""")
CHANGE_WORDS = _words("""
    ارتفع ارتفعت ارتفاع يرتفع ترتفع زاد زادت زيادة انخفض انخفضت انخفاض تراجع تراجعت قفز قفزت رفع رفعت
    خفض خفضت rose risen rise rises rising increased increase jumped climbed fell fallen dropped
    declined raised lowered revised bringing brought
""")
FILLER = _words("تم من عن إلى الى بلغ ارتفع ارتفعت وصل وصلت أرواح ما to rose reached at of all")
STOP = _words("""
    من في على الى إلى عن مع حتى منذ بين ضد حول عند لدى قبل بعد خلال او أو أم ثم ان أن إن انه أنه
    إنه انها أنها إنها لا لم لن قد كما التي الذي الذين هذا هذه تلك ذلك هو هي هم كان كانت يكون
    تكون امس أمس اليوم ايضا أيضا فقط بشأن نحو حوالي تقريبا مقابل أخرى آخر فيما بينما حيث عندما
    كل بعض جميع عدة أي لكن لكنها لكنه إثر اثر وسط ضمن عبر لدى مما ما
    of the a an and or in on at to from by for with as is are was were be been have has had that
    which who this these those it its per more less than his her their after before since into but while whereas
    earlier later previously ago overnight tonight yesterday today tomorrow سابقا لاحقا
""")
DIRECTIONS = {fold_word(k): v for k, v in {
    "شمال": "north", "شمالي": "north", "شمالا": "north", "الشمال": "north",
    "جنوب": "south", "جنوبي": "south", "جنوبا": "south", "الجنوب": "south",
    "شرق": "east", "شرقي": "east", "شرقا": "east", "الشرق": "east", "الشرقي": "east",
    "غرب": "west", "غربي": "west", "غربا": "west", "الغرب": "west", "الغربي": "west",
    "north": "north", "south": "south", "east": "east", "west": "west",
    "northeast": "north-east", "northwest": "north-west", "southeast": "south-east",
    "southwest": "south-west",
}.items()}
PLACE_HEADS = _words("مدينة المدينة بلدة البلدة قرية القرية منطقة المنطقة العاصمة حي ضاحية")
EN_PLACE_HEADS = _words("""town city village checkpoint base airport bridge gate camp capital
    border port district area region outskirts""")
SUBJECT_MARKERS = _words("تبعد يبعد وتبعد ويبعد تقع يقع الواقع الواقعة على بعد مسافة التي الذي وهي وهو ( ، ,")
SUBJECT_STRONG = _words("تبعد يبعد وتبعد ويبعد بعد مسافة ( ، ,")

# --- calendar -----------------------------------------------------------------------------
MONTHS = {k: int(v) for k, v in _table({
    "يناير|كانون الثاني|january": "1", "فبراير|شباط|february": "2", "مارس|آذار|march": "3",
    "أبريل|إبريل|نيسان|april": "4", "مايو|أيار|may": "5", "يونيو|يونيه|حزيران|june": "6",
    "يوليو|يوليه|تموز|july": "7", "أغسطس|آب|august": "8", "سبتمبر|أيلول|september|sept": "9",
    "أكتوبر|تشرين الأول|october": "10", "نوفمبر|تشرين الثاني|november": "11",
    "ديسمبر|كانون الأول|december": "12",
}).items()}
WEEKDAYS = {k: int(v) for k, v in _table({
    "الاثنين|الإثنين|monday": "0", "الثلاثاء|tuesday": "1", "الأربعاء|wednesday": "2",
    "الخميس|thursday": "3", "الجمعة|friday": "4", "السبت|saturday": "5", "الأحد|sunday": "6",
}).items()}
