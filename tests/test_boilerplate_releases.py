"""The chrome of the sources journalists compare with coverage: a press release's contacts,
number and end mark, a picture's credit, a page's skip links, a weather bulletin's codes and
heading, and a foreign mirror's lines in another script. None of it tells the story."""

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
        # A bulletin's machine lines.
        ("WTUS82 KMFL 091500", "bulletin"),
        ("WFUS54 KOUN 202301 CCA", "bulletin"),
        ("FLZ063>066-168-100300-", "bulletin"),
        ("OKC017-027-202345-", "bulletin"),
        ("/O.NEW.KMFL.HU.W.1011.170909T1500Z-000000T0000Z/", "bulletin"),
        ("/00000.0.ER.000000T0000Z.000000T0000Z.000000T0000Z.OO/", "bulletin"),
        ("URGENT - IMMEDIATE BROADCAST REQUESTED", "bulletin"),
        ("BULLETIN - EAS ACTIVATION REQUESTED", "bulletin"),
        ("...NEW INFORMATION...", "bulletin"),
        ("...Areas Affected...", "bulletin"),
    ],
)
def test_the_chrome_of_releases_and_bulletins(line, kind):
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
        # Headlines between ellipses, and skipping in the news.
        "...HURRICANE WARNING NOW IN EFFECT UNTIL 10 PM CDT THURSDAY...",
        "Skip to the end: the vote passed.",
    ],
)
def test_figures_and_words_of_the_story_are_no_chrome(line):
    assert boilerplate_kind(line) is None


BULLETIN = (
    "WTUS82 KMFL 091500\n"
    "HLSMIA\n\n"
    "URGENT - IMMEDIATE BROADCAST REQUESTED\n"
    "HURRICANE ORLA LOCAL STATEMENT\n"
    "NATIONAL WEATHER SERVICE MIAMI FL\n"
    "1100 AM EDT SAT SEP 9 2017\n\n"
    "...ORLA BRINGS HURRICANE CONDITIONS TO THE KEYS...\n\n"
    "AT 11 AM EDT THE CENTER OF ORLA WAS LOCATED 60 MILES SOUTH OF KEY WEST.\n\n"
    "FLZ063>066-100300-\n"
    "/O.CON.KMFL.HU.W.1011.000000T0000Z-000000T0000Z/\n"
    "MONROE UPPER KEYS-MONROE MIDDLE KEYS-\n"
    "MONROE LOWER KEYS-\n"
    "1100 AM EDT SAT SEP 9 2017\n\n"
    "...NEW INFORMATION...\n\n"
    "ORLA IS MOVING WEST AT 12 MPH.\n"
)


def test_a_bulletins_heading_runs_from_its_code_to_its_time_of_issue():
    assert flagged(BULLETIN) == [
        ("WTUS82 KMFL 091500", True),
        ("HLSMIA", True),
        ("URGENT - IMMEDIATE BROADCAST REQUESTED", True),
        ("HURRICANE ORLA LOCAL STATEMENT", True),
        ("NATIONAL WEATHER SERVICE MIAMI FL", True),
        ("1100 AM EDT SAT SEP 9 2017", True),
        ("...ORLA BRINGS HURRICANE CONDITIONS TO THE KEYS...", False),
        ("AT 11 AM EDT THE CENTER OF ORLA WAS LOCATED 60 MILES SOUTH OF KEY WEST.", False),
        ("FLZ063>066-100300-", True),
        ("/O.CON.KMFL.HU.W.1011.000000T0000Z-000000T0000Z/", True),
        ("MONROE UPPER KEYS-MONROE MIDDLE KEYS-", True),
        ("MONROE LOWER KEYS-", True),
        ("1100 AM EDT SAT SEP 9 2017", True),
        ("...NEW INFORMATION...", True),
        ("ORLA IS MOVING WEST AT 12 MPH.", False),
    ]


def test_capital_headlines_without_a_bulletins_code_are_article_text():
    # The same lines with no code over them are a story's headline and deck.
    story = BULLETIN.split("\n", 2)[2]
    assert flagged(story)[1:3] == [
        ("HURRICANE ORLA LOCAL STATEMENT", False),
        ("NATIONAL WEATHER SERVICE MIAMI FL", False),
    ]
    # A code with no time of issue after it heads no block.
    untimed = "WTUS82 KMFL 091500\nHURRICANE ORLA LOCAL STATEMENT\n\nORLA NEARS THE KEYS.\n"
    assert flagged(untimed)[1] == ("HURRICANE ORLA LOCAL STATEMENT", False)


ENGLISH = (
    "The shuttle landed at dawn on Thursday, ending a program that began in 1981. "
    "Thousands of people watched from the coast as it came in from the southwest.\n\n"
    "The commander thanked the crew and the engineers who had worked on the program for "
    "three decades, and said the agency would keep exploring.\n"
)


def test_lines_in_another_script_in_an_english_article_are_chrome():
    page = (
        "English 日本語 中文網 漫畫網\n"
        "當前位置: Learning > News\n"
        "Shuttle era ends\n\n" + ENGLISH + "関連記事 Related\n"
    )
    assert [flag for _, flag in flagged(page)] == [True, True, False, False, False, False, True]


def test_another_script_inside_an_english_sentence_or_a_gloss_is_article_text():
    text = (
        "Godzilla Minus One (ゴジラ-1.0) wins an Oscar\n\n" + ENGLISH + "Xi Jinping, or 习近平 "
        "in Chinese, told the visitors that the two countries should cooperate.\n"
    )
    assert not any(flag for _, flag in flagged(text))


def test_an_article_in_another_script_or_in_two_keeps_its_lines():
    chinese = (
        "航天飞机时代结束\n\n亚特兰蒂斯号航天飞机周四黎明降落,结束了始于1981年的计划。"
        "数千人在海岸观看。\n\nNASA 发言人说,机组人员状态良好。\n"
    )
    assert not any(flag for _, flag in flagged(chinese))
    # A learners' page: each paragraph, then its translation.
    bilingual = ENGLISH + (
        "航天飞机周四黎明降落,结束了始于1981年的计划。数千人在海岸观看它从西南方向飞来。\n\n"
        "指令长感谢了机组人员和三十年来为该计划工作的工程师,并说该机构将继续探索。\n"
    )
    assert not any(flag for _, flag in flagged(bilingual))
