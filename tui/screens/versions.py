"""Choosing which versions get a pane (with many versions, or on a narrow terminal)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.core.model import Comparison
from tui.screens.popup import Popup


class VersionList(SelectionList[int]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "screen.apply", "Show chosen")]


class VersionChooser(Popup[tuple[int, ...] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("a", "all", "All")]

    def __init__(self, comparison: Comparison, visible: tuple[int, ...], fit: int) -> None:
        """Ticked: the versions `visible` now; `fit`: how many panes this width holds."""
        super().__init__()
        self.comparison = comparison
        self.shown = visible
        self.fit = fit

    def dialog(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Versions to show", "bold"), classes="dialog-title")
            yield Static(Text("space toggles · a selects all · enter shows them", "dim"))
            if self.fit < len(self.comparison.versions):
                yield Static(
                    Text(
                        f"{self.fit} panes fit at this width: more chosen show as the window"
                        " widens, and n brings in a hidden one that has the passage",
                        "dim",
                    )
                )
            yield VersionList(
                *(
                    Selection(
                        Text(f"{v.label or v.name}  ({v.date or 'no date'}, {v.word_count} words)"),
                        v.id,
                        v.id in self.shown,
                    )
                    for v in self.comparison.versions
                ),
                id="version-list",
            )

    def action_apply(self) -> None:
        chosen = tuple(sorted(self.query_one(VersionList).selected))
        if not chosen:
            self.notify("choose at least one version", severity="warning")
            return
        self.dismiss(chosen)

    def action_all(self) -> None:
        self.query_one(VersionList).select_all()
