"""English: the words newsdiff reads news copy with, each list once.

Lowercase unless a list says otherwise; "a b c".split() where a list is long. Lists that look
alike but differ say why in their comment.
"""

from tui.core.lexicon import alternation

# ---------------------------------------------------------------- calendar: en_calendar.py
from tui.core.lexicon.en_calendar import *  # noqa: F403 (each name is `en`'s)
from tui.core.lexicon.en_calendar import MONTH_WORD, WEEKDAY_WORD

# ---------------------------------------------------------------- counts: en_counts.py
from tui.core.lexicon.en_counts import *  # noqa: F403 (each name is `en`'s)

# ---------------------------------------------------------------- names: en_names.py, en_kinds.py
from tui.core.lexicon.en_kinds import *  # noqa: F403 (each name is `en`'s)
from tui.core.lexicon.en_names import *  # noqa: F403 (each name is `en`'s)

# ---------------------------------------------------------------- the press: en_press.py
from tui.core.lexicon.en_press import *  # noqa: F403 (each name is `en`'s)
from tui.core.lexicon.en_press import NEWS_AGENCIES, WIRES

# ---------------------------------------------------------------- spelling: en_spelling.py
from tui.core.lexicon.en_spelling import *  # noqa: F403 (each name is `en`'s)

# ---------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply the number before them: "five hundred".
MULTIPLIERS = {"hundred": 100, "thousand": 1000}
# Kept as a word in a figure ("5 million"), and their short forms.
SCALES = {"million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
SCALE_ABBREVIATIONS = {"mn": "million", "bn": "billion"}
# Scales written only glued to a figure: "£1.2m" (alone, "m" is a metre).
GLUED_SCALE_ABBREVIATIONS = {"m": "million"}
# Units written glued to a figure ("200km", "5kg", "100mph", "40C"), which others write apart.
GLUED_UNITS = ("km", "kg", "lbs", "lb", "ft", "mph", "kph", "c", "f")
# Currencies written out after a sum ("2.3 billion dollars"), where others write a sign.
CURRENCIES = frozenset(
    "dollars dollar euros euro pounds pound sterling yuan renminbi yen rupees roubles rubles "
    "francs".split()
)
# Abbreviations that stand for a word only before a figure: "M 7.1" is "magnitude 7.1".
BEFORE_FIGURE = {"M": "magnitude", "Mw": "magnitude"}
ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}
# Percent as outlets write it: "27%", "27 per cent" (British copy) and "27 percent" are one word.
PERCENT_FORMS = ("%", "per cent")
# What a figure counts: "40 days", "5 percentage points" (a year before one is no date).
UNITS = (
    "percentage points",
    "percentage point",
    *"""seconds second minutes minute hours hour days day weeks week months month years year
    decades decade centuries century percent points point people persons person dollars dollar
    euros euro pounds pound yuan yen rupees roubles rubles tonnes tonne tons ton kilometres
    kilometre kilometers kilometer km miles mile metres metre meters meter feet barrels barrel
    soldiers troops deaths dead killed injured wounded casualties victims votes seats members
    delegates officials children civilians refugees migrants homes vehicles aircraft planes
    jets missiles drones ships satellites tanks""".split(),
)

# ---------------------------------------------------------------- terms alignment compares

# Pronouns, determiners, conjunctions, prepositions and sentence adverbs: what STOP_WORDS and
# FUNCTION_WORDS share.
CLOSED_CLASS_WORDS = frozenset(
    """a an the and or but if of to in on at by for from with as that this these those it its he
    she they them his her their we our us you i not no nor so then there here which who what
    when where why how all both each more most other some such only also just about into over
    after before between through during under again further while because against among since
    however instead already still yet now meanwhile even though although thus therefore moreover
    furthermore currently""".split()
)
# Words alignment does not score: the closed-class words, auxiliaries and a few more.
STOP_WORDS = CLOSED_CLASS_WORDS | frozenset(
    """is are was were be been being it's your me my than whom whose any few own same too very
    can will would should could may might must shall do does did done has have had having once
    up down out off above below until per via mr mrs ms dr whether additionally subsequently
    like likely unlike""".split()
)
# Capitalised only because they open a sentence or a page element: never an entity's first
# word. The closed-class words, and the headline, page and time words that alignment does score.
FUNCTION_WORDS = CLOSED_CLASS_WORDS | frozenset(
    """him despite every many following towards toward amid amidst according within without last
    next one two three another indeed yesterday today tomorrow tonight earlier later perhaps
    maybe please read watch see share click subscribe sign published updated home comment
    comments related advertisement""".split()
)
# The news thesaurus: words news copy uses interchangeably for one thing or one act, a careful
# reader's equivalences, compared as one term by the alignment (never by the word diff).
# term: the words taken as it, space-separated.
THESAURUS = {
    "us": "u.s u.s. usa america american americans washington",
    "china": "chinese beijing sino prc",
    "say": "says said saying told tell tells declared declares stated states added adds "
    "explained argued noted remarked insisted affirmed asserted announced",
    "meet": "met meets meeting meetings talks talk discussions discussion summit summits "
    "negotiations conversation conversations",
    "visit": "visits visited visiting trip trips travel travelled traveled",
    "attend": "attended attending attends participate participated participating joined",
    "absent": "absence skipped skip missed",
    "relation": "relations relationship relationships ties",
    "country": "countries nation nations",
    "stable": "stability stabilize stabilise stabilizing stabilising stabilized stabilised",
    "keep": "keeping kept maintain maintaining maintained preserve",
    "ensure": "guarantee",
    "increase": "increased increasing raise raised boost boosted rise rises rising rose risen "
    "climb climbs climbed climbing",
    "die": "dies died dying dead death deaths killed killing kills fatalities fatality",
    "injure": "injured injuring injuries injury wounded wounding hurt",
    "earthquake": "earthquakes quake quakes temblor",
    "explosion": "explosions blast blasts explode exploded explodes exploding",
    "fire": "fires blaze blazes",
    "factory": "factories plant plants",
    "firefighter": "firefighters firemen fireman",
    "expect": "expects expected expecting",
    "end": "ends ended ending finish finishes finished finishing",
    "confirm": "confirmed confirms confirmation",
    "official": "officials representative representatives",
    # A unit spelled out or abbreviated is one unit: "250 kilometers" and "260 km". ("m" and
    # "mi" are no such abbreviation: "m" after a figure is a million as often as a metre.)
    "kilometre": "kilometres kilometer kilometers km kms",
    "kilogram": "kilograms kg kgs",
    "foot": "feet ft",
    "pound": "pounds lb lbs",
    "outage": "outages blackout blackouts",
}
# Phrases saying what one word of the thesaurus says, read as that word too: "power was out in
# many areas" and "lost power" tell the outages another outlet reports ("power was out of
# reach" does not). word: a pattern.
PHRASE_TERMS = {
    "outage": r"\bpower (?:was|were|is|went|remained|stayed) out\b(?! of)"
    r"|\b(?:lost|losing|without) (?:power|electricity)\b|\bpower cuts?\b",
    # Where a quake was "centered" is its epicentre (not what talks were "centered on").
    "epicentre": r"\bcent(?:ere|re)d (?:about |some |roughly |approximately |near |off |under "
    r"|beneath |in |at |\d)",
}
# What a figure counts, by the words that name it near the figure, however an outlet words it:
# "killing 11 people", "the death toll stood at 11" and "the number of victims to twelve" all
# count the dead. kind: its words, space-separated.
COUNT_KINDS = {
    # A toll and its victims are the dead, in every disaster report.
    "the dead": "dead killed died deaths fatalities toll victims",
    # People treated after a blast or a crash are its injured ("57 treated for burns").
    "the injured": "injured hurt wounded injuries treated",
    # "21 still in hospital" and "19 remain in hospital": a later count of the worst injured.
    "in hospital": "hospital hospitalised hospitalized",
    # "Three workers are still missing", "three more unaccounted for": those not yet found.
    "the missing": "missing unaccounted",
    # "2,000 residents were evacuated", "the evacuation of 2,000 residents": one count.
    "the evacuated": "evacuated evacuation evacuees",
    # A crowd is counted whatever its noun: "a crowd of 41,236", "41,000 spectators", "42,000
    # fans", "an attendance of 41,236".
    "attendance": "crowd spectators fans attendance audience",
    # A sum "a share", "per share" or "for each share" is the price of one share.
    "share price": "share",
}
# Kinds named only after their figure: "$48.50 a share" is a price, "shares rose 27%" a change.
KINDS_AFTER_FIGURE = frozenset({"share price"})
# Counts given without a figure: "dozens injured" is the count "53 injured" gives exactly, and
# a reader compares them; only a kind above says what such a word counts.
VAGUE_COUNTS = "dozens hundreds thousands"
# Words that stand between a figure and what it counts: people counted by what befell them
# ("11 people were killed"), hedges ("at least"), a toll's verbs ("stood at", "rose to", "are
# confirmed dead", "remain in hospital") and a price's currency ("48.50 dollars in cash per
# share"). Names pass too: "$48.50 per Corvane share".
COUNT_LINKS = (
    "people persons others least around almost nearly estimated total stood rose climbed reached "
    "confirmed reported feared believed remain remained remains cash"
)
# Words that say when, or on whose word, not what happened: reports of different news share
# them ("on Friday, he said"), so alignment weighs them as it weighs names, and so it weighs
# weekdays and months (the thesaurus takes "told", "stated"… as "said").
FRAMING_WORDS = ("today", "yesterday", "tomorrow", "tonight", "said", "according")
# Terms (of the thesaurus) that tell an encounter: who took part is what makes it one event.
ENCOUNTER_TERMS = frozenset({"meet", "visit", "host"})
# Words by which an account of a meeting speaks of its people without naming them: "the two
# sides", "both sides", "the two leaders", "they", "we". ("He" may be anyone named before.)
MEETING_PARTIES = frozenset({"sides", "leaders", "they", "we"})
# Words that tell a win, by which a sentence names its prize: the words before an award noun
# ("the audience award", "the Caravel Prize for Fiction"), what a win verb takes ("won the
# Silver Anchor", "won best actor"), a capitalised name after a take verb ("took the Silver
# Anchor", not "took part"). Who won which prize is what makes an award one event.
AWARD_NOUNS = frozenset({"prize", "prizes", "award", "awards", "trophy", "medal", "medals"})
WIN_VERBS = frozenset({"win", "wins", "won", "winning", "awarded"})
TAKE_VERBS = frozenset({"take", "takes", "took", "taking", "collected", "received", "scooped"})
# Verbs telling a match's result between the teams before and after them ("Karivka beat
# Almarense", "Vellmar lost to Almara"): who played whom makes a match one event.
RESULT_VERBS = frozenset(
    "beat beats beaten beating defeat defeated defeats defeating edged edging drew draw lost"
    " lose losing".split()
)
# Words that count back from the story's own year, before "year" ("last year", "the previous
# year") or after it ("three years ago", "a year earlier"); a year after "in" says it outright.
YEAR_BEFORE = frozenset({"last", "previous"})
YEAR_AFTER = frozenset({"ago", "earlier", "before"})
# The noun by which a record's title names its meeting ("Secretary Blinken's Meeting with…"); a
# headline's verb ("Blinken to Meet Xi") tells news.
RECORD_NOUN = "meeting"
# Past forms that no suffix rule reaches: "led" is "lead", "held" is "hold". Light verbs
# (take, make, give) are left out: "took place" would tie every venue to every meeting.
IRREGULAR_VERBS = {
    "lead": "led", "hold": "held", "send": "sent", "come": "came", "go": "went gone",
    "speak": "spoke spoken", "win": "won", "lose": "lost", "see": "saw seen", "bring": "brought",
    "think": "thought", "seek": "sought", "fight": "fought", "fall": "fell fallen",
    "grow": "grew grown", "begin": "began begun", "choose": "chose chosen", "draw": "drew drawn",
    "fly": "flew flown", "know": "knew known", "write": "wrote written", "strike": "struck",
    "stand": "stood", "spend": "spent", "build": "built", "pay": "paid", "sell": "sold",
    "buy": "bought", "catch": "caught", "teach": "taught", "feel": "felt", "hear": "heard",
    "mean": "meant", "flee": "fled", "shoot": "shot", "freeze": "froze frozen",
    "break": "broke broken", "steal": "stole stolen", "drive": "drove driven",
    "ride": "rode ridden", "eat": "ate eaten",
}  # fmt: skip
# Inflections cut to meet a word's other forms, the first that fits: (suffix, replacement).
# A noun naming a verb's act is the verb: "regulatory approval" is what "regulators approved"
# tells, and so are an arrival, a refusal, a proposal, a withdrawal (-val, -sal, -wal), an
# evacuation, a violation, an election, a detection (-ation, -ction), a cancellation, and what
# was sanctioned is a sanction.
SUFFIXES = (
    ("ctioned", "ct"), ("ctioning", "ct"),
    ("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""), ("edly", ""), ("ed", ""),
    ("vals", "v"), ("sals", "s"), ("wals", "w"), ("val", "v"), ("sal", "s"), ("wal", "w"),
    ("llations", "l"), ("llation", "l"), ("ations", "at"), ("ation", "at"), ("ctions", "ct"),
    ("ction", "ct"),
    ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ly", ""), ("ss", "ss"),
    ("us", "us"), ("is", "is"), ("s", ""),
)  # fmt: skip
# Verbs whose base ends in a doubled consonant, which -ed and -ing keep: "boycotted" is
# "boycott" (where "stopped" is "stop").
DOUBLED_BASES = frozenset({"boycott", "butt", "putt"})
# Nouns in -ation or -ction that name no act of the verb their stem would be: a situation is
# nothing situated, a formation no format.
NOT_ACTS = frozenset(
    "situation situations formation formations vacation vacations affection traction".split()
)
# Words that open a clause giving the news's cause or context, to the sentence's end.
BACKGROUND_MARKERS = frozenset({"after", "following", "amid", "because"})
# "did not attend" says what "absence" says; "never attended", "didn't participate" too.
NEGATIONS = frozenset({"not", "never", "didn't", "won't", "wouldn't", "doesn't", "nor"})
# A term that, negated, is another: "did not attend" is "absent".
NEGATED_TERMS = {"attend": "absent"}
# Names written as two words, compared as one term (and as one word in bags of name words).
JOINED_NAMES = {"united states": "us", "united nations": "un"}
# "Group of 20", "G-20": the groups known by a number, as "g20".
GROUP_OF = ("group", "of")
GROUP_NUMBERS = frozenset({"7", "8", "20", "77"})

# ---------------------------------------------------------------- sentences

# Abbreviations a full stop never ends a sentence after: titles, and "e.g." and the like.
NEVER_FINAL = frozenset(
    "mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl adm cmdr brig sen rep gov pres rev "
    "hon messrs mme mlle msgr supt insp e.g i.e cf vs v viz".split()
)
# Abbreviations that stand before a number: "No. 5", "p. 12".
BEFORE_NUMBER = frozenset("no nos nr art vol fig figs p pp ch sec para op tel ext".split())
# Abbreviations that may end a sentence: split after one only when a sentence opening follows.
AMBIGUOUS_ABBREVIATIONS = frozenset(
    "inc co corp ltd llc plc bros jr sr etc al st ste mt ft ave blvd rd dept univ govt est "
    "approx intl natl assn".split()
)
# The abbreviations a headline's first sentence is read past (documents' titles): the words it
# always was; the three lists above would also read past an "est." or "etc." ending it.
HEADLINE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col sgt vs no st jr sr inc ltd co corp dept".split()
)
# Typical sentence openings, as written (case matters): after an ambiguous abbreviation one
# says a new sentence starts.
SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My Your This That These Those There "
    "Here But And Or So Yet Still However Meanwhile Also In On At For From To With Without By "
    "After Before When While Since As If Although Though Because Despite During Under Over Then "
    "Now Today Yesterday Earlier Later Last Next Some Many Most All No None One Both Each Such "
    "What Who Why How Where Which According Mr Mrs Ms Dr Updated Published Posted Modified".split()
)
# Verbs that attribute a quote: "…?" Blinken asked. The thesaurus's "say" group is another
# list: the words reporting the same act as "say" ("asked" or "warned" do not).
SPEECH_VERBS = tuple(
    """said says asked asks added adds told tells wrote writes explained declared argued noted
    insisted replied continued stated shouted recalled warned stressed concluded announced
    admitted acknowledged claimed cautioned suggested urged remarked touted""".split()
)
# A scraper's metadata key glued before a date: "date 2023-09-19 The…".
METADATA_KEYS = ("date", "published", "updated", "posted", "modified", "time", "timestamp")
# Share buttons: a line of nothing else is boilerplate.
SOCIAL_BUTTONS = frozenset(
    "facebook twitter x whatsapp linkedin email e-mail mail telegram reddit pinterest print "
    "copy link share tweet messenger flipboard sms threads bluesky".split()
)
# Frequent in any news paragraph, so no sign of a subhead's topic. Apart from STOP_WORDS, and
# short: compared by five-letter stems, each hides every word its stem begins.
TOPIC_STOP_WORDS = frozenset(
    "the and for with from that this these those their his her its was were are has have had "
    "been will would can could not but over after before into about than then also said says "
    "who which what when where while there they them she him our out new more".split()
)

# ---------------------------------------------------------------- boilerplate

_AGENCY = alternation((*NEWS_AGENCIES, *WIRES))
# The first link of a breadcrumb trail: "Home » World".
HOME_LINKS = ("home", "homepage", "start", "accueil", "inicio", "startseite")
_NAME = r"[A-Z][\w’'.-]*+"
# Capitalised names in a list: "CNN and NBC News", "Jane Doe, John Roe & Ann Poe".
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+){_NAME})*+"
# The credit kind's alternatives, each after words one of which opens any sentence it matches
# (lowercase, as in BOILERPLATE_OPENINGS, but coarser): the kind's whole pattern is long to
# compile, and a sentence opening "With …" needs only the alternatives that may open so.
_AGENCY_WORDS = "|".join(dict.fromkeys(a.lower().split()[0] for a in (*NEWS_AGENCIES, *WIRES)))
CREDIT_PARTS = (
    (
        "additional|further|reporting|writing|editing|edited|compiled|written|reported|"
        "translat|produced|research|graphic|illustration|photo|picture|image|video|camera|"
        "production|fact-checking",
        r"\(?\s*(?:(?:additional|further)\s+)?"
        r"(?:reporting|writing|editing|edited|compiled|written|reported|translated|translation|"
        r"produced|research|graphics?|illustrations?|photos?|photographs?|pictures?|images?|"
        r"videos?|camera|production|fact-checking)\s+by\b",
    ),
    (
        "file|photo|image|picture|video|credit|illustration|caption|source",
        r"\(?\s*(?:file\s+)?(?:photo|photograph|image|picture|video|credit|illustration|caption|"
        r"photo credit|photo caption|image source|source)s?\s*:",
    ),
    # The page on its own translation: "Translated from the French edition".
    (
        "this |machine|translated",
        r"(?:this (?:article|story|report) (?:was|has been) )?(?:machine[- ])?translated from\b",
    ),
    (
        "machine|automatic|translation",
        r"(?:machine-assisted |machine |automatic )?translation from\b",
    ),
    ("image|photo|media", r"(?:image|photo|media) (?:source|caption)\s*,"),
    (
        "additional|further",
        r"(?:additional|further)\s+(?:information|material|reporting)\s+(?:came\s+)?from\s+"
        rf"(?-i:{_NAMES})\s*\.?\s*\Z",
    ),
    (
        "with",
        r"\(?\s*(?:[-–—]+\s*)?with\s+(?:information|reporting|additional reporting|input|"
        r"inputs|contributions?|files|material|agency reports|agencies|wires|assistance|help)\b",
    ),
    ("our standards", r"our standards\s*:"),
    # "With AFP", "(Reuters)", "With Reuters and AP": agencies and names, so case matters.
    (
        f"with|{_AGENCY_WORDS}",
        rf"(?-i:\(?\s*(?:[-–—]\s*)?(?:[Ww]ith\s+)?{_AGENCY}(?:\s*(?:,|and|&|/)\s*{_AGENCY})*"
        r"\s*\)?\.?\s*\Z)",
    ),
    (_AGENCY_WORDS, rf"(?-i:\(?\s*{_AGENCY}\s+)(?:photo|video|pool)s?\s*/"),  # (AP Photo/Jane Doe)
    (
        "with",
        rf"(?-i:\(?\s*[Ww]ith\s+{_NAME}(?:(?:\s*[,&]\s*|\s+and\s+|\s+){_NAME}){{0,3}}"
        r"\s*\)?\.?\s*\Z)",
    ),
)
# The comments kind's alternatives by the words one of which opens any sentence they match, as
# CREDIT_PARTS (a digit: "5 comments").
COMMENT_PARTS = (
    ("leave a", r"leave a (?:comment|reply)"),
    ("post a comment", r"post a comment"),
    ("add a comment", r"add a comment"),
    ("0|1|2|3|4|5|6|7|8|9", r"\d+\s+comments?\b"),
    ("comment", r"comments?\s*(?:\(\d+\))?\s*\Z"),
    ("show comments|view comments", r"show comments|view comments"),
    ("join the", r"join the (?:conversation|discussion)"),
    ("cancel reply", r"cancel reply"),
    ("your email address", r"your email address will not be published"),
    ("required fields", r"required fields are marked"),
    ("this site uses", r"this site uses akismet"),
    ("learn how your", r"learn how your comment data is processed"),
    ("you must be", r"you must be logged in to post a comment"),
    ("log in to", r"log in to (?:comment|reply)"),
    ("be the first", r"be the first to comment"),
    ("no comments", r"no comments(?: yet)?\s*[:.!]?\s*\Z"),
    ("comments", r"comments (?:are|have been) (?:closed|disabled|turned off)\b"),
    ("we", r"we(?:[’']d| would)? (?:want|like|love) to hear from you\s*[.!]?\s*\Z"),
    ("write to us", r"write to us (?:in|at|on|via|with)\b"),
    ("tell us|let us", r"(?:tell|let) us (?:know )?what you think\b"),
    # The newsroom asking for tips: "Have a news tip?", "Email newsdesk@…".
    ("do you|have a", r"(?:do you )?have a (?:news )?(?:tip|story)(?: for us)?\s*\?\s*\Z"),
    (
        "email|e-mail|contact|write to|send",
        r"(?:e-?mail|contact|write to|send)\b[^@\s]*(?:\s+\S+){0,5}?\s*\S+@\S+\.\w+\s*\.?\s*\Z",
    ),
)
# Kinds tried by parts, as above.
BOILERPLATE_PARTS = {
    kind: [(tuple(opens.split("|")), pattern) for opens, pattern in parts]
    for kind, parts in (("credit", CREDIT_PARTS), ("comments", COMMENT_PARTS))
}
# Sentence openings that mark boilerplate, by kind, as regex sources matched from the start of a
# sentence, case-blind except for bylines (told by their capitalised names).
BOILERPLATE = {
    # First, so that a sentence it matches is always told "related" (see _is_related_heading).
    "related": r"(?:related|related (?:stories|articles|news|content|coverage|topics)|"
    r"more stories|more news|read more|read also|also read|see also|also see|"
    r"more on this(?: story| topic)?|recommended(?: for you| stories)?|"
    r"you (?:may|might) also (?:like|be interested in)|most read|most popular|trending|"
    r"latest news|latest stories|top stories|more from [\w\s]{1,30}?|further reading|"
    r"most (?:viewed|shared|watched)|watch(?=\s*:)|listen(?=\s*:)|"
    r"also on [\w\s]{1,30}?|what to read next|don[’']t miss|editor[’']s picks?)"
    r"\s*(?:[:|»>–—-].*|\.{3}|…)?\Z",
    "navigation": rf"{alternation(HOME_LINKS)}\s*[»›>|/]"
    r"|(?:skip to (?:main )?content|menu|search|sign in|log in|register|loading(?:\.{3}|…)?|"
    r"(?:previous|next) (?:article|post|story)|back to top|privacy policy|cookie policy|"
    r"terms of (?:use|service)|contact us|about us|site ?map)\s*\Z",
    # Capitalised names joined by commas or particles (possessive, so no backtracking),
    # then maybe "| Reuters | 19 Sep 2023".
    "byline": rf"(?:[Bb]y|BY|[Pp]or|[Pp]ar)\s+{_NAME}"
    rf"(?:(?:\s*,\s*|\s+)(?:{_NAME}|(?:and|&|de|da|do|dos|van|von|der|den|del|la|le|"
    r"bin|al|el|y|in|for|with)\b))*+(?:\s*[|·•]\s.*|\s*\.?)\s*\Z"
    # A name, then the writer's role or desk: "By Priya Anand, Arts correspondent", "…, NBS
    # Sport at Brackenford Arena"; words only, no stop ("By Tuesday, the toll had doubled.").
    rf"|(?:[Bb]y|BY)\s+{_NAME}(?:\s+{_NAME}){{0,3}}\s*,(?:\s+[^\W\d_][\w’'-]*){{1,6}}\s*\Z",
    "credit": "|".join(pattern for _, pattern in CREDIT_PARTS),
    "hashtags": r"#\w+(?:[\s,]+#\w+)*\s*\Z",
    "comments": "(?:" + "|".join(pattern for _, pattern in COMMENT_PARTS) + ")",
    "timestamp": r"(?:published|updated|posted|last updated|last modified|modified|"
    r"first published|created|date)\s*(?:on|at|:|-)?\s*"
    rf"(?:\d|{MONTH_WORD}\s|{WEEKDAY_WORD}\W|today|yesterday)"
    r"|(?:updated\s+)?(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s+ago\s*\Z|just now\s*\Z",
    "share": r"(?:share(?:\s+(?:this|on|via|the|article|story|page|it)\b|\s*:|\s*\Z)|"
    r"tweet\s*\Z|subscribe\b(?:\s+(?:to|now|today|for|here|and)\b|\s*\Z)|"
    r"sign up\b.*\bnewsletter|sign up (?:for free|now|here|today)|follow us\b|"
    r"click here\b|download (?:our|the) app|get (?:our|the) (?:app|newsletter)|like us on|"
    r"get\s.{0,60}?\b(?:to|in) your inbox\b|e-?mail (?:this|the) (?:story|article|page)\s*\Z|"
    r"newsletter\s*(?:sign.?up)?\s*\Z|copy link\s*\Z|print (?:this )?(?:article|page)\s*\Z|"
    r"support (?:our|independent) journalism|listen to (?:this )?(?:article|story)|"
    r"\d+\s+min(?:ute)?s?\s+read\s*\Z|reading time\b|like this\s*:)",
    "copyright": r"(?:©|\(c\)\s|copyright\b|all rights reserved)",
    "advertisement": r"(?:advertisement|advertising|sponsored(?: content)?|ad|"
    r"story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
    r"continue reading(?: below)?|article continues (?:below|after advertisement))\s*\Z",
    "tags": r"(?:tags|topics|categories|filed under|keywords)\s*:",
    # The page talking about itself (its address, security, browser, cookies), not the news.
    "site": r"an official (?:web ?site|site) of\b.*(?<![.!?])\s*\Z"  # a title, so no full stop
    r"|official (?:web ?sites|sites) use \.[a-z]{2,4}\s*\Z"
    r"|(?:an?|secure) \.[a-z]{2,4} web ?sites?\b|a (?:lock|padlock)\b.*\bhttps\b"
    r"|share sensitive information only\b|here[’']s how you know\s*\Z"
    r"|your (?:web )?browser (?:does ?n[’']t|does not|can ?not|can[’']t|is (?:not|out of date|"
    r"outdated|no longer))\b|(?:please )?(?:enable|turn on) javascript\b|"
    r"javascript is (?:disabled|required|turned off)\b|"
    r"we use cookies\b.*\b(?:your|our|this) (?:experience|browsing|site|website|traffic)\b|"
    r"this (?:site|website) uses cookies\b|(?:accept|reject|manage) (?:all )?cookies\s*\Z|"
    r"cookie (?:settings|preferences)\s*\Z"
    # A link printed as text: the page's address, not a sentence of the story.
    r"|retrieved from\s*[“\"‘']?https?://\S+\s*\Z|(?:https?://|www\.)\S+\s*\Z",
    # A press release's stage directions: whom it is attributable to, its release line, contacts.
    # Ending in a colon, they introduce who speaks and say nothing themselves.
    "release": r"the (?:following|below|above)\b[^:]*\battributable to\b[^:]*:\s*\Z"
    r"|the following (?:is (?:an? |the )?)?(?:joint )?(?:statement|readout|text|transcript|"
    r"remarks)\b[^:]*:\s*\Z|for immediate release\s*\Z"
    r"|(?:media|press|investor) (?:contacts?|inquiries|enquiries)\s*:",
    # A learners' glossary's heading (its entries are GLOSSARY_ENTRY).
    "glossary": r"(?:words in (?:this|the) (?:story|news|article|report)|glossary|vocabulary|"
    r"key (?:words|terms))\s*:?\s*\Z",
    # A broadcaster signing off by name: the voice of the page, not a fact of the story.
    "signoff": r"(?:and )?(?:i'm|i’m) (?-i:[A-Z](?:[a-z]|[’'][A-Z])[\w’'-]*"
    r"(?: [A-Z](?:[a-z]|[’'][A-Z])[\w’'-]*){1,3})\s*\.?\s*\Z",
}
# How a sentence of each kind opens, past any "(", dashes and spaces: lowercase, one space
# between words, at most three words, a final space where the word must end ("a " is not
# "After"); digits open the kinds of sentences._DIGIT_KINDS. Every alternative of a kind's
# pattern opens with one of these (test_sentences checks the two agree).
BOILERPLATE_OPENINGS = {
    "related": "related|more stories|more news|read more|read also|also read|see also|"
    "also see|more on this|recommended|you may also|you might also|most read|most popular|"
    "most viewed|most shared|most watched|watch|listen|trending|latest news|latest stories|"
    "top stories|more from|further reading|also on|what to read|don’t miss|don't miss|"
    "editor’s pick|editor's pick",
    "navigation": "home|start|accueil|inicio|skip to|menu|search|sign in|log in|register|"
    "loading|previous|next|back to top|privacy policy|cookie policy|terms of|contact us|"
    "about us|sitemap|site map",
    "byline": "by |por |par ",
    "credit": "additional|further|reporting|writing|editing|edited|compiled|written|reported|"
    "translated|translation|produced|research|graphic|illustration|photo|picture|image|"
    "video|camera|production|fact-checking|credit|caption|source|media|with|our standards|"
    "file photo|this article|this story|this report|machine|automatic|"
    + "|".join(dict.fromkeys(agency.lower() for agency in (*NEWS_AGENCIES, *WIRES))),
    "hashtags": "#",
    "comments": "leave a|post a comment|add a comment|comment |comments |comment(|comments(|"
    "show comments|view comments|join the|cancel reply|your email address|required fields are|"
    "this site uses|learn how your|you must be|log in to|be the first|no comments|"
    "comments are|comments have|we want|we'd|we’d|we would|write to us|tell us what|let us know|"
    "do you have|have a|email|e-mail|contact|write to|send",
    "timestamp": "published|updated|posted|last updated|last modified|modified|"
    "first published|created|date|a |an |just now",
    "share": "share|tweet|subscribe|sign up|follow us|click here|download our|download the|"
    "get |like us on|like this|newsletter|copy link|print|support our|support independent|"
    "listen to|reading time|email this|email the|e-mail this|e-mail the",
    "copyright": "©|c) |copyright|all rights reserved",
    "advertisement": "advertisement|advertising|sponsored|ad |story continues|"
    "scroll to continue|continue reading|article continues",
    "tags": "tags|topics|categories|filed under|keywords",
    "site": "an official|official web|official site|a .|an .|secure .|a lock|a padlock|"
    "share sensitive|here's how|here’s how|your browser|your web|please enable|please turn|"
    "enable javascript|turn on|javascript is|we use|this site|this website|accept|reject|manage|"
    "cookie|retrieved from|http|www.",
    "release": "the following|the below|the above|for immediate|media|press|investor",
    "glossary": "words in|glossary|vocabulary|key words|key terms",
    "signoff": "i'm |i’m |and i'm|and i’m",
}
# Notices searched for anywhere in a sentence, each with words (lowercase) that any sentence it
# matches holds: only a sentence holding one is searched, and most hold none.
COPYRIGHT_ANYWHERE = (
    r"all rights reserved|©\s*\d{4}|\b(?:rewritten|redistributed)\b.*\bwithout permission"
)
COPYRIGHT_WORDS = ("rights reserved", "©", "without permission")
CREDIT_ANYWHERE = r"\bcontributed (?:reporting )?to this (?:report|story|article)"
CREDIT_WORDS = ("contributed",)
# A caption tells what the picture shows, in the present: "Blinken poses for a photo with Xi".
# Matched as written (a literal start is found fast), after the subject's space.
CAPTION_ANYWHERE = r" poses for (?:an? )?(?:[\w-]+ )?(?:photo|photograph|picture|portrait)s?\b"
# Who made the story, said at its end, names first: "VOA News reported on this story.",
# "Jim Dresbach adapted the story for Learning English.", "Kathleen Struck was the editor."
# A broadcast script's hand-off to its reporter is one too: "VOA's Greg Flakus has more from
# Houston.", "Jane Doe has this report.", "Jane Doe reports from Kyiv." ("China has more." is not).
PRODUCTION_CREDIT = (
    rf"{_NAMES}\s+(?:(?:reported|wrote|produced|edited|photographed|filmed)\s+(?:on\s+)?this\s+"
    r"(?:story|report|article|video)|(?:adapted|wrote|produced|edited|translated)\s+(?:this|the)\s+"
    rf"(?:story|report|article)\s+for\s+{_NAMES}|(?:was|were)\s+the\s+(?:editors?|producers?)"
    rf"|(?:has|have)\s+more\s+from\s+{_NAMES}"
    rf"|(?:has|have)\s+(?:the\s+story|this\s+report|details)(?:\s+from\s+{_NAMES})?"
    rf"|reports\s+from\s+{_NAMES})"
    r"\s*\.?\s*\Z"
)
# Grammar labels of a learners' glossary entry, "magnitude – n. the size of something".
PARTS_OF_SPEECH = (
    "n", "v", "adj", "adv", "prep", "conj", "pron", "interj", "phr", "abbr", "noun", "verb",
    "adjective", "adverb", "preposition", "conjunction", "pronoun", "phrasal verb", "phrasal v",
    "idiom", "expression", "phrase",
)  # fmt: skip
# A glossary entry: up to four words, a dash between spaces, a grammar label ended by a stop or a
# colon.
GLOSSARY_DASHES = (" – ", " — ", " - ")
GLOSSARY_ENTRY = (
    rf"[^\W\d_][\w’'-]*+(?: [\w’'-]++){{0,3}} [–—-] "
    rf"{alternation(PARTS_OF_SPEECH)}[.:](?:\s|\Z)"
)
# A link's text closing a sentence ("Tustin Hangar ResourceClick Here"): a call to follow it.
LINK_PROMPT = "click here"

# A picture's or caption's credit, its maker's organisation first: "ESA image created by Joan
# Ferrel, using data …", "Caption by Ruth Okafor.", names last, never a verb ("… by Maxar show").
IMAGE_CREDIT = (
    r"(?:(?!(?i:the|a|an|this|that|these|those)\b)[A-Z][\w/’'.-]*\s+){0,3}(?i:(?:images?|photos?|"
    r"photographs?|pictures?|maps?|graphics?|illustrations?|animations?|captions?|videos?)\s+"
    r"(?:(?:created|taken|made|produced|prepared|processed|compiled|edited|written)\s+)?)(?:(?i:by)"
    rf"\s+{_NAMES}(?:\s*\.?\s*\Z|\s*,\s*(?i:using|with|from|based on)\b)|(?i:courtesy)\b)"
)
