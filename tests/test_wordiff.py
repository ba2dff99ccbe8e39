"""Word-level differences and discrepancies inside matched passages."""

from __future__ import annotations

from helpers import compare_texts


def _only_passage(comparison):
    assert len(comparison.passages) == 1, comparison.passages
    return comparison.passages[0]


def test_number_words_and_curly_quotes_count_as_equal():
    c = compare_texts(
        "The envoys talked for “12 hours” in Malta over the weekend, officials said.",
        'The envoys talked for "twelve hours" in Malta over the weekend, officials said.',
    )
    passage = _only_passage(c)
    assert all(not w.differs for m in passage.members for w in m.words)
    assert passage.discrepancies == ()
    (diff,) = passage.diffs
    assert [op.tag for op in diff.ops] == ["equal"]


def test_name_spelled_two_ways_is_a_discrepancy():
    c = compare_texts(
        "Secretary of State Anthony Blinken met Chinese Vice President Han Zheng in New York.",
        "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in New York.",
    )
    passage = _only_passage(c)
    assert [d.summary for d in passage.disagreements] == ["Anthony ↔ Antony"]
    (d,) = passage.discrepancies
    assert d.kind == "name"
    assert c.versions[0].text[d.a.start : d.a.end] == "Anthony"
    assert c.versions[1].text[d.b.start : d.b.end] == "Antony"


def test_quoted_wording_and_numbers_are_discrepancies():
    c = compare_texts(
        "Both sides described the talks as “genuine, substantive and constructive” after 12 hours.",
        "Both sides described the talks as “frank, substantive and constructive” after 14 hours.",
    )
    kinds = {d.summary: d.kind for d in _only_passage(c).discrepancies}
    assert kinds == {"genuine ↔ frank": "quote", "12 ↔ 14": "number"}


def test_rewording_is_not_a_discrepancy():
    c = compare_texts(
        "The meeting on Monday came after talks in Malta between Jake Sullivan and Wang Yi.",
        "This new meeting comes after that, this weekend in Malta, between Jake Sullivan and Wang Yi.",
    )
    assert _only_passage(c).discrepancies == ()


def test_ops_are_character_spans_that_cover_both_sentences():
    c = compare_texts(
        "The world needs a healthy relationship between China and the United States, Han said.",
        "The world needs the US-China relationship to be healthy and stable, he said.",
    )
    passage = _only_passage(c)
    (diff,) = passage.diffs
    a, b = c.versions[diff.a].text, c.versions[diff.b].text
    for op in diff.ops:
        if op.tag == "equal":
            assert a[op.a_start : op.a_end].lower() == b[op.b_start : op.b_end].lower()
        assert op.a_start <= op.a_end and op.b_start <= op.b_end
    assert diff.ops[0].a_start == 0 and diff.ops[0].b_start == 0
    differing = {a[w.start : w.end] for w in passage.members[0].words if w.differs}
    assert {"world", "needs", "said"}.isdisjoint(differing)
    assert "between" in differing


def test_word_marks_count_the_versions_that_share_a_word():
    c = compare_texts(
        "Officials said the talks in Malta lasted twelve hours over two days.",
        "Officials said the talks in Malta lasted 12 hours over two days.",
        "Officials said the talks in Malta lasted nine hours over two days.",
    )
    passage = _only_passage(c)
    marks = {c.versions[0].text[w.start : w.end]: w for w in passage.members_of(0)[0].words}
    assert marks["Malta"].shared == 2 and not marks["Malta"].differs
    assert marks["twelve"].shared == 1 and marks["twelve"].differs
    assert [d.summary for d in passage.disagreements] == ["twelve ↔ nine"]
