"""The main screen's moves: sentence to sentence, passage to passage (in story order, the same
in every pane), to unique sentences, by pages and between panes. Part of MainScreen
(tui/screens/main.py), which holds the state these moves change; apart so that each module reads
whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.core.model import Comparison, Passage


class Navigation:
    """Mixed into MainScreen: the moves, told in terms of its panes and selection."""

    comparison: Comparison
    active: int
    passage: Passage | None
    shown: tuple[int, ...]
    chosen: tuple[int, ...]

    def _step(self, candidates: Iterable[int], direction: int) -> int | None:
        """The next (direction 1) or previous (-1) candidate sentence from the cursor."""
        cursor = self.pane(self.active).cursor
        ordered = sorted(candidates, reverse=direction < 0)
        if cursor is None:
            return ordered[0] if ordered else None
        return next((s for s in ordered if (s - cursor) * direction > 0), None)

    def action_cursor(self, direction: int) -> None:
        target = self._step(self.pane(self.active).shown_sentences(), direction)
        if target is not None:
            self.select_sentence(self.active, target)

    def action_passage(self, direction: int) -> Passage | None:
        """Go to the next (1) or previous (-1) passage in story order; the passage read then (the
        detail screen steps with this too), or None when there is no more that way."""
        target = self._next_passage(direction)
        if target is None:
            self.app.bell()
            self.notify("no more passages this way", timeout=2)
            return None
        self._show_passage(target)
        return self.passage

    def _next_passage(self, direction: int) -> Passage | None:
        """The passage after (1) or before (-1) the selected one in story order, which is the
        order of passage numbers, the same for every pane. From a sentence in no passage: the
        passage of the nearest sentence that way in the reader's pane, else the one after the
        last (before the first) the pane has passed."""
        passages = self.comparison.passages
        if self.passage is not None:
            index = self.passage.id + direction
            return passages[index] if 0 <= index < len(passages) else None
        pane = self.pane(self.active)
        cursor = pane.cursor
        of = self.comparison.passages_of
        ahead, passed = [], []
        for sentence in pane.shown_sentences():
            if cursor is None or (sentence - cursor) * direction > 0:
                ahead.append(sentence)
            elif sentence != cursor:
                passed.extend(p.id for p in of(self.active, sentence))
        for sentence in ahead if direction > 0 else reversed(ahead):
            found = of(self.active, sentence)
            if found:
                return found[0] if direction > 0 else found[-1]
        if not passed:
            return (passages[0] if direction > 0 else passages[-1]) if passages else None
        index = max(passed) + 1 if direction > 0 else min(passed) - 1
        return passages[index] if 0 <= index < len(passages) else None

    def _show_passage(self, passage: Passage) -> None:
        """Read a passage. When the reader's version lacks it, the reader's pane keeps its place
        and focus, and the panes that have it line it up (a hidden version that has it is shown
        when no shown one does); the status line says where it is."""
        if self.active in passage.versions:
            first = passage.members_of(self.active)[0].sentence
            self.select_sentence(self.active, first, passage=passage)
        elif len(self.shown) > 1:
            if not any(v in self.shown for v in passage.versions):
                self._reveal(passage.versions[0])
            self._select_passage(passage, self._reader_row())
        else:  # one pane fits: it shows the version that has the passage
            version = passage.versions[0]
            self._go_to(version, passage.members_of(version)[0].sentence, passage)

    def _reader_row(self) -> int | None:
        """The screen row of the reader's cursor: where the other panes line a passage up."""
        pane = self.pane(self.active)
        return None if pane.cursor is None else pane.row_of(pane.cursor)

    def action_unique(self, direction: int) -> None:
        shown = set(self.pane(self.active).shown_sentences())
        unique = [s for s in self.comparison.unique_sentences(self.active) if s in shown]
        target = self._step(unique, direction)
        if target is None:
            self.notify(
                f"no more sentences unique to {self.comparison.versions[self.active].label}",
                timeout=3,
                markup=False,
            )
            return
        self.select_sentence(self.active, target)

    def action_page(self, direction: int) -> None:
        self.pane(self.active).scroll_page(direction)

    def action_focus_pane(self, number: int) -> None:
        if number > len(self.shown):
            self.notify(f"only {len(self.shown)} panes are shown (v chooses)", timeout=3)
            return
        self.pane(self.shown[number - 1]).focus()

    def _reveal(self, version: int) -> None:
        """Show a hidden version in place of the last visible one but the reader's."""
        replaced = next((v for v in reversed(self.shown) if v != self.active), self.active)
        self.chosen = tuple(sorted({*self.chosen, version}))
        self._show_versions(tuple(sorted({*self.shown, version} - {replaced})))
        self.notify(f"showing {self.comparison.versions[version].label}", timeout=3, markup=False)

    def _go_to(self, version: int, sentence: int, passage: Passage | None = None) -> None:
        """Read a sentence (in `passage`, when given) that another screen chose: its version is
        shown, its pane focused."""
        if version not in self.shown:
            self._reveal(version)
        self.pane(version).focus()
        if self.pane(version).is_hidden(sentence):
            self._set_boilerplate(False)
        self.select_sentence(version, sentence, passage=passage)
