"""Word lists the entity extractor types names with: known places and organisations, titles,
role words, demonyms, given names and the capitalised words that are never entities.
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

# Words that make a capitalised word a title: the name after it is a person's.
TITLES = frozenset(
    """president presidents secretary secretaries minister ministers premier chancellor adviser
    advisor advisers envoy spokesman spokeswoman spokesperson ambassador senator sen governor gov
    mayor king queen prince princess pope emir sheikh mr mrs ms dr leader chairman chairwoman
    director chair commissioner dictator diplomat colonel admiral judge prosecutor representative rep
    lawmaker congressman congresswoman professor prof economist analyst correspondent reporter
    ceo founder cardinal archbishop bishop rabbi imam lieutenant captain officer inspector
    detective superintendent councillor councilor""".split()
)

# Titles kept in the name when the name is a single word ("King Charles", not "Charles").
ROYAL_TITLES = frozenset("king queen prince princess pope emir sheikh".split())

# Words of a role before its title ("Special Climate Envoy", "Treasury Secretary").
ROLE_MODIFIERS = frozenset(
    """vice deputy foreign prime special climate national security senior chief acting former
    interior defence defense finance trade commerce treasury state health economy economic
    education justice energy press executive assistant under associate first home environment
    agriculture transport transportation labour labor homeland top general presidential
    principal permanent parliamentary opposition party""".split()
)

# What may follow "Secretary of ..." and still be part of the role.
ROLE_COMPLEMENTS = frozenset(
    """state defense defence commerce treasury energy health agriculture education labor labour
    transportation interior staff war""".split()
)

# Head words that keep an "of" inside a name ("Bank of England", "Strait of Hormuz").
OF_HEADS = frozenset(
    """bank ministry department university council court republic kingdom union organization
    organisation league association federation institute commission assembly sea gulf strait
    bay isle islands cape house office academy church board chamber college school
    museum""".split()
)

ORGANISATION_WORDS = frozenset(
    """ministry department council agency forum cooperation bank party university commission
    assembly committee organization organisation association union court congress parliament
    senate institute foundation corporation company group inc ltd bureau office army navy force
    forces police service authority fund reserve board federation league alliance coalition
    network times post administration government cabinet summit conference institution corp
    plc survey observatory tribunal secretariat""".split()
)

PLACE_WORDS = frozenset(
    """sea strait ocean river island islands mountains valley province county city gulf bay
    peninsula lake desert region airport district mosque square palace cathedral harbour
    harbor canal""".split()
)

DEMONYMS = frozenset(
    """american americans chinese russian russians ukrainian ukrainians british french german
    germans italian spanish japanese korean indian pakistani iranian israeli israelis
    palestinian palestinians turkish syrian iraqi afghan saudi egyptian european europeans
    asian african canadian mexican brazilian australian taiwanese indonesian filipino
    vietnamese thai malaysian polish dutch swiss swedish norwegian danish finnish irish greek
    moroccan algerian tunisian libyan nigerian kenyan ethiopian somali sudanese lebanese
    jordanian qatari emirati yemeni kuwaiti bangladeshi nepalese portuguese belgian austrian
    hungarian czech romanian bulgarian serbian croatian argentine argentinian chilean colombian
    venezuelan peruvian cuban haitian
    western eastern sino anti pro non pan""".split()
)
# Plurals: "Moroccans", "Iraqis", "Czechs".
DEMONYMS |= {word + "s" for word in DEMONYMS if word.endswith("an")} | frozenset(
    "filipinos greeks czechs turks iraqis saudis pakistanis somalis qataris emiratis yemenis "
    "kuwaitis bangladeshis thais".split()
)
# Time zones read as acronyms ("22:11 GMT") but are no organisation.
TIME_ZONES = frozenset("gmt utc est edt cst cdt mst mdt pst pdt cet cest bst ist jst aest".split())

# Capitalised only because they open a sentence or a page element: never an entity's first word.
FUNCTION_WORDS = frozenset(
    """the a an this that these those it its he she they we i you our their his her him them us
    but and or so yet if when while since as at in on of for from with by to after before
    during despite although though because both each every all some many most more other such
    no not currently however meanwhile also still then there here what who which where why how
    following towards toward among amid amidst according under over between through into about
    against within without last next one two three another further nor even just only
    instead indeed thus therefore moreover furthermore yesterday today tomorrow tonight
    now earlier later again already perhaps maybe please read watch see share click subscribe
    sign published updated home news more comment comments related advertisement""".split()
)

# Common given names: a capitalised pair starting with one is a person's name.
GIVEN_NAMES = frozenset(
    """aaron adam alan albert alex alexander alice amanda amy andrew angela anna anne anthony
    antony antonio barbara ben benjamin bernie bill bob boris brian carlos carol catherine
    charles charlotte chris christina christopher daniel david deborah dennis diana donald
    dmitry edward elizabeth emily emma emmanuel eric frank gary george gina greg hillary helen
    henry hunter ian jack jacob jake james jane janet jason jean jeff jennifer jessica jim joe
    john jonathan jose joseph josh julia justin karen kamala kate kevin kim laura lee linda
    lisa luis marco maria mark martin mary matthew michael michelle mike nancy nicholas olaf
    olivia patrick paul peter rachel richard robert ron ryan sam sarah scott sergei sergey
    stephen steve steven susan thomas tim timothy tom tony victoria vladimir volodymyr william
    xavier yuri""".split()
)
