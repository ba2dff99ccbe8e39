"""The first frame does not wait for the alignment: the versions' text shows at once, the keys
that read the alignment say they wait for it, and it takes its place when it comes."""

from __future__ import annotations

import threading
import time

import pytest
from conftest import SEEDS

from tui.app import NewsdiffApp
from tui.core.documents import load_documents
from tui.core.model import Comparison
from tui.core.versions import draft
from tui.widgets.version_pane import HEADER_ROWS

SIZE = (200, 50)


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def seeds_draft(comparison: Comparison) -> Comparison:
    return draft(load_documents([str(SEEDS)]), comparison.threshold)


def status(app: NewsdiffApp) -> str:
    return str(app.query_one("#status").text)


def notices(app: NewsdiffApp) -> list[str]:
    return [n.message for n in app._notifications]


def text_rows(app: NewsdiffApp, version: int) -> str:
    pane = app.main_screen.pane(version)
    return "".join(
        segment.text for row in range(HEADER_ROWS, 12) for segment in pane.render_line(row)
    )


def test_a_draft_holds_the_versions_and_nothing_aligned(seed_comparison):
    made = seeds_draft(seed_comparison)
    assert made.versions == seed_comparison.versions
    assert made.passages == () and made.entities == ()
    assert made.threshold == seed_comparison.threshold


async def test_the_text_shows_before_the_alignment_and_keys_wait_for_it(seed_comparison):
    arrived = threading.Event()

    def aligning(stopped):
        while not arrived.wait(0.01):
            if stopped():
                return None
        return seed_comparison

    app = NewsdiffApp(seeds_draft(seed_comparison), aligning=aligning)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main_screen
        lead = seed_comparison.versions[0].sentences[main.pane(0).cursor].text
        assert lead.split()[0] in text_rows(app, 0)
        assert "aligning 5 versions…" in status(app)
        assert "unique" not in status(app)  # nothing is known to be unique yet

        await pilot.press("n")
        assert main.passage is None
        assert any("still aligning" in notice for notice in notices(app))
        before = main.pane(0).cursor
        await pilot.press("j")  # reading keys work meanwhile
        assert main.pane(0).cursor != before

        arrived.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is seed_comparison
        assert all(pane.comparison is seed_comparison for pane in main.panes)
        assert "aligning" not in status(app)
        assert main.pane(0).cursor != before  # the reader's place is kept
        await pilot.press("n")
        assert main.passage is not None


async def test_quitting_while_aligning_stops_the_wait(seed_comparison):
    asked = []

    def aligning(stopped):
        while not stopped():
            time.sleep(0.01)
        asked.append(True)
        return None

    app = NewsdiffApp(seeds_draft(seed_comparison), aligning=aligning)
    started = time.monotonic()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
    assert asked
    assert time.monotonic() - started < 10


async def test_the_alignment_arriving_keeps_the_laid_out_lines(seed_comparison, monkeypatch):
    """The draft's text and sentences are the comparison's: swapping it in redraws the marks
    without wrapping every pane's text again (at 50 versions that wrapping is most of the wait)."""
    import tui.widgets.version_pane as version_pane

    app = NewsdiffApp(seeds_draft(seed_comparison))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.main_screen.pane(0)
        lines = pane._lines
        laid_out = []
        real_layout = version_pane.layout
        monkeypatch.setattr(
            version_pane, "layout", lambda *a: laid_out.append(a) or real_layout(*a)
        )
        pane.set_comparison(seed_comparison)
        assert laid_out == [] and pane._lines is lines
        assert pane.comparison is seed_comparison
        assert pane.support == [
            seed_comparison.support_of(0, s.id) for s in seed_comparison.versions[0].sentences
        ]
