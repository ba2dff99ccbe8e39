"""Pilot tests for how the app looks and holds up: the status line, pane widths, focus, colours,
the pop-ups, a storm of keys, and the README's screenshots (issue 17)."""

from __future__ import annotations

import html
import importlib
import re
from pathlib import Path

import pytest
from helpers import document
from rich.cells import cell_len
from textual import events
from textual.color import Color
from textual.widgets import Input, OptionList, SelectionList
from textual.widgets._toast import Toast

from tui import cli
from tui.app import NewsdiffApp
from tui.core.comparison import compare
from tui.core.model import Comparison
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MIN_PANE_WIDTH, MainScreen
from tui.widgets.grid import Grid
from tui.widgets.key_footer import KeyFooter
from tui.widgets.version_pane import HEADER_ROWS

SIZE = (200, 50)
SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def burst(app: NewsdiffApp, *keys: str) -> None:
    """Keys sent at once, as a terminal delivers fast typing: each is handled before what the
    previous one started (a dialog closing, a screen opening) has finished."""
    for key in keys:
        event = events.Key(key, "\r" if key == "enter" else key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)


def footer_text(app: NewsdiffApp) -> str:
    return "".join(segment.text for segment in app.screen.query_one(KeyFooter).render_line(0))


def stack(app: NewsdiffApp) -> list[type]:
    return [type(screen) for screen in app.screen_stack]


# 6. Only q, ctrl+c and the palette quit ---------------------------------------------------------


async def test_enters_queued_behind_the_palette_choice_never_end_the_app(app):
    """The palette ran its command once per queued enter, each time dismissing whatever screen
    was on top: the export dialog, then the main screen's turn raised and ended the app."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e", "ctrl+p", *"help")
        await pilot.pause(0.3)
        burst(app, "enter", "enter", "enter")
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None
        assert stack(app) == [MainScreen, ExportScreen, HelpScreen]


async def test_enters_queued_in_the_matrix_never_end_the_app(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#positions", Grid).focus()
        await pilot.pause()
        burst(app, "enter", "enter", "enter")
        await pilot.pause(0.3)
        assert app.is_running and stack(app) == [MainScreen]
        assert app.main_screen.passage is not None


async def test_a_second_enter_in_the_export_dialog_leaves_the_question_it_asked(app, tmp_path):
    target = tmp_path / "story.html"
    target.write_text("old", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        burst(app, "enter", "enter")
        await pilot.pause(0.3)
        assert stack(app) == [MainScreen, ConfirmScreen]
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# 5. Pop-ups ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["e", "slash", "question_mark", "v"])
async def test_every_popup_says_esc_closes_it_and_esc_does(app, key):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        footer = footer_text(app)
        assert "esc Close" in footer
        if key in ("e", "slash"):  # typed into the field, these keys are not the app's there
            assert "Quit" not in footer and "Help" not in footer
        await pilot.press("escape")
        await pilot.pause()
        assert stack(app) == [MainScreen]


async def test_the_confirm_dialog_says_esc_closes_it(app, tmp_path):
    target = tmp_path / "story.html"
    target.write_text("old", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "esc Close" in footer_text(app) and "y Yes" in footer_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert stack(app) == [MainScreen] and target.read_text(encoding="utf-8") == "old"


def test_the_command_line_reports_a_crash_of_the_app_as_a_failure(monkeypatch):
    """Textual ends a crashed app with return code 1 after printing the traceback; newsdiff
    exited 0 all the same, so a crash looked like a quit."""
    monkeypatch.setattr(NewsdiffApp, "run", lambda self, **options: None)
    monkeypatch.setattr(NewsdiffApp, "return_code", property(lambda self: 1))
    assert cli.main([]) == 1


# 1. The status line at 80 columns, and notices -----------------------------------------------


def antony_passage(app: NewsdiffApp) -> int:
    """The passage whose versions disagree on "Antony" and "Anthony"."""
    return next(
        p.id
        for p in app.comparison.passages
        for d in p.discrepancies
        if {"Antony", "Anthony"} <= {r.text for r in d.readings}
    )


async def go_to_passage(app: NewsdiffApp, pilot, passage: int) -> None:
    main = app.main_screen
    while main.passage is None or main.passage.id != passage:
        await pilot.press("n")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
async def test_the_status_line_keeps_the_passage_and_its_disagreement(app, size):
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        target = antony_passage(app)
        await go_to_passage(app, pilot, target)
        status = app.query_one("#status")
        shown = status.text.plain
        assert cell_len(shown) <= status.content_region.width  # nothing cut
        assert f"passage {target + 1} of {len(app.comparison.passages)}" in shown
        assert "Antony" in shown and "Anthony" in shown
        if size[0] == 200:
            assert "threshold" in shown and "similarity" in shown
        if size[0] == 80:
            assert "threshold" not in shown and "similarity" not in shown


async def test_forty_fast_n_at_the_end_say_no_more_passages_once(app):
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await go_to_passage(app, pilot, len(app.comparison.passages) - 1)
        burst(app, *["n"] * 40)
        await pilot.pause(0.3)
        said = [n.message for n in app._notifications]
        assert said.count("no more passages this way") == 1


async def test_notices_stack_above_the_status_line(app):
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("one")
        app.notify("two")
        await pilot.pause(0.3)
        status = app.query_one("#status").region
        toasts = [toast.region for toast in app.screen.query(Toast)]
        assert toasts and all(not toast.overlaps(status) for toast in toasts)


# 2. Readable panes, and a chooser that shows what is shown ------------------------------------


def many(count: int) -> Comparison:
    base = "The minister met the envoy in Geneva on Monday. They spoke for {n} hours.\n"
    return compare([document(base.format(n=n), f"v{n:02}.txt") for n in range(count)])


async def test_versions_chosen_wide_stay_readable_when_the_window_narrows(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("v", "enter")  # every version ticked: all five chosen
        await pilot.pause()
        assert main.shown == tuple(range(5))
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert main.shown == (0, 1)
        assert all(main.pane(v).size.width >= MIN_PANE_WIDTH for v in main.shown)
        assert "2/5 shown" in app.query_one("#status").text.plain
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert main.shown == tuple(range(5))  # the choice outlives the narrow window


async def test_eight_versions_tick_in_the_chooser_exactly_the_panes_shown(config_dir):
    app = NewsdiffApp(many(8))
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert len(main.shown) == SIZE[0] // MIN_PANE_WIDTH < 8
        assert all(main.pane(v).size.width >= MIN_PANE_WIDTH for v in main.shown)
        await pilot.press("v")
        await pilot.pause()
        assert tuple(sorted(app.screen.query_one(SelectionList).selected)) == main.shown
        await pilot.press("a", "enter")  # all eight: still only what fits, the rest said
        await pilot.pause()
        assert len(main.shown) == SIZE[0] // MIN_PANE_WIDTH
        assert f"{len(main.shown)}/8 shown" in app.query_one("#status").text.plain


async def test_the_chooser_of_fifty_versions_scrolls_inside_the_window(config_dir):
    app = NewsdiffApp(many(50))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        chooser = app.screen.query_one(SelectionList)
        dialog = app.screen.query_one(".dialog")
        assert chooser.max_scroll_y > 0  # it scrolls ...
        assert dialog.region.bottom <= 23 and chooser.region.bottom <= dialog.region.bottom
        for _ in range(49):
            await pilot.press("down")
        await pilot.press("space")  # ... to the last version, which can be ticked
        assert 49 in chooser.selected


# 3. The focused pane is drawn clearly ----------------------------------------------------------


async def test_the_focused_pane_has_a_primary_header_and_edge(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        primary = Color.parse(app.theme_variables["primary"]).rich_color

        def header_and_edge(version: int) -> tuple:
            pane = main.pane(version)
            header = next(iter(pane.render_line(0))).style
            edge = list(pane.render_line(HEADER_ROWS + 3))[-1].style
            return header.bgcolor, header.bold, edge.color

        assert header_and_edge(0) == (primary, True, primary)
        assert primary not in header_and_edge(1)
        await pilot.press("tab")
        await pilot.pause()
        assert header_and_edge(1) == (primary, True, primary)
        assert primary not in header_and_edge(0)


async def test_search_marks_the_words_that_matched_and_reads_no_markup(config_dir):
    texts = {
        "a.txt": "The [bold]minister[/bold] met the envoy in Geneva on Monday.\n",
        "b.txt": "The minister met the envoy in Geneva on Tuesday.\n",
    }
    app = NewsdiffApp(compare([document(t, n, path=n) for n, t in texts.items()]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"geneva")
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        assert results.option_count == 2
        for index in range(2):
            prompt = results.get_option_at_index(index).prompt
            marked = {prompt.plain[span.start : span.end] for span in prompt.spans}
            assert "Geneva" in marked
        assert any(
            "[bold]minister[/bold]" in results.get_option_at_index(i).prompt.plain for i in range(2)
        )


ALONE = "A single report.\n\nIt has two paragraphs, and no other version to compare.\n"


async def test_one_version_alone_hides_the_keys_that_compare_and_says_why(config_dir):
    app = NewsdiffApp(compare([document(ALONE, "only.txt", path="only.txt")]))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        footer = footer_text(app)
        for hidden in ("Next passage", "Detail", "Matrix", "Versions"):
            assert hidden not in footer
        assert "Search" in footer and "Quit" in footer
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Next passage" not in titles and "Search" in titles
        for key in ("n", "enter", "m", "v"):
            await pilot.press(key)
            await pilot.pause()
            assert stack(app) == [MainScreen]
        said = [n.message for n in app._notifications]
        assert said.count("one version alone: that key compares versions") == 1  # coalesced


async def test_the_palette_offers_only_the_panes_shown(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Focus pane 1", "Focus pane 2"} <= titles
        assert not any(f"Focus pane {n}" in titles for n in range(3, 10))


async def test_an_unknown_theme_in_the_settings_is_named(seed_comparison, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text('{"theme": "no-such-theme"}', encoding="utf-8")
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        said = " ".join(n.message for n in app._notifications)
        assert "'no-such-theme'" in said and app.theme == "textual-dark"


# 4. Every cell on the theme's background ------------------------------------------------------


def cells_without_background(app: NewsdiffApp) -> list[tuple[int, str]]:
    """(row, text) of what the screen would draw on the terminal's own background."""
    update = app.screen._compositor.render_update(full=True)
    return [
        (row, segment.text)
        for row, strips in enumerate(update.strips)
        for strip in strips
        for segment in strip
        if not segment.control and (segment.style is None or segment.style.bgcolor is None)
    ]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("keys", [["n", "n"], ["s"], ["v"], ["slash", "a"], ["question_mark"]])
async def test_every_cell_is_drawn_on_the_themes_background(app, theme, keys):
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        assert cells_without_background(app) == []


# 7. The screenshots show what the app shows now -------------------------------------------------


def screen_words(svg: Path) -> list[str]:
    """The words of a Textual SVG screenshot, line by line: its text, not its styling. Runs of
    spaces are not drawn as text, so a gap between two runs is a space."""
    pattern = r'<text [^>]*x="([\d.]+)" y="([\d.]+)" textLength="([\d.]+)"[^>]*>(.*?)</text>'
    lines: dict[float, list[tuple[float, float, str]]] = {}
    for x, y, length, text in re.findall(pattern, svg.read_text(encoding="utf-8")):
        lines.setdefault(float(y), []).append((float(x), float(length), html.unescape(text)))
    words = []
    for y in sorted(lines):
        line, end = "", 0.0
        for x, length, text in sorted(lines[y]):
            line += (" " if x > end + 0.5 else "") + text
            end = x + length
        words.extend(line.split())
    return words


@pytest.mark.parametrize("name", ["main", "narrow", "detail"])
async def test_the_screenshots_match_a_fresh_render(seed_comparison, tmp_path, monkeypatch, name):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    shots = importlib.import_module("make_screenshots")
    fresh = await shots.shoot(seed_comparison, name, tmp_path)
    committed = shots.OUT / f"{name}.svg"
    assert screen_words(committed) == screen_words(fresh), (
        f"{committed} is out of date: run scripts/make_screenshots.py"
    )
