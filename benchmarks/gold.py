"""Scores an alignment against the hand-made gold alignment of the seeds (tests/data/).

Gold members are quotes, not sentence ids, so the gold does not depend on the segmenter:
each quote is mapped to the sentence it starts in. Scoring is pairwise: every two members
of a passage from different versions make a link; `uncertain` links count neither way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from tui.core.model import Comparison

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold_alignment.json"

Key = tuple[str, int]  # (file name, sentence id)
Link = frozenset[Key]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    true_links: int
    predicted_links: int
    gold_links: int
    missed: tuple[Link, ...]
    extra: tuple[Link, ...]


def _sentence_key(comparison: Comparison, file: str, quote: str) -> Key:
    version = next(v for v in comparison.versions if v.name == file)
    at = version.text.find(quote)
    if at < 0:
        raise ValueError(f"gold quote not found in {file}: {quote!r}")
    sentence = next(s for s in version.sentences if s.start <= at < max(s.end, s.start + 1))
    return file, sentence.id


def _links(groups: list[list[Key]]) -> set[Link]:
    return {
        frozenset((a, b)) for group in groups for a, b in combinations(group, 2) if a[0] != b[0]
    }


def gold_links(comparison: Comparison) -> tuple[set[Link], set[Link]]:
    data = json.loads(GOLD.read_text(encoding="utf-8"))

    def groups(name: str) -> list[list[Key]]:
        return [
            [_sentence_key(comparison, m["file"], m["quote"]) for m in passage["members"]]
            for passage in data.get(name, [])
        ]

    return _links(groups("passages")), _links(groups("uncertain"))


def predicted_links(comparison: Comparison) -> set[Link]:
    names = [v.name for v in comparison.versions]
    return _links(
        [[(names[m.version], m.sentence) for m in p.members] for p in comparison.passages]
    )


def score(comparison: Comparison) -> Score:
    gold, uncertain = gold_links(comparison)
    uncertain -= gold  # a link the gold asserts is never excused
    predicted = predicted_links(comparison) - uncertain
    true = predicted & gold
    return Score(
        precision=len(true) / len(predicted) if predicted else 0.0,
        recall=len(true) / len(gold) if gold else 0.0,
        true_links=len(true),
        predicted_links=len(predicted),
        gold_links=len(gold),
        missed=tuple(sorted(gold - predicted, key=sorted)),
        extra=tuple(sorted(predicted - gold, key=sorted)),
    )
