"""What a substitution inside a passage changes: a date, a number (unless the two give one
reading in two units), a name, quoted words, or nothing of note; and the member words it is
read in (`Side`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz.distance import Indel

from tui.core.clock import clock_time
from tui.core.lexicon import en
from tui.core.model import Sentence, Version
from tui.core.normalise import NUMBER_WORDS, STOP_WORDS, Token, content_terms
from tui.core.units import Quantity, agree, quantity_at

NAME_SPELLING = 0.5  # Jack/Jake, Hahn/Han: one name spelled two ways, not two people
_QUOTED = re.compile(r"[“\"«‘][^“”\"«»‘’]*[”\"»’]")
_NUMBER_FORMS = frozenset(NUMBER_WORDS.values())
_DATE_WORDS = frozenset((*en.MONTHS, *en.WEEKDAYS))
_SCALE_FORMS = frozenset(str(value) for value in en.SCALES.values())  # "million" as "1000000"
_START, _END = attrgetter("start"), attrgetter("end")


class Side(NamedTuple):
    """What discrepancy detection needs of one version's member words."""

    words: list[Token]
    sentences: list[Sentence]  # the member sentences, read for quotation marks if asked
    initial: frozenset[int]  # starts of sentence-initial words (capitalised anyway)
    starts: list[int]  # each word's start
    ends: list[int]  # each word's end
    # after[i]: the end of the words before token boundary i; an empty range sits there.
    after: list[int]


def member_side(
    version: Version, sentence_ids: Sequence[int], sentence_words: list[list[Token]]
) -> Side:
    """A version's member words as discrepancy detection reads them; `sentence_words`: the
    tokens of each of `sentence_ids`, in order."""
    sentences = [version.sentences[sid] for sid in sentence_ids]
    # A sentence's first word, read from its own tokens, not searched for among all words.
    initial = frozenset(words[0].start for words in sentence_words if words)
    # Most members are one sentence, whose tokens are read as they are.
    words = sentence_words[0] if len(sentence_words) == 1 else list(chain(*sentence_words))
    starts, ends = list(map(_START, words)), list(map(_END, words))
    return Side(words, sentences, initial, starts, ends, [starts[0] if starts else 0, *ends])


def change(a: list[Token], b: list[Token], side_a: Side, side_b: Side) -> str | None:
    """What a substitution changes: a date, a number, a name, quoted words, or nothing of note."""
    if any(t.norm in _DATE_WORDS for t in a) and any(t.norm in _DATE_WORDS for t in b):
        return "date"
    if _has_number(a) and _has_number(b):
        return None if _one_reading(a, b, side_a, side_b) else "number"
    # Names first: most substitutions are ordinary words outside quotes, settled then with no
    # look at stop words, which matter only to two names or to quoted words.
    is_name_a, is_name_b = _is_name(a, side_a), _is_name(b, side_b)
    if is_name_a and is_name_b:
        if all(t.norm in STOP_WORDS for t in a + b):
            return None
        spelled_alike = Indel.normalized_similarity(
            " ".join(t.norm for t in a), " ".join(t.norm for t in b)
        )
        return "name" if spelled_alike >= NAME_SPELLING else None
    if is_name_a or is_name_b:
        return None  # a name against an ordinary word is rewording
    quoted = _quoted(a, side_a) and _quoted(b, side_b)
    return "quote" if quoted and not any(t.norm in STOP_WORDS for t in a + b) else None


def _one_reading(a: list[Token], b: list[Token], side_a: Side, side_b: Side) -> bool:
    """Whether two runs give one figure written two ways ("1.5 million" and "1,500,000"), in
    two units ("100 mph" and "160 km/h", "40C" and "104F") or as one time of day ("5:57
    a.m. EDT", "0957 GMT"): what no reader takes for a disagreement."""
    return _figures_agree(a, b, side_a, side_b) is True


def one_figure(a: list[Token], b: list[Token], side_a: Side, side_b: Side) -> bool:
    """Whether two runs each give a figure of one thing, written otherwise: one number in
    other words ("1.5 million", "1,500,000") or a measure in other units, whether the two agree
    or not ("12,000 acres" and "nearly 9,000 hectares", "100 mph" and "190 km/h")."""
    return _figures_agree(a, b, side_a, side_b) is not None


def _figures_agree(a: list[Token], b: list[Token], side_a: Side, side_b: Side) -> bool | None:
    """Whether the first figures of two runs are one reading (the same term, or quantities
    that agree: `units.agree`), or not (a measure in other units, converted otherwise); None
    when they are no figures of one thing read so."""
    found_a, found_b = _figure(a, side_a), _figure(b, side_b)
    if found_a is None or found_b is None:
        return None
    (term_a, reading_a), (term_b, reading_b) = found_a, found_b
    if term_a == term_b:
        return True
    if reading_a is None or reading_b is None:
        return None
    if agree(reading_a, reading_b):
        return True
    other_units = reading_a.measure == reading_b.measure and reading_a.unit != reading_b.unit
    return False if other_units else None


def _figure(run: list[Token], side: Side) -> tuple[str, Quantity | None] | None:
    """The term of the first figure of `run` and its quantity with the unit after it, or as a
    time of day, read in its side's words (its scale or unit may stand past the run's end, and
    a scale word in the run belongs to the figure before it: "1.5 million")."""
    for token in run:
        if token.norm[0].isdigit():
            at = bisect_left(side.starts, token.start)
            if token.norm in _SCALE_FORMS and at and side.words[at - 1].norm[0].isdigit():
                at -= 1
            words = side.words[at : at + UNIT_WORDS]
            clock, _ = clock_time(words)
            terms = [(clock, False, False)] if clock else content_terms(words)
            return (terms[0][0], quantity_at(terms, 0)) if terms else None
    return None


UNIT_WORDS = 5  # a figure and its unit: "100 miles an hour", "104 degrees Fahrenheit"


def _has_number(words: list[Token]) -> bool:
    return any(is_number(t.norm) for t in words)


@lru_cache(maxsize=1 << 16)  # read for every word of every member
def is_number(norm: str) -> bool:
    return norm[0].isdigit() or norm in _NUMBER_FORMS


def _is_name(words: list[Token], side: Side) -> bool:
    return all(t.capitalised and t.start not in side.initial for t in words)


def _quoted(words: list[Token], side: Side) -> bool:
    """Whether the words stand inside quotation marks: read for the few substitutions that
    are no date, number or name, not for every member."""
    start, end = words[0].start, words[-1].end
    return any(
        sentence.start + m.start() <= start and end <= sentence.start + m.end()
        for sentence in side.sentences
        for m in _QUOTED.finditer(sentence.text)
    )
