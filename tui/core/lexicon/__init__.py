"""Word lists by language, one module each (`en.py`), kept apart from the code that reads text.

A language module holds plain data: tuples, frozensets, dicts, and the few regex sources built
from them. `sentences`, `normalise`, `entities` and `documents` build their patterns and sets
from it, so adding a language is one new module defining the names `en` defines. A long one
keeps parts in modules of their own (`en_calendar.py`, `en_kinds.py`, `en_names.py`,
`en_press.py`, `en_spelling.py`), whose names it gives as its own.
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


def narrow_classes(pattern: str) -> str:
    """`pattern` with each character class that mixes Latin-1 characters and a run or two of
    wider ones (’ – “) written as two: `[\\w’'.-]` as `(?:[\\w'.-]|(?>[’]))`, and `(?<![\\w’-])`
    as `(?<![\\w-])(?<![’])`. It matches what it did; but re compiles a class whose characters
    make more than two runs, one past Latin-1, into a 65,536-entry table, and a pattern holding
    a few such classes costs more to compile than matching an article with it. The wide part
    is an atomic group so that re's parser does not merge the two back into one class. Negated
    classes are left as they are."""
    out = []
    i = 0
    while found := _ESCAPE_OR_CLASS.search(pattern, i):
        out.append(pattern[i : found.start()])
        i = found.start()
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:
            end, items = _class_items(pattern, i + 1)
            parts = _split_class(items)
            opening = pattern[max(0, i - 5) : i]
            lookaround = next((o for o in ("(?<!", "(?!") if opening.endswith(o)), "")
            if not parts:
                out.append(pattern[i:end])
            elif (
                lookaround
                and pattern.startswith(")", end)
                and not opening[: -len(lookaround)].endswith("\\")
            ):
                # A negative lookaround: not one class and not the other, each in a lookaround.
                out.append(f"[{parts[0]}]){lookaround}[{parts[1]}]")
            else:
                out.append(f"(?:[{parts[0]}]|(?>[{parts[1]}]))")
            i = end
    out.append(pattern[i:])
    return "".join(out)


_ESCAPE_OR_CLASS = re.compile(r"[\\\[]")


_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


def _class_items(pattern: str, i: int) -> tuple[int, list[tuple[str, int, int]] | None]:
    """Where the class whose body starts at `i` ends (past its "]"), and its items as (source,
    first code point, last code point); an escape standing for a set (\\w, \\d) as (source, 0, 0).
    None for items when the class is negated or holds an escape this does not read."""
    items: list[tuple[str, int, int]] | None = []
    if pattern.startswith("^", i):
        items = None
        i += 1
    start = i
    while pattern[i] != "]" or i == start:
        item_start = i
        low, i = _class_char(pattern, i)
        high = low
        if pattern[i] == "-" and pattern[i + 1] != "]":
            high, i = _class_char(pattern, i + 1)
        if items is not None:
            if low is None or high is None:
                items = None
            else:
                items.append((pattern[item_start:i], low, high))
    return i + 1, items


def _class_char(pattern: str, i: int) -> tuple[int | None, int]:
    """The code point of the class member at `i` (0 for a set such as \\w or \\s, None for an
    escape this does not read), and where the member ends."""
    if pattern[i] != "\\":
        return ord(pattern[i]), i + 1
    escape = pattern[i + 1]
    if escape in _HEX_ESCAPES:
        end = i + 2 + _HEX_ESCAPES[escape]
        return int(pattern[i + 2 : end], 16), end
    if escape.isalnum():
        return (0 if escape in "wWdDsS" else None), i + 2
    return ord(escape), i + 2


def _split_class(items: list[tuple[str, int, int]] | None) -> tuple[str, str] | None:
    """The bodies of a class's Latin-1 part and of its wider part, when re would compile the
    class into a table and either part alone needs none."""
    if not items:
        return None
    sets = [item for item in items if item[0][:2] in _SETS]
    latin = sets + [item for item in items if item[2] < 256 and item not in sets]
    wide = [item for item in items if item[1] >= 256]
    if not latin or len(_runs(wide)) not in (1, 2) or len(latin) + len(wide) < len(items):
        return None  # (a range across Latin-1's end is left whole)
    if len(_runs(items)) <= 2:
        return None
    body = "".join(item[0] for item in latin)
    if body.startswith("^"):  # not first in the class it came from: no negation here either
        body = "\\" + body
    return body, "".join(item[0] for item in wide)


def _runs(items: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """The class members (sets such as \\w aside) grouped into runs of adjacent characters."""
    runs: list[list[tuple[str, int, int]]] = []
    last = -2
    for item in sorted(item for item in items if item[0][:2] not in _SETS):
        if item[1] > last + 1:
            runs.append([])
        runs[-1].append(item)
        last = max(last, item[2])
    return runs


_SETS = frozenset({"\\w", "\\W", "\\d", "\\D", "\\s", "\\S"})


def compile_narrow(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with its wide classes narrowed (see `narrow_classes`): the
    same pattern, compiled for a fraction of the cost."""
    return re.compile(narrow_classes(pattern), flags)
