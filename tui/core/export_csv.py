"""The story table as CSV for spreadsheets: a row per passage or unique sentence, a column per
version, then support and discrepancies (format in the README)."""

from __future__ import annotations

import csv
import io

from tui.core.model import Comparison, Discrepancy
from tui.core.story_table import (
    MISSING,
    cell,
    column_labels,
    discrepancy_label,
    story_rows,
    support_label,
)

# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...,
# -2+3, @SUM, and a tab or carriage return before one): article text and labels are untrusted.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    """A cell a spreadsheet shows as text: a leading apostrophe, as spreadsheets themselves
    write it, before anything that would start a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_csv(comparison: Comparison) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as spreadsheets expect
    header = ["passage", *column_labels(comparison), "support", "discrepancies"]
    writer.writerow([_safe(text) for text in header])
    n = len(comparison.versions)
    for row in story_rows(comparison):
        passage = row.passage
        # Disagreements in fact first, spelling variants after, as the app's detail view lists.
        discrepancies = sorted(passage.discrepancies if passage else (), key=_is_variant)
        fields = [
            str(passage.id + 1) if passage else "",
            *(cell(comparison, row, v).text if row.cells[v] else MISSING for v in range(n)),
            support_label(comparison, row),
            "; ".join(discrepancy_label(comparison, d) for d in discrepancies),
        ]
        writer.writerow([_safe(text) for text in fields])
    return out.getvalue()


def _is_variant(discrepancy: Discrepancy) -> bool:
    return discrepancy.kind == "variant"
