"""What a figure counts, read as a reporter reads it, and the same fact told with another
figure aligned as one passage with a number discrepancy."""

from __future__ import annotations

import pytest
from helpers import compare_texts, linked

from tui.core.counts import counted
from tui.core.lexicon import en
from tui.core.normalise import STOP_WORDS, content_terms, normal_form, stem, tokens


def counts(text: str) -> dict[str, str]:
    return counted(content_terms(tokens(text)))


def test_each_count_word_names_one_kind_and_is_read_as_a_term():
    # A word naming two kinds, or both a kind and a link, would be read as one silently; a
    # stop word never reaches the terms `counted` reads.
    kinds: dict[str, set[str]] = {}
    for kind, words in en.COUNT_KINDS.items():
        for word in words.split():
            kinds.setdefault(stem(normal_form(word)), set()).add(kind)
    assert {term: found for term, found in kinds.items() if len(found) > 1} == {}
    links = {stem(normal_form(word)) for word in en.COUNT_LINKS.split()}
    vague = {stem(normal_form(word)) for word in en.VAGUE_COUNTS.split()}
    assert kinds.keys() & links == kinds.keys() & vague == links & vague == set()
    words = [*en.COUNT_LINKS.split(), *en.VAGUE_COUNTS.split()]
    words += [word for group in en.COUNT_KINDS.values() for word in group.split()]
    assert [word for word in words if word in STOP_WORDS] == []


@pytest.mark.parametrize(
    "text",
    [
        "The death toll stood at 11 on Wednesday morning.",
        "The blast killed at least 11 people.",
        "Eleven people are confirmed dead.",
        "It brought the number of victims to eleven.",
        "Bulgaria: 11 dead in chemical plant blast",
        "Eleven killed in Velikovo explosion",
    ],
)
def test_a_casualty_word_near_a_figure_says_it_counts_the_dead(text):
    assert counts(text) == {"11": "the dead"}


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed at least 11 people, injuring 53 and forcing the evacuation of 2,000 "
        "residents.",
        "At least 11 people were killed and more than 53 injured, and 2,000 were evacuated.",
        "The blast killed 11 and injured 53 and led to the evacuation of 2,000.",
    ],
)
def test_a_list_of_counts_is_read_in_the_order_the_sentence_keeps(text):
    # "killing 11, injuring 53" names each count before its figure, "11 killed and 53
    # injured" after it: a kind word between two figures belongs to the one its order gives.
    assert counts(text) == {"11": "the dead", "53": "the injured", "2000": "the evacuated"}


def test_people_treated_and_still_in_hospital_are_counts_of_the_injured():
    assert counts("57 people were treated for burns, and 19 remain in hospital.") == {
        "57": "the injured",
        "19": "in hospital",
    }
    assert counts("Twenty-one people are still in hospital.") == {"21": "in hospital"}


def test_a_count_without_a_figure_counts_what_its_kind_says():
    assert counts("Blast at Bulgarian chemical plant kills 11, dozens hurt") == {
        "11": "the dead",
        "dozen": "the injured",
    }
    assert counts("Dozens of people gathered outside.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of 41,236 watched the match.",
        "Around 41,236 spectators saw the final.",
        "Almost 41,236 fans packed Brackenford Arena.",
        "The attendance was 41,236.",
    ],
)
def test_a_crowd_is_counted_as_the_attendance_whatever_its_noun(text):
    assert counts(text) == {"41236": "attendance"}


@pytest.mark.parametrize(
    "text",
    [
        "Kessler-Brandt will pay $48.50 per Corvane share.",
        "Corvane shareholders are to receive 48.50 dollars in cash per share.",
        "It will buy Corvane for 2.1 billion euros, or $48.50 a share.",
        "Shareholders will get $48.50 for each share.",
    ],
)
def test_a_sum_per_share_is_the_price_of_a_share(text):
    assert counts(text)["48.50"] == "share price"


def test_shares_named_before_a_figure_are_no_price():
    # "Shares rose 27%" tells a change in the price, not a price a share.
    assert counts("Corvane shares rose 27 percent.") == {"27": "increase"}


def test_a_figure_with_no_kind_near_counts_the_word_beside_it():
    # Who is counted, named beside the figure, is what it counts: two firefighters among the
    # dead are no count of the dead.
    assert counts("Two firefighters were among the dead.") == {"2": "firefighter"}
    assert counts("The plant employs around 600 people.") == {"600": "people"}
    # A unit counts its measure: "nine hours" and "540 minutes" are one time (`units`).
    assert counts("Firefighters needed nine hours to bring the fire under control.") == {
        "9": "duration"
    }


def number_discrepancies(comparison) -> set[frozenset[str]]:
    return {
        frozenset(reading.text for reading in d.readings)
        for passage in comparison.passages
        for d in passage.discrepancies
        if d.kind == "number"
    }


def told_with_other_figures(a: str, b: str) -> set[frozenset[str]]:
    """The number discrepancies of two one-sentence versions, which must be linked."""
    c = compare_texts(a, b)
    assert linked(c, (0, 0), (1, 0))
    return number_discrepancies(c)


def member_score(*texts: str) -> float:
    c = compare_texts(*texts)
    return max((m.score for p in c.passages for m in p.members), default=0.0)


def test_a_death_toll_and_a_count_of_the_killed_are_one_fact_told_with_another_figure():
    c = compare_texts(
        "The toll stood at 11 in Velikovo. Rescuers searched the rubble overnight.",
        "The explosion has killed 12 in Velikovo. Power was cut in three villages.",
    )
    [passage] = c.passages
    assert {(m.version, m.sentence) for m in passage.members} == {(0, 0), (1, 0)}
    assert number_discrepancies(c) == {frozenset({"11", "12"})}


def test_two_crowds_counted_with_other_nouns_are_one_attendance():
    told = "Almost 42,000 fans watched the final at Brackenford Arena as Karivka won the cup."
    assert member_score(told, "A crowd of 41,236 watched the final.") > member_score(
        told, "A total of 41,236 watched the final."
    )


def test_a_figure_shared_by_two_unrelated_sentences_does_not_glue_them():
    # Another count of the same kind is half a shared word: it backs a fact told alike, and
    # does not make one of two facts that share nothing else.
    c = compare_texts(
        "The death toll stood at 11 on Wednesday morning.",
        "Two people were killed when a bus overturned near the border.",
    )
    assert not linked(c, (0, 0), (1, 0))


def test_counts_of_one_kind_disagree_wherever_the_members_give_them():
    # No word diff sets 11 against 12 here: the toll's figure and the killed's stand in
    # different places of their sentences, yet both count the dead.
    c = compare_texts(
        "The death toll rose to 11 after the blast at the Velikovo chemical plant.",
        "The blast at the Velikovo chemical plant killed at least 12 people, officials said.",
    )
    assert len(c.passages) == 1
    assert number_discrepancies(c) == {frozenset({"11", "12"})}


def test_figures_of_other_kinds_in_one_passage_are_no_disagreement():
    # The first figure counts the dead, the second the injured: two counts, not one disputed.
    c = compare_texts(
        "The blast in Velikovo killed 11 people at the chemical plant.",
        "The blast in Velikovo at the chemical plant injured 53 people.",
    )
    assert number_discrepancies(c) == set()


def test_a_percentage_counts_what_it_is_of():
    # "Percent" says how a figure is written, not what it counts: a premium of 32% and a fall of
    # 4 percent are two facts, however alike their figures are written.
    assert counts("The offer is a premium of 32% to Friday's close.") == {"32": "premium"}
    assert counts("Its shares lost 4 percent.") == {"4": "lose"}


def test_two_percentages_of_other_things_are_no_disagreement():
    # "%" after two figures says how each is written, not that both count one thing.
    c = compare_texts(
        "Corvane holders will get $48.50 a share, a premium of 32% to Friday's close.",
        "Corvane holders will get $48.50 a share, and the stock closed up 28.4% on Monday.",
    )
    assert len(c.passages) == 1 and number_discrepancies(c) == set()
    rose = compare_texts("Corvane shares rose 27% on Monday.", "Corvane shares rose 30% on Monday.")
    assert number_discrepancies(rose) == {frozenset({"27", "30"})}


@pytest.mark.parametrize(
    ("spelled", "digits", "readings"),
    [
        (
            "One hundred and twelve people were killed when the dam burst in Varden.",
            "The dam burst in Varden killed at least 110 people.",
            {"One hundred and twelve", "110"},
        ),
        (
            "Two thousand people were evacuated when the dam burst in Varden.",
            "The dam burst in Varden forced 2,500 people to evacuate.",
            {"Two thousand", "2,500"},
        ),
    ],
)
def test_a_count_written_out_disagrees_with_another_figure_in_digits(spelled, digits, readings):
    # The toll a fact-checker compares, whichever way each outlet writes it; the same figure
    # written out and in digits is no disagreement.
    assert told_with_other_figures(spelled, digits) == {frozenset(readings)}
    same = digits.replace("110", "112").replace("2,500", "2,000")
    assert told_with_other_figures(spelled, same) == set()
