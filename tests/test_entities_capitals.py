"""Text in capitals (a weather bulletin, a wire's headline): its case tells no name, so it names
only what running text or the gazetteer confirms."""

from __future__ import annotations

from tests.test_entities import entity, forms, versions_of
from tui.core.entities import extract_entities

STORY = (
    "Hurricane Dolly made landfall near Brownsville on Wednesday, the National Hurricane "
    "Center said. Dolly is expected to weaken, said Lixion Avila, a forecaster."
)
BULLETIN = (
    "MAXIMUM SUSTAINED WINDS ARE NEAR 100 MPH WITH HIGHER GUSTS. DOLLY IS MOVING TOWARD "
    "BROWNSVILLE AT 7 MPH, THE NATIONAL HURRICANE CENTER SAID. RAIN TOTALS OF 6 TO 10 INCHES "
    "ARE EXPECTED OVER DEEP SOUTH TEXAS. FORECASTER AVILA."
)


def test_a_sentence_in_capitals_names_only_what_running_text_or_the_gazetteer_confirms():
    versions = versions_of(STORY, BULLETIN)
    entities = extract_entities(versions)
    named = {e.name for e in entities if e.type in ("person", "place", "organisation")}
    in_capitals = {f for f in forms(entities) if f.isupper() and len(f) > 3}
    # Seen in running text: Dolly, the National Hurricane Center, Avila (with his title, as
    # "Forecaster Avila" would be written in running text); known: Brownsville (in running
    # text too) and Texas.
    assert in_capitals <= {
        "DOLLY",
        "BROWNSVILLE",
        "NATIONAL HURRICANE CENTER",
        "FORECASTER AVILA",
        "TEXAS",
    }
    assert entity(entities, "FORECASTER AVILA") == entity(entities, "Lixion Avila")
    assert entity(entities, "DOLLY") == entity(entities, "Dolly")
    assert entity(entities, "NATIONAL HURRICANE CENTER") == entity(
        entities, "National Hurricane Center"
    )
    assert "TEXAS" in forms(entities)
    assert not any("MAXIMUM" in name or "MPH" in name or "RAIN" in name for name in named)
    # The figures need no case.
    assert {"100", "7", "10"} <= {f for e in entities if e.type == "number" for f in forms([e])}


def test_a_name_in_capitals_is_called_as_running_text_writes_it():
    versions = versions_of(STORY, BULLETIN, "THE NATIONAL HURRICANE CENTER SAID SO AGAIN.")
    entities = extract_entities(versions)
    assert entity(entities, "NATIONAL HURRICANE CENTER").name == "National Hurricane Center"


def test_an_acronym_in_capitals_needs_running_text():
    # In capitals any word looks like an acronym: WTNT44 and KNHC are a bulletin's codes.
    versions = versions_of(STORY, "WTNT44 KNHC 232045 HURRICANE DOLLY DISCUSSION NUMBER 14.")
    assert not {"WTNT44", "KNHC", "HURRICANE DOLLY DISCUSSION"} & forms(extract_entities(versions))


def test_an_ordinary_word_that_names_a_town_is_no_place_in_capitals():
    versions = versions_of(STORY, "SURGE FLOODING OF 6 TO 8 FEET ABOVE NORMAL TIDE LEVELS.")
    assert not {"NORMAL", "NORMAL TIDE LEVELS"} & forms(extract_entities(versions))


def test_a_masthead_in_capitals_is_named_by_its_head_word():
    versions = versions_of(
        "THE HALVIK TIMES\nThe storm hit Halvik on Monday, the Halvik Times reported.",
        "The storm hit Halvik on Monday.",
    )
    assert "THE HALVIK TIMES" in forms(extract_entities(versions))


def test_one_word_in_capitals_may_be_an_acronym():
    versions = versions_of("NASA\nThe shuttle landed on Thursday.", "The shuttle landed.")
    assert "NASA" in forms(extract_entities(versions))


def test_a_figure_in_capitals_belongs_to_no_name():
    # "Route 12" may be a name, as "Apollo 11" is; in capitals nothing tells it is.
    versions = versions_of(
        "The storm hit the coastal towns on Monday. OFFICIALS SAID ROUTE 12 WAS CLOSED.",
        "Officials counted the dead.",
    )
    assert "12" in forms(extract_entities(versions))
