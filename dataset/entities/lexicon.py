"""Word lists the extractor reasons with, and the built lexicons, loaded once per process.

The hand-written lists below are general English/news knowledge (titles, organisation
and place head nouns, demonyms, the best-known international organisations); they are
not fitted to any evaluation document. Large lists (places, names, word case) are data
files built by `build_lexicons.py`; `load()` reads them lazily and caches them, so a
worker process pays the cost once, never per article.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from dataset.gcpause import gc_paused

DATA = Path(__file__).resolve().parent / "data"


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Military ranks as British news writes them, without the dot ("Lt Gen", "Col").
BARE_RANKS = word_set("Gen Lt Col Maj Capt Sgt Cpl Brig Adm Cmdr Pte")
# Words that precede a person's name and are not part of it ("President", "Gen.").
CORE_TITLES = (
    word_set(
        """President President-elect Minister Premier Chancellor Secretary Secretary-General
    Sec. Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor
    Judge Justice Ambassador General Gen. Lieutenant Lt. Colonel Col. Major Maj. Captain
    Capt. Commander Cmdr. Admiral Adm. Sergeant Sgt. Corporal Cpl. Private Pvt. Pfc. Spc.
    Officer Detective Det. Inspector Sheriff King Queen Prince Princess Emperor Sheikh Sheik
    Emir Mullah Ayatollah Imam Pope Cardinal Bishop Archbishop Rev. Reverend Father Mr Mr.
    Mrs Mrs. Ms Ms. Miss Dr Dr. Prof. Professor Sir Dame Lord Lady Mufti Commissioner
    Director Chairman Chairwoman Spokesman Spokeswoman Spokesperson Leader CEO Speaker
    Coach Trooper Agent Marshal Brig. Gens. Sens. Reps. Minister-President Superintendent
    Chief Deputy Vice Attorney Councilman Councilwoman Councillor Alderman Pastor Rabbi
    Patriarch Dean Principal Warden Constable Chairperson Lawmaker MP Mullah Maulvi
    Maulana Haji Hajji Sultan Crown Senior Acting Former Interim MLA MPP MSP MEP Duke
    Duchess Earl Countess Baron Baroness Marquess Viscount Tsar Czar Pharaoh"""
    )
    | BARE_RANKS
)
# Words that may precede a core title ("Prime Minister", "Foreign Secretary").
TITLE_MODIFIERS = word_set(
    """Prime Vice Deputy Foreign Defence Defense Interior Finance Home Health Justice
    Education Chief Supreme Former Acting Attorney Lieutenant Lt. Major Senior Assistant
    Executive Staff Grand Crown First Second Master Police Army Navy Air Brigadier
    Rear Interim State Associate Managing Press Information Trade Economy Energy
    Culture Agriculture Labor Labour Environment Transport Transportation Treasury
    Secretary General Commerce Security Intelligence Border Opposition Majority
    Minority House Senate Party Provincial District Military Presidential Royal"""
)
# Adjectives of a title written capitalised at a sentence's start ("Supreme leader Ali
# Khamenei", "Deputy leader X"): part of the title, no body.
TITLE_ADJECTIVES = word_set(
    """Supreme Former Acting Interim Senior Deputy Vice Chief Grand Prime Executive Assistant
    Associate Managing Top Joint"""
)
# Organisation heads: a name ending in one of these is an ORG ("CBS News").
ORG_HEADS = word_set(
    """Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC plc PLC Group Holdings Company
    Bank Party Ministry Department Dept. Agency Administration Commission Committee Council
    Association Federation Union Organization Organisation Institute Institution University
    College School Academy Foundation Society Authority Office Bureau Service Services
    Force Forces Army Navy Marines Police Guard Guards Corps Court Tribunal Parliament Assembly
    Senate Congress Cabinet Government Club FC Network News Times Post Journal Herald
    Tribune Gazette Press Radio TV Television Channel Broadcasting Airlines Airways Motors
    Technologies Technology Systems Energy Oil Petroleum Industries Enterprises Partners
    Capital Fund Trust Church Movement Front Brigade Brigades Battalion Division Regiment
    Command Coalition Alliance League Mission Board Exchange Reserve Inc Laboratories Labs
    Media Records Studios Pictures Entertainment Communications Telecom Pharmaceuticals
    Insurance Motors Railways Railway Magazine Daily Weekly Monthly Quarterly Review Monitor
    Observer Brotherhood Pravda Izvestia
    Democrats Republicans Socialists Conservatives Liberals Communists
    Telegraph Chronicle Courier Sun Mirror Express Standard Courant Dispatch Inquirer
    Enquirer Examiner Bulletin Sentinel Advertiser Agencies Commissions
    Councils Ministries Departments Unions Conference Caucus Directorate Inc.,
    Institutes Hospital Clinic Prison Cooperative Co-op Orchestra Band Choir Ensemble
    Festival Squad Unit Units Militia Rebels Jazeera Observatory Secretariat Fellowship
    Dynasty Dynasties Brands Film Films Forum Forums Cartel Cartels Syndicate Clan Community"""
)
# The last word of a sports club's name after its town ("Leeds United", "Blackburn
# Rovers", "Queens Park Rangers", "Tottenham Hotspur"); a head only at a name's end, never
# a reason to join names across "and" as a body's noun is ("Glazer and Manchester United").
CLUB_HEADS = word_set("United Rovers Wanderers Athletic Albion Rangers Hotspur")
# Arabic, Persian and Urdu nouns for a body, transliterated, that open its name as "Front"
# or "Army" end an English one ("Jabhat al-Nusra", "Jaish al-Islam", "Lashkar-e-Taiba",
# "Tehreek-e-Insaf"); no person's name opens with one. "Ansarul" carries the
# article fused as "Harakatul" does ("Ansarul Islam": the supporters of Islam).
ORG_LEAD_NOUNS = word_set(
    """Jabhat Jebhat Jaish Jaysh Harakat Harakah Harakatul Ansarul Kataib Kata'ib Katibat Katiba
    Asaib Asa'ib Liwa Liwaa Alwiya Saraya Jund Lashkar Sipah Sipah-e Faylaq Firqat Quwat
    Tanzim Jamaat Jama'at Jamaah Jemaah Jamiat Jamiat-e Hizb Hizbul Hizbut Hezb Hezb-e
    Tehreek Tehrik Tahreek Majlis Dawlah Dawlat"""
) | word_set(
    # So do the German, Romance and French words for a bank, a company, a group, a
    # cartel, a clan, an army or a movement, and "Deutsche" ("Deutsche Boerse", "Banco
    # Santander", "Société Générale", "Groupe PSA", "Cartel del Noreste", "Clan del
    # Golfo", "Ejército de Liberación Nacional").
    "Deutsche Banco Banca Banque Société Societe Compagnie Groupe Grupo Cartel Cártel Clan"
    " Ejército Ejercito Movimiento"
)
# Nouns that open a body's name only before an Arabic article ("Hayat Tahrir al-Sham",
# "Ansar al-Sharia", "Ahrar al-Sham"), and a person's otherwise ("Ansar Burney").
ORG_LEAD_NOUNS_WITH_ARTICLE = word_set("Hayat Hay'at Hayat-e Ansar Ahrar Ahl")
# Nouns of an aim a body's name states after "for the" ("Front for the Liberation of
# Mozambique", "Volunteers for the Defence of the Homeland", "Movement for the Salvation
# of the Ogoni People"): the phrase names a body whatever noun heads it.
PURPOSE_NOUNS = word_set("Defence Defense Liberation Protection Salvation Restoration Rescue")


def aim_after(words: list[str], j: int) -> bool:
    """Whether "for" at words[j] opens an aim: "the" and an aim's noun follow ("for the
    Defence of …")."""
    return j < len(words) - 2 and words[j + 1] == "the" and words[j + 2] in PURPOSE_NOUNS


# Organisation heads that take an "of"-complement ("University of Helsinki").
ORG_OF_HEADS = word_set(
    """University Bank Ministry Department Council Institute Church Board Commission
    Committee Academy Association Federation Union Organization Organisation Office
    Bureau College School Court Party Society League Congregation Order Federal House
    Chamber Agency Corps Army Museum Government Secretariat Republic Kingdom Diocese
    Directorate Administration Authority Service Services Center Centre Fund Foundation
    Assembly Forces Front Movement Alliance Coalition Confederation Institution Tribunal
    Mission Conference Division Command Brigade Brigades Observatory Network Brotherhood"""
)
# Place heads: what kind of place a name ending in the word is.
LOC_HEADS = word_set(
    """River Sea Ocean Lake Mountains Mountain Mount Mt. Valley Desert Island Islands Isle
    Isles Peninsula Gulf Bay Strait Straits Coast Basin Plateau Plain Plains Forest Region Delta
    Hills Hill Range Corridor Pass Glacier Falls Creek Beach Canyon Heights Sound Channel
    Reef Highlands Lowlands Steppe Rainforest Archipelago Cape Oasis Lagoon Estuary
    Seas Rivers Lakes Oceans Valleys Deserts Forests Reefs Lagoons Canal Canals Fault
    Wilderness"""
)
# "Fort Benning", "Ft. Knox": a fort's name is the place, whatever surname follows.
# Romance place nouns open a name the way "Mount" does: "Villa Pelucca", "Punta Rasa",
# "Casa Santa Marta", "Monte Carlo" (not "Rio", "Sierra", "Isla": also first names).
LOC_PREFIXES = word_set(
    """Mount Mt. Lake Cape Gulf Sea Isle Bay Strait Fort Ft. Villa Casa Punta Piazza
    Plaza Palazzo Lago Cerro Playa Monte"""
)
# Compass words that make a region of a place ("Northeast Georgia").
DIRECTIONS = word_set(
    """North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower
    Greater Inner Outer Mid Middle Coastal Rural Downtown Metro"""
)
# Words after a town's name that show it is the town ("Mansfield Police", "Dublin Mayor").
LOCAL_INSTITUTIONS = word_set(
    """Police Mayor County City Fire Township Sheriff Council Schools School Board High
    Middle Elementary Public Municipal Chamber Town Village Borough Area Regional Library
    Airport Community Parish Township Police_Department Courthouse Commission"""
)
# Named events and laws ("First World War", "Kigali Amendment").
EVENT_HEADS = word_set(
    """War Wars Revolution Revolt Uprising Rebellion Age Ages Era Period Cup Open
    Games Olympics Olympiad Championship Championships Tournament Crisis Massacre Summit
    Spring Offensive Campaign Siege Battle Genocide Holocaust Expo Marathon Grand_Prix
    Series Derby Trophy Election Elections Referendum Festival Crusade Crusades Show
    Universiade"""
)
# "Kingdom of France", "Principality of Nitra": a state's formal name when a place follows.
POLITY_OF_HEADS = word_set(
    """Republic Kingdom Principality Duchy Grand-Duchy Empire Emirate Sultanate Khanate
    Caliphate Commonwealth Community Federation Confederation"""
)
# Events named by their head and an "of"-complement ("Battle of Kunduz", "Siege of
# Sarajevo", "War of the First Coalition"): the head, not the last word, types them.
EVENT_OF_HEADS = word_set("Battle Battles Siege Sack Massacre War Wars Invasion Liberation")
LAW_HEADS = word_set(
    """Act Treaty Agreement Accord Accords Amendment Convention Constitution Charter
    Protocol Declaration Resolution Bill Law Code Doctrine Pact"""
)
# Endings of nationality/people adjectives and plurals ("Achaemenid", "Athenians").
NORP_SUFFIXES = ("ian", "ians", "ean", "eans", "ese", "ite", "ites", "ic", "ish", "ans", "ids")
GPE_HEADS = word_set(
    """City County Province District State Parish Township Town Village Municipality
    Governorate Prefecture Oblast Republic Kingdom Emirate Territory Borough Canton
    Commune Shire Emirates Counties Provinces Districts States Krai Raion Empire Caliphate
    Sultanate Khanate Principality Duchy"""
)
FAC_HEADS = word_set(
    """Airport Airfield Airbase Base Bridge Crossing Street St. Road Rd. Avenue Ave.
    Boulevard Blvd. Highway Square Stadium Arena Palace Prison Jail Tower Towers Building
    Hall Dam Port Harbor Harbour Station Embassy Consulate Mosque Cathedral Temple Shrine
    Mall Hotel Camp Checkpoint Terminal Memorial Monument Gate Tunnel Pipeline Compound
    Lane Drive Way Plaza Center Centre Park Field Library Museum Theatre Theater Gardens
    Expressway Freeway Motorway Interstate Route Complex Facility Barracks Fort Fortress
    Castle Chapel Basilica Synagogue Cemetery Hwy. Pkwy. Parkway Ct. Dr. Ln. Pl."""
)
# Lower-case nouns right after a name that make the whole phrase a facility or place
# ("Bagram airfield", "Islam Qala crossing", "Qala-i-Naw city").
FAC_TRAILERS = (
    "air base",
    "airbase",
    "airfield",
    "airport",
    "border crossing",
    "crossing",
    "bridge",
    "dam",
    "prison",
    "checkpoint",
    "junction",
    "corridor",
    "mosque",
    "refugee camp",
    "displacement camp",
    "camp",
    "military base",
    "base",
    "cloister",
    "monastery",
    "abbey",
    "convent",
)
# Institutions and bands named by the name before their lower-case noun ("the al-Shifa
# hospital", an organisation as a university is, not a building; "the Viv Ansanm gang",
# "the Viv Ansanm alliance", "the Stop Murder Music coalition"; "told Dawn newspaper").
BAND_TRAILERS = ("faction", "militia", "cartel", "alliance", "coalition")
INSTITUTION_TRAILERS = ("hospital", "gang", "newspaper", *BAND_TRAILERS)
# What a town has many of: a place's name before one says where it stands, not which it
# is ("a Kabul hospital", "a Mosul mosque", "a Chicago gang", "a Tripoli militia", "the
# Sinaloa cartel"); an unexplained name before one is the band's ("the Chapitos faction").
PLACE_SERVED_TRAILERS = frozenset(["hospital", "mosque", "gang", "newspaper", *BAND_TRAILERS])
# A person's or a body's "camp" is their side, not a place ("the Sanders camp"); a
# "refugee camp" never is ("the Jenin refugee camp").
SIDE_TRAILERS = frozenset(["camp"])
# A ruling house is an organisation in UNER: "the Qing dynasty" names the ORG "Qing".
ORG_TRAILERS = word_set("dynasty dynasties")
ORG_TRAILERS_TITLE = frozenset(map(str.capitalize, ORG_TRAILERS))
# A name before "news agency" is the agency's ("the Saba news agency", "Fars news
# agency"), even when a town or province shares it.
AGENCY_TRAILERS = ("news agency", "news agencies")
GPE_TRAILERS = word_set(
    """city province district town village county state region neighbourhood neighborhood
    suburb area governorate prefecture municipality township parish"""
)
# Plural nouns after a list of names type every name in it ("Helmand and Kandahar
# provinces", "Clarke, Madison and Oconee counties").
PLURAL_TRAILERS = {
    **dict.fromkeys(
        ["provinces", "counties", "districts", "cities", "towns", "villages", "states", "parishes"],
        "GPE",
    ),
    **dict.fromkeys(["regions", "rivers", "islands", "mountains", "valleys", "lakes"], "LOC"),
    **dict.fromkeys(
        ["roads", "streets", "avenues", "airports", "bases", "crossings", "refugee camps"], "FAC"
    ),
}
# Road names that take a number ("Highway 1", "Interstate 395", "County Road 43").
ROAD_WORDS = word_set("Highway Interstate Route Road Hwy Hwy. Rte. Freeway Expressway Motorway")
# Posts and gates named by a number alone ("Tower 22", "Camp 5", "Checkpoint 300"): the
# number makes the noun a name, of a facility; "Tower" alone may be a surname.
NUMBERED_POSTS = word_set("Tower Camp Base Checkpoint Outpost Gate")
# Offices that belong to a place ("Mansfield Mayor", "Kabul Police Chief").
LOCAL_TITLES = word_set("Mayor Sheriff Governor Gov. Police Councilman Councilwoman Commissioner")

# Not names even when capitalised: dates, holidays, pronouns, greetings, weekdays.
NEVER = word_set(
    """I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April June July August September October November December Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    AM PM A.M. P.M. a.m. p.m. OK Okay Yes No Oh Hi Hey Hello Thanks Mon Tue Wed Thu Fri Sat Sun
    Mr. Mrs. Ms. Dr. The A An This That These Those It He She We They You His Her Its Our
    Their My Your TV Internet CEO CFO COO GDP AIDS HIV COVID-19 COVID Covid DNA PhD MP MPs
    Web Christmas Easter Passover Hanukkah Chanukah Thanksgiving Diwali BC BCE AD CE No."""
) | word_set(
    # Abbreviations of common nouns ("a VAT rise", "an IPO", "DVD sales") and time zones
    # ("10:00 GMT"): all capitals like a body's acronym ("Aids" as British style writes
    # it), but they name a kind of thing or a time, never one body or place.
    """VAT IPO IPOs DUI DVD DVDs VHS CDs ASAP FYI RSVP SVP EVP CTO CIO API SEO ADHD PTSD
    LNG LPG IRR RFP URL FAQ PDF USB GPS SUV SUVs IQ LOL LMAO OMG MBA CPI ATM PIN SMS MRI
    ICU CCTV PPE HR PS CD GMT BST UTC Aids"""
)
# Discourse adverbs and connectives that open a sentence: general English function words,
# mostly sentence-initial, so the word-case counts (which skip sentence starts) miss them.
CONNECTIVES = word_set(
    """Furthermore Moreover Meanwhile Nevertheless Nonetheless Additionally However
    Therefore Thus Hence Consequently Accordingly Besides Likewise Similarly Conversely
    Otherwise Instead Indeed Still Yet Also Further Finally Firstly Secondly Thirdly
    Lastly Overall Afterwards Afterward Subsequently Thereafter Meantime Notably
    Alternatively Admittedly Incidentally Regardless Anyway Anyhow Hereby Whereas
    Although Though Whereupon Thereby Henceforth Altogether Elsewhere"""
)
# Leading words dropped from a candidate even mid-sentence ("The Taliban" -> "Taliban").
LEADING_NOISE = word_set(
    """The A An This That These Those His Her Its Our Their My Your Some Many Most All
    Both Each Every Any No Former Ex Late Then Dear Mr Mrs Ms"""
)
LANGUAGES = word_set(
    """Arabic Pashto Dari Urdu Hindi Mandarin Cantonese Farsi Bengali Swahili Hebrew
    Latin Esperanto Punjabi Tamil Tagalog Yiddish"""
)
LANGUAGE_CUES = word_set("speak speaks spoke speaking spoken language translated translation")

# Demonyms and other nationality/religious/political group words (NORP), singular.
_DEMONYMS = """Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian
    Australian Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian
    Bosnian Brazilian British Briton Bulgarian Burmese Cambodian Cameroonian Canadian
    Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dane
    Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino
    Finnish Finn French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican
    Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Latvian Lebanese
    Liberian Libyan Lithuanian Malaysian Malian Maltese Mexican Moldovan Mongolian Moroccan
    Mozambican Namibian Nepali Nepalese Nicaraguan Nigerian Norwegian Omani Pakistani
    Palestinian Panamanian Paraguayan Peruvian Polish Pole Portuguese Qatari Romanian
    Russian Rwandan Salvadoran Saudi Scottish Scot Senegalese Serbian Serb Singaporean
    Slovak Slovenian Somali Spanish Spaniard Sudanese Swedish Swede Swiss Syrian Taiwanese
    Tajik Tanzanian Thai Tunisian Turkish Turk Turkmen Ugandan Ukrainian Uruguayan Uzbek
    Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Asian African Arab Latino Latina
    Hispanic Kurdish Kurd Pashtun Hazara Baloch Balochi Sikh Hindu Muslim Christian Jewish
    Jew Catholic Protestant Sunni Shia Shiite Shi'ite Alawite Druze Buddhist Islamist
    Democrat Republican Communist Socialist Liberal Conservative Nationalist Yazidi Rohingya
    Uighur Uyghur Sinhalese Tutsi Hutu Berber Bedouin Persian Slav Soviet Nazi Maoist
    Caucasian Mormon
    Coptic Copt Anglican Lutheran Methodist Baptist Pentecostal Marxist Zionist
    Chechen Dagestani Tatar Tibetan Punjabi Bengali Gujarati Sindhi Kashmiri Pashtoon
    Scandinavian Nordic Balkan Westerner Bavarian Texan Californian Floridian
    Parisian Londoner Catalan Basque Flemish Walloon Corsican Sardinian Sicilian Cossack
    Mughal Ottoman Byzantine Roman Greek Celtic Saxon Norman Viking Aboriginal Maori Inuit
    Quaker Amish Salafi Wahhabi Jihadist Pakistani Yemenite Houthi Iraqi Saudi
    Tory Neo-Nazi Roma Romani Sinti Bantu
    Tigrayan Burkinabe Nigerien Sahrawi Oromo Fulani Tuareg Dogon Gazan Dinka Nuer
    Masalit Zaghawa Banyamulenge Lendu
    Achaemenid Seleucid Sassanid Sasanian Umayyad Abbasid Fatimid Safavid Ayyubid Mamluk
    Carolingian Merovingian Ptolemaic Hellenistic"""

# Religions (NORP): "spread Islam" names no person, though a surname list has "Islam".
RELIGIONS = word_set("Islam Christianity Judaism Hinduism Buddhism Sikhism")


def _plural(word: str) -> str:
    if word.endswith(("ese", "sh", "ch", "ss")) or word in ("Swiss", "Lao", "Kyrgyz", "Sikh"):
        return word
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "s"


DEMONYMS: dict[str, str] = {}
for _word in _DEMONYMS.split():
    DEMONYMS[_word] = _word
    DEMONYMS.setdefault(_plural(_word), _word)
for _multi in (
    "South African",
    "North Korean",
    "South Korean",
    "Sri Lankan",
    "Saudi Arabian",
    "New Zealander",
    "Latin American",
    "Native American",
    "African American",
    "Sierra Leonean",
    "Central African",
    "Middle Eastern",
    "Shia Muslim",
    "Sunni Muslim",
    "Bosnian Serb",
):
    DEMONYMS[_multi] = _multi
    DEMONYMS[_plural(_multi)] = _multi
for _odd, _base in (
    ("Jews", "Jew"),
    ("Britons", "Briton"),
    ("Englishmen", "English"),
    ("Frenchmen", "French"),
    ("Shiites", "Shiite"),
    ("Shia", "Shia"),
    ("Kurds", "Kurd"),
    ("Arabs", "Arab"),
    ("Serbs", "Serb"),
    ("Croats", "Croat"),
    ("Croat", "Croat"),
    ("Sunnis", "Sunni"),
    ("Shias", "Shia"),
    # Canada's indigenous peoples as a whole; "Squamish First Nation" is one band's body.
    ("First Nations", "First Nations"),
):
    DEMONYMS[_odd] = _base
# A party's name in the plural is the party ("the Democrats retained a majority",
# "Republicans captured the Senate"), not a nationality: the singular ("a Republican
# senator") stays a member's description.
PARTY_PLURALS = frozenset(["Democrats", "Republicans", "Tories", "Conservatives"])
# Nationality nouns ("Scotsman James Watt"): the noun is a description, not the name.
for _base, _stem in (
    ("English", "English"),
    ("French", "French"),
    ("Scottish", "Scots"),
    ("Irish", "Irish"),
    ("Welsh", "Welsh"),
    ("Dutch", "Dutch"),
    ("Cornish", "Cornish"),
    ("Manx", "Manx"),
):
    for _noun in ("man", "men", "woman", "women"):
        DEMONYMS.setdefault(_stem + _noun, _base)

# Country and region aliases a gazetteer does not spell the news way.
GPE_ALIASES: dict[str, str] = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
    "Holland": "Netherlands",
    "Burma": "Myanmar",
    "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "Ivory Coast": "Ivory Coast",
    "Czech Republic": "Czechia",
    "South Korea": "South Korea",
    "North Korea": "North Korea",
    "Russia": "Russia",
    "Vatican": "Vatican",
    "Gaza": "Gaza",
    "Gaza Strip": "Gaza",
    "West Bank": "West Bank",
    "Palestine": "Palestine",
    "Kashmir": "Kashmir",
    "Crimea": "Crimea",
    "Donbas": "Donbas",
    "Donbass": "Donbas",
    "Kurdistan": "Kurdistan",
    "Tibet": "Tibet",
    "Chechnya": "Chechnya",
    "Taiwan": "Taiwan",
    "Hong Kong": "Hong Kong",
    "Macau": "Macau",
    "England": "England",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "Northern Ireland": "Northern Ireland",
    "Washington D.C.": "Washington, D.C.",
    "D.C.": "Washington, D.C.",
    "Soviet Union": "Soviet Union",
    "USSR": "Soviet Union",
    "Yugoslavia": "Yugoslavia",
    "Mecca": "Mecca",
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W. Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "B.C.": "British Columbia",
    "Alta.": "Alberta",
    "Sask.": "Saskatchewan",
    "Man.": "Manitoba",
    "Ont.": "Ontario",
    "Que.": "Quebec",
    "N.S.": "Nova Scotia",
    "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador",
    "P.E.I.": "Prince Edward Island",
    "NYC": "New York City",
    "LA": "Los Angeles",
}
# "the U.S government", "the U.K": a dotted country abbreviation whose last dot is left off
# is the same name.
GPE_ALIASES.update(
    {k[:-1]: v for k, v in list(GPE_ALIASES.items()) if re.fullmatch(r"(?:[A-Z]\.){2,}", k)}
)
# Regions, seas, rivers, mountains the news names often.
LOC_NAMES = word_set(
    """Middle_East Mideast Near_East Far_East South_Asia Central_Asia Southeast_Asia
    East_Asia Latin_America North_Africa West_Africa East_Africa Sahel Balkans Caucasus
    Persian_Gulf Arabian_Peninsula Horn_of_Africa Mediterranean Black_Sea Red_Sea
    Caspian_Sea Atlantic Pacific Indian_Ocean Arctic Antarctic Antarctica Himalayas
    Hindu_Kush Nile Euphrates Tigris Danube Sinai Scandinavia Siberia Caribbean
    Western_Europe Eastern_Europe Central_Europe Midwest New_England Silicon_Valley
    Sub-Saharan_Africa Levant Maghreb Gulf Korean_Peninsula South_China_Sea Baltic
    Baltics Alps Andes Rockies Amazon Sahara Patagonia Mesopotamia Anatolia Kurdistan_Region
    Pamirs Panjshir_Valley Swat_Valley Golan_Heights Persian_Gulf Gulf_of_Aden Yangtze
    Mekong Ganges Indus Oxus Jordan_Valley Eurasia Oceania Americas Northern_Hemisphere
    Southern_Hemisphere Pacific_Northwest Deep_South Great_Lakes Sunbelt Outback Earth
    Asia_Pacific"""
)
# The UN's peacekeeping and political missions, whose acronyms news writes as words too
# ("Monusco").
_UN_MISSIONS = word_set("MONUSCO MINUSMA MINUSCA UNMISS UNIFIL UNAMID UNAMA UNSMIL")
# The best-known international organisations, agencies, media and armed groups.
ORG_NAMES = (
    word_set(
        """UN U.N. United_Nations NATO EU European_Union African_Union Arab_League WHO
    World_Health_Organization IMF World_Bank WTO OPEC UNICEF UNHCR UNESCO ICRC Red_Cross
    Red_Crescent Amnesty_International Human_Rights_Watch Taliban al-Qaeda al-Qaida
    Al_Qaeda Al-Qaeda Islamic_State ISIS ISIL Daesh Hamas Hezbollah Hizbollah Houthis
    Boko_Haram al-Shabab al-Shabaab Haqqani_network Pentagon White_House Kremlin Congress
    Senate Parliament Supreme_Court FBI CIA NSA NASA BBC CNN CBS NBC ABC Fox_News Reuters
    AP Associated_Press AFP Agence_France-Presse Al_Jazeera New_York_Times Washington_Post
    Wall_Street_Journal Guardian Google Apple Microsoft Facebook Twitter Intel IBM Sony
    Toyota Boeing Airbus European_Commission Interpol Europol Mossad KGB FSB ISI Labour
    Tories Kremlin Politburo ASEAN G7 G20 OSCE ICC IAEA Bundestag Knesset Duma
    Shura Loya_Jirga Medecins_Sans_Frontieres MSF Doctors_Without_Borders Oxfam
    Save_the_Children Hezb-e-Islami Jamaat-e-Islami Tehrik-i-Taliban PKK YPG SDF IRGC
    Revolutionary_Guards Ansar_Allah Fatah PLO IDF Islamic_Jihad Palestinian_Islamic_Jihad
    Janjaweed Tatmadaw Abu_Sayyaf Polisario Polisario_Front ISWAP JNIM Hayat_Tahrir_al-Sham
    Pentagon Vatican_Bank YouTube
    Instagram WhatsApp TikTok Netflix Amazon.com Tesla Huawei Samsung Nokia
    Volkswagen BMW Mercedes BP Exxon ExxonMobil Chevron Gazprom Rosneft Aramco
    Walmart Disney Pfizer Moderna AstraZeneca Bloomberg Xinhua TASS RIA_Novosti
    Al_Arabiya Sky_News ITV Channel_4 PBS NPR UPI DPA ANSA EFE Yonhap Kyodo Tolo_News
    TOLOnews Pajhwok Hindustan_Times Times_of_India Le_Monde Der_Spiegel Spiegel
    Economist Financial_Times Telegraph USA_Today Politico Axios
    Newsweek Forbes Daily_Mail House House_of_Representatives House_of_Commons
    House_of_Lords GOP"""
    )
    | _UN_MISSIONS
    | {mission.capitalize() for mission in _UN_MISSIONS}
)
# Deities are PERSON in UNER and OntoNotes practice.
PERSON_NAMES = word_set("God Allah Jesus Christ Jesus_Christ Buddha Muhammad Prophet_Muhammad")
# ORG aliases: short or long forms that name the same organisation.
ORG_ALIASES: dict[str, str] = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "AU": "African Union",
    "WHO": "World Health Organization",
    "ISIL": "Islamic State",
    "ISIS": "Islamic State",
    "Daesh": "Islamic State",
    "IS": "Islamic State",
    "al-Qaida": "al-Qaeda",
    "Al Qaeda": "al-Qaeda",
    "Al-Qaeda": "al-Qaeda",
    "AP": "Associated Press",
    "MSF": "Medecins Sans Frontieres",
    "Doctors Without Borders": "Medecins Sans Frontieres",
    "Hizbollah": "Hezbollah",
    "al-Shabaab": "al-Shabab",
    "TOLOnews": "Tolo News",
    "Spiegel": "Der Spiegel",
}
# The compass points, as nouns ("north of X", "in east Jerusalem").
COMPASS_POINTS = word_set("north south east west northeast northwest southeast southwest")
# The compass words that describe a part of a place ("northern Lebanon", "central Mali").
COMPASS_ADJECTIVES = word_set(
    """northern southern eastern western northeastern northwestern southeastern
    southwestern north-eastern north-western south-eastern south-western central"""
)
# Words that, right before a capitalised name, make it a place ("in Kelleyland").
PLACE_PREPOSITIONS = (
    word_set("in near at outside across into towards toward through downtown throughout around")
    | COMPASS_ADJECTIVES
)
# "the city of X", "the province of X": the noun before "of" types the name after it.
PLACE_OF = {
    **dict.fromkeys(
        ["city", "town", "village", "province", "state", "district", "county", "capital"], "GPE"
    ),
    # A polity's kinds, rulers and people: "the kings of Gezer", "residents of Mabvuku".
    **dict.fromkeys(
        """kingdom principality emirate municipality borough township suburb port
        king queen ruler mayor resident inhabitant citizen people""".split(),
        "GPE",
    ),
    **dict.fromkeys(["region", "island", "valley"], "LOC"),
    **dict.fromkeys(["pass", "peninsula", "desert", "plateau", "bay", "gulf", "lake"], "LOC"),
}
# Prepositions that confirm a gazetteer name is the place ("from Mansfield").
WEAK_PLACE_PREPOSITIONS = word_set("from of to via between")
# Verbs/words that follow a person ("Biden said").
PERSON_FOLLOWERS = word_set(
    "said says told added asked wrote explained argued noted insisted stated claimed"
)
# Nouns a town's name modifies and a person's name does not ("a Chapin man", "Roselle
# police", "the 20-year-old Camarillo resident"): evidence even for a town named like a
# person.
PLACE_FOLLOWERS = word_set(
    """man woman men women resident residents native natives couple teen teenager teens
    boy girl police firefighters"""
)
# Nouns a town's name modifies far more often than a person's ("Springfield schools",
# "Preble voters", "a Kettering Republican"): evidence that a gazetteer town named like a
# person ("Springfield", "Kettering") is the town, though too weak for an unlisted word.
TOWN_FOLLOWERS = word_set(
    """council councils councilman councilwoman school schools students pupils voters
    taxpayers hospital hospitals businesses families homeowners officials mayor area
    neighborhood neighbourhood suburb suburbs park Republican Democrat mother father"""
)
# Party letters before a legislator's home ("Rep. Barbara Lee, D-Oakland").
PARTY_LETTERS = word_set("D R I DFL")
# Particles inside personal names ("Osama bin Laden").
NAME_PARTICLES = word_set(
    "bin ibn bint al el de da di du del della van von der den le la las los dos das y"
)
ABBREVIATIONS = word_set(
    """Mr. Mrs. Ms. Dr. St. Mt. Ft. Gen. Col. Lt. Maj. Capt. Sgt. Cpl. Adm. Gov. Sen. Rep.
    Rev. Prof. Jr. Sr. Inc. Corp. Co. Ltd. Bros. Dept. Ave. Rd. Blvd. Hwy. Pkwy. Ct. Ln.
    Pl. Cmdr. Pvt. Pfc. Spc. Det. Brig. Gens. Sens. Reps. No. Jan. Feb. Mar. Apr. Jun. Jul.
    Aug. Sep. Sept. Oct. Nov. Dec."""
) | frozenset(GPE_ALIASES)


# Country names a hyphenated compound may join ("Russia-Turkey").
COUNTRY_NAMES = word_set(
    """Afghanistan Pakistan Iran Iraq Syria Turkey Russia Ukraine China India Israel Egypt
    Jordan Lebanon Yemen Libya Sudan Somalia Ethiopia Eritrea Kenya Nigeria Mali Niger
    Chad Algeria Morocco Tunisia Saudi Qatar Kuwait Oman Bahrain Germany France Britain
    Italy Spain Poland Greece Serbia Kosovo Bosnia Croatia Georgia Armenia Azerbaijan
    Japan Korea Vietnam Cambodia Laos Thailand Myanmar Burma Bangladesh Canada Mexico
    Cuba Brazil Venezuela Colombia America Europe Africa Asia Palestine Gaza Taiwan"""
)


class Place(NamedTuple):
    """A gazetteer entry; a named tuple so 88,000 of them load in C loops (`_places`)."""

    label: str
    canonical: str
    population: int
    kind: str


@dataclass(frozen=True)
class Lexicons:
    places: dict[str, Place]
    first_names: frozenset[str]
    surnames: frozenset[str]
    # lower-case word -> (times written lower-case, times capitalised) mid-sentence
    word_case: dict[str, tuple[int, int]]
    # The word an apostrophe ends inside a place's name -> (the name's words up to the
    # apostrophe, its words after "'s "): "Cox" -> ("Cox", "Bazar").
    possessive_places: dict[str, list[tuple[str, str]]]


def is_country(name: str, lexicons: Lexicons) -> bool:
    """Whether the gazetteer has `name` as a country."""
    place = lexicons.places.get(name)
    return place is not None and place.kind == "country"


def name_like(word: str, lexicons: Lexicons) -> bool:
    """Whether a word is a listed first name or surname."""
    lower = word.lower()
    return lower in lexicons.surnames or lower in lexicons.first_names


def _read_lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").splitlines()


# Line breaks `str.splitlines` knows besides "\n": a file with one is read line by line.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _columns(name: str, width: int) -> list[tuple[str, ...]] | list[list[str]]:
    """The columns of a TSV file without its header row.

    Split once on tabs and newlines and sliced by stride, in C: the places file has
    88,000 rows, and a Python loop over them was most of the extractor's start-up.
    """
    text = (DATA / name).read_bytes().decode("utf-8")
    if any(char in text for char in _OTHER_BREAKS):
        rows = [line.split("\t") for line in _read_lines(name)[1:]]
        return list(zip(*rows, strict=True)) if rows else [[] for _ in range(width)]
    lines = text.removesuffix("\n").split("\n")
    if set(map(str.count, lines, itertools.repeat("\t"))) != {width - 1}:
        raise ValueError(f"{name}: every row needs {width} tab-separated fields")
    fields = "\t".join(lines[1:]).split("\t") if len(lines) > 1 else []
    return [fields[column::width] for column in range(width)]


def _places() -> dict[str, Place]:
    surfaces, labels, canonicals, populations, kinds = _columns("places.tsv", 5)
    rows = zip(labels, canonicals, map(int, populations), kinds, strict=True)
    # A later row of the same surface wins, as in a dict built row by row.
    places = dict(zip(surfaces, map(_new_place, rows), strict=True))
    for surface in [s for s in surfaces if "yiv" in s]:
        national = _UKRAINIAN_YI.sub(r"\1i", surface)
        place = places[surface]
        if national != surface and place.canonical == surface:
            places.setdefault(national, place._replace(canonical=national))
    # News writes "Cúcuta" and "Tibú" as the towns spell them; the lists keep only the
    # folded "Cucuta", so the canonical spelling is a surface of its own too. (The rows
    # with diacritics are picked in C loops: most canonical names are ASCII.)
    accented = map(operator.not_, map(str.isascii, canonicals))
    for surface, canonical in itertools.compress(zip(surfaces, canonicals, strict=True), accented):
        if ascii_fold(canonical) == surface:
            places.setdefault(canonical, places[surface])
    return places


def ascii_fold(text: str) -> str:
    """'Bāmyān' -> 'Bamyan': news in English mostly drops diacritics. Only the combining
    marks go: a letter with none to drop ("ı", "ł") and the apostrophes of
    transliterations ("Arkhangel’sk") stay, as the gazetteer's surfaces keep them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Ukrainian "ї" after a vowel: GeoNames (BGN/PCGN) writes "yi", Ukraine's national
# romanisation, which news follows since 2010, writes "i" ("Avdiyivka" is "Avdiivka",
# "Chuhuyiv" "Chuhuiv"), in the "-ivka"/"-iv" endings of its place names.
_UKRAINIAN_YI = re.compile(r"([aeiou])yi(?=v)")


_new_place = functools.partial(tuple.__new__, Place)


@functools.cache
def load() -> Lexicons:
    """The built lexicons, read once per process."""
    with gc_paused():
        words, lower, capital = _columns("word_case.tsv", 3)
        counts = zip(map(int, lower), map(int, capital), strict=True)
        return Lexicons(
            places=_places(),
            first_names=frozenset(_read_lines("first_names.txt")),
            surnames=frozenset(_read_lines("surnames.txt")),
            word_case=dict(zip(words, counts, strict=True)),
            possessive_places=_possessive_places(),
        )


POSSESSIVES = ("'s ", "’s ")


def _possessive_places() -> dict[str, list[tuple[str, str]]]:
    """The places whose names hold a possessive ("Cox's Bazar", "King's Lynn"), split at
    it under the word the apostrophe ends, for the candidate scan to join again. The
    gazetteer file's bytes are searched for the possessive (in C: few rows hold one),
    and a row's surface and canonical name both taken."""
    data = (DATA / "places.tsv").read_bytes()
    index: dict[str, list[tuple[str, str]]] = {}
    for possessive in POSSESSIVES:
        mark = possessive.encode()
        at = data.find(mark)
        while at >= 0:
            start, end = data.rfind(b"\n", 0, at) + 1, data.find(b"\n", at)
            end = end if end >= 0 else len(data)
            fields = data[start:end].decode("utf-8").split("\t")
            for name in (fields[0], fields[2]) if len(fields) > 2 else ():
                if possessive not in name:
                    continue
                head, tail = name.split(possessive, 1)
                if not head:
                    continue
                names = index.setdefault(head.split()[-1], [])
                if (head, tail) not in names:
                    names.append((head, tail))  # (either apostrophe: the text may use the other)
            at = data.find(mark, end)
    return index


@functools.cache
def regions() -> dict[str, str]:
    """Name -> GPE/LOC of the regions GeoNames' city and subdivision lists lack: historic
    polities and provinces, English names of regions, islands, deserts, ranges, seas,
    straits and rivers (`data/regions.tsv`)."""
    names, labels = _columns("regions.tsv", 2)
    return dict(zip(names, labels, strict=True))


def underscore_names(names: frozenset[str]) -> frozenset[str]:
    """`Middle_East` -> `Middle East`: the lists above write a space as `_`."""
    return frozenset(name.replace("_", " ") for name in names)


LOC_NAME_SET = underscore_names(LOC_NAMES)
PERSON_NAME_SET = underscore_names(PERSON_NAMES)
ORG_NAME_SET = underscore_names(ORG_NAMES) | PARTY_PLURALS
# "Al Shabaab", "Shabaab fighters", "the Shabab": English writes the Arabic article of a
# body's name apart and capitalised, or drops it; each form names the listed body.
for _name in sorted(n for n in ORG_NAME_SET if n.startswith("al-")):
    for _form in ("Al " + _name[3:], _name[3:]):
        if _form not in ORG_NAME_SET:
            ORG_ALIASES.setdefault(_form, ORG_ALIASES.get(_name, _name))
ORG_NAME_SET |= {n for n in ORG_ALIASES if n.startswith("Al ")}
# "the Balkans" is the region and "the Democrats" the party, though each is also the
# plural of a demonym.
for _name in sorted((LOC_NAME_SET | PARTY_PLURALS) & DEMONYMS.keys()):
    del DEMONYMS[_name]
