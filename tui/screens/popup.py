"""The base of every dialog: esc closes it, its footer says so, and it closes only itself."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from tui.widgets.key_footer import KeyFooter

Result = TypeVar("Result")


class Popup(ModalScreen[Result]):
    """Subclasses compose their dialog in `dialog()`; the footer of its keys comes after it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def compose(self) -> ComposeResult:
        yield from self.dialog()
        yield KeyFooter()

    def dialog(self) -> ComposeResult:
        raise NotImplementedError

    def action_close(self) -> None:
        self.dismiss(None)

    def dismiss(self, result: Result | None = None) -> AwaitComplete:
        # Textual pops whatever screen is on top. A message queued behind the one that closed
        # this dialog (a second enter typed fast) must not close the screen under it as well.
        if not self.is_active:
            return AwaitComplete()
        return super().dismiss(result)
