"""A kind tried by parts (en.BOILERPLATE_PARTS) is told as by its whole pattern."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.lexicon import en
from tui.core.sentences import _BOILERPLATE_PATTERNS, _kind_pattern, _part_pattern, _pattern_kind

_WHOLE = re.compile(
    "|".join(
        f"(?P<{kind}>{pattern})" if kind == "byline" else f"(?P<{kind}>(?i:{pattern}))"
        for kind, pattern in _BOILERPLATE_PATTERNS.items()
    )
)
# Credits as they are written: what opens them, a lead, agencies or names, what closes them.
_OPENERS = ("", "(", "— ", " ", "- ")
_LEADS = (
    "",
    "With ",
    "with ",
    "WITH ",
    "With information from ",
    "Additional reporting from ",
    "Reporting by ",
    "Photo: ",
    "İmage ſource: ",
    "Translated from ",
    "Our standards: ",
    "Media caption, ",
)
_NAMES = (*en.NEWS_AGENCIES, *en.WIRES, "Jane Doe", "reuters", "The Agency")
_JOINS = (", ", " and ", " & ", "/", " / ", " ", ",")
_CLOSES = ("", ")", ".", " Photo/Jane Doe", " pool/", ":", " by Jane Doe", " from AFP", ", caption")


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(_OPENERS),
    st.sampled_from(_LEADS),
    st.sampled_from(_NAMES),
    st.lists(st.tuples(st.sampled_from(_JOINS), st.sampled_from(_NAMES)), max_size=2),
    st.sampled_from(_CLOSES),
)
def test_credit_by_parts_matches_as_the_whole_pattern(opener, lead, name, names, close):
    sentence = opener + lead + name + "".join(join + name for join, name in names) + close
    whole = _WHOLE.match(sentence)
    assert _pattern_kind(sentence) == (whole.lastgroup if whole else None)


def test_a_credit_opening_with_compiles_only_the_parts_that_may_open_so():
    _kind_pattern.cache_clear()
    _part_pattern.cache_clear()
    assert _pattern_kind("With AFP") == "credit"
    assert _kind_pattern.cache_info().misses == 0  # not the whole credit pattern
    assert _part_pattern.cache_info().misses == 2  # "with information…", then the agencies'


# Comment and tip prompts as pages print them, and sentences that open alike but are article text.
_PROMPTS = (
    "Leave a Comment",
    "leave a reply",
    "Post a comment",
    "Add a comment",
    "5 comments",
    "12 Comments",
    "Comments (3)",
    "comment",
    "Show comments",
    "View comments",
    "Join the conversation",
    "Cancel reply",
    "Your email address will not be published.",
    "Required fields are marked *",
    "This site uses Akismet to reduce spam.",
    "Learn how your comment data is processed.",
    "You must be logged in to post a comment.",
    "Log in to reply",
    "Be the first to comment",
    "No comments yet.",
    "Comments are closed.",
    "Comments have been turned off",
    "We'd love to hear from you!",
    "We want to hear from you",
    "Write to us in the Comments Section",
    "Tell us what you think",
    "Let us know what you think",
    "Have a news tip?",
    "Do you have a story for us?",
    "Email newsdesk@example.com",
    "Contact the newsroom at tips@example.org",
    "Send tips to tips@example.co.uk",
    "5 people died.",
    "Comments by the minister angered many.",
    "We met the mayor.",
    "Have a look at the map.",
    "Contact was lost at 5pm.",
    "Join the army",
)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_OPENERS), st.sampled_from(_PROMPTS), st.sampled_from(("", " ", ".", "!")))
def test_comments_by_parts_match_as_the_whole_pattern(opener, prompt, close):
    sentence = opener + prompt + close
    whole = _WHOLE.match(sentence)
    assert _pattern_kind(sentence) == (whole.lastgroup if whole else None)


def test_a_comment_prompt_compiles_only_the_part_that_may_open_so():
    _kind_pattern.cache_clear()
    _part_pattern.cache_clear()
    assert _pattern_kind("Leave a Comment") == "comments"
    assert _kind_pattern.cache_info().misses == 0  # not the whole comments pattern
    assert _part_pattern.cache_info().misses == 1
