"""Entity rules a careful reader applies on stories of genres nobody tuned for (a fire, a film
prize): small invented sentences, one rule each."""

from __future__ import annotations

from tests.test_entities import entity, forms, versions_of
from tui.core.entities import extract_entities


def test_portuguese_and_italian_particles_inside_names():
    versions = versions_of(
        "Tourists crowd the Costa do Farol in summer. Piero della Francesca painted it."
    )
    found = forms(extract_entities(versions))
    assert {"Costa do Farol", "Piero della Francesca"} <= found
    assert not found & {"Costa", "Farol", "Piero", "Francesca"}


def test_a_road_or_channel_word_and_its_number_are_one_name():
    versions = versions_of(
        "Highway 9 was closed, so drivers took Route 66 and watched Channel 4 at night."
    )
    entities = extract_entities(versions)
    assert entity(entities, "Highway 9").type == "place"
    assert entity(entities, "Route 66").type == "place"
    assert entity(entities, "Channel 4").type == "organisation"
    assert entity(entities, "Highway 9") != entity(entities, "Route 66")


def test_clubs_societies_venues_and_gardens_are_named_by_their_head_word():
    versions = versions_of(
        "The Rotary Club served meals at the Varden Civic Arena. The Heron Society met in the "
        "Tbilisi Botanical Garden and at the Crown Theatre."
    )
    entities = extract_entities(versions)
    assert entity(entities, "Rotary Club").type == "organisation"
    assert entity(entities, "Heron Society").type == "organisation"
    for venue in ("Varden Civic Arena", "Tbilisi Botanical Garden", "Crown Theatre"):
        assert entity(entities, venue).type == "place"


def test_a_venue_s_head_word_in_another_language_is_the_same_venue():
    versions = versions_of(
        "The prizes were given at the Rainha Leonor Theatre.",
        "The cast bowed at the Teatro Rainha Leonor. The Museo del Prado lent a painting.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Rainha Leonor Theatre") == entity(entities, "Teatro Rainha Leonor")
    assert entity(entities, "Teatro Rainha Leonor").type == "place"
    assert entity(entities, "Museo del Prado").type == "place"


def test_french_dj_and_tch_are_english_j_and_ch():
    versions = versions_of(
        "Director Ketevan Japaridze won. Pianist Pyotr Chaikovsky played.",
        "La réalisatrice Ketevan Djaparidze a gagné. Pyotr Tchaikovsky jouait.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Ketevan Japaridze") == entity(entities, "Ketevan Djaparidze")
    assert entity(entities, "Pyotr Chaikovsky") == entity(entities, "Pyotr Tchaikovsky")


def test_a_name_in_the_other_order_is_the_same_person():
    # Korean names are written family name first or last, with or without the hyphen.
    versions = versions_of(
        "The jury was chaired by director Kang Eun-ha. Kim Min-jun, a critic, agreed.",
        "The jury, headed by the director Eunha Kang, chose it. Kang praised the film.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Kang Eun-ha") == entity(entities, "Eunha Kang")
    assert entity(entities, "Kang") == entity(entities, "Kang Eun-ha")
    assert entity(entities, "Kim Min-jun") != entity(entities, "Kang Eun-ha")


def test_st_inside_a_name_is_saint_and_after_one_a_street():
    versions = versions_of(
        "Fans gathered in St. Petersburg and near Mt. Hood. They met on Kalyna St. Police came.",
        "Saint Petersburg was quiet.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "St. Petersburg") == entity(entities, "Saint Petersburg")
    assert entity(entities, "St. Petersburg").type == "place"
    assert entity(entities, "Mt. Hood").type == "place"
    assert entity(entities, "Kalyna St").type == "place"
    assert not forms(entities) & {"Petersburg", "Hood", "Kalyna St. Police", "Police"}


def test_a_name_followed_by_the_head_word_of_a_longer_one_is_that_name():
    versions = versions_of(
        "The St. Volodymyr church burned. The Lumen festival opened on Friday.",
        "The Church of Saint Volodymyr was lost. The Lumen International Film Festival opened.",
        "President Biden spoke. The Biden administration said no. The Biden Administration "
        "is large.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "St. Volodymyr") == entity(entities, "Church of Saint Volodymyr")
    assert entity(entities, "Lumen") == entity(entities, "Lumen International Film Festival")
    assert entity(entities, "Biden") != entity(entities, "Biden Administration")


def test_provinces_and_states_of_other_countries_are_places():
    versions = versions_of(
        "The fire reached British Columbia and New South Wales sent crews. Sichuan helped."
    )
    entities = extract_entities(versions)
    for region in ("British Columbia", "New South Wales", "Sichuan"):
        assert entity(entities, region).type == "place"
    assert "Columbia" not in forms(entities)


def test_a_full_name_a_credit_gives_after_by_is_a_person_though_its_first_word_is_common():
    versions = versions_of(
        "Crews fought the fire on Sunday, officials said.\n\n"
        "(Reporting by Hope Adeyemi in Lagos; Editing by Mark Price)"
    )
    entities = extract_entities(versions)
    assert entity(entities, "Hope Adeyemi").type == "person"


def test_what_is_won_or_received_is_a_prize_unless_a_noun_follows():
    versions = versions_of(
        "Her film won the Golden Lighthouse at the festival. He received the Silver Bear for it. "
        "The senator won the Democratic nomination. The president received the Dalai Lama.",
        "Georgian drama wins Golden Lighthouse",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Golden Lighthouse").type == "event"
    assert entity(entities, "Silver Bear").type == "event"
    assert "Democratic" not in forms(entities)
    assert entity(entities, "Dalai Lama").type != "event"  # a name of its own: a visitor


def test_a_dateline_credits_its_agency_and_a_page_opens_with_its_outlet():
    versions = versions_of(
        "LISBON, Portugal, Sept 20 (Compass) - The film won, organisers said.",
        "Reel Ledger · Festivals · In brief\n\nThe film won on Saturday.",
        "World | Europe\n\nThe film won on Sunday.",
    )
    entities = extract_entities(versions)
    assert entity(entities, "Compass").type == "organisation"
    assert entity(entities, "Reel Ledger").type == "organisation"
    assert "World" not in forms(entities)


def test_a_title_case_line_names_no_town_by_an_ordinary_word_nor_a_word_run_into_chinese():
    versions = versions_of(
        "Language Tips > Normal Speed News VOA常速\n\nThe shuttle landed in Florida on Thursday."
    )
    found = forms(extract_entities(versions))
    assert "Florida" in found
    assert not {"Normal", "VOA常速"} & found


def test_a_credit_line_names_an_organisation_whose_head_word_stands_before_its_of():
    versions = versions_of(
        "The storm made landfall on Wednesday.\n\nImage by Jesse Allen, using data provided "
        "courtesy of the University of Wisconsin."
    )
    assert "University of Wisconsin" in forms(extract_entities(versions))


def test_a_contact_line_names_the_person_its_address_spells_then_their_office():
    versions = versions_of(
        "The shuttle landed at the Kennedy Space Center on Thursday.\n\n"
        "Candrea Thomas Kennedy Space Center, Fla 321-867-2468 candrea.k.thomas@nasa.gov"
    )
    entities = extract_entities(versions)
    assert entity(entities, "Candrea Thomas").type == "person"
    assert entity(entities, "Kennedy Space Center").type == "organisation"


def test_page_chrome_keeps_a_full_name_its_address_spells_though_its_words_are_ordinary():
    versions = versions_of(
        "The shuttle landed on Thursday.\n\n"
        "Kyle Herring Johnson Space Center, Houston 281-483-5111 kyle.j.herring@nasa.gov\n\n"
        "Blinken, Chinese Vice President Meet | Related\n\n"
        "Image by Jesse Allen, using data of the Engineering Center MODIS Direct Broadcast."
    )
    found = forms(extract_entities(versions))
    assert "Kyle Herring" in found
    assert not {"Chinese Vice President Meet", "MODIS Direct Broadcast"} & found


def test_a_named_wildfire_is_an_event_and_a_fire_chief_a_person():
    versions = versions_of(
        "The Thomas Fire was larger than the Dixie Fire. Crews said the Dixie fire was "
        "contained. Fire Chief Dana Reyes and Police Chief Jane Doe spoke."
    )
    entities = extract_entities(versions)
    assert entity(entities, "Thomas Fire").type == "event"
    assert "Dixie" in entity(entities, "Dixie Fire").variants
    assert entity(entities, "Dana Reyes").type == "person"
    assert entity(entities, "Jane Doe").type == "person"


def test_a_sheriff_or_a_trooper_is_a_title_before_a_person():
    versions = versions_of(
        "Butte County Sheriff Kory Honea said State Trooper Dale Moss and Coroner Ana Ruiz "
        "were at the scene."
    )
    entities = extract_entities(versions)
    assert entity(entities, "Butte County").type == "place"
    for person in ("Kory Honea", "Dale Moss", "Ana Ruiz"):
        assert entity(entities, person).type == "person"


def test_a_broadcast_hand_off_names_the_reporter_s_outlet():
    # "VOA's Greg Flakus has more from Houston." is chrome (a hand-off to the reporter), yet it
    # names the outlet he reports for, as a byline names its writer.
    versions = versions_of(
        "The storm made landfall near Brownsville on Wednesday.\n"
        "VOA's Greg Flakus has more from Houston."
    )
    assert versions[0].sentences[-1].boilerplate
    entities = extract_entities(versions)
    assert entity(entities, "VOA").type == "organisation"
    assert entity(entities, "Greg Flakus").type == "person"


def test_chief_justice_is_one_title():
    entities = extract_entities(versions_of("Chief Justice John Roberts swore him in."))
    assert entity(entities, "John Roberts").type == "person"
    assert "Justice John Roberts" not in forms(entities)


def test_the_agencies_a_disaster_s_coverage_quotes_are_known():
    # "Cal Fire" is California's fire agency, not a fire named as "the Camp Fire" is.
    entities = extract_entities(
        versions_of(
            "Cal Fire said the Camp Fire was contained. The USGS and the U.S. Geological "
            "Survey gave one magnitude."
        )
    )
    assert entity(entities, "Cal Fire").type == "organisation"
    assert entity(entities, "Camp Fire").type == "event"
    assert entity(entities, "USGS") == entity(entities, "U.S. Geological Survey")
