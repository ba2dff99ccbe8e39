"""The screen shown while web pages are fetched: a line per address saying how it went. The
main screen takes its place when the comparison is ready; a page that fails ends the app, and
the command line prints why."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from tui.core.documents import InputError
from tui.core.documents.fetch import Cancelled
from tui.core.model import Comparison

# What loads the comparison, in a thread: given a callback for each address's progress and an
# event asking it to give up, it returns the comparison or raises InputError.
Loader = Callable[[Callable[[str, str], None], threading.Event], Comparison]


class LoadingScreen(Screen[None]):
    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen #loading { width: auto; max-width: 100%; height: auto; padding: 1 2;
                             border: round $primary; }
    LoadingScreen .address { width: auto; max-width: 100%; text-wrap: nowrap;
                             text-overflow: ellipsis; }
    LoadingScreen #loading-title { margin-bottom: 1; }
    LoadingScreen #loading-hint { margin-top: 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,ctrl+c", "cancel", "Cancel", tooltip="Stop fetching and quit"),
    ]

    class Progress(Message):
        """Something happened to one address (posted from the fetching thread)."""

        def __init__(self, url: str, what: str) -> None:
            super().__init__()
            self.url = url
            self.what = what

    def __init__(self, urls: Sequence[str], load: Loader) -> None:
        super().__init__()
        self.urls = list(dict.fromkeys(urls))
        self._load = load
        self._stop = threading.Event()
        self._done = 0
        self.failure: str | None = None  # the line naming the page that failed, and why

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(self._title(), id="loading-title")
            for index, url in enumerate(self.urls):
                yield Static(_row(url, "waiting…", "dim"), id=f"address-{index}", classes="address")
            yield Static("esc cancels", id="loading-hint")

    def on_mount(self) -> None:
        self._fetch()

    def on_unmount(self) -> None:
        self._stop.set()  # however the app ends, the fetch gives up and its thread ends

    def action_cancel(self) -> None:
        self._stop.set()
        self.app.exit()

    @work(thread=True, exit_on_error=False)
    def _fetch(self) -> Comparison:
        return self._load(lambda url, what: self.post_message(self.Progress(url, what)), self._stop)

    @on(Progress)
    def _show_progress(self, event: Progress) -> None:
        self.query_one(f"#address-{self.urls.index(event.url)}", Static).update(
            _row(event.url, event.what, "green")
        )
        self._done += 1
        self.query_one("#loading-title", Static).update(self._title())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.SUCCESS:
            self.app.show_comparison(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            if isinstance(error, InputError):
                self.failure = str(error)
                self.app.exit()
            elif not isinstance(error, Cancelled):
                raise error  # a bug, not a page: shown as any other

    def _title(self) -> Text:
        if self._done < len(self.urls):
            pages = "page" if len(self.urls) == 1 else "pages"
            return Text(f"Fetching {len(self.urls)} web {pages}…", style="bold")
        return Text("Reading and comparing the versions…", style="bold")


def _row(url: str, what: str, style: str) -> Text:
    """A line of the list, the address as plain text: nothing in it is read as markup."""
    return Text.assemble((f"{what:<16}", style), " ", url)
