"""The comparison view: how much of each version the others carry, and where each passage stands."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui.core.model import Comparison, Passage
from tui.widgets.key_footer import KeyFooter

SNIPPET = 48


def place(position: float | None) -> Text:
    """Where a passage stands in a version, in words a reader uses."""
    if position is None:
        return Text("—", "dim")
    if position < 1 / 3:
        return Text("lead", "bold")
    if position < 2 / 3:
        return Text("middle")
    return Text("end", "italic")


def snippet(comparison: Comparison, passage: Passage) -> Text:
    first = passage.members[0]
    words = comparison.versions[first.version].sentences[first.sentence].text.replace("\n", " ")
    return Text(words if len(words) <= SNIPPET else words[: SNIPPET - 1] + "…")


class MatrixScreen(Screen[int | None]):
    """Dismissed with the id of the passage chosen in the positions table, if any."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,m,q", "back", "Back")]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="matrix-body"):
            yield _title("Share of each row's article text found in each column's version")
            yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
            yield _title(
                "Where each passage stands in each version (lead, middle, end); enter reads it"
            )
            yield DataTable(id="positions", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        comparison = self.comparison
        labels = [Text(v.label or v.name) for v in comparison.versions]
        matrix = self.query_one("#matrix", DataTable)
        matrix.add_column(Text(""), key="row")
        for index, label in enumerate(labels):
            matrix.add_column(label, key=f"v{index}")
        for index, row in enumerate(comparison.similarity_matrix()):
            cells = [
                Text(f"{share:.0%}", "dim" if i == index else "") for i, share in enumerate(row)
            ]
            matrix.add_row(labels[index], *cells)
        positions = self.query_one("#positions", DataTable)
        positions.add_column(Text("#"), key="id")
        positions.add_column(Text("in"), key="support")
        for index, label in enumerate(labels):
            positions.add_column(label, key=f"v{index}")
        positions.add_column(Text("begins"), key="text")
        for passage in comparison.passages:
            positions.add_row(
                Text(str(passage.id + 1)),
                Text(f"{passage.support}/{len(comparison.versions)}"),
                *(place(comparison.position(passage, v)) for v in range(len(comparison.versions))),
                snippet(comparison, passage),
                key=str(passage.id),
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "positions" and event.row_key.value is not None:
            self.dismiss(int(event.row_key.value))

    def action_back(self) -> None:
        self.dismiss(None)


def _title(text: str) -> Static:
    return Static(Text(text, "bold"), classes="detail-title")
