"""A time of day told two ways ("5:57 a.m. EDT", "0957 GMT") is no disagreement; another time,
or a time whose zone one version leaves out, still is."""

from __future__ import annotations

import pytest
from helpers import compare_texts

from tui.core.clock import clock_time, minutes
from tui.core.normalise import tokens


def read(text: str) -> str | None:
    return clock_time(tokens(text))[0]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("5:57 a.m. EDT", "09:57utc"),
        ("0957 GMT", "09:57utc"),
        ("0557 EDT", "09:57utc"),
        ("5.57am EDT", "09:57utc"),
        ("2 p.m. on Friday", "14:00"),
        ("2pm", "14:00"),
        ("12 a.m.", "00:00"),
        ("12:30 p.m.", "12:30"),
        ("11:40 p.m. PDT", "06:40utc"),  # the next day in UTC
    ],
)
def test_a_time_of_day_is_read_in_any_style(text, term):
    assert read(text) == term
    assert minutes(term) is not None


@pytest.mark.parametrize(
    "text",
    [
        "5:57 on the clock",  # a score, or a time: nothing says which
        "10-12 days",  # a range
        "1981 GMT",  # no hour 19:81
        "0957 in all",  # a year or a count
        "13 p.m.",
        "4-2 on penalties",
    ],
)
def test_a_figure_with_no_half_day_or_zone_is_no_time(text):
    assert read(text) is None


def discrepancies(a: str, b: str) -> list[tuple[str, list[str]]]:
    (passage,) = compare_texts(a, b).passages
    return [(d.kind, [r.text for r in d.readings]) for d in passage.discrepancies]


LANDED = "Atlantis landed at the Kennedy Space Center at {} on Thursday, ending the program."


def test_one_time_written_two_ways_is_no_disagreement():
    assert discrepancies(LANDED.format("5:57 a.m. EDT"), LANDED.format("0957 GMT")) == []
    assert discrepancies(LANDED.format("5:57 a.m. EDT"), LANDED.format("5.57am EDT")) == []


def test_another_time_or_a_time_with_no_zone_is_a_disagreement():
    assert discrepancies(LANDED.format("5:57 a.m. EDT"), LANDED.format("6:57 a.m. EDT")) == [
        ("number", ["5", "6"])
    ]
    # With no zone, 5:57 a.m. may be anyone's: not known to be 0957 GMT.
    assert discrepancies(LANDED.format("5:57 a.m."), LANDED.format("0957 GMT")) == [
        ("number", ["0957 GMT", "5:57 a.m"])
    ]
