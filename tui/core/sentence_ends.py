"""Where a sentence ends inside a line: at a terminator, unless an abbreviation, an initial, a
number or a quote's attribution says otherwise; a run without one is cut at a space. (A line
break always ends a sentence: `sentences` splits the lines.)"""

from __future__ import annotations

import re
from functools import cache

from tui.core.lexicon import alternation, compile_narrow, en, narrow_classes

# A longer run without a terminator is cut at a space, so later stages stay bounded.
MAX_SENTENCE_CHARS = 2000
_NON_SPACE = re.compile(r"\S")
_SPACE_RUN = re.compile(r"\s+")

_CJK_CLOSERS = "」』】〕〉》）］｝"
CLOSERS = "\"'”’»›)\\]}" + _CJK_CLOSERS
_OPENERS = "\"'“‘«‹(\\[{「『【〔〈《（［｛"
_OPENER_SET = frozenset(_OPENERS)
_QUOTES = "\"'”’»›」』"
_STRAY = ".,;:!?…”’»›)\\]}" + _CJK_CLOSERS  # what cannot open a sentence
# CJK, Arabic, Urdu and Devanagari stops end a sentence even with no space after them.
_HARD_STOPS = "。！？｡؟۔।॥"
_SOFT_STOPS = ".!?…"
STOPS = _SOFT_STOPS + _HARD_STOPS


def _terminator(hard: str, closers: str, stray: str) -> re.Pattern[str]:
    """Terminators, with the hard stops, closing marks and stray marks given: where a line holds
    none of the CJK ones, a pattern without them does, with fewer of the classes re compiles
    into a 65,536-entry table (it does so for a class holding many runs of wide characters)."""
    stops = _SOFT_STOPS + hard
    return re.compile(
        # The first stop of a run: starting with a character class lets the engine skip to
        # candidates fast, and the lookbehind (no stop before the one just read) fails at once
        # inside a run, so runs of dots stay linear. The classes after it are narrowed (cheaper
        # to compile, and tried at candidates only).
        rf"[{stops}]"
        + narrow_classes(
            rf"(?<![{stops}].)(?:"
            # . ! ? … attached to a word (French puts a space before ! and ?), maybe closed by
            # quotes or brackets (French: a space before »), then a space or the end of the line,
            # but not before a lower-case word or stray punctuation (". ."): cheap here, common
            # in prose.
            rf"(?:(?<=\S[{_SOFT_STOPS}])|(?<=\S[ \u00a0\u202f][!?]))[{_SOFT_STOPS}]*+"
            rf"(?P<close>(?:[{closers}]|[ \u00a0\u202f](?=[»›]))*+)(?=\s|\Z)(?!\s++[a-z{stray}])"
            # Or a run holding a hard stop, with any closing quotes or brackets (none without).
            + (
                rf"|(?P<hard>(?:(?<=[{hard}])|[{_SOFT_STOPS}]*+[{hard}])[{stops}]*+[{closers}]*+))"
                if hard
                else "|(?P<hard>(?!)))"
            )
        )
    )


_TERMINATOR = _terminator("", CLOSERS.removesuffix(_CJK_CLOSERS), _STRAY.removesuffix(_CJK_CLOSERS))
# (A class searched for, not a set of characters: a set is tried character by character.)
_CJK_MARK = re.compile(f"[{_HARD_STOPS}{_CJK_CLOSERS}]")


@cache
def _cjk_terminator() -> re.Pattern[str]:
    """Terminators in a line holding a hard stop or a CJK closing mark: compiled for the first."""
    return _terminator(_HARD_STOPS, CLOSERS, _STRAY)


# What follows a candidate terminator: bounded so a long run of symbols costs nothing.
_FOLLOWING = re.compile(r"\s*(?P<lead>[^\w\s]{0,8})(?P<word>\w{0,30})")


@cache
def _attribution() -> re.Pattern[str]:
    """ "Blinken asked" after a quote that ends in ? or !: compiled at the first such quote."""
    return compile_narrow(
        rf"\s*(?:[\w’'.-]+\s+){{0,4}}?{alternation(en.SPEECH_VERBS)}\b", re.IGNORECASE
    )


# " date 2023-09-19 The…": a scraper's metadata token glued before the first sentence.
_METADATA_TOKEN = compile_narrow(
    rf"(?:{alternation(en.METADATA_KEYS)}\s*[:=]?\s*)?"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?=\s+(?:[^\W\d_]|[“\"‘«(]))",  # words follow: a lone date and time are one timestamp
    re.IGNORECASE,
)
_BULLET_NUMBER = re.compile(r"\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]|[^\W\d_]")  # U.S, a.m, D.C, the F of John F.

# A clock time's "a.m"/"p.m" before its full stop, and a bracket closing with no stop inside.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}(?::\d\d)?\s?[ap]\.m\Z", re.IGNORECASE)
_CLOCK_CHARS = len("12:00 a.m")
_ASIDE = compile_narrow(rf"\s*\([^()]{{1,60}}(?<![{_SOFT_STOPS}])\)")

_MONTHS = frozenset(en.MONTH_ABBREVIATIONS)  # "Sept. 19", and "in Sept. The talks…"


# A sentence as (start, end, is_metadata_token).
Piece = tuple[int, int, bool]


def segment_line(line: str, offset: int) -> list[Piece]:
    """The sentences of one line, with offsets into the whole text (the line starts at offset)."""
    first = _NON_SPACE.search(line)
    if first is None:
        return []
    start, end = first.start(), len(line.rstrip())
    spans: list[Piece] = []
    metadata = _METADATA_TOKEN.match(line, start)
    if metadata:
        spans.append((start, metadata.end(), True))
        start = _NON_SPACE.search(line, metadata.end()).start()
    terminator = _cjk_terminator() if _CJK_MARK.search(line) else _TERMINATOR
    for match in terminator.finditer(line, start, end):
        if not _ends_sentence(line, match, start):
            continue
        spans.extend(_capped(line, start, match.end()))
        following = _NON_SPACE.search(line, match.end(), end)
        if following is None:
            break
        start = following.start()
    else:
        spans.extend(_capped(line, start, end))
    return [(offset + s, offset + e, meta) for s, e, meta in spans]


def _capped(line: str, start: int, end: int) -> list[Piece]:
    """Cut a piece longer than MAX_SENTENCE_CHARS at its last space before the cap."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS + 1
        space = _SPACE_RUN.search(line[start:limit][::-1])  # the window's last space run
        if space is None:  # no space at all: cut at the cap
            pieces.append((start, limit - 1, False))
            start = limit - 1
            continue
        pieces.append((start, limit - space.end(), False))
        # The next piece starts at the next word: the space run may go on past the window.
        start = _NON_SPACE.search(line, limit - space.start(), end).start()
    pieces.append((start, end, False))
    return pieces


def _ends_sentence(line: str, match: re.Match[str], sentence_start: int) -> bool:
    if match["hard"] is not None:
        return True
    lead, word = _FOLLOWING.match(line, match.end()).group("lead", "word")
    if word[:1].islower():
        return False
    if not lead:
        if not word:
            return True
        opens = False
    elif lead[0] in _STRAY:
        return False  # stray punctuation (". .") stays with its sentence
    else:
        opens = not _OPENER_SET.isdisjoint(lead)
    term = line[match.start() : match.start("close")]
    if term != ".":
        # “…?” Blinken asked: after a full stop the writer chose to end, after ? or ! not.
        quoted = not opens and any(c in _QUOTES for c in match["close"])
        return not (quoted and _attribution().match(line, match.end()))
    if opens and _clock_aside(line, match, sentence_start):
        return False
    previous = _previous_word(line, match.start(), sentence_start)
    starts = match.start() - len(previous) == sentence_start
    return _period_ends(previous, word, opens, at_sentence_start=starts)


def _clock_aside(line: str, match: re.Match[str], sentence_start: int) -> bool:
    """ "the 2:00 p.m. (Central Daylight Time) advisory": after a clock time, a bracket closing
    without a stop of its own names its zone, an aside; "(Results are due at midnight.)" is a
    sentence of its own."""
    time = _CLOCK.search(line, max(sentence_start, match.start() - _CLOCK_CHARS), match.start())
    return time is not None and _ASIDE.match(line, match.end()) is not None


def _previous_word(line: str, end: int, sentence_start: int) -> str:
    chunk = line[max(sentence_start, end - 40) : end]
    words = chunk.split()
    return words[-1] if words and not chunk[-1].isspace() else ""


def _period_ends(previous: str, word: str, opens: bool, *, at_sentence_start: bool) -> bool:
    """Whether a full stop after `previous`, followed by `word`, ends the sentence."""
    if at_sentence_start and _BULLET_NUMBER.fullmatch(previous):
        return False  # "1. " opening a numbered item
    core = previous.lstrip(_OPENERS)
    key = core.lower()
    if key in en.NEVER_FINAL:
        return False
    if (key in en.BEFORE_NUMBER or key in _MONTHS) and word[:1].isdigit():
        return False  # No. 5, Sept. 19
    if key in en.AMBIGUOUS_ABBREVIATIONS or key in _MONTHS or _INITIALISM.fullmatch(core):
        # A bracket opening on a figure is an aside: "3:40 a.m. (0040 GMT)".
        return (opens and not word[:1].isdigit()) or word in en.SENTENCE_STARTERS
    return True
