"""Hostile and broken input in the Textual app (Pilot): shown literally, laid out, never a crash.

The comparisons are built from real files through `load_documents`, as `newsdiff` builds them.
Pilot re-raises anything the app raised when `run_test` ends, so every test also proves that.
"""

from __future__ import annotations

import errno
import io
import json
import time
from pathlib import Path

import pytest
from helpers import fail_writes, fingerprint
from rich.cells import cell_len
from rich.console import Console
from test_hostile_cli import INJECTION, SCRIPTS, STORY
from textual.widgets import Input

import tui.core.comparison
from tui.app import NewsdiffApp
from tui.core import output
from tui.core.comparison import compare, realign
from tui.core.documents import MAX_VERSIONS, load_documents
from tui.core.model import Comparison
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.main import MIN_PANE_WIDTH
from tui.settings import Settings

SIZE = (160, 40)
# Every screen and toggle of the main screen, then back: what a curious reader tries first.
TOUR = ("n", "j", "enter", "escape", "m", "escape", "s", "enter", "escape", "v", "escape")
TOUR += ("question_mark", "escape", "b", "b", "u", "p", "tab")
QUICK_TOUR = ("n", "j", "enter", "escape", "m", "escape", "u")  # for the cases that repeat it


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def load(folder: Path, files: dict[str, str | bytes]) -> Comparison:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, content in files.items():
        path = folder / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        paths.append(str(path))
    return compare(load_documents(paths))


def screen_text(app: NewsdiffApp) -> str:
    """What the terminal shows, as plain text: the screen and the notifications over it."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), record=True, force_terminal=True
    )
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


def assert_laid_out(app: NewsdiffApp) -> None:
    """Shown panes are readable and every line they draw fits their width, wide glyphs and all."""
    shown = [pane for pane in app.main_screen.panes if pane.version in app.main_screen.shown]
    assert shown and all(pane.display for pane in shown)
    for pane in shown:
        assert pane.size.width >= min(MIN_PANE_WIDTH, app.size.width) - 2
        for row in range(pane.size.height):
            strip = pane.render_line(row)
            assert strip.cell_length <= pane.size.width
            text = "".join(segment.text for segment in strip)
            assert cell_len(text) <= pane.size.width
            assert "\x1b" not in text and "\x07" not in text


def notices(app: NewsdiffApp, severity: str | None = None) -> list[str]:
    return [n.message for n in app._notifications if severity in (None, n.severity)]


async def tour(pilot, app: NewsdiffApp, keys: tuple[str, ...] = QUICK_TOUR) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()
    assert app.is_running and app.screen is app.screen_stack[0]


# --- Markup and escapes ---------------------------------------------------------------------------


async def test_markup_and_escapes_from_real_files_show_literally(tmp_path):
    comparison = load(
        tmp_path / "in",
        {
            "[@click=app.quit]x.txt": INJECTION,
            "b [bold].txt": INJECTION.replace("Friday", "Saturday"),
        },
    )
    app = NewsdiffApp(comparison)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        shown = screen_text(app)
        for literal in (
            "[bold]loud[/]",
            "[@click=app.quit]quit[/]",
            "[link=https://evil.test]x[/link]",
            "$HOME.",
            "<script>alert('x')</script>",
            "Escapes red and link end.",
            "[@click=app.quit]x",  # the label, from the file name
        ):
            assert literal in shown
        assert "\x1b" not in shown
        warned = notices(app, "warning")
        assert "[@click=app.quit]x.txt: removed 5 terminal escapes and control characters" in warned
        assert_laid_out(app)
        await tour(pilot, app, TOUR)
        await pilot.press("slash", *"[bold]")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert (
            "[bold]"
            in app.comparison.versions[main.active].sentences[main.pane(main.active).cursor].text
        )
        assert app.is_running


# --- Scripts and sizes ----------------------------------------------------------------------------


@pytest.fixture
def scripts(tmp_path) -> Comparison:
    return load(
        tmp_path / "in",
        {"first.txt": SCRIPTS, "second.txt": SCRIPTS.replace("12 stalls", "15 stalls")},
    )


async def test_other_scripts_lay_out_in_the_panes(scripts):
    app = NewsdiffApp(scripts)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        for piece in ("الوزير", "השר", "外交部长", "双方讨论了贸易问题！", "Zürich", "Café", "🎉"):
            assert piece in shown
        assert "mini\u200bster" not in shown and "minister" in shown
        assert_laid_out(app)
        await tour(pilot, app, TOUR)


@pytest.mark.parametrize("size", [(40, 12), (80, 24), (300, 80)])
async def test_every_size_from_40x12_to_300x80_shows_what_fits(scripts, size):
    app = NewsdiffApp(scripts)
    async with app.run_test(size=size) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert len(main.shown) == min(2, max(1, size[0] // MIN_PANE_WIDTH))
        assert_laid_out(app)
        await tour(pilot, app)
        assert_laid_out(app)


async def test_resizing_through_every_size_keeps_the_layout(scripts):
    app = NewsdiffApp(scripts)
    async with app.run_test(size=(300, 80)) as pilot:
        await pilot.pause()
        for width, height in [(40, 12), (300, 80), (41, 13), (120, 40), (40, 80), (300, 12)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert app.size == (width, height)
            assert_laid_out(app)
            await pilot.press("n", "j")
        assert app.is_running


async def test_resizing_during_a_realign(scripts, monkeypatch):
    def slow_realign(versions, threshold):
        time.sleep(0.3)  # long enough for the resizes to land while the worker runs
        return realign(versions, threshold)

    monkeypatch.setattr(tui.core.comparison, "realign", slow_realign)  # the app imports it late
    app = NewsdiffApp(scripts)
    start = scripts.threshold
    async with app.run_test(size=(200, 50)) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("plus")
        assert "realigning" in str(app.query_one("#status").text)
        await pilot.resize_terminal(40, 12)
        await pilot.press("plus")
        await pilot.resize_terminal(300, 80)
        await pilot.press("minus")
        await pilot.resize_terminal(60, 20)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison.threshold == pytest.approx(start + 0.05)
        assert all(pane.comparison is app.comparison for pane in main.panes)
        assert "realigning" not in str(app.query_one("#status").text)
        assert len(main.shown) == 60 // MIN_PANE_WIDTH
        assert_laid_out(app)
        await tour(pilot, app)


@pytest.mark.timing
async def test_a_one_megabyte_line_lays_out_and_resizes(tmp_path):
    line = ("word " * 200_000)[:1_000_000]  # no punctuation: cut into capped sentences
    app = NewsdiffApp(load(tmp_path / "in", {"long.txt": line, "story.txt": STORY}))
    started = time.monotonic()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for size in [(300, 80), (40, 12)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert_laid_out(app)
        await pilot.press("end", "pagedown", "j", "m", "escape")
        assert app.is_running
    assert time.monotonic() - started < 30


# --- Counts ---------------------------------------------------------------------------------------


async def test_two_identical_versions(tmp_path):
    app = NewsdiffApp(load(tmp_path / "in", {"a.txt": STORY, "b.txt": STORY}))
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert len(app.comparison.passages) == 3
        labels = [app.comparison.versions[v].label for v in main.shown]
        assert len(set(labels)) == 2
        for _ in range(3):
            await pilot.press("n")
            assert main.passage is not None and main.passage.support == 2
            assert not main.passage.discrepancies
        await pilot.press("u")
        assert any("no more sentences unique" in n for n in notices(app))
        await tour(pilot, app)


async def test_versions_with_nothing_in_common(tmp_path):
    other = (
        "Heavy snow closed three mountain passes in Norway overnight.\n\n"
        "Farmers in Kenya expect a record coffee harvest this autumn.\n"
    )
    app = NewsdiffApp(load(tmp_path / "in", {"a.txt": STORY, "b.txt": other}))
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert app.comparison.passages == ()
        await pilot.press("n")
        assert "no more passages this way" in notices(app)
        await pilot.press("enter")
        assert any("in no passage" in n for n in notices(app))
        await pilot.press("u", "u")
        assert main.passage is None
        await tour(pilot, app)


async def test_fifty_versions_from_40x12_to_300x80(tmp_path):
    files = {f"v{n:02}.txt": STORY.replace("12 people", f"{n + 2} people") for n in range(50)}
    comparison = load(tmp_path / "in", files)
    assert len(comparison.versions) == MAX_VERSIONS
    app = NewsdiffApp(comparison)
    async with app.run_test(size=(40, 12)) as pilot:
        main = app.main_screen
        await pilot.pause()
        assert main.shown == (0,)
        assert "1/50 " in str(app.query_one("#status").text)  # "1/50 (v)" where it is cut
        await pilot.press("n")
        assert main.passage is not None and main.passage.support == 50
        await pilot.resize_terminal(300, 80)
        await pilot.pause()
        assert len(main.shown) == 300 // MIN_PANE_WIDTH
        assert_laid_out(app)
        await pilot.press("m", "escape", "v", "escape")


# --- Settings -------------------------------------------------------------------------------------


def _directory(path: Path) -> None:
    path.mkdir()


CORRUPT = [
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe"), "could not read"),
    (lambda p: p.write_text("", encoding="utf-8"), "not valid JSON"),
    (lambda p: p.write_text('{"theme": "nord",', encoding="utf-8"), "not valid JSON"),
    (lambda p: p.write_text('"dark"', encoding="utf-8"), "does not hold a JSON object"),
    (lambda p: p.write_text('{"threshold": "high", "sidebar": 1}', encoding="utf-8"), "ignored"),
    (_directory, "could not read"),
]


@pytest.mark.parametrize(
    ("corrupt", "problem"),
    CORRUPT,
    ids=["binary", "empty", "cut short", "not an object", "wrong types", "a folder"],
)
async def test_corrupt_settings_fall_back_and_stay_untouched(
    seed_comparison, config_dir, corrupt, problem
):
    config_dir.mkdir()
    corrupt(config_dir / "settings.json")
    before = fingerprint(config_dir)
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any(problem in n for n in notices(app, "warning"))
        assert app.settings.threshold == Settings().threshold
        assert app.settings.sidebar is False
        await pilot.press("j", "n")
        assert app.is_running
    assert fingerprint(config_dir) == before, "reading settings never rewrites them"


def read_only_folder(monkeypatch) -> None:
    """Refuse new files as a read-only folder does (chmod would not stop root, who runs CI)."""

    def refuse(*_, **__):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output, "_temp_file_beside", refuse)


def full_disk(monkeypatch) -> None:
    fail_writes(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))


@pytest.mark.parametrize(
    ("failure", "reason"),
    [(read_only_folder, "Permission denied"), (full_disk, "No space left on device")],
)
async def test_unwritable_settings_keep_the_old_file(
    seed_comparison, config_dir, monkeypatch, failure, reason
):
    config_dir.mkdir()
    old = json.dumps({"theme": "nord", "sidebar": False})
    (config_dir / "settings.json").write_text(old, encoding="utf-8")
    before = fingerprint(config_dir)
    failure(monkeypatch)
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "escape", "b", "b")
        await pilot.pause()
        problems = [n for n in notices(app, "warning") if "could not save" in n]
        assert len(problems) == 1 and reason in problems[0]
        assert app.is_running and app.theme == "nord" and not app.settings.sidebar
    assert fingerprint(config_dir) == before


# --- Export failures ------------------------------------------------------------------------------


async def export_to(pilot, app: NewsdiffApp, target: Path | str, *, confirm: str | None = None):
    await pilot.press("e")
    await pilot.pause()  # the prompt's field has focus before enter is pressed
    assert isinstance(app.screen, ExportScreen)
    app.screen.query_one(Input).value = str(target)
    await pilot.press("enter")
    await pilot.pause()
    if confirm:
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(confirm)
        await pilot.pause()


async def test_export_failures_are_notices_and_leave_nothing(
    seed_comparison, tmp_path, monkeypatch
):
    exports = tmp_path / "exports"
    exports.mkdir()
    blocker = exports / "not-a-folder"
    blocker.write_text("the user's file", encoding="utf-8")
    existing = exports / "story.html"
    existing.write_text("an older export the user keeps", encoding="utf-8")
    before = fingerprint(exports)
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await export_to(pilot, app, exports)
        await export_to(pilot, app, blocker / "page.html")
        await export_to(pilot, app, exports / "gone" / "page.html")
        full_disk(monkeypatch)
        await export_to(pilot, app, existing, confirm="y")
        await export_to(pilot, app, exports / "new.html")
        read_only_folder(monkeypatch)
        await export_to(pilot, app, exports / "new.html")
        errors = notices(app, "error")
        assert len(errors) == 6, notices(app)
        assert "is a directory" in errors[0]
        assert all("cannot write" in e for e in errors[1:3])
        assert all("No space left on device" in e for e in errors[3:5])
        assert "cannot write here (Permission denied)" in errors[5]
        assert app.is_running and app.screen is app.screen_stack[0]
        cursor = main.pane(main.active).cursor
        await pilot.press("j")
        assert main.pane(main.active).cursor != cursor, "the app still answers keys"
    assert fingerprint(exports) == before
