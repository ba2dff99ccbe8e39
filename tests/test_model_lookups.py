"""Comparison lookups the main screen asks for: the sentence at an offset, the next mention."""

from __future__ import annotations

import pytest

from tui.core.model import Comparison, Entity, Mention, Sentence, Version

# Leading spaces and gaps between sentences: both edges of the offset lookup are exercised.
TEXTS = (
    "  Han met Blinken.  Blinken spoke.  Han left.",
    "Blinken arrived.  Nobody else did.",
    "  Han said little. Han said it twice.",
)


def version(index: int, text: str) -> Version:
    sentences, offset = [], 0
    for piece in text.split(". "):
        piece = piece.strip().removesuffix(".") + "."
        start = text.index(piece, offset)
        offset = start + len(piece)
        sentences.append(Sentence(id=len(sentences), start=start, end=offset, text=piece))
    return Version(
        id=index, path=f"v{index}", name=f"v{index}", label=f"v{index}", title="", date=None,
        text=text, encoding="utf-8", sentences=tuple(sentences), word_count=len(text.split()),
    )  # fmt: skip


def mentions_of(name: str, versions: tuple[Version, ...]) -> tuple[Mention, ...]:
    found = []
    for v in versions:
        start = v.text.find(name)
        while start >= 0:
            found.append(Mention(v.id, start, start + len(name), name))
            start = v.text.find(name, start + 1)
    return tuple(found)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    versions = tuple(version(i, text) for i, text in enumerate(TEXTS))
    entities = tuple(
        Entity(id=i, name=name, type="person", variants=(), mentions=mentions_of(name, versions))
        for i, name in enumerate(("Han", "Blinken"))
    )
    return Comparison(versions=versions, passages=(), entities=entities, threshold=0.4)


def slow_sentence_at(comparison: Comparison, version: int, offset: int) -> int:
    """The definition: the last sentence starting at or before the offset, else the first."""
    starts = [s.start for s in comparison.versions[version].sentences]
    return max([i for i, start in enumerate(starts) if start <= offset], default=0)


def test_the_sentence_at_every_offset(comparison):
    for v in comparison.versions:
        for offset in range(len(v.text) + 1):
            wanted = slow_sentence_at(comparison, v.id, offset)
            assert comparison.sentence_at(v.id, offset) == wanted, (v.id, offset)
    first, second = comparison.versions[0].sentences[:2]
    assert first.start > 0 and comparison.sentence_at(0, 0) == 0  # before the first sentence
    assert second.start > first.end and comparison.sentence_at(0, first.end) == 0  # between
    assert comparison.sentence_at(0, second.start) == 1


def test_the_next_mention_from_every_sentence(comparison):
    for entity in comparison.entities:
        for v in comparison.versions:
            for s in v.sentences:
                here = (v.id, s.id)
                places = [
                    (m.version, slow_sentence_at(comparison, m.version, m.start))
                    for m in entity.mentions
                ]
                wanted = next((i for i, place in enumerate(places) if place >= here), 0)
                assert comparison.next_mention(entity, v.id, s.id) == wanted, (entity.name, here)


def test_the_next_mention_wraps_and_skips_to_later_versions(comparison):
    han = comparison.entities[0]
    assert [m.version for m in han.mentions] == [0, 0, 2, 2]
    assert comparison.next_mention(han, 0, 1) == 1  # "Han left." is sentence 2 of version 0
    assert comparison.next_mention(han, 1, 0) == 2  # version 1 has none: version 2's first
    assert comparison.next_mention(han, 2, 1) == 3
    blinken = comparison.entities[1]
    assert comparison.next_mention(blinken, 2, 0) == 0  # none after: back to the first


def test_the_lookup_index_is_built_once(comparison):
    comparison.sentence_at(1, 5)
    index = comparison._sentence_starts
    comparison.next_mention(comparison.entities[0], 2, 1)
    assert comparison._sentence_starts is index
