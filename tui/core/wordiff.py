"""Word-level differences inside a passage, and the discrepancies among them.

Each pair of versions in a passage gets rapidfuzz opcodes over the word tokens of its
member sentences; equal normal forms ("12"/"twelve", curly/straight quotes) count as equal.
A discrepancy is a short substitution that changes a name, a number or quoted words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from tui.core.model import Discrepancy, PairDiff, Span, Version, WordMark, WordOp
from tui.core.normalise import NUMBER_WORDS, STOP_WORDS, Token, tokens

MAX_DISCREPANCY_WORDS = 4  # longer substitutions are rewording, not a disputed fact

_QUOTED = re.compile(r"[“\"«‘][^“”\"«»‘’]*[”\"»’]")
_NUMBER_FORMS = frozenset(NUMBER_WORDS.values())


def member_tokens(version: Version, sentence_ids: Sequence[int]) -> list[Token]:
    """Word tokens of one version's member sentences, offsets into the version text."""
    found: list[Token] = []
    for sid in sentence_ids:
        sentence = version.sentences[sid]
        found.extend(tokens(sentence.text, sentence.start))
    return found


def _word_ops(opcodes, a: list[Token], b: list[Token]) -> tuple[WordOp, ...]:
    """rapidfuzz's token-index opcodes as character ranges in each version's text."""
    return tuple(
        WordOp(
            op.tag,
            *_char_range(a, op.src_start, op.src_end),
            *_char_range(b, op.dest_start, op.dest_end),
        )
        for op in opcodes
    )


def _char_range(words: list[Token], first: int, last: int) -> tuple[int, int]:
    if first == last:  # an empty side: a point just after the previous word
        point = words[first - 1].end if first > 0 else (words[0].start if words else 0)
        return point, point
    return words[first].start, words[last - 1].end


def _quoted_ranges(version: Version, sentence_ids: Sequence[int]) -> list[tuple[int, int]]:
    ranges = []
    for sid in sentence_ids:
        sentence = version.sentences[sid]
        for m in _QUOTED.finditer(sentence.text):
            ranges.append((sentence.start + m.start(), sentence.start + m.end()))
    return ranges


def _kind(a: list[Token], b: list[Token], a_quotes: list[tuple[int, int]], b_quotes) -> str | None:
    """What a substitution changes: a name, a number, quoted words, or nothing of note."""
    if not a or not b or max(len(a), len(b)) > MAX_DISCREPANCY_WORDS:
        return None
    if any(t.norm[0].isdigit() or t.norm in _NUMBER_FORMS for t in a + b):
        return "number"
    if all(t.norm in STOP_WORDS for t in a + b):
        return None
    first_is_name = all(t.capitalised for t in a) and all(t.capitalised for t in b)
    if first_is_name:
        return "name"
    inside = _inside(a, a_quotes) and _inside(b, b_quotes)
    return "quote" if inside else None


def _inside(words: list[Token], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= words[0].start and words[-1].end <= end for start, end in ranges)


def passage_differences(
    versions: Sequence[Version], members: dict[int, list[int]]
) -> tuple[tuple[PairDiff, ...], tuple[Discrepancy, ...], dict[int, tuple[WordMark, ...]]]:
    """Pair diffs, discrepancies and per-version word marks for one passage.

    `members` maps each version id in the passage to its member sentence ids.
    """
    words = {v: member_tokens(versions[v], sids) for v, sids in members.items()}
    quotes = {v: _quoted_ranges(versions[v], sids) for v, sids in members.items()}
    shared_with: dict[int, list[int]] = {v: [0] * len(words[v]) for v in members}
    diffs = []
    discrepancies = []
    for a, b in combinations(sorted(members), 2):
        raw = Levenshtein.opcodes([t.norm for t in words[a]], [t.norm for t in words[b]])
        for op in raw:
            if op.tag == "equal":
                for i in range(op.src_start, op.src_end):
                    shared_with[a][i] += 1
                for j in range(op.dest_start, op.dest_end):
                    shared_with[b][j] += 1
            elif op.tag == "replace":
                side_a = words[a][op.src_start : op.src_end]
                side_b = words[b][op.dest_start : op.dest_end]
                kind = _kind(side_a, side_b, quotes[a], quotes[b])
                if kind:
                    discrepancies.append(
                        Discrepancy(kind, _span(versions[a], side_a), _span(versions[b], side_b))
                    )
        diffs.append(PairDiff(a, b, _word_ops(raw, words[a], words[b])))
    others = len(members) - 1
    marks = {
        v: tuple(
            WordMark(t.start, t.end, min(count, others), others)
            for t, count in zip(words[v], shared_with[v], strict=True)
        )
        for v in members
    }
    return tuple(diffs), tuple(discrepancies), marks


def _span(version: Version, words: list[Token]) -> Span:
    start, end = words[0].start, words[-1].end
    return Span(version.id, start, end, version.text[start:end])
