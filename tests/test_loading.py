"""Pilot tests of the loading screen: what it shows while pages are fetched, the main screen
that takes its place, and the ways it ends early (a page that fails, esc, ctrl+c)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from loopback import serving
from textual.app import App
from textual.widgets import Static

from tui.app import NewsdiffApp
from tui.cli import EXIT_INPUT, EXIT_INTERRUPTED, main
from tui.core.comparison import compare
from tui.core.documents import InputError, open_inputs
from tui.core.documents.fetch import Cancelled
from tui.screens.loading import LoadingScreen
from tui.screens.main import MainScreen
from tui.widgets.version_pane import VersionPane

SIZE = (120, 30)
URLS = ["https://one.example/story", "https://two.example/[bold]story[/bold]"]


@pytest.fixture(autouse=True)
def folders(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(tmp_path / "cache"))
    for proxy in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(proxy, raising=False)


async def until(pilot, condition, what: str) -> None:
    for _ in range(400):
        if condition():
            return
        await pilot.pause(0.025)
    raise AssertionError(f"never happened: {what}")


def header(app: NewsdiffApp, index: int) -> str:
    pane = list(app.screen.query(VersionPane))[index]
    return "".join(segment.text for segment in pane.render_line(0))


def row(app: NewsdiffApp, index: int) -> str:
    return str(app.screen.query_one(f"#address-{index}", Static).render())


async def test_each_address_shows_its_progress_then_the_comparison_replaces_the_list(
    seed_comparison,
):
    gate = threading.Event()

    def load(progress, stop):
        progress(URLS[0], "fetched, 4 KB")
        gate.wait(10)
        progress(URLS[1], "from the cache")
        return seed_comparison

    app = NewsdiffApp(None, loading=LoadingScreen(URLS, load))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "fetched" in row(app, 0), "the first page's progress")
        assert isinstance(app.screen, LoadingScreen)
        assert "Fetching 2 web pages…" in str(
            app.screen.query_one("#loading-title", Static).render()
        )
        assert row(app, 0).startswith("fetched, 4 KB") and row(app, 0).endswith(URLS[0])
        assert row(app, 1) == f"{'waiting…':<16} {URLS[1]}"  # the address is text, not markup
        gate.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        assert app.comparison is seed_comparison and app.main_screen is app.screen
        assert app.screen_stack == [app.screen]  # the loading screen is gone, not under it


async def test_pages_fetched_from_a_server_open_with_their_outlet_labels():
    with serving() as server:
        urls = [server.url(f"/pages/{name}.html") for name in ("gazette", "courier", "hostile")]
        inputs = open_inputs(urls)

        def load(progress, stop):
            return compare(inputs.documents(progress=progress, stop=stop))

        app = NewsdiffApp(None, loading=LoadingScreen(inputs.urls, load))
        async with app.run_test(size=(200, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.screen, MainScreen), "the comparison")
            await until(pilot, lambda: "Gazette" in header(app, 0), "the panes drawn")
            headers = [header(app, index) for index in range(3)]
    assert [v.label for v in app.comparison.versions] == [
        "The Larkhaven Gazette",
        "Brackenford Courier",
        "<Img Src=X Onerror=Alert(1)> [Blink]Quay[/Blink] News",
    ]
    assert "The Larkhaven Gazette" in headers[0]
    assert "[Blink]Quay[/Blink]" in headers[2]  # shown as written: no markup


async def test_a_page_that_fails_ends_the_app_with_its_line():
    def load(progress, stop):
        raise InputError(f"{URLS[0]}: HTTP 404 Not Found")

    loading = LoadingScreen(URLS, load)
    app = NewsdiffApp(None, loading=loading)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app._exit, "the exit")
    assert loading.failure == f"{URLS[0]}: HTTP 404 Not Found"
    assert app.comparison is None


@pytest.mark.parametrize("key", ["escape", "ctrl+c", "q"])
async def test_a_key_gives_up_the_fetch_and_quits(key):
    stopped = threading.Event()

    def load(progress, stop):
        stop.wait(10)
        stopped.set()
        raise Cancelled

    loading = LoadingScreen(URLS, load)
    app = NewsdiffApp(None, loading=loading)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await until(pilot, lambda: app._exit, "the exit")
    await asyncio.to_thread(stopped.wait, 10)
    assert stopped.is_set()  # the fetching thread was told, and ended
    assert loading.failure is None and app.comparison is None


def test_the_command_line_says_which_page_failed_once_the_app_is_gone(monkeypatch, capsys):
    monkeypatch.setattr(NewsdiffApp, "run", lambda self: App.run(self, headless=True))
    with serving() as server:
        url = server.url("/missing")
        assert main([server.url("/pages/gazette.html"), url]) == EXIT_INPUT
    assert capsys.readouterr().err == f"newsdiff: {url}: HTTP 404 Not Found\n"


def test_the_command_line_exits_130_when_the_app_quits_before_the_pages_came(monkeypatch, capsys):
    monkeypatch.setattr(NewsdiffApp, "run", lambda self: None)  # as if quit at once
    assert main(["https://one.example/story"]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "newsdiff: interrupted\n"
