"""What kind of thing a name names, where a reader can tell from the name alone: a club by its
club words, a firm by its last word, the United Kingdom's nations as places."""

from __future__ import annotations

from test_entities import entity, forms, versions_of

from tui.core.entities import extract_entities


def extracted(*texts: str):
    versions = versions_of(*texts)
    return extract_entities(versions, [])


def test_a_club_is_an_organisation_and_its_town_alone_is_the_club():
    found = extracted(
        "On Wednesday, Dynamo Karivka beat Sporting Almarense on penalties in the final.\n\n"
        "Almarense had led until the 88th minute, when Karivka equalised.\n",
        "Hafnia BK and Almara Ladies met in the women's final.\n",
    )
    assert entity(found, "Dynamo Karivka").type == "organisation"
    assert entity(found, "Sporting Almarense").type == "organisation"
    assert entity(found, "Almarense") is entity(found, "Sporting Almarense")
    assert entity(found, "Karivka") is entity(found, "Dynamo Karivka")
    assert entity(found, "Hafnia BK").type == "organisation"
    assert entity(found, "Almara Ladies").type == "organisation"


def test_a_firm_is_named_by_its_last_word():
    found = extracted(
        "Halvorsen Capital and Tellmark Industries had both bid for the company, Mark Thiel said.\n"
    )
    assert entity(found, "Halvorsen Capital").type == "organisation"
    assert entity(found, "Tellmark Industries").type == "organisation"
    assert entity(found, "Mark Thiel").type == "person"


def test_the_uk_nations_are_places_and_the_united_states_no_club():
    found = extracted(
        "The final was played in England, and fans came from Scotland, Wales and the United "
        "States.\n"
    )
    for place in ("England", "Scotland", "Wales", "United States"):
        assert entity(found, place).type == "place"


def test_an_agency_head_or_a_crew_role_before_a_name_is_a_title_no_part_of_it():
    # "NASA Administrator Charles Bolden", "forecaster Lena Ortiz": the role says who the
    # person is, as "Secretary" does; the person is Charles Bolden, whom "Bolden" names later.
    found = extracted(
        "NASA Administrator Charles Bolden praised the crew on Thursday.\n\n"
        "Forecaster Lena Ortiz said the storm would weaken.\n\n"
        "Mission commentator Rob Navias announced the landing.\n",
        "Bolden said the agency would go on.\n",
    )
    assert entity(found, "Charles Bolden").type == "person"
    assert entity(found, "Lena Ortiz").type == "person"
    assert entity(found, "Rob Navias").type == "person"
    assert entity(found, "Bolden") is entity(found, "Charles Bolden")
    assert not {"NASA Administrator Charles Bolden", "Forecaster Lena Ortiz"} & forms(found)
