"""Sentences that tell no fact of the story, however many of its words they share: a question
the story asks, and a definition of a class of things."""

from __future__ import annotations

import re

from tui.core.normalise import content_terms, tokens


def asks(text: str, quoted: bool) -> bool:
    """Whether a sentence is a question the story asks ("Why did the Social Alliance lose?", a
    subheading). A quoted question is someone's words, which may be news."""
    return text.rstrip().endswith("?") and not quoted


def defines(text: str) -> bool:
    """Whether a sentence says what a class of things is called: "an earthquake with a 7.1
    magnitude is considered a major earthquake", "a hurricane of category 3 or more is classified
    as a major hurricane". That is background a reporter explains, not what happened, so it tells
    none of the facts the sentences reporting the event tell, though it shares their figure
    and their nouns. Read narrowly: the subject opens with "a"/"an" and the class names its
    noun again, so "a man is considered a suspect" (one man: news) is no definition."""
    if _CLASSING_VERB.search(text) is None:
        return False
    found = _DEFINITION.match(text)
    if found is None:
        return False
    subject, named = (_stems(found.group(group)) for group in ("subject", "class"))
    return not subject.isdisjoint(named)


def _stems(phrase: str) -> set[str]:
    return {term for term, _, _ in content_terms(tokens(phrase))}


_CLASSING = r"(?:considered|classified|defined|termed|called|regarded|deemed|known)"
_CLASSING_VERB = re.compile(rf"\b(?:is|are)\s+(?:\w+ly\s+)?{_CLASSING}\b", re.IGNORECASE)
# After an attribution or an opening phrase set off by a comma ("According to the USGS, …").
_DEFINITION = re.compile(
    rf"(?:[^,]*,\s+)?an?\s+(?P<subject>[^,;]*?)\s+(?:is|are)\s+(?:\w+ly\s+)?{_CLASSING}"
    r"(?:\s+as)?\s+(?P<class>[^,;.]*)",
    re.IGNORECASE,
)
