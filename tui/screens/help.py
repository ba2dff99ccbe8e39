"""The help screen: every key of the app, generated from the bindings so it never drifts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.screens.popup import Popup

MOUSE = (
    ("click", "select the sentence under the pointer"),
    ("click again", "on a sentence that tells several facts: select its next one"),
    ("wheel", "scroll the pane under the pointer"),
    ("click strip", "jump to that part of the version (the overview strip beside each pane)"),
)


def help_rows(app: App, bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """(keys, description) for every binding; the nine pane keys make one row."""
    display = app.get_key_display
    rows: list[tuple[str, str]] = []
    for binding in bindings:
        if binding.action.startswith("focus_pane("):
            if binding.key == "1":
                rows.append(("1–9", "Focus pane 1 to 9 (of those shown)"))
            continue
        keys = "/".join(display(Binding(key, "")) for key in binding.key.split(","))
        rows.append((keys, binding.tooltip or binding.description))
    rows.append((display(Binding("ctrl+p", "")), "Command palette: every action by name"))
    return rows


def bindings_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, description in rows:
        table.add_row(Text(key), Text(description))
    return table


class HelpScreen(Popup[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,question_mark", "close", "Close", show=False)
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def dialog(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog"):
            yield Static(Text("newsdiff keys", "bold"), classes="dialog-title")
            yield Static(bindings_table(self.rows))
            yield Static(Text("Mouse", "bold"), classes="dialog-title dialog-section")
            yield Static(bindings_table(list(MOUSE)))
            yield Static(
                Text(
                    "Gutter marks: ● a version that has the sentence's passage,"
                    " ○ one that lacks it, · boilerplate; a digit after them: the sentence"
                    " tells that many facts, each a passage of its own (the dots and the tint"
                    " follow the one most versions share). Tint: the more versions share a"
                    " sentence, the stronger. n and p visit every passage once, in passage"
                    " number order, whichever pane you read in.",
                    "dim",
                )
            )
