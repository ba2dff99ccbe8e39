"""A figure with its unit as a quantity of a measure, so that one reading given in two units
("100 mph", "160 km/h"; "40C", "104F") is one figure to alignment and no disagreement to word
diffs, while two readings in one unit are compared as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tui.core.clock import UTC, minutes
from tui.core.lexicon import en
from tui.core.normalise import Term, is_figure, normal_form, stem

# A converted figure is rounded: 100 mph is 161 km/h, printed "160"; 85 knots is 98 mph,
# reported as "near 100"; 12,000 acres are 4,856 hectares, "nearly 5,000". Two readings in
# other units agree within this share of the larger.
CONVERSION_ROUNDING = 0.05
DEGREES_ROUNDING = 1.0  # °C: 100F is 37.8C, printed "38C"
# Time converts exactly but for a month's length: "26 weeks" are "six months"; "three weeks"
# are no "20 days".
DURATION_ROUNDING = 0.02


class Quantity(NamedTuple):
    measure: str  # "distance", "speed", "temperature"… (en.MEASURES)
    unit: str  # the unit as written, in terms: "mph", "kilometre hour"
    value: float  # in the measure's first unit (km, kg, hectares, km/h, °C)


def quantity(figure: str, following: Sequence[str]) -> Quantity | None:
    """`figure` (a term in digits) as a quantity of the unit the terms `following` it open
    with (stems, no stop words: "kilometre", "hour" for "kilometers per hour"), or of a time
    of day when it is a clock's term (`clock`); None where they open with no unit or the
    figure is no plain number ("2.3billion", "4-2")."""
    clock = minutes(figure)
    if clock is not None:  # a time of day (`clock`): its unit says whether it is UTC
        return Quantity(_TIME_OF_DAY, UTC if clock[1] else "", float(clock[0]))
    if not following or following[0] not in _UNITS:
        return None
    try:
        number = float(figure)
    except ValueError:
        return None
    unit = following[0]
    measure, size = _UNITS[unit]
    if unit == _DEGREE or measure == _TEMPERATURE:
        return _temperature(number, following)
    then = following[1] if len(following) > 1 else ""
    if measure == _DISTANCE and then in _PER_HOUR:  # "160 km/h": a speed
        return Quantity(_SPEED, f"{unit} {then}", number * size)
    if unit == _SQUARE:  # "20 square miles": an area, in hectares
        measure, size = _UNITS.get(then, (None, None))
        if measure != _DISTANCE or size is None:
            return None
        return Quantity(_AREA, f"{unit} {then}", number * size * size * _HECTARES_IN_KM2)
    if size is None:
        return None
    # A second figure in a smaller unit of the measure adds to it: "six years and six months",
    # "one hour 30 minutes".
    if len(following) > 2 and _UNITS.get(following[2], (None,))[0] == measure:
        more = _UNITS[following[2]][1]
        try:
            return Quantity(
                measure, f"{unit} {following[2]}", number * size + float(following[1]) * more
            )
        except ValueError:
            pass  # no plain number between the two units
    return Quantity(measure, unit, number * size)


def measured(terms: list[Term]) -> dict[str, Quantity]:
    """Each figure among a sentence's terms that a unit follows, as a quantity (`units`), so
    that one reading in two units meets: "100 mph" and "160 km/h"."""
    found: dict[str, Quantity] = {}
    for i, (term, is_name, _) in enumerate(terms):
        if not is_name and is_figure(term):
            reading = quantity_at(terms, i)
            if reading:
                found.setdefault(term, reading)
    return found


def quantity_at(terms: list[Term], i: int) -> Quantity | None:
    """The quantity of the figure at `i` of a sentence's terms, if a unit follows it."""
    return quantity(terms[i][0], [term for term, _, _ in terms[i + 1 : i + 4]])


def agree(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities in different units are one reading, converted and rounded. In
    one unit, two figures are compared as they are written: "100 mph" and "95 mph" differ. A
    time of day is one reading when it is the same time, both in UTC or neither."""
    if a.measure != b.measure:
        return False
    if a.measure == _TIME_OF_DAY:  # one time written two ways: "5:57 a.m. EDT", "0957 GMT"
        return a.unit == b.unit and a.value == b.value
    if a.unit == b.unit:
        return False
    if a.measure == _TEMPERATURE:
        return abs(a.value - b.value) <= DEGREES_ROUNDING
    rounding = DURATION_ROUNDING if a.measure == _DURATION else CONVERSION_ROUNDING
    return abs(a.value - b.value) <= rounding * max(abs(a.value), abs(b.value))


def _temperature(number: float, following: Sequence[str]) -> Quantity | None:
    """Degrees as °C: "40C", "40°C", "104 degrees Fahrenheit". "Degrees" with no scale may be
    an angle or either scale: no quantity."""
    scale = following[1] if following[0] == _DEGREE and len(following) > 1 else following[0]
    if scale in _FAHRENHEIT:
        return Quantity(_TEMPERATURE, "f", (number - 32) * 5 / 9)
    if scale in _CELSIUS:
        return Quantity(_TEMPERATURE, "c", number)
    return None


def _term(word: str) -> str:
    return stem(normal_form(word))


_DISTANCE, _SPEED, _AREA, _DURATION = "distance", "speed", "area", "duration"
_TEMPERATURE, _TIME_OF_DAY = "temperature", "time of day"
_UNITS = {
    _term(unit): (measure, size)
    for measure, units in en.MEASURES.items()
    for unit, size in units.items()
}
# A unit's term -> its measure ("kilometre": "distance"), as `counts` reads a figure's neighbour.
MEASURE_OF = {unit: measure for unit, (measure, _) in _UNITS.items()}
_DEGREE = _term("degrees")  # a unit only with its scale after it: not in MEASURE_OF
_UNITS[_DEGREE] = (_TEMPERATURE, None)
_SQUARE = _term("square")
_PER_HOUR = frozenset(map(_term, en.PER_HOUR))
_FAHRENHEIT = frozenset(map(_term, ("fahrenheit", "f")))
_CELSIUS = frozenset(map(_term, ("celsius", "c")))
_HECTARES_IN_KM2 = 100
