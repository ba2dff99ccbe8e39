"""Different events of one frame stay apart: two awards of one festival, a past fire beside
today's, while the same award or the same past event told by two versions still links."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of

FESTIVAL = (
    "Marta Ilves won the Silver Anchor at the Harbourlight film festival on Saturday for her "
    "drama The Night Garden.\n\n"
    "The jury praised the film's patience and its light.\n\n"
    "The best actor prize went to Dario Feld for his role in Winter Crossing.\n",
    "Estonian director Marta Ilwes took the Silver Anchor, the Harbourlight festival's top "
    "prize, for Garden of the Night.\n\n"
    "Tomas Brenner won the audience award at the Harbourlight film festival on Saturday for "
    "his documentary Salt Roads.\n\n"
    "The jury gave the best actor prize to Dario Feld.\n",
)


def test_two_winners_of_two_prizes_are_two_awards():
    # One festival, one evening, one wording: another winner of another prize is another
    # award, not the Silver Anchor told with another name.
    c = compare_texts(*FESTIVAL)
    ilves = sentence_of(c, 0, "Marta Ilves won")
    assert not linked(c, ilves, sentence_of(c, 1, "Tomas Brenner won"))
    # The same award, the winner's name spelled otherwise and the film's title translated,
    # is one fact; and so is a prize told with its winner and told by another verb.
    assert linked(c, ilves, sentence_of(c, 1, "Marta Ilwes took"))
    assert linked(c, sentence_of(c, 0, "best actor"), sentence_of(c, 1, "best actor"))


def test_a_sentence_naming_only_the_prize_links_to_its_winner():
    c = compare_texts(
        FESTIVAL[0],
        "The Silver Anchor, the top prize of the Harbourlight film festival, went on Saturday "
        "to The Night Garden.\n",
    )
    assert linked(c, sentence_of(c, 0, "Marta Ilves won"), (1, 0))


def test_a_sentence_set_in_an_earlier_year_tells_an_earlier_event():
    # "In 2018, a fire at the same mill" is not today's fire, whatever the two share.
    c = compare_texts(
        "Rescuers searched the ruins of the Dravon mill through the night.\n\n"
        "In 2018, a fire in a storeroom at the same mill injured four workers.\n",
        "Three workers are missing and dozens injured after a fire at a textile mill in the "
        "south of the country\n\n"
        "Rescue teams searched the ruins of the Dravon mill overnight.\n",
        "The mill had already been hit by a fire in 2018, in which four employees were injured.\n",
    )
    earlier = sentence_of(c, 0, "In 2018")
    assert not linked(c, earlier, sentence_of(c, 1, "Three workers are missing"))
    # Two versions of the 2018 fire, both giving the year, tell one event.
    assert linked(c, earlier, sentence_of(c, 2, "in 2018"))


def test_last_year_is_an_earlier_year_unless_both_say_so():
    c = compare_texts(
        "Marta Ilves won the Silver Anchor at the Harbourlight film festival on Saturday.\n",
        "Ida Holm won the Silver Anchor at the Harbourlight film festival last year.\n",
        "Last year the Silver Anchor of the Harbourlight film festival went to Ida Holm.\n",
    )
    assert not linked(c, (0, 0), (1, 0))
    assert linked(c, (1, 0), (2, 0))


def test_an_event_dated_to_a_month_alone_may_be_that_earlier_years():
    # "In November" gives no year: the summit of 2022, as the other version dates it.
    c = compare_texts(
        "Premier Asel Orman and President Ivo Kask last met in 2022, at the summit in Tallinn.\n",
        "Orman and Kask met at the summit in Tallinn in November and agreed to keep talking.\n",
    )
    assert linked(c, (0, 0), (1, 0))


def test_last_year_may_be_the_year_another_version_gives():
    # Which year "last year" is depends on the story's date, which the texts need not give.
    c = compare_texts(
        "Dravon Textiles made a profit of 12 million euros on sales of 300 million in 2023.\n",
        "Last year Dravon Textiles made a profit of 12 million euros on sales of 300 million.\n",
    )
    assert linked(c, (0, 0), (1, 0))
