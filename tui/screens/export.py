"""The export prompt: where to write the HTML page."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui.screens.popup import Popup


class ExportScreen(Popup[str | None]):
    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def dialog(self) -> ComposeResult:
        with Vertical(classes="dialog small-dialog"):
            yield Static(
                Text("Export the comparison as an HTML page", "bold"), classes="dialog-title"
            )
            yield Input(value=self.default, id="export-path")
            yield Static(Text("enter writes the file", "dim"))

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
