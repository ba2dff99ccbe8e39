"""The newsdiff terminal app: settings, themes, realigning and the command palette.

The main screen (tui/screens/main.py) holds the panes and the keys. The app reads one
`Comparison`; it never aligns anything itself except asking `realign` (in a worker thread) for a
new one when the threshold changes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import ClassVar, cast

from textual import on, work
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.message import Message
from textual.notifications import Notify
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList
from textual.worker import get_current_worker

from tui.core.model import Comparison
from tui.screens.main import MainScreen
from tui.settings import load_settings, save_settings, settings_path


def styles_dir() -> Path:
    """The .tcss files: inside the installed package, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles", here.parent / "styles"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the newsdiff styles are missing from this installation")


class GuardedCommandPalette(CommandPalette):
    """Textual's command palette, deaf to a choice that reaches it once it has closed. Keys typed
    fast queue up: a second enter behind the one that chose would run the command again and
    dismiss whatever screen is then on top, down to the main screen, which ended the app."""

    @on(OptionList.OptionSelected)
    @on(Input.Submitted)
    @on(Button.Pressed)
    def _only_while_open(self, event: Message) -> None:
        if not self.is_active:
            event.prevent_default()  # Textual's own handlers, in the base class, are skipped
            event.stop()


class NewsdiffApp(App[None]):
    TITLE = "newsdiff"
    CSS_PATH: ClassVar[list[Path]] = [styles_dir() / "app.tcss"]
    # Keys that act on every screen that does not take them itself (after the main screen's).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", tooltip="This list of keys"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        comparison: Comparison | None,
        *,
        use_saved_threshold: bool = False,
        loading: Screen | None = None,
        aligning: Callable[[Callable[[], bool]], Comparison | None] | None = None,
    ) -> None:
        """`comparison` is None while `loading` (tui.screens.loading) fetches web pages: that
        screen stands in for the main one until it calls `show_comparison`.

        With `aligning`, `comparison` is a draft (the versions alone, `tui.core.versions`), shown
        at once while `aligning(stopped)`, called in a worker thread, waits for the real one; it
        gives None when `stopped()` turns true first (the app quit)."""
        super().__init__()
        self.comparison = comparison
        self._loading = loading
        self._aligning = aligning
        self.config_file = settings_path()  # $NEWSDIFF_CONFIG_DIR moves it (tests do)
        self.settings, problem = load_settings(self.config_file)
        self._settings_problems = [problem] if problem else []
        self._use_saved_threshold = use_saved_threshold
        self._save_failed = False
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self._settings_problems.append(
                f"{self.config_file}: no theme is named {self.settings.theme!r};"
                f" using {self.theme} (ctrl+p, Theme, lists them)"
            )

    def run(self, **options) -> None:
        # What exists before the app runs (the modules, the comparison) lives as long as it does:
        # frozen, the collector stops walking it on every full pass, and the first frame no longer
        # waits for one. The comparison holds no cycles, so a replaced one is still freed.
        gc.freeze()
        return super().run(**options)

    def get_default_screen(self) -> Screen:
        if self._loading is not None:
            return self._loading
        return MainScreen(self.comparison, aligning=self._aligning is not None, id="_default")

    @property
    def main_screen(self) -> MainScreen:
        """The screen at the bottom of the stack, under whatever view or dialog is open."""
        return cast(MainScreen, self.screen_stack[0])

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for problem in self._settings_problems:
            self.notify(problem, severity="warning", timeout=8, markup=False)
        if self._aligning is not None:
            self._align_worker(self._aligning)
        elif self.comparison is not None:
            self._tell_about_comparison()

    @work(thread=True, group="align")
    def _align_worker(self, aligning: Callable[[Callable[[], bool]], Comparison | None]) -> None:
        worker = get_current_worker()
        comparison = aligning(lambda: worker.is_cancelled)
        if comparison is not None and not worker.is_cancelled:
            self.call_from_thread(self._aligned, comparison)

    def _aligned(self, comparison: Comparison) -> None:
        """The comparison the draft stood in for, shown in its place."""
        self.comparison = comparison
        self.main_screen.set_comparison(comparison)
        gc.freeze()  # as in run(): it lives on, and the collector need not walk it
        self._tell_about_comparison()

    def show_comparison(self, comparison: Comparison) -> None:
        """The comparison the loading screen waited for, shown in its place: in a screen mode of
        its own, as Textual cannot replace the screen an app starts with."""
        self.comparison = comparison
        self.add_mode("comparison", lambda: MainScreen(comparison, id="_default"))
        self.switch_mode("comparison")
        self._tell_about_comparison()

    def _tell_about_comparison(self) -> None:
        for note in self.comparison.notes:
            self.notify(note, severity="warning", timeout=8, markup=False)
        for version in self.comparison.versions:
            for warning in version.warnings:
                self.notify(f"{version.name}: {warning}", severity="warning", markup=False)
        if self._use_saved_threshold and self.settings.threshold != self.comparison.threshold:
            self.realign(self.settings.threshold)

    def on_notify(self, event: Notify) -> None:
        """A notice the same as one still shown replaces it (Textual's own handler, after this
        one, adds it), rather than stacking a copy: forty `n` at the last passage say "no more
        passages" once. Done here, not in notify(): fast keys queue their notices first."""
        new = event.notification
        for shown in list(self._notifications):
            if (shown.message, shown.title, shown.severity) == (
                new.message,
                new.title,
                new.severity,
            ):
                self._unnotify(shown, refresh=False)

    # Settings and themes ----------------------------------------------------------------------

    def save(self, **changes) -> None:
        """Change settings and write them at once; a failure to write is said once."""
        self.settings = replace(self.settings, **changes)
        problem = save_settings(self.settings, self.config_file)
        if problem and not self._save_failed:
            self._save_failed = True  # say it once, not on every key press
            self.notify(problem, severity="warning", timeout=8, markup=False)

    def _theme_changed(self, _theme) -> None:
        if self.theme != self.settings.theme:
            self.save(theme=self.theme)

    # Realigning -------------------------------------------------------------------------------

    def realign(self, threshold: float) -> None:
        """Align the versions again at `threshold`, in a worker: the screen answers keys."""
        self.main_screen.show_busy(f"realigning at {threshold:.2f}…")
        self._realign_worker(threshold)

    @work(thread=True, exclusive=True, group="realign")
    def _realign_worker(self, threshold: float) -> None:
        # Imported here: the engine's import overlaps Textual's at start-up (see tui.cli).
        from tui.core.comparison import realign

        comparison = realign(self.comparison.versions, threshold)
        self.call_from_thread(self.swap_comparison, comparison)

    def swap_comparison(self, comparison: Comparison) -> None:
        """Show a new comparison of the same versions, keeping the reader's place."""
        if abs(comparison.threshold - self.settings.threshold) > 1e-9:
            return  # a later key press asked for another threshold; its worker is coming
        self.comparison = comparison
        self.main_screen.set_comparison(comparison)
        self.notify(
            f"threshold {comparison.threshold:.2f}: {len(comparison.passages)} passages", timeout=3
        )

    # Help and the command palette: every key, each from its binding ------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen, help_rows

        self.push_screen(HelpScreen(help_rows(self, [*MainScreen.BINDINGS, *self.BINDINGS])))

    def pop_screen(self) -> AwaitComplete:
        # A view that dismisses itself on a message (the matrix on a chosen row) may get a second
        # one queued behind the first (enter typed twice, fast): Textual then pops the screen
        # under it, and raises, ending the app, when that is the main screen. Never the last one.
        if len(self.screen_stack) <= 1:
            return AwaitComplete()
        return super().pop_screen()

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(GuardedCommandPalette(id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        # The main screen's actions act on its panes: from another view they would act unseen.
        main = [(screen, MainScreen.BINDINGS)] if isinstance(screen, MainScreen) else []
        for target, bindings in (*main, (self, self.BINDINGS)):
            for binding in bindings:
                if binding.action.startswith("app.") or binding.action == "quit":
                    continue  # focus moves, and quitting: the palette has its own Quit
                if target is screen and not screen.offers(binding.action):
                    continue  # a pane not shown, or a comparison with one version
                key = self.get_key_display(Binding(binding.key.split(",")[0], ""))
                yield SystemCommand(
                    binding.description,
                    f"{binding.tooltip or binding.description} (key: {key})",
                    partial(target.run_action, binding.action),
                )
