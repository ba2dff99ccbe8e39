"""The footer of keys: one widget that draws the whole line itself.

Textual's Footer mounts, styles and lays out one widget per key, which delays the first frame;
this draws the same line (key and description pairs in the theme's footer colors, the command
palette key at the right edge) as one widget. Keys can be clicked and show their tooltip, and the
line scrolls sideways with the mouse wheel when the terminal is too narrow.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.keys import key_to_character
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

PALETTE_SEPARATOR = "▏"  # what Textual's footer draws as the palette key's left border (vkey)


class FooterEntry(NamedTuple):
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class Piece(NamedTuple):
    """A run of cells of the line: the entry it belongs to, its text and component class."""

    entry: int
    text: str
    component: str


class KeyFooter(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--hover",
        "footer-key--separator",
    }
    # The colors of Textual's Footer and FooterKey, from the same theme variables.
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--hover {
            background: $block-hover-background;
        }
        .footer-key--separator {
            color: $foreground 20%;
        }
        &.-over-key {
            pointer: pointer;
        }
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[tuple[FooterEntry, ...], FooterEntry | None] = ((), None)
        self._entries: list[FooterEntry] = []  # the keys, then the palette key: pieces' indexes
        self._keys: list[Piece] = []  # the scrolling part of the line
        self._palette: list[Piece] = []  # the command palette key, fixed at the right edge
        self._hover: int | None = None  # the entry under the mouse
        self._scroll = 0  # cells of the keys scrolled off to the left

    def on_mount(self) -> None:
        self._show(*self._shown_entries())
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        shown = self._shown_entries()
        if shown != self._shown:  # focus moves publish this too: keep the line when it is the same
            self._show(*shown)

    def _shown_entries(self) -> tuple[tuple[FooterEntry, ...], FooterEntry | None]:
        """The keys to show as Textual's Footer picks them (the first key of each action with
        show=True) but those the focused field types, and the command palette key; none while
        another screen is on top of this one, as its keys do nothing then (Textual's footer keeps
        showing them under a dialog)."""
        if not self.screen.is_active:
            return (), None
        app = self.app
        focused = self.screen.focused
        keys: dict[str, FooterEntry] = {}
        palette = None
        for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items():
            if focused is not None and focused.check_consume_key(key, key_to_character(key)):
                continue  # a field types it: "q Quit" under a search field would mislead
            display = app.get_key_display(binding)
            if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                tooltip = binding.tooltip or binding.description
                palette = FooterEntry(key, display, binding.description, enabled, tooltip)
            elif binding.show and binding.action not in keys:
                keys[binding.action] = FooterEntry(
                    key, display, binding.description, enabled, tooltip
                )
        return tuple(keys.values()), palette

    def _show(self, keys: tuple[FooterEntry, ...], palette: FooterEntry | None) -> None:
        self._shown = (keys, palette)
        self._entries = [*keys, palette] if palette else list(keys)
        self._keys = []
        for index, entry in enumerate(keys):
            if entry.description:
                self._keys.append(Piece(index, f" {entry.display} ", "footer-key--key"))
                self._keys.append(Piece(index, f"{entry.description} ", "footer-key--description"))
            else:
                self._keys.append(Piece(index, entry.display, "footer-key--key"))
        self._palette = []
        if palette is not None:
            index = len(keys)
            self._palette = [
                Piece(index, PALETTE_SEPARATOR, "footer-key--separator"),
                Piece(index, palette.display, "footer-key--key"),
                Piece(index, f" {palette.description} ", "footer-key--description"),
            ]
        self._set_hover(None)
        self._scroll = min(self._scroll, self._max_scroll())
        self.refresh()

    # Geometry ---------------------------------------------------------------------------------

    def _palette_width(self) -> int:
        return sum(cell_len(piece.text) for piece in self._palette)

    def _keys_width(self) -> int:
        return max(0, self.size.width - self._palette_width())

    def _max_scroll(self) -> int:
        return max(0, sum(cell_len(piece.text) for piece in self._keys) - self._keys_width())

    def _entry_at(self, x: int) -> int | None:
        """The entry drawn at column x of the footer."""
        if x >= self._keys_width():
            pieces, x = self._palette, x - self._keys_width()
        else:
            pieces, x = self._keys, x + self._scroll
        for piece in pieces:
            x -= cell_len(piece.text)
            if x < 0:
                return piece.entry
        return None

    # Drawing ----------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self._keys_width()
        keys = Strip(self._segments(self._keys)).crop(self._scroll, self._scroll + width)
        palette = self._segments(self._palette)
        return Strip([*keys.extend_cell_length(width, base), *palette], self.size.width)

    def _segments(self, pieces: list[Piece]) -> list[Segment]:
        hover = Style(bgcolor=self.get_component_rich_style("footer-key--hover").bgcolor)
        segments = []
        for piece in pieces:
            style = self.get_component_rich_style(piece.component)
            entry = self._entries[piece.entry]
            if not entry.enabled:
                style += Style(dim=True)
            if piece.entry == self._hover:
                style += hover
            segments.append(Segment(piece.text, style))
        return segments

    # Mouse ------------------------------------------------------------------------------------

    def _set_hover(self, entry: int | None) -> None:
        if entry != self._hover:
            self._hover = entry
            self.set_class(entry is not None, "-over-key")
            tooltip = self._entries[entry].tooltip if entry is not None else ""
            self.tooltip = tooltip or None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._entry_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        entry = self._entry_at(event.x)
        if entry is None:
            return
        if self._entries[entry].enabled:
            self.app.simulate_key(self._entries[entry].key)
        else:
            self.app.bell()

    def _scroll_by(self, cells: float) -> bool:
        """Scroll the keys sideways; True when the line moved."""
        scroll = max(0, min(self._max_scroll(), self._scroll + round(cells)))
        if scroll == self._scroll:
            return False
        self._scroll = scroll
        self.refresh()
        return True

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self._scroll_by(self.app.scroll_sensitivity_x):
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self._scroll_by(-self.app.scroll_sensitivity_x):
            event.stop()

    def on_resize(self, event: events.Resize) -> None:
        self._scroll = min(self._scroll, self._max_scroll())
