"""The overview strip at the right edge of a pane: the whole version, one row per sentence (or
per run of them when the version is taller than the pane), colored by support.

Drawn by the pane itself rather than as a widget beside it: every widget edge across a row
costs Textual's compositor a cut on every frame, and five panes make many.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.segment import Segment

from tui.widgets.palette import Palette

WIDTH = 2


class Overview:
    """Which sentences each row of the strip stands for, recomputed only when they change."""

    def __init__(self) -> None:
        self.rows: list[list[int]] = []
        self.support: list[int] = []
        self.row_of: dict[int, int] = {}  # sentence -> the row standing for it
        self._key: tuple[int, int] | None = None

    def update(self, shown: Sequence[int], support: Sequence[int], height: int, key: int) -> None:
        height = max(1, height)
        if self._key == (height, key):
            return
        if len(shown) <= height:
            self.rows = [[s] for s in shown]
        else:
            self.rows = [
                list(shown[row * len(shown) // height : (row + 1) * len(shown) // height])
                or [shown[-1]]
                for row in range(height)
            ]
        self.support = [max(support[s] for s in row) for row in self.rows]
        self.row_of = {s: index for index, row in enumerate(self.rows) for s in row}
        self._key = (height, key)

    def sentences_at(self, row: int) -> list[int]:
        return self.rows[row] if 0 <= row < len(self.rows) else []

    def rows_of(self, sentences: Iterable[int]) -> set[int]:
        return {self.row_of[s] for s in sentences if s in self.row_of}

    def cells(
        self, row: int, palette: Palette, cursor: int | None, passage_rows: set[int], in_view: range
    ) -> list[Segment]:
        """The strip's two cells on a screen row: a mark, then the support color."""
        sentences = self.sentences_at(row)
        if not sentences:
            return [Segment(" " * WIDTH, palette.background)]
        style = palette.minimap[min(self.support[row], len(palette.minimap) - 1)]
        if self.row_of.get(cursor) == row:
            mark, mark_style = "▶", style + palette.gutter_mark
        elif row in passage_rows:
            mark, mark_style = "┃", style + palette.gutter_mark
        elif sentences[0] in in_view or sentences[-1] in in_view:
            mark, mark_style = "│", style + palette.gutter
        else:
            mark, mark_style = " ", style
        return [Segment(mark, mark_style), Segment(" " * (WIDTH - 1), style)]
