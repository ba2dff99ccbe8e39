"""A count given as none ("no injuries were reported", "no one was killed") is a count of zero:
the same fact as another outlet's none, and a discrepancy with its "two people were killed"."""

from __future__ import annotations

import pytest
from test_align_counts import counts, told_with_other_figures

from tui.core.lexicon import en
from tui.core.normalise import content_terms, tokens


def test_each_word_given_as_none_names_its_kind_of_count():
    # A casualty word read as none names the kind it names beside a figure.
    for kind, words in en.NONE_COUNTED.items():
        for word in words.split():
            assert counts(f"12 {word}") == {"12": kind}, word


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No injuries were reported.", {"0 the injured": "the injured"}),
        ("Nobody was hurt in the blast.", {"0 the injured": "the injured"}),
        ("No one was killed.", {"0 the dead": "the dead"}),
        ("There were no reports of injuries.", {"0 the injured": "the injured"}),
        ("They do not know of any injuries.", {"0 the injured": "the injured"}),
        ("None were killed and 12 were injured.", {"0 the dead": "the dead", "12": "the injured"}),
        (
            "Four homes were destroyed but no injuries or deaths were reported.",
            {"4": "home", "0 the injured": "the injured", "0 the dead": "the dead"},
        ),
    ],
)
def test_a_casualty_given_as_none_is_a_count_of_zero(text, found):
    assert counts(text) == found


def test_no_one_is_no_count_of_one():
    assert "1" not in [term for term, _, _ in content_terms(tokens("No one was killed."))]


@pytest.mark.parametrize(
    "text",
    [
        "It was not the worst injury of his career.",
        "He is no longer injured.",
        "There was no tsunami warning.",
        "The police had no comment.",
        "No serious injuries were reported.",  # some may be minor: no count
        "It is unclear whether there were any injuries.",
        "Police did not say whether any injuries occurred.",
    ],
)
def test_a_negation_that_gives_no_casualty_as_none_is_no_count(text):
    assert not [term for term in counts(text) if term.startswith("0")]


@pytest.mark.parametrize(
    ("none", "two", "readings"),
    [
        (
            "No one was killed when the bridge collapsed in Varden.",
            "The bridge collapse in Varden killed two people.",
            {"No one was killed", "two"},
        ),
        (
            "The bridge collapse in Varden caused no injuries, the mayor said.",
            "Two people were injured when the bridge collapsed in Varden.",
            {"no injuries", "Two"},
        ),
        (  # "no one" is none, not one
            "No one was killed when the bridge collapsed in Varden.",
            "The bridge collapse in Varden killed one person.",
            {"No one was killed", "one"},
        ),
    ],
)
def test_none_and_two_are_one_count_told_with_other_figures(none, two, readings):
    assert told_with_other_figures(none, two) == {frozenset(readings)}
