"""How a pane lays a version's text out: its sentences wrapped to the pane's width, as screen lines
of offsets into the text. Pure functions, no widget."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from rich.cells import cell_len, get_character_cell_size

from tui.core.model import Sentence
from tui.core.sentence_ends import MAX_SENTENCE_CHARS

WORD = re.compile(r"\S+\s*|\s+")


class Line(NamedTuple):
    """One screen line of a pane: a slice of the version's text, or a paragraph gap. The pieces of
    a run cut for the aligner are laid out as the run is written, so a line may end one piece and
    start the next: `sentence` is then the one it starts, which its gutter describes."""

    sentence: int | None  # None for the blank line between paragraphs
    start: int = 0
    end: int = 0
    first: bool = False  # the sentence's first line, which carries the gutter mark


def cells_of(text: str) -> Callable[[str], int]:
    """How to measure pieces of `text` in cells: `len` when every character takes one cell (most
    articles: the measure runs for every word), else Rich's `cell_len`."""
    narrow = all(get_character_cell_size(c) == 1 for c in set(text))
    return len if narrow else cell_len


def wrap(
    text: str, start: int, end: int, width: int, cells: Callable[[str], int] = cell_len
) -> list[tuple[int, int]]:
    """Greedy word wrap of text[start:end] to `width` cells, as offset pairs into `text`."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    line_start, used = start, 0
    for match in WORD.finditer(text, start, end):
        word_start = match.start()
        word = match.group().rstrip()
        size = cells(word)
        if used and used + size > width:
            lines.append((line_start, word_start))
            line_start, used = word_start, 0
        while size > width:  # a word longer than the pane: cut it
            cut = _cut_at(text, line_start, width)
            lines.append((line_start, cut))
            line_start = cut
            size = cells(text[line_start : match.start() + len(word)])
        used += cells(match.group())
    if line_start < end or not lines:
        lines.append((line_start, end))
    return lines


def _cut_at(text: str, start: int, width: int) -> int:
    used = 0
    for index in range(start, len(text)):
        used += cell_len(text[index])
        if used > width:
            return max(index, start + 1)
    return len(text)


def layout(
    text: str,
    sentences: Sequence[Sentence],
    width: int,
    hide_boilerplate: bool,
    cells: Callable[[str], int],
) -> list[Line]:
    """A version's screen lines; `text` is the version's text as drawn (PLAIN applied). Each
    sentence starts a line but a piece of a cut run, which goes on where the previous one ends."""
    lines: list[Line] = []
    paragraph = None
    for run in _runs(sentences, hide_boilerplate):
        head = run[0]
        if paragraph is not None and head.paragraph != paragraph:
            lines.append(Line(None))
        paragraph = head.paragraph
        last = 0  # the piece of the run that the line ends in
        for start, end in wrap(text, head.start, run[-1].end, width, cells):
            while last + 1 < len(run) and run[last + 1].start < end:
                last += 1
            lines.append(Line(run[last].id, start, end, run[last].start >= start))
    return lines


def sentences_on(line: Line, sentences: Sequence[Sentence]) -> range:
    """The ids of the sentences a line of text shows: its own and the pieces of a cut run that
    end on it."""
    first = line.sentence
    while sentences[first].start > line.start:
        first -= 1
    return range(first, line.sentence + 1)


def _runs(sentences: Sequence[Sentence], hide_boilerplate: bool) -> Iterator[list[Sentence]]:
    """The sentences shown, in runs: a run the splitter cut in pieces is one, any other sentence
    is one alone."""
    run: list[Sentence] = []
    for sentence in sentences:
        if hide_boilerplate and sentence.boilerplate:
            continue
        if run and not _continues(run[-1], sentence):
            yield run
            run = []
        run.append(sentence)
    if run:
        yield run


def _continues(previous: Sentence, sentence: Sentence) -> bool:
    """Whether the splitter cut a run there, at its cap, finding no space to cut at: then the
    sentence starts where the previous one, as long as the cap, ends. (Sentences in Chinese or
    Japanese touch too, but end at a stop, and each starts its line as other sentences do.)"""
    return sentence.start == previous.end and previous.end - previous.start >= MAX_SENTENCE_CHARS
