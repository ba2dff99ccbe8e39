"""Sentence segmentation and boilerplate: the rules one by one, the seeds, and tiling properties."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.lexicon import compile_narrow, en
from tui.core.sentence_ends import MAX_SENTENCE_CHARS
from tui.core.sentences import (
    _BOILERPLATE_PATTERNS,
    _folded,
    _kind_pattern,
    _pattern_kind,
    boilerplate_kind,
    split_sentences,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def flagged(text: str) -> list[tuple[str, bool]]:
    return [(s.text, s.boilerplate) for s in split_sentences(text)]


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def assert_tiles(text: str) -> None:
    """Sentences cover the text in order; only whitespace lies between and around them."""
    sentences = split_sentences(text)
    position = 0
    for index, sentence in enumerate(sentences):
        assert sentence.id == index
        assert text[position : sentence.start].strip() == "", (position, sentence)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        position = sentence.end
    assert text[position:].strip() == ""
    paragraphs = [s.paragraph for s in sentences]
    assert paragraphs == sorted(paragraphs)
    assert all(b - a <= 1 for a, b in itertools.pairwise(paragraphs))


# --- Segmentation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. officials met. The U.N. said no.", ["U.S. officials met.", "The U.N. said no."]),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        (
            "Mr. Smith met Dr. Jones, Mrs. Lee and Gen. Milley.",
            ["Mr. Smith met Dr. Jones, Mrs. Lee and Gen. Milley."],
        ),
        ("It was Sept. 19 and Jan. 5 and Feb. 2.", ["It was Sept. 19 and Jan. 5 and Feb. 2."]),
        (
            "They met at 9 a.m. Monday and left at 5 p.m.",
            ["They met at 9 a.m. Monday and left at 5 p.m."],
        ),
        ("They met at 9 a.m. The talks lasted.", ["They met at 9 a.m.", "The talks lasted."]),
        # A bracketed figure after an abbreviation is an aside: the time in another zone.
        (
            "The blast, at around 3:40 a.m. (0040 GMT), shook the town.",
            ["The blast, at around 3:40 a.m. (0040 GMT), shook the town."],
        ),
        # After a clock time, a bracket with no stop of its own names the zone, a time zone
        # goes on; a bracketed sentence is one.
        (
            "As of the 2:00 p.m. (Central Daylight Time) advisory, Dolly had weakened.",
            ["As of the 2:00 p.m. (Central Daylight Time) advisory, Dolly had weakened."],
        ),
        ("They met at 3 p.m. EDT on Thursday.", ["They met at 3 p.m. EDT on Thursday."]),
        (
            "The polls close at 8 p.m. (Results are due by midnight.)",
            ["The polls close at 8 p.m.", "(Results are due by midnight.)"],
        ),
        (
            "He left the U.S. (The talks had failed.)",
            ["He left the U.S.", "(The talks had failed.)"],
        ),
        ("Rules, e.g. this one, and i.e. that one.", ["Rules, e.g. this one, and i.e. that one."]),
        ("Apples, pears, etc. and more.", ["Apples, pears, etc. and more."]),
        ("Apples, pears, etc. The shop closed.", ["Apples, pears, etc.", "The shop closed."]),
        (
            "Acme Inc. said so. Acme Co. and Acme Jr. agreed.",
            ["Acme Inc. said so.", "Acme Co. and Acme Jr. agreed."],
        ),
        ("He lives on Main St. The house is red.", ["He lives on Main St.", "The house is red."]),
        ("St. Louis is far.", ["St. Louis is far."]),
        (
            "Resolution No. 5 passed. No one objected.",
            ["Resolution No. 5 passed.", "No one objected."],
        ),
        ("Washington, D.C. is the capital.", ["Washington, D.C. is the capital."]),
        (
            "John F. Kennedy was president. He died in 1963.",
            ["John F. Kennedy was president.", "He died in 1963."],
        ),
        (
            "It rose 3.5 percent to 1,000 units. Then it fell.",
            ["It rose 3.5 percent to 1,000 units.", "Then it fell."],
        ),
        ("He paused... and then spoke.", ["He paused... and then spoke."]),
        ("He paused… and then spoke.", ["He paused… and then spoke."]),
        ("Then he left… Later, nothing.", ["Then he left…", "Later, nothing."]),
        (
            "Visit example.com or write to me@example.org now.",
            ["Visit example.com or write to me@example.org now."],
        ),
        (
            "See https://www.example.com/a.b?c=d. Thanks.",
            ["See https://www.example.com/a.b?c=d.", "Thanks."],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("What?! Really?!", ["What?!", "Really?!"]),
        ("The talks ended. . Nobody spoke.", ["The talks ended. . Nobody spoke."]),
    ],
)
def test_abbreviations_numbers_and_terminators(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The world expects us to manage our relationships responsibly,” Blinken said before meeting Han.",
            [
                "“The world expects us to manage our relationships responsibly,” Blinken said before meeting Han."
            ],
        ),
        ("“…responsibly.” He left.", ["“…responsibly.”", "He left."]),
        (
            "“Are you ready?” Blinken asked. “Yes!” she said.",
            ["“Are you ready?” Blinken asked.", "“Yes!” she said."],
        ),
        ('"Are you ready?" the minister asked.', ['"Are you ready?" the minister asked.']),
        ('He left. "We are ready," she said.', ["He left.", '"We are ready," she said.']),
        ("They met in Bali (Indonesia). He left.", ["They met in Bali (Indonesia).", "He left."]),
        (
            "It was “many difficulties.” “The world needs it,” he said.",
            ["It was “many difficulties.”", "“The world needs it,” he said."],
        ),
        ("He called it ‘a thaw.’ Nobody agreed.", ["He called it ‘a thaw.’", "Nobody agreed."]),
        (
            "« Nous sommes prêts. » Il est parti. Vraiment ? Oui !",
            ["« Nous sommes prêts. »", "Il est parti.", "Vraiment ?", "Oui !"],
        ),
        ("It ended (finally.) Then rain.", ["It ended (finally.)", "Then rain."]),
    ],
)
def test_quotes_and_brackets(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国外交部表示。双方同意加强合作！真的吗？是的。",
            ["中国外交部表示。", "双方同意加强合作！", "真的吗？", "是的。"],
        ),
        ("「行く。」と言った。", ["「行く。」", "と言った。"]),
        ("هل هذا صحيح؟ نعم. إنه صحيح.", ["هل هذا صحيح؟", "نعم.", "إنه صحيح."]),
        ("هل هذا صحيح؟نعم.", ["هل هذا صحيح؟", "نعم."]),
        ("यह सच है। वह चला गया।", ["यह सच है।", "वह चला गया।"]),
        ("\u200fمرحبا. \u200fكيف حالك؟", ["\u200fمرحبا.", "\u200fكيف حالك؟"]),
        ("שלום. מה שלומך?", ["שלום.", "מה שלומך?"]),
    ],
)
def test_other_scripts(text, expected):
    assert texts(text) == expected


def test_a_line_break_always_ends_a_sentence_and_counts_paragraphs():
    text = "Headline without a stop\nA sentence. Another one\n\n\nSubhead\r\nLast line."
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Headline without a stop", 0),
        ("A sentence.", 1),
        ("Another one", 1),
        ("Subhead", 2),
        ("Last line.", 3),
    ]


def test_bullet_lines_are_their_own_sentences():
    text = "Key points:\n- Han praises efforts\n• Talks continue\n* Nothing agreed\n1. First item\n2) Second item"
    assert texts(text) == [
        "Key points:",
        "- Han praises efforts",
        "• Talks continue",
        "* Nothing agreed",
        "1. First item",
        "2) Second item",
    ]


def test_a_leading_metadata_token_is_split_off_as_boilerplate():
    for prefix, opening in (
        ("000", "The United States Secretary"),
        ("004", "US Secretary of State"),
    ):
        first, second = split_sentences(seed(prefix))[:2]
        assert (first.text, first.boilerplate) == ("date 2023-09-19", True)
        assert second.text.startswith(opening) and not second.boilerplate
        assert first.paragraph == second.paragraph == 0


def test_a_lone_date_and_time_stay_one_timestamp():
    assert flagged("2023-09-19 04:55:59") == [("2023-09-19 04:55:59", True)]
    assert flagged("published: 2023-09-19T10:00Z Talks resumed.") == [
        ("published: 2023-09-19T10:00Z", True),
        ("Talks resumed.", False),
    ]


def test_a_sentence_without_a_terminator_is_cut_at_a_space_below_the_cap():
    text = "word " * 1000 + "end."
    sentences = split_sentences(text)
    assert len(sentences) == 3
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith(("word", "end.")) for s in sentences)
    assert_tiles(text)


def test_a_run_without_any_space_is_cut_at_the_cap():
    text = "x" * (MAX_SENTENCE_CHARS * 2 + 10)
    assert [len(t) for t in texts(text)] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]


@pytest.mark.parametrize(
    "text",
    [
        "word " * 210_000,  # 1 MB, no punctuation
        ". " * 525_000,  # 1 MB of dots and spaces
        "." * 1_050_000,  # a million dots in one run
        "a." * 525_000,  # dots with no space after
        "U.S. " * 210_000,  # a candidate at every full stop
    ],
    ids=["words", "dot-space", "dot-run", "a-dot", "initials"],
)
def test_one_megabyte_lines_segment_and_tile(text):
    sentences = split_sentences(text)
    assert sentences
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert_tiles(text)


def test_empty_and_blank_texts_have_no_sentences():
    assert split_sentences("") == ()
    assert split_sentences(" \n\t\n\u3000 \u2028") == ()


# --- Boilerplate ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Home » today » News » Antony Blinken meets Han", "navigation"),
        ("News › World › Asia › Blinken meets Han", "navigation"),
        ("By Humera Pamuk and Michael Martina", "byline"),
        ("By John Smith, Reuters", "byline"),
        ("(Reporting by Humera Pamuk and Michael Martina)", "credit"),
        ("(Reporting by Humera Pamuk; Editing by Don Durfee)", "credit"),
        ("Editing by Alex Richardson", "credit"),
        ("Additional reporting by Michael Martina in Washington", "credit"),
        ("(With information from the EFE Agency)", "credit"),
        ("With AFP", "credit"),
        ("With Reuters and AP", "credit"),
        ("(AFP)", "credit"),
        ("Photo: Reuters/Jane Doe", "credit"),
        ("Image source, Getty Images", "credit"),
        ("More Stories", "related"),
        ("Related:", "related"),
        ("Related: Blinken meets Wang in Malta", "related"),
        ("READ MORE", "related"),
        ("Read more: Blinken meets Wang", "related"),
        ("#United #StatesChina #relations #highranking #meeting #York", "hashtags"),
        ("Leave a Comment", "comments"),
        ("This site uses Akismet to reduce spam.", "comments"),
        ("Learn how your comment data is processed.", "comments"),
        ("Your email address will not be published.", "comments"),
        ("2023-09-19 04:55:59", "timestamp"),
        ("Published on September 19, 2023 at 6:55 a.m.", "timestamp"),
        ("Updated: 19 Sept 2023 10:00 BST", "timestamp"),
        ("Tuesday, 19 September 2023", "timestamp"),
        # Every zone of the lexicon's list: CST and AEST were missing from this one.
        ("Sept. 19, 2023 10:00 CST", "timestamp"),
        ("Tuesday 19 September 2023, 8:00 AEST", "timestamp"),
        ("Share this article", "share"),
        ("Subscribe to our newsletter", "share"),
        ("Sign up for our daily newsletter", "share"),
        ("Follow us on Twitter", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("© 2023 AFP", "copyright"),
        ("Copyright 2023 Reuters. All rights reserved.", "copyright"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Tags: China, United States", "tags"),
        ("By Jane Doe | Reuters | 19 Sep 2023", "byline"),
        ("Associated Press writer Jane Doe contributed to this report.", "credit"),
        ("-- With assistance from Jane Doe.", "credit"),
        ("Updated 3 hours ago", "timestamp"),
        ("Listen to this article", "share"),
        ("5 min read", "share"),
        ("Skip to main content", "navigation"),
        ("Next article", "navigation"),
        # Other genres' chrome, written here rather than taken from any page: a sports site, a
        # business wire, a local paper.
        ("Sign up for our newsletter", "share"),
        ("Click here to subscribe", "share"),
        ("ADVERTISEMENT", "advertisement"),
        ("Read more:", "related"),
        ("© 2024 Gannett Co., Inc.", "copyright"),
        ("Updated 3 hours ago.", "timestamp"),
        ("For the full fixture list, click here.", "share"),
        ("Get the latest scores delivered to your inbox.", "share"),
        ("Email this story", "share"),
        ("Most Viewed", "related"),
        ("WATCH: Highlights of the cup final", "related"),
        ("Back to top", "navigation"),
        ("Privacy Policy", "navigation"),
        ("Terms of Use", "navigation"),
        ("Contact us", "navigation"),
        ("FOR IMMEDIATE RELEASE", "release"),
        ("Media contact:", "release"),
        ("FILE PHOTO: A trader works on the floor of the New York Stock Exchange.", "credit"),
        ("(AP Photo/Jane Doe)", "credit"),
        ("March 3, 2024 | Sports", "timestamp"),
    ],
)
def test_boilerplate_kinds(sentence, kind):
    assert boilerplate_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Antony Blinken and Chinese Vice President Meet at UN Summit",
        "Towards a Biden-Xi meeting?",
        "Discussions on security in the Asia-Pacific",
        "By Monday the talks had resumed.",
        "With Xi absent, the summit was subdued.",
        "Share prices rose 5% on the news.",
        "Related talks failed in May.",
        "Reuters reported the talks on Monday.",
        "The 2023-09-19 meeting was brief.",
        "Updated figures show growth.",
        "2022",
        "NEW YORK (Reuters) – U.S. Secretary of State Anthony Blinken met Han Zheng.",
        "By Monday – the deadline had passed.",
        "Search teams found nothing.",
        "Next steps are unclear.",
        "Scam emails urge victims to click here and enter their passwords.",
        "Privacy policy changes angered users.",
        "Watch-list companies must report every sale.",
    ],
)
def test_article_text_is_not_boilerplate(sentence):
    assert boilerplate_kind(sentence) is None


# Page chrome by kind, as a careful reader tells it on any site. Each kind has its near misses:
# news prose that shares its words and must stay article text.
CHROME = {
    # The page talking about itself (its address, security, browser, cookies), not the news.
    "site": (
        [
            "An official website of the United States government",
            "An official website of the State of Ohio Here’s how you know",
            "Here's how you know",
            "Official websites use .gov",
            "Official websites use .mil",
            "A .gov website belongs to an official government organization in the United States.",
            "Secure .mil websites use HTTPS",
            "A lock ( ) or https:// means you’ve safely connected to the .gov website.",
            "Share sensitive information only on official, secure websites.",
            "Your browser doesn’t support HTML5",
            "Your browser does not support the video tag.",
            "Please enable JavaScript to view the comments.",
            "We use cookies to improve your experience on our site.",
            "Accept all cookies",
            "Retrieved from “https://en.wikinews.org/w/index.php?title=Fire&oldid=42”",
            "https://www.example.com/sport/2024/05/cup-final",
        ],
        [
            "The website was taken offline after the attack.",
            "An official website of the ministry published the list of names.",
            "Official websites used by the ministry were hacked in March.",
            "Your browser history can be seized, the court ruled.",
            "“We use cookies to sell ads,” the company said.",
            "We use cookies to personalise ads, but we never sell data.",  # an interview's answer
            "Retrieved from the wreckage, the flight recorder was sent to Paris.",
            "Share sensitive documents with the committee, the judge ordered.",
            "A lock on the gate was broken, police said.",
        ],
    ),
    # A press release's stage directions: who it is attributable to, its release line, contacts.
    "release": (
        [
            "The following is attributable to Spokesperson Jane Doe:",
            "The below is attributable to the Press Secretary:",
            "The following is a statement from the Governor on the storm:",
            "The following statement was released by the governments of Japan and Australia:",
            "For Immediate Release",
            "Press contacts:",
        ],
        [
            "Officials said the statement was attributable to a clerical error.",
            "The delay was attributable to bad weather, the airline said.",
            "The following day, the talks resumed.",
            "The following is attributable to bad weather.",
            "Here is what he said:",
            "For immediate release of the hostages, the group demanded a ransom.",
        ],
    ),
    # A learners' glossary: its heading and its "word – part of speech. definition" entries.
    "glossary": (
        [
            "Words in This Story",
            "Glossary",
            "magnitude – n. the size or importance of something",
            "according – adv. as stated by or in",
            "swaying – v. moving or causing to move back and forth",
            "get along – phrasal verb. to be friendly with someone",
            "penalty shootout - noun: a way to decide a drawn match",
        ],
        [
            "Roe v. Wade was overturned in 2022.",
            "The magnitude – about 7.1 – surprised scientists.",
            "Smith – now 62 – spoke to reporters.",
            "Words in this story were changed after a complaint.",
        ],
    ),
    # A broadcaster signing off by name: the voice of the page, not a fact of the story.
    "signoff": (
        ["I'm George Grow.", "I’m Anna Matteo.", "And I'm Jane Doe."],
        [
            "I'm not sure, he said.",
            "“I'm George Grow,” he said.",
            "I'm OK.",
            "I’m still here.",
        ],
    ),
    # Who made the story, said at its end.
    "credit": (
        [
            "VOA News reported on this story.",
            "Jim Dresbach adapted the story for Learning English.",
            "Additional information came from CNN and NBC News.",
            "Kathleen Struck was the editor.",
            "Jane Doe and John Roe wrote this story.",
            "VOA's Greg Flakus has more from Houston.",
            "NPR's Jane Doe has the story.",
            "Correspondent John Roe has this report from Kyiv.",
            "Jane Doe reports from Kyiv.",
            "Secretary Blinken poses for a photo with President Xi Jinping.",
            "The mayor poses for a group photo with the winning team.",
        ],
        [
            "Reuters reported the story first.",
            "The Post reported on this story in 2019.",
            "Her father was the editor.",
            "China has more.",
            "Smith has more than 20 years of experience.",
            "Jones reports from the front line every week.",
            "The agency has details of the plan.",
            "At the time, Smith was the editor of the paper.",
            "The information came from a whistleblower.",
            "The leaders will pose for a photo before the talks.",
            "He posed for photographs with fans after the match.",
        ],
    ),
    # Prompts to comment, and a comment box's empty state.
    "comments": (
        [
            "No comments:",
            "No comments yet.",
            "Comments are closed.",
            "We want to hear from you.",
            "We’d love to hear from you!",
            "Write to us in the Comments Section.",
            "Let us know what you think in the comments.",
        ],
        [
            "No comment.",
            "No comments were made by officials.",
            "“We want to hear from you,” the mayor told residents.",
            "We want to hear from you, the mayor told residents at a town hall.",
            "Comments are welcome until June 1, the agency said.",
        ],
    ),
    # A line that is only a date or a time, or one with the section it was filed under.
    "timestamp": (
        [
            "10/26/2023 11:52 PM EDT",
            "Friday, October 27, 2023",
            "OCTOBER 27, 2023",
            "Oct 31, 2023 | In The News",
            "Local News | 14 May 2024",
        ],
        [
            "WASHINGTON, Oct. 27 (Reuters) -",
            "WASHINGTON, Oct. 27 (Reuters) - Secretary of State Antony Blinken met Wang Yi.",
            "Oct 31, 2023 | Biden and Xi agree to resume military talks after a year",
            "The vote is on Friday, October 27, 2023.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [(kind, s) for kind, (chrome, _) in CHROME.items() for s in chrome],
)
def test_page_chrome_kinds(kind, sentence):
    assert boilerplate_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [s for _, near_misses in CHROME.values() for s in near_misses])
def test_page_chrome_near_misses_are_article_text(sentence):
    assert boilerplate_kind(sentence) is None


def _made_up_boilerplate() -> list[str]:
    """Every run of up to six of a pattern's own words, with each ending, written plainly and
    once more in any case (ſ and ı too), after and between the punctuation and spacing
    boilerplate comes with: many match a kind, others nearly do."""
    rng = random.Random(0)
    cases = (str.lower, str.upper, str.title, lambda w: w.replace("s", "ſ").replace("i", "ı"))
    leads = ("", "(", " ", "-- ", "— ", "( ", "#", "5 ", "a ", "With ", "©", "(c) ")
    leads += ("5:30 ", "2023-09-19 ")  # figures that are no number of their own
    gaps = (": ", ", ", " | ", "\xa0", "  ", "\t", " » ", "/", "", "-", "… ")
    ends = ("", ".", ")", " 2023", " John Smith", " AFP", " ago", ",", ":", " »", "/")
    made = []
    for pattern in _BOILERPLATE_PATTERNS.values():
        words = re.findall(r"[A-Za-z’'©#-]+", pattern)
        for start, length, end in itertools.product(range(len(words)), range(1, 7), ends):
            run = words[start : start + length]
            made.append(" ".join(run) + end)
            odd = rng.choice(gaps).join(rng.choice(cases)(w) for w in run)
            made.append(rng.choice(leads) + odd + end)
    return made


def test_sentences_are_tried_only_against_the_kinds_they_open_as():
    # The patterns as one alternation, tried in order: what skipping the kinds a sentence does
    # not open as must never change.
    alternation = re.compile(
        "|".join(
            f"(?P<{kind}>{pattern})" if kind == "byline" else f"(?P<{kind}>(?i:{pattern}))"
            for kind, pattern in _BOILERPLATE_PATTERNS.items()
        )
    )
    seed_lines = [
        line
        for path in SEEDS.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    sentences = seed_lines + _made_up_boilerplate()
    kinds = [m.lastgroup if (m := alternation.match(s)) else None for s in sentences]
    assert set(kinds) == {None, *_BOILERPLATE_PATTERNS}  # every kind was tried
    assert [_pattern_kind(s) for s in sentences] == kinds


def test_a_date_line_is_tried_against_no_kind_a_number_opens():
    # "5 comments", "5 min read": a figure opens those kinds as a word of its own.
    _kind_pattern.cache_clear()
    assert _pattern_kind("2023-09-19 04:55:59") is None
    assert _kind_pattern.cache_info().misses == 0  # no pattern compiled to try it
    assert _pattern_kind("5 comments") == "comments"


def test_a_copyright_notice_takes_the_rest_of_its_paragraph():
    text = (
        "The talks ended.\n"
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be "
        "published without permission of the agency."
    )
    assert [b for _, b in flagged(text)] == [False, True, True, True]


def test_headline_like_lines_after_a_related_heading_are_links_until_prose_resumes():
    text = (
        "Talks ended without a deal on Monday.\n"
        "Related stories\n"
        "What is early voting?\n"
        "King Charles visits India – 10/30/2024 – Celebrities\n"
        "The talks will resume next week, officials said.\n"
        "A closing line without a stop"
    )
    assert [b for _, b in flagged(text)] == [False, True, True, True, False, False]


PROSE_BEFORE = "The minister met her counterpart in Geneva on Monday to discuss the grain deal."
PROSE_AFTER = "She said the two sides had agreed to meet again before the end of the month."


def test_an_inserted_related_headline_between_paragraphs_is_boilerplate():
    link = "Fishermen protest as new quotas threaten coastal villages in the north"
    text = f"{PROSE_BEFORE}\n{link}\n{PROSE_AFTER}"
    assert flagged(text) == [(PROSE_BEFORE, False), (link, True), (PROSE_AFTER, False)]


@pytest.mark.parametrize(
    "subhead",
    [
        "A second meeting before the end of the month",  # long, but opens the next paragraph
        "Grain deal in doubt",  # short: a subhead
        "Will the two sides meet again before the deadline expires next week?",  # a question
    ],
)
def test_a_subhead_is_not_an_inserted_headline(subhead):
    text = f"{PROSE_BEFORE}\n{subhead}\n{PROSE_AFTER}"
    assert not any(b for _, b in flagged(text))


def test_the_first_line_headline_is_article_text():
    text = f"Fishermen protest as new quotas threaten coastal villages in the north\n{PROSE_BEFORE}\n{PROSE_AFTER}"
    assert not any(b for _, b in flagged(text))


def test_a_label_goes_with_the_chrome_it_introduces_on_its_line():
    assert flagged("Alert! Road closures this weekendClick Here") == [
        ("Alert!", True),
        ("Road closures this weekendClick Here", True),
    ]
    # Beside article text a short exclamation is the writer's.
    assert flagged("Goal! The striker scored in the last minute.") == [
        ("Goal!", False),
        ("The striker scored in the last minute.", False),
    ]


def test_a_glossary_entry_takes_its_definition_with_it():
    assert flagged("Kremlin – n. The Russian government") == [
        ("Kremlin – n.", True),
        ("The Russian government", True),
    ]


def test_a_line_printed_twice_within_the_story_is_an_image_caption():
    caption = "Rescue crews search the rubble in Kenai"
    text = f"{PROSE_BEFORE}\n{caption}\n{caption}\n{PROSE_AFTER}"
    assert [b for _, b in flagged(text)] == [False, True, True, False]


def test_a_headline_printed_twice_above_the_story_is_article_text():
    headline = "Fishermen protest new quotas"
    text = f"{headline}\n{headline}\n{PROSE_BEFORE}\n{PROSE_AFTER}"
    assert not any(b for _, b in flagged(text))


def test_an_office_or_publisher_name_above_or_below_the_story_is_chrome():
    text = (
        "Minister Meets Counterpart in Geneva\n"
        "Office of the Spokesperson\n"
        f"{PROSE_BEFORE}\n"
        "Ministry of Foreign Affairs\n"  # inside the story: a subhead, the writer's
        f"{PROSE_AFTER}\n"
        "Press Office\n"
        "The Lessons of 1989: Freedom and Our Future"  # the footer's link, after the name
    )
    assert [b for _, b in flagged(text)] == [False, True, False, False, False, True, True]


def test_a_name_as_headline_and_a_deck_above_the_story_are_article_text():
    text = f"Voice of America\nTalks Focus on Grain and Shipping\n{PROSE_BEFORE}\n{PROSE_AFTER}"
    assert not any(b for _, b in flagged(text))


def test_the_last_paragraph_is_article_text_without_a_footer_notice():
    text = f"{PROSE_BEFORE}\n{PROSE_AFTER}\nA closing line without a stop"
    assert not any(b for _, b in flagged(text))


# --- The seeds ------------------------------------------------------------------------------


def test_seed_sentence_counts():
    counts = {
        path.name[:3]: len(split_sentences(path.read_text(encoding="utf-8")))
        for path in sorted(SEEDS.glob("*.txt"))
    }
    assert counts == {"000": 16, "001": 18, "002": 12, "003": 31, "004": 23}


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", ["date 2023-09-19", "(With information from the EFE Agency)"]),
        (
            "001",
            [
                "By Humera Pamuk and Michael Martina",
                "(Reporting by Humera Pamuk and Michael Martina)",
                "More Stories",
                "What is early voting about voting on November 5th?",
                "King Charles visits health center in India – 10/30/2024 – Celebrities",
                "Pending home sales in the U.S. have risen for more than four years",
            ],
        ),
        ("002", []),
        (
            "003",
            [
                "Home » today » News » Antony Blinken and Chinese Vice President Meet at UN Summit"
                " to Sustain Dialogue Amidst Disagreements",
                "Published on September 19, 2023 at 6:55 a.m.",
                "Updated on September 19, 2023 at 6:56 a.m.",
                "With AFP",
                "2023-09-19 04:55:59",
                "#United #StatesChina #relations #highranking #meeting #York",
                "Leave a Comment",
                "This site uses Akismet to reduce spam.",
                "Learn how your comment data is processed.",
            ],
        ),
        (
            "004",
            [
                "date 2023-09-19",
                "Biden to meet Pacific Island nations as US-China attention stays high",
                "US-China ties seen ‘warming up again in stages’ as top officials meet",
                "US to revamp its aerospace forces as it faces China threat",
                "Republicans split over Biden’s plan to restrict US investment in Chinese firms",
            ],
        ),
    ],
)
def test_seed_boilerplate_is_exactly_these_sentences(prefix, expected):
    assert [t for t, b in flagged(seed(prefix)) if b] == expected


@pytest.mark.parametrize(
    ("prefix", "sentence"),
    [
        (
            "001",
            "“The world expects us to manage our relationships responsibly,” Blinken said before meeting Han.",
        ),
        ("001", "“America is committed to this.”"),
        ("000", "Biden and Xi last met in 2022, during the G20 summit in Bali (Indonesia)."),
        (
            "003",
            "Antony Blinken and Chinese Vice President Meet at UN Summit to Sustain Dialogue Amidst Disagreements",
        ),
        ("003", "Discussions on security in the Asia-Pacific"),
        ("003", "Towards a Biden-Xi meeting?"),
        (
            "003",
            "China and Russia have “similar” positions on the United States and Ukraine, according to Moscow",
        ),
        (
            "003",
            "For his part, the Chinese vice-president noted that the world’s two leading economic powers were facing “many difficulties and challenges.”",
        ),
        (
            "004",
            "- Han praises bilateral efforts aimed at ‘stepping up engagement’ and ‘working together’",
        ),
        ("004", "- US side says to expect ‘follow-on senior engagements in the coming weeks’"),
    ],
)
def test_seed_article_sentences(prefix, sentence):
    assert (sentence, False) in flagged(seed(prefix))


def test_seed_stray_full_stop_stays_with_its_sentence():
    assert texts(seed("001"))[1].endswith("to stabilize their troubled relationship. .")


def test_seeds_tile():
    for path in SEEDS.glob("*.txt"):
        assert_tiles(path.read_text(encoding="utf-8"))


# --- Properties -----------------------------------------------------------------------------

PIECES = [
    "The U.S. Secretary of State met Han",
    "“We are ready,” he said",
    "Mr. Blinken",
    "3.5 percent",
    "in Bali (Indonesia)",
    "example.com",
    "No. 5",
    "中国外交部表示",
    "هل هذا صحيح",
    "- bullet",
    "date 2023-09-19",
    "Home » News »",
    "#tag",
    "By Jane Doe",
    "a.m.",
    "etc.",
]
PUNCTUATION = [
    ".",
    "!",
    "?",
    "…",
    "...",
    "。",
    "？",
    "؟",
    "।",
    "”",
    "“",
    "’",
    "‘",
    '"',
    "'",
    "«",
    "»",
    "(",
    ")",
    ",",
    ":",
    " .",
]
WHITESPACE = [
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "\u00a0",
    "\u3000",
    "\u2028",
    "\x0c",
    "\u200f",
    " \n ",
]

pieces = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(PUNCTUATION), st.sampled_from(WHITESPACE)),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(pieces)
def test_sentences_tile_text_built_from_news_pieces(text):
    assert_tiles(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_sentences_tile_arbitrary_text(text):
    assert_tiles(text)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(["word", " ", ".", "\n", "“", "”"]), min_size=1, max_size=40),
    st.integers(50, 120),
)
def test_sentences_tile_long_repetitive_text(unit, repeat):
    assert_tiles("".join(unit) * repeat)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A byline giving the writer's role or desk after the name.
        ("By Priya Anand, Arts correspondent", "byline"),
        ("By Tom Ashby, NBS Sport at Brackenford Arena", "byline"),
        # A page's outlet and section, set apart by "|" or "·", and a note on its translation.
        ("NBS News | Business", "navigation"),
        ("Velikovo Vestnik | English edition", "navigation"),
        ("Balkan Info · Europe · Translated from the French edition", "navigation"),
        ("Sportkurier International · This article was translated from German.", "navigation"),
        ("Machine-assisted translation from Russian", "credit"),
        ("Photo caption: Karivka fans celebrate in Market Square.", "credit"),
        # The newsroom asking for tips.
        ("Have a news tip?", "comments"),
        ("Do you have a story for us?", "comments"),
        ("Contact the newsroom at tips@ashgroveledger.com", "comments"),
        ("Email newsdesk@larkhavengazette.co.uk", "comments"),
    ],
)
def test_page_chrome_of_news_sites(line, kind):
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the toll had risen to 12.",
        "By Tuesday, the toll had doubled.",
        "By midday, rescuers had found three more bodies.",
        "Wildfire forces thousands from homes | DPB News",  # a headline is longer than a label
        "The email to tips@example.com was sent on Monday, police said, and it named a suspect.",
        "He was translated from obscurity to fame, his publisher said.",
    ],
)
def test_news_that_looks_like_chrome_is_news(line):
    assert boilerplate_kind(line) is None


def test_a_masthead_and_a_section_word_above_the_headline_are_chrome():
    page = (
        "The Brackenford Courier\n\nSPORT\n\nKarivka lift the Continental Shield\n\n"
        "Dynamo Karivka won the final on penalties on Wednesday night.\n"
    )
    assert flagged(page) == [
        ("The Brackenford Courier", True),
        ("SPORT", True),
        ("Karivka lift the Continental Shield", False),
        ("Dynamo Karivka won the final on penalties on Wednesday night.", False),
    ]
    # A title-case headline ending in a paper's head word heads the story it stands over.
    assert flagged("Storm Brings Good News\n\nThe rain ended the drought on Monday.\n")[0] == (
        "Storm Brings Good News",
        False,
    )


def test_a_long_line_cut_inside_a_run_of_spaces_starts_its_next_piece_at_a_word():
    # The cap falls inside six spaces: the window's last space run goes on past it, and the
    # piece after the cut must still start at the next word, not on a space.
    assert_tiles(("wordwordwordword" + " " * 6) * 92)


NOTICES = {
    "copyright": (
        en.COPYRIGHT_ANYWHERE,
        en.COPYRIGHT_WORDS,
        ["All rights reserved", "©2024", "© 2024", "may not be rewritten or redistributed"
         " without permission"],
    ),
    "credit": (
        en.CREDIT_ANYWHERE,
        en.CREDIT_WORDS,
        ["contributed to this report", "contributed reporting to this story"],
    ),
    "glossary": (
        en.GLOSSARY_ENTRY,
        en.GLOSSARY_DASHES,
        ["magnitude – n.", "ebb — v.", "low ebb - phrase:"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("kind", NOTICES)
def test_notices_are_searched_only_in_sentences_holding_their_words(kind):
    # Each notice is searched for only in a sentence holding one of its words: every sentence
    # its pattern finds, in any case (ſ and ı too), must hold one.
    pattern, words, notices = NOTICES[kind]
    search = compile_narrow(pattern if kind == "glossary" else f"(?i:{pattern})").search
    cases = (str.lower, str.upper, str.title, lambda w: w.replace("s", "ſ").replace("i", "ı"))
    found = [
        sentence
        for notice, case in itertools.product(notices, cases)
        for sentence in (case(notice), f"Text {case(notice)} here.")
        if search(sentence)
    ]
    assert len(found) >= 2 * len(notices)
    for sentence in found:
        held = sentence if kind == "glossary" else _folded(sentence)
        assert any(word in held for word in words), sentence
        assert boilerplate_kind(sentence) == kind, sentence
