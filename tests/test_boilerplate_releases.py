"""The chrome of the sources journalists compare with coverage: a press release's contacts,
number and end mark, a picture's credit, a page's skip links. None of it tells the story."""

from __future__ import annotations

import pytest

from tui.core.sentences import boilerplate_kind, split_sentences


def flagged(text: str) -> list[tuple[str, bool]]:
    return [(s.text, s.boilerplate) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A press office's contacts: name, office, place, then a telephone or an address.
        ("Dana Whitcombe Goddard Space Flight Center, Greenbelt, Md 301-286-0000", "release"),
        ("Lena Marsh Headquarters, Washington 202-555-0143 lena.marsh@agency.gov", "release"),
        ("Lena Marsh Headquarters 202-555-0143 lena marsh@agency gov", "release"),  # dots lost
        ("Press Office: +44 20 7946 0000, press@harbourne.gov.uk.", "release"),
        ("Tom Ellery, (202) 555-0175", "release"),
        ("Media contact: Jane Roe, jane.roe@example.org", "release"),
        # Its number and the mark that ends it.
        ("RELEASE: 23-117", "release"),
        ("Release No. 23-117", "release"),
        ("NEWS RELEASE #2023-045", "release"),
        ("###", "release"),
        ("- 30 -", "release"),
        ("-30-", "release"),
        ("-END-", "release"),
        ("FOR IMMEDIATE RELEASE", "release"),
        # A picture's and a caption's credit.
        ("ESA image created by Joan Ferrel, using data from the Sentinel-2 mission.", "credit"),
        ("NOAA map by Sam Ibarra.", "credit"),
        ("Caption by Ruth Okafor.", "credit"),
        ("Image courtesy of the National Park Service.", "credit"),
        # Links past a page's menus.
        ("Accessibility links", "navigation"),
        ("Skip to main content", "navigation"),
        ("Jump to navigation", "navigation"),
    ],
)
def test_the_chrome_of_releases_and_pages(line, kind):
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        # Figures and addresses inside running text.
        "Anyone with information should call police at 713-555-0199 if they saw the car.",
        "Call Crime Stoppers at 713-555-0199.",
        "The quake struck at 11:03 on 2011-07-22, the survey said.",
        "Readers wrote to jane.roe@example.org to complain, the editor said.",
        "Arsenal 3-1 Chelsea",
        # "Release" and the end of things in the story's words.
        "Release the hostages, the families demanded.",
        "The release of 30 prisoners is expected on Friday.",
        "Release 30 prisoners now",
        "Rescuers said the search would end on Friday.",
        # A picture in the story's words.
        "Images taken by Maxar show the damage along the coast.",
        "The photograph taken by Ruth Okafor went around the world.",
        "A NASA image taken by the Aqua satellite shows the eye of the storm.",
        # Skipping in the news.
        "Skip to the end: the vote passed.",
    ],
)
def test_figures_and_words_of_the_story_are_no_chrome(line):
    assert boilerplate_kind(line) is None
