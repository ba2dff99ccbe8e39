"""Word lists by language, one module each (`en.py`), kept apart from the code that reads text.

A language module holds plain data: tuples, frozensets, dicts, and the few regex sources built
from them. `sentences`, `normalise`, `entities` and `documents` build their patterns and sets
from it, so adding a language is one new module defining the names `en` defines. A long one
keeps parts in modules of their own (`en_calendar.py`, `en_names.py`, `en_press.py`,
`en_spelling.py`), whose names it gives as its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of `words` literally, longest first ("sept" before
    "sep"). An empty group would match everywhere, so an empty list is refused."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    if not ordered or "" in ordered:
        raise ValueError("an alternation needs words, and no empty one")
    return "(?:" + "|".join(map(re.escape, ordered)) + ")"
