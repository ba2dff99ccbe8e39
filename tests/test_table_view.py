"""Pilot tests of the story table (`t`): every key of the view, on the sample articles."""

from __future__ import annotations

import pytest
from helpers import compare_texts
from rich.style import Style

from tui.app import NewsdiffApp
from tui.core.comparison import realign
from tui.core.story_table import story_rows
from tui.screens.help import HelpScreen
from tui.screens.table import StoryTableScreen, _wrapped
from tui.widgets.grid import PADDING, Grid
from tui.widgets.key_footer import KeyFooter

SIZE = (200, 50)


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def table(app: NewsdiffApp) -> Grid:
    return app.screen.query_one("#story-table", Grid)


def current(app: NewsdiffApp):
    return app.screen.rows[table(app).cursor_row]


async def test_t_toggles_the_table_of_every_row_and_version(app):
    comparison = app.comparison
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        assert isinstance(app.screen, StoryTableScreen)
        assert table(app).row_count == len(story_rows(comparison))
        assert len(table(app).widths) == len(comparison.versions) + 2
        assert table(app).has_focus
        footer = "".join(s.text for s in app.screen.query_one(KeyFooter).render_line(0))
        for key in ("Read", "Back", "Next passage", "Prev passage", "Next unique"):
            assert key in footer
        await pilot.press("t")
        assert not isinstance(app.screen, StoryTableScreen)
        for key in ("t", "escape", "q"):
            await pilot.press("t")
            assert isinstance(app.screen, StoryTableScreen)
            await pilot.press(key)
            assert not isinstance(app.screen, StoryTableScreen)
        assert app.is_running


async def test_the_table_opens_at_the_passage_read(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        for _ in range(12):  # far enough down that the table must scroll to it
            await pilot.press("n")
        await pilot.press("t")
        await pilot.pause()
        assert current(app).passage is main.passage is not None
        grid, row = table(app), table(app).cursor_row
        assert grid.scroll_y <= grid.tops[row] < grid.scroll_y + grid.lines_in_view  # in view


async def test_n_and_p_step_through_the_passage_rows_in_story_order(app):
    passages = app.comparison.passages
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        table(app).move_cursor(row=0)
        await pilot.pause()
        # The first row is the first passage, or a sentence only one version has before it.
        seen = [current(app).passage] if current(app).passage else []
        while len(seen) < len(passages):
            await pilot.press("n")
            seen.append(current(app).passage)
        assert seen == list(passages)
        await pilot.press("n")
        assert current(app).passage is passages[-1]
        assert "no more passages this way" in [n.message for n in app._notifications]
        await pilot.press("p")
        assert current(app).passage is passages[-2]


async def test_u_and_shift_u_step_through_the_rows_only_one_version_has(app):
    rows = story_rows(app.comparison)
    unique = [i for i, row in enumerate(rows) if row.passage is None]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        table(app).move_cursor(row=0)
        await pilot.pause()
        start = 0 if rows[0].passage is not None else 1
        for expected in unique[start : start + 3]:
            await pilot.press("u")
            assert table(app).cursor_row == expected
            assert current(app).support == 1
        await pilot.press("U")
        assert table(app).cursor_row == unique[start + 1]


async def test_enter_reads_a_passage_row_in_the_panes(app):
    comparison = app.comparison
    # A passage the reader's version (the first) lacks: read in the first version that has it.
    wanted = next(p for p in comparison.passages if 0 not in p.versions)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("t")
        rows = app.screen.rows
        table(app).move_cursor(row=next(i for i, r in enumerate(rows) if r.passage is wanted))
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, StoryTableScreen)
        assert main.passage is wanted and main.active == wanted.versions[0]
        assert main.pane(main.active).cursor == wanted.members_of(main.active)[0].sentence


async def test_enter_reads_a_unique_row_in_its_version(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("t")
        table(app).move_cursor(row=0)
        for _ in range(3):
            await pilot.press("u")
        (version,) = current(app).versions
        (sentence,) = current(app).cells[version]
        await pilot.press("enter")
        await pilot.pause()
        assert main.active == version and main.pane(version).cursor == sentence
        assert main.passage is None


async def test_help_lists_the_table_key(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert ("t", "The story as a table: a row per passage, a column per version") in (
            app.screen.rows
        )


async def test_at_80_columns_the_versions_keep_a_readable_width(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        widths = [width - 2 * PADDING for width in table(app).widths[1:-1]]
        assert min(widths) >= 24
        # Opened at the first passage, which the first version has: in view from the start.
        assert current(app).passage is app.main_screen.passage is app.comparison.passages[0]
        assert table(app).scroll_x == 0
        await pilot.press("right")  # the table scrolls sideways by a version's column
        await pilot.pause()
        assert table(app).scroll_x == widths[0] + 2
        await pilot.press("left")
        await pilot.pause()
        assert table(app).scroll_x == 0
        # A row only a version out of view has brings that version into view.
        last = len(app.comparison.versions) - 1
        row = next(i for i, r in enumerate(app.screen.rows) if r.versions == (last,))
        table(app).move_cursor(row=row)
        await pilot.pause()
        assert table(app).scroll_x > 0


async def test_a_row_read_after_a_realign_is_read_in_the_new_comparison(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("t")
        rows = app.screen.rows
        index = next(i for i, r in enumerate(rows) if r.passage is not None and r.passage.id > 3)
        table(app).move_cursor(row=index)
        app.save(threshold=0.6)
        app.swap_comparison(realign(app.comparison.versions, 0.6))
        await pilot.press("enter")
        await pilot.pause()
        assert main.passage is None or main.passage in app.comparison.passages
        version, sentence = main.active, main.pane(main.active).cursor
        assert sentence in rows[index].cells[version]
        assert main.passage is app.comparison.passage_of(version, sentence)


async def test_one_version_makes_a_table_of_unique_rows():
    app = NewsdiffApp(compare_texts("One fact here. Another one there.\n"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        assert table(app).row_count == 2 and len(table(app).widths) == 3
        await pilot.press("n")
        assert "no more passages this way" in [n.message for n in app._notifications]
        await pilot.press("u", "enter")
        await pilot.pause()
        assert app.main_screen.pane(0).cursor == 1


def test_a_cell_is_wrapped_to_its_column_with_its_marks_on_the_lines():
    text = "The head of American diplomacy Antony Blinken met Chinese Vice President Han Zheng."
    start = text.index("Antony Blinken")
    red = Style(color="red")
    shown = _wrapped(text, [(start, start + len("Antony Blinken"), red)], 12)
    lines = [line.plain for line in shown]
    assert all(len(line) <= 12 for line in lines)
    assert " ".join(lines) == text
    marked = [line.plain[s.start : s.end] for line in shown for s in line.spans if s.style == red]
    assert marked == ["Antony", "Blinken"]  # split over two lines, the space between them dropped
