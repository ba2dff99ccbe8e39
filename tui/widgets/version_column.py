"""A version's column: its header (outlet, shared share, words, date) above its pane."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tui.core.model import Comparison
from tui.widgets.version_pane import VersionPane


def header_text(comparison: Comparison, version: int, number: int | None) -> Text:
    """Two lines: the outlet label, then date, word count and how much the others share."""
    info = comparison.versions[version]
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if number is not None and number <= 9:
        text.append(f"{number} ", "dim")
    text.append(info.label or info.name, "bold")
    details = [f"{info.word_count} words", info.date or "no date"]
    if len(comparison.versions) > 1:
        details.insert(0, f"{comparison.shared_share(version):.0%} shared")
    text.append("\n" + " · ".join(details), "dim")
    return text


class VersionColumn(Vertical):
    def __init__(self, comparison: Comparison, version: int, hide_boilerplate: bool, **kwargs):
        super().__init__(**kwargs)
        self.version = version
        self.pane = VersionPane(comparison, version, hide_boilerplate, id=f"pane-{version}")
        self.header = Static(classes="column-header")
        self._number: int | None = None
        self._shown_once = False

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.pane

    def show_header(self, number: int | None, changed: bool = False) -> None:
        """Label the column with its key (1-9); `changed` when the comparison is new."""
        if changed or number != self._number or not self._shown_once:
            self._number, self._shown_once = number, True
            self.header.update(header_text(self.pane.comparison, self.version, number))
