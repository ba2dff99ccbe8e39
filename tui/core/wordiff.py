"""Word-level differences inside a passage, and the discrepancies among them.

Each pair of versions in a passage gets rapidfuzz opcodes over the word tokens of its
member sentences; equal normal forms ("12"/"twelve", curly/straight quotes) count as equal.
A discrepancy is a short substitution that changes a name, a number or quoted words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate, combinations, repeat
from typing import NamedTuple, TypeVar

from rapidfuzz.distance import Indel

from tui.core.model import Discrepancy, PairDiff, Span, Version, WordMark, WordOp
from tui.core.normalise import NUMBER_WORDS, STOP_WORDS, Token

MAX_DISCREPANCY_WORDS = 3  # longer substitutions are rewording, not a disputed fact
ANCHOR_WORDS = 2  # shared words that must hold a substitution in place
NAME_SPELLING = 0.5  # Jack/Jake, Hahn/Han: one name spelled two ways, not two people

_QUOTED = re.compile(r"[“\"«‘][^“”\"«»‘’]*[”\"»’]")
_NUMBER_FORMS = frozenset(NUMBER_WORDS.values())


Gap = tuple[str, int, int, int, int]  # (tag, a_first, a_last, b_first, b_last) token indexes
R = TypeVar("R", WordOp, WordMark, PairDiff)


def _records(kind: type[R], rows: Iterable[tuple]) -> tuple[R, ...]:
    """NamedTuples built by tuple.__new__ straight from C: their generated constructors are
    Python calls, paid once per op, per word mark and per pair diff."""
    return tuple(map(tuple.__new__, repeat(kind), rows))


def word_gaps(a: list[str], b: list[str]) -> list[Gap]:
    """rapidfuzz's longest-common-subsequence opcodes, a delete and insert side by side merged
    into one "replace": a diff that keeps every shared word, as readers expect.

    Of several common subsequences as long, the opcodes pick one by position: they are found
    from the lesser of the two lists and mirrored when that is `b`, so the diff of two
    versions, and all that comes of it, is the same whichever of them comes first."""
    if b < a:
        return [(_MIRRORED[tag], b0, b1, a0, a1) for tag, a0, a1, b0, b1 in _gaps(b, a)]
    return _gaps(a, b)


_MIRRORED = {"equal": "equal", "replace": "replace", "insert": "delete", "delete": "insert"}


def _gaps(a: list[str], b: list[str]) -> list[Gap]:
    merged: list[Gap] = []
    for op in Indel.opcodes(a, b).as_list():  # plain tuples: no attribute lookups
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            _, a0, _, b0, _ = merged[-1]
            merged[-1] = ("replace", a0, op[2], b0, op[4])
        else:
            merged.append(op)
    return merged


def _word_ops(gaps: list[Gap], a: _Side, b: _Side) -> tuple[WordOp, ...]:
    """Token-index gaps as character ranges in each version's text (run by the hundred
    thousand on large inputs: plain indexing, tuples built in C)."""
    a_starts, a_after, b_starts, b_after = a.starts, a.after, b.starts, b.after
    ops = []
    for tag, a0, a1, b0, b1 in gaps:
        a_end, b_end = a_after[a1], b_after[b1]
        ops.append(
            (
                tag,
                a_starts[a0] if a0 < a1 else a_end,
                a_end,
                b_starts[b0] if b0 < b1 else b_end,
                b_end,
            )
        )
    return _records(WordOp, ops)


class _Side(NamedTuple):
    """What discrepancy detection needs of one version's member words."""

    words: list[Token]
    quotes: list[tuple[int, int]]  # character ranges inside quotation marks
    initial: frozenset[int]  # starts of sentence-initial words (capitalised anyway)
    starts: list[int]  # each word's start
    ends: list[int]  # each word's end
    # after[i]: the end of the words before token boundary i; an empty range sits there.
    after: list[int]


def _side(
    version: Version, sentence_ids: Sequence[int], sentence_words: list[list[Token]]
) -> _Side:
    """`sentence_words`: the tokens of each of `sentence_ids`, in order."""
    quotes = []
    for sid in sentence_ids:
        sentence = version.sentences[sid]
        for m in _QUOTED.finditer(sentence.text):
            quotes.append((sentence.start + m.start(), sentence.start + m.end()))
    # A sentence's first word, read from its own tokens, not searched for among all words.
    initial = frozenset(words[0].start for words in sentence_words if words)
    words = [t for sentence in sentence_words for t in sentence]
    starts, ends = [t.start for t in words], [t.end for t in words]
    return _Side(words, quotes, initial, starts, ends, [starts[0] if starts else 0, *ends])


def _substitutions(gaps: list[Gap], index: int, numbers: tuple[list[bool], list[bool]]):
    """The word runs of a replace gap that stand in the same place in both versions.

    A run counts only when shared words hold it in place: equal words on both sides of an
    equal-length swap, or at least ANCHOR_WORDS shared words next to a single-word swap. Two
    numbers need one: the word beside a number says what it counts ("12 people" against
    "11 people" is one count told two ways). `numbers` says which words of each are numbers.
    """
    _, a0, a1, b0, b1 = gaps[index]
    before = _equal_length(gaps, index - 1)
    after = _equal_length(gaps, index + 1)
    held = (before and after) or max(before, after) >= ANCHOR_WORDS
    if a1 - a0 == b1 - b0 <= MAX_DISCREPANCY_WORDS and held:
        yield (a0, a1), (b0, b1)
        return
    if after >= ANCHOR_WORDS or (after and numbers[0][a1 - 1] and numbers[1][b1 - 1]):
        yield (a1 - 1, a1), (b1 - 1, b1)
    if before >= ANCHOR_WORDS or (before and numbers[0][a0] and numbers[1][b0]):
        yield (a0, a0 + 1), (b0, b0 + 1)


def _equal_length(gaps: list[Gap], index: int) -> int:
    if 0 <= index < len(gaps) and gaps[index][0] == "equal":
        return gaps[index][2] - gaps[index][1]
    return 0


def _kind(a: list[Token], b: list[Token], side_a: _Side, side_b: _Side) -> str | None:
    """What a substitution changes: a name, a number, quoted words, or nothing of note."""
    if _has_number(a) and _has_number(b):
        return "number"
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
    quoted = _inside(a, side_a.quotes) and _inside(b, side_b.quotes)
    return "quote" if quoted and not any(t.norm in STOP_WORDS for t in a + b) else None


def _has_number(words: list[Token]) -> bool:
    return any(_is_number(t.norm) for t in words)


def _is_number(norm: str) -> bool:
    return norm[0].isdigit() or norm in _NUMBER_FORMS


def _is_name(words: list[Token], side: _Side) -> bool:
    return all(t.capitalised and t.start not in side.initial for t in words)


def _inside(words: list[Token], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= words[0].start and words[-1].end <= end for start, end in ranges)


def passage_differences(
    versions: Sequence[Version],
    members: dict[int, list[int]],
    sentence_words: dict[tuple[int, int], list[Token]],
) -> tuple[
    tuple[PairDiff, ...], tuple[Discrepancy, ...], dict[tuple[int, int], tuple[WordMark, ...]]
]:
    """Pair diffs, discrepancies and the word marks of each (version, sentence) member.

    `members` maps each version id in the passage to its member sentence ids;
    `sentence_words` holds each sentence's tokens, offsets into its version's text.
    """
    words_of = {v: [sentence_words[(v, s)] for s in sids] for v, sids in members.items()}
    sides = {v: _side(versions[v], sids, words_of[v]) for v, sids in members.items()}
    norms = {v: [t.norm for t in side.words] for v, side in sides.items()}
    numeric = {v: [_is_number(norm) for norm in words] for v, words in norms.items()}
    # How many other versions share each word, as a difference array: +1 where an equal run
    # starts, -1 where it ends, summed once at the end.
    shared_edges: dict[int, list[int]] = {v: [0] * (len(norms[v]) + 1) for v in members}
    diffs = []
    discrepancies = []
    # Versions repeat sentences: two versions with the words of two met before have their gaps.
    first_with: dict[tuple[str, ...], int] = {}  # words -> the first version with them
    alike = {v: first_with.setdefault(tuple(norms[v]), v) for v in sorted(members)}
    known_gaps: dict[tuple[int, int], list[Gap]] = {}
    for a, b in combinations(sorted(members), 2):
        side_a, side_b = sides[a], sides[b]
        edges_a, edges_b = shared_edges[a], shared_edges[b]
        gaps = known_gaps.get((alike[a], alike[b]))
        if gaps is None:
            gaps = known_gaps[alike[a], alike[b]] = word_gaps(norms[a], norms[b])
        for index, (tag, a0, a1, b0, b1) in enumerate(gaps):
            if tag == "equal":
                edges_a[a0] += 1
                edges_a[a1] -= 1
                edges_b[b0] += 1
                edges_b[b1] -= 1
            elif tag == "replace":
                for (i0, i1), (j0, j1) in _substitutions(gaps, index, (numeric[a], numeric[b])):
                    run_a, run_b = side_a.words[i0:i1], side_b.words[j0:j1]
                    kind = _kind(run_a, run_b, side_a, side_b)
                    if kind:
                        discrepancies.append(
                            Discrepancy(kind, _span(versions[a], run_a), _span(versions[b], run_b))
                        )
        diffs.append((a, b, _word_ops(gaps, side_a, side_b)))
    others = len(members) - 1
    marks = {}
    for v, sids in members.items():
        version_marks = _records(
            WordMark,
            zip(
                sides[v].starts,
                sides[v].ends,
                accumulate(shared_edges[v][:-1]),
                repeat(others),
                strict=False,  # repeat() is endless: the words set the length
            ),
        )
        # Each member sentence's marks by slicing: its words follow the previous member's.
        first = 0
        for sid, words in zip(sids, words_of[v], strict=True):
            marks[v, sid] = version_marks[first : first + len(words)]
            first += len(words)
    return _records(PairDiff, diffs), tuple(discrepancies), marks


def _span(version: Version, words: list[Token]) -> Span:
    start, end = words[0].start, words[-1].end
    return Span(version.id, start, end, version.text[start:end])
