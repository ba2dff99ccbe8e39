"""A version's column: its header (outlet, date, words, shared share), its pane and its minimap."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from tui.core.model import Comparison
from tui.widgets.minimap import Minimap
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
        self.minimap = Minimap(self.pane, classes="minimap")
        self.pane.companions.append(self.minimap)
        self.header = Static(classes="column-header")

    def compose(self) -> ComposeResult:
        yield self.header
        with Horizontal(classes="column-body"):
            yield self.pane
            yield self.minimap

    def show_header(self, number: int | None) -> None:
        self.header.update(header_text(self.pane.comparison, self.version, number))
