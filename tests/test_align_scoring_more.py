"""Pair scores: what a careful reader weighs as one fact, whatever an outlet's wording or a
sentence's first capital."""

from __future__ import annotations

from tui.core.align import build_profiles, score
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
