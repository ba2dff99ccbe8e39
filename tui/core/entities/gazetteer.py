"""Known places and organisations, with their other spellings: the entity extractor types and
merges names with them. (The common words it reads names with are in the lexicon.)
"""

from __future__ import annotations

from functools import lru_cache

# Canonical name -> other spellings (matched case-insensitively, dots ignored: "U.S." = "us").
_PLACES = {
    "United States": ("US", "USA", "United States of America", "America"),
    "United Kingdom": ("UK", "Britain", "Great Britain"),
    "China": ("People's Republic of China", "PRC", "Mainland China"),
    "Taiwan": (), "Hong Kong": (), "Macau": (), "Tibet": (), "Xinjiang": (),
    "Russia": ("Russian Federation",), "Ukraine": (), "Crimea": (), "Donbas": ("Donbass",),
    "Japan": (), "South Korea": ("Republic of Korea",), "North Korea": ("DPRK",),
    "India": (), "Pakistan": (), "Afghanistan": (), "Bangladesh": (), "Sri Lanka": (),
    "Nepal": (), "Indonesia": (), "Malaysia": (), "Singapore": (), "Philippines": (),
    "Vietnam": ("Viet Nam",), "Thailand": (), "Cambodia": (), "Laos": (), "Myanmar": ("Burma",),
    "Australia": (), "New Zealand": (), "Papua New Guinea": (), "Fiji": (),
    "Solomon Islands": (),
    "Canada": (), "Mexico": (), "Brazil": (), "Argentina": (), "Chile": (), "Peru": (),
    "Colombia": (), "Venezuela": (), "Cuba": (), "Haiti": (), "Panama": (),
    "France": (), "Germany": (), "Italy": (), "Spain": (), "Portugal": (), "Greece": (),
    "Netherlands": ("Holland",), "Belgium": (), "Switzerland": (), "Austria": (),
    "Poland": (), "Hungary": (), "Romania": (), "Bulgaria": (), "Serbia": (), "Croatia": (),
    "Czech Republic": ("Czechia",), "Slovakia": (), "Sweden": (), "Norway": (),
    "Denmark": (), "Finland": (), "Ireland": (), "Iceland": (), "Estonia": (), "Latvia": (),
    "Lithuania": (), "Belarus": (), "Moldova": (), "Georgia": (), "Armenia": (),
    "Azerbaijan": (), "Kazakhstan": (), "Uzbekistan": (), "Turkey": ("Türkiye",),
    "Malta": (), "Cyprus": (), "Israel": (), "Palestine": (), "Gaza": ("Gaza Strip",),
    "West Bank": (), "Lebanon": (), "Syria": (), "Jordan": (), "Iraq": (), "Iran": (),
    "Saudi Arabia": (), "Yemen": (), "Oman": (), "Qatar": (), "Kuwait": (), "Bahrain": (),
    "United Arab Emirates": ("UAE",), "Egypt": (), "Libya": (), "Tunisia": (), "Algeria": (),
    "Morocco": (), "Sudan": (), "South Sudan": (), "Ethiopia": (), "Somalia": (),
    "Kenya": (), "Nigeria": (), "Ghana": (), "Niger": (), "Mali": (), "Senegal": (),
    "South Africa": (), "Zimbabwe": (), "Congo": (), "Angola": (), "Mozambique": (),
    "Rwanda": (), "Uganda": (), "Tanzania": (),
    # cities
    "Beijing": ("Peking",), "Shanghai": (), "Shenzhen": (), "Wuhan": (), "Taipei": (),
    "Tokyo": (), "Seoul": (), "Pyongyang": (), "New Delhi": ("Delhi",), "Mumbai": (),
    "Islamabad": (), "Kabul": (), "Jakarta": (), "Manila": (), "Hanoi": (), "Bangkok": (),
    "Sydney": (), "Canberra": (), "Moscow": (), "Kyiv": ("Kiev",), "Minsk": (),
    "London": (), "Paris": (), "Berlin": (), "Brussels": (), "Rome": (), "Madrid": (),
    "Geneva": (), "Vienna": (), "Warsaw": (), "Budapest": (), "Athens": (), "Lisbon": (),
    "Stockholm": (), "Oslo": (), "Copenhagen": (), "Helsinki": (), "Dublin": (),
    "Amsterdam": (), "The Hague": (), "Davos": (), "Istanbul": (), "Ankara": (),
    "Jerusalem": (), "Tel Aviv": (), "Tehran": (), "Baghdad": (), "Damascus": (),
    "Beirut": (), "Riyadh": (), "Doha": (), "Dubai": (), "Abu Dhabi": (), "Cairo": (),
    "Nairobi": (), "Lagos": (), "Johannesburg": (), "Washington": ("Washington DC",),
    "New York": ("New York City", "NYC"), "Los Angeles": (), "San Francisco": (),
    "Chicago": (), "Boston": (), "Miami": (), "Seattle": (), "Houston": (), "Atlanta": (),
    "Ottawa": (), "Toronto": (), "Mexico City": (), "Brasilia": (), "Buenos Aires": (),
    "Bali": (), "Hiroshima": (), "Camp David": (),
    # US states not already listed above
    "Alabama": (), "Alaska": (), "Arizona": (), "Arkansas": (), "California": (),
    "Colorado": (), "Connecticut": (), "Delaware": (), "Florida": (), "Hawaii": (),
    "Idaho": (), "Illinois": (), "Indiana": (), "Iowa": (), "Kansas": (), "Kentucky": (),
    "Louisiana": (), "Maine": (), "Maryland": (), "Massachusetts": (), "Michigan": (),
    "Minnesota": (), "Mississippi": (), "Missouri": (), "Montana": (), "Nebraska": (),
    "Nevada": (), "New Hampshire": (), "New Jersey": (), "New Mexico": (),
    "North Carolina": (), "North Dakota": (), "Ohio": (), "Oklahoma": (), "Oregon": (),
    "Pennsylvania": (), "Rhode Island": (), "South Carolina": (), "South Dakota": (),
    "Tennessee": (), "Texas": (), "Utah": (), "Vermont": (), "Virginia": (),
    "West Virginia": (), "Wisconsin": (), "Wyoming": (),
    # regions and waters
    "Asia-Pacific": ("Asia Pacific",), "Indo-Pacific": (), "Asia": (), "Europe": (),
    "Africa": (), "Middle East": (), "Latin America": (), "South America": (),
    "North America": (), "Central Asia": (), "Southeast Asia": ("South-East Asia",),
    "Eastern Europe": (), "Western Europe": (), "Balkans": (), "Caucasus": (),
    "Scandinavia": (), "Arctic": (), "Antarctica": (), "Global South": (),
    "Pacific": ("Pacific Ocean",), "Atlantic": ("Atlantic Ocean",), "Indian Ocean": (),
    "Mediterranean": ("Mediterranean Sea",), "Black Sea": (), "Red Sea": (),
    "Baltic Sea": (), "South China Sea": (), "East China Sea": (), "Taiwan Strait": (),
    "Persian Gulf": (), "Strait of Hormuz": (), "Korean Peninsula": (),
    "Pacific Islands": (),
}  # fmt: skip

_ORGANISATIONS = {
    "United Nations": ("UN",),
    "UN General Assembly": ("United Nations General Assembly", "General Assembly", "UNGA"),
    "UN Security Council": ("United Nations Security Council", "UNSC"),
    "APEC": (
        "Asia-Pacific Economic Cooperation", "Asia-Pacific Economic Cooperation Forum",
        "Asia-Pacific Economic Cooperation summit",
    ),
    "G20": ("Group of 20", "Group of Twenty", "G-20"), "G7": ("Group of Seven", "G-7"),
    "NATO": ("North Atlantic Treaty Organization", "Nato"), "European Union": ("EU",),
    "European Commission": (), "European Parliament": (), "ASEAN": (), "OPEC": (),
    "BRICS": (), "World Health Organization": ("WHO",), "World Bank": (),
    "International Monetary Fund": ("IMF",), "World Trade Organization": ("WTO",),
    "International Criminal Court": ("ICC",), "Gulf Cooperation Council": ("GCC",),
    "African Union": (), "Shanghai Cooperation Organisation": ("SCO",),
    "White House": (), "State Department": ("Department of State",),
    "Treasury": ("Treasury Department",), "Pentagon": ("Defense Department",),
    "Kremlin": (), "Congress": (), "Senate": (), "House of Representatives": (),
    "Supreme Court": (), "Federal Reserve": ("Fed",),
    "House of Commons": (), "House of Lords": (), "CIA": (), "FBI": (),
    "National Security Council": ("NSC",),
    "Republican Party": ("Republicans", "GOP"), "Democratic Party": ("Democrats",),
    "Chinese Communist Party": ("Communist Party", "CCP", "CPC"),
    "People's Liberation Army": ("PLA",), "Hamas": (), "Hezbollah": (), "Taliban": (),
    "Reuters": (), "AFP": ("Agence France-Presse",), "AP": ("Associated Press",),
    "EFE": ("EFE Agency",), "Xinhua": (), "Bloomberg": (), "CNN": (), "BBC": (),
    "South China Morning Post": ("SCMP",), "Global Times": (), "New York Times": (),
}  # fmt: skip

KNOWN: dict[str, tuple[str, str]] = {}  # spelling key -> (canonical name, type)


@lru_cache(maxsize=65536)
def spelling_key(text: str) -> str:
    """How names are compared: case, dots, curly apostrophes, spacing and 'G-20' dashes ignored."""
    text = text.casefold().replace(".", "").replace("’", "'")
    if "-" in text:  # most names have none to look at
        chars = list(text)
        for i in range(1, len(chars) - 1):
            if chars[i] == "-" and chars[i - 1].isalpha() and chars[i + 1].isdigit():
                chars[i] = ""
        text = "".join(chars)
    return " ".join(text.split())


# Short acronyms that are also words ("US"/"us", "WHO"/"who", "AP"): known only in capitals.
SHORT_ACRONYMS: set[str] = set()

for _table, _type in ((_PLACES, "place"), (_ORGANISATIONS, "organisation")):
    for _name, _aliases in _table.items():
        for _spelling in (_name, *_aliases):
            KNOWN[spelling_key(_spelling)] = (_name, _type)
            if _spelling.isupper() and len(spelling_key(_spelling)) <= 3:
                SHORT_ACRONYMS.add(spelling_key(_spelling))
