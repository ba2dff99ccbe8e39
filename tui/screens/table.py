"""The story as a table: a row per passage in story order, a column per version (its sentences for
the fact, or "—"), discrepancies marked in their cells, unique sentences in rows of their own."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Span, Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from tui.core.html_columns import UNIQUE_MARK
from tui.core.model import Comparison, Passage
from tui.core.story_table import (
    MISSING,
    StoryRow,
    cell,
    column_labels,
    story_rows,
    support_label,
)
from tui.widgets.grid import PADDING, Grid
from tui.widgets.key_footer import KeyFooter
from tui.widgets.palette import palette_for
from tui.widgets.pane_layout import cells_of, wrap

MIN_COLUMN = 24  # narrower, a cell shows too few words per line to read; the table scrolls instead
NUMBER_COLUMN = 4  # "123" or "†"
SUPPORT_COLUMN = 5  # "12/50"

# (version, sentence, passage or None): what the main screen reads when the table closes.
Chosen = tuple[int, int, Passage | None]


class StoryTableScreen(Screen[Chosen | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,t,q", "back", "Back"),
        Binding("n", "passage(1)", "Next passage"),
        Binding("p", "passage(-1)", "Prev passage"),
        Binding("u", "unique(1)", "Next unique", tooltip="Next row only one version has"),
        Binding("U", "unique(-1)", "Prev unique", show=False),
        # Before the table's own enter, so that the footer shows it.
        Binding("enter", "read", "Read", tooltip="Read this row in the panes", priority=True),
    ]

    def __init__(
        self, comparison: Comparison, version: int, sentence: int | None, passage: Passage | None
    ) -> None:
        """Opened at the row of the passage read (else of the sentence at the cursor);
        `version` is the reader's, where a passage it has is read when the table closes."""
        super().__init__()
        self.comparison = comparison
        self.reader = version
        self.rows = story_rows(comparison)
        self._start = self._first_row(version, sentence, passage)

    def _first_row(self, version: int, sentence: int | None, passage: Passage | None) -> int:
        for index, row in enumerate(self.rows):
            if passage is not None and row.passage is passage:
                return index
            if passage is None and sentence is not None and sentence in row.cells[version]:
                return index
        return 0

    def compose(self) -> ComposeResult:
        comparison = self.comparison
        n = len(comparison.versions)
        passages, unique = len(comparison.passages), len(self.rows) - len(comparison.passages)
        yield Static(
            Text(
                f"Story table · {passages} passages in story order · "
                f"{UNIQUE_MARK} {unique} sentences only one version has",
                "bold",
            ),
            id="story-title",
        )
        # Each version column shares what the number and support columns and padding leave.
        padding = 2 * PADDING * (n + 2)
        spare = self.app.size.width - NUMBER_COLUMN - SUPPORT_COLUMN - padding - 2
        width = max(MIN_COLUMN, spare // max(n, 1))
        palette = palette_for(self.app, n)
        styles = {"variant": palette.variant}
        rows = []
        for row in self.rows:
            cells = []
            for v in range(n):
                if not row.cells[v]:
                    cells.append(Text(MISSING, "dim"))
                    continue
                text, marks = cell(comparison, row, v)
                spans = [(m.start, m.end, styles.get(m.kind, palette.discrepancy)) for m in marks]
                cells.append(_wrapped(text.replace("\n", " "), spans, width))
            number = str(row.passage.id + 1) if row.passage else UNIQUE_MARK
            rows.append([Text(number), *cells, Text(support_label(comparison, row))])
        yield Grid(
            [Text("#"), *(Text(label) for label in column_labels(comparison)), Text("in")],
            rows,
            [str(index) for index in range(len(rows))],
            widths=[NUMBER_COLUMN, *[width] * n, SUPPORT_COLUMN],
            id="story-table",
        )
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#story-table", Grid)
        table.focus()
        # Once laid out: before, the table has no height to bring the row into.
        self.call_after_refresh(table.move_cursor, row=self._start)

    @property
    def row(self) -> int:
        return self.query_one("#story-table", Grid).cursor_row

    def _move(self, direction: int, unique: bool) -> None:
        """To the next (1) or previous (-1) passage row, or row only one version has."""
        indexes = range(self.row + direction, len(self.rows) if direction > 0 else -1, direction)
        found = next((i for i in indexes if (self.rows[i].passage is None) == unique), None)
        if found is None:
            what = "sentences only one version has" if unique else "passages"
            self.notify(f"no more {what} this way", timeout=2)
            return
        self.query_one("#story-table", Grid).move_cursor(row=found)

    def action_passage(self, direction: int) -> None:
        self._move(direction, unique=False)

    def action_unique(self, direction: int) -> None:
        self._move(direction, unique=True)

    def on_grid_highlighted(self, event: Grid.Highlighted) -> None:
        """Scroll sideways to the row's first version when none of its versions is in view: a
        row only an off-screen version has would look empty."""
        table = event.grid
        if event.row != table.cursor_row:
            return  # a row passed on the way
        view = table.scrollable_content_region.width - table.fixed_width
        left = round(table.scroll_x)
        starts = [table.starts[v + 1] - table.fixed_width for v in self.rows[event.row].versions]
        if not any(left <= start and start + table.widths[1] <= left + view for start in starts):
            table.scroll_to(x=starts[0], animate=False)

    def action_read(self) -> None:
        self.dismiss(self.chosen(self.rows[self.row]))

    def on_grid_selected(self, event: Grid.Selected) -> None:
        event.stop()
        self.action_read()

    def chosen(self, row: StoryRow) -> Chosen:
        """The row's sentence in the reader's version when it has one, else the first's; and
        its passage, unless a realign has replaced this comparison meanwhile (the sentences
        stay, the passages do not)."""
        version = self.reader if row.cells[self.reader] else row.versions[0]
        current = self.app.comparison is self.comparison
        return version, row.cells[version][0], row.passage if current else None

    def action_back(self) -> None:
        self.dismiss(None)


def _wrapped(text: str, marks: list[tuple[int, int, Style]], width: int) -> list[Text]:
    """The cell's lines, wrapped here as the panes wrap, its marks moved onto them."""
    lines = []
    for start, end in wrap(text, 0, len(text), width, cells_of(text)):
        end = start + len(text[start:end].rstrip())
        spans = [
            Span(max(a, start) - start, min(b, end) - start, style)
            for a, b, style in marks
            if a < end and b > start
        ]
        lines.append(Text(text[start:end], end="", spans=spans))
    return lines
