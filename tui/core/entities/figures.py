"""Dates and numbers found by pattern in one sentence, outside the spans names took."""

import re
from collections.abc import Iterator

from tui.core.entities.gazetteer import common_words
from tui.core.entities.patterns import (
    CASE_FOLDS,
    DATE,
    MONTH_NAMES,
    NUMBER,
    SCALES,
    UNIT_WORDS,
)
from tui.core.entities.records import (
    Found,
    figure_found,
)
from tui.core.lexicon.en import (
    AMBIGUOUS_MONTHS,
    DATE_PREPOSITIONS,
    FUNCTION_WORDS,
    MONTH_NUMBERS,
    MULTIPLIERS,
    NUMBER_WORDS,
    NUMBERED_HEADS,
)


def outside(matches: Iterator[re.Match], taken: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The matches that overlap no span of `taken` (sorted, apart): both run left to right,
    so one walk along the spans checks them all."""
    spans = iter(taken)
    span_start, span_end = next(spans, NO_SPAN)
    for m in matches:
        start, end = m.span()
        while span_end <= start:
            span_start, span_end = next(spans, NO_SPAN)
        if span_start >= end:
            yield m


NO_SPAN = (float("inf"), float("inf"))
APOSTROPHE = re.compile("['’]")


def find_dates(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Dates; their spans, and clock times', are added to `taken`."""
    found = []
    for m in DATE.finditer(text):
        kind = m.lastgroup  # the reading that matched: its group closes after those inside it
        if kind == "time":  # clock times are not entities, but their digits are no numbers either
            taken.append(m.span())
            continue
        key = _date_key(kind, m, text)
        if key is not None:
            start, end = m.span()
            taken.append((start, end))
            found.append(figure_found("date", key, start, end, m.group()))
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
        return None if following and following[0].lower() in UNIT_WORDS else m["year_y"]
    if kind == "month":
        name, year = m["month_mon"], m["month_y"]
        if name.lower() in AMBIGUOUS_MONTHS and not (m["month_mod"] or year):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if not before or before[-1].lower() not in DATE_PREPOSITIONS:
                return None
        month = _month_number(name)
        return f"{MONTH_NAMES[month]} {year}" if year else MONTH_NAMES[month]
    month, day, year = _month_number(m[f"{kind}_mon"]), int(m[f"{kind}_d"]), m[f"{kind}_y"]
    return f"{year}-{month:02}-{day:02}" if year else f"{MONTH_NAMES[month]} {day}"


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def find_numbers(
    text: str, taken: list[tuple[int, int]], in_names: list[tuple[int, int]] | None
) -> list[Found]:
    """Numbers outside `taken`; the spans of those that are part of a name go to `in_names`,
    when it is given (not for a text in capitals, where the word before tells no name)."""
    found = []
    for m in outside(NUMBER.finditer(text), taken):
        if m["word"] and not (m["unit"] or m["scale"]):
            continue  # "two countries" is not a fact to check; "two days" is
        start, end = m.span()
        if (
            in_names is not None
            and start > 1
            and text[start - 2].isalpha()
            and _names_a_number(text, start, end, m[0])
        ):
            in_names.append((start, end))  # "France 24", "Apollo 11"
            continue
        found.append(figure_found("number", _number_key(m), start, end, m.group()))
    return found


def _names_a_number(text: str, start: int, end: int, number: str) -> bool:
    """A bare number right after a name word that is no common word, or that ends a longer
    name, or a head word that numbers name ("France 24", "Apollo 11", "Machinists Local 1187",
    "Route 66"), not a score ("Madrid 2-1", "Almarense 4:3"), nor "Chapter 11", which may be
    a chapter."""
    if not number.isdigit() or text[end : end + 1] in _SCORE_SIGNS:
        return False
    before = word_before(text, start)
    if not (before[:1].isupper() and before.isalpha()) or before.casefold() in MONTH_NUMBERS:
        return False
    lower = before.casefold()
    if lower not in common_words() or lower in NUMBERED_HEADS:
        return True
    earlier = word_before(text, start - len(before) - 1)
    return earlier[:1].isupper() and earlier.isalpha() and earlier.casefold() not in FUNCTION_WORDS


_SCORE_SIGNS = ("-", "–", ":")


def _number_key(m: re.Match) -> str:
    # The pattern ignores case, so "ſix" and "thouſand" match: read as "six" and "thousand".
    word, mult, scale, unit = (
        group and group.translate(CASE_FOLDS).lower()
        for group in m.group("word", "mult", "scale", "unit")
    )
    if m["digits"]:
        value = float(m["digits"].replace(",", ""))
    else:
        value = float(sum(NUMBER_WORDS[p] for p in word.split("-")))
    if mult:
        value *= MULTIPLIERS[mult]
    shown = f"{value:.10g}"
    scale = f" {SCALES[scale]}" if scale else ""
    unit = f" {_unit_lemma(unit)}" if unit else ""
    return f"{m['cur'] or ''}{shown}{scale}{unit}"


def _unit_lemma(unit: str) -> str:
    if unit == "%" or unit.replace(" ", "") == "percent":
        return "%"
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    if unit.endswith("s") and not unit.endswith("ss"):
        return unit[:-1]
    return unit


def word_before(text: str, start: int) -> str:
    """The word just before `start`, when only a space stands between them."""
    if start < 2 or text[start - 1] != " ":
        return ""
    return text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
