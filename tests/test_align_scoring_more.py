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
