"""The overview strip beside a pane: the whole version, one row per sentence (or per run of them
when the version is taller than the strip), colored by support; a click jumps there."""

from __future__ import annotations

from rich.segment import Segment
from textual import events
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

    def sentences_at(self, row: int) -> list[int]:
        """The sentences one row of the strip stands for."""
        shown = self.pane.shown_sentences()
        height = max(1, self.size.height)
        if len(shown) <= height:
            return shown[row : row + 1]
        return shown[row * len(shown) // height : (row + 1) * len(shown) // height] or shown[-1:]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        sentences = self.sentences_at(y)
        if not sentences:
            return Strip.blank(width)
        palette = self.pane.palette
        comparison = self.pane.comparison
        version = self.pane.version
        support = max(comparison.support_of(version, s) for s in sentences)
        style = palette.minimap[min(support, len(palette.minimap) - 1)]
        passage = self.pane.passage
        current = passage is not None and any(
            comparison.passage_of(version, s) is passage for s in sentences
        )
        if self.pane.cursor in sentences:
            mark = "▶"
        elif current:
            mark = "┃"
        else:
            mark = " "
        cells = (mark + " " * width)[:width]
        return Strip([Segment(cells, style + palette.gutter_mark if mark != " " else style)])

    def on_click(self, event: events.Click) -> None:
        sentences = self.sentences_at(event.y)
        if sentences:
            self.post_message(self.Jump(self.pane.version, sentences[0]))
