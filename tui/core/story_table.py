"""The story as a table: a row per passage in story order, a column per version, and a row of its
own for each sentence only one version has (CollateX's alignment table, made for news).

Built from the one `Comparison`, never by aligning again; the app's table view, the page's table
and `--csv` all read these rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from tui.core.model import Comparison, Discrepancy, Passage

MISSING = "—"  # a cell whose version lacks the row's fact


class StoryRow(NamedTuple):
    passage: Passage | None  # None: a sentence only one version has
    cells: tuple[tuple[int, ...], ...]  # per version, the ids of its sentences here; () lacks it

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(v for v, cell in enumerate(self.cells) if cell)

    @property
    def support(self) -> int:
        return len(self.versions)


class Mark(NamedTuple):
    """A discrepancy's reading inside a cell's text."""

    start: int
    end: int
    kind: str  # the discrepancy's kind: "name", "number", "date", "quote" or "variant"


class Cell(NamedTuple):
    text: str  # the version's sentences here, joined by a space; "" when it lacks the fact
    marks: tuple[Mark, ...]  # in text order


def story_rows(comparison: Comparison) -> tuple[StoryRow, ...]:
    """Every passage in story order (passage numbers), and each article sentence in no passage
    right after the furthest passage its version has told before it (before every passage when
    it has told none), so each version's sentences keep their order among its unique ones.
    Boilerplate (bylines, navigation) stands in no row."""
    n = len(comparison.versions)
    after: dict[int, list[StoryRow]] = {}  # passage id (-1: the start) -> unique rows after it
    for version in comparison.versions:
        reached = -1
        for sentence in version.sentences:
            if sentence.boilerplate:
                continue
            passages = comparison.passages_of(version.id, sentence.id)
            if passages:
                reached = max(reached, passages[-1].id)
                continue
            cells = tuple((sentence.id,) if v == version.id else () for v in range(n))
            after.setdefault(reached, []).append(StoryRow(None, cells))
    rows = list(after.get(-1, ()))
    for passage in comparison.passages:
        cells = tuple(tuple(m.sentence for m in passage.members_of(v)) for v in range(n))
        rows.append(StoryRow(passage, cells))
        rows.extend(after.get(passage.id, ()))
    return tuple(rows)


def cell(comparison: Comparison, row: StoryRow, version: int) -> Cell:
    """A version's cell: its sentences for the row, and where its readings of the row's
    discrepancies fall in them."""
    sentences = comparison.versions[version].sentences
    spans = [
        (span.start, span.end, d.kind)
        for d in (row.passage.discrepancies if row.passage else ())
        for span in d.spans
        if span.version == version
    ]
    parts: list[str] = []
    marks: list[Mark] = []
    offset = 0
    for sentence_id in row.cells[version]:
        sentence = sentences[sentence_id]
        if parts:
            offset += 1  # the space that joins two sentences
        marks.extend(
            Mark(start - sentence.start + offset, end - sentence.start + offset, kind)
            for start, end, kind in spans
            if sentence.start <= start and end <= sentence.end
        )
        parts.append(sentence.text)
        offset += len(sentence.text)
    return Cell(" ".join(parts), tuple(sorted(marks)))


def support_label(comparison: Comparison, row: StoryRow) -> str:
    return f"{row.support}/{len(comparison.versions)}"


def discrepancy_label(comparison: Comparison, discrepancy: Discrepancy) -> str:
    """Each reading with the versions that give it: name: Antony (EFE, AFP) · Anthony (Reuters)."""
    readings = " · ".join(
        f"{r.text} ({_labels(comparison, r.versions)})" for r in discrepancy.readings
    )
    return f"{discrepancy.kind}: {readings}"


def _labels(comparison: Comparison, versions: Iterable[int]) -> str:
    return ", ".join(comparison.versions[v].label for v in versions)


def column_labels(comparison: Comparison) -> tuple[str, ...]:
    """The versions' labels, a label two versions share told apart by the version's number."""
    labels = [v.label or v.name for v in comparison.versions]
    return tuple(
        f"{label} ({i + 1})" if labels.count(label) > 1 else label for i, label in enumerate(labels)
    )
