"""Merging the spellings of one entity as a careful reader of several outlets does: small
invented versions, one rule each."""

from __future__ import annotations

from tests.test_entities import entity, forms, versions_of
from tui.core.entities import extract_entities


def test_a_given_name_cut_short_is_the_long_one_and_the_surname_joins_them():
    versions = versions_of(
        "Judge Ann Reed jailed Tomasz Wroblewski on Thursday. Wroblewski will appeal.",
        "Dock workers cheered as their old boss Tom Wroblewski was jailed.",
        "The court sentenced Tomasz Wróblewski, a native of Gdynia. Wróblewski said nothing.",
    )
    entities = extract_entities(versions)
    wroblewski = entity(entities, "Tomasz Wroblewski")
    assert wroblewski.type == "person"
    for form in ("Tom Wroblewski", "Tomasz Wróblewski", "Wroblewski", "Wróblewski"):
        assert entity(entities, form) == wroblewski


def test_a_short_and_a_long_given_name_named_in_one_version_are_two_people():
    versions = versions_of(
        "Tomasz Wroblewski and his son Tom Wroblewski ran the firm.",
        "Tom Wroblewski now runs it.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Tomasz Wroblewski") != entity(entities, "Tom Wroblewski")


def test_a_short_given_name_that_begins_two_people_s_names_joins_neither():
    versions = versions_of(
        "Christopher Evans spoke first.",
        "Christina Evans spoke next.",
        "Chris Evans spoke last.",
    )
    entities = extract_entities(versions)
    chris = entity(entities, "Chris Evans")
    assert chris != entity(entities, "Christopher Evans")
    assert chris != entity(entities, "Christina Evans")


def test_a_nationality_noun_before_a_name_is_no_part_of_it():
    versions = versions_of(
        "Saltway's boss, Gareth Pryce-Owen, was jailed. The Briton said nothing.",
        "The owner of the company, the Briton Gareth Pryce Owen, heard his sentence.",
        "The Frenchman Jean Moulin and the Pole Anna Nowak flew to Warsaw.",
    )
    entities = extract_entities(versions)
    found = forms(entities)
    assert entity(entities, "Gareth Pryce-Owen") == entity(entities, "Gareth Pryce Owen")
    assert entity(entities, "Gareth Pryce Owen").type == "person"
    assert {"Jean Moulin", "Anna Nowak", "Warsaw"} <= found
    assert not {w for f in found for w in f.split()} & {"Briton", "Frenchman"}
    assert "Pole" not in found


def test_a_courtesy_title_is_no_part_of_the_surname_it_stands_before():
    versions = versions_of(
        "The finance director, Imogen Tarrant, was acquitted.",
        "Outside court, Ms Tarrant's solicitor spoke. Mr Renqvist and President Xi did not.",
    )
    entities = extract_entities(versions)
    tarrant = entity(entities, "Imogen Tarrant")
    assert "Tarrant" in tarrant.variants and "Ms Tarrant" not in forms(entities)
    assert {"Renqvist", "President Xi"} <= forms(entities)  # a role stays: it says who he is


def test_nordic_and_german_letters_written_as_english_copy_writes_them_are_one_name():
    versions = versions_of(
        "Civic Renewal won 42 of the 120 seats in the Folkeraad. Anna Mueller voted in Oestervik.",
        "The party won 41 seats in the Folkeråd. Anna Müller voted in Østervik.",
        "Sven Møller and Sven Muller voted.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Folkeraad") == entity(entities, "Folkeråd")
    assert entity(entities, "Anna Mueller") == entity(entities, "Anna Müller")
    assert entity(entities, "Oestervik") == entity(entities, "Østervik")
    assert entity(entities, "Sven Møller") != entity(entities, "Sven Muller")  # "ø" is no "u"


def test_a_party_is_also_named_without_its_head_word():
    versions = versions_of(
        "The anti-immigration Homeland Party came third with 11.9%.",
        "She has said she will not govern with Homeland. Homeland Security Secretary Alejandro "
        "Mayorkas was in Halvik.",
    )
    entities = extract_entities(versions)
    party = entity(entities, "Homeland Party")
    assert party.type == "organisation" and "Homeland" in party.variants
    assert entity(entities, "Alejandro Mayorkas").type == "person"
    assert len([e for e in entities if "Homeland" in (e.name, *e.variants)]) == 1


def test_labour_alone_is_the_labour_party_and_a_labour_secretary_keeps_the_role():
    # Britain's Labour, Australia's Labor: a party's name first, which news writes alone
    # ("Labour won"); "Labour Secretary" and "Labor Secretary" are still roles, since "Secretary"
    # says so.
    versions = versions_of(
        "The Labour Party won a large majority. Labour Secretary Julie Su said talks resume.",
        "Labour won the election in Britain on Thursday.",
    )
    entities = extract_entities(versions)
    assert "Labour" in entity(entities, "Labour Party").variants
    assert entity(entities, "Julie Su").type == "person"


def test_a_name_before_party_or_leader_is_a_party():
    versions = versions_of(
        "The centre-right Civic Renewal party won, and Green Left leader Saga Lindahl-Bruun "
        "conceded. Civic Renewal took 41 seats and the Green Left nine.",
        "Staff held their Summer party early.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Civic Renewal").type == "organisation"
    assert entity(entities, "Green Left").type == "organisation"
    assert entity(entities, "Saga Lindahl-Bruun").type == "person"
    assert "Summer" not in forms(entities)  # one word: as often an occasion or a people


def test_a_plural_s_possessive_is_part_of_an_organisation_s_name():
    versions = versions_of(
        "Kevin Ashworth is branch secretary of the Dockers' and Seafarers' Union. The National "
        "Farmers' Union agreed. The Smiths' Manchester home was sold."
    )
    entities = extract_entities(versions)
    found = forms(entities)
    assert entity(entities, "Dockers' and Seafarers' Union").type == "organisation"
    assert entity(entities, "National Farmers' Union").type == "organisation"
    assert not found & {"Dockers", "Seafarers", "Union", "Smiths' Manchester"}
    assert "Manchester" in found


def test_a_paper_s_masthead_keeps_its_the():
    versions = versions_of(
        "The Halvik Times\n\nCapital goes green\n\nThe Green Left topped the poll in Halvik.",
        "The Survivors\n\nThe Halvik Times said the Green Left topped the poll in Halvik.",
    )
    entities = extract_entities(versions)
    paper = entity(entities, "The Halvik Times")
    assert paper.type == "organisation"
    assert paper.mentions[0].start == 0 and paper.mentions[0].text == "The Halvik Times"
    assert "The Survivors" not in forms(entities)


def test_a_wire_s_month_without_its_dot_before_a_day_is_a_date():
    versions = versions_of(
        "HALVIK, Oct 4 (Corvus) - Jan Berg voted on Sunday.",
        "HARBOURNE, England, Nov. 19 (Beacon) - Judge Ann Reed spoke.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Oct 4").type == "date"
    assert entity(entities, "Nov. 19").type == "date"
    assert entity(entities, "Jan Berg").type == "person"
    assert not forms(entities) & {"Oct", "Nov"}
