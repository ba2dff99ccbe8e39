"""Scores an alignment against the hand-made gold alignment of the seeds (tests/data/).

Gold members are quotes, not sentence ids, so the gold does not depend on the segmenter:
each quote is mapped to the sentence it starts in. Scoring is pairwise: every two members
of a passage from different versions make a link; `uncertain` links count neither way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from links import Key, Link, links_within, predicted_links

from tui.core.model import Comparison

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold_alignment.json"


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
    return version.id, sentence.id


def gold_links(comparison: Comparison) -> tuple[set[Link], set[Link]]:
    data = json.loads(GOLD.read_text(encoding="utf-8"))

    def groups(name: str) -> list[list[Key]]:
        return [
            [_sentence_key(comparison, m["file"], m["quote"]) for m in passage["members"]]
            for passage in data.get(name, [])
        ]

    return links_within(groups("passages")), links_within(groups("uncertain"))


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
        missed=tuple(sorted(gold - predicted)),
        extra=tuple(sorted(predicted - gold)),
    )
