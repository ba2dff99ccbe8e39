"""Word tokens with offsets, and the normal forms that alignment and word diffs compare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits, with inner apostrophes, dots (U.S.) or decimal points kept; hyphens
# split, so "Vice-President" meets "Vice President" and "US-China" meets "US and China".
_WORD = re.compile(r"\w+(?:[’'.,]\w+)*", re.UNICODE)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
}  # fmt: skip

# Spellings of one thing that news copy uses interchangeably; compared as one word.
SYNONYMS = {
    "u.s": "us", "u.s.": "us", "usa": "us", "america": "us", "american": "us",
    "americans": "us", "washington": "us",
    "chinese": "china", "beijing": "china", "sino": "china", "prc": "china",
    "un": "un", "u.n": "un", "nations": "un",
    "says": "say", "said": "say", "told": "say", "declared": "say", "stated": "say",
    "added": "say", "explained": "say", "argued": "say", "noted": "say",
    "met": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet",
    "talks": "discussion", "discussions": "discussion", "talk": "discussion",
    "ties": "relation", "relations": "relation", "relationship": "relation",
    "relationships": "relation",
    "mr": "mr", "mrs": "mrs", "percent": "%", "per": "per",
}  # fmt: skip

STOP_WORDS = frozenset(
    """a an the and or but if of to in on at by for from with as is are was were be been being
    that this these those it its it's he she they them his her their we our us you your i me my
    not no nor so than then there here which who whom whose what when where why how all any both
    each few more most other some such only own same too very can will would should could may
    might must shall do does did done has have had having also just about into over after before
    between through during under again further once up down out off above below while because
    until against among per via mr mrs ms dr""".split()
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets into the text the token was found in
    end: int
    surface: str
    norm: str  # compared by word diffs: lowercase, straight quotes, number words as digits
    capitalised: bool  # starts with an upper-case letter (a name, or a sentence's first word)


@lru_cache(maxsize=1 << 16)
def normal_form(word: str) -> str:
    word = word.translate(_QUOTES).lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(",", "") if word.replace(",", "").isdigit() else word
    return NUMBER_WORDS.get(word, word)


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of `text`; offsets are shifted by `offset` (the text's start in its version)."""
    return [
        Token(
            m.start() + offset,
            m.end() + offset,
            m.group(),
            normal_form(m.group()),
            m.group()[0].isupper(),
        )
        for m in _WORD.finditer(text)
    ]


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'stabilize'/'stabilizing', 'talks'/'talk'."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if not word.isalpha() or len(word) <= 4:
        return word
    for suffix in ("ations", "ation", "ingly", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return SYNONYMS.get(word, word)


def content_terms(sentence_tokens: list[Token]) -> list[tuple[str, bool]]:
    """The (stem, is_name) terms alignment scores: stop words dropped, 'United States' as 'us'."""
    terms: list[tuple[str, bool]] = []
    previous = ""
    for i, token in enumerate(sentence_tokens):
        norm = token.norm
        if previous == "united" and norm == "states":
            terms[-1] = ("us", True)
            previous = norm
            continue
        previous = norm
        if norm in STOP_WORDS and not (token.surface.isupper() and len(norm) > 1):
            continue
        is_name = token.capitalised and i > 0 and norm not in NUMBER_WORDS.values()
        terms.append((stem(norm), is_name))
    return terms
