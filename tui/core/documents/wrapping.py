"""Hard-wrapped text read through: the line breaks a mailer, a wire or a teletype put inside a
paragraph to keep every line under one width become the spaces they stand for.

Plain-text sources (wire feeds, e-mailed releases, weather bulletins, list archives) often break
each line near one width and set paragraphs apart with a blank line. A reader reads through such
a break; newsdiff, which reads a line as a paragraph, must do so too. A break is read as a space
only in a text that wraps (its lines no wider than a wrapper makes them, and breaks that fall
inside a sentence), and only after a line that ran out of room, so never after a short line that
ends a paragraph (or an address's, a list's), and never before a list item, an indented
paragraph or a dateline, nor after a title, a table row or a line in capitals over one that is
not. The break's one character becomes one space, so every offset still indexes the text as read.
"""

from __future__ import annotations

import re

from tui.core.lexicon import compile_narrow, en

# Wrappers break at 60 to 80 characters: a text whose prose lines run wider is not wrapped, and
# one whose longest line is narrower is a list, an address or verse.
MIN_WIDTH = 40
MAX_WIDTH = 100
# A wrapper breaks before the first word that would pass the width, so a wrapped line falls
# short of it by less than that word: seldom more than 15 letters and a space.
MAX_SHORTFALL = 16
# Wrappers count a little differently (a trailing space, a stop kept with its word), so a line may
# pass the width the others keep to by a character or two: the next word must nearly fail to fit.
SLACK = 2
# Breaks inside a sentence a text must show before any of its breaks is read as a wrap.
MIN_EVIDENCE = 2

_ENDS = ".!?…:;"  # a line ending so may end its sentence: no evidence of a wrap
_CLOSING = "\"'”’»)]"
# A list item's marker: "- ", "* ", "• ", "1. ", "2) ", "a) "; "> " quotes an e-mail.
_ITEM = compile_narrow(r"(?:[-*•·–—>]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s+")
_DATELINE = compile_narrow(en.DATELINE)
_COLUMNS = re.compile(r"\S {3,}\S")  # a table's columns: prose has no run of three spaces
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")  # "in", "of", "the" stay small in a title
MIN_TITLE_WORDS = 3


def unwrap(text: str) -> str:
    """`text` with each break of a hard-wrapped paragraph read as a space (the same length)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    # A line with no space between words could not be wrapped: it tells no width (a link, a rule).
    width = max((len(line) for line in lines if " " in line.strip()), default=0)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text
    wraps = _wraps(lines, width)
    evidence = sum(_inside_sentence(lines[i], lines[i + 1]) for i in wraps)
    if evidence < MIN_EVIDENCE:
        return text
    return (
        "".join(line + (" " if i in wraps else "\n") for i, line in enumerate(lines[:-1]))
        + lines[-1]
    )


def _wraps(lines: list[str], width: int) -> set[int]:
    """The lines whose break is a wrap, by their index."""
    wraps: set[int] = set()
    for i in range(len(lines) - 1):
        opens = i - 1 not in wraps  # the line opens its paragraph
        if _wrapped(lines[i], lines[i + 1], width, opens=opens):
            wraps.add(i)
    return wraps


def _wrapped(line: str, following: str, width: int, *, opens: bool) -> bool:
    """Whether the break between two lines is a wrap: the line ran out of room for the next
    word, and neither line is of a kind that stands on its own."""
    body, next_body = line.lstrip(), following.lstrip()
    if not (body and next_body):
        return False  # a blank line ends a paragraph
    if len(line) < width - MAX_SHORTFALL:
        return False  # a short line: the writer broke it
    first = next_body.split(" ", 1)[0]
    if _ends_sentence(line) and len(line) + 1 + len(first) <= width - SLACK:
        return False  # a sentence ends with room for the next word: so does its paragraph
    if _COLUMNS.search(body) or _COLUMNS.search(next_body):
        return False
    if _ITEM.match(next_body) or _DATELINE.match(next_body) or _is_title(body):
        return False
    if body.isupper() and not next_body.isupper():
        return False  # a heading in capitals over the text it heads
    indent, next_indent = len(line) - len(body), len(following) - len(next_body)
    if next_indent == indent:
        return True
    if next_indent > indent:  # a list item's text goes on under its first word
        item = _ITEM.match(body)
        return item is not None and next_indent == indent + item.end()
    return opens  # a paragraph's first line, indented; not the end of a list item's text


def _inside_sentence(line: str, following: str) -> bool:
    """Whether a break certainly falls inside a sentence: the line ends without a stop, and
    the next goes on in lower case (in a text in capitals, in capitals)."""
    if _ends_sentence(line):
        return False
    start = following.lstrip().lstrip("\"'“‘(")[:1]
    return start.islower() or (start.isupper() and line.isupper() and following.isupper())


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSING)[-1:] in _ENDS


def _is_title(body: str) -> bool:
    """ "Hurricane Dolly Makes Landfall in Southern Texas": every longer word capitalised, in a
    line that is not all in capitals (there capitals tell nothing)."""
    words = _TITLE_WORD.findall(body)
    return (
        len(words) >= MIN_TITLE_WORDS
        and not body.isupper()
        and all(word[0].isupper() for word in words)
    )
