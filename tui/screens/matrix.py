"""The comparison view: how much of each version the others carry, and where each passage stands."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tui.core.model import Comparison, Passage
from tui.widgets.grid import Grid
from tui.widgets.key_footer import KeyFooter

SNIPPET = 36  # the first words of a passage, in a column that stays when others scroll


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
    """Dismissed with the id of the passage chosen in the positions table, if any.

    Each table scrolls on its own, both ways, its header row and its labels fixed: with fifty
    versions the columns run off the screen rather than shrink."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,m,q", "back", "Close")]
    AUTO_FOCUS = "#positions"  # enter, the key that reads a passage, acts here at once

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        comparison = self.comparison
        count = len(comparison.versions)
        labels = [Text(v.label or v.name) for v in comparison.versions]
        rows = [
            [
                labels[index],
                *(Text(f"{share:.0%}", "dim" if i == index else "") for i, share in enumerate(row)),
            ]
            for index, row in enumerate(comparison.similarity_matrix())
        ]
        matrix = Grid(
            [Text(""), *labels], rows, [str(i) for i in range(count)], cursor="cell", id="matrix"
        )
        matrix.border_title = "Share of each row's article text found in each column's version"
        yield matrix
        rows = [
            [
                Text(str(passage.id + 1)),
                Text(f"{passage.support}/{count}"),
                snippet(comparison, passage),
                *(place(comparison.position(passage, v)) for v in range(count)),
            ]
            for passage in comparison.passages
        ]
        header = [Text("#"), Text("in"), Text("begins"), *labels]
        keys = [str(passage.id) for passage in comparison.passages]
        # Fixed: the passage's number, its support and its first words.
        positions = Grid(header, rows, keys, fixed=3, id="positions")
        positions.border_title = (
            "Where each passage stands in each version (lead, middle, end); enter reads it"
        )
        yield positions
        yield KeyFooter()

    def on_grid_selected(self, event: Grid.Selected) -> None:
        if event.grid.id == "positions":
            self.dismiss(int(event.key))

    def action_back(self) -> None:
        self.dismiss(None)
