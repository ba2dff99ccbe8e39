"""English: the calendar's words (months, weekdays, relative dates, time zones), read as `en`'s.

Kept apart from `en.py`, which re-exports every name, so that each stays short enough to read
whole.
"""

from tui.core.lexicon import alternation

__all__ = [
    "AMBIGUOUS_MONTHS",
    "DATELINE_MONTH_ABBREVIATIONS",
    "DATE_LINE_WORDS",
    "DATE_PREPOSITIONS",
    "MID",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_MODIFIERS",
    "MONTH_NUMBERS",
    "MONTH_WORD",
    "ORDINAL_SUFFIXES",
    "RELATIVE_DATE_WORDS",
    "RELATIVE_PERIODS",
    "TIME_ZONES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_WORD",
    "ZONE_OFFSETS",
]

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NUMBERS = {**{name: n for n, name in enumerate(MONTHS, 1)}, **MONTH_ABBREVIATIONS}
# Abbreviated before a day in news style ("Sept. 19"); a "Mar." or "Jun." there is rarer than
# the word or the name it also is.
DATELINE_MONTH_ABBREVIATIONS = ("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec")
# Months that are also ordinary words: a date only with a day, a year, or a preposition before.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
DATE_PREPOSITIONS = frozenset(
    "in since until till of from by this through to on during before after early late".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
# Month and weekday names, full or short, each with an optional dot (for case-blind patterns).
MONTH_WORD = alternation((*MONTHS, *MONTH_ABBREVIATIONS)) + r"\.?"
WEEKDAY_WORD = alternation((*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)) + r"\.?"
# "early March", "last May", "mid-June"
MONTH_MODIFIERS = ("last", "next", "early", "late")
MID = "mid"
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")  # "19th September"
# What a date-only line may hold besides dates, times and zones: "on the 19th of September".
DATE_LINE_WORDS = ("at", "on", "the", "of")
# "last week", "this weekend": a date relative to the story's own.
RELATIVE_DATE_WORDS = ("last", "this", "next", "past")
RELATIVE_PERIODS = ("weekend", "week", "month", "year")
# Read as acronyms ("22:11 GMT") but no organisation; they may stand on a date-only line.
TIME_ZONES = frozenset(
    "gmt utc est edt cst cdt mst mdt pst pdt et pt cet cest bst ist jst aest".split()
)
# Hours from UTC of the zones copy gives a time in, where the name says which ("EDT", not "ET";
# "IST" is India's, Ireland's or Israel's): "5:57 a.m. EDT" is "0957 GMT".
ZONE_OFFSETS = {
    "gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "est": -5, "edt": -4, "cst": -6,
    "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "jst": 9, "aest": 10,
}  # fmt: skip
