"""Different events of one frame stay apart however they are told: a version splitting an
earlier event or another award over two sentences, a year that is the story's own, two matches
of one tournament; while one event told otherwise still links."""

from __future__ import annotations

from helpers import compare_texts, document, linked, sentence_of

from tui.core.align import DEFAULT_THRESHOLD, build_profiles
from tui.core.align.passages import Clusters
from tui.core.align.profiles import people_by_sentence
from tui.core.comparison import _sentence_words, compare
from tui.core.entities import before_alignment


def _unit_score(texts: tuple[str, ...], unit, other) -> float:
    """The engine's score of one version's adjacent sentences, taken as one, against a
    sentence of another version (as a split is judged), with the people it names."""
    versions = compare_texts(*texts).versions
    words = _sentence_words(versions)
    profiles = build_profiles(
        words, {key: versions[key[0]].sentences[key[1]].text for key in words}
    )
    people = next(before_alignment(versions))  # its first part: the people
    named = people_by_sentence(versions, people, words)
    for key, person in named:
        profiles[key].people = (*profiles[key].people, person)
    return Clusters(profiles, DEFAULT_THRESHOLD).unit_score(unit, other)


def test_a_split_setting_its_event_in_an_earlier_year_is_that_earlier_event():
    # Two sentences told as one keep the year the first sets them in: 2018's fire, whatever
    # the second shares with today's.
    texts = (
        "A fire at the Dravon textile mill injured four workers on Tuesday and forced the "
        "plant to close for a month.\n",
        "In 2018, a fire at the Dravon textile mill injured four workers.\n\n"
        "The plant was forced to close for a month.\n",
    )
    assert _unit_score(texts, ((1, 0), (1, 1)), ((0, 0),)) == 0.0


def test_a_split_telling_another_award_is_another_award():
    texts = (
        "Marta Ilves won the Silver Anchor at the Harbourlight film festival on Saturday for "
        "her drama The Night Garden.\n",
        "Tomas Brenner won the audience award at the Harbourlight film festival on Saturday.\n\n"
        "The festival closed with a screening of the drama The Night Garden.\n",
    )
    assert _unit_score(texts, ((1, 0), (1, 1)), ((0, 0),)) == 0.0


def test_a_sentence_set_in_the_storys_own_year_tells_the_storys_event():
    # "In June 2024" in a story of June 2024 is today's news told with its date; 2018 in the
    # same story is still an earlier event.
    texts = (
        "In June 2024, a fire destroyed the roof of the Dravon textile mill and injured four "
        "workers.\n\n"
        "In 2018, a fire at the same mill injured two workers.\n",
        "A fire destroyed the roof of the Dravon textile mill on Tuesday, injuring four workers.\n",
    )
    dates = ("2024-06-05", "2024-06-04")
    c = compare(
        [
            document(text, f"v{i}.txt")._replace(date=date)
            for i, (text, date) in enumerate(zip(texts, dates, strict=True))
        ]
    )
    today = sentence_of(c, 1, "destroyed the roof")
    assert linked(c, sentence_of(c, 0, "In June 2024"), today)
    assert not linked(c, sentence_of(c, 0, "In 2018"), today)
    # With no date known, a year given so stays an earlier one, as before.
    undated = compare_texts(*texts)
    assert not linked(undated, sentence_of(undated, 0, "In June 2024"), today)


SHIELD = (
    "Dynamo Karivka won the Continental Shield on Wednesday, beating Sporting Almarense 4-3 on "
    "penalties after a 1-1 draw.\n\n"
    "Karivka had beaten Racing Vellmar 5-4 on penalties in the semi-final.\n",
    "Kariwka won the final 4:3 on penalties in Brackenford on Wednesday night.\n\n"
    "On Tuesday, Racing Vellmar beat Almara Ladies 3-2 in the women's final, also on "
    "penalties.\n",
)


def test_two_results_with_other_sides_are_two_matches():
    # Two shootouts of one tournament, other sides and another score: two matches.
    c = compare_texts(*SHIELD)
    semi = sentence_of(c, 0, "Racing Vellmar 5-4")
    assert not linked(c, semi, sentence_of(c, 1, "Almara Ladies 3-2"))
    # The final told with a side's name spelled otherwise, the score written otherwise and
    # one side left out is one match.
    assert linked(c, sentence_of(c, 0, "Dynamo Karivka won"), sentence_of(c, 1, "Kariwka won"))


def test_one_match_told_with_another_score_is_one_fact():
    # Two outlets disagree on the shootout: that disagreement is what a reader compares.
    c = compare_texts(
        "Dynamo Karivka beat Sporting Almarense 4-3 on penalties in the Continental Shield "
        "final on Wednesday.\n",
        "Karivka beat Almarense 4-2 on penalties in the Continental Shield final on Wednesday.\n",
    )
    assert linked(c, (0, 0), (1, 0))


def test_losing_power_is_no_match():
    # "Lost" tells a result only when it takes a side ("lost to Almara Ladies"): residents and
    # households who lost power are one fact however each sentence opens.
    c = compare_texts(
        "Residents of Brannock lost power and water as the fire spread on Monday.\n",
        "Hundreds of households in Brannock lost power and water as the fire spread on Monday.\n",
    )
    assert linked(c, (0, 0), (1, 0))
