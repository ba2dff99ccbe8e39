"""Two distances from the same named place locate one thing: one fact, whose figures a reader
compares; a depth, or a distance from another place, is another fact."""

from __future__ import annotations

import pytest
from helpers import compare_texts, linked
from pytest import approx
from test_align_counts import counts, number_discrepancies

from tui.core.align import build_profiles
from tui.core.align.scoring import shared_weight
from tui.core.normalise import tokens

CENTRED = (
    "The earthquake was centered 85 kilometers west of Anchor Point, Alaska, and about 250 "
    "kilometers southwest of Anchorage."
)
EPICENTRE = (
    "The earthquake's epicentre was 162 miles (about 260 km) away from Anchorage, where "
    "residents reported feeling intense shaking."
)
DEPTH = (
    "Its focus was around 50 miles (80 km) underground, which meant that the quake struck too "
    "deep to cause a tsunami."
)


def test_a_distance_from_a_named_place_counts_that_place_in_its_unit():
    assert counts(CENTRED) == {"85": "kilometre from anchor", "250": "kilometre from anchora"}
    assert counts(EPICENTRE) == {"162": "mile from anchora", "260": "kilometre from anchora"}
    assert counts("The fire is 30 km north of New York.") == {"30": "kilometre from new york"}


def test_a_depth_is_no_distance_from_a_place():
    assert set(counts(DEPTH).values()) == {"distance"}


def _shared(*texts: str) -> tuple[float, float]:
    """Shared weight of the first sentence with each other one, all weighed as one story, and
    the plain weight of the terms they have in common."""
    found = {(v, 0): text for v, text in enumerate(texts)}
    profiles = build_profiles({key: tokens(text) for key, text in found.items()}, found)
    a, b = profiles[0, 0], profiles[1, 0]
    common = a.weights.keys() & b.weights.keys()
    return shared_weight(a, b), sum(min(a.weights[t], b.weights[t]) for t in common)


def test_two_distances_from_one_place_weigh_as_one_figure_in_one_unit():
    # 250 km and 260 km southwest of Anchorage are one distance, which the outlets put
    # differently: the other figure in the same unit weighs as the same figure would.
    found = {(0, 0): CENTRED, (1, 0): EPICENTRE, (2, 0): DEPTH}
    profiles = build_profiles({key: tokens(text) for key, text in found.items()}, found)
    centred, epicentre, depth = profiles[0, 0], profiles[1, 0], profiles[2, 0]
    common = centred.weights.keys() & epicentre.weights.keys()
    plain = sum(min(centred.weights[t], epicentre.weights[t]) for t in common)
    figure = min(centred.weights["250"], epicentre.weights["260"])
    assert shared_weight(centred, epicentre) == approx(plain + figure)
    # The depth is no distance from Anchorage: its figures count nothing the others' do.
    for other in (centred, epicentre):
        common = other.weights.keys() & depth.weights.keys()
        plain = sum(min(other.weights[t], depth.weights[t]) for t in common)
        assert shared_weight(other, depth) == approx(plain)


def test_one_figure_from_two_places_is_no_shared_fact():
    shared, plain = _shared(
        "Firefighters battled a blaze 30 km north of Lyon.",
        "A second fire broke out 30 km north of Grenoble.",
    )
    same, same_plain = _shared(
        "Firefighters battled a blaze 30 km north of Lyon.",
        "A second fire broke out 30 km north of Lyon.",
    )
    assert same == approx(same_plain) and shared < plain


@pytest.mark.parametrize(
    ("other", "readings"),
    [
        ("The quake shook homes in Kenai, 260 kilometres from Anchorage.", {"250", "260"}),
        ("The quake shook homes in Kenai, 162 miles from Anchorage.", set()),  # 162 mi = 260 km
    ],
)
def test_two_distances_from_one_place_in_one_unit_disagree(other, readings):
    c = compare_texts("About 250 km southwest of Anchorage, the quake shook homes in Kenai.", other)
    assert linked(c, (0, 0), (1, 0))
    assert number_discrepancies(c) == ({frozenset(readings)} if readings else set())
