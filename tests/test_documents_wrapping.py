"""Hard-wrapped text: a break inside a wrapped paragraph is read as a space, and only there."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from tui.core.documents import load_document
from tui.core.documents.wrapping import unwrap
from tui.core.sentences import split_sentences

STORM = (
    "The storm made landfall on Wednesday afternoon near the mouth of the river, where "
    "forecasters said the surge could reach eight feet above the usual tide. Residents of the "
    "low-lying coastal towns were told to leave before the evening, and most of them did so "
    "in good order according to the county sheriff."
)
DAMAGE = (
    "Early reports from the island described roofs torn off several buildings and streets "
    "flooded to the height of a car door, but no deaths had been reported by the time the "
    "eye of the storm moved inland over the farmland to the west of the city."
)
BULLETIN = (
    "MAXIMUM SUSTAINED WINDS ARE NEAR 100 MPH WITH HIGHER GUSTS AND THE STORM IS EXPECTED "
    "TO WEAKEN SLOWLY AS IT MOVES INLAND OVER THE COASTAL COUNTIES THIS AFTERNOON. HURRICANE "
    "FORCE WINDS EXTEND OUTWARD UP TO 25 MILES FROM THE CENTER OF THE STORM."
)


def wrapped(paragraph: str, width: int = 64, indent: str = "") -> str:
    """A paragraph as a mailer or a wire wraps it: greedily, at `width`."""
    return textwrap.fill(
        paragraph, width, initial_indent=indent, break_on_hyphens=False, break_long_words=False
    )


def paragraphs(text: str) -> list[str]:
    """The texts of the sentences of `text` read as a document, whitespace runs as one space."""
    return [" ".join(s.text.split()) for s in split_sentences(unwrap(text))]


def test_a_wrapped_paragraph_reads_as_its_sentences():
    text = wrapped(STORM) + "\n\n" + wrapped(DAMAGE)
    read = unwrap(text)
    assert len(read) == len(text)
    assert read == STORM + "\n\n" + DAMAGE
    sentences = split_sentences(read)
    assert [s.text for s in sentences] == [
        STORM[: STORM.index(" Residents") + 1].rstrip(),
        STORM[STORM.index("Residents") :],
        DAMAGE,
    ]
    assert all(read[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_a_bulletin_in_capitals_is_read_through():
    text = "HURRICANE LOCAL STATEMENT\n\n" + wrapped(BULLETIN, 66)
    assert paragraphs(text) == [
        "HURRICANE LOCAL STATEMENT",
        BULLETIN[: BULLETIN.index(" HURRICANE FORCE")],
        BULLETIN[BULLETIN.index("HURRICANE FORCE") :],
    ]


def test_a_text_of_long_lines_is_left_as_it_is():
    text = STORM + "\n" + DAMAGE + "\nA line of its own\n" + wrapped(DAMAGE)
    assert unwrap(text) == text


def test_short_lines_with_no_break_inside_a_sentence_are_left_as_they_are():
    # One sentence a line, none wider than a wrapper's width: no sign of a wrap.
    text = (
        "Officials ordered the evacuation of three coastal towns on Tuesday.\n"
        "Most residents had left by the evening, the sheriff said on Wednesday.\n"
        "Schools will stay closed until the storm has passed the county.\n"
    )
    assert unwrap(text) == text


def test_narrow_lines_are_verse_or_a_list():
    text = (
        "The storm came in the night\nand took the roof from the barn,\n"
        "and the river rose to the door\nof the house on the hill.\n"
    )
    assert unwrap(text) == text


def test_a_line_without_a_space_tells_no_width():
    link = "https://www.weather.gov/" + "bro/" * 30
    text = wrapped(STORM) + "\n\n" + link + "\n\n" + wrapped(DAMAGE)
    assert unwrap(text) == STORM + "\n\n" + link + "\n\n" + DAMAGE


def test_a_line_may_pass_the_width_by_a_character_or_two():
    # The longest line passes the wrapper's width by a stop; a sentence ending a line then
    # still leaves no room for the next word.
    text = (
        "MAXIMUM SUSTAINED WINDS ARE NEAR 100 MPH WITH HIGHER GUSTS NOW.\n"
        "THE STORM IS MOVING TOWARD THE NORTHWEST NEAR 7 MPH AND A SLOW\n"
        "DECREASE IN ITS FORWARD SPEED IS EXPECTED LATER THIS AFTERNOON. NOW\n"
        "ON THE FORECAST TRACK THE CENTER WILL MOVE INLAND OVER THE COUNTY.\n"
    )
    lines = text.splitlines()
    assert len(lines[0]) + 1 + len("THE") == max(map(len, lines))
    assert unwrap(text).count("\n") == 1


def test_one_break_inside_a_sentence_is_not_enough():
    text = (
        "The storm made landfall on Wednesday afternoon near the mouth of\n"
        "the river. Forecasters expect it to weaken over the next few days.\n"
    )
    assert unwrap(text) == text


def test_a_short_line_ends_its_paragraph():
    # Paragraphs with no blank line between them: the last line of each is short.
    first, second = wrapped(STORM + " Nobody was hurt."), wrapped(DAMAGE + " Nobody was hurt.")
    assert len(first.splitlines()[-1]) < 40
    assert paragraphs(first + "\n" + second) == paragraphs(first + "\n\n" + second)
    assert unwrap(first + "\n" + second).count("\n") == 1


def test_a_sentence_ending_with_room_for_the_next_word_ends_its_paragraph():
    ended = "The sheriff said the roads out of the town are clear."
    text = wrapped(STORM) + "\n" + ended + "\n" + wrapped(DAMAGE)
    width = max(len(line) for line in text.splitlines())
    assert width - 16 < len(ended) < width - 8  # near the width, but "Early" would have fit
    assert f"{ended}\n" in unwrap(text)


def test_a_title_is_not_joined_to_the_text_below_it():
    title = "Hurricane Dolly Makes Landfall Near Brownsville in Southern Texas"
    text = title + "\n" + wrapped(STORM)
    assert len(title) >= max(len(line) for line in text.splitlines()) - 2
    assert unwrap(text).startswith(title + "\nThe storm made landfall")
    assert paragraphs(text)[0] == title


def test_a_heading_in_capitals_is_not_joined_to_the_text_below_it():
    heading = "STORM SURGE OF EIGHT FEET EXPECTED AT THE MOUTH OF THE RIVER TODAY"
    text = heading + "\n" + wrapped(STORM, 68)
    assert unwrap(text).startswith(heading + "\nThe storm")


def test_a_dateline_opens_its_own_paragraph():
    byline = "By Maria Lopez and James Hart, reporting for the wire from Texas"
    text = byline + "\n" + wrapped("BROWNSVILLE, Texas (AP) -- " + STORM)
    assert len(byline) >= max(len(line) for line in text.splitlines()) - 2
    assert unwrap(text).startswith(byline + "\nBROWNSVILLE, Texas (AP) -- The storm made")


LIST = (
    "  - Residents of the coastal towns should stay indoors until the\n"
    "    officials say the storm has passed and the roads are clear\n"
    "  - Anyone who needs a shelter should call the county's line\n"
    "    before the evening, when the phones are switched to the state\n"
)


def test_list_items_stay_apart_and_their_wrapped_text_is_joined():
    text = wrapped(STORM) + "\n\n" + LIST + wrapped(DAMAGE)
    read = unwrap(text)
    assert [" ".join(line.split()) for line in read.split("\n\n")[1].split("\n")] == [
        "- Residents of the coastal towns should stay indoors until the officials say the "
        "storm has passed and the roads are clear",
        "- Anyone who needs a shelter should call the county's line before the evening, when "
        "the phones are switched to the state",
        DAMAGE,
    ]


def test_numbered_items_stay_apart():
    items = (
        "1. Residents of the coastal towns should stay indoors until the\n"
        "storm has passed and officials say that the roads are clear.\n"
        "2. Anyone who needs a shelter should call the county line before\n"
        "the evening, when the phones will be switched to the state line.\n"
    )
    read = unwrap(wrapped(STORM) + "\n\n" + items)
    assert read.endswith(
        items.replace("the\nstorm", "the storm").replace("before\nthe", "before the")
    )


def test_indented_paragraphs_each_open_a_paragraph():
    later = "Meteorologists " + DAMAGE
    text = wrapped(STORM, indent="   ") + "\n" + wrapped(later, indent="   ")
    assert unwrap(text) == "   " + STORM + "\n   " + later


def test_an_indented_quotation_is_not_joined_to_the_line_above():
    quotation = (
        "The county sheriff read the order out to the crowd in the hall:\n"
        '      "Everyone living south of the river must leave by six."\n'
    )
    text = wrapped(STORM) + "\n\n" + quotation + "\n" + wrapped(DAMAGE)
    assert quotation in unwrap(text)


def test_lines_wider_than_a_wrapper_makes_are_paragraphs():
    clause = STORM.rstrip(".")
    text = f"{clause}\nthen {clause[4:]}\nthen {clause[4:]}."
    assert unwrap(text) == text


def test_a_short_line_without_a_stop_is_not_joined():
    text = wrapped(STORM) + "\nWhere the storm goes next\n" + wrapped(DAMAGE)
    assert "\nWhere the storm goes next\nEarly reports" in unwrap(text)


def test_an_address_is_not_joined():
    address = "National Weather Service\n1325 East West Highway\nSilver Spring, MD 20910"
    text = wrapped(STORM) + "\n\n" + address + "\n\n" + wrapped(DAMAGE)
    assert address in unwrap(text)


def test_a_table_is_not_joined():
    table = (
        "Brownsville       winds 100 mph     rain 6 to 10 inches      surge 8 ft\n"
        "Harlingen         winds 85 mph      rain 4 to 8 inches       surge none"
    )
    text = wrapped(STORM, 72) + "\n\n" + table + "\n\n" + wrapped(DAMAGE, 72)
    assert table in unwrap(text)


def test_a_document_read_from_a_file_is_unwrapped(tmp_path):
    path = tmp_path / "bulletin.txt"
    path.write_text("Storm Statement\r\n\r\n" + wrapped(STORM).replace("\n", "\r\n") + "\r\n")
    document = load_document(path)
    assert document.title == "Storm Statement"
    assert document.text == "Storm Statement\n\n" + STORM


@given(st.lists(st.sampled_from([STORM, DAMAGE, BULLETIN, "Short line.", ""]), max_size=6))
def test_unwrapping_only_turns_breaks_into_spaces(pieces):
    text = "\n".join(wrapped(piece) for piece in pieces)
    read = unwrap(text)
    assert len(read) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, read, strict=True))
