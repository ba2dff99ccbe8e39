"""One version's column: a two-line header, then its text in a scrollable pane that renders only
its visible lines (Textual's Line API).

The text is wrapped to the pane's width once per width; each sentence starts a line (but for the
pieces of a run cut for the aligner, which read on as written) and carries a gutter mark of its
support (and of how many facts it tells, when more than one), so the heat-map tint is never the
only signal. The header is drawn by the pane itself rather than by widgets around it: a container
and a header widget per version would delay the first frame with their styling, layout and
compositing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Comparison, Member, Passage
from tui.widgets.minimap import WIDTH as OVERVIEW_WIDTH
from tui.widgets.minimap import Overview
from tui.widgets.palette import Palette, mark_style, palette_for
from tui.widgets.pane_layout import Line, cells_of, layout, sentences_on

# Control characters (newlines, tabs, escapes) become spaces: same length, so offsets still hold,
# and nothing in an article can move the terminal's cursor or restyle it.
PLAIN = str.maketrans({c: " " for c in (*range(0x20), *range(0x7F, 0xA0))})
DOTS_UP_TO = 5  # with more versions the gutter shows "k/n" instead of one dot per version
MANY_FACTS = "+"  # the gutter's count of the facts a sentence tells, from ten on
HEADER_ROWS = 2  # the header stays put above the text, which scrolls under it
# The column's right edge, as Textual draws a `vkey` border; drawn here because a CSS border costs
# every line of every pane another strip and a quarter of its rendering time.
EDGE = "▕"
DIM = Style(dim=True)
BOLD = Style(bold=True)


def header_pieces(
    comparison: Comparison, version: int, number: int | None
) -> list[list[tuple[str, Style]]]:
    """Two lines of (text, emphasis): the outlet label, then how much the others share, the word
    count and the date. Plain pieces, not rich Text: laying Text out is most of a header's cost."""
    info = comparison.versions[version]
    label = [(f"{number} ", DIM)] if number is not None and number <= 9 else []
    label.append(((info.label or info.name).translate(PLAIN), BOLD))
    details = [f"{info.word_count} words", info.date or "no date"]
    if len(comparison.versions) > 1:
        details.insert(0, f"{comparison.shared_share(version):.0%} shared")
    return [label, [(" · ".join(details), DIM)]]


def padded(segments: list[Segment], width: int, style: Style) -> list[Segment]:
    """`width` cells: a cell of padding each side, the segments cut with an ellipsis to fit."""
    strip = Strip(segments)
    inner = width - 2
    if strip.cell_length > inner:
        cut = list(strip.crop(0, max(0, inner - 1)))
        strip = Strip([*cut, Segment("…", cut[-1].style if cut else style)])
    pad = Segment(" ", style)
    return list(Strip([pad, *strip, pad]).adjust_cell_length(width, style))


class VersionPane(ScrollView, can_focus=True, inherit_bindings=False):
    # No scrolling keys of its own: up/down/j/k move the cursor, declared on the main screen.
    """A version's header and text, tinted by support, with the cursor sentence and current
    passage marked. Rows, lines and heights below are the text's: the header is above row 0."""

    class SentenceClicked(Message):
        def __init__(self, version: int, sentence: int) -> None:
            super().__init__()
            self.version = version
            self.sentence = sentence

    def __init__(
        self,
        comparison: Comparison,
        version: int,
        hide_boilerplate: bool,
        all_wording: bool = False,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.version = version
        self.number: int | None = None  # the key (1-9) that focuses the pane, shown in the header
        self.hide_boilerplate = hide_boilerplate
        self.all_wording = all_wording  # the finer mode: every wording difference marked
        self.cursor: int | None = None
        self.reading = False  # the pane the reader moves in: its cursor is drawn strongest
        self.passage: Passage | None = None
        self._members: dict[int, Member] = {}  # this pane's members of the current passage
        self.mentions: tuple[tuple[int, int], ...] = ()
        self.generation = 0  # bumped whenever the sentences shown or their support change
        self._lines: list[Line] = []
        self._line_range: dict[int, range] = {}
        self._laid_out_width = -1
        self._palette: Palette | None = None
        self._strips: dict[int, tuple[int, list[Segment]]] = {}  # line -> (width, its segments)
        self._header: list[Strip] | None = None
        self.overview = Overview()
        self._view = Size(0, 0)  # the text's part of the pane: under the header, left of the edge
        self._in_view_for: tuple[int, int, list[Line]] | None = None
        self._in_view_range = range(0)
        self._rows_of_passage: set[int] = set()
        self._passage_rows_for: tuple[Passage | None, dict | None] = (None, None)
        self.when_laid_out: Callable[[], None] | None = None  # called once, on the first layout
        self._index(comparison)

    def _index(self, comparison: Comparison) -> None:
        """Per-sentence lookups, so drawing a line never walks the comparison."""
        self.comparison = comparison
        self._sentences = sentences = comparison.versions[self.version].sentences
        self._plain = comparison.versions[self.version].text.translate(PLAIN)  # as it is drawn
        self._cells = cells_of(self._plain)
        self.passages = [comparison.passages_of(self.version, s.id) for s in sentences]
        self.support = [comparison.support_of(self.version, s.id) for s in sentences]
        # The dots follow the tint: the versions of the sentence's best-shared passage.
        self.present = [
            max(found, key=lambda p: p.support).versions if found else (self.version,)
            for found in self.passages
        ]
        self._shown = [s.id for s in sentences if not (self.hide_boilerplate and s.boilerplate)]
        self.generation += 1

    # Method calls down from the screen ----------------------------------------------------

    def set_comparison(self, comparison: Comparison) -> None:
        # A realign, or the alignment replacing the draft, keeps the version's text and
        # sentences: the lines stand, only their marks are drawn anew.
        before = self.comparison.versions[self.version]
        after = comparison.versions[self.version]
        same_lines = before.text == after.text and before.sentences == after.sentences
        self._index(comparison)
        self.passage = None
        self._members = {}
        self.mentions = ()
        self._palette = None
        if same_lines and self._laid_out_width == self.text_width:
            self.redraw()
        else:
            self._relayout()

    def set_hide_boilerplate(self, hide: bool) -> None:
        self.hide_boilerplate = hide
        self._index(self.comparison)
        if hide and self.cursor is not None and self.is_hidden(self.cursor):
            self.cursor = self.nearest_shown(self.cursor)
        self._relayout()

    def set_cursor(self, sentence: int | None) -> None:
        if sentence != self.cursor:
            changed = [self.cursor, sentence]
            self.cursor = sentence
            self._redraw_sentences(changed)

    def set_reading(self, reading: bool) -> None:
        if reading != self.reading:
            self.reading = reading
            self._redraw_sentences([self.cursor])

    def set_passage(self, passage: Passage | None) -> None:
        if passage is not self.passage:
            before = self._members
            self.passage = passage
            members = passage.members_of(self.version) if passage else ()
            self._members = {m.sentence: m for m in members}
            self._redraw_sentences([*before, *self._members])

    def set_number(self, number: int | None) -> None:
        if number != self.number:
            self.number = number
            self._redraw_header()

    def set_all_wording(self, all_wording: bool) -> None:
        if all_wording != self.all_wording:
            self.all_wording = all_wording
            self._redraw_sentences(list(self._members))

    def set_mentions(self, mentions: tuple[tuple[int, int], ...]) -> None:
        if mentions != self.mentions:
            self.mentions = mentions
            self.redraw()

    def redraw(self) -> None:
        self._strips.clear()
        self._header = None
        self.refresh()

    def _redraw_header(self) -> None:
        self._header = None
        self.refresh(Region(0, 0, self.size.width, HEADER_ROWS))

    def _redraw_sentences(self, sentences: Iterable[int | None]) -> None:
        """Re-render only the lines of these sentences (cursor and passage moves)."""
        sentences = list(sentences)
        top = round(self.scroll_offset.y)
        height = self._view.height
        for sentence in sentences:
            lines = self._line_range.get(sentence) if sentence is not None else None
            if not lines:
                continue
            for index in lines:
                self._strips.pop(index, None)
            start, stop = max(lines.start, top), min(lines.stop, top + height)
            if start < stop:
                # Virtual rows: a line's index, below the header.
                self.refresh_lines(HEADER_ROWS + start, stop - start)
        self._update_overview()
        for row in self.overview.rows_of(s for s in sentences if s is not None):
            self.refresh_lines(top + HEADER_ROWS + row, 1)  # the strip's rows are screen rows

    def refresh_palette(self) -> None:
        self._palette = None
        self.redraw()

    # Geometry --------------------------------------------------------------------------------

    @property
    def gutter_width(self) -> int:
        """The cursor mark, the dots (or k/n), the count of facts, a space."""
        count = len(self.comparison.versions)
        return (count if count <= DOTS_UP_TO else 5) + 3

    @property
    def text_width(self) -> int:
        return max(1, self._view.width - self.gutter_width - OVERVIEW_WIDTH)

    def line_of(self, sentence: int) -> int | None:
        lines = self._line_range.get(sentence)
        return lines.start if lines else None

    def sentence_at(self, row: int, column: int | None = None) -> int | None:
        """The sentence shown at a screen row of the pane (None on a gap or below the text): on
        a line with pieces of a cut run, the piece at `column` when it is given."""
        index = row + round(self.scroll_offset.y)
        if not 0 <= index < len(self._lines):
            return None
        line = self._lines[index]
        if line.sentence is None or column is None:
            return line.sentence
        at, used = line.start, self.gutter_width
        while at < line.end and (used := used + cell_len(self._plain[at])) <= column:
            at += 1
        return next(s for s in reversed(self._on_line(line)) if self._sentences[s].start <= at)

    def row_of(self, sentence: int) -> int | None:
        """The screen row of a sentence's first line (may be outside the visible rows)."""
        line = self.line_of(sentence)
        return None if line is None else line - round(self.scroll_offset.y)

    def shown_sentences(self) -> list[int]:
        return self._shown

    def is_hidden(self, sentence: int) -> bool:
        return (
            self.hide_boilerplate
            and self.comparison.versions[self.version].sentences[sentence].boilerplate
        )

    def nearest_shown(self, sentence: int) -> int | None:
        if not self._shown:
            return None
        return min(self._shown, key=lambda s: (abs(s - sentence), s))

    def scroll_to_sentence(self, sentence: int, row: int | None = None) -> None:
        """Bring the sentence into view, at screen `row` when given (to line panes up)."""
        lines = self._line_range.get(sentence)
        if not lines:
            return
        height = self._view.height
        top = round(self.scroll_offset.y)
        if row is not None:
            target = lines.start - max(0, min(row, height - 1))
        elif lines.start < top:
            target = lines.start
        elif lines.stop > top + height:
            target = lines.stop - height if len(lines) <= height else lines.start
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def scroll_page(self, direction: int) -> None:
        """A page down (1) or up (-1): as many lines as the text shows."""
        self.scroll_to(y=self.scroll_y + direction * self._view.height, animate=False)

    # Events -----------------------------------------------------------------------------------

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Textual sizes widgets just before it draws a frame and sends Resize only after it:
        # laying the text out here puts it in the very first frame, not in a second full one.
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        self._fit_view()
        return resized

    def _fit_view(self) -> None:
        """Lay the text out again when the width for it changed, keeping the reader's place."""
        first = self._laid_out_width < 0
        region = self.scrollable_content_region  # read once: it is costly per line
        self._view = Size(max(0, region.width - len(EDGE)), max(0, region.height - HEADER_ROWS))
        if self.text_width == self._laid_out_width or not self._view.width:
            return
        anchor = self.cursor if self.cursor is not None else self.sentence_at(0)
        row = self.row_of(anchor) if anchor is not None else None
        self._relayout()
        if anchor is not None:
            self.scroll_to_sentence(anchor, row)
        if first and self.when_laid_out is not None:
            self.when_laid_out()

    @property
    def laid_out(self) -> bool:
        return self._laid_out_width >= 0

    def on_focus(self) -> None:
        self._redraw_focus()

    def on_blur(self) -> None:
        self._redraw_focus()

    def _redraw_focus(self) -> None:
        """The header and the right edge are drawn in the primary color while the pane has
        focus; the text's lines keep their cache."""
        self._header = None
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        row = event.y - HEADER_ROWS
        if row < 0:
            return
        if event.x >= self._view.width - OVERVIEW_WIDTH:
            self._update_overview()
            sentence = next(iter(self.overview.sentences_at(row)), None)
        else:
            sentence = self.sentence_at(row, event.x)
        if sentence is not None:
            self.post_message(self.SentenceClicked(self.version, sentence))

    # Rendering ---------------------------------------------------------------------------------

    def _relayout(self) -> None:
        self._laid_out_width = self.text_width
        sentences = self.comparison.versions[self.version].sentences
        self._lines = layout(
            self._plain, sentences, self.text_width, self.hide_boilerplate, self._cells
        )
        ranges: dict[int, range] = {}
        for index, line in enumerate(self._lines):
            if line.sentence is not None:
                for sentence in self._on_line(line):
                    start = ranges[sentence].start if sentence in ranges else index
                    ranges[sentence] = range(start, index + 1)
        self._line_range = ranges
        # The header's rows count in: scrolled to the end, the last line is on the last row.
        self.virtual_size = Size(self._view.width, HEADER_ROWS + len(self._lines))
        self.redraw()

    @property
    def palette(self) -> Palette:
        if self._palette is None:
            self._palette = palette_for(self.app, len(self.comparison.versions))
        return self._palette

    def render_line(self, y: int) -> Strip:
        # Called for every visible line of every pane that scrolled: one Strip per call, no more.
        if y < HEADER_ROWS:
            return self._header_strips()[y]
        y -= HEADER_ROWS
        top = round(self.scroll_y)  # what scroll_offset.y is, without building an Offset
        region = self._view
        text_width = max(0, region.width - OVERVIEW_WIDTH)
        cached = self._strips.get(y + top)
        if cached is None or cached[0] != text_width:
            # Under every cell the theme's background: a Line API widget's own is not drawn.
            line = self._render_index(y + top, text_width)
            cached = (text_width, list(Segment.apply_style(line, self.palette.background)))
            self._strips[y + top] = cached
        self.overview.update(self._shown, self.support, region.height, self.generation)
        in_view = self._in_view(top, region.height)
        cells = self.overview.cells(y, self.palette, self.cursor, self._passage_rows(), in_view)
        return Strip([*cached[1], *cells, self._edge()], text_width + OVERVIEW_WIDTH + len(EDGE))

    def _header_strips(self) -> list[Strip]:
        """The header's lines, a cell of padding each side, highlighted while the pane has focus;
        the column's edge continues beside them."""
        if self._header is None:
            style = self.palette.header_focused if self.has_focus else self.palette.header
            edge = self._edge()
            width = self._view.width
            self._header = [
                Strip([*padded([Segment(t, style + e) for t, e in line], width, style), edge])
                for line in header_pieces(self.comparison, self.version, self.number)
            ]
        return self._header

    def _edge(self) -> Segment:
        return Segment(EDGE, self.palette.edge_focused if self.has_focus else self.palette.edge)

    def _update_overview(self) -> None:
        height = self._view.height
        self.overview.update(self._shown, self.support, height, self.generation)

    def _passage_rows(self) -> set[int]:
        """The overview rows holding the current passage (the overview must be up to date)."""
        passage, rows = self._passage_rows_for
        if passage is not self.passage or rows is not self.overview.row_of:
            members = self.passage.members_of(self.version) if self.passage else ()
            self._rows_of_passage = self.overview.rows_of(m.sentence for m in members)
            self._passage_rows_for = (self.passage, self.overview.row_of)
        return self._rows_of_passage

    def _in_view(self, top: int, height: int) -> range:
        """The sentence ids with a line in the visible rows (asked once per line drawn)."""
        if self._in_view_for == (top, height, self._lines):
            return self._in_view_range
        text = [line for line in self._lines[top : top + height] if line.sentence is not None]
        found = range(self._on_line(text[0]).start, text[-1].sentence + 1) if text else range(0)
        self._in_view_for, self._in_view_range = (top, height, self._lines), found
        return found

    def _render_index(self, index: int, width: int) -> list[Segment]:
        """The segments of a line's gutter and text, exactly `width` cells."""
        if not 0 <= index < len(self._lines) or self._lines[index].sentence is None:
            return [Segment(" " * width)] if width > 0 else []
        line = self._lines[index]
        on_line = self._on_line(line)
        segments = self._gutter(line, on_line)
        used = sum(cell_len(segment.text) for segment in segments) + self._cells(
            self._plain[line.start : line.end]
        )
        for sentence_id in on_line:
            found = self._sentences[sentence_id]
            base = self._tint(sentence_id)
            start, end = max(found.start, line.start), min(found.end, line.end)
            segments += self._text(sentence_id, start, end, base)
        if used > width:
            return list(Strip(segments, used).crop(0, width))
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        return segments

    def _tint(self, sentence: int) -> Style:
        palette = self.palette
        if sentence == self.cursor and self.reading:
            return palette.cursor
        if sentence in self._members:
            return palette.passage
        return palette.support[min(self.support[sentence], len(palette.support) - 1)]

    def _text(self, sentence: int, start: int, end: int, base: Style) -> list[Segment]:
        """A sentence's text from `start` to `end`, tinted, with its marks."""
        marks = [
            (max(lo, start), min(hi, end), style)
            for lo, hi, style in self._marks(sentence, sentence in self._members)
            if lo < end and hi > start
        ]
        cuts = sorted({start, end, *(m[0] for m in marks), *(m[1] for m in marks)})
        segments = []
        for lo, hi in pairwise(cuts):
            style = base
            for mark_start, mark_end, mark in marks:
                if mark_start <= lo and hi <= mark_end:
                    style += mark
            segments.append(Segment(self._plain[lo:hi], style))
        return segments

    def _on_line(self, line: Line) -> range:
        return sentences_on(line, self._sentences)

    def _gutter(self, line: Line, on_line: range) -> list[Segment]:
        palette = self.palette
        count = len(self.comparison.versions)
        in_passage = not self._members.keys().isdisjoint(on_line)
        # Where this pane's reading stopped, when its passage is not the current one: a quiet ▷.
        quiet = not (in_passage or self.reading)
        if line.sentence == self.cursor and line.first:
            mark = "▷" if quiet else "▶"
        elif in_passage or (self.cursor in on_line and not quiet):
            mark = "┃"
        else:
            mark = " "
        gutter = [Segment(mark, palette.gutter if quiet else palette.gutter_mark)]
        if not line.first:
            gutter.append(Segment(" " * (self.gutter_width - 1)))
            return gutter
        support = self.support[line.sentence]
        if support == 0:
            label = "·" * count if count <= DOTS_UP_TO else "  bp "
        elif count <= DOTS_UP_TO:
            versions = self.present[line.sentence]
            label = "".join("●" if v in versions else "○" for v in range(count))
        else:
            label = f"{support:>2}/{count:<2}"
        gutter.append(Segment(label, palette.gutter))
        facts = len(self.passages[line.sentence])
        if facts > 1:
            gutter.append(Segment(f"{facts if facts < 10 else MANY_FACTS} ", palette.gutter_mark))
        else:
            gutter.append(Segment("  ", palette.gutter))
        return gutter

    def _marks(self, sentence: int, in_passage: bool) -> list[tuple[int, int, Style]]:
        """The current passage's marked words (discrepancies, variants, added content; every
        wording difference in the finer mode) and entity mentions."""
        palette = self.palette
        marks: list[tuple[int, int, Style]] = []
        if in_passage and self.passage is not None:
            member = self._members.get(sentence)  # the model's member_of walks every member
            if member is not None:
                for word in member.words:
                    style = mark_style(palette, word.kind, self.all_wording)
                    if style is not None:
                        marks.append((word.start, word.end, style))
        if self.mentions:
            found = self.comparison.versions[self.version].sentences[sentence]
            first = bisect_right(self.mentions, (found.start, -1)) - 1
            for start, end in self.mentions[max(0, first) :]:
                if start >= found.end:
                    break
                marks.append((start, end, palette.mention))
        return marks
