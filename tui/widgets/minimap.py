"""The overview strip beside a pane: the whole version, one row per sentence (or per run of them
when the version is taller than the strip), colored by support; a click jumps there."""

from __future__ import annotations

from rich.segment import Segment
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.widgets.version_pane import VersionPane


class Minimap(Widget):
    """Overview of one version's pane; reads the pane's sentences, cursor and passage."""

    class Jump(Message):
        def __init__(self, version: int, sentence: int) -> None:
            super().__init__()
            self.version = version
            self.sentence = sentence

    def __init__(self, pane: VersionPane, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pane = pane
        self._rows: list[list[int]] = []
        self._support: list[int] = []
        self._key: tuple[int, int] | None = None

    def _layout(self) -> None:
        """Which sentences each row stands for, and their strongest support (once per change)."""
        height = max(1, self.size.height)
        if self._key == (height, self.pane.generation):
            return
        shown = self.pane.shown_sentences()
        if len(shown) <= height:
            self._rows = [[s] for s in shown]
        else:
            self._rows = [
                shown[row * len(shown) // height : (row + 1) * len(shown) // height] or shown[-1:]
                for row in range(height)
            ]
        self._support = [max(self.pane.support[s] for s in row) for row in self._rows]
        self._key = (height, self.pane.generation)

    def sentences_changed(self, sentences) -> None:
        """Redraw only the rows standing for these sentences (the cursor or passage moved)."""
        self._layout()
        wanted = set(sentences)
        for row, members in enumerate(self._rows):
            if wanted.intersection(members):
                self.refresh(Region(0, row, self.size.width, 1))

    def sentences_at(self, row: int) -> list[int]:
        """The sentences one row of the strip stands for."""
        self._layout()
        return self._rows[row] if 0 <= row < len(self._rows) else []

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        sentences = self.sentences_at(y)
        if not sentences:
            return Strip.blank(width)
        palette = self.pane.palette
        style = palette.minimap[min(self._support[y], len(palette.minimap) - 1)]
        passage = self.pane.passage
        if self.pane.cursor in sentences:
            mark = "▶"
        elif passage is not None and any(self.pane.passages[s] is passage for s in sentences):
            mark = "┃"
        else:
            mark = " "
        cells = (mark + " " * width)[:width]
        return Strip([Segment(cells, style + palette.gutter_mark if mark != " " else style)])

    def on_click(self, event: events.Click) -> None:
        sentences = self.sentences_at(event.y)
        if sentences:
            self.post_message(self.Jump(self.pane.version, sentences[0]))
