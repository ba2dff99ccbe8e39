"""What entities look like: date and number patterns, the word patterns names are made of, the
word sets that type them, and the evidence weights. Built from the lexicon and the gazetteer."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from tui.core.entities.gazetteer import KNOWN
from tui.core.lexicon import alternation, compile_narrow, en

# ---------------------------------------------------------------- dates

MONTH_NAMES = (None, *en.MONTHS)  # by number
# Full names, and the short forms news style abbreviates before a day, with their dot or, in
# a wire's style, without it before the day ("HALVIK, Oct 4 (Corvus) -"). Case matters: "may"
# and "march" are words.
_MONTH = (
    f"(?:{alternation(name.capitalize() for name in en.MONTHS)}"
    rf"|{alternation(short.capitalize() for short in en.DATELINE_MONTH_ABBREVIATIONS)}"
    r"(?:\.|(?= \d)))"
)
_WEEKDAY = alternation(day.capitalize() for day in en.WEEKDAYS)
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORDINAL = alternation(en.ORDINAL_SUFFIXES)


def _either_case(words: Iterable[str]) -> str:
    """`words` as written and capitalised: "last", "Last" (they may open a sentence)."""
    return alternation(form for word in words for form in (word, word.capitalize()))


# One alternation: at each position the readings are tried in this order, fullest first, so
# "September 19, 2023" is one date, not a month and a year.
_DATE_PARTS = (
    ("iso", rf"(?<![\d-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>{_DAY})(?![\d-])"),
    ("numeric", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
    # "11:52 PM EDT": the clock's PM is no name
    (
        "time",
        r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\b\.?))?|\b\d{1,2}\s*[ap]\.m\.",
    ),
    (
        "mdy",
        rf"\b(?P<mdy_mon>{_MONTH})\s+(?P<mdy_d>{_DAY}){_ORDINAL}?\b"
        rf"(?:,?\s+(?P<mdy_y>{_YEAR})\b)?",
    ),
    (
        "dmy",
        rf"\b(?P<dmy_d>{_DAY}){_ORDINAL}?\s+(?:of\s+)?(?P<dmy_mon>{_MONTH})"
        rf"(?:,?\s+(?P<dmy_y>{_YEAR})\b)?",
    ),
    ("weekday", rf"\b(?P<weekday_name>{_WEEKDAY})(?:\s*\({_DAY}\))?"),
    (
        "month",
        rf"(?:\b(?P<month_mod>{_either_case(en.MONTH_MODIFIERS)}\s+|{_either_case([en.MID])}-))?"
        rf"\b(?P<month_mon>{_MONTH})(?!\w)(?:\s+(?P<month_y>{_YEAR})\b)?",
    ),
    ("year", rf"(?<![\w$€£.,/:-])(?P<year_y>{_YEAR})\b(?![.,]?\d|%|-\d)"),
    # "last weekend" and "this weekend" are two claims: each its own entity, never merged
    (
        "relative",
        rf"\b{_either_case(en.RELATIVE_DATE_WORDS)}\s+{alternation(en.RELATIVE_PERIODS)}\b",
    ),
)
# The lookaheads only let positions that can open a date try the alternation. The first two
# are cheap and reject most letters: a date opens on a digit, a capital, or a word start
# ("last", "this"...); after a lowercase letter only a digit can ("v2023-09-19"), and none
# opens inside a number. The third lets a capital through only where a month's or a weekday's
# name starts ("Sept", "Monday"), not at every capitalised word.
_CAPITALS = "".join(sorted({name[0].upper() for name in (*en.MONTHS, *en.WEEKDAYS)}))
_CALENDAR_OPENINGS = alternation(
    name[:3].capitalize() for name in (*en.MONTHS, *en.DATELINE_MONTH_ABBREVIATIONS, *en.WEEKDAYS)
)
_OPENING_WORDS = (*en.MONTH_MODIFIERS, *en.RELATIVE_DATE_WORDS)
_OPENING_LETTERS = "".join(
    dict.fromkeys(c for word in (*_OPENING_WORDS, en.MID) for c in (word[0].upper(), word[0]))
)
DATE = re.compile(
    rf"(?=[\d{_CAPITALS}{_OPENING_LETTERS}])(?<![a-z](?!\d))(?<!\d)"
    rf"(?=\d|{_CALENDAR_OPENINGS}|{_either_case(_OPENING_WORDS)}\s|{_either_case([en.MID])}-)(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _DATE_PARTS)
    + ")"
)
# "Group of 20", "Group of Twenty": the groups known by a number, one name.
GROUP_OF_WORDS = " ".join(en.GROUP_OF).capitalize()
_GROUP_NUMBER_WORDS = alternation(
    word.capitalize() for word, value in en.NUMBER_WORDS.items() if str(value) in en.GROUP_NUMBERS
)
GROUP_OF = re.compile(rf"\b{re.escape(GROUP_OF_WORDS)} (?:\d+|{_GROUP_NUMBER_WORDS})\b")

# ---------------------------------------------------------------- numbers

SCALES = {**{scale: scale for scale in en.SCALES}, **en.SCALE_ABBREVIATIONS}
UNIT_WORDS = frozenset(en.UNITS)
# Letters IGNORECASE matches beyond their two cases ("ſix" is "six" to re), and a table that
# reads them as the letter they match.
_CASE_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}
CASE_FOLDS = str.maketrans({c: letter for letter, chars in _CASE_FOLDS.items() for c in chars})


def _by_first_letter(words: Iterable[str]) -> str:
    """`words` as one IGNORECASE alternation, longest first, each first letter's words behind a
    case-exact class of it: re skips such a group on its first letter, where it would try every
    word at every position it reaches (on case-blind letters it cannot skip)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words, key=len, reverse=True):
        groups[word[0]].append(re.escape(word[1:]))
    return "|".join(
        f"(?-i:[{first}{first.upper()}{_CASE_FOLDS.get(first, '')}])(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


_DIGIT_WORDS = alternation(word for word, value in en.NUMBER_WORDS.items() if 1 <= value <= 9)
_NUMBER_WORD = f"(?:{_by_first_letter(en.NUMBER_WORDS)})(?:-{_DIGIT_WORDS})?"  # "twenty-one"
# What a number can start with: skips other positions.
_NUMBER_START = "".join(
    dict.fromkeys(c for word in en.NUMBER_WORDS for c in (word[0].upper(), word[0]))
)
NUMBER = re.compile(
    rf"(?=[0-9$€£¥UuHh{_NUMBER_START}])"
    rf"(?<![\w.,/:-])(?P<cur>(?-i:[Uu])S\$|(?-i:[Hh])K\$|[$€£¥])?"
    rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>{_NUMBER_WORD})\b)"
    rf"(?:[\s-]?(?P<mult>{_by_first_letter(en.MULTIPLIERS)})\b)?"
    rf"(?:[\s-]?(?P<scale>{_by_first_letter(SCALES)})\b)?"
    rf"(?:[\s-]?(?P<unit>%|per\s?cent\b|(?:{_by_first_letter(en.UNITS)})\b))?"
    r"(?![\w%])",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- names

CONNECTORS = en.NAME_PARTICLES | set(en.NAME_CONNECTORS) | en.FIRM_JOINERS
SMALL_WORDS = en.FUNCTION_WORDS | CONNECTORS
ROLE_WORDS = en.ROLE_MODIFIERS | en.DEMONYMS
ABBREVIATIONS = alternation(word.capitalize() for word in en.NAME_ABBREVIATIONS)
# The words names are made of: dotted acronyms (U.S.), middle initials before a capitalised
# word (the J. of Antony J. Blinken), abbreviations before one (St. Volodymyr), capitalised
# words with inner ’ ' - (G-20, Asia-Pacific), and the connectors ("of the", "da") that stand before one. Other
# lowercase words only ever end a run: leaving them out is safe because the gap that holds
# one is not a single space. The lookahead lets only a word that can open one try them: most
# words are lowercase, and re would try each reading on each.
TOKEN = compile_narrow(
    r"(?<![\w’'\-])(?<!\w\.)"
    rf"(?=[^\W\d_a-z]|{alternation(en.ARTICLE_PREFIXES)}|{alternation(CONNECTORS)} )"
    r"(?:[A-Z]\.(?:[A-Z]\.)+|"
    rf"(?:[A-Z]|{ABBREVIATIONS})\.(?= [^\W\d_a-z])|"
    rf"(?:{alternation(en.ARTICLE_PREFIXES)})?[^\W\d_a-z]\w*(?:[’'\-]\w+)*|"
    + alternation(CONNECTORS)
    + rf"(?=(?: {alternation(CONNECTORS)})* [^\W\d_a-z]))"
)


@lru_cache(maxsize=1)
def possessive_head() -> re.Pattern[str]:
    """A plural's possessive apostrophe that belongs to an organisation's name, and the
    capitalised words after it up to its head word ("the Dockers' and Seafarers' Union", "the
    National Farmers' Union"; not "the Smiths' Manchester home"). Compiled when first needed:
    few stories name one, and its alternation of head words takes longer to compile than TOKEN."""
    return re.compile(
        r"['’](?: and [A-Z]\w*s['’])?(?: [A-Z][\w\-]*)*? "
        rf"{alternation(word.capitalize() for word in en.ORGANISATION_WORDS)}\b"
    )


PLACE_NOUN_AFTER = re.compile(rf" {alternation(en.PLACE_NOUNS)}\b")  # "Al Haouz province"
LOWER_WORD = compile_narrow(r"(?<![\w’'\-])[a-z]+(?![\w’'\-])")
ALPHANUMERIC = re.compile(r"[^\W_]")
LONG_WORD = compile_narrow(r"[^\W\d_][\w’'\-]{3,}")
CAPITALISED_LONG_WORD = compile_narrow(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]{2,}")
SPACED_LOWER_WORD = re.compile(r" [a-z]{4}")  # a long word that is not capitalised
CAPITAL = re.compile(r"[A-Z]")
MAX_ACRONYM = 5  # "BREAKING", "UPDATE": shouted words, not acronyms
# What a name's head word says it is: "Foreign Ministry", "Taiwan Strait", "Nobel Prize".
HEAD_TYPES = {
    **dict.fromkeys(en.EVENT_WORDS, "event"),
    **dict.fromkeys(en.PLACE_WORDS, "place"),
    **dict.fromkeys(en.ORGANISATION_WORDS, "organisation"),
}
HEAD_WORDS = HEAD_TYPES.keys()
# The lowercase words after a name that say what it is: a head word ("the Lumen festival") or a
# party's ("the Civic Renewal party", "Green Left leader").
WORDS_AFTER = HEAD_WORDS | en.PARTY_CUES
LOWER_LETTERS = re.compile(r"[a-z]+")
# particles may be: "Ursula von der Leyen"
NOT_IN_FULL_NAMES = HEAD_WORDS | set(en.NAME_CONNECTORS) | en.HEAD_TRANSLATIONS.keys()
# A lone word that is one of these is a fragment ("Ministry", "Foreign", "Francisco"), not a name.
NOT_ALONE = (
    en.ORGANISATION_WORDS
    | en.PLACE_WORDS
    | en.EVENT_WORDS
    | en.ROLE_MODIFIERS
    | en.TITLES
    | en.DEMONYMS
    | en.NATIONALITY_NOUNS
    | en.FUNCTION_WORDS
    | en.TIME_ZONES
    | en.NAME_SUFFIXES
    | {w for k in KNOWN if " " in k for w in k.split()}
) - KNOWN.keys()

# Evidence weights: the gazetteer outweighs any cue, but a city's name no title ("President
# Kennedy"); a title outweighs a place preposition.
KNOWN_WEIGHT = 10
CITY_WEIGHT = 2
TITLE_WEIGHT = 3
HEAD_WORD_WEIGHT = 3
BYLINE_WEIGHT = 2
AWARD_WEIGHT = 2
GIVEN_NAME_WEIGHT = 2
WEAK_WEIGHT = 1
