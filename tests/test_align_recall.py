"""Alignment recall: what a careful reader takes as one fact though outlets word it otherwise
(a verb and the noun of its act, a name with or without its middle initial)."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of

from tui.core.normalise import content_terms, stem, tokens


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
    terms = [term for term, _, _ in content_terms(tokens("Antony J. Blinken hosted Wang Yi."))]
    assert "j" not in terms
    assert {"antony", "blinken", "wang", "yi"} <= set(terms)
    # A capital letter that is no initial stays: "Plan B", "Terminal C".
    assert "b" in [term for term, _, _ in content_terms(tokens("They chose Plan B today."))]


def test_a_day_or_minute_written_as_an_ordinal_is_its_number():
    def terms(text: str) -> set[str]:
        return {term for term, _, _ in content_terms(tokens(text))}

    assert "23" in terms("Ferraz headed them in front in the 23rd minute.")
    assert "23" in terms("Ferraz headed them into the lead after 23 minutes.")
    assert "24" in terms("The quake struck on January 24th.")
    # A rank spelled out stays a rank: "their third title" is not "three titles".
    assert "3rd" in terms("They won their third title.")
