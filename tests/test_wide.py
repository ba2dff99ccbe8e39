"""Pilot tests of the matrix and the passage detail: at fifty versions of one story they scroll
to every version rather than squeeze them, and the matrix's keys act where the reader looks."""

from __future__ import annotations

import pytest
from helpers import document
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app import NewsdiffApp
from tui.core.comparison import compare
from tui.screens.detail import PassageDetail
from tui.screens.matrix import MatrixScreen
from tui.widgets.grid import Grid

SIZE = (120, 40)
VERSIONS = 50
STORY = (
    "Rescuers pulled 12 survivors from the collapsed mine in Zonguldak on Tuesday. ",
    "The governor said the search would go on through the night despite the rain. ",
    "Relatives gathered outside the hospital where the injured were being treated. ",
    "The mining company said it would open an inquiry into the cause of the blast. ",
)


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


@pytest.fixture(scope="module")
def wide():
    """Fifty outlets' copies of one wire story, each trimming or changing a little."""
    texts = []
    for i in range(VERSIONS):
        sentences = list(STORY)
        if i % 3 == 1:
            sentences[0] = sentences[0].replace("12", "11")
        if i % 4 == 2:
            del sentences[2]
        texts.append("".join(sentences) + "\n")
    return compare(
        [document(t, f"{i:02}.txt", label=f"Outlet {i:02}") for i, t in enumerate(texts)]
    )


def row_text(grid: Grid, y: int) -> str:
    return "".join(segment.text for segment in grid.render_line(y))


async def test_the_matrix_at_fifty_versions_scrolls_to_every_version(wide):
    async with NewsdiffApp(wide).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MatrixScreen)
        matrix = pilot.app.screen.query_one("#matrix", Grid)
        positions = pilot.app.screen.query_one("#positions", Grid)
        assert matrix.row_count == VERSIONS
        # Wider than the screen: the columns keep their width and the table scrolls.
        for grid in (matrix, positions):
            assert grid.virtual_size.width > grid.size.width
            assert grid.max_scroll_x > 0
        assert "Outlet 49" not in row_text(positions, 0)
        shown: set[str] = set()
        for _ in range(VERSIONS):
            shown |= {
                f"Outlet {i:02}"
                for i in range(VERSIONS)
                if f"Outlet {i:02}" in row_text(positions, 0)
            }
            await pilot.press("right")
        assert shown == {f"Outlet {i:02}" for i in range(VERSIONS)}
        assert positions.scroll_x > 0
        # Scrolled to the last version, the passage's number and first words stay in view.
        assert row_text(positions, 0).split()[:3] == ["#", "in", "begins"]
        assert row_text(positions, 1).split()[:2] == ["1", f"{wide.passages[0].support}/50"]
        # The matrix's row labels stay as its cell cursor goes right and down.
        matrix.focus()
        for key in ("end", *["right"] * VERSIONS):
            await pilot.press(key)
        assert matrix.scroll_x > 0 and matrix.scroll_y > 0
        assert matrix.cursor_column == VERSIONS and matrix.cursor_row == VERSIONS - 1
        last_row = matrix.cursor_row - round(matrix.scroll_y) + 1
        assert row_text(matrix, last_row).split()[:2] == ["Outlet", "49"]
        assert "Outlet 49" in row_text(matrix, 0)


async def test_the_detail_at_fifty_versions_scrolls_to_every_version(wide):
    async with NewsdiffApp(wide).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PassageDetail)
        assert screen.passage.support == VERSIONS
        headers = [str(widget.render()) for widget in screen.query(Static).filter(".detail-header")]
        assert all(any(h.startswith(f"Outlet {i:02}") for h in headers) for i in range(VERSIONS))
        body = screen.query_one("#detail-body", VerticalScroll)
        assert body.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y


async def test_enter_in_the_matrix_reads_the_passage_at_once(seed_comparison):
    # The keys go to the positions table from the start, no tab needed.
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m", "down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, MatrixScreen)
        assert app.main_screen.passage is seed_comparison.passages[1]


async def test_the_matrix_draws_the_table_that_takes_the_keys(seed_comparison):
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        matrix, positions = app.screen.query(Grid)
        assert app.focused is positions
        assert positions.styles.border_top[1] != matrix.styles.border_top[1]
        focused_frame = positions.styles.border_top[1]
        await pilot.press("tab")
        assert app.focused is matrix
        assert matrix.styles.border_top[1] == focused_frame != positions.styles.border_top[1]


async def test_a_click_in_the_positions_table_moves_to_a_row_and_a_second_reads_it(
    seed_comparison,
):
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        positions = app.screen.query_one("#positions", Grid)
        await pilot.click(positions, offset=(2, 4))  # under the frame and the header: rows 0, 1, 2
        assert positions.cursor_row == 2 and isinstance(app.screen, MatrixScreen)
        await pilot.click(positions, offset=(2, 4))
        await pilot.pause()
        assert app.main_screen.passage is seed_comparison.passages[2]
