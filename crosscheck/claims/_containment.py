"""Which gazetteer places lie inside which country: a province or a city is a finer scope
than its country, so a figure for Hatay is not the figure for Turkey, and a clause that names
both (``in Hatay, Turkey``) is about Hatay.

Made from the per-country sections of :mod:`crosscheck.claims._gazetteer` (one section, one
country); places of the mixed sections (the Gulf, South Asia, other big cities) have no entry.
"""
from __future__ import annotations

from collections.abc import Container

from crosscheck.claims._gazetteer import COUNTRY_NAMES

_INSIDE = {
    "libya": (
        "tripoli|benghazi|rajma|derna|sirte|misrata|gharyan|bani walid|tobruk|sabha|zawiya|ajdabiya|"
        "bayda|tarhuna|sabratha|zuwara|jufra|kufra|susa|shahat|marj|ubari|murzuq|brega|"
        "ras lanuf|zintan|nalut|zliten|khoms|ghadames|ghat|tajoura|janzour|ras ajdir"
    ),
    "syria": (
        "damascus|aleppo|homs|hama|idlib|raqqa|deir ez-zor|daraa|latakia|douma|palmyra|"
        "qamishli|afrin|kobani|tartus|hasakah|suwayda|quneitra|manbij|jarablus|azaz|al bab|"
        "tal abyad|ras al ain|jableh|baniyas|qusayr|zabadani|darayya|madaya|yabroud|harasta|"
        "jaramana|sednaya|jisr al shughur|maarat al numan|saraqib|khan sheikhoun|ariha|"
        "mayadin|albu kamal|tal rifaat|tabqa|ain issa|masyaf|houla|rastan|yarmouk|"
        "sheikh maqsoud|bab al hawa|sarmada|atmeh|jindires|salqin|atarib|al hol|rukban|tanf|"
        "hmeimim|qardaha"
    ),
    "iraq": (
        "baghdad|mosul|basra|kirkuk|erbil|fallujah|ramadi|najaf|karbala|hillah|kut|nasiriyah|"
        "amarah|diwaniyah|samawah|tikrit|samarra|baqubah|diyala|salahuddin|duhok|sulaymaniyah|"
        "halabja|sinjar|tal afar|hit|haditha|al qaim|rutba|kadhimiya|adhamiya|sadr city|"
        "green zone|wasit|maysan|dhi qar|muthanna|qadisiyah|babil|umm qasr|faw|jurf al sakhar|"
        "baiji|shirqat|muqdadiya|khanaqin|zakho|tarmiyah|abu ghraib|hamdaniya"
    ),
    "lebanon": (
        "beirut|tyre|sidon|nabatieh|baalbek|hermel|zahle|jounieh|byblos|akkar|bekaa|"
        "mount lebanon|chouf|baabda|dahiyeh|haret hreik|bint jbeil|marjayoun|naqoura|khiam|"
        "shebaa|kfarchouba|aita al shaab|kfar kila|ain al hilweh|nahr al bared|shatila|"
        "burj al barajneh"
    ),
    "jordan": (
        "amman|zarqa|irbid|mafraq|zaatari|karak|tafilah|maan|aqaba|jerash|ajloun|madaba|balqa|"
        "ramtha"
    ),
    "palestine": (
        "jerusalem|ramallah|jenin|nablus|hebron|bethlehem|jericho|tulkarm|qalqilya|tubas|"
        "salfit|bireh|huwara|silwan|sheikh jarrah|balata|nur shams|aqabat jabr|dheisheh|"
        "qalandia|yatta|masafer yatta|qabatiya|turmus ayya|azariya|abu dis|jabalia|beit lahia|"
        "beit hanoun|deir al balah|nuseirat|bureij|maghazi|zawaida|khan younis|rafah|shujaiya|"
        "mawasi|tal al sultan|khuzaa|abasan|bani suheila|tal al hawa|sheikh radwan|netzarim|"
        "philadelphi corridor|kerem shalom|erez"
    ),
    "israel": (
        "tel aviv|haifa|jaffa|akko|nazareth|beersheba|ashkelon|ashdod|eilat|sderot|netanya|"
        "lod|ramla|safed|tiberias|umm al fahm|rahat|herzliya|petah tikva|rishon lezion|holon|"
        "bat yam|bnei brak|hadera|afula|nahariya|kiryat shmona|dimona|metula|majdal shams|"
        "kfar aza|nir oz|beeri"
    ),
    "egypt": (
        "cairo|alexandria|giza|aswan|luxor|port said|suez|ismailia|arish|sheikh zuweid|minya|"
        "asyut|sohag|qena|faiyum|beni suef|mansoura|tanta|zagazig|damietta|kafr el sheikh|"
        "sharm el sheikh|hurghada|matrouh|alamein|siwa|dakahlia|monufia|qalyubia|sharqia|"
        "gharbia|beheira|new valley|helwan|shubra|new administrative capital"
    ),
    "sudan": (
        "khartoum|omdurman|el fasher|nyala|el geneina|kadugli|el obeid|wad madani|port sudan|"
        "kassala|gedaref|damazin|sennar|atbara|zalingei|ed daein|gezira|zamzam|abyei|babanusa|"
        "juba"
    ),
    "yemen": (
        "sanaa|aden|hodeidah|taiz|marib|saada|hadramout|mukalla|seiyun|shabwa|abyan|zinjibar|"
        "lahij|dhale|dhamar|ibb|amran|hajjah|jawf|mahra|socotra|mokha|ras isa"
    ),
    "tunisia": (
        "tunis|sfax|sousse|kairouan|bizerte|gabes|gafsa|monastir|mahdia|nabeul|medenine|"
        "tataouine|djerba|sidi bouzid|kasserine|kef|jendouba|beja|siliana|zaghouan|ariana|"
        "ben arous|manouba|tozeur|ben guerdane"
    ),
    "algeria": (
        "algiers|oran|constantine|annaba|setif|batna|blida|tizi ouzou|bejaia|tlemcen|ouargla|"
        "ghardaia|tamanrasset|biskra|chlef|laghouat|boumerdes|tipaza|jijel|skikda|medea|adrar|"
        "bechar|tiaret|khenchela|tebessa|mostaganem|sidi bel abbes|el tarf|in amenas"
    ),
    "morocco": (
        "rabat|casablanca|marrakech|al haouz|taroudant|chichaoua|ouarzazate|azilal|amizmiz|"
        "ighil|talat nyaaqoub|fez|tangier|meknes|agadir|oujda|tetouan|al hoceima|nador|"
        "laayoune|dakhla|kenitra|safi|essaouira|beni mellal|khouribga|settat|taza|errachidia|"
        "ceuta|melilla"
    ),
    "turkey": (
        "istanbul|ankara|izmir|kahramanmaras|hatay|antakya|iskenderun|gaziantep|adana|malatya|"
        "pazarcik|nurdagi|elbistan|"
        "diyarbakir|adiyaman|osmaniye|sanliurfa|kilis|mardin|elazig|antalya|konya|kayseri|"
        "mersin|trabzon|bursa|erzurum|hakkari|qandil|bosphorus"
    ),
    "iran": (
        "tehran|mashhad|isfahan|shiraz|tabriz|qom|ahvaz|kerman|kermanshah|bandar abbas|"
        "bushehr|natanz|fordow|zahedan|sistan and baluchestan|khuzestan|urmia|hamadan|yazd|"
        "rasht|abadan|chabahar|karaj|khorramshahr"
    ),
}

#: Places inside a province or region of the gazetteer: place id -> that area. An epicentre
#: "in Pazarcik" is one "in Kahramanmaras", said more finely; a distance from Pylos is one
#: from the Peloponnese.
WITHIN = {"pazarcik": "kahramanmaras", "elbistan": "kahramanmaras", "nurdagi": "gaziantep",
          "pylos": "peloponnese", "pyrgos": "peloponnese"}
#: Towns next to a city of the gazetteer, not inside it: a meeting "in Rajma" is not one "in
#: Benghazi", but the difference is small.
NEAR = {"rajma": "benghazi"}

#: Place id -> the country it lies in.
COUNTRY_OF: dict[str, str] = {place: country for country, places in _INSIDE.items()
                              for place in places.split("|")}
#: The countries that have a section.
COUNTRIES = frozenset(_INSIDE)


def inside(place: str, area: str) -> bool:
    """Does the place ``place`` lie inside ``area`` (a province or city it belongs to, its
    country, or the country of that city)? Directions are dropped (``libya:east`` is in
    ``libya``)."""
    place, area = place.split(":")[0] if ":" in place and place.split(":")[0] in COUNTRIES else place, \
        area.split(":")[0] if area.split(":")[0] in COUNTRIES else area
    chain = []
    current = place
    while current in WITHIN and current not in chain:
        current = WITHIN[current]
        chain.append(current)
    chain += [COUNTRY_OF[p] for p in [place, *chain] if p in COUNTRY_OF]
    return area in chain


def country_of(place: str, countries: Container[str] = COUNTRY_NAMES) -> str | None:
    """The country a place id lies in, or is (``aleppo`` and ``syria:north`` -> ``syria``;
    ``taiwan`` -> ``taiwan``); None when the gazetteer does not say (a big city of a mixed
    section, a region, a local name). ``countries``: the ids that count as a country (all
    the gazetteer's, or only :data:`COUNTRIES`, those with a section)."""
    base = place.split(":")[0]
    return COUNTRY_OF.get(base) or (base if base in countries else None)


def near(a: str, b: str) -> bool:
    """Is one of two places a town next to the other (``rajma`` and ``benghazi``)?"""
    return NEAR.get(a) == b or NEAR.get(b) == a
