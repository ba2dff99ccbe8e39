"""The page's story table: the toggle at the top between the columns and the table, and the table
(a row per passage in story order, a column per version, unique sentences in rows of their own).

Article text is escaped as in the rest of the page; the script that switches the views is
story_table.js, appended to the page's own under the same Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.core.html_columns import UNIQUE_MARK, esc, passage_number
from tui.core.model import Comparison
from tui.core.story_table import MISSING, StoryRow, cell, column_labels, story_rows, support_label

VIEW_TOGGLE = (
    '<div class="view-toggle chrome" role="group" aria-label="View">'
    '<button type="button" id="view-columns" aria-pressed="true">Columns</button>'
    '<button type="button" id="view-table" aria-pressed="false">Table</button></div>\n'
)


def story_table(comparison: Comparison) -> str:
    """The table, hidden until the toggle shows it in place of the columns."""
    return "".join(_table(comparison))


def _table(comparison: Comparison) -> Iterator[str]:
    rows = story_rows(comparison)
    unique = sum(1 for row in rows if row.passage is None)
    yield (
        '<section id="story" class="story" hidden aria-label="The story as a table">\n'
        '<table class="story-table"><caption>'
        f"{len(comparison.passages)} passages in story order, a column per version; "
        f"{UNIQUE_MARK} {unique} sentences only one version has; {MISSING} the version lacks it"
        '</caption>\n<thead><tr><th scope="col">#</th>'
    )
    for label in column_labels(comparison):
        yield f'<th scope="col">{esc(label)}</th>'
    yield '<th scope="col">in</th></tr></thead>\n<tbody>\n'
    for row in rows:
        yield from _row(comparison, row)
    yield "</tbody></table></section>\n"


def _row(comparison: Comparison, row: StoryRow) -> Iterator[str]:
    if row.passage is not None:
        number = passage_number(row.passage)
        yield f'<tr class="row-p" data-p="{number}"><th scope="row"><a href="#p{number}">{number}</a>'
    else:
        (version,) = row.versions
        target = f"s-v{version}-{row.cells[version][0]}"
        yield (
            f'<tr class="row-u"><th scope="row"><a href="#{target}" '
            f'aria-label="unique sentence">{UNIQUE_MARK}</a>'
        )
    yield "</th>"
    for version in range(len(comparison.versions)):
        if not row.cells[version]:
            yield f'<td class="missing">{MISSING}</td>'
            continue
        text, marks = cell(comparison, row, version)
        yield "<td>"
        at = 0
        for start, end, kind in marks:
            if start < at:  # a reading inside another's: the outer one is marked
                continue
            variant = " var" if kind == "variant" else ""
            yield f'{esc(text[at:start])}<mark class="x{variant}">{esc(text[start:end])}</mark>'
            at = end
        yield f"{esc(text[at:])}</td>"
    yield f"<td>{support_label(comparison, row)}</td></tr>\n"
