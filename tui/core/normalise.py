"""Word tokens with offsets, and the normal forms that alignment and word diffs compare."""

from __future__ import annotations

import re
from functools import cache, lru_cache

# A word: letters/digits, with inner apostrophes, dots (U.S.) or decimal points kept; hyphens
# split, so "Vice-President" meets "Vice President" and "US-China" meets "US and China".
_WORD = re.compile(r"\w+(?:[’'.,]\w+)*")
# Chinese and Japanese write without spaces: each ideograph or kana is a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FIRST_CJK = "\u3040"
_ASIDE = re.compile(r"\([^()]*\)")


@cache
def _cjk_word() -> re.Pattern[str]:
    """_WORD that also takes each CJK character as a word: for text holding one, compiled then
    (its classes span 28,000 characters: 5 ms to compile, more than tokenising an article)."""
    return re.compile(rf"[{_CJK}]|[^\W{_CJK}]+(?:[’'.,][^\W{_CJK}]+)*")


NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
}  # fmt: skip

# Words news copy uses interchangeably for one thing or one act: a careful reader's
# equivalences, compared as one term by the alignment (never by the word diff).
_EQUIVALENTS = {
    "us": "u.s u.s. usa america american americans washington",
    "china": "chinese beijing sino prc",
    "say": "says said saying told tell tells declared declares stated states added adds "
    "explained argued noted remarked insisted affirmed asserted announced",
    "meet": "met meets meeting meetings talks talk discussions discussion summit summits "
    "negotiations conversation",
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
    "injure": "injured injuring injuries injury wounded wounding",
    "earthquake": "earthquakes quake quakes temblor",
    "expect": "expects expected expecting",
    "confirm": "confirmed confirms confirmation",
    "official": "officials representative representatives",
    "percent": "%",
}
# Past forms that no suffix rule reaches: "led" is "lead", "held" is "hold". Light verbs
# (take, make, give) are left out: "took place" would tie every venue to every meeting.
_IRREGULAR = {
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
SYNONYMS = {
    **{word: base for base, forms in _IRREGULAR.items() for word in forms.split()},
    # Each term stands for itself too: "official" is "officials", not cut to "officia".
    **{term: term for term in _EQUIVALENTS},
    **{word: term for term, words in _EQUIVALENTS.items() for word in words.split()},
}

STOP_WORDS = frozenset(
    """a an the and or but if of to in on at by for from with as is are was were be been being
    that this these those it its it's he she they them his her their we our us you your i me my
    not no nor so than then there here which who whom whose what when where why how all any both
    each few more most other some such only own same too very can will would should could may
    might must shall do does did done has have had having also just about into over after before
    between through during under again further once up down out off above below while because
    until against among per via mr mrs ms dr since however whether instead already still yet
    now meanwhile even though although thus therefore moreover furthermore additionally
    subsequently currently like likely unlike""".split()
)

_NUMBER_FORMS = frozenset(NUMBER_WORDS.values())
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


# Slots, not a NamedTuple: align and wordiff read these fields tens of thousands of times, and
# a slot is read faster. A plain class, as `dataclass(slots=True)` would write it, without the
# ~10 ms that importing `dataclasses` costs every run.
class Token:
    __slots__ = ("aside", "capitalised", "end", "norm", "start", "surface")

    def __init__(
        self, start: int, end: int, surface: str, norm: str, capitalised: bool, aside: bool
    ) -> None:
        self.start = start  # offsets into the text the token was found in
        self.end = end
        self.surface = surface
        self.norm = norm  # compared by word diffs: lowercase, straight quotes, numbers as digits
        self.capitalised = capitalised  # starts upper-case (a name, or a sentence's first word)
        self.aside = aside  # inside brackets: "Bali (Indonesia)", "APEC (Asia-Pacific …)"


@lru_cache(maxsize=1 << 16)
def normal_form(word: str) -> str:
    word = word.translate(_QUOTES).lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(",", "") if word.replace(",", "").isdigit() else word
    return NUMBER_WORDS.get(word, word)


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of `text`; offsets are shifted by `offset` (the text's start in its version)."""
    found = []
    words = _WORD if text.isascii() or max(text) < _FIRST_CJK else _cjk_word()
    # Bracketed spans in order, walked beside the words: (start, end) of the next one ahead.
    asides = _ASIDE.finditer(text) if "(" in text else iter(())
    bracket = next(asides, None)
    for match in words.finditer(text):
        word = match.group()
        at = match.start()
        while bracket is not None and bracket.end() <= at:
            bracket = next(asides, None)
        aside = bracket is not None and bracket.start() < at
        start = at + offset
        found.append(
            Token(start, start + len(word), word, normal_form(word), word[0].isupper(), aside)
        )
    return found


def shifted(found: list[Token], by: int) -> list[Token]:
    """The same tokens `by` characters further on: a sentence met again elsewhere, not
    tokenised again."""
    return [
        Token(t.start + by, t.end + by, t.surface, t.norm, t.capitalised, t.aside) for t in found
    ]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A term for alignment: equivalents merged, inflections cut, long words truncated so
    'relationship'/'relations' and 'responsibly'/'responsible' meet."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    return SYNONYMS.get(word, word[:STEM_LENGTH])


STEM_LENGTH = 7
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""), ("edly", ""), ("ed", ""),
    ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ly", ""), ("ss", "ss"),
    ("us", "us"), ("is", "is"), ("s", ""),
)  # fmt: skip


Term = tuple[str, bool, bool]  # (stem, is_name, in_background)


def content_terms(sentence_tokens: list[Token]) -> list[Term]:
    """The terms alignment scores: stop words dropped, 'United States' as 'us', 'Group of 20'
    and 'G-20' as 'g20', 'did not attend' as 'absent'. Each term says whether it is a name and
    whether it is background, which weighs less: it stands in a clause giving context
    ('after…', 'following…'), where two reports of different news can share what they give,
    or in brackets, an aside ('Bali (Indonesia)') that one report adds and another leaves out."""
    terms: list[Term] = []
    norms = [token.norm for token in sentence_tokens]
    background = False
    skip = 0
    for i, token in enumerate(sentence_tokens):
        if skip:
            skip -= 1
            continue
        norm = norms[i]
        background = background or norm in _BACKGROUND_MARKERS
        in_background = background or token.aside
        if norm in _JOINED_NAME_STARTS:
            joined, skip = _joined_name(norm, norms[i + 1 : i + 3])
            if joined:
                terms.append((joined, True, in_background))
                continue
        if norm in STOP_WORDS and not (token.surface.isupper() and len(norm) > 1):
            continue
        is_name = token.capitalised and i > 0 and norm not in _NUMBER_FORMS
        term = stem(norm)
        if term == "attend" and _NEGATIONS.intersection(norms[max(0, i - 2) : i]):
            term = "absent"
        terms.append((term, is_name, in_background))
    return terms


# Words that open a clause giving the news's cause or context, to the sentence's end.
_BACKGROUND_MARKERS = frozenset({"after", "following", "amid", "because"})
# "did not attend" says what "absence" says; "never attended", "didn't participate" too.
_NEGATIONS = frozenset({"not", "never", "didn't", "won't", "wouldn't", "doesn't", "nor"})
_JOINED_NAME_STARTS = frozenset({"united", "group", "g"})
_GROUPS = frozenset({"7", "8", "20", "77"})  # G7, G8, G20, G77


def _joined_name(norm: str, following: list[str]) -> tuple[str | None, int]:
    """A name written as several words, as one term, and how many words it takes after `norm`:
    'United States' as 'us', 'Group of 20' and 'G-20' (hyphens split words) as 'g20'."""
    if norm == "united" and following[:1] in (["states"], ["nations"]):
        return ("us" if following[0] == "states" else "un"), 1
    if norm == "group" and len(following) == 2 and following[0] == "of":
        number, taken = following[1], 2
    elif norm == "g" and following:
        number, taken = following[0], 1
    else:
        return None, 0
    return ("g" + number, taken) if number in _GROUPS else (None, 0)
