"""What a text says about itself: the outlet or authors (its label), its headline and date."""

from __future__ import annotations

import functools
import re

from tui.core.lexicon import alternation, compile_narrow, en
from tui.core.sentences import boilerplate_kind

_CANONICAL = {
    name: label
    for label, names in (*en.NEWS_AGENCIES.items(), *en.NEWS_OUTLETS.items())
    for name in names
}


def _outlet(text: str) -> str:
    """The outlet names `text` holds, as an alternation ("" when it names none, as a word end:
    "AP" in "APEC" is none). The patterns below are built from these alone, as a line names an
    outlet or two and a pattern holding every name is long to compile (a name the line lacks
    cannot match in it); re's own cache keeps each for the next line naming the same ones."""
    names = [name for name in _CANONICAL if name in text]
    outlet = alternation(names) + r"\b" if names else ""
    return outlet if outlet and re.search(outlet, text) else ""


def _outlet_list(outlet: str) -> str:
    return rf"{outlet}(?:\s*(?:,|/|&|(?i:and))\s*(?i:the\s+)?{outlet})*"


_AGENCY_SUFFIX = r"(?:\s+(?i:news\s+)?(?i:agency|agencies|wire|news\s+service))?"
# "© 2023 The New York Times Company": the outlet's publisher, named as the outlet.
_COMPANY_SUFFIX = r"(?:,?\s+(?i:company|co\.|inc\.?|ltd\.?|llc|plc))?"


def _dateline(outlet: str) -> re.Pattern[str]:
    """ "NEW YORK (Reuters) –", "(AP) —", "WASHINGTON, Sept 19 (Reuters/Ipsos) -" """
    return compile_narrow(
        rf"^(?:[^\W\d_][^\n()]{{0,60}}?)?\(\s*(?P<o>{outlet})(?:\s*/[^)\n]{{0,40}})?\s*\)"
        r"\s*(?:[-–—:]|$)"
    )


def _leading_dateline(outlet: str) -> re.Pattern[str]:
    """A dateline opening a headline's line, to be cut from it: "NEW YORK (Reuters) – "."""
    return compile_narrow(rf"[^\W\d_][^\n()]{{0,60}}?\(\s*{outlet}[^)\n]{{0,40}}\)\s*[-–—:]\s*")


_CREDIT_LEAD = (
    r"(?i:with\s+(?:(?:additional\s+)?(?:information|reporting|input|material)\s+from\s+)?"
    r"|sources?\s*:|via|from|courtesy\s+of|reporting\s+by"
    r"|(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?(?:\s*\d{4})?)"
)


def _credit_line(outlet: str) -> re.Pattern[str]:
    """A credit line of its own: "With AFP", "— Bloomberg", "Source: Reuters", "© 2023 AFP"."""
    return compile_narrow(
        rf"^[\s(\[]*(?:[-–—]+\s*)?(?:{_CREDIT_LEAD}\s*)?(?i:the\s+)?(?P<o>{_outlet_list(outlet)})"
        rf"{_AGENCY_SUFFIX}{_COMPANY_SUFFIX}[\s)\].]*(?i:all\s+rights\s+reserved\.?)?$"
    )


def _credit_tail(outlet: str) -> re.Pattern[str]:
    """A credit closing the last paragraph: "… Assembly. (With information from the EFE Agency)"."""
    return compile_narrow(
        rf"(?:\(\s*{_CREDIT_LEAD}\s*(?i:the\s+)?(?P<o>{_outlet_list(outlet)}){_AGENCY_SUFFIX}\s*\)"
        rf"|[.”\"]\s*[-–—]+\s*(?P<d>{_outlet_list(outlet)}))\s*\.?$"
    )


def _staff_line(outlet: str) -> re.Pattern[str]:
    """A reporter's note at the end saying whom they write for: "Adam Nossiter is the Paris
    bureau chief for The New York Times." """
    return compile_narrow(
        r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|was|has\s+been|covers|writes|reports|reported|wrote)\b"
        rf"[^\n]{{0,100}}?\s(?:for|at|with)\s+(?i:the\s+)?(?P<o>{outlet})"
    )


_BYLINE = re.compile(r"^By\s+(?P<names>[^\n]{2,100})$")


@functools.cache
def _author_name() -> re.Pattern[str]:
    """An author's name in a byline, its last word apart; compiled at the first byline."""
    return compile_narrow(r"^(?:[A-Z][\w'’.-]*\s+){0,3}(?P<last>[A-Z][\w'’-]+)$")


# Metadata sits in the lead and the tail: lines looked at, within characters from either end
# (a 10 MB text is never split into lines for it).
_LEAD_LINES = 8
_TAIL_LINES = 8
_EDGE_CHARS = 8000


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _lead(text: str) -> list[str]:
    return _lines(text[:_EDGE_CHARS])[:_LEAD_LINES]


def _tail(text: str) -> list[str]:
    tail = text[-_EDGE_CHARS:]
    if len(tail) < len(text):
        tail = tail.partition("\n")[2]  # drop the partial first line
    return _lines(tail)[-_TAIL_LINES:]


def _outlets_in(credit: str) -> str:
    outlet = _outlet(credit)
    names = re.findall(outlet, credit) if outlet else []
    return "/".join(dict.fromkeys(_CANONICAL[name] for name in names))


def _short_names(surnames: list[str]) -> str:
    if len(surnames) > 2:
        return f"{surnames[0]} et al."
    return " & ".join(surnames)


def _byline_label(lead: list[str]) -> tuple[str | None, str | None]:
    """(outlet, short author names) from a "By …" line in the lead. After the names a byline
    may give the writer's role ("Europe reporter") or outlet ("DPB News", "NBS Sport at
    Brackenford Arena"): an outlet the lexicon does not know is one named by the head word of
    a news organisation."""
    for line in lead:
        match = _BYLINE.match(line)
        if not match:
            continue
        names = match.group("names")
        outlet = _outlets_in(names)
        if outlet:
            return outlet, None
        parts = [p.strip() for p in re.split(r",|&|\band\b", names) if p.strip()]
        writers = [p for p in parts if en.BYLINE_ROLES.isdisjoint(p.lower().split())]
        outlets = [p for p in writers[1:] if p.split()[-1].lower() in en.NEWS_HEADS]
        if outlets:
            return outlets[0], None
        lasts = [m.group("last") for m in map(_author_name().match, writers) if m]
        if writers and len(lasts) == len(writers):
            return None, _short_names(lasts)
    return None, None


def find_label(text: str, fallback: str) -> str:
    """The outlet a text names as its own (in a dateline, a masthead or credit line, a byline, a
    reporter's note), else a byline's surnames, else `fallback`."""
    lead = _lead(text)
    for line in map(_strip_date_token, lead):
        outlet = _outlet(line)
        match = outlet and (_dateline(outlet).match(line) or _credit_line(outlet).match(line))
        if match:
            return _outlets_in(match.group("o"))
    byline_outlet, authors = _byline_label(lead)
    if byline_outlet:
        return byline_outlet
    for line in reversed(_tail(text)):
        outlet = _outlet(line)
        match = outlet and (
            _credit_line(outlet).match(line)
            or _credit_tail(outlet).search(line)
            or _staff_line(outlet).match(line)
        )
        if match:
            return _outlets_in(match.group("o") or match.group("d"))
    return authors or fallback


def outlet_label(name: str) -> str:
    """A site's name as a label: a known outlet's as its texts are labelled ("Associated Press"
    is "AP"), another as it is."""
    return _CANONICAL.get(name, name)


_MONTH = "(?P<{}>" + alternation(en.MONTH_NUMBERS) + r")\.?"
# Where a date can start, a digit or a month's initial: as a lookahead it spares the alternation
# most positions of the lead paragraphs searched for a date-only line.
_DATE_START = r"(?=[\d" + "".join(sorted({name[0] for name in en.MONTH_NUMBERS})) + "])"
_ORDINAL = alternation(en.ORDINAL_SUFFIXES)
_DATE = re.compile(
    rf"\b{_DATE_START}"
    r"(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL}?\s+{_MONTH.format('m2')},?\s+(?P<y2>\d{{4}})\b"
    rf"|{_MONTH.format('m3')}\s+(?P<d3>\d{{1,2}}){_ORDINAL}?,?\s+(?P<y3>\d{{4}})\b)",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
_META_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date[d:]?)\b", re.IGNORECASE
)


@functools.cache
def _only_times_and_weekdays() -> re.Pattern[str]:
    """What may surround the date on a date-only line: times, weekdays, zones, separators, and
    nothing else; compiled at the first line holding a date. Each piece is taken whole, as a scan
    removing them one after another would take it (an atomic group), so a story paragraph fails
    at its first word, not after the whole scan."""
    return re.compile(
        r"(?>(?-i:T)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|(?-i:Z)|[+-]\d{2}:?\d{2})?"
        rf"|\b{en.WEEKDAY_WORD}\b"
        rf"|\b(?:at|on|{alternation(en.TIME_ZONES)}|(?-i:[A-Z]{{2,4}}T))\b|[\s,.|·•\-–—:/()])*+",
        re.IGNORECASE,
    )


def _parse_date(match: re.Match[str]) -> str | None:
    year = match.group("y") or match.group("y2") or match.group("y3")
    month = match.group("m") or match.group("m2") or match.group("m3")
    day = match.group("d") or match.group("d2") or match.group("d3")
    number = int(month) if month.isdigit() else en.MONTH_NUMBERS[month.lower()]
    return _iso_date(int(year), number, int(day))


def _iso_date(year: int, month: int, day: int) -> str | None:
    """The date as ISO writes it, None for no day of the calendar ("February 30"). Checked
    here, not by `datetime`, whose import costs more than reading a text's metadata."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if (
        year >= 1
        and 1 <= month <= 12
        and 1 <= day <= _MONTH_DAYS[month - 1] + (leap and month == 2)
    ):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _first_date(line: str) -> str | None:
    return next(filter(None, map(_parse_date, _DATE.finditer(line))), None)


def _is_date_line(line: str) -> bool:
    """A line that is only a date, maybe with a weekday and time: "2023-09-19 04:55:59"."""
    return bool(_DATE.search(line)) and bool(
        _only_times_and_weekdays().fullmatch(_DATE.sub("", line))
    )


def _dateline_part(line: str) -> str:
    """The "WASHINGTON, Sept. 19, 2023 (Reuters) –" part before the story starts."""
    match = re.match(r"^[^\n]{0,80}?(?:\([^)\n]{1,40}\)\s*)?[-–—]", line)
    return match.group() if match else ""


def find_date(text: str) -> str | None:
    """ISO date from a leading token, a Published/Updated line, a dateline or a date-only line."""
    token = _DATE_TOKEN.match(text)
    if token:
        date = _first_date(token.group(1))
        if date:
            return date
    lead = _lead(text)
    return (
        _meta_date(lead)
        or next(filter(None, (_first_date(_dateline_part(line)) for line in lead)), None)
        or _meta_date(_tail(text))
    )


def _meta_date(lines: list[str]) -> str | None:
    """The first date on a Published/Updated line or a line that is only a date."""
    for line in lines:
        if _META_PREFIX.match(line) or _is_date_line(line):
            date = _first_date(line)
            if date:
                return date
    return None


_TITLE_MAX = 160  # a headline is rarely longer; longer first lines are story paragraphs
_TITLE_CUT = 120
_NAVIGATION = re.compile(
    rf"^{alternation(en.HOME_LINKS)}\b|[»›]|(?:\s[>|/]\s.*){{2}}|^#", re.IGNORECASE
)
# The boilerplate kinds of page chrome, never a headline. Bylines and timestamps are told by
# the checks here; credits and copyright notices may be headlines ("With Trump Out, Haley Gains").
_NOT_TITLE_KINDS = frozenset(
    {"related", "navigation", "hashtags", "comments", "share", "advertisement", "tags"}
)
_LEADING_PARENTHESIS = re.compile(r"\([^)\n]{1,40}\)\s+")  # "(Updated) ", "(AP) "
_SENTENCE_END = compile_narrow(r"[.!?]+[”\"’)]*(?=\s|$)")
_ABBREVIATIONS = en.HEADLINE_ABBREVIATIONS | frozenset(en.MONTH_NUMBERS)


def _strip_date_token(line: str) -> str:
    return _DATE_TOKEN.sub("", line, count=1)


def _is_title_candidate(line: str) -> bool:
    return not (
        _NAVIGATION.search(line)
        or _META_PREFIX.match(line)
        or _BYLINE.match(line)
        or _is_date_line(line)
        or boilerplate_kind(line) in _NOT_TITLE_KINDS
    )


def _first_sentence(text: str) -> str:
    for match in _SENTENCE_END.finditer(text):
        words = text[: match.start()].rsplit(None, 1)
        word = words[-1] if words else ""
        # "U.S." and "Sen." do not end sentences: a single capital or a known abbreviation.
        if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) or word.lower() in _ABBREVIATIONS:
            continue
        return text[: match.end()]
    return text


def _shorten(text: str) -> str:
    if len(text) <= _TITLE_CUT:
        return text
    # The longest start of at most _TITLE_CUT characters that ends before a space.
    words = re.match(rf"^.{{0,{_TITLE_CUT}}}(?=\s)", text, re.DOTALL)
    cut = words.group() if words else text[:_TITLE_CUT]
    return cut.rstrip(" ,;:–—-") + "…"


def _without_leading_dateline(line: str) -> str:
    """The line without a dateline or a parenthesis ("(Reuters) –", "(Updated)") it opens with."""
    outlet = _outlet(line)
    match = (outlet and _leading_dateline(outlet).match(line)) or _LEADING_PARENTHESIS.match(line)
    return line[match.end() :] if match else line


def find_title(text: str) -> str:
    """The headline, or the first sentence cut to ~120 characters at a word boundary."""
    for raw in _lines(text[:_EDGE_CHARS]):
        line = _strip_date_token(raw).strip()
        if not line or not _is_title_candidate(line):
            continue
        line = _without_leading_dateline(line)
        if not line:  # a dateline on a line of its own
            continue
        if len(line) <= _TITLE_MAX and not line.endswith("."):
            return line
        return _shorten(_first_sentence(line))
    return ""
