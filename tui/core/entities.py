"""Entity extraction (people, places, organisations, numbers, dates) and variant merging.

Heuristic, no model: capitalised runs are split at titles and roles and typed by the gazetteer
and the cues around them; numbers and dates come from patterns. Spellings of one entity across
versions are merged by alias, acronym, word bag, surname, close spelling and aligned words.

Annotations are evaluated, not postponed: `typing.NamedTuple` would compile each field's
postponed one (a string) on its own, ~1 ms at every start.
"""

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache, partial
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz import fuzz

from tui.core.gazetteer import (
    DEMONYMS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    KNOWN,
    OF_HEADS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_COMPLEMENTS,
    ROLE_MODIFIERS,
    ROYAL_TITLES,
    SHORT_ACRONYMS,
    TIME_ZONES,
    TITLES,
    spelling_key,
)
from tui.core.model import ENTITY_TYPES, Entity, Mention, Span, Version

# ---------------------------------------------------------------- patterns

_MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (None, *(name for name in list(_MONTH_NUMBERS)[:12]))
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# Months that are also ordinary words: a date only with a day, a year, or a preposition before.
_AMBIGUOUS_MONTHS = frozenset({"May", "March"})
_DATE_PREPOSITIONS = frozenset(
    "in since until till of from by this through to on during before after early late".split()
)

# One alternation: at each position the readings are tried in this order, fullest first, so
# "September 19, 2023" is one date, not a month and a year.
_DATE_PARTS = (
    ("iso", rf"(?<![\d-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>{_DAY})(?![\d-])"),
    ("numeric", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
    ("time", r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\."),
    (
        "mdy",
        rf"\b(?P<mdy_mon>{_MONTH})\s+(?P<mdy_d>{_DAY})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<mdy_y>{_YEAR})\b)?",
    ),
    (
        "dmy",
        rf"\b(?P<dmy_d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_mon>{_MONTH})"
        rf"(?:,?\s+(?P<dmy_y>{_YEAR})\b)?",
    ),
    ("weekday", rf"\b(?P<weekday_name>{_WEEKDAY})(?:\s*\({_DAY}\))?"),
    (
        "month",
        rf"(?:\b(?P<month_mod>(?:[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\s+|[Mm]id-))?"
        rf"\b(?P<month_mon>{_MONTH})(?!\w)(?:\s+(?P<month_y>{_YEAR})\b)?",
    ),
    ("year", rf"(?<![\w$€£.,/:-])(?P<year_y>{_YEAR})\b(?![.,]?\d|%|-\d)"),
    # "last weekend" and "this weekend" are two claims: each its own entity, never merged
    ("relative", r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?:weekend|week|month|year)\b"),
)
# The lookaheads only let positions that can open a date try the alternation: 6x faster. The
# first two are cheap and reject most letters: a date opens on a digit, a capital, or a word
# start ("last", "this"...); after a lowercase letter only a digit can ("v2023-09-19").
_DATE = re.compile(
    r"(?=[\dJFMASONDTWLlTtNnPpEeMm])(?<![a-z](?!\d))"
    r"(?=\d|[JFMASONDTW][a-z]|(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arly|[Ll]ate)\s|[Mm]id-)(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _DATE_PARTS)
    + ")"
)
_GROUP_OF = re.compile(r"\bGroup of (?:\d+|Twenty|Seven|Eight)\b")

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_SCALES = {
    "million": "million", "mn": "million", "billion": "billion", "bn": "billion",
    "trillion": "trillion",
}  # fmt: skip
_UNITS = (
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
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# Letters IGNORECASE matches beyond their two cases ("ſix" is "six" to re).
_CASE_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _by_first_letter(words: Iterable[str]) -> str:
    """`words` as one IGNORECASE alternation, longest first, each first letter's words behind a
    case-exact class of it: re skips such a group on its first letter, where it would try every
    word at every word start (on case-blind letters it cannot skip): numbers scan 20% faster."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words, key=len, reverse=True):
        groups[word[0]].append(word[1:])
    return "|".join(
        f"(?-i:[{first}{first.upper()}{_CASE_FOLDS.get(first, '')}])(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


_NUMBER_WORD = (
    f"(?:{_by_first_letter(_NUMBER_WORDS)})"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_NUMBER = re.compile(
    r"(?=[0-9$€£¥UuHhZzOoTtFfSsEeNn])"  # what a number can start with: skips other positions
    rf"(?<![\w.,/:-])(?P<cur>(?-i:[Uu])S\$|(?-i:[Hh])K\$|[$€£¥])?"
    rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>{_NUMBER_WORD})\b)"
    r"(?:[\s-]?(?P<mult>hundred|thousand)\b)?"
    r"(?:[\s-]?(?P<scale>million|billion|trillion|mn|bn)\b)?"
    rf"(?:[\s-]?(?P<unit>%|per\s?cent\b|(?:{_UNIT})\b))?"
    r"(?![\w%])",
    re.IGNORECASE,
)
_UNIT_WORDS = frozenset(_UNITS)

_PARTICLES = frozenset("de da del di du van von bin al la le".split())  # "Lula da Silva"
_CONNECTORS = _PARTICLES | {"of", "of the"}
_SMALL_WORDS = FUNCTION_WORDS | _CONNECTORS
_ROLE_WORDS = ROLE_MODIFIERS | DEMONYMS
# The words names are made of: dotted acronyms (U.S.), capitalised words with inner ’ ' -
# (G-20, Asia-Pacific), and the connectors ("of the", "da") that stand before one. Other
# lowercase words only ever end a run: leaving them out is safe because the gap that holds
# one is not a single space.
_TOKEN = re.compile(
    r"(?<![\w’'\-])(?:[A-Z]\.(?:[A-Z]\.)+|[^\W\d_a-z]\w*(?:[’'\-]\w+)*|(?:"
    + "|".join(sorted(_CONNECTORS, key=len, reverse=True))
    + r")(?= [^\W\d_a-z]))"
)
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z]+(?![\w’'\-])")
_ALPHANUMERIC = re.compile(r"[^\W_]")
_LONG_WORD = re.compile(r"[^\W\d_][\w’'\-]{3,}")
_CAPITALISED_LONG_WORD = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]{2,}")
_SPACED_LOWER_WORD = re.compile(r" [a-z]{4}")  # a long word that is not capitalised
_CAPITAL = re.compile(r"[A-Z]")
_MAX_ACRONYM = 5  # "BREAKING", "UPDATE": shouted words, not acronyms
_BAG_FILLER = frozenset("the of and for annual".split())
_GENERIC_TAILS = frozenset("forum summit conference agency".split())
_HEAD_WORDS = ORGANISATION_WORDS | PLACE_WORDS
_NOT_IN_FULL_NAMES = _HEAD_WORDS | _CONNECTORS
# A lone word that is one of these is a fragment ("Ministry", "Foreign", "Francisco"), not a name.
_NOT_ALONE = (
    ORGANISATION_WORDS
    | PLACE_WORDS
    | ROLE_MODIFIERS
    | TITLES
    | DEMONYMS
    | FUNCTION_WORDS
    | TIME_ZONES
    | {w for k in KNOWN if " " in k for w in k.split()}
) - KNOWN.keys()

# Evidence weights: the gazetteer outweighs any cue; a title outweighs a place preposition.
_KNOWN_WEIGHT = 10
_TITLE_WEIGHT = 3
_HEAD_WORD_WEIGHT = 3
_BYLINE_WEIGHT = 2
_GIVEN_NAME_WEIGHT = 2
_WEAK_WEIGHT = 1

# Spelling thresholds (rapidfuzz ratio, 0..100).
_FIRST_NAME_RATIO = 75  # first names of one surname: "Jake"/"Jack" 75, "Antony"/"Anthony" 92.3
_SINGLE_WORD_RATIO = 85  # "Hahn"/"Han" 85.7
_ALIGNED_RATIO = 60  # aligned words must still look alike: "Kerry"/"Kirby" 60, "UN"/"Annual" 0
# Two spellings side by side in one version are two people unless nearly equal: "Jake" and
# "Jack Sullivan" in one text may be two men; "Antony"/"Anthony Blinken" is a typo.
_SAME_VERSION_RATIO = 90


# ---------------------------------------------------------------- scanning


class _Token(NamedTuple):
    start: int
    end: int
    joined: bool  # one space after the word before it: the two can be one name
    text: str
    lower: str
    capitalised: bool
    all_caps: bool  # "US", "U.S.", "NEW": two or more letters, all upper case
    title: bool  # "President", "spokesman", "Vice-President"
    continues: bool  # can carry a run on: "Since" or "And" start a new sentence or headline part
    connector: bool  # "of", "da": joins two name words


def _new(cls: type) -> Callable:
    """Builds a NamedTuple from one tuple of its fields, skipping its Python-level __new__:
    the scan makes tens of thousands of tokens and mentions, and this halves their cost."""
    return partial(tuple.__new__, cls)


@lru_cache(maxsize=16384)
def _shape(text: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """The _Token fields that depend only on the word: words repeat, so they are cached."""
    lower = text.casefold()
    capitalised = text[0].isupper()
    caps = text.isupper() and sum(map(str.isalpha, text)) >= 2
    title = not caps and (
        lower in TITLES or ("-" in lower and any(p in TITLES for p in lower.split("-")))
    )
    continues = capitalised and (caps or lower not in FUNCTION_WORDS)
    connector = not capitalised and lower in _CONNECTORS
    return lower, capitalised, caps, title, continues, connector


_new_token = _new(_Token)


def _token(start: int, end: int, text: str) -> _Token:
    return _new_token((start, end, False, text, *_shape(text)))


class _Found(NamedTuple):
    """One mention found in a sentence, before merging."""

    kind: str  # "name" | "number" | "date"
    key: str  # equal keys are one node
    version: int
    start: int  # offsets into the version's text (into the sentence's while scanning it)
    end: int
    text: str
    cue: tuple[str, int] | None = None  # (type, weight) a cue around the mention suggests
    headline: bool = False  # found in a title-case line: kept only when confirmed elsewhere
    initial: bool = False  # a single word opening its sentence
    words: tuple[tuple[int, int], ...] = ()  # its words' offsets, relative to `start`

    def placed(self, version: int, offset: int, headline: bool) -> "_Found":
        kind, key, _, start, end, text, cue, _, initial, words = self  # (not _replace: 3x slower)
        return _new_found(
            (kind, key, version, start + offset, end + offset, text, cue, headline, initial, words)
        )

    def mention(self) -> Mention:
        return _new_mention((self.version, self.start, self.end, self.text))


_new_found = _new(_Found)
_new_mention = _new(Mention)


def _word_tokens(text: str, taken: list[tuple[int, int]]) -> list[_Token]:
    found: list[_Token] = []
    previous_end = -2
    for m in _outside(_TOKEN.finditer(text), taken):
        word = m.group()
        start, end = m.span()
        if not (word[0].isupper() or word in _CONNECTORS):
            continue  # a lowercase letter outside ASCII
        if start > 0 and text[start - 1] == "#":
            continue
        if word.endswith(("’s", "'s")) and len(word) > 2:
            word, end = word[:-2], end - 2
        joined = start == previous_end + 1 and text[previous_end] == " "
        found.append(_new_token((start, end, joined, word, *_shape(word))))
        previous_end = end
    return found


def _outside(matches: Iterator[re.Match], taken: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The matches that overlap no span of `taken` (sorted, apart): both run left to right,
    so one walk along the spans checks them all."""
    spans = iter(taken)
    span_start, span_end = next(spans, _NO_SPAN)
    for m in matches:
        start, end = m.span()
        while span_end <= start:
            span_start, span_end = next(spans, _NO_SPAN)
        if span_start >= end:
            yield m


_NO_SPAN = (float("inf"), float("inf"))


def _dates(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Dates; their spans, and clock times', are added to `taken`."""
    found = []
    for m in _DATE.finditer(text):
        kind = m.lastgroup  # the reading that matched: its group closes after those inside it
        if kind == "time":  # clock times are not entities, but their digits are no numbers either
            taken.append(m.span())
            continue
        key = _date_key(kind, m, text)
        if key is not None:
            start, end = m.span()
            taken.append((start, end))
            found.append(
                _new_found(("date", key, -1, start, end, m.group(), None, False, False, ()))
            )
    return found


def _date_key(kind: str, m: re.Match, text: str) -> str | None:
    if kind == "iso":
        return f"{m['iso_y']}-{m['iso_m']}-{int(m['iso_d']):02}"
    if kind == "numeric":
        return m.group()
    if kind == "relative":
        return " ".join(m.group().lower().split())
    if kind == "weekday":
        return m["weekday_name"].lower()
    if kind == "year":
        following = text[m.end() : m.end() + 20].split(maxsplit=1)
        return None if following and following[0].lower() in _UNIT_WORDS else m["year_y"]
    if kind == "month":
        name, year = m["month_mon"], m["month_y"]
        if name in _AMBIGUOUS_MONTHS and not (m["month_mod"] or year):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if not before or before[-1].lower() not in _DATE_PREPOSITIONS:
                return None
        month = _month_number(name)
        return f"{_MONTH_NAMES[month]} {year}" if year else _MONTH_NAMES[month]
    month, day, year = _month_number(m[f"{kind}_mon"]), int(m[f"{kind}_d"]), m[f"{kind}_y"]
    return f"{year}-{month:02}-{day:02}" if year else f"{_MONTH_NAMES[month]} {day}"


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


def _numbers(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Numbers outside `taken`."""
    found = []
    for m in _outside(_NUMBER.finditer(text), taken):
        if m["word"] and not (m["unit"] or m["scale"]):
            continue  # "two countries" is not a fact to check; "two days" is
        start, end = m.span()
        found.append(
            _new_found(
                ("number", _number_key(m), -1, start, end, m.group(), None, False, False, ())
            )
        )
    return found


def _number_key(m: re.Match) -> str:
    if m["digits"]:
        value = float(m["digits"].replace(",", ""))
    else:
        parts = m["word"].lower().split("-")
        value = float(sum(_NUMBER_WORDS[p] for p in parts))
    if m["mult"]:
        value *= _MULTIPLIERS[m["mult"].lower()]
    shown = f"{value:.10g}"
    scale = f" {_SCALES[m['scale'].lower()]}" if m["scale"] else ""
    unit = f" {_unit_lemma(m['unit'])}" if m["unit"] else ""
    return f"{m['cur'] or ''}{shown}{scale}{unit}"


def _unit_lemma(unit: str) -> str:
    unit = unit.lower()
    if unit == "%" or unit.replace(" ", "") == "percent":
        return "%"
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    if unit.endswith("s") and not unit.endswith("ss"):
        return unit[:-1]
    return unit


def _runs(words: list[_Token]) -> Iterator[tuple[int, int]]:
    """Index ranges of capitalised runs, joined by single spaces and inner connectors."""
    i, n = 0, len(words)
    while i < n:
        if not words[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < n and words[j].joined:
            if words[j].continues:
                j += 1
            elif (  # "Bank of England", "Lula da Silva": a connector between two name words
                words[j].connector and j + 1 < n and words[j + 1].joined and words[j + 1].continues
            ):
                j += 2
            else:
                break
        yield i, j
        i = j


def _names(words: list[_Token], text: str) -> list[_Found]:
    first = _ALPHANUMERIC.search(text)
    opening = first.start() if first else 0  # where the sentence's first word starts
    role_end = None  # "the Vice President of China, Han Zheng": a name after a bare role
    found = []
    for i, j in _runs(words):
        word = words[i]
        if j == i + 1 and not word.title and "-" not in word.text:
            # most runs are one plain word: what _pieces would make of it, without the work
            if word.lower not in _NOT_ALONE:
                cue = _run_cue(text, word.start, role_end)
                found.append(_name_found(text, (word,), cue, opening))
            role_end = None
            continue
        run = words[i:j]
        pieces = list(_pieces(run, _run_cue(text, word.start, role_end)))
        named = any(c and c[0] == "person" for _, c in pieces)
        role_end = run[-1].end if any(w.title for w in run) and not named else None
        found += (_name_found(text, piece, cue, opening) for piece, cue in pieces)
    return found


def _name_found(
    text: str, piece: Sequence[_Token], cue: tuple[str, int] | None, opening: int
) -> _Found:
    start, end = piece[0].start, piece[-1].end
    name = text[start:end]
    if len(piece) == 1:  # most names: no generator for their one word
        initial, words = start == opening, ((0, end - start),)
    else:
        initial, words = False, tuple((w.start - start, w.end - start) for w in piece)
    return _new_found(
        ("name", spelling_key(name), -1, start, end, name, cue, False, initial, words)
    )


def _run_cue(text: str, start: int, role_end: int | None) -> tuple[str, int] | None:
    """What stands before a run says about it: a bare role and a comma make it a person."""
    if role_end is not None and text[role_end:start] == ", ":
        return ("person", _TITLE_WEIGHT)
    return _cue(_word_before(text, start))


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, when only a space stands between them."""
    if start < 2 or text[start - 1] != " ":
        return ""
    return text[text.rfind(" ", 0, start - 1) + 1 : start - 1]


def _cue(word: str) -> tuple[str, int] | None:
    """What a lowercase word before a name says about it ("spokesman", "by", "in")."""
    if word in TITLES:
        return ("person", _TITLE_WEIGHT)
    if word == "by":
        return ("person", _BYLINE_WEIGHT)
    if word in ("in", "near"):
        return ("place", _WEAK_WEIGHT)
    return None


def _pieces(run: list[_Token], cue) -> Iterator[tuple[list[_Token], tuple[str, int] | None]]:
    """A capitalised run as candidate names: leading small words dropped, roles cut out."""
    while run and not run[0].all_caps and run[0].lower in _SMALL_WORDS:
        if run[0].capitalised and run[0].lower in _PARTICLES and len(run) > 1:
            break  # "Al Haouz", "Al Jazeera", "La Paz": the particle opens the name
        cue = _cue(run[0].lower) or cue
        run = run[1:]
    titles = [k for k, w in enumerate(run) if w.title]
    if not titles:
        yield from _plain(run, cue)
        return
    t = titles[-1]
    role = t
    while role > 0 and (run[role - 1].lower in _ROLE_WORDS or run[role - 1].title):
        role -= 1
    yield from _plain(run[:role], cue)
    rest = run[t + 1 :]
    while rest and rest[0].lower == "general":  # "Secretary General"
        rest = rest[1:]
    if rest and rest[0].lower in ("of", "of the"):
        if len(rest) > 1 and rest[1].lower in ROLE_COMPLEMENTS:
            rest = rest[2:]
            while rest and rest[0].lower in ORGANISATION_WORDS:  # "of the State Council Li Qiang"
                rest = rest[1:]
        else:  # "Vice President of China": China is a place, not a name
            yield from _plain(rest[1:], None)
            return
    name = _trim(rest)
    if not name:
        return
    if any(w.lower in _CONNECTORS for w in name):  # "Prime Minister Rishi Sunak of Britain"
        yield from _plain(name, ("person", _TITLE_WEIGHT))
    elif len(name) == 1 and run[t].lower in ROYAL_TITLES:
        yield [run[t], name[0]], ("person", _TITLE_WEIGHT)
    else:
        yield name, ("person", _TITLE_WEIGHT)


def _trim(run: list[_Token]) -> list[_Token]:
    start, end = 0, len(run)
    while start < end and run[start].lower in _CONNECTORS and not run[start].capitalised:
        start += 1
    while end > start and run[end - 1].lower in _CONNECTORS and not run[end - 1].capitalised:
        end -= 1
    return run[start:end]


def _plain(run: list[_Token], cue) -> Iterator[tuple[list[_Token], tuple[str, int] | None]]:
    """A run with no title: split at an "of" that does not belong to the name, demonyms off."""
    run = _trim(run)
    if not run:
        return
    for k, word in enumerate(run):
        if word.lower in ("of", "of the") and k > 0:
            joined = spelling_key(" ".join(w.text for w in run))
            if run[k - 1].lower not in OF_HEADS and joined not in KNOWN:
                yield from _plain(run[:k], cue)
                yield from _plain(run[k + 1 :], None)
                return
    if run[-1].lower in DEMONYMS:  # "Han Chinese", "Chinese": adjectives, not names
        rest = run[:-1]
        if rest and spelling_key(" ".join(w.text for w in rest)) in KNOWN:
            yield rest, cue  # "over the United States Chinese." (a slip in the copy)
        return
    if run[-1].lower not in ORGANISATION_WORDS:
        while run and run[0].lower in DEMONYMS:
            run = run[1:]
    if len(run) == 1 and "-" in run[0].text and spelling_key(run[0].text) not in KNOWN:
        yield from ((part, cue) for part in _hyphen_parts(run[0]))
    elif len(run) > 1 or (run and run[0].lower not in _NOT_ALONE):
        yield run, cue


def _hyphen_parts(word: _Token) -> Iterator[list[_Token]]:
    """ "US-China", "Biden-Xi": each capitalised part on its own ("Sino-" and the like dropped)."""
    position = word.start
    for part in word.text.split("-"):
        token = _token(position, position + len(part), part)
        position += len(part) + 1
        if part and part[0].isupper() and token.lower not in _NOT_ALONE:
            yield [token]


def _title_case_words(text: str, words: list[_Token]) -> tuple[str, ...]:
    """The capitalised long words of a title-case line ("Meet", "Summit"), else ()."""
    if sum(len(w.text) >= 4 and w.capitalised for w in words) < 4:
        return ()  # most sentences: too few capitalised words to be a headline
    # A cheap bound settles most of the rest: each capital opens at most one capitalised word,
    # and every lowercase long word needs three of them to reach the 3/4 share below.
    if 3 * len(_SPACED_LOWER_WORD.findall(text)) >= len(_CAPITAL.findall(text)):
        return ()
    long = len(_LONG_WORD.findall(text)) - 1  # the first word is capitalised in any sentence
    capitalised = _CAPITALISED_LONG_WORD.findall(text)[1:]
    shaped = long >= 3 and len(capitalised) >= 0.75 * long
    return tuple(w.lower() for w in capitalised) if shaped else ()


def _scan(version: Version) -> list[_Found]:
    ordinary = frozenset(_LOWER_WORD.findall(version.text))
    placed = []
    for sentence in version.sentences:
        if sentence.boilerplate:
            continue
        founds, title_words = _scan_sentence(sentence.text)
        # A headline, not a sentence that happens to be all names: some capitalised words
        # are ordinary words of the article ("Meet", "Dialogue").
        headline = sum(w in ordinary for w in title_words) >= 2
        placed += (
            found.placed(version.id, sentence.start, headline)
            for found in founds
            # "Currently", "Both": capitalised only because they open the sentence
            if not (found.initial and found.key in ordinary)
        )
    return placed


@lru_cache(maxsize=8192)
def _scan_sentence(text: str) -> tuple[tuple[_Found, ...], tuple[str, ...]]:
    """What a sentence mentions, offsets into the sentence, and its title-case words.

    Cached: versions of one story often share sentences word for word.
    """
    taken: list[tuple[int, int]] = []  # read by an earlier pass: the later ones skip it
    found = _dates(text, taken)
    if "Group of" in text:  # the pattern's fixed words: the regex is only run where they are
        for m in _GROUP_OF.finditer(text):
            taken.append(m.span())
            found.append(_Found("name", spelling_key(m.group()), -1, *m.span(), m.group()))
    taken.sort()
    numbers = _numbers(text, taken)
    found += numbers
    taken = sorted(taken + [(f.start, f.end) for f in numbers])
    words = _word_tokens(text, taken)
    found += _names(words, text)
    # "Who", "Us" in a title-case line
    kept = tuple(f for f in found if not (f.key in SHORT_ACRONYMS and not f.text.isupper()))
    return kept, _title_case_words(text, words)


# ---------------------------------------------------------------- merging names


class _Node:
    """All mentions sharing one spelling key (read its properties once all are in)."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.founds: list[_Found] = []
        self.person_part = False  # a lone word of some person's name

    @cached_property
    def versions(self) -> frozenset[int]:
        return frozenset(f.version for f in self.founds)

    @cached_property
    def known(self) -> tuple[str, str] | None:
        """(canonical name, type) when the gazetteer knows this spelling."""
        return KNOWN.get(self.key) or _KNOWN_BAGS.get(_bag(self.key))

    @cached_property
    def acronym(self) -> bool:
        return len(self.key) <= _MAX_ACRONYM and any(_is_acronym(f.text) for f in self.founds)

    @cached_property
    def name_like(self) -> bool:
        """Could be a person's full name: 2-4 plain capitalised words, nothing known."""
        words = self.key.split()
        return (
            2 <= len(words) <= 4
            and self.known is None
            and all(w.isalpha() or "-" in w or "'" in w for w in words)
            and not any(w in _NOT_IN_FULL_NAMES for w in words)
        )


def _is_acronym(text: str) -> bool:
    return " " not in text and _token(0, 0, text).all_caps


def _bag(key: str) -> frozenset[str]:
    key = key.replace("united nations", "un").replace("united states", "us")
    return frozenset(w for w in key.split() if w not in _BAG_FILLER)


_KNOWN_BAGS = {_bag(k): v for k, v in KNOWN.items() if " " in k}


class _Groups:
    """Union-find over node keys; the smaller key is the root, so the result is order-free."""

    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self.parent):
            found[self.find(key)].append(key)
        return found


def _merge_names(nodes: dict[str, _Node], aligned: list[tuple[Span, Span]]) -> _Groups:
    """Spellings of one entity grouped: gazetteer aliases and equal word bags ("Annual General
    Assembly of the United Nations"), acronyms, aligned words, close first names, then lone
    words ("Blinken", "Hahn") onto the one person they name."""
    groups = _Groups(nodes)
    by_known: dict[str, list[str]] = defaultdict(list)
    by_bag: dict[frozenset[str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.known:
            by_known[node.known[0]].append(key)
        if " " in key:
            by_bag[_bag(key)].append(key)
    for same in (*by_known.values(), *by_bag.values()):
        for key in same[1:]:
            groups.union(same[0], key)
    _merge_acronyms(nodes, groups)
    _merge_generic_tails(nodes, groups)
    _merge_aligned(nodes, groups, aligned)
    _merge_spellings(nodes, groups)
    _attach_single_words(nodes, groups)
    return groups


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in _BAG_FILLER]
    return "".join(w[0] for w in words)


def _merge_acronyms(nodes: dict[str, _Node], groups: _Groups) -> None:
    """An acronym joins the one long form whose initials it spells ("APEC", "Asia-Pacific ...")."""
    long_forms: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        # only what reads as an institution or a place: "UN Since Assembly" spells USA too
        if " " in key and not node.known and key.split()[-1] in _HEAD_WORDS:
            long_forms[_initials(key)].add(groups.find(key))
            last = key.rsplit(" ", 1)
            if last[1] in _GENERIC_TAILS:
                long_forms[_initials(last[0])].add(groups.find(key))
    decisions = []
    for key, node in nodes.items():
        if node.acronym and not node.known and key.isalpha():
            roots = long_forms.get(key, set()) - {groups.find(key)}
            if len(roots) == 1:
                decisions.append((key, next(iter(roots))))
    for a, b in decisions:
        groups.union(a, b)


def _merge_generic_tails(nodes: dict[str, _Node], groups: _Groups) -> None:
    """A name with a generic tail joins the name without it: "G20 Summit" is the G20's."""
    for key in sorted(nodes):
        head, _, tail = key.rpartition(" ")
        if tail in _GENERIC_TAILS and head in nodes and not _conflict(nodes[head], nodes[key]):
            groups.union(head, key)


def _conflict(a: _Node, b: _Node) -> bool:
    """Two gazetteer entries are never one entity."""
    return a.known is not None and b.known is not None and a.known[0] != b.known[0]


def _merge_aligned(nodes: dict[str, _Node], groups: _Groups, aligned) -> None:
    """Names standing in the same place of matched sentences are one entity if they look alike."""
    index: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for key, node in nodes.items():
        for f in node.founds:
            index[f.version].append((f.start, f.end, key))
    for spans in index.values():
        spans.sort()
    starts = {v: [s for s, _, _ in spans] for v, spans in index.items()}
    for a, b in aligned:
        ratio = fuzz.ratio(a.text.casefold(), b.text.casefold())
        if ratio < _ALIGNED_RATIO:
            continue
        for key_a in _covering(index, starts, a):
            for key_b in _covering(index, starts, b):
                node_a, node_b = nodes[key_a], nodes[key_b]
                if _conflict(node_a, node_b) or (
                    node_a.versions & node_b.versions and ratio < _SAME_VERSION_RATIO
                ):
                    continue
                groups.union(key_a, key_b)


def _covering(index, starts, span: Span) -> set[str]:
    """Keys of the mentions a span touches: mentions never overlap, so they end the list
    of those starting before the span's end (a span is a few words: eight is plenty)."""
    spans = index.get(span.version, [])
    upto = bisect_right(starts.get(span.version, []), span.end)
    return {key for s, e, key in spans[max(0, upto - 8) : upto] if s < span.end and span.start < e}


def _merge_spellings(nodes: dict[str, _Node], groups: _Groups) -> None:
    """Same surname, close first name ("Antony"/"Anthony"); see _SAME_VERSION_RATIO."""
    by_surname: dict[tuple[str, int], list[_Node]] = defaultdict(list)
    for node in nodes.values():
        if node.name_like:
            words = node.key.split()
            by_surname[(words[-1], len(words))].append(node)
    for family in by_surname.values():
        for i, a in enumerate(family):
            for b in family[i + 1 :]:
                ratio = _first_name_ratio(a.key.split(), b.key.split())
                together = a.versions & b.versions
                if ratio >= (_SAME_VERSION_RATIO if together else _FIRST_NAME_RATIO):
                    groups.union(a.key, b.key)


def _first_name_ratio(a: list[str], b: list[str]) -> float:
    """How alike the first names of two full names that differ only there, by a letter or two."""
    if a[1:] != b[1:] or a[0][0] != b[0][0] or abs(len(a[0]) - len(b[0])) > 1:
        return 0.0
    return fuzz.ratio(a[0], b[0])


def _attach_single_words(nodes: dict[str, _Node], groups: _Groups) -> None:
    """ "Blinken", "Xi", "Hahn": a lone word joins the one person whose name holds it."""
    types = _cluster_types(nodes, groups)
    # "Blinken" is a last word; "Xi", "Wang", "Han" (family name first) are first words
    last_word: dict[str, set[str]] = defaultdict(set)
    first_word: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        root = groups.find(key)
        if node.name_like and types.get(root) == "person":
            words = key.split()
            last_word[words[-1]].add(root)
            first_word[words[0]].add(root)
    vocabulary = sorted(last_word.keys() | first_word.keys())
    decisions = []
    for key, node in sorted(nodes.items()):
        if " " in key or node.known or key in FUNCTION_WORDS or not key.isalpha():
            continue
        roots = (
            last_word.get(key)
            or first_word.get(key)
            or _close_word(key, vocabulary, last_word, first_word)
        )
        if len(roots) == 1:
            decisions.append((key, next(iter(roots))))
        node.person_part = bool(roots)  # "Wang" with two Wangs about: a person, but which?
    for key, root in decisions:
        groups.union(key, root)


def _close_word(word: str, vocabulary: list[str], last_word, first_word) -> set[str]:
    """People with a name word spelled almost like `word` ("Hahn" for "Han Zheng")."""
    roots: set[str] = set()
    if len(word) < 3:
        return roots
    for other in vocabulary:
        if other[0] == word[0] and fuzz.ratio(word, other) >= _SINGLE_WORD_RATIO:
            roots |= last_word.get(other, set()) | first_word.get(other, set())
    return roots


def _evidence(node: _Node) -> Counter:
    votes: Counter = Counter()
    # per mention, so that no pile of cues outvotes the gazetteer or a person's name
    if node.known:
        votes[node.known[1]] += _KNOWN_WEIGHT * len(node.founds)
    if node.person_part:
        votes["person"] += _TITLE_WEIGHT * len(node.founds)
    for f in node.founds:
        if f.cue:
            votes[f.cue[0]] += f.cue[1]
    words = node.key.split()
    if len(words) > 1 and words[-1] in ORGANISATION_WORDS:
        votes["organisation"] += _HEAD_WORD_WEIGHT
    elif len(words) > 1 and words[-1] in PLACE_WORDS:
        votes["place"] += _HEAD_WORD_WEIGHT
    if node.name_like and words[0] in GIVEN_NAMES:
        votes["person"] += _GIVEN_NAME_WEIGHT
    if node.acronym:
        votes["organisation"] += _WEAK_WEIGHT
    return votes


def _cluster_types(nodes: dict[str, _Node], groups: _Groups) -> dict[str, str]:
    """The type each cluster's evidence favours; clusters with no evidence are left out."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for key, node in nodes.items():
        votes[groups.find(key)].update(_evidence(node))
    return {
        root: max(ENTITY_TYPES, key=lambda t: (v[t], -ENTITY_TYPES.index(t)))
        for root, v in votes.items()
        if sum(v.values()) > 0
    }


# ---------------------------------------------------------------- entities


def _confirmed(founds: list[_Found]) -> list[_Found]:
    """Title-case lines keep only names seen in running text or known ("UN" of "UN Summit")."""
    seen = {f.key for f in founds if f.kind == "name" and not f.headline} | KNOWN.keys()
    kept = []
    for f in founds:
        if not f.headline or f.key in seen:
            kept.append(f)
        elif len(f.words) > 1:
            kept.extend(_known_parts(f, seen))
    return kept


def _known_parts(found: _Found, seen: set[str]) -> Iterator[_Found]:
    words, i = found.words, 0
    while i < len(words):
        for j in range(len(words), i, -1):
            start, end = words[i][0], words[j - 1][1]
            text = found.text[start:end]
            if spelling_key(text) in seen:
                at = found.start + start
                yield _Found("name", spelling_key(text), found.version, at, at + len(text), text)
                i = j
                break
        else:
            i += 1


def _canonical(
    kind: str, type_: str, founds: list[_Found], known: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """The most frequent full form (ties: in most versions, then alphabetical), and the rest.

    A gazetteer entity is called by its gazetteer name when the texts use it ("APEC", "G20").
    """
    count = Counter(f.text for f in founds)
    versions: dict[str, set[int]] = defaultdict(set)
    for f in founds:
        versions[f.text].add(f.version)
    forms = sorted(count, key=lambda t: (-count[t], -len(versions[t]), t))
    full = forms
    if type_ == "person":
        most = max(len(t.split()) for t in forms)
        full = [t for t in forms if len(t.split()) == most]
    elif kind == "number":
        full = [t for t in forms if not t[0].isalpha()] or forms
    elif kind == "name":
        full = [t for t in forms if " " in t] or [t for t in forms if not _is_acronym(t)] or forms
    name = known if known in count else full[0]
    return name, tuple(t for t in forms if t != name)


_PLACE = attrgetter("version", "start")


def _build(type_: str, kind: str, founds: list[_Found], known: str | None = None) -> tuple:
    """(type, name, variants, mentions, how many versions mention it)."""
    name, variants = _canonical(kind, type_, founds, known)
    mentions = tuple(f.mention() for f in sorted(founds, key=_PLACE))
    return (type_, name, variants, mentions, len({f.version for f in founds}))


def scan_mentions(versions: Sequence[Version]) -> list[_Found]:
    """Every mention found in the versions' text, before any merging: most of the work, and
    independent of the alignment (so it can run beside it)."""
    return _confirmed([f for v in versions for f in _scan(v)])


def extract_entities(
    versions: Sequence[Version],
    aligned: Iterable[tuple[Span, Span]] = (),
    scanned: list[_Found] | None = None,
) -> tuple[Entity, ...]:
    """People, places, organisations, numbers and dates of all versions, variants merged.

    `aligned` pairs spans that stand in the same place of matched sentences in two versions
    and differ: evidence that two spellings name one entity ("Antony"/"Anthony").
    `scanned` is `scan_mentions(versions)` when it was computed already.
    """
    founds = scan_mentions(versions) if scanned is None else scanned
    built = []
    by_key: dict[tuple[str, str], list[_Found]] = defaultdict(list)
    nodes: dict[str, _Node] = {}
    for f in founds:
        if f.kind == "name":
            if f.key not in nodes:
                nodes[f.key] = _Node(f.key)
            nodes[f.key].founds.append(f)
        else:
            by_key[(f.kind, f.key)].append(f)
    for (kind, _), group in sorted(by_key.items()):
        built.append(_build(kind, kind, group))
    groups = _merge_names(nodes, list(aligned))
    types = _cluster_types(nodes, groups)
    for root, keys in groups.members().items():
        if root in types:
            members = [f for k in keys for f in nodes[k].founds]
            known = {nodes[k].known[0] for k in keys if nodes[k].known}
            built.append(_build(types[root], "name", members, min(known) if known else None))
    built.sort(key=lambda e: (ENTITY_TYPES.index(e[0]), -e[4], e[1], e[2]))
    return tuple(
        Entity(i, name, type_, variants, mentions)
        for i, (type_, name, variants, mentions, _) in enumerate(built)
    )
