"""Sentence links, the unit every alignment score here counts, and the one place that reads
them off a comparison.

A link is two sentences of different versions that the engine (or a gold) puts together, as
`((version, sentence), (version, sentence))` with the smaller key first.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from tui.core.model import Comparison

Key = tuple[int, int]  # (version id, sentence id)
Link = tuple[Key, Key]


def link(a: Key, b: Key) -> Link:
    return (a, b) if a <= b else (b, a)


def links_within(groups: Iterable[Iterable[Key]]) -> set[Link]:
    """Every cross-version pair of sentences inside each group."""
    return {link(a, b) for group in groups for a, b in combinations(group, 2) if a[0] != b[0]}


def predicted_links(comparison: Comparison) -> set[Link]:
    """The engine's links: two sentences of different versions in one passage. The only
    function that reads passages, so that a change of the model's shape changes only this."""
    return links_within(((m.version, m.sentence) for m in p.members) for p in comparison.passages)
