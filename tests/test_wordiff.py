"""Word-level differences, default marks and discrepancies inside matched passages."""

from __future__ import annotations

from helpers import compare_texts

from tui.core.wordiff import _variant_key, word_gaps


def _only_passage(comparison):
    assert len(comparison.passages) == 1, comparison.passages
    return comparison.passages[0]


def _marks(comparison, version):
    passage = _only_passage(comparison)
    text = comparison.versions[version].text
    return {text[w.start : w.end]: w for m in passage.members_of(version) for w in m.words}


def _readings(discrepancy, comparison):
    return [
        (r.text, sorted(comparison.versions[v].name for v in r.versions))
        for r in discrepancy.readings
    ]


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


def test_a_name_spelled_two_ways_is_one_place_with_a_reading_per_spelling():
    c = compare_texts(
        "Secretary of State Anthony Blinken met Chinese Vice President Han Zheng in New York.",
        "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in New York.",
        "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in New York City.",
        "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in Manhattan.",
    )
    passage = _only_passage(c)
    (d,) = [d for d in passage.discrepancies if d.kind == "name"]
    assert _readings(d, c) == [("Antony", ["v1.txt", "v2.txt", "v3.txt"]), ("Anthony", ["v0.txt"])]
    assert d.summary == "Antony · Anthony"
    for reading in d.readings:
        for span in reading.spans:
            assert c.versions[span.version].text[span.start : span.end] == reading.text
    assert _marks(c, 0)["Anthony"].kind == "discrepancy"
    assert _marks(c, 1)["Antony"].kind == "discrepancy"


def test_quoted_wording_and_numbers_are_discrepancies():
    c = compare_texts(
        "Both sides described the talks as “genuine, substantive and constructive” after 12 hours.",
        "Both sides described the talks as “frank, substantive and constructive” after 14 hours.",
    )
    kinds = {d.kind: {r.text for r in d.readings} for d in _only_passage(c).discrepancies}
    assert kinds == {"quote": {"genuine", "frank"}, "number": {"12", "14"}}
    assert _marks(c, 0)["12"].marked and _marks(c, 1)["14"].marked


def test_a_changed_weekday_is_a_date():
    c = compare_texts(
        "The two envoys met in Vienna on Tuesday to discuss the grain corridor, diplomats said.",
        "The two envoys met in Vienna on Thursday to discuss the grain corridor, diplomats said.",
    )
    assert [d.kind for d in _only_passage(c).discrepancies] == ["date"]


def test_spelling_plural_case_and_accents_are_variants():
    assert _variant_key("Prize") == _variant_key("Prizes")
    assert _variant_key("Mbappe") == _variant_key("Mbappé")
    assert _variant_key("encyclopaedic") == _variant_key("encyclopedic")
    assert _variant_key("organisation") == _variant_key("organization")
    assert _variant_key("Anthony") != _variant_key("Antony")
    # British spelling is read by whole words (normalise.american), not by letters: "ae" in a
    # name is no British "e", and Michael and Michel are two spellings a reader must see.
    assert _variant_key("Michael") != _variant_key("Michel")
    assert _variant_key("Raphael") != _variant_key("Raphel")
    c = compare_texts(
        "Kylian Mbappe scored twice as Paris beat Lyon 3-1 on Sunday night, the league said.",
        "Kylian Mbappé scored twice as Paris beat Lyon 3-1 on Sunday night, the league said.",
    )
    (d,) = _only_passage(c).discrepancies
    assert d.kind == "variant"
    assert _marks(c, 1)["Mbappé"].kind == "variant"


def test_rewording_is_not_a_discrepancy_and_not_marked_by_default():
    c = compare_texts(
        "The meeting on Monday came after talks in Malta between Jake Sullivan and Wang Yi.",
        "This new meeting comes after that, this weekend in Malta, between Jake Sullivan and Wang Yi.",
    )
    passage = _only_passage(c)
    assert passage.discrepancies == ()
    marks = _marks(c, 0) | _marks(c, 1)
    assert {word for word, mark in marks.items() if mark.differs} >= {"The", "This", "that"}
    assert not any(mark.marked for word, mark in marks.items() if word in {"The", "This", "that"})


def test_content_no_other_version_has_is_added():
    c = compare_texts(
        "Officials said the talks in Malta lasted twelve hours over two days.",
        "Officials said the talks in Malta lasted 12 hours over two days.",
        "Officials said the talks in Malta lasted 12 hours over two days, behind closed doors.",
    )
    marks = _marks(c, 2)
    assert marks["closed"].kind == marks["doors"].kind == "added"
    assert not marks["Malta"].differs
    assert marks["Malta"].shared == 2 and marks["closed"].shared == 0


def test_the_reference_is_the_member_closest_to_the_others_whatever_the_order():
    texts = [
        "Officials said the talks in Malta lasted twelve hours over two days.",
        "Officials said the talks in Malta lasted twelve hours over two long days.",
        "Officials said that talks held in Malta had lasted for twelve hours.",
        "Officials in Valletta said the talks had lasted twelve hours over two days.",
    ]
    c = compare_texts(*texts)
    passage = _only_passage(c)
    reference = c.versions[passage.reference].text
    assert reference == texts[0]
    assert compare_texts(*reversed(texts)).passages[0].reference == len(texts) - 1
    # Every other member is diffed with the reference alone: one diff each, not one per pair.
    assert sorted(d.a for d in passage.diffs) == [1, 2, 3]
    assert {d.b for d in passage.diffs} == {passage.reference}


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
    differing = {a[w.start : w.end] for w in passage.members_of(diff.a)[0].words if w.differs}
    assert {"world", "needs", "said"}.isdisjoint(differing)


def test_a_number_one_version_gives_otherwise_is_one_place_with_two_readings():
    c = compare_texts(
        "Officials said the talks in Malta lasted twelve hours over two days.",
        "Officials said the talks in Malta lasted 12 hours over two days.",
        "Officials said the talks in Malta lasted nine hours over two days.",
    )
    passage = _only_passage(c)
    (d,) = passage.discrepancies
    assert d.kind == "number"
    assert _readings(d, c) == [("12", ["v0.txt", "v1.txt"]), ("nine", ["v2.txt"])]
    marks = _marks(c, 0)
    assert marks["twelve"].kind == "discrepancy" and marks["twelve"].shared == 1
    assert not marks["Malta"].differs


def test_the_output_grows_linearly_with_the_versions():
    from tui.core.export_json import to_json

    story = (
        "Officials said the talks in Malta lasted twelve hours over two days. "
        "Both sides called the meeting candid and constructive, a spokesman said. "
        "The envoys agreed to meet again before the end of the year in Geneva."
    )
    words = ["quickly", "formally", "again", "late", "early", "briefly", "openly", "calmly"]

    def size(count: int) -> tuple[int, int]:
        texts = [
            story.replace("said", f"{words[i % 8]} said", 1) + f" Edition {i}."
            for i in range(count)
        ]
        comparison = compare_texts(*texts)
        for passage in comparison.passages:
            assert len(passage.diffs) == passage.support - 1
        return len(to_json(comparison)), sum(len(t) for t in texts)

    small, small_input = size(8)
    large, large_input = size(24)
    assert large / small < 1.2 * large_input / small_input


def test_two_members_that_disagree_where_the_reference_says_neither_are_one_place():
    talks = "Officials in Malta described “the talks” as useful and candid on Sunday."
    c = compare_texts(
        talks,
        talks,
        talks.replace("the talks", "the entire visit"),
        talks.replace("the talks", "the whole visit"),
    )
    passage = _only_passage(c)
    assert passage.reference in (0, 1)
    readings = sorted(_readings(d, c) for d in passage.discrepancies)
    assert readings == [
        [("entire", ["v2.txt"]), ("whole", ["v3.txt"])],
        [("talks", ["v0.txt", "v1.txt"]), ("visit", ["v2.txt", "v3.txt"])],
    ]
    assert _marks(c, 2)["entire"].kind == _marks(c, 3)["whole"].kind == "discrepancy"


def test_two_numbers_where_the_reference_gives_none_are_one_place():
    hours = "The talks in Malta lasted hours, officials said on Sunday."
    c = compare_texts(
        hours, hours.replace("lasted", "lasted 12"), hours.replace("lasted", "lasted 11")
    )
    passage = _only_passage(c)
    assert passage.reference == 0
    (d,) = passage.discrepancies
    assert d.kind == "number"
    assert _readings(d, c) == [("11", ["v2.txt"]), ("12", ["v1.txt"])]
    assert _marks(c, 1)["12"].kind == _marks(c, 2)["11"].kind == "discrepancy"


def test_a_name_two_versions_add_after_the_reference_ends_is_one_place():
    talks = "The talks in Malta lasted twelve hours over two days, officials said."
    c = compare_texts(
        talks,
        talks.replace("said.", "said, citing Antony Blinken."),
        talks.replace("said.", "said, citing Anthony Blinken."),
        talks.replace("said.", "told reporters."),
    )
    passage = _only_passage(c)
    assert passage.reference == 0
    (d,) = passage.discrepancies
    assert d.kind == "name"
    assert _readings(d, c) == [("Anthony", ["v2.txt"]), ("Antony", ["v1.txt"])]


def test_a_place_given_otherwise_against_the_reference_is_listed_once():
    hours = "The talks in Malta lasted 10 hours, officials said on Sunday."
    c = compare_texts(
        hours,
        hours,
        hours.replace("10", "12"),
        hours.replace("10", "11"),
        hours.replace("10", "12"),
    )
    (d,) = _only_passage(c).discrepancies
    assert _readings(d, c) == [
        ("10", ["v0.txt", "v1.txt"]),
        ("12", ["v2.txt", "v4.txt"]),
        ("11", ["v3.txt"]),
    ]


def test_comparisons_and_readings_grow_linearly_with_the_members(monkeypatch):
    # Every member but a third gives its own number where the others give none: compared two
    # by two that would be a square of diffs and of listed disagreements.
    from tui.core import wordiff

    compared = []

    def counted(a: list[str], b: list[str]):
        compared.append((a, b))
        return word_gaps(a, b)

    monkeypatch.setattr(wordiff, "word_gaps", counted)
    hours = "The talks in Malta lasted hours over two days, officials said on Sunday."
    for count in (10, 20, 40):
        compared.clear()
        texts = [
            hours if i % 3 == 0 else hours.replace("lasted", f"lasted {i + 10}")
            for i in range(count)
        ]
        passage = _only_passage(compare_texts(*texts))
        numbered = count - len(range(0, count, 3))
        (d,) = passage.discrepancies
        assert d.kind == "number"
        assert len(d.readings) == numbered and len(d.spans) == numbered
        assert len(compared) <= 2 * count
