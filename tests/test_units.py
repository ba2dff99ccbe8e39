"""One reading in two units: "100 mph" and "160 km/h" are one figure to alignment and no
disagreement to word diffs; two figures in one unit, or a conversion that does not hold, are."""

from __future__ import annotations

import pytest
from helpers import compare_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.clock import clock_time
from tui.core.counts import counted
from tui.core.normalise import content_terms, tokens
from tui.core.units import Quantity, agree, measured, quantity


def reading(text: str) -> Quantity:
    (found,) = measured(content_terms(tokens(text))).values()
    return found


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("winds of 100 mph", "speed", 160.9344),
        ("winds of 100mph", "speed", 160.9344),
        ("winds of 160 km/h", "speed", 160.0),
        ("winds of 160 kilometers per hour", "speed", 160.0),
        ("winds of 100 miles an hour", "speed", 160.9344),
        ("winds near 85 knots", "speed", 157.42),
        ("it burned 12,000 acres", "area", 4856.23),
        ("it burned 20 square miles", "area", 5179.98),
        ("it reached 40C", "temperature", 40.0),
        ("it reached 40°C", "temperature", 40.0),
        ("it reached 104 degrees Fahrenheit", "temperature", 40.0),
        ("a 300-pound beam", "weight", 136.08),
        ("a wave 30 ft high", "distance", 0.009144),
        ("jailed for six and a half years", "duration", 6.5),
        ("jailed for six years and six months", "duration", 6.5),
        ("jailed for 6-1/2 years", "duration", 6.5),
        ("jailed for 78 months", "duration", 6.5),
        ("it burned for two weeks", "duration", 14 / 365.25),
    ],
)
def test_a_figure_with_its_unit_is_a_quantity_of_its_measure(text, measure, value):
    found = reading(text)
    assert found.measure == measure
    assert found.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "temperatures near 40 degrees",  # an angle, or either scale
        "a $2.3 billion deal",  # no unit
        "about 10 tons of debris",  # a US ton is 907 kg, a British one 1,016
        "it won 4-2 on penalties",
    ],
)
def test_a_figure_with_no_unit_of_one_size_is_no_quantity(text):
    assert measured(content_terms(tokens(text))) == {}


def test_a_unit_says_what_its_figure_counts():
    assert counted(content_terms(tokens("Winds reached 100 mph."))) == {"100": "speed"}
    assert counted(content_terms(tokens("Winds reached 160 km/h."))) == {"160": "speed"}
    assert counted(content_terms(tokens("It was 104 degrees Fahrenheit."))) == {
        "104": "temperature"
    }


def test_a_conversion_agrees_as_rounded_and_one_unit_compares_as_written():
    mph, kmh = reading("winds of 100 mph"), reading("winds of 160 km/h")
    assert agree(mph, kmh) and agree(kmh, mph)
    assert agree(reading("85 knots"), mph)  # 98 mph, "near 100"
    assert not agree(mph, reading("winds of 190 km/h"))
    assert not agree(mph, reading("winds of 101 mph"))  # one unit: two figures
    assert agree(reading("it reached 40C"), reading("it reached 104F"))
    assert agree(reading("it reached 38C"), reading("it reached 100F"))  # 37.8C
    assert not agree(reading("it reached 40C"), reading("it reached 110F"))
    assert not agree(mph, reading("it reached 160C"))  # another measure
    # Time converts exactly but for a month's length.
    assert agree(reading("six and a half years"), reading("six years and six months"))
    assert agree(reading("26 weeks"), reading("six months"))
    assert not agree(reading("three weeks"), reading("20 days"))


@given(st.integers(min_value=10, max_value=200), st.sampled_from([1, 5, 10]))
def test_a_speed_converted_and_rounded_as_outlets_round_it_agrees(mph, step):
    # Copy rounds a conversion to the unit, to 5 or to 10: 100 mph is "160 km/h".
    kmh = round(mph * 1.609344 / step) * step
    if abs(kmh - mph * 1.609344) <= 0.05 * max(kmh, mph * 1.609344):
        assert agree(quantity(str(mph), ["mph"]), quantity(str(kmh), ["kilometre", "h"]))


def discrepancies(a: str, b: str) -> list[tuple[str, list[str]]]:
    (passage,) = compare_texts(a, b).passages
    return [(d.kind, [r.text for r in d.readings]) for d in passage.discrepancies]


STORM = "Hurricane Dolly struck the Texas coast on Wednesday with winds of {}, forecasters said."


def test_one_reading_in_two_units_is_no_disagreement():
    assert discrepancies(STORM.format("100 mph"), STORM.format("160 km/h")) == []
    assert (
        discrepancies(
            "The quake struck 100 miles southwest of Anchorage at a depth of 20 miles.",
            "The quake struck 160 kilometers southwest of Anchorage at a depth of 32 km.",
        )
        == []
    )
    assert (
        discrepancies(
            "Temperatures reached 40C in Seville.", "Temperatures reached 104F in Seville."
        )
        == []
    )


def test_a_conversion_that_does_not_hold_and_another_figure_in_one_unit_disagree():
    # Read with their units, which differ: "100" against "190" would look like one unit.
    assert discrepancies(STORM.format("100 mph"), STORM.format("190 km/h")) == [
        ("number", ["100 mph", "190 km/h"])
    ]
    assert discrepancies(STORM.format("100 mph"), STORM.format("95 mph")) == [
        ("number", ["100", "95"])
    ]


def test_one_reading_in_two_units_weighs_as_the_same_figure():
    # The forecasters' "100 mph" and the wire's "160 km/h" tell one wind: the figures and
    # their units weigh as shared words, more than a figure that converts to another speed.
    told = "Dolly came ashore near Brownsville as a Category Two storm with winds of 100 mph."
    same = "Forecasters said the storm's winds had reached 160 km/h by Wednesday."
    other = "Forecasters said the storm's winds had reached 190 km/h by Wednesday."

    def score(a: str, b: str) -> float:
        return max(m.score for p in compare_texts(a, b, threshold=0.05).passages for m in p.members)

    assert score(told, same) > score(told, other)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("jailed for six and a half years", "6.5"),
        ("jailed for 6-1/2 years", "6.5"),
        ("jailed for 6 1/2 years", "6.5"),
        ("jailed for 6½ years", "6.5"),
        ("a walk of two and three quarters miles", "2.75"),
        ("one and a half million people", "1500000"),
    ],
)
def test_a_whole_number_and_its_fraction_are_one_figure(text, figure):
    # Apart, "6", "1" and "2" would each meet every other, and "six and a half years" would
    # not meet Reuters' "6-1/2 years".
    assert figure in {term for term, _, _ in content_terms(tokens(text))}


def test_a_score_before_a_figure_is_no_fraction():
    terms = [term for term, _, _ in content_terms(tokens("They won 6-1 2 weeks ago."))]
    assert "6-1" in terms and "2" in terms


JAILED = "The former head of the port authority was jailed for {} for taking bribes."


def test_one_prison_term_told_in_other_units_is_no_disagreement():
    assert discrepancies(JAILED.format("6-1/2 years"), JAILED.format("78 months")) == []
    assert discrepancies(JAILED.format("three weeks"), JAILED.format("20 days")) == [
        ("number", ["20 days", "three weeks"])
    ]


BURNED = "The Ridgeline fire has burned {} of forest north of the town, officials said."


def test_a_figure_in_other_units_is_set_against_its_counterpart_however_it_is_worded():
    # No shared word stands beside the two figures, but their units say both measure the
    # burned area: 12,000 acres are 4,856 hectares, so "nearly 9,000 hectares" disagrees and
    # "about 4,900 hectares" does not.
    told = BURNED.format("12,000 acres")
    assert discrepancies(told, BURNED.format("nearly 9,000 hectares")) == [
        ("number", ["12,000 acres", "nearly 9,000 hectares"])
    ]
    assert discrepancies(told, BURNED.format("about 4,900 hectares")) == []


@pytest.mark.parametrize(
    "figure",
    [
        "²² and a half years",  # a digit int() does not read
        "5² p.m. EDT",
        "²½ years",
        "1" * 5000 + " and a half years",  # more digits than int() reads
        "1" * 5000 + " 1/2 years",
        "1" * 5000 + "½ years",
        "1" * 5000 + " p.m. EDT",
        "9" * 400 + " mph",
        "٣ and a half years",
    ],
)
def test_hostile_figures_are_read_without_failing(figure):
    # Article text is data: a figure no reader could convert is no quantity, never a crash.
    compare_texts(STORM.format(figure), STORM.format("160 km/h"))


PIECES = [
    *"1 3 6 12 2023 0957 5:57 ² ٣ ½ 1/2 1/4 and a half quarter quarters".split(),
    *"mph km/h knots miles an hour years months C F degrees Fahrenheit square".split(),
    *"acres hectares p.m. a.m. pm EDT GMT percent 1.5 2,300 million bn m".split(),
]


@given(
    st.lists(
        st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "-", ":", "/", ", "])),
        max_size=12,
    )
)
def test_any_run_of_figures_units_and_times_is_read_without_failing(pieces):
    text = "".join(piece + joint for piece, joint in pieces)
    words = tokens(text)
    terms = content_terms(words)
    counted(terms)
    measured(terms)
    for i in range(len(words)):
        clock_time(words[i:])


RUNS = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "-", ":", "/", ", "])),
    min_size=1,
    max_size=8,
).map(lambda pieces: "".join(piece + joint for piece, joint in pieces))


@settings(max_examples=40, deadline=None)
@given(RUNS, RUNS)
def test_two_versions_giving_any_figures_units_and_times_are_compared_without_failing(a, b):
    # The word diffs read a swap's figures with their units and clock times (`substitutions`):
    # whatever the two versions give there, a comparison comes out.
    compare_texts(STORM.format(a), STORM.format(b))


FORCED = "The floods forced {} people from their homes across the region, the UN said."


def test_one_number_written_two_ways_is_no_disagreement():
    # A scale in words or in digits, as each outlet writes it: one figure to a reader.
    assert discrepancies(FORCED.format("1.5 million"), FORCED.format("1,500,000")) == []
    assert discrepancies(FORCED.format("2.3bn"), FORCED.format("2,300 million")) == []
    assert discrepancies(FORCED.format("1.5 million"), FORCED.format("1.6 million")) == [
        ("number", ["1.5", "1.6"])
    ]
