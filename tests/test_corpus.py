"""The benchmark's made-up stories (benchmarks/corpus.py): text that grows like real text."""

from __future__ import annotations

import random
import re

from corpus import fact_links, make_versions, story
from helpers import compare_texts


def vocabulary(facts: list[str]) -> set[str]:
    return {word.lower() for fact in facts for word in re.findall(r"[A-Za-z]+", fact)}


def test_a_story_twice_as_long_has_a_larger_vocabulary_as_real_text_has():
    # Heaps' law with beta 0.55: doubling a text multiplies its vocabulary by about 1.46.
    # The seeds' own few hundred words, swapped around, would stop growing long before this.
    facts = story(1600, random.Random(7))
    ratio = len(vocabulary(facts)) / len(vocabulary(facts[:800]))
    assert 1.35 < ratio < 1.6


def test_made_versions_are_the_same_for_the_same_seed():
    assert make_versions(3, 40, seed=3) == make_versions(3, 40, seed=3)
    assert make_versions(3, 40, seed=3) != make_versions(3, 40, seed=4)


def test_a_fact_is_known_by_its_figure_however_many_digits_it_has():
    line = "The ferry company said on Monday that the harbour reopened in 12345 cases at noon.\n"
    assert fact_links(compare_texts(line, line)) == (1.0, 1.0)
