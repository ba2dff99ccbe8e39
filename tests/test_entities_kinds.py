"""What a word before a name says it names: a class word a craft or a storm ("Space Shuttle
Atlantis", "Hurricane Dolly"), a wire's dateline a place, a compass word a region of a place."""

from __future__ import annotations

from tests.test_entities import entity, forms, versions_of
from tui.core.entities import extract_entities


def test_a_craft_named_after_its_class_word_is_a_vehicle_and_one_with_its_bare_name():
    versions = versions_of(
        "The Space Shuttle Atlantis landed in Florida. Crowds watched as Atlantis came in.",
        "Shuttle Atlantis glided home. The sailors of the USS Cole were honoured.",
    )
    entities = extract_entities(versions)
    atlantis = entity(entities, "Space Shuttle Atlantis")
    assert atlantis.type == "vehicle"
    assert {"Atlantis", "Shuttle Atlantis"} <= {atlantis.name, *atlantis.variants}
    assert entity(entities, "USS Cole").type == "vehicle"


def test_a_lowercase_class_word_before_a_name_makes_it_a_craft_or_a_storm():
    versions = versions_of(
        "NASA will use the Russian spacecraft Soyuz and the shuttle Endeavour. The city was "
        "rebuilt after hurricane Katrina."
    )
    entities = extract_entities(versions)
    assert entity(entities, "Soyuz").type == "vehicle"
    assert entity(entities, "Endeavour").type == "vehicle"
    assert entity(entities, "Katrina").type == "event"


def test_a_ship_named_after_a_state_is_not_the_state():
    versions = versions_of("Arizona mourned the sailors of the USS Arizona at Pearl Harbor.")
    entities = extract_entities(versions)
    assert entity(entities, "USS Arizona").type == "vehicle"
    assert entity(entities, "Arizona").type == "place"


def test_a_class_word_before_a_common_noun_names_no_craft():
    versions = versions_of(
        "NASA said the Space Shuttle Program ended after the Shuttle Mission. Shuttle diplomacy "
        "resumed. Crowds met at the Ferry Building and the Ship Canal Bridge."
    )
    entities = extract_entities(versions)
    assert not any(e.type == "vehicle" for e in entities)


def test_a_storm_is_an_event_named_with_its_class_word_and_one_with_its_bare_name():
    versions = versions_of(
        "Hurricane Dolly made landfall near Brownsville. Officials said Dolly weakened.",
        "HURRICANE DOLLY LOCAL STATEMENT. DOLLY IS MOVING INLAND.",
        "Tropical Storm Fay and Typhoon Haiyan were deadlier.",
    )
    entities = extract_entities(versions)
    dolly = entity(entities, "Hurricane Dolly")
    assert dolly.type == "event"
    assert {"Dolly", "DOLLY"} <= set(dolly.variants)
    assert entity(entities, "Tropical Storm Fay").type == "event"
    assert entity(entities, "Typhoon Haiyan").type == "event"


def test_a_storm_s_name_is_one_word_in_a_headline():
    versions = versions_of(
        "Hurricane Dolly Makes Landfall in Texas\n\nHurricane Dolly made landfall on Wednesday."
    )
    found = forms(extract_entities(versions))
    assert "Hurricane Dolly" in found
    assert not any("Makes" in form for form in found)


def test_a_wire_s_dateline_names_a_place_and_its_region_not_its_agency():
    versions = versions_of(
        "CAPE CANAVERAL, Fla -- Wrapping up 30 years, the program ended on Thursday.",
        "PORT HALVIK, Vestland (Halyard) -- The crew landed safely.",
        "NASA - The agency said the crew was safe. HALDOR VENN - the firm's founder - spoke.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "CAPE CANAVERAL").type == "place"
    assert entity(entities, "Fla").type == "place"
    assert entity(entities, "PORT HALVIK").type == "place"
    assert entity(entities, "Vestland").type == "place"
    assert entity(entities, "Halyard").type == "organisation"
    assert entity(entities, "NASA").type == "organisation"
    assert entity(entities, "HALDOR VENN").type != "place"  # no story after its dash


def test_a_compass_word_before_a_known_place_names_a_region_of_it():
    versions = versions_of(
        "Rain fell over South Texas and Southern California. SOUTH TEXAS FLOODED. Texas braced."
    )
    entities = extract_entities(versions)
    south_texas = entity(entities, "South Texas")
    assert south_texas.type == "place"
    assert "SOUTH TEXAS" in south_texas.variants
    assert entity(entities, "Southern California").type == "place"
    assert entity(entities, "Texas") != south_texas


def test_a_name_ends_at_its_head_before_a_word_the_story_writes_lowercase():
    versions = versions_of(
        "The shuttles docked with the International Space Station Shuttles deployed 180 "
        "payloads. The five shuttles flew 852 times. The City Police Officers said officers "
        "were there. Fans said the Halvik Tide Runners beat the runners of Boston."
    )
    entities = extract_entities(versions)
    assert "Halvik Tide Runners" in forms(entities)  # "Tide" is no head word
    assert entity(entities, "International Space Station").type == "vehicle"
    assert entity(entities, "City Police").type == "organisation"


def test_a_state_s_abbreviation_in_a_dateline_is_the_state():
    versions = versions_of(
        "PARADISE, Calif. — The fire destroyed the town.",
        "The fire destroyed a town in California on Thursday.",
        "FORECAST POSITIONS 12HR VT 24/0600Z 27.0N 98.5W 45 KT...INLAND.",
    )
    entities = extract_entities(versions)
    california = entity(entities, "California")
    assert california.type == "place"
    assert "Calif" in california.variants
    assert "VT" not in forms(entities)  # a bulletin's valid time, no Vermont
