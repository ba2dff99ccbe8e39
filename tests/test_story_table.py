"""The story table: a row per passage in story order, a column per version, unique sentences in
rows of their own, read from the comparison without aligning again."""

from __future__ import annotations

from helpers import WORLD_CUP, compare_texts, document
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.comparison import compare
from tui.core.model import (
    Comparison,
    Discrepancy,
    Member,
    Passage,
    Reading,
    Sentence,
    Span,
    Version,
)
from tui.core.story_table import (
    Mark,
    cell,
    column_labels,
    discrepancy_label,
    story_rows,
    support_label,
)


def _version(id: int, texts: list[str], boilerplate: set[int] = frozenset()) -> Version:
    sentences, start = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(text), text, i in boilerplate))
        start += len(text) + 1
    return Version(
        id, f"/v{id}", f"v{id}", f"V{id}", "", None, " ".join(texts), "utf-8",
        tuple(sentences), 0,
    )  # fmt: skip


@st.composite
def comparisons(draw) -> Comparison:
    """A random comparison as the engine shapes one: passages of two or more versions whose ids
    follow first appearance reading the versions in order; a sentence in any number of them."""
    n = draw(st.integers(1, 5))
    lengths = [draw(st.integers(0, 8)) for _ in range(n)]
    versions = tuple(
        _version(v, [f"s{v}.{i}" for i in range(k)], draw(st.sets(st.integers(0, max(k - 1, 0)))))
        for v, k in enumerate(lengths)
    )
    article = [(v.id, s.id) for v in versions for s in v.sentences if not s.boilerplate]
    groups = []
    for _ in range(draw(st.integers(0, 6)) if len(article) > 1 else 0):
        members = draw(st.sets(st.sampled_from(article), min_size=2, max_size=6))
        if len({v for v, _ in members}) >= 2:
            groups.append(sorted(members))
    groups.sort()  # by first member: the first version's sentence order, then the next's
    passages = tuple(
        Passage(i, tuple(Member(v, s, 1.0) for v, s in group), 1.0)
        for i, group in enumerate(groups)
    )
    return Comparison(versions, passages, (), 0.4)


def _check(comparison: Comparison) -> None:
    rows = story_rows(comparison)
    n = len(comparison.versions)
    assert all(len(row.cells) == n for row in rows)
    # Every article sentence stands in a row, boilerplate in none.
    for version in comparison.versions:
        held = {s for row in rows for s in row.cells[version.id]}
        assert held == {s.id for s in version.sentences if not s.boilerplate}
    # A row per passage, in story order, each cell exactly the passage's members of its version.
    passage_rows = [row for row in rows if row.passage is not None]
    assert [row.passage for row in passage_rows] == list(comparison.passages)
    for row in passage_rows:
        for v in range(n):
            assert row.cells[v] == tuple(m.sentence for m in row.passage.members_of(v))
        assert row.support == row.passage.support
    # A unique sentence has a row of its own, after every passage its version told before it,
    # so that each version's unique sentences keep their order.
    for index, row in enumerate(rows):
        if row.passage is not None:
            continue
        ((version, (sentence,)),) = [(v, c) for v, c in enumerate(row.cells) if c]
        assert comparison.passages_of(version, sentence) == ()
        told = {p.id for s in range(sentence) for p in comparison.passages_of(version, s)}
        later = {r.passage.id for r in rows[index:] if r.passage is not None}
        assert not told & later
    for v in range(n):
        unique = [row.cells[v][0] for row in rows if row.passage is None and row.cells[v]]
        assert unique == sorted(unique) == list(comparison.unique_sentences(v))


@settings(max_examples=300, deadline=None)
@given(comparisons())
def test_rows_hold_every_sentence_in_story_order(comparison):
    _check(comparison)


def test_the_samples_make_a_table(seed_comparison):
    _check(seed_comparison)
    rows = story_rows(seed_comparison)
    assert len(rows) == len(seed_comparison.passages) + sum(
        len(seed_comparison.unique_sentences(v.id)) for v in seed_comparison.versions
    )


def test_a_sentence_that_tells_several_facts_stands_in_each_of_their_rows():
    comparison = compare_texts(*WORLD_CUP)
    rows = [row for row in story_rows(comparison) if row.passage is not None]
    assert len(rows) >= 2
    assert all(row.cells[0] == (0,) for row in rows), "the lead tells every fact"
    assert len({row.cells[1] for row in rows}) == len(rows)
    _check(comparison)


def test_unique_sentences_come_where_their_version_tells_them():
    comparison = compare_texts(
        "The minister resigned on Friday after a week of protests in the capital. "
        "Her spokesman declined to comment on the reasons.",
        "A lighthouse keeper found a rare orchid near the harbour. "
        "The minister resigned on Friday after a week of protests in the capital.",
    )
    rows = story_rows(comparison)
    assert [(row.passage is not None, row.cells) for row in rows] == [
        (False, ((), (0,))),  # before the passage: the second version tells it first
        (True, ((0,), (1,))),
        (False, ((1,), ())),
    ]


def test_a_cell_joins_its_sentences_and_marks_each_reading_in_it():
    a = _version(0, ["Antony came.", "He left."])
    b = _version(1, ["Anthony came and left."])
    discrepancy = Discrepancy(
        "name",
        (Reading("Antony", (Span(0, 0, 6, "Antony"),)), Reading("Anthony", (Span(1, 0, 7, "x"),))),
    )
    passage = Passage(
        0, (Member(0, 0, 1.0), Member(0, 1, 1.0), Member(1, 0, 1.0)), 1.0, (), (discrepancy,)
    )
    comparison = Comparison((a, b), (passage,), (), 0.4)
    (row,) = story_rows(comparison)
    first = cell(comparison, row, 0)
    assert first.text == "Antony came. He left."
    assert first.marks == (Mark(0, 6, "name"),)
    assert cell(comparison, row, 1).marks == (Mark(0, 7, "name"),)
    assert support_label(comparison, row) == "2/2"
    assert discrepancy_label(comparison, discrepancy) == "name: Antony (V0) · Anthony (V1)"


def test_a_mark_in_a_later_sentence_of_a_cell_counts_from_the_cell_start():
    a = _version(0, ["One.", "Antony two."])
    b = _version(1, ["Anthony two."])
    discrepancy = Discrepancy(
        "name", (Reading("Antony", (Span(0, 5, 11, "Antony"),)), Reading("Anthony", ()))
    )
    passage = Passage(
        0, (Member(0, 0, 1.0), Member(0, 1, 1.0), Member(1, 0, 1.0)), 1.0, (), (discrepancy,)
    )
    comparison = Comparison((a, b), (passage,), (), 0.4)
    first = cell(comparison, story_rows(comparison)[0], 0)
    (mark,) = first.marks
    assert first.text[mark.start : mark.end] == "Antony"


def test_a_version_without_the_fact_has_an_empty_cell_and_labels_are_told_apart():
    comparison = compare(
        [
            document("The minister resigned on Friday after protests.", "a.txt", label="AP"),
            document("The minister resigned on Friday after protests.", "b.txt", label="AP"),
            document("A lighthouse keeper found a rare orchid near the harbour.", "c.txt"),
        ]
    )
    row = next(row for row in story_rows(comparison) if row.passage is not None)
    assert row.cells[2] == ()
    assert cell(comparison, row, 2).text == ""
    assert support_label(comparison, row) == "2/3"
    assert column_labels(comparison) == ("AP (1)", "AP (2)", "c.txt")
