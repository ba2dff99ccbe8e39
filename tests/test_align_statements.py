"""Sentences that tell no fact of the story: a definition of a class of things."""

from __future__ import annotations

import pytest

from tui.core.align import build_profiles, score
from tui.core.align.statements import defines
from tui.core.normalise import tokens

_DEFINITION = (
    "According to the U.S. Geological Survey, an earthquake with a 7.1 magnitude is "
    "considered a major earthquake."
)
_EVENT = "The magnitude 7.1 earthquake struck southwest of Anchorage early on Sunday."
_STORY = (
    "Residents said their houses shook for nearly a minute.",
    "Several roads were closed after cracks opened in the pavement.",
    "Officials said schools would open as usual on Monday.",
)


@pytest.mark.parametrize(
    "text",
    [
        _DEFINITION,
        "A magnitude 7.1 quake is generally considered a major quake by seismologists.",
        "A hurricane of category 3 or more is classified as a major hurricane.",
        "Officially, an area burning for more than a week is termed a disaster area.",
    ],
)
def test_a_class_named_again_after_a_classing_verb_is_a_definition(text):
    assert defines(text)


@pytest.mark.parametrize(
    "text",
    [
        # One man, a suspect: news, though told with an indefinite subject.
        "A 34-year-old man is considered a suspect in the shooting.",
        # This quake, ranked: a fact of the story.
        "The quake is considered the strongest earthquake in the region since 1964.",
        _EVENT,
        "An earthquake struck southern Alaska on Sunday.",
    ],
)
def test_a_ranking_or_an_indefinite_subject_alone_is_no_definition(text):
    assert not defines(text)


def _score(a: str, b: str) -> float:
    texts = {(0, 0): a, (1, 0): b}
    texts.update({(2, i): text for i, text in enumerate(_STORY)})
    profiles = build_profiles({key: tokens(text) for key, text in texts.items()}, texts)
    return score(profiles[0, 0], profiles[1, 0])


def test_a_definition_tells_none_of_the_facts_of_the_event():
    # It shares the figure and the noun with the report of the quake, but it explains what
    # such a quake is called; it tells nothing that happened.
    assert _score(_DEFINITION, _EVENT) == 0.0
    undefined = _DEFINITION.replace("is considered", "was")
    assert _score(undefined, _EVENT) > 0.0


def test_two_versions_giving_one_definition_meet():
    other = "An earthquake of magnitude 7.1 is considered a major earthquake, the USGS says."
    assert _score(_DEFINITION, other) > 0.4
