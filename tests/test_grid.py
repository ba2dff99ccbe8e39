"""The Grid widget on its own: rows of several lines, the cursor kept in view, clicks, spans."""

from __future__ import annotations

from rich.style import Style
from rich.text import Span, Text
from textual.app import App, ComposeResult

from tui.widgets.grid import Grid

RED = Style(color="red")


def tall_rows(count: int) -> list[list[Text]]:
    """Rows of two columns; every third row three lines tall."""
    return [
        [Text(str(i)), Text("\n".join(f"row {i} line {n}" for n in range(3 if i % 3 == 0 else 1)))]
        for i in range(count)
    ]


class GridApp(App):
    def __init__(self, rows: list[list[Text]]) -> None:
        super().__init__()
        self.rows = rows
        self.highlighted: list[int] = []
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield Grid([Text("#"), Text("text")], self.rows, [f"k{i}" for i in range(len(self.rows))])

    def on_grid_highlighted(self, event: Grid.Highlighted) -> None:
        self.highlighted.append(event.row)

    def on_grid_selected(self, event: Grid.Selected) -> None:
        self.selected.append(event.key)


def line_text(grid: Grid, y: int) -> str:
    return "".join(segment.text for segment in grid.render_line(y)).rstrip()


async def test_a_row_is_as_tall_as_its_tallest_cell():
    app = GridApp(tall_rows(4))
    async with app.run_test(size=(40, 12)) as pilot:
        grid = app.query_one(Grid)
        await pilot.pause()
        assert grid.tops == [0, 3, 4, 5, 8] and grid.virtual_size.height == 9
        drawn = [line_text(grid, y) for y in range(1, 6)]
        assert drawn[0].split() == ["0", "row", "0", "line", "0"]
        assert drawn[2].split() == ["row", "0", "line", "2"]  # the number's cell is blank there
        assert drawn[3].split() == ["1", "row", "1", "line", "0"]


async def test_the_cursor_brings_a_whole_tall_row_into_view_and_says_so():
    app = GridApp(tall_rows(30))
    async with app.run_test(size=(40, 8)) as pilot:  # the header and 7 lines of rows
        grid = app.query_one(Grid)
        await pilot.pause()
        grid.move_cursor(row=9)  # lines 15 to 17
        await pilot.pause()
        top = round(grid.scroll_y)
        assert top <= grid.tops[9] and grid.tops[10] <= top + grid.lines_in_view
        assert app.highlighted[-1] == 9
        await pilot.press("pageup")
        await pilot.pause()
        assert grid.cursor_row < 9 and grid.tops[9] - grid.tops[grid.cursor_row] <= 7
        await pilot.press("home")
        await pilot.pause()
        assert grid.cursor_row == 0 and grid.scroll_y == 0


async def test_a_click_on_any_line_of_a_row_moves_to_it_and_a_second_reads_it():
    app = GridApp(tall_rows(4))
    async with app.run_test(size=(40, 12)) as pilot:
        grid = app.query_one(Grid)
        await pilot.pause()
        await pilot.click(grid, offset=(3, 6))  # the header, row 0 (3 lines), 1, 2, then row 3
        assert grid.cursor_row == 3 and app.selected == []
        await pilot.click(grid, offset=(3, 7))  # the same row's second line
        await pilot.pause()
        assert app.selected == ["k3"]


async def test_a_cells_spans_are_drawn_in_their_style():
    marked = Text("a red word", spans=[Span(2, 5, RED)])
    app = GridApp([[Text("1"), marked]])
    async with app.run_test(size=(40, 6)) as pilot:
        grid = app.query_one(Grid)
        await pilot.pause()
        segments = list(grid.render_line(1))
        red = [s.text for s in segments if s.style and s.style.color == RED.color]
        assert red == ["red"]
