"""English: the words that find, type and merge named entities (titles, head words, particles,
demonyms, given names), read as `en`'s.

Kept apart from `en.py`, which re-exports every name, so that each stays short enough to read
whole.
"""

__all__ = [
    "ARTICLE_PREFIXES",
    "AWARD_VERBS",
    "BYLINE_WORD",
    "CLUB_WORDS",
    "COURTESY_TITLES",
    "DEMONYMS",
    "DETERMINERS",
    "EVENT_WORDS",
    "FIRM_JOINERS",
    "GENERIC_TAILS",
    "GIVEN_NAMES",
    "HEAD_TRANSLATIONS",
    "LETTER_SPELLINGS",
    "NAME_ABBREVIATIONS",
    "NAME_ADJECTIVE_TAILS",
    "NAME_CONNECTORS",
    "NAME_FILLER",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NATIONALITY_NOUNS",
    "NUMBERED_HEADS",
    "OF_HEADS",
    "ORGANISATION_WORDS",
    "PARTY_CUES",
    "PLACE_NOUNS",
    "PLACE_PREPOSITIONS",
    "PLACE_WORDS",
    "POSSESSIVE_NAME_WORDS",
    "ROLE_COMPLEMENTS",
    "ROLE_MODIFIERS",
    "ROYAL_TITLES",
    "STATE_ABBREVIATIONS",
    "TITLES",
    "TITLE_TAILS",
    "WORK_CUES",
]


# Words that make a capitalised word a title: the name after it is a person's.
TITLES = frozenset(
    """president presidents secretary secretaries minister ministers premier chancellor adviser
    advisor advisers envoy spokesman spokeswoman spokesperson ambassador senator sen governor gov
    mayor king queen prince princess pope emir sheikh mr mrs ms dr leader chairman chairwoman
    director chair commissioner dictator diplomat colonel admiral judge prosecutor representative rep
    lawmaker congressman congresswoman professor prof economist analyst correspondent reporter
    ceo founder cardinal archbishop bishop rabbi imam lieutenant captain officer inspector
    detective superintendent councillor councilor sergeant corporal commander marshal
    executive
    writer novelist poet author playwright actor actress singer songwriter musician artist
    painter composer conductor filmmaker coach manager striker midfielder defender goalkeeper
    forward winger player champion laureate winner editor journalist photographer chef designer
    architect scientist researcher seismologist geologist lawyer attorney resident owner boss
    candidate administrator astronaut commentator forecaster meteorologist pilot tourist
    chief sheriff trooper firefighter coroner constable""".split()
)
# Titles of courtesy, no role: "Ms Tarrant" names Tarrant.
COURTESY_TITLES = frozenset("mr mrs ms".split())
# Before a role, they make it a person of its own: "the Secretary and Director Wang" are two.
DETERMINERS = frozenset("the a an his her their its our".split())
# Titles kept in the name when the name is a single word ("King Charles", not "Charles").
ROYAL_TITLES = frozenset("king queen prince princess pope emir sheikh".split())
# Words of a role before its title ("Special Climate Envoy", "Treasury Secretary"). Not
# "labour"/"labor": a party's name first ("Labour won"), and "Labour Secretary" is a role
# by its title alone.
ROLE_MODIFIERS = frozenset(
    """vice deputy foreign prime special climate national security senior chief acting former
    interior defence defense finance trade commerce treasury state health economy economic
    education justice energy press executive assistant under associate first home environment
    agriculture transport transportation top general presidential
    principal permanent parliamentary opposition party""".split()
)
# What may follow a title and still be part of the role: "Secretary General", "Chief Justice".
TITLE_TAILS = frozenset({"general", "justice"})
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
# Head words of organisations' and places' names: "Foreign Ministry", "Taiwan Strait".
ORGANISATION_WORDS = frozenset(
    """ministry department council agency forum cooperation bank party university commission
    assembly committee organization organisation association union court congress parliament
    senate institute foundation corporation company group inc ltd bureau office army navy force
    forces police service authority fund reserve board federation league alliance coalition
    network times post administration government cabinet summit conference institution corp
    plc survey observatory tribunal secretariat news press tv radio television channel journal
    herald tribune gazette magazine broadcasting academy center centre initiative systems
    holdings corporation airlines club society capital industries partners ventures motors
    pharmaceuticals technologies""".split()
)
# Words a sports club's name opens or closes with: "Dynamo Karivka", "Sporting Almarense",
# "Real Madrid", "Manchester United", "Hafnia BK". Only its type: "United States" is no club.
CLUB_WORDS = frozenset(
    """dynamo dinamo sporting racing lokomotiv real atletico atlético olympique spartak united
    rovers wanderers athletic ladies fc ac sc cf bk fk sk""".split()
)
PLACE_WORDS = frozenset(
    """sea strait ocean river island islands mountains valley province county city gulf bay
    peninsula lake desert region airport district mosque square palace cathedral harbour
    harbor canal street road avenue drive boulevard st rd ave theatre theater arena stadium museum church
    garden gardens highway route interstate motorway freeway expressway""".split()
)
# Head words of events' and awards' names: "Nobel Peace Prize", "World Cup", "World War II",
# and a named wildfire's: "the Dixie Fire", "the Thomas Fire" (no person).
EVENT_WORDS = frozenset(
    """prize prizes award awards cup games olympics paralympics championship championships
    open war festival marathon tournament trophy shield bowl medal derby grand prix biennale
    expo olympiad fire wildfire""".split()
)
# Words before a title that make it a work's: "her novel Flights", "the film Oppenheimer".
WORK_CUES = frozenset(
    """novel novels book books film films movie movies album albums song songs play plays
    opera series documentary memoir poem painting musical sitcom""".split()
)
# Tails that a name is also known without: "G20 Summit" is the G20's, "Corvex Systems" is
# Corvex, "the Homeland Party" is "Homeland" in the next paragraph.
GENERIC_TAILS = frozenset(
    """forum summit conference agency systems group inc corp corporation holdings ltd plc
    company airlines party""".split()
)
# Adjectives made of a name and a participle: "Ohio-based" names Ohio, no more.
NAME_ADJECTIVE_TAILS = ("-based", "-born", "-backed", "-owned", "-led", "-made", "-bound")
# Nationalities and the like, adjectives before a name, not names: "Chinese", "Sino-US".
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
# Nouns for a person of a nation, before a name they are no part of: "the Briton Gareth Pryce
# Owen". Not in DEMONYMS, which also end names ("Han Chinese"): "North Pole" is a place.
NATIONALITY_NOUNS = frozenset(
    """briton britons englishman englishwoman scotsman scotswoman welshman welshwoman
    irishman irishwoman frenchman frenchwoman dutchman dutchwoman pole poles swede swedes
    spaniard spaniards icelander icelanders""".split()
)
# After a name, not names: "Joseph R. Biden, Jr."
NAME_SUFFIXES = frozenset("jr sr ii iii".split())
# Possessives that open a name rather than own the words after them: "People's Republic",
# "Women's World Cup" (but "China's Foreign Ministry" is China's).
POSSESSIVE_NAME_WORDS = frozenset("people women men children".split())
# Lowercase words that keep a name whole: "Lula da Silva", "Bank of England".
NAME_PARTICLES = frozenset(
    "de da do del della di du dos das van von der den ter bin ibn al el la le".split()
)
# Lowercase article prefixes of Arabic names: "Bashar al-Assad", "Abdel Fattah el-Sisi".
ARTICLE_PREFIXES = ("al-", "el-")
NAME_CONNECTORS = ("of", "of the")
# Joins the names of a firm's founders into the firm's: "Harrow & Finch", "Procter & Gamble".
FIRM_JOINERS = frozenset({"&"})
# Dropped when names are compared as bags of words: "Annual General Assembly of the UN".
NAME_FILLER = frozenset("the of and for annual".split())
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
# How English copy writes the letters of Nordic and German names its type may lack: "Folkeraad"
# or "Folkerad" for "Folkeråd", "Mueller" for "Müller", "Oestervik" or "Ostervik" for
# "Østervik" (accents alone are dropped by any spelling key: "Mbappe"; "ß" is "ss" to casefold).
LETTER_SPELLINGS = {
    "å": ("aa", "a"), "ä": ("ae", "a"), "æ": ("ae",), "ö": ("oe", "o"), "ø": ("oe", "o"),
    "ü": ("ue", "u"),
}  # fmt: skip
# Lowercase words after a name of two or more words that make it a party or a group: "the
# centre-right Civic Renewal party", "Green Left leader Saga Lindahl-Bruun" (one word before
# them is as often an occasion or a people: "their Summer party", "Kurdish leader").
PARTY_CUES = frozenset({"party", "leader"})
# Words before a name that tell what it is: "spokesman Kirby" (TITLES), "by Kirby", "in Bali".
BYLINE_WORD = "by"
PLACE_PREPOSITIONS = ("in", "near")
# Lowercase words after a name that make it a place: "Al Haouz province".
PLACE_NOUNS = frozenset(
    """province provinces region county district prefecture municipality governorate oblast
    state town village city island valley""".split()
)
# Head words a number names one of: "Highway 9", "Route 66", "Channel 4" (a common word before
# a number is otherwise no name: "Chapter 11").
NUMBERED_HEADS = frozenset("highway route interstate motorway freeway expressway channel".split())
# Abbreviations that open a name, read as the word they stand for: "St. Volodymyr" is "Saint
# Volodymyr", "Mt. Hood" "Mount Hood" (after a name they are a street's: "Main St.").
NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# A venue's head word as other languages write it, opening the name (spelling keys: accents
# dropped): "Teatro Rainha Leonor" is the "Rainha Leonor Theatre" of English copy.
HEAD_TRANSLATIONS = {
    **dict.fromkeys(("teatro", "teatr"), "theatre"),  # French "Théâtre" is "theatre" already
    **dict.fromkeys(("museo", "musee", "museu"), "museum"),
    **dict.fromkeys(("iglesia", "igreja", "eglise", "chiesa"), "church"),
    **dict.fromkeys(("catedral", "cathedrale"), "cathedral"),
    **dict.fromkeys(("palacio", "palais", "palazzo"), "palace"),
    **dict.fromkeys(("praca", "piazza"), "square"),
    **dict.fromkeys(("jardim", "jardin"), "garden"),
    **dict.fromkeys(("estadio", "stade"), "stadium"),
    **dict.fromkeys(
        ("universidad", "universidade", "universita", "universite", "universitat"), "university"
    ),
}
# Verbs before "the" and a name that make it a prize or a title: "won the Golden Lighthouse",
# "received the Silver Bear" (not when a lowercase noun follows: "won the Democratic primary").
AWARD_VERBS = frozenset("win wins won winning receive receives received awarded".split())
# The abbreviations of US states a wire's dateline gives after the city ("PARADISE, Calif. —",
# AP style): the state (spelling keys). Not those that are also words ("Ark.", "Ala.", "Miss.",
# "Mass.", "Ind.", "Wash.", "Del.") or, in capitals, codes ("Md." a doctor's MD, "Va." the VA,
# "Vt." a bulletin's valid time, "Ky.").
STATE_ABBREVIATIONS = {
    "ariz": "arizona", "calif": "california", "colo": "colorado", "fla": "florida",
    "mich": "michigan", "minn": "minnesota", "neb": "nebraska", "nev": "nevada",
    "okla": "oklahoma", "tenn": "tennessee", "tex": "texas", "wyo": "wyoming",
}  # fmt: skip
