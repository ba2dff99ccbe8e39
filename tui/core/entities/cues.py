"""What stands around a capitalised run says what it names: a title or "by" before it, a
preposition, a verb of winning, a class word ("Hurricane", "USS"), a wire's dateline, a known
place or a word like "province" after it; and where a name ends before a word the story writes
lowercase."""

import re

from tui.core.entities.figures import word_before
from tui.core.entities.gazetteer import known, spelling_key
from tui.core.entities.patterns import (
    AWARD_WEIGHT,
    BYLINE_WEIGHT,
    HEAD_WORD_WEIGHT,
    HEAD_WORDS,
    LOWER_WORD,
    MAX_ACRONYM,
    PLACE_NOUN_AFTER,
    TITLE_WEIGHT,
    WEAK_WEIGHT,
)
from tui.core.entities.records import Found, Token
from tui.core.lexicon import compile_narrow
from tui.core.lexicon.en import (
    AWARD_VERBS,
    BYLINE_WORD,
    CLASS_NOUN_TAILS,
    CLASSES,
    DATELINE_TAIL,
    FUNCTION_WORDS,
    PLACE_PREPOSITIONS,
    STORM_CLASSES,
    TITLES,
    VEHICLE_CLASSES,
    VEHICLE_CUES,
    WORK_CUES,
)

PERSON = ("person", TITLE_WEIGHT)  # what a title says of the name after it
BYLINE = ("person", BYLINE_WEIGHT)  # and "by"
AWARD = ("event", AWARD_WEIGHT)  # and "won the"
CREDIT = ("organisation", HEAD_WORD_WEIGHT)  # and a dateline's "(Reuters) -"
DATELINE = ("place", HEAD_WORD_WEIGHT)  # and a dateline's "CAPE CANAVERAL, Fla. -"
# What a class word says of the name after it, as strongly as a title: "Hurricane Dolly", "the
# shuttle Atlantis" (a town's name too: the class word outweighs it).
STORM = ("event", TITLE_WEIGHT)
VEHICLE = ("vehicle", TITLE_WEIGHT)


def context_cue(
    text: str,
    words: list[Token],
    span: tuple[int, int],
    following: tuple[int, int] | None,
    role_end: int | None,
    last: int,
    place_end: int,
) -> tuple[str, int] | None:
    """What stands around a run says about it: a role before it, what follows it, or a list
    of places it closes ("in Anchorage and Juneau.", not "in Beijing and Blinken said").
    `last` is where the run before ends; `place_end` where the last placed name ends."""
    first, end = words[span[0]], words[span[1] - 1].end
    cue = _run_cue(text, first.start, role_end)
    if cue == AWARD and _noun_after(text, end):
        cue = None  # "won the Democratic nomination": an adjective
    elif (
        cue is None
        and text[first.start - 1 : first.start] == "("
        and _credited(text, first.start, end)
    ):
        return CREDIT
    if cue is None or cue[1] <= WEAK_WEIGHT:
        after = _place_after(text, end, words, following)
        if after:
            return after
    if (
        cue is None
        and place_end == last
        and span[1] == span[0] + 1
        and text[last : first.start] in (" and ", ", ")
        and text[end : end + 1] in _LIST_END
    ):
        return ("place", WEAK_WEIGHT)
    return cue


def _noun_after(text: str, end: int) -> bool:
    """Whether a lowercase word other than a function word follows `end`."""
    if text[end : end + 1] != " ":
        return False
    after = LOWER_WORD.match(text, end + 1)
    return after is not None and after[0] not in FUNCTION_WORDS


def _credited(text: str, start: int, end: int) -> bool:
    """A name in brackets after a dateline's place or date, before its dash, is the agency it
    credits: "LONDON (Reuters) -", "ALVORADA, Portugal, Sept 20 (Atlas) -"."""
    before = text[start - 3 : start - 1]  # "0 (", "N ("
    return (
        before[1:] == " "
        and (before[0].isdigit() or before[0].isupper())
        and text[end : end + 2] == ") "
        and text[end + 2 : end + 4] in _DASHES
    )


_DASHES = ("- ", "– ", "— ")


def _run_cue(text: str, start: int, role_end: int | None) -> tuple[str, int] | None:
    """What stands before a run says about it: a bare role and a comma make it a person."""
    if role_end is not None and text[role_end:start] == ", ":
        return PERSON
    word = word_before(text, start)
    if word == "the" and word_before(text, start - 4) in AWARD_VERBS:
        return AWARD
    return cue_before(word)


def _place_after(
    text: str, end: int, words: list[Token], following: tuple[int, int] | None
) -> tuple[str, int] | None:
    """What follows a name says it is a place: a known country or state after a comma
    ("Kenai, Alaska", not "Wang, China's diplomat"), or a word like "province" ("Al Haouz
    province")."""
    if following and text[end : end + 2] == ", " and words[following[0]].start == end + 2:
        last = words[following[1] - 1].end
        if text[last : last + 2] not in ("’s", "'s"):
            place = known(spelling_key(text[end + 2 : last]))
            if place and place[1] == "place" and place[2]:
                return ("place", HEAD_WORD_WEIGHT)
        return None
    if PLACE_NOUN_AFTER.match(text, end):
        return ("place", HEAD_WORD_WEIGHT)
    return None


def cue_before(word: str) -> tuple[str, int] | None:
    """What a lowercase word before a name says about it ("spokesman", "by", "in")."""
    if word in TITLES:
        return PERSON
    if word == BYLINE_WORD:
        return BYLINE
    if word in PLACE_PREPOSITIONS:
        return ("place", WEAK_WEIGHT)
    if word in WORK_CUES:
        return ("work", TITLE_WEIGHT)
    if word in VEHICLE_CUES:
        return VEHICLE
    if word in STORM_CLASSES:
        return STORM
    if word in AWARD_VERBS:  # "wins Golden Lighthouse" in a headline
        return AWARD
    return None


_LIST_END = ("", ".", ",", ";", ":", ")")


CLASS_OPENERS = frozenset(phrase.split()[0] for phrase in CLASSES)


def classed(run: list[Token]) -> tuple[int, tuple[str, int]] | None:
    """A run opening with a class word and a name, "Space Shuttle Atlantis", "Tropical Storm
    Fay": where that name ends and what the class makes it. A storm's name is one word
    ("Hurricane Dolly Makes Landfall"), a craft's the rest of the run ("USS Gerald R. Ford").
    None when the word after the class word makes a common noun of it ("the Shuttle Program")
    or the run is a longer name holding a storm's ("Hurricane Katrina Relief Fund")."""
    words = [w.lower for w in run]
    size = class_size(words)
    if not size or size >= len(run) or run[-1].lower in HEAD_WORDS:
        return None
    name = run[size]
    if name.title or name.connector or name.lower in CLASS_NOUN_TAILS:
        return None
    if " ".join(words[:size]) in STORM_CLASSES:
        return size + 1, STORM
    return len(run), VEHICLE


def class_size(words: list[str]) -> int:
    """How many of the lowercase `words` the class word they open with takes, the longest
    ("space shuttle atlantis": 2, "tropical storm fay": 2, "uss cole": 1); 0 for none."""
    sizes = range(min(3, len(words)), 0, -1)
    return next((size for size in sizes if " ".join(words[:size]) in CLASSES), 0)


def dateline_end(text: str, words: list[Token], opening: int) -> int:
    """Where the wire's dateline a sentence opens with ends: the place it files from in
    capitals, maybe its region after a comma and its agency in brackets, then a dash and the
    story ("CAPE CANAVERAL, Fla. -- Wrapping up", "LONDON (Reuters) - British"); -1 when it
    opens with none ("NATO - the alliance", "NAVIAS: ...")."""
    if words[0].start != opening:
        return -1
    j = 1
    while j < len(words) and words[j].joined and words[j].all_caps:
        j += 1
    if j == 1 and len(words[0].text) <= MAX_ACRONYM and known(words[0].lower) is None:
        return -1  # an acronym opening the story ("NASA - "), not a place
    tail = _DATELINE_TAIL.match(text, words[j - 1].end)
    return tail.start(1) if tail else -1


_DATELINE_TAIL = compile_narrow(DATELINE_TAIL)  # after the place


def dateline_cue(text: str, word: Token, cue: tuple[str, int] | None) -> tuple[str, int] | None:
    """A dateline names where the story was filed, a place and its region, except the agency
    in its brackets."""
    return cue if text[word.start - 1 : word.start] == "(" else DATELINE


def head_ended(found: Found, ordinary: frozenset[str]) -> Found:
    """A name ends at its head word when the capitalised word after it is one the story writes
    lowercase: "the International Space Station Shuttles deployed" lost the full stop before
    "Shuttles" ("the five shuttles traveled"), as "the City Police Officers said" names the
    police."""
    (s1, e1), (s2, e2), (s3, e3) = found.words[-3:]
    text = found.text
    if text[s3:e3].casefold() not in ordinary:
        return found
    head = text[s2:e2].casefold()
    if head not in HEAD_WORDS and f"{text[s1:e1]} {head}".casefold() not in VEHICLE_CLASSES:
        return found
    return found._replace(
        key=spelling_key(text[:e2]), end=found.start + e2, text=text[:e2], words=found.words[:-1]
    )


def contact_names(text: str, names: list[Found]) -> list[Found]:
    """A contact line names the person its e-mail address spells, then their office: one run
    where the copy lost the comma between them ("Candrea Thomas Kennedy Space Center, Fla
    321-867-2468 candrea.k.thomas@nasa.gov"), split after the surname the address ends with."""
    surname = _MAIL_SURNAME.search(text, 0, text.find("@"))
    if surname is None:
        return names
    split = []
    for found in names:
        words = [found.text[s:e].casefold() for s, e in found.words]
        at = words.index(surname[0], 1) if surname[0] in words[1:-1] else 0
        if not at:
            split.append(found)
            continue
        (_, end), (start, _) = found.words[at], found.words[at + 1]
        person, office = found.text[:end], found.text[start:]
        split.append(
            found._replace(
                key=spelling_key(person), end=found.start + end, text=person, cue=PERSON,
                words=found.words[: at + 1],
            )
        )  # fmt: skip
        shifted = tuple((s - start, e - start) for s, e in found.words[at + 1 :])
        split.append(
            found._replace(
                key=spelling_key(office), start=found.start + start, text=office, cue=None,
                words=shifted, initial=False,
            )
        )  # fmt: skip
    return split


_MAIL_SURNAME = re.compile(r"[a-z]+$")  # the last part of an address's name: "k.thomas@"


def untitled(found: Found) -> bool:
    """A full name with no title nor acronym among its words ("Kyle Herring", not "Vice
    President Meet" nor "MODIS Direct Broadcast")."""
    words = [found.text[start:end] for start, end in found.words]
    return (
        len(words) > 1
        and not any(word.isupper() for word in words)
        and TITLES.isdisjoint(word.casefold() for word in words)
    )
