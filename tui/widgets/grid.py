"""A table that draws only the cells in view, for tables as wide as fifty versions: its header row
and first columns stay put while the rest scrolls both ways (Textual's DataTable measures and
renders every cell of every row it shows, seconds at that size). A cell may hold several lines
(given as lines, or broken at "\n"): its row is as tall as its tallest cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import ClassVar, Literal

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.version_pane import PLAIN

PADDING = 1  # a cell's blank either side


class Grid(ScrollView, can_focus=True):
    """Rows of cells under a header; a row cursor (or a cell cursor, in the scrolling columns)
    that `enter` or a second click selects."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1, 0)", "Up", show=False),
        Binding("down", "move(1, 0)", "Down", show=False),
        Binding("left", "move(0, -1)", "Left", show=False),
        Binding("right", "move(0, 1)", "Right", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(-1)", "First row", show=False),
        Binding("end", "edge(1)", "Last row", show=False),
        Binding("enter", "select", "Select", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "grid--header",
        "grid--fixed",
        "grid--odd-row",
        "grid--cursor",
    }
    DEFAULT_CSS = """
    Grid {
        background: $surface;
        color: $foreground;
        .grid--header { background: $panel; color: $foreground; text-style: bold; }
        .grid--fixed { background: $panel 50%; }
        .grid--odd-row { background: $surface-lighten-1; }
        .grid--cursor { background: $block-cursor-blurred-background; }
        &:focus .grid--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    class Highlighted(Message):
        """The cursor came to another row."""

        def __init__(self, grid: Grid, row: int) -> None:
            super().__init__()
            self.grid = grid
            self.row = row

        @property
        def control(self) -> Grid:
            return self.grid

    class Selected(Message):
        """The row chosen with `enter` or a second click, by its key."""

        def __init__(self, grid: Grid, key: str) -> None:
            super().__init__()
            self.grid = grid
            self.key = key

        @property
        def control(self) -> Grid:
            return self.grid

    def __init__(
        self,
        header: Sequence[Text],
        rows: Sequence[Sequence[Text | Sequence[Text]]],  # a cell: a text, or its lines
        keys: Sequence[str],
        *,
        fixed: int = 1,
        cursor: Literal["row", "cell"] = "row",
        widths: Sequence[int] | None = None,
        **kwargs,
    ) -> None:
        """`widths`: each column's text width, else the widest of its lines."""
        super().__init__(**kwargs)
        self.header = [_plain(cell) for cell in header]
        self.rows = [[_lines(cell) for cell in row] for row in rows]
        self.keys = list(keys)
        self.fixed = fixed
        self.cursor_type = cursor
        self.cursor_row = 0
        self.cursor_column = fixed  # in the cell mode: the first column that scrolls
        if widths is None:
            widths = [cell_len(cell.plain) for cell in self.header]
            for row in self.rows:
                for index, cell in enumerate(row):
                    widths[index] = max(widths[index], *(cell_len(line.plain) for line in cell))
        self.widths = [width + 2 * PADDING for width in widths]
        self.starts = [sum(self.widths[:i]) for i in range(len(self.widths) + 1)]
        heights = [max(len(cell) for cell in row) if row else 1 for row in self.rows]
        self.tops = [sum(heights[:i]) for i in range(len(heights) + 1)]  # each row's first line
        self.virtual_size = Size(self.starts[-1], self.tops[-1] + 1)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def fixed_width(self) -> int:
        return self.starts[self.fixed]

    @property
    def lines_in_view(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)  # the header takes a line

    def row_at(self, line: int) -> int:
        """The row drawn on a line of the rows (0 is the first row's first line)."""
        return bisect_right(self.tops, line) - 1

    # Keys and mouse ----------------------------------------------------------------------

    def move_cursor(self, row: int | None = None, column: int | None = None) -> None:
        """Put the cursor on a row (and, in the cell mode, a column) and bring it into view."""
        if row is not None and self.rows:
            was, self.cursor_row = self.cursor_row, min(max(0, row), len(self.rows) - 1)
            if self.cursor_row != was:
                self.post_message(self.Highlighted(self, self.cursor_row))
        if column is not None and self.cursor_type == "cell":
            self.cursor_column = min(max(self.fixed, column), len(self.widths) - 1)
        self._show_cursor()
        self.refresh()

    def action_move(self, rows: int, columns: int) -> None:
        if columns and self.cursor_type == "row":  # the row mode steps the view a column along
            self.scroll_to(x=self._column_start(columns), animate=False)
        self.move_cursor(self.cursor_row + rows, self.cursor_column + columns)

    def action_page(self, direction: int) -> None:
        """A screenful of lines on, to the row drawn there."""
        line = self.tops[self.cursor_row] + direction * self.lines_in_view
        self.move_cursor(self.row_at(min(max(0, line), self.tops[-1] - 1)))

    def action_edge(self, direction: int) -> None:
        self.move_cursor(0 if direction < 0 else len(self.rows) - 1)

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        at = event.get_content_offset(self)  # inside the frame, None on it
        if at is None or at.y < 1 or not self.rows:
            return
        line = round(self.scroll_y) + at.y - 1
        if not 0 <= line < self.tops[-1]:
            return
        row = self.row_at(line)
        column = self._column_at(at.x)
        if row == self.cursor_row and (self.cursor_type == "row" or column == self.cursor_column):
            self.action_select()
        else:
            self.move_cursor(row, column)

    def _column_at(self, x: int) -> int:
        """The column under a cell of the widget."""
        offset = x if x < self.fixed_width else x + round(self.scroll_x)
        return max(i for i, start in enumerate(self.starts[:-1]) if start <= offset)

    def _column_start(self, step: int) -> int:
        """Where the view scrolls to show one more column left (-1) or right (1)."""
        left = round(self.scroll_x) + self.fixed_width
        scrolled = [s for s in self.starts[self.fixed : -1] if s < left]
        first = len(scrolled) + self.fixed
        target = min(max(self.fixed, first + step), len(self.widths) - 1)
        return self.starts[target] - self.fixed_width

    def _show_cursor(self) -> None:
        top, first = round(self.scroll_y), self.tops[self.cursor_row]
        last = self.tops[self.cursor_row + 1]  # the line after the row
        if first < top:
            self.scroll_to(y=first, animate=False)
        elif last > top + self.lines_in_view:  # its top line first when it is taller than the view
            self.scroll_to(y=min(first, last - self.lines_in_view), animate=False)
        if self.cursor_type == "cell":
            view = self.scrollable_content_region.width - self.fixed_width
            start = self.starts[self.cursor_column] - self.fixed_width
            end = self.starts[self.cursor_column + 1] - self.fixed_width
            left = round(self.scroll_x)
            if start < left:
                self.scroll_to(x=start, animate=False)
            elif end > left + view:
                self.scroll_to(x=end - view, animate=False)

    # Rendering -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        style = self.rich_style
        if y == 0:
            cells = self.header
            base = style + self.get_component_rich_style("grid--header")
            fixed = base
            row = -1
        else:
            line = round(self.scroll_y) + y - 1
            if line >= self.tops[-1]:
                return Strip.blank(width, style)
            row = self.row_at(line)
            at = line - self.tops[row]
            cells = [cell[at] if at < len(cell) else _BLANK for cell in self.rows[row]]
            base = style
            if row % 2:
                base += self.get_component_rich_style("grid--odd-row")
            fixed = base + self.get_component_rich_style("grid--fixed")
        cursor = self.get_component_rich_style("grid--cursor")
        on_row = row == self.cursor_row

        def cell_style(index: int, plain: Style) -> Style:
            """The style under column `index` (-1: the blank right of the last)."""
            if on_row and (self.cursor_type == "row" or index == self.cursor_column):
                return plain + cursor
            return plain

        left = round(self.scroll_x)
        view = max(0, width - self.fixed_width)
        segments = [
            _cell(cells[i], self.widths[i], cell_style(i, fixed)) for i in range(self.fixed)
        ]
        scrolled = []
        first = None
        for index in range(self.fixed, len(cells)):
            start = self.starts[index] - self.fixed_width
            if start + self.widths[index] <= left:
                continue
            if start >= left + view:
                break
            if first is None:
                first = start
            scrolled.append(_cell(cells[index], self.widths[index], cell_style(index, base)))
        strip = Strip([segment for cell in segments for segment in cell])
        if scrolled:
            part = Strip([segment for cell in scrolled for segment in cell])
            strip = Strip.join([strip, part.crop(left - first, left - first + view)])
        # The row cursor runs to the edge, past the last column.
        return strip.adjust_cell_length(width, cell_style(-1, base))


_BLANK = Text()


def _plain(cell: Text) -> Text:
    """The cell as drawn: control characters as spaces, on one line."""
    plain = cell.plain.translate(PLAIN)
    if plain == cell.plain:
        return cell
    text = cell.copy()
    text.plain = plain
    return text


def _lines(cell: Text | Sequence[Text]) -> list[Text]:
    """A cell's lines as drawn: its own, or those of a text broken at each "\n"."""
    if isinstance(cell, Text):
        cell = cell.split("\n", allow_blank=True) if "\n" in cell.plain else [cell]
    return [_plain(line) for line in cell]


def _cell(text: Text, width: int, style: Style) -> list[Segment]:
    """A cell's segments, exactly `width` cells, `style` under the text's own and its spans'."""
    pad = " " * PADDING
    fill = " " * (width - 2 * PADDING - cell_len(text.plain))
    return [
        Segment(pad, style),
        *_styled(text, style + _style(text.style)),
        Segment(fill + pad, style),
    ]


def _styled(text: Text, base: Style) -> list[Segment]:
    """The text's segments: each run between span edges in `base` and the spans over it."""
    plain = text.plain
    if not text.spans:
        return [Segment(plain, base)]
    edges = sorted({0, len(plain), *(e for s in text.spans for e in (s.start, s.end))})
    segments = []
    for start, end in pairwise(edges):
        if start >= len(plain):
            break
        over = [_style(s.style) for s in text.spans if s.start <= start and s.end >= end]
        segments.append(Segment(plain[start:end], Style.chain(base, *over) if over else base))
    return segments


def _style(style: str | Style) -> Style:
    return Style.parse(style) if isinstance(style, str) else style
