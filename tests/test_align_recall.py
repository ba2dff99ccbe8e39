"""Alignment recall: what a careful reader takes as one fact though outlets word it otherwise
(a verb and the noun of its act)."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of

from tui.core.normalise import stem


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
