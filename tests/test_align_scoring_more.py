"""Pair scores: what a careful reader weighs as one fact, whatever an outlet's wording or a
sentence's first capital."""

from __future__ import annotations

from pytest import approx

from tui.core.align import build_profiles, score
from tui.core.align.scoring import RECOUNT_WEIGHT, shared_weight
from tui.core.normalise import tokens


def _scores(*pairs: tuple[str, str]) -> list[float]:
    """The engine's score of each pair of sentences, all weighed as one story."""
    texts = {(v, s): text for s, pair in enumerate(pairs) for v, text in enumerate(pair)}
    profiles = build_profiles({key: tokens(text) for key, text in texts.items()}, texts)
    return [score(profiles[0, s], profiles[1, s]) for s in range(len(pairs))]


def test_a_name_opening_a_sentence_weighs_as_the_name_the_other_writes():
    # "Blinken" opening a sentence is the Blinken that "Secretary Blinken" names: the
    # sentence's first capital does not make it weigh more than that name.
    lead = "Secretary of State Antony Blinken hosted Foreign Minister Wang Yi in Washington."
    opening, inside = _scores(
        (lead, "Blinken hosted Wang at the State Department for a working dinner."),
        (lead, "And Blinken hosted Wang at the State Department for a working dinner."),
    )
    assert abs(opening - inside) < 1e-9


def _profile(text: str):
    return build_profiles({(0, 0): tokens(text)}, {(0, 0): text})[0, 0]


def test_days_ranges_and_times_are_no_scores():
    # Two numbers written as one are a score only when they are no date, range or time.
    for text in (
        "Blinken met Wang Yi in Washington October 26-27.",
        "Blinken travelled to Beijing for meetings from Oct. 18-19.",
        "Snow is expected to fall for 2-3 days across the region.",
        "The blast, at around 3:40 a.m., woke the town of Velikovo.",
        "The blast happened shortly before 04:00 in the town of Velikovo.",
        "Blinken's meeting with Wang Yi 10/26/2023 at the State Department.",
    ):
        assert _profile(text).scores == frozenset(), text
    assert _profile("Karivka beat Almarense 4-3 on penalties.").scores == {"4-3"}
    assert _profile("The match had finished 1:1 after extra time.").scores == {"1-1"}
    # With no score, nobody in a readout is a side of a match.
    assert _profile("Secretary Blinken met Wang Yi in Washington October 26-27.").teams == ()


def test_a_name_opened_by_a_title_is_no_side():
    found = _profile("Goalkeeper Yevhen Shcherbak saved two penalties as Karivka won it 4-3.")
    assert found.teams == (frozenset({"karivka"}),)


def test_another_figure_for_a_kept_count_weighs_as_the_figure():
    # "21 still in hospital" and "19 remain in hospital" give one count, which a reader
    # compares: the other figure weighs as the same figure would. A figure counting the word
    # beside it ("50 homes", "47 homes") weighs half: that word may count other things.
    texts = {
        (0, 0): "Twenty-one people are still in hospital, the minister said.",
        (1, 0): "Doctors said 19 remain in hospital.",
        (0, 1): "About 50 homes were destroyed in the fire.",
        (1, 1): "The fire destroyed 47 homes in the town.",
    }
    profiles = build_profiles({key: tokens(text) for key, text in texts.items()}, texts)
    for (a, b), figures, share in (
        ((profiles[0, 0], profiles[1, 0]), ("21", "19"), 1.0),
        ((profiles[0, 1], profiles[1, 1]), ("50", "47"), RECOUNT_WEIGHT),
    ):
        common = a.weights.keys() & b.weights.keys()
        plain = sum(min(a.weights[term], b.weights[term]) for term in common)
        figure = min(a.weights[figures[0]], b.weights[figures[1]])
        assert shared_weight(a, b) == approx(plain + share * figure)


def test_a_dateline_tells_no_fact():
    # Where and when a wire filed is no fact of the story: its place, date and agency weigh
    # nothing (the place, where it is the news, the sentence names again), nor is it a side.
    lead = _profile(
        "VARDEN, British Columbia, Aug 10 (Halyard) - A wildfire swept into the town of "
        "Sorrel Creek, destroying at least 42 homes."
    )
    assert {"varden", "aug", "10", "halyard"}.isdisjoint(lead.weights)
    assert {"wildfir", "sorrel", "42"} <= lead.weights.keys()
    assert "reuters" not in _profile("NEW YORK (Reuters) – Blinken met Han Zheng.").weights
    # A state and no date, in AP's style: one dateline, as paragraphs and entities read it.
    landing = _profile("CAPE CANAVERAL, Fla -- Wrapping up 30 years, the shuttle Atlantis landed.")
    assert {"cape", "canaver", "fla"}.isdisjoint(landing.weights)
    assert {"atlantis", "landed", "30"} & landing.weights.keys()
    match = _profile(
        "BRACKENFORD, England, May 15 (EWS) - Dynamo Karivka won the trophy, beating "
        "Sporting Almarense 4-3 on penalties."
    )
    assert frozenset({"bracken"}) not in match.teams
    # A capitalised name with a clause after a comma is no dateline.
    assert "nato" in _profile("NATO, which Sweden joined in March - after years - grew.").weights
