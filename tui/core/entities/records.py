"""The records scanning makes: word tokens and the mentions found, before any merging.

Annotations are evaluated, not postponed: `typing.NamedTuple` would compile each field's
postponed one (a string) on its own at every start.
"""

from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from tui.core.entities.patterns import (
    CONNECTORS,
)
from tui.core.lexicon.en import (
    ARTICLE_PREFIXES,
    FUNCTION_WORDS,
    TITLES,
)
from tui.core.model import Mention


class Token(NamedTuple):
    start: int
    end: int
    joined: bool  # one space after the word before it: the two can be one name
    text: str
    lower: str
    capitalised: bool
    all_caps: bool  # "US", "U.S.", "NEW": two or more letters, all upper case
    title: bool  # "President", "spokesman", "Vice-President"
    continues: bool  # can carry a run on: "Since" or "And" start a new sentence or headline part
    connector: bool  # "of", "da": joins two name words


def new_record(cls: type) -> Callable:
    """Builds a NamedTuple from one tuple of its fields, skipping its Python-level __new__:
    the scan makes tens of thousands of tokens and mentions."""
    return partial(tuple.__new__, cls)


@lru_cache(maxsize=16384)
def _shape(text: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """The Token fields that depend only on the word: words repeat, so they are cached."""
    lower = text.casefold()
    capitalised = text[0].isupper() or text.startswith(ARTICLE_PREFIXES)
    caps = text.isupper() and sum(map(str.isalpha, text)) >= 2
    title = (not caps or len(lower) > 2) and (  # "PRESIDENT XI:" in a transcript, not "DR Congo"
        lower in TITLES or ("-" in lower and any(p in TITLES for p in lower.split("-")))
    )
    continues = (capitalised and (caps or lower not in FUNCTION_WORDS)) or text.isdigit()
    connector = not capitalised and lower in CONNECTORS
    return lower, capitalised, caps, title, continues, connector


_new_token = new_record(Token)


def make_token(start: int, end: int, text: str) -> Token:
    return _new_token((start, end, False, text, *_shape(text)))


def is_acronym(text: str) -> bool:
    """One word, all capitals: "UN", "U.S."; not one with letters that have no case ("VOA常速":
    an acronym run into a word of Chinese)."""
    return (
        " " not in text
        and make_token(0, 0, text).all_caps
        and all(c.isupper() for c in text if c.isalpha())
    )


class Found(NamedTuple):
    """One mention found in a sentence, before merging."""

    kind: str  # "name" | "number" | "date"
    key: str  # equal keys are one node
    version: int
    start: int  # offsets into the version's text (into the sentence's while scanning it)
    end: int
    text: str
    cue: tuple[str, int] | None = None  # (type, weight) a cue around the mention suggests
    headline: bool = False  # in a title-case line or page chrome: kept only when confirmed
    initial: bool = False  # opening its sentence: its first word may be capitalised for that
    words: tuple[tuple[int, int], ...] = ()  # its words' offsets, relative to `start`
    after: str = ""  # a lowercase head word right after it: the "festival" of "Lumen festival"
    # In a sentence all in capitals, where case tells no name: kept only when confirmed by
    # running text or known (see `assembly._confirmed`).
    capitals: bool = False

    def placed(self, version: int, offset: int, headline: bool, capitals: bool = False) -> "Found":
        kind, key, _, start, end, text, cue, _, initial, words, after, _ = (
            self  # (not _replace: a call in Python)
        )
        return new_found(
            (
                kind, key, version, start + offset, end + offset, text, cue, headline, initial,
                words, after, capitals,
            )
        )  # fmt: skip


def mentions(founds: Iterable[Found]) -> tuple[Mention, ...]:
    """The founds as Mentions (version, start, end, text), in one pass of C calls: an
    entity-rich story makes tens of thousands."""
    return tuple(map(_new_mention, map(_MENTION_FIELDS, founds)))


_MENTION_FIELDS = itemgetter(slice(2, 6))  # Found's version, start, end, text
new_found = new_record(Found)


def figure_found(kind: str, key: str, start: int, end: int, text: str) -> Found:
    """A date or a number found in a sentence (offsets into it)."""
    return new_found((kind, key, -1, start, end, text, None, False, False, (), "", False))


_new_mention = new_record(Mention)
