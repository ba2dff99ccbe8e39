"""Alignment recall: what a careful reader takes as one fact though outlets word it otherwise
(a verb and the noun of its act, a name with or without its middle initial), and what is no
fact at all ("one of them" counts nothing)."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of

from tui.core.normalise import content_terms, stem, tokens


def terms(text: str) -> set[str]:
    return {term for term, _, _ in content_terms(tokens(text))}


def test_a_noun_naming_a_verbs_act_is_the_verb():
    # "Approval" is what "approved" tells; so are an arrival, a proposal, a withdrawal.
    for noun, verb in (
        ("approval", "approved"),
        ("approvals", "approving"),
        ("arrival", "arrived"),
        ("proposals", "proposed"),
        ("refusal", "refused"),
        ("withdrawal", "withdrawn"),
    ):
        assert stem(noun) == stem(verb), (noun, verb)


def test_an_approval_and_what_was_approved_are_one_fact():
    c = compare_texts(
        "Lindqvist Air will buy Baltic Wings for 400 million euros.\n\n"
        "Shareholders of both airlines gave their approval on Friday, the company said.\n",
        "Lindqvist Air agreed to buy the smaller Baltic Wings in a 400 million euro deal.\n\n"
        "The purchase was approved by shareholders of the two carriers at meetings in "
        "Stockholm and Riga.\n",
    )
    assert linked(c, sentence_of(c, 0, "gave their approval"), sentence_of(c, 1, "was approved"))


def test_a_middle_initial_is_no_term():
    # "Antony J. Blinken" and "Antony Blinken" are one name: the initial is how an outlet
    # writes it, and a term of its own would weigh against every version writing it without.
    name = terms("Antony J. Blinken hosted Wang Yi.")
    assert "j" not in name
    assert {"antony", "blinken", "wang", "yi"} <= name
    # A capital letter that is no initial stays: "Plan B", "Terminal C".
    assert "b" in terms("They chose Plan B today.")


def test_a_day_or_minute_written_as_an_ordinal_is_its_number():
    assert "23" in terms("Ferraz headed them in front in the 23rd minute.")
    assert "23" in terms("Ferraz headed them into the lead after 23 minutes.")
    assert "24" in terms("The quake struck on January 24th.")
    # A rank spelled out stays a rank: "their third title" is not "three titles".
    assert "3rd" in terms("They won their third title.")


def test_one_of_them_counts_nothing():
    # "One of magnitude 4.7", "one of the workers": a thing named before, not a count of one.
    assert "1" not in terms("Aftershocks followed, including one of magnitude 4.7.")
    assert "1" in terms("One person died.")
    # The worker pulled from the rubble is not the worker the blast killed.
    c = compare_texts(
        "A gas explosion tore through a chemical plant near Ruse on Tuesday.\n\n"
        "Rescuers pulled one of the workers from the rubble, the regional governor said.\n",
        "A gas explosion at a chemical plant near Ruse killed one worker on Tuesday.\n\n"
        "Police said they had detained the plant's director.\n",
    )
    assert not linked(c, sentence_of(c, 0, "Rescuers pulled"), sentence_of(c, 1, "killed one"))
