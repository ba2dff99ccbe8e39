"""The footer of keys, rebuilt only when the keys it shows change.

Textual's Footer starts empty and rebuilds its key widgets after every focus change (three times
while the app starts, each a frame's worth of style work); here the keys are there in the first
frame and only a real change (a dialog on top disabling the main screen's keys) rebuilds them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_reactive(Footer._bindings_ready, True)  # compose the keys with the screen
        self._keys: tuple | None = None

    def compose(self) -> ComposeResult:
        self._keys = self._shown_keys()
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # A key starts compact, then is bound to the footer's compactness (not
                # compact): starting it as the footer is spares two restyles of every key.
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def _shown_keys(self) -> tuple:
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding.description, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen or self._shown_keys() != self._keys:
            super().bindings_changed(screen)
