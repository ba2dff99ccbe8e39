"""Pilot tests: every key of the main screen does what a reader expects, on the sample articles."""

from __future__ import annotations

import gc
import json
import os
import re
import time
from pathlib import Path

import pytest
from helpers import WORLD_CUP, document
from rich.cells import cell_len
from textual import events
from textual.command import CommandPalette
from textual.widgets import Input

import tui.core.comparison
from tui.app import NewsdiffApp
from tui.core.comparison import compare, realign
from tui.core.model import Document
from tui.screens.confirm import ConfirmScreen
from tui.screens.detail import PassageDetail
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MIN_PANE_WIDTH, MainScreen
from tui.screens.matrix import MatrixScreen
from tui.screens.search import SearchScreen
from tui.screens.versions import VersionChooser
from tui.widgets.entity_sidebar import EntitySidebar
from tui.widgets.grid import Grid
from tui.widgets.key_footer import KeyFooter
from tui.widgets.pane_layout import cells_of, wrap
from tui.widgets.version_pane import HEADER_ROWS, VersionPane

SIZE = (200, 50)


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def saved(config_dir: Path) -> dict:
    return json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))


def notices(app: NewsdiffApp) -> list[str]:
    return [n.message for n in app._notifications]


def line_text(pane: VersionPane, row: int) -> str:
    """A row of the pane's text (row 0 is the first under the header)."""
    return header_text(pane, HEADER_ROWS + row)


def header_text(pane: VersionPane, row: int = 0) -> str:
    return "".join(segment.text for segment in pane.render_line(row))


def footer_text(app: NewsdiffApp) -> str:
    return "".join(segment.text for segment in app.screen.query_one(KeyFooter).render_line(0))


def cursor_text(app: NewsdiffApp) -> str:
    pane = app.main_screen.pane(app.main_screen.active)
    return app.comparison.versions[app.main_screen.active].sentences[pane.cursor].text


def on_screen(pane: VersionPane, sentence: int) -> bool:
    row = pane.row_of(sentence)
    return row is not None and 0 <= row < pane.scrollable_content_region.height - HEADER_ROWS


def documents(texts: dict[str, str]) -> list[Document]:
    return [document(text, name, path=name) for name, text in texts.items()]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said “the talks went well” in Geneva on Monday, officials said.",
        "外交部长周一在日内瓦表示会谈进展顺利，官员们说。Talks went well, officials said.",
        "A longwordthatnopanecouldholdinonelinewhateveritswidth ends here.",
    ],
)
@pytest.mark.parametrize("width", [7, 12, 30])
def test_wrapped_lines_fit_the_width_and_keep_every_character(text, width):
    cells = cells_of(text)
    assert (cells is len) == text.startswith(("The", "A "))  # wide glyphs need Rich's measure
    lines = wrap(text, 0, len(text), width, cells)
    assert "".join(text[start:end] for start, end in lines) == text
    assert all(cell_len(text[start:end].rstrip()) <= width for start, end in lines)


async def test_opens_with_every_version_and_cursor_on_the_lead(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.shown == tuple(range(5))
        assert isinstance(app.focused, VersionPane) and app.focused.version == 0
        lead = main.pane(0).cursor
        assert lead is not None
        assert not app.comparison.versions[0].sentences[lead].boilerplate


@pytest.mark.parametrize(("forward", "back"), [("down", "up"), ("j", "k")])
async def test_cursor_keys_move_through_sentences(app, forward, back):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        start = main.pane(0).cursor
        shown = main.pane(0).shown_sentences()
        await pilot.press(forward)
        assert main.pane(0).cursor == shown[shown.index(start) + 1]
        await pilot.press(forward, forward)
        await pilot.press(back)
        assert main.pane(0).cursor == shown[shown.index(start) + 2]


async def test_next_and_previous_passage_bring_the_other_panes_along(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        seen = []
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
            passage = main.passage
            assert passage is not None and passage not in seen
            seen.append(passage)
            assert app.comparison.passage_of(0, main.pane(0).cursor) is passage
            for version in passage.versions:
                first = passage.members_of(version)[0].sentence
                assert main.pane(version).cursor == first
                assert main.pane(version).passage is passage
                assert on_screen(main.pane(version), first)
        await pilot.press("p")
        assert main.passage is seen[1]
        assert "passage" in str(app.query_one("#status").text)


async def test_unique_keys_visit_sentences_only_this_version_has(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        unique = app.comparison.unique_sentences(0)
        assert len(unique) >= 2
        await pilot.press("u")
        first = main.pane(0).cursor
        assert first in unique and main.passage is None
        await pilot.press("u")
        second = main.pane(0).cursor
        assert second in unique and second > first
        await pilot.press("U")
        assert main.pane(0).cursor == first


async def test_tab_and_number_keys_focus_panes(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("tab")
        assert app.focused is main.pane(1) and main.active == 1
        await pilot.press("shift+tab")
        assert app.focused is main.pane(0)
        await pilot.press("3")
        assert app.focused is main.pane(2) and main.active == 2
        await pilot.press("5")
        assert app.focused is main.pane(4)
        await pilot.press("9")
        assert app.focused is main.pane(4)
        assert any("only 5 panes" in message for message in notices(app))


async def test_page_keys_scroll_a_page_of_the_text_under_the_header(app):
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        await pilot.pause()
        pane = main.pane(0)
        rows = pane.size.height - HEADER_ROWS
        before = pane.scroll_y
        assert pane.max_scroll_y >= before + rows  # the seed is longer than two pages here
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y == before + rows
        await pilot.press("pageup")
        await pilot.pause()
        assert pane.scroll_y == before


async def test_the_focused_panes_header_is_highlighted(app):
    def header_background(version: int):
        return next(iter(app.main_screen.pane(version).render_line(0))).style.bgcolor

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert header_background(0) != header_background(1) == header_background(2)
        await pilot.press("tab")
        await pilot.pause()
        assert header_background(1) != header_background(0) == header_background(2)


async def test_enter_opens_the_passage_detail(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("n")
        passage = main.passage
        await pilot.press("enter")
        assert isinstance(app.screen, PassageDetail)
        assert app.screen.passage is passage
        await pilot.press("n")
        assert app.screen.passage is main.passage is not passage
        await pilot.press("question_mark")  # help answers here too: it is the app's key
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, PassageDetail)
        await pilot.press("escape")
        assert not isinstance(app.screen, PassageDetail)


async def test_m_shows_the_similarity_matrix(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        assert isinstance(app.screen, MatrixScreen)
        assert app.screen.query_one("#matrix", Grid).row_count == 5
        positions = app.screen.query_one("#positions", Grid)
        assert positions.row_count == len(app.comparison.passages)
        await pilot.press("escape")
        assert not isinstance(app.screen, MatrixScreen)


async def test_choosing_a_passage_in_the_matrix_reads_it(app):
    # One the reader's version lacks, whose first sentence tells another passage first.
    comparison = app.comparison
    wanted = next(
        p
        for p in comparison.passages
        if 0 not in p.versions
        and comparison.passage_of(p.members[0].version, p.members[0].sentence) is not p
    )
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("m")
        positions = app.screen.query_one("#positions", Grid)
        positions.move_cursor(row=wanted.id)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MatrixScreen)
        assert main.passage is wanted and main.active == wanted.versions[0]


async def test_s_toggles_the_sidebar_and_remembers_it(app, config_dir):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.sidebar is None
        await pilot.press("s")
        sidebar = app.query_one(EntitySidebar)
        assert sidebar.display and app.focused is sidebar.filter
        assert saved(config_dir)["sidebar"] is True
        await pilot.press("escape")  # the filter has the keys: s there would filter
        assert not sidebar.display and isinstance(app.focused, VersionPane)
        assert saved(config_dir)["sidebar"] is False


async def test_choosing_an_entity_marks_and_cycles_through_its_mentions(app):
    entity = max(app.comparison.entities, key=lambda e: (len(e.versions), len(e.mentions)))
    assert len(entity.versions) >= 2
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        sidebar = app.query_one(EntitySidebar)
        sidebar.filter.value = entity.name
        await pilot.pause()
        visited = []
        for _ in range(len(entity.mentions)):
            await pilot.press("enter")
            await pilot.pause()
            pane = main.pane(main.active)
            sentence = app.comparison.versions[main.active].sentences[pane.cursor]
            hits = [m for m in entity.mentions if m.version == main.active]
            assert any(sentence.start <= m.start < sentence.end for m in hits)
            visited.append((main.active, pane.cursor))
        assert len({version for version, _ in visited}) == len(entity.versions)
        for pane in main.panes:
            expected = {(m.start, m.end) for m in entity.mentions if m.version == pane.version}
            assert set(pane.mentions) == expected
        await pilot.press("enter")
        assert (main.active, main.pane(main.active).cursor) == visited[0]


async def test_slash_searches_all_versions_and_jumps(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"sullivan malta")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        assert "Malta" in cursor_text(app)
        assert app.focused is main.pane(main.active)


@pytest.mark.parametrize(("key", "step"), [("plus", 0.05), ("minus", -0.05)])
async def test_threshold_keys_realign_in_a_worker(app, config_dir, key, step):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")  # the sidebar too must show the new comparison
        main.pane(main.active).focus()  # the filter, focused, would take the key
        before = app.comparison
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not before
        assert app.comparison.threshold == pytest.approx(before.threshold + step)
        assert saved(config_dir)["threshold"] == pytest.approx(before.threshold + step)
        assert all(pane.comparison is app.comparison for pane in main.panes)
        assert main.sidebar.comparison is app.comparison


async def test_screen_stays_responsive_while_realigning(app, monkeypatch):
    def slow_realign(versions, threshold):
        time.sleep(0.6)  # a long realignment, in the worker thread
        return realign(versions, threshold)

    monkeypatch.setattr(tui.core.comparison, "realign", slow_realign)  # the app imports it late
    threshold = app.comparison.threshold
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        before = main.pane(0).cursor
        await pilot.press("plus")
        await pilot.press("j")
        assert main.pane(0).cursor != before  # the key was handled during the realignment
        assert "realigning" in str(app.query_one("#status").text)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison.threshold == pytest.approx(threshold + 0.05)
        assert "realigning" not in str(app.query_one("#status").text)


async def test_b_hides_and_shows_boilerplate(app, config_dir):
    boilerplate = [s.id for s in app.comparison.versions[1].sentences if s.boilerplate]
    assert boilerplate
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.pane(1).line_of(boilerplate[0]) is not None
        await pilot.press("b")
        assert all(main.pane(1).line_of(s) is None for s in boilerplate)
        assert saved(config_dir)["hide_boilerplate"] is True
        await pilot.press("b")
        assert main.pane(1).line_of(boilerplate[0]) is not None


async def test_w_marks_every_wording_difference_and_is_remembered(app, config_dir):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("n")
        passage = main.passage
        version, member = next(
            (m.version, m) for m in passage.members if any(w.kind == "wording" for w in m.words)
        )
        pane = main.pane(version)

        def marked() -> int:
            return len(pane._marks(member.sentence, True))

        quiet = marked()
        await pilot.press("w")
        assert app.settings.all_wording and saved(config_dir)["all_wording"] is True
        assert marked() == quiet + sum(w.kind == "wording" for w in member.words)
        await pilot.press("enter")  # the detail view marks as the panes do
        await pilot.pause()
        assert app.screen.query(".detail-text")
        await pilot.press("escape", "w")
        assert not app.settings.all_wording and marked() == quiet
    (config_dir / "settings.json").write_text(json.dumps({"all_wording": True}), encoding="utf-8")
    restarted = NewsdiffApp(app.comparison)
    async with restarted.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert restarted.main_screen.pane(0).all_wording


async def test_v_chooses_the_versions_shown(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("v")
        assert isinstance(app.screen, VersionChooser)
        await pilot.press("space", "enter")  # untick the first version, apply
        await pilot.pause()
        assert main.shown == (1, 2, 3, 4)
        assert not main.pane(0).display and main.pane(1).display
        assert header_text(main.pane(1)).startswith(" 1 ")  # its key is now 1
        assert "4/5 shown" in str(app.query_one("#status").text)
        await pilot.resize_terminal(160, 40)
        assert main.shown == (1, 2, 3, 4)  # the reader's choice outlives a resize


async def test_e_exports_html_and_asks_before_replacing(app, tmp_path):
    target = tmp_path / "story.html"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one(Input)
        assert field.value.startswith("newsdiff-") and field.value.endswith(".html")
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        target.write_text("old", encoding="utf-8")
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "old"
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


async def test_export_error_is_a_notification(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        app.screen.query_one(Input).value = str(tmp_path / "missing" / "story.html")
        await pilot.press("enter")
        await pilot.pause()
        assert any("cannot write" in message for message in notices(app))
        assert app.is_running and isinstance(app.focused, VersionPane)
        await pilot.press("e")
        app.screen.query_one(Input).value = "-"
        await pilot.press("enter")
        await pilot.pause()
        assert any("give a file name" in message for message in notices(app))
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        await pilot.press("e")
        app.screen.query_one(Input).value = str(pipe)
        await pilot.press("enter")
        await pilot.pause()
        assert any("not a regular file" in message for message in notices(app))
        assert pipe.is_fifo() and app.is_running


async def test_q_quits(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_question_mark_lists_every_binding(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        described = {description for _, description in app.screen.rows}
        for binding in (*MainScreen.BINDINGS, *NewsdiffApp.BINDINGS):
            if not binding.action.startswith("focus_pane"):
                assert (binding.tooltip or binding.description) in described
        assert any(keys == "1–9" for keys, _ in app.screen.rows)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_ctrl_p_opens_the_palette_with_every_action(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for binding in (*MainScreen.BINDINGS, *NewsdiffApp.BINDINGS):
            if not binding.action.startswith("app.") and main.offers(binding.action):
                assert binding.description in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next passage")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert main.passage is not None
        await pilot.press("m")  # over another view, the palette offers the app's actions only
        elsewhere = {command.title for command in app.get_system_commands(app.screen)}
        assert "Help" in elsewhere and "Next passage" not in elsewhere


async def test_clicking_a_sentence_selects_it(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        pane = main.pane(2)
        row = next(r for r in range(3, 20) if pane.sentence_at(r) not in (None, pane.cursor))
        wanted = pane.sentence_at(row)
        await pilot.click(pane, offset=(12, HEADER_ROWS + row))
        await pilot.pause()
        assert app.focused is pane and main.active == 2 and pane.cursor == wanted


async def test_clicking_the_overview_strip_jumps(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        pane = main.pane(3)
        last_row = len(pane.shown_sentences()) - 1
        assert last_row < pane.size.height - HEADER_ROWS  # short seeds: a strip row per sentence
        await pilot.click(pane, offset=(pane.size.width - 1, HEADER_ROWS + last_row))
        await pilot.pause()
        assert main.active == 3 and app.focused is pane
        assert pane.cursor == pane.shown_sentences()[-1]
        assert on_screen(pane, pane.cursor)


async def test_footer_shows_the_main_keys_and_a_click_presses_one(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        line = footer_text(app)
        shown = [b.description for b in (*MainScreen.BINDINGS, *NewsdiffApp.BINDINGS) if b.show]
        assert all(description in line for description in shown)
        assert line.rstrip().endswith("^p palette")
        footer = app.query_one(KeyFooter)
        await pilot.hover(footer, offset=(line.index(" m Matrix"), 0))
        assert footer.tooltip == "Similarity matrix and passage positions"
        await pilot.click(footer, offset=(line.index(" m Matrix") + 3, 0))
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        assert "esc Close" in footer_text(app)  # the matrix screen's own footer


async def test_main_keys_rest_under_other_screens_and_its_footer_shows_none(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        cursor = main.pane(0).cursor
        await pilot.press("question_mark")
        await pilot.pause()
        behind = main.query_one(KeyFooter).render_line(0)
        assert not "".join(segment.text for segment in behind).strip()
        await pilot.press("j", "s")
        assert isinstance(app.screen, HelpScreen)
        assert main.pane(0).cursor == cursor and main.sidebar is None
        await pilot.press("escape", "n", "enter", "m", "v")
        assert isinstance(app.screen, PassageDetail)
        await pilot.press("escape")
        await pilot.pause()
        assert "Next passage" in footer_text(app)
        await pilot.press("j")
        assert main.pane(0).cursor != cursor


async def test_narrow_footer_scrolls_sideways_to_the_keys_it_cuts(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Quit" not in footer_text(app)
        footer = app.query_one(KeyFooter)
        for _ in range(20):
            footer.post_message(events.MouseScrollDown(footer, 5, 0, 0, 1, 0, False, False, False))
        await pilot.pause()
        line = footer_text(app)
        assert "q Quit" in line and line.rstrip().endswith("^p palette") and len(line) == 80


async def test_narrow_terminal_shows_what_fits_and_resizing_refits(app):
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.shown == (0, 1)
        assert "2/5 shown" in str(app.query_one("#status").text)
        for version in main.shown:
            assert main.pane(version).size.width >= MIN_PANE_WIDTH
        await pilot.press("3")
        assert app.focused is main.pane(0)
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert main.shown == tuple(range(5))
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert len(main.shown) == 3
        assert line_text(main.pane(0), 0).strip()


async def test_a_resize_under_another_screen_refits_the_panes(app):
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("m")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert main.shown == (0, 1) and main.pane(1).size.width >= MIN_PANE_WIDTH


async def test_article_text_is_never_markup(config_dir):
    nasty = "[bold]Breaking[/] [link=https://x.test]click[/link] [@click=app.quit]quit[/] $var [/]"
    texts = {
        "[red]a.txt": f"{nasty}\n\nThe minister said the talks went well today in Geneva.\n",
        "b $x.txt": f"{nasty}\n\nThe minister said the talks went well on Monday in Geneva.\n",
    }
    comparison = compare(documents(texts))
    app = NewsdiffApp(comparison)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        shown = [line_text(main.pane(0), row) for row in range(4)]
        assert any("[bold]Breaking[/] [link=https://x.test]click[/link]" in line for line in shown)
        assert any("[@click=app.quit]quit[/] $var [/]" in line for line in shown)
        assert "[red]a.txt" in header_text(main.pane(0))
        for key in (
            "n",
            "enter",
            "escape",
            "m",
            "escape",
            "v",
            "escape",
            "question_mark",
            "escape",
        ):
            await pilot.press(key)
        await pilot.press("s", "enter")  # the sidebar, and a jump to an entity
        await pilot.press("slash", *"Breaking")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


async def test_one_version_still_works_and_says_why(config_dir):
    text = "A single report.\n\nIt has two paragraphs, and no other version to compare.\n"
    comparison = compare(documents({"only.txt": text}))
    app = NewsdiffApp(comparison)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert any("only one version" in message for message in notices(app))
        for key in ("j", "n", "p", "u", "enter", "m", "escape", "s", "v", "escape"):
            await pilot.press(key)
        assert app.is_running and main.shown == (0,)


async def test_fifty_versions_fit_what_the_width_allows(config_dir):
    base = "The minister met the envoy in Geneva on Monday. They spoke for {n} hours.\n"
    comparison = compare(documents({f"v{n:02}.txt": base.format(n=n) for n in range(50)}))
    app = NewsdiffApp(comparison)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert len(main.shown) == SIZE[0] // MIN_PANE_WIDTH
        assert f"{len(main.shown)}/50 shown" in str(app.query_one("#status").text)
        await pilot.press("n")
        assert main.passage is not None


def test_a_replaced_comparison_is_freed_without_the_collector(seed_comparison):
    # The app freezes what exists when it runs (NewsdiffApp.run): a comparison that realigning
    # replaces must not need the cycle collector to be freed.
    gc.collect()
    gc.disable()
    try:
        realign(seed_comparison.versions, 0.5)
        assert gc.collect() == 0
    finally:
        gc.enable()


async def test_theme_change_is_saved_and_recolors_panes_and_footer(app, config_dir):
    def first_styles():
        footer = app.query_one(KeyFooter).render_line(0)
        return next(iter(footer)).style, next(iter(app.main_screen.pane(0).render_line(0))).style

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        dark = first_styles()
        app.theme = "textual-light"
        await pilot.pause()
        assert saved(config_dir)["theme"] == "textual-light"
        light = first_styles()
        assert light[0].bgcolor != dark[0].bgcolor and light[1].bgcolor != dark[1].bgcolor
        # Every cell has the theme's background: one left to the terminal's stays dark.
        pane = app.main_screen.pane(0)
        for row in range(pane.size.height):
            assert all(segment.style.bgcolor for segment in pane.render_line(row))


async def test_corrupt_settings_fall_back_with_a_notice(seed_comparison, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{not json", encoding="utf-8")
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("not valid JSON" in message for message in notices(app))
        assert app.theme == "textual-dark" and not app.settings.sidebar


async def test_unwritable_config_is_a_single_notice(seed_comparison, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(blocker / "newsdiff"))
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "escape", "b")
        assert sum("could not save" in message for message in notices(app)) == 1
        assert app.is_running and app.settings.hide_boilerplate


async def test_saved_settings_apply_at_start(seed_comparison, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(
        json.dumps({"theme": "nord", "sidebar": True, "hide_boilerplate": True, "threshold": 0.5}),
        encoding="utf-8",
    )
    app = NewsdiffApp(seed_comparison, use_saved_threshold=True)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "nord"
        assert app.query_one(EntitySidebar).display
        assert app.comparison.threshold == pytest.approx(0.5)
        boilerplate = [s.id for s in app.comparison.versions[1].sentences if s.boilerplate]
        assert all(main.pane(1).line_of(s) is None for s in boilerplate)


# Passages in story order, and sentences that tell several facts ----------------------------


def counter(app: NewsdiffApp) -> int | None:
    """The passage number the status line shows ("passage 3 of 17"), None when it shows none."""
    found = re.search(r"passage (\d+) of (\d+)", str(app.query_one("#status").text))
    if found is None:
        return None
    assert int(found[2]) == len(app.comparison.passages)
    return int(found[1])


@pytest.mark.parametrize("size", [(80, 24), SIZE])
@pytest.mark.parametrize("focus", ["1", "2"])
async def test_n_and_p_visit_every_passage_once_in_number_order_from_any_pane(app, size, focus):
    total = len(app.comparison.passages)
    async with app.run_test(size=size) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press(focus)
        await pilot.pause()
        reader = main.active
        start = counter(app)
        assert start is not None
        climbed = [start]
        for _ in range(total - start):
            await pilot.press("n")
            await pilot.pause()
            climbed.append(counter(app))
            passage = main.passage
            assert main.active == reader and app.focused is main.pane(reader)
            shown = [v for v in passage.versions if v in main.shown]
            assert shown, "some shown pane has the passage"
            for version in shown:
                first = passage.members_of(version)[0].sentence
                assert main.pane(version).cursor == first
                assert on_screen(main.pane(version), first)
        assert climbed == list(range(start, total + 1))
        await pilot.press("n")
        assert counter(app) == total and any("no more passages" in n for n in notices(app))
        for expected in range(total - 1, 0, -1):
            await pilot.press("p")
            await pilot.pause()
            assert counter(app) == expected
        assert main.active == reader


async def test_a_passage_the_readers_version_lacks_leaves_its_pane_in_place(app):
    comparison = app.comparison
    lacking = next(p for p in comparison.passages if 0 not in p.versions)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        before = comparison.passages[lacking.id - 1]
        assert 0 in before.versions
        for _ in range(lacking.id):
            await pilot.press("n")
        await pilot.pause()
        assert main.passage is lacking
        reader = main.pane(0)
        assert app.focused is reader and reader.cursor == before.members_of(0)[0].sentence
        assert not reader.reading  # its cursor is drawn quiet: it is not the passage read
        status = str(app.query_one("#status").text)
        labels = ", ".join(comparison.versions[v].label for v in lacking.versions)
        assert f"not in {comparison.versions[0].label}: in {labels}" in status
        await pilot.press("p")
        assert main.passage is before and reader.reading


async def test_at_80_columns_n_shows_a_hidden_version_that_has_the_passage(app):
    comparison = app.comparison
    hidden = next(p for p in comparison.passages if not {0, 1} & set(p.versions))
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.shown == (0, 1)
        for _ in range(hidden.id):
            await pilot.press("n")
        await pilot.pause()
        assert main.passage is hidden and app.focused is main.pane(0)
        assert 0 in main.shown and hidden.versions[0] in main.shown
        assert any(
            f"showing {comparison.versions[hidden.versions[0]].label}" in n for n in notices(app)
        )


async def test_where_one_pane_fits_n_shows_the_version_that_has_the_passage(app):
    total = len(app.comparison.passages)
    async with app.run_test(size=(40, 24)) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.shown == (0,)
        for number in range(2, total + 1):
            await pilot.press("n")
            await pilot.pause()
            assert counter(app) == number
            assert main.shown == (main.active,) and main.active in main.passage.versions
            assert app.focused is main.pane(main.active)


WORLD_CUP_FILES = dict(zip(("lead.txt", "spread.txt"), WORLD_CUP, strict=True))


@pytest.fixture
def world_cup(config_dir) -> NewsdiffApp:
    comparison = compare(documents(WORLD_CUP_FILES))
    facts = comparison.passages_of(0, 0)
    assert [[(m.version, m.sentence) for m in p.members] for p in facts] == [
        [(0, 0), (1, 0)],
        [(0, 0), (1, 2)],
        [(0, 0), (1, 4)],
    ]
    return NewsdiffApp(comparison)


async def test_a_sentence_that_tells_three_facts_says_so_and_n_visits_each(world_cup):
    app = world_cup
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        lead, other = main.pane(0), main.pane(1)
        # The gutter counts the facts after the dots; a one-fact sentence has a blank there.
        assert line_text(lead, 0).startswith("▶●●3 ")
        assert line_text(other, 0)[1:5] == "●●  "
        assert "this sentence tells 3 facts: passages 1, 2, 3" in str(app.query_one("#status").text)
        for number, counterpart in ((2, 2), (3, 4)):
            await pilot.press("n")
            await pilot.pause()
            assert counter(app) == number and lead.cursor == 0 and other.cursor == counterpart
            assert other.passage is main.passage and lead.passage is main.passage
        await pilot.press("n")
        assert counter(app) == 3


async def test_selecting_a_sentence_keeps_the_passage_under_the_cursor_it_tells(world_cup):
    app = world_cup
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("2", "j", "j", "j", "j")  # the crowd at Lusail: the third fact
        await pilot.pause()
        assert counter(app) == 3
        await pilot.press("1")  # back to the lead, which tells it too
        await pilot.pause()
        assert main.active == 0 and counter(app) == 3
        await pilot.press("2", "k", "k")  # the shootout: the second fact
        await pilot.click(main.pane(0), offset=(10, HEADER_ROWS))
        await pilot.pause()
        assert counter(app) == 2
        await pilot.click(main.pane(0), offset=(10, HEADER_ROWS))  # again: its next fact
        await pilot.pause()
        assert counter(app) == 3 and main.pane(1).cursor == 4
        await pilot.click(main.pane(0), offset=(10, HEADER_ROWS))
        await pilot.pause()
        assert counter(app) == 1 and main.pane(1).cursor == 0


async def test_u_moves_among_the_sentences_in_no_passage(world_cup):
    app = world_cup
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("u")
        assert any("no more sentences unique to lead.txt" in n for n in notices(app))
        await pilot.press("2")
        visited = []
        for _ in range(2):
            await pilot.press("u")
            visited.append(main.pane(1).cursor)
            assert main.passage is None and counter(app) is None
        assert visited == [1, 3]
        await pilot.press("U")
        assert main.pane(1).cursor == 1
        await pilot.press("n")  # from a sentence in no passage, the next passage down the pane
        assert counter(app) == 2 and main.pane(1).cursor == 2


async def test_the_detail_view_says_which_other_facts_a_sentence_tells(world_cup):
    app = world_cup
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "enter")
        assert isinstance(app.screen, PassageDetail)
        shown = " ".join(str(s.render()) for s in app.screen.query(".detail-header"))
        assert "this sentence tells 3 facts: also passages 1, 3" in shown
