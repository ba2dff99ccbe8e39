"""A time of day as one figure, as reporters write it in every style ("5:57 a.m. EDT", "0957
GMT", "5.57am", "2 p.m."), in 24 hours and, where its zone is given, in UTC, so that one time
told two ways is no disagreement to word diffs (`substitutions`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tui.core.lexicon import en
from tui.core.normalise import Token


def clock_time(found: Sequence[Token]) -> tuple[str | None, int]:
    """The time of day the tokens `found` open with, as a term ("05:57", or "09:57utc" with a
    zone), and how many words after the first it takes; None where they open with none.

    A figure is a time only with "a.m."/"p.m." or a zone after it: a bare "5:57" may be a
    score, "10-12" a range, "0957" a year."""
    words = [token.norm for token in found[:4]]
    joined = [a.end + 1 == b.start for a, b in pairwise(found[:4])]  # "5:57": one apart
    first = words[0]
    glued = _GLUED.fullmatch(first)
    if glued:  # "5.57am", "2pm"
        hour, minute, taken, half = int(glued[1]), int(glued[2] or 0), 0, glued[3]
    elif not first.isdecimal() or len(first) > 4:  # (int() reads no "²", nor a long run)
        return None, 0
    elif len(first) <= 2 and len(words) > 1 and joined[0] and _MINUTES.fullmatch(words[1]):
        hour, minute, taken, half = int(first), int(words[1]), 1, None  # "5:57", "5.57"
    elif len(first) == 4:  # "0957 GMT"
        hour, minute, taken, half = int(first[:2]), int(first[2:]), 0, None
    else:  # "2 p.m."
        hour, minute, taken, half = int(first), 0, 0, None
    following = words[taken + 1 : taken + 3]
    if half is None and following and following[0] in _HALF_DAYS:
        half, following, taken = following[0], following[1:], taken + 1
    zone = following[0] if following and following[0] in en.ZONE_OFFSETS else None
    if (half is None and zone is None) or (half is not None and len(first) == 4):
        return None, 0
    if half is not None:
        if not 1 <= hour <= 12:
            return None, 0
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None, 0
    if zone is None:
        return f"{hour:02d}:{minute:02d}", taken
    at = (hour * 60 + minute - en.ZONE_OFFSETS[zone] * 60) % (24 * 60)
    return f"{at // 60:02d}:{at % 60:02d}{UTC}", taken + 1


def minutes(term: str) -> tuple[int, bool] | None:
    """A clock term's minutes after midnight and whether they are UTC's; None for any other."""
    found = _TERM.fullmatch(term) if ":" in term else None
    return (int(found[1]) * 60 + int(found[2]), bool(found[3])) if found else None


UTC = "utc"
_HALF_DAYS = frozenset({"a.m", "p.m", "am", "pm"})
_GLUED = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?([ap]m)")
_MINUTES = re.compile(r"[0-5]\d")
_TERM = re.compile(rf"(\d\d):(\d\d)({UTC})?")
