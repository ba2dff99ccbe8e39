"""The story as a table: a row per passage in story order, a column per version (its sentences for
the fact, or "—"), discrepancies marked in their cells, unique sentences in rows of their own."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Span, Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

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
        Binding("right", "versions(1)", "Versions to the right", show=False, priority=True),
        Binding("left", "versions(-1)", "Versions to the left", show=False, priority=True),
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
        self._width = MIN_COLUMN  # of each version's column, once the screen's width is known

    def _first_row(self, version: int, sentence: int | None, passage: Passage | None) -> int:
        for index, row in enumerate(self.rows):
            if passage is not None and row.passage is passage:
                return index
            if passage is None and sentence is not None and sentence in row.cells[version]:
                return index
        return 0

    def compose(self) -> ComposeResult:
        yield Static(id="story-title")
        yield DataTable(id="story-table", cursor_type="row", zebra_stripes=True, fixed_columns=1)
        yield KeyFooter()

    def on_mount(self) -> None:
        comparison = self.comparison
        n = len(comparison.versions)
        passages, unique = len(comparison.passages), len(self.rows) - len(comparison.passages)
        self.query_one("#story-title", Static).update(
            Text(
                f"Story table · {passages} passages in story order · "
                f"{UNIQUE_MARK} {unique} sentences only one version has",
                "bold",
            )
        )
        table = self.query_one("#story-table", DataTable)
        # Each version column shares what the number and support columns and padding leave.
        spare = self.size.width - NUMBER_COLUMN - SUPPORT_COLUMN - 2 * (n + 2) - 2
        width = self._width = max(MIN_COLUMN, spare // max(n, 1))
        table.add_column(Text("#"), key="number", width=NUMBER_COLUMN)
        for v, label in enumerate(column_labels(comparison)):
            table.add_column(Text(label, "bold"), key=f"v{v}", width=width)
        table.add_column(Text("in"), key="support", width=SUPPORT_COLUMN)
        palette = palette_for(self.app, n)
        styles = {"variant": palette.variant}
        for index, row in enumerate(self.rows):
            cells = []
            for v in range(n):
                if not row.cells[v]:
                    cells.append(Text(MISSING, "dim"))
                    continue
                text, marks = cell(comparison, row, v)
                spans = [(m.start, m.end, styles.get(m.kind, palette.discrepancy)) for m in marks]
                cells.append(_wrapped(text.replace("\n", " "), spans, width))
            number = str(row.passage.id + 1) if row.passage else UNIQUE_MARK
            table.add_row(
                Text(number),
                *cells,
                Text(support_label(comparison, row)),
                key=str(index),
                height=max(len(c.plain.split("\n")) for c in cells),
            )
        table.move_cursor(row=self._start, animate=False)
        table.focus()

    @property
    def row(self) -> int:
        return self.query_one("#story-table", DataTable).cursor_row

    def _move(self, direction: int, unique: bool) -> None:
        """To the next (1) or previous (-1) passage row, or row only one version has."""
        indexes = range(self.row + direction, len(self.rows) if direction > 0 else -1, direction)
        found = next((i for i in indexes if (self.rows[i].passage is None) == unique), None)
        if found is None:
            what = "sentences only one version has" if unique else "passages"
            self.notify(f"no more {what} this way", timeout=2)
            return
        self.query_one("#story-table", DataTable).move_cursor(row=found)

    def action_passage(self, direction: int) -> None:
        self._move(direction, unique=False)

    def action_unique(self, direction: int) -> None:
        self._move(direction, unique=True)

    def action_versions(self, direction: int) -> None:
        """Scroll by one version's column, not by a character as the table would."""
        table = self.query_one("#story-table", DataTable)
        table.scroll_relative(x=direction * (self._width + 2), animate=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Scroll sideways to the row's first version when none of its versions is in view: a
        row only an off-screen version has would look empty."""
        table, step = event.data_table, self._width + 2
        if event.cursor_row != table.cursor_row:
            return  # a row passed on the way (the first, as the table opens at another)
        view = table.scrollable_content_region.width - NUMBER_COLUMN - 2
        versions = self.rows[event.cursor_row].versions
        if not any(table.scroll_x <= v * step <= table.scroll_x + view - step for v in versions):
            table.scroll_to(x=versions[0] * step, animate=False)

    def action_read(self) -> None:
        self.dismiss(self.chosen(self.rows[self.row]))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
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


def _wrapped(text: str, marks: list[tuple[int, int, Style]], width: int) -> Text:
    """The cell wrapped here, as the panes wrap, its marks moved onto the lines: a table left
    to wrap and measure each row itself renders every cell of every row before showing one."""
    lines = [(start, start + len(text[start:end].rstrip())) for start, end in wrap(
        text, 0, len(text), width, cells_of(text))]  # fmt: skip
    spans, at = [], 0  # `at`: where each line starts in the wrapped text
    for start, end in lines:
        spans.extend(
            Span(max(a, start) - start + at, min(b, end) - start + at, style)
            for a, b, style in marks
            if a < end and b > start
        )
        at += end - start + 1
    return Text("\n".join(text[start:end] for start, end in lines), end="", spans=spans)
