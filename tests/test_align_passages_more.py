"""Alignment: a sentence already in a passage joins another whose fact it tells too, whole or
in its main clause."""

from __future__ import annotations

from helpers import compare_texts, linked

from tui.core.model import Comparison


def test_a_placed_sentence_joins_the_passage_its_main_clause_tells():
    # v3's sentence stands with v1's, which tells the same count on the same district list;
    # the fire's toll it gives first is the fact the other versions lead with. Whole, the list
    # dilutes its scores with them under the threshold; its main clause matches them.
    tail = (
        "according to a list of addresses that the Tashmere Regional District released late on "
        "Sunday night"
    )
    c = compare_texts(
        "A wildfire destroyed dozens of homes in Sorrel Creek and forced 4,200 residents to flee "
        "the town. Crews fought the flames overnight.",
        f"Inspectors counted the burned houses, {tail}.",
        "About 50 homes were destroyed and one man died when the wildfire swept into Sorrel "
        "Creek. Schools stay closed.",
        f"The Ridgeline fire has destroyed 47 homes in Sorrel Creek, most of them on the west "
        f"side, {tail}.",
    )
    assert linked(c, (3, 0), (1, 0))
    assert linked(c, (3, 0), (0, 0)) and linked(c, (3, 0), (2, 0))
    assert len(c.passages_of(3, 0)) == 2


def test_a_placed_sentence_whose_main_clause_repeats_its_passage_joins_no_other():
    # v1's main clause ("The film by the Georgian director Ketevan Japaridze") says nothing
    # its passage (the win) does not: read alone, its words on a Georgian director match the
    # sentences telling that no Georgian had won before, which v1 does not say.
    c = compare_texts(
        "Georgian director Ketevan Japaridze's film won the Golden Lighthouse at the Lumen "
        "festival in Alvorada on Saturday. It is the first film by a Georgian director to win "
        "the award.",
        'The film by the Georgian director Ketevan Japaridze, "Garden of the Night", won the main '
        'prize of the international film festival "Lumen", the "Golden Lighthouse", in the '
        "Portuguese city of Alvorada on Saturday evening.",
        "Japaridze's drama took the Golden Lighthouse at the Lumen festival in Alvorada. No "
        "Georgian director had won it before.",
    )
    assert linked(c, (0, 0), (1, 0)) and linked(c, (0, 1), (2, 1))
    assert not linked(c, (1, 0), (0, 1)) and not linked(c, (1, 0), (2, 1))


def test_a_sentence_telling_two_facts_stands_in_both_though_they_share_its_words():
    # v2 tells the crews and the injured in one sentence; both facts name firefighters, so
    # once it stands with one of them, what it says beyond it has no firefighters left.
    c = compare_texts(
        "Two firefighters were injured overnight, one of whom was flown to hospital in Varden "
        "with burns. More than 300 firefighters, backed by 14 helicopters and heavy equipment, "
        "were battling the blaze on Sunday.",
        "Two firefighters were taken to hospital with non-life-threatening injuries. About 280 "
        "firefighters and a dozen helicopters are working on the fire.",
        "Almost 350 firefighters are fighting the fire; two of them were injured.",
    )
    for told in ((0, 0), (1, 0), (0, 1), (1, 1)):
        assert linked(c, (2, 0), told), told
    assert len(c.passages_of(2, 0)) == 2


def test_a_sentence_of_one_event_joins_no_passage_of_another_told_alike():
    # Two budgets told in the same words: v2's bridge scores with the tunnel's sentences at
    # the threshold (the same council, sum and day), but the two passages read alike, so
    # the tunnel is no second fact of it.
    c = compare_texts(
        "The council approved a budget of 12 million euros for the northern bridge on Monday. "
        "The council approved a budget of 30 million euros for the southern tunnel on Monday.",
        "On Monday the council approved 12 million euros for the northern bridge. "
        "On Monday the council approved 30 million euros for the southern tunnel.",
        "The city council approved a budget of 12 million euros for the bridge in the north on "
        "Monday.",
    )
    assert linked(c, (2, 0), (0, 0)) and linked(c, (2, 0), (1, 0))
    assert not linked(c, (2, 0), (0, 1)) and not linked(c, (2, 0), (1, 1))


def test_a_placed_lead_joins_no_passage_of_what_was_said_at_its_meeting(
    seed_comparison: Comparison,
):
    # The third sample's lead: "…Blinken met Chinese Vice-President Han Zheng in New York on
    # Monday, arguing for the need for “responsible” management of the tense relationship with
    # Beijing." Whole, it fits as a merge's member would the passage of Han's words on the
    # relationship ("The world needs a healthy relationship between China and the United
    # States," Han said), but scores under the threshold with it on average; its participle,
    # read alone, has lost who argued, and matches Han's words and Blinken's quote, which the
    # lead does not give.
    lead = (2, 0)
    assert "arguing for the need" in seed_comparison.versions[2].sentences[0].text
    for quote in ((0, 5), (0, 8), (1, 5), (1, 12), (3, 9)):
        assert not linked(seed_comparison, lead, quote), quote
