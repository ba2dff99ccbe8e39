"""Phrases read as one word of the thesaurus: "power was out" tells the outages."""

from __future__ import annotations

import pytest

from tui.core.align import build_profiles, score
from tui.core.normalise import tokens

_STORY = (
    "The storm brought down trees across the county overnight.",
    "Schools will stay closed on Monday, the district said.",
    "Forecasters expect calmer weather by the middle of the week.",
)
_OUTAGES = "In the city, utility companies reported small-scale power outages."


def _score(a: str, b: str) -> float:
    texts = {(0, 0): a, (1, 0): b}
    texts.update({(2, i): text for i, text in enumerate(_STORY)})
    profiles = build_profiles({key: tokens(text) for key, text in texts.items()}, texts)
    return score(profiles[0, 0], profiles[1, 0])


def _weights(text: str) -> dict[str, float]:
    texts = {(0, 0): text, **{(1, i): other for i, other in enumerate(_STORY)}}
    return build_profiles({key: tokens(text) for key, text in texts.items()}, texts)[0, 0].weights


@pytest.mark.parametrize(
    "told",
    [
        "Roads were damaged and power was out in many areas.",
        "Thousands of homes lost power in many areas.",
        "Residents were left without electricity for hours.",
        "Power cuts hit many areas.",
        "Blackouts hit many areas.",
    ],
)
def test_power_out_in_other_words_tells_the_outages(told):
    # One state, in the words each outlet picks: a reader reads one fact.
    assert "outage" in _weights(told)


def test_power_was_out_meets_the_outages():
    told = "Roads were damaged and power was out in many areas."
    assert _score(told, _OUTAGES) >= 0.4


@pytest.mark.parametrize(
    "text", ["Their power was out of reach.", "The lights went out at the stadium."]
)
def test_other_power_or_out_is_no_outage(text):
    assert "outage" not in _weights(text)


@pytest.mark.parametrize(
    "text",
    [
        "The quake was centered 40 miles southwest of the port.",
        "It was centred near the coast, the survey said.",
        "The earthquake was centered about 30 km under the sea floor.",
    ],
)
def test_where_a_quake_was_centered_is_its_epicentre(text):
    assert _weights(text).keys() & _weights("Its epicentre lay off the coast.").keys() >= {
        "epicent"
    }


def test_what_talks_centered_on_is_no_epicentre():
    assert "epicent" not in _weights("The talks centered on trade and the coast.")


def test_a_quake_centered_from_a_place_meets_its_epicentre_from_it():
    # One fact, where the quake struck, with another figure (a discrepancy to show).
    centered = (
        "The earthquake was centered 85 kilometers west of Port Ellis, and about 250 "
        "kilometers southwest of Kellbury."
    )
    epicentre = (
        "The earthquake's epicentre was 162 miles (about 260 km) away from Kellbury, where "
        "residents reported feeling intense shaking."
    )
    assert _score(centered, epicentre) >= 0.4
