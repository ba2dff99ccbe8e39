"""Alignment precision on official readouts: stock phrasing shared by different meetings must
not make one fact of them, while the same fact told by another outlet still links."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of

SECRETARY_READOUT = (
    "Secretary Blinken's Meeting with Foreign Minister Wang Yi\n\n"
    "Secretary of State Antony Blinken met with Foreign Minister Wang Yi in Washington today.\n\n"
    "The two sides met for seven hours and had in-depth discussions as part of ongoing "
    "efforts to maintain open lines of communication and responsibly manage the relationship.\n"
)
PRESIDENT_READOUT = (
    "Readout of President Joe Biden's Meeting with Foreign Minister Wang Yi\n\n"
    "President Joe Biden met today with Foreign Minister Wang Yi.\n\n"
    "The President emphasized that both countries need to maintain open lines of "
    "communication and responsibly manage the relationship.\n"
)
NEWS = (
    "President Joe Biden met Friday with Foreign Minister Wang Yi at the White House.\n\n"
    "Biden emphasized that both countries need to maintain open lines of communication and "
    "responsibly manage the relationship.\n"
)


def test_a_readout_speaks_of_the_meeting_its_headline_names():
    # "The two sides" of the Secretary's readout are Blinken and Wang, "the President" of the
    # White House's is Biden: two meetings, whatever stock phrase both readouts use.
    c = compare_texts(SECRETARY_READOUT, PRESIDENT_READOUT, NEWS)
    two_sides = sentence_of(c, 0, "The two sides met")
    president = sentence_of(c, 1, "The President emphasized")
    biden = sentence_of(c, 2, "Biden emphasized")
    assert not linked(c, two_sides, president)
    assert not linked(c, two_sides, biden)
    # The President of a readout of President Biden's meeting is Biden: one statement.
    assert linked(c, president, biden)


def test_he_in_a_story_about_a_meeting_is_whoever_was_named_last():
    # "He" is not the meeting's two sides: here it is Xi, as in the other version.
    c = compare_texts(
        "Antony Blinken met Vice President Han Zheng in New York on Monday.\n\n"
        "The Chinese leader did not take part in the last meeting of the group in India, nor "
        "will he be at the General Assembly.\n",
        "Antony Blinken met Han Zheng on the sidelines of the General Assembly.\n\n"
        "Biden said he was disappointed that Xi Jinping did not take part in the meeting of the "
        "group in India.\n",
    )
    assert linked(c, sentence_of(c, 0, "did not take part"), sentence_of(c, 1, "did not take"))


def test_the_title_of_a_meetings_record_is_a_label_not_news():
    # The State Department titles each day's readout alike: the labels tell no news, and the
    # leads, which say what happened, are what a reader compares.
    title = "Secretary Blinken's Meeting with Foreign Minister Wang Yi"
    c = compare_texts(
        f"{title} 10/26/2023\n\nSecretary of State Antony Blinken hosted Foreign Minister Wang "
        "Yi in Washington today for an official visit.\n",
        f"{title}\n\nSecretary of State Antony Blinken met Foreign Minister Wang Yi in "
        "Washington on October 26 and 27.\n",
        "Antony Blinken hosted Wang Yi at the State Department in Washington for an official "
        "visit on Thursday.\n",
    )
    first, second = sentence_of(c, 0, title), sentence_of(c, 1, title)
    assert c.passages_of(*first) == () and c.passages_of(*second) == ()
    assert linked(c, sentence_of(c, 0, "hosted"), sentence_of(c, 2, "hosted"))
    # A headline's verb tells news: "Xi Meet in Beijing" is the meeting, in title case or not.
    c = compare_texts(
        "Blinken, Chinese President Xi Jinping Meet in Beijing to Steady Relations\n",
        "Antony Blinken met Chinese President Xi Jinping in Beijing to steady relations.\n",
    )
    assert linked(c, (0, 0), (1, 0))
    # A lead full of names is no title: it ends with a stop.
    c = compare_texts(
        "Joe Biden Met Xi Jinping at the APEC Leaders' Meeting in San Francisco on Wednesday.\n",
        "Biden and Xi Jinping met on Wednesday at the APEC Leaders' Meeting in San Francisco.\n",
    )
    assert linked(c, (0, 0), (1, 0))


def test_the_two_leaders_are_the_people_named_just_before():
    # "The two leaders" are Biden and Xi, named in the sentence before: their meeting in Bali
    # is not the Secretary's in Beijing, though both speak of open lines of communication.
    news = (
        "Antony Blinken arrived in Beijing on Sunday, the first secretary of state to come "
        "since 2018.\n\n"
        "Officials hope the trip steers relations back to what President Joe Biden and Xi "
        "Jinping agreed upon in Bali last year.\n\n"
        "During that meeting the two leaders agreed to maintain open lines of communication.\n"
    )
    readout = (
        "Secretary of State Antony Blinken met Foreign Minister Qin Gang in Beijing today.\n\n"
        "The Secretary emphasized the importance of maintaining open lines of communication "
        "to reduce the risk of miscalculation.\n"
    )
    recap = "Joe Biden and Xi Jinping agreed in Bali to maintain open lines of communication.\n"
    c = compare_texts(news, readout, recap)
    leaders = sentence_of(c, 0, "the two leaders")
    assert not linked(c, leaders, sentence_of(c, 1, "The Secretary emphasized"))
    assert linked(c, leaders, sentence_of(c, 2, "agreed in Bali"))
