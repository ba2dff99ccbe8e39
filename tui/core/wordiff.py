"""Word-level differences inside a passage, and the discrepancies among them.

Each passage has a reference, the member closest to all the others; every other member gets
rapidfuzz opcodes over its words against the reference's; equal normal forms ("12"/"twelve",
curly/straight quotes) count as equal. A discrepancy is a short substitution that changes a
name, a number, a date or quoted words, grouped by place with every reading given there. Where
the reference words a place otherwise or not at all, the members that give words of their own
there are compared with one of them too, so that they disagree in one place, not nowhere.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, repeat
from operator import itemgetter
from typing import NamedTuple, TypeVar

from rapidfuzz.distance import Indel

from tui.core.counts import Runs, count_places
from tui.core.model import Discrepancy, PairDiff, Reading, Span, Version, WordMark, WordOp
from tui.core.normalise import PERCENT, STOP_WORDS, Token, american, stem
from tui.core.substitutions import Side, change, is_number, member_side, one_figure

MAX_DISCREPANCY_WORDS = 3  # longer substitutions are rewording, not a disputed fact
ANCHOR_WORDS = 2  # shared words that must hold a substitution in place


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


def _word_ops(gaps: list[Gap], a: Side, b: Side) -> tuple[WordOp, ...]:
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


def _numbers(norms: list[str]) -> list[int]:
    """Per word: 0, or 1 for a number, or 2 for a number followed by "percent", which says how
    the figure is written, not what it counts ("28.4%" and "32%" of other things)."""
    found: list[int] = list(map(is_number, norms))
    if PERCENT in norms:
        for i in range(len(norms) - 1):
            if found[i] and norms[i + 1] == PERCENT:
                found[i] = 2
    return found


def _substitutions(
    gaps: list[Gap], index: int, numbers: tuple[list[int], list[int]], sides: tuple[Side, Side]
):
    """The word runs of a replace gap that stand in the same place in both versions.

    A run counts only when shared words hold it in place: equal words on both sides of an
    equal-length swap, or at least ANCHOR_WORDS shared words next to a single-word swap. Two
    numbers need one: the word beside a number says what it counts ("12 people" against
    "11 people" is one count told two ways). `numbers` says which words of each are numbers
    (see `_numbers`: a word after a number that only says "percent" holds none in place).
    A figure written otherwise needs none: one number in other words ("1.5 million" against
    "1,500,000"), or a figure in another unit of its measure, whose units say what both count
    ("12,000 acres" against "nearly 9,000 hectares"); the two may be one reading or a
    disagreement (`substitutions.change`). `sides`: the two versions' words.
    """
    _, a0, a1, b0, b1 = gaps[index]
    before = _equal_length(gaps, index - 1)
    after = _equal_length(gaps, index + 1)
    held = (before and after) or max(before, after) >= ANCHOR_WORDS
    if (
        held
        and max(a1 - a0, b1 - b0) <= MAX_DISCREPANCY_WORDS
        and (
            a1 - a0 == b1 - b0
            or (
                any(numbers[0][a0:a1])
                and any(numbers[1][b0:b1])
                and one_figure(sides[0].words[a0:a1], sides[1].words[b0:b1], *sides)
            )
        )
    ):
        yield (a0, a1), (b0, b1)
        return
    if after >= ANCHOR_WORDS or (after and numbers[0][a1 - 1] == numbers[1][b1 - 1] == 1):
        yield (a1 - 1, a1), (b1 - 1, b1)
    if before >= ANCHOR_WORDS or (before and numbers[0][a0] and numbers[1][b0]):
        yield (a0, a0 + 1), (b0, b0 + 1)


def _equal_length(gaps: list[Gap], index: int) -> int:
    if 0 <= index < len(gaps) and gaps[index][0] == "equal":
        return gaps[index][2] - gaps[index][1]
    return 0


class Differences(NamedTuple):
    """What `passage_differences` finds in one passage."""

    reference: int  # the version every other member is compared with
    diffs: tuple[PairDiff, ...]  # each other member's words against the reference's
    discrepancies: tuple[Discrepancy, ...]
    marks: dict[tuple[int, int], tuple[WordMark, ...]]  # by (version, sentence)


def reference_of(versions: Sequence[Version], norms: dict[int, list[str]]) -> int:
    """The version whose member words are closest to all the others': the fewest content terms
    it holds and another lacks, or another holds and it lacks, summed over the others.

    Counting how many versions hold each term finds it in time linear in the members. Ties go
    to the lesser words, then the lesser text, never to an id or a name, so the choice does not
    depend on the order or the names of the inputs."""
    terms = {v: set(map(stem, set(words) - STOP_WORDS)) for v, words in norms.items()}
    held = Counter(chain.from_iterable(terms.values()))
    total = sum(held.values())

    def distance(v: int) -> int:
        inside = sum(map(held.__getitem__, terms[v]))
        return len(terms[v]) * len(terms) - inside + total - inside

    return min(terms, key=lambda v: (distance(v), norms[v], versions[v].text))


def passage_differences(
    versions: Sequence[Version],
    members: dict[int, list[int]],
    sentence_words: dict[tuple[int, int], list[Token]],
    sentence_counts: dict[tuple[int, int], dict[str, str]],
) -> Differences:
    """The reference, its diffs with the other members, the discrepancies and the word marks.

    `members` maps each version id in the passage to its member sentence ids;
    `sentence_words` holds each sentence's tokens, offsets into its version's text, and
    `sentence_counts` what its figures count (`counts.counted`). Each member is diffed
    with the reference, and the words it gives where the reference has others or none with
    one other member's there at most; the others are consulted by set lookups (does any other
    member hold this word?), so the work grows linearly with the members.
    """
    words_of = {v: [sentence_words[(v, s)] for s in sids] for v, sids in members.items()}
    sides = {v: member_side(versions[v], sids, words_of[v]) for v, sids in members.items()}
    norms = {v: [t.norm for t in side.words] for v, side in sides.items()}
    numeric = {v: _numbers(words) for v, words in norms.items()}
    reference = reference_of(versions, norms)
    ref_side, ref_norms = sides[reference], norms[reference]
    held = [set(words) for words in norms.values()]
    holders = Counter(chain.from_iterable(held))
    # Read for the few words no other member gives equal (`stem` is cached): not kept per word.
    stem_holders = Counter(chain.from_iterable(set(map(stem, words)) for words in held))
    kinds = {v: [""] * len(words) for v, words in norms.items()}
    # Reference words as difference arrays: +1 where a member's equal run starts, -1 after it.
    equal_edges = [0] * (len(ref_norms) + 1)
    replaced = [False] * len(ref_norms)  # another member gives other words in its place
    places: dict[tuple[int, int], dict[int, tuple[str, int, int]]] = {}
    to_member: dict[int, list[int]] = {}  # reference word index -> the member's equal word
    member_gaps: dict[int, list[Gap]] = {}
    diffs = []
    # Versions repeat sentences: a member with the words of one met before has its gaps.
    first_with: dict[tuple[str, ...], int] = {}  # words -> the first version with them
    known_gaps: dict[int, list[Gap]] = {}
    for v in sorted(members):
        if v == reference:
            continue
        alike = first_with.setdefault(tuple(norms[v]), v)
        gaps = known_gaps.get(alike)
        if gaps is None:
            gaps = known_gaps[alike] = word_gaps(norms[v], ref_norms)
        kinds_v, aligned = kinds[v], [-1] * len(ref_norms)
        for index, (tag, a0, a1, b0, b1) in enumerate(gaps):
            if tag == "equal":
                equal_edges[b0] += 1
                equal_edges[b1] -= 1
                aligned[b0:b1] = range(a0, a1)
            elif tag == "delete":
                for i in range(a0, a1):
                    norm = norms[v][i]
                    added = norm not in STOP_WORDS and stem_holders[stem(norm)] == 1
                    kinds_v[i] = "added" if added else "wording"
            elif tag == "replace":
                kinds_v[a0:a1] = repeat("wording", a1 - a0)
                replaced[b0:b1] = repeat(True, b1 - b0)
                for (i0, i1), (j0, j1) in _substitutions(
                    gaps, index, (numeric[v], numeric[reference]), (sides[v], ref_side)
                ):
                    run, ref_run = sides[v].words[i0:i1], ref_side.words[j0:j1]
                    kind = change(run, ref_run, sides[v], ref_side)
                    if kind:
                        places.setdefault((j0, j1), {}).setdefault(v, (kind, i0, i1))
        to_member[v], member_gaps[v] = aligned, gaps
        diffs.append((v, reference, _word_ops(gaps, sides[v], ref_side)))
    others = len(members) - 1
    ref_kinds = kinds[reference]
    for j, equal in enumerate(accumulate(equal_edges[:-1])):
        if equal < others:
            unique = ref_norms[j] not in STOP_WORDS and stem_holders[stem(ref_norms[j])] == 1
            ref_kinds[j] = "added" if unique and not replaced[j] else "wording"
    found_at = {
        place: (
            {kind for kind, _, _ in found.values()},
            _runs(reference, place, found, to_member),
        )
        for place, found in places.items()
    }
    between = _Between(versions, sides, norms, numeric, kinds, member_gaps, to_member)
    _add_places(found_at, between.places())
    counts_of = {v: [sentence_counts[v, s] for s in sids] for v, sids in members.items()}
    _add_places(found_at, count_places(words_of, counts_of, numeric, found_at, len(ref_norms)))
    discrepancies = tuple(
        _discrepancy(versions, sides, norms, kinds, *found_at[place]) for place in sorted(found_at)
    )
    marks = {}
    for v, sids in members.items():
        version_marks = _records(
            WordMark,
            zip(
                sides[v].starts,
                sides[v].ends,
                [holders[norm] - 1 for norm in norms[v]],
                repeat(others),
                kinds[v],
                strict=False,  # repeat() is endless: the words set the length
            ),
        )
        # Each member sentence's marks by slicing: its words follow the previous member's.
        first = 0
        for sid, words in zip(sids, words_of[v], strict=True):
            marks[v, sid] = version_marks[first : first + len(words)]
            first += len(words)
    return Differences(reference, _records(PairDiff, diffs), discrepancies, marks)


_KIND_ORDER = ("number", "date", "name", "quote")  # what a place of several kinds is called


def _runs(
    reference: int,
    place: tuple[int, int],
    found: dict[int, tuple[str, int, int]],
    to_member: dict[int, list[int]],
) -> Runs:
    """Where each version gives a place of the reference's words: the reference, the members
    that substitute other words, and the members equal to the reference there."""
    j0, j1 = place
    runs = {reference: (j0, j1)}
    for v, (_, i0, i1) in found.items():
        runs[v] = (i0, i1)
    for v, aligned in to_member.items():
        held = aligned[j0:j1]
        if v not in found and min(held) >= 0 and held[-1] - held[0] == j1 - j0 - 1:
            runs[v] = (held[0], held[-1] + 1)
    return runs


class _Between(NamedTuple):
    """Where members other than the reference disagree with one another at a place the
    reference words otherwise or lacks ("the talks" / "the entire visit" / "the whole visit").

    The members that differ from the reference at one place are compared with one of them
    alone, chosen as the reference is, so the work still grows linearly with the members."""

    versions: Sequence[Version]
    sides: dict[int, Side]
    norms: dict[int, list[str]]
    numeric: dict[int, list[int]]
    kinds: dict[int, list[str]]  # "" where a member's word is equal to the reference's
    gaps: dict[int, list[Gap]]  # each member's against the reference
    to_member: dict[int, list[int]]

    def places(self) -> Iterator[tuple[tuple[int, ...], set[str], Runs]]:
        """(key, kinds, runs) of each place found: the key orders it after the reference's
        places at the same words, by its place in the chosen member's run."""
        for (j0, j1), dissenting in self._clusters():
            runs = {
                v: (self._position(v, j0, False), self._position(v, j1, True)) for v in dissenting
            }
            words = {v: self.norms[v][i0:i1] for v, (i0, i1) in runs.items()}
            if len({tuple(w) for w in words.values()}) < 2:
                continue
            chosen = reference_of(self.versions, words)
            start = runs[chosen][0]
            for (k0, k1), (kinds, found) in sorted(
                self._found(runs, words, chosen, (j0, j1)).items()
            ):
                yield (j0, j1, k0 - start, k1 - start), kinds, found

    def _clusters(self) -> list[tuple[tuple[int, int], set[int]]]:
        """The reference's places that two or more members replace or add words at,
        overlapping ones as one, with the members that do (one alone disagrees with none)."""
        spans = sorted(
            (b0, b1, v)
            for v, gaps in self.gaps.items()
            for tag, _, _, b0, b1 in gaps
            if tag in ("replace", "delete")
        )
        clusters: list[tuple[list[int], set[int]]] = []  # ([start, end], members)
        for b0, b1, v in spans:
            if clusters:
                place, members = clusters[-1]
                start, end = place
                if b0 < end or b0 == b1 == start == end:
                    place[1] = max(end, b1)
                    members.add(v)
                    continue
            clusters.append(([b0, b1], {v}))
        return [((start, end), members) for (start, end), members in clusters if len(members) > 1]

    def _position(self, v: int, j: int, last: bool) -> int:
        """Where member `v`'s words reach the reference's word boundary `j`: before the words
        it adds there, or with `last` after them."""
        gaps = self.gaps[v]
        if last:
            tag, a0, a1, b0, b1 = gaps[bisect_right(gaps, j, key=itemgetter(3)) - 1]
        else:
            tag, a0, a1, b0, b1 = gaps[bisect_left(gaps, j, key=itemgetter(4))]
        if tag == "equal":
            return a0 + j - b0
        if b0 < j < b1 or b0 == b1:
            return a1 if last else a0
        return a0 if j == b0 else a1

    def _found(
        self, runs: Runs, words: dict[int, list[str]], chosen: int, place: tuple[int, int]
    ) -> dict[tuple[int, int], tuple[set[str], Runs]]:
        """The substitutions of each member's run against the chosen member's, by the chosen
        member's words, where neither gives the reference's words."""
        known: dict[tuple[str, ...], list[Gap]] = {}  # run words -> their gaps with the chosen
        framed_of, found = {}, {}
        for v in sorted(runs):
            if v == chosen:
                continue
            alike = tuple(words[v])
            gaps = known.get(alike)
            if gaps is None:
                gaps = known[alike] = word_gaps(words[v], words[chosen])
            framed = framed_of[v] = _framed(
                gaps, runs[v], runs[chosen], self._anchors((v, chosen), runs, place)
            )
            for index, gap in enumerate(framed):
                if gap[0] != "replace":
                    continue
                for (i0, i1), (k0, k1) in _substitutions(
                    framed,
                    index,
                    (self.numeric[v], self.numeric[chosen]),
                    (self.sides[v], self.sides[chosen]),
                ):
                    if not (self._apart(v, i0, i1) and self._apart(chosen, k0, k1)):
                        continue
                    run, other = self.sides[v].words[i0:i1], self.sides[chosen].words[k0:k1]
                    kind = change(run, other, self.sides[v], self.sides[chosen])
                    if kind:
                        at = found.setdefault((k0, k1), ({kind}, {chosen: (k0, k1)}))
                        at[0].add(kind)
                        at[1].setdefault(v, (i0, i1))
        for (k0, k1), (_, at) in found.items():
            for v, framed in framed_of.items():
                held = _equal_run(framed, k0, k1)
                if held and v not in at and self._apart(v, *held):
                    at[v] = held
        return found

    def _apart(self, v: int, i0: int, i1: int) -> bool:
        """Member `v`'s words i0..i1 all differ from the reference's."""
        return all(self.kinds[v][i0:i1])

    def _anchors(
        self, pair: tuple[int, int], runs: Runs, place: tuple[int, int]
    ) -> tuple[int, int]:
        """How many of the reference's words just before and just after the place both
        members give too, up to what holds a substitution in place."""
        (j0, j1), before, after = place, ANCHOR_WORDS, ANCHOR_WORDS
        for v in pair:
            (i0, i1), aligned = runs[v], self.to_member[v]
            before = _held(aligned, j0 - 1, i0 - 1, -1, before)
            after = _held(aligned, j1, i1, 1, after)
        return before, after


def _held(aligned: list[int], j: int, i: int, step: int, most: int) -> int:
    """How many reference words from `j` on, stepping by `step`, a member gives equal from its
    word `i` on (`aligned` maps the reference's words to the member's), at most `most`."""
    count = 0
    while count < most and 0 <= j < len(aligned) and i >= 0 and aligned[j] == i:
        count, j, i = count + 1, j + step, i + step
    return count


def _framed(
    gaps: list[Gap], run: tuple[int, int], other: tuple[int, int], anchors: tuple[int, int]
) -> list[Gap]:
    """A diff of two runs moved to their places in their members, between equal gaps of the
    shared words around them, as `_substitutions` reads a member's diff."""
    (i0, i1), (k0, k1), (before, after) = run, other, anchors
    framed: list[Gap] = []
    for tag, a0, a1, b0, b1 in (
        ("equal", i0 - before, 0, k0 - before, 0),
        *((tag, a0 + i0, a1 + i0, b0 + k0, b1 + k0) for tag, a0, a1, b0, b1 in gaps),
        ("equal", i1, i1 + after, k1, k1 + after),
    ):
        if framed and tag == "equal" == framed[-1][0]:
            framed[-1] = ("equal", framed[-1][1], a1, framed[-1][3], b1)
        elif a0 < a1 or b0 < b1:
            framed.append((tag, a0, a1, b0, b1))
    return framed


def _equal_run(framed: list[Gap], k0: int, k1: int) -> tuple[int, int] | None:
    """The words of the first run equal to the other's words k0..k1, if all of them are."""
    for tag, a0, _, b0, b1 in framed:
        if tag == "equal" and b0 <= k0 and k1 <= b1:
            return a0 + k0 - b0, a0 + k1 - b0
    return None


def _add_places(
    found_at: dict[tuple[int, ...], tuple[set[str], Runs]],
    more: Iterable[tuple[tuple[int, ...], set[str], Runs]],
) -> None:
    """Adds the places found between members to those found against the reference. One that
    holds words of a place already found adds its readings there: a place is listed once."""
    owner: dict[tuple[int, int], tuple[int, ...]] = {}  # (version, word) -> its place
    for place in sorted(found_at):
        for v, (i0, i1) in found_at[place][1].items():
            for i in range(i0, i1):
                owner.setdefault((v, i), place)
    for place, kinds, runs in more:
        held = [
            owner[v, i] for v, (i0, i1) in runs.items() for i in range(i0, i1) if (v, i) in owner
        ]
        if held:
            place = min(held)
            found_at[place][0].update(kinds)
            for v, run in runs.items():
                found_at[place][1].setdefault(v, run)
        else:
            found_at[place] = (kinds, runs)
        for v, (i0, i1) in runs.items():
            for i in range(i0, i1):
                owner.setdefault((v, i), place)


def _discrepancy(
    versions: Sequence[Version],
    sides: dict[int, Side],
    norms: dict[int, list[str]],
    kinds: dict[int, list[str]],
    found: set[str],
    runs: Runs,
) -> Discrepancy:
    """One place of disagreement, with every reading: `found` holds the kinds of its
    substitutions, `runs` the words each version gives there. Marks the words on the way."""
    readings: dict[str, list[Span]] = {}
    for v, (i0, i1) in sorted(runs.items()):
        wording = " ".join(norms[v][i0:i1])
        readings.setdefault(wording, []).append(_span(versions[v], sides[v].words[i0:i1]))
    texts = [_common_text(spans) for spans in readings.values()]
    kind = min(found, key=_KIND_ORDER.index)
    if len({_variant_key(text) for text in texts}) == 1:
        kind = "variant"
    mark = "variant" if kind == "variant" else "discrepancy"
    for v, (i0, i1) in runs.items():
        for i in range(i0, i1):
            if kinds[v][i] != "discrepancy":
                kinds[v][i] = mark
    ordered = sorted(zip(texts, readings.values(), strict=True), key=lambda r: (-len(r[1]), r[0]))
    return Discrepancy(kind, tuple(Reading(text, tuple(spans)) for text, spans in ordered))


def _common_text(spans: list[Span]) -> str:
    """The wording most of the spans give, the lesser text of those as frequent."""
    counts = Counter(span.text for span in spans)
    return min(counts, key=lambda text: (-counts[text], text))


def _variant_key(text: str) -> str:
    """A wording with case, accents, plural "s", possessives and British spellings set aside
    (`normalise.american`): Prize/Prizes, Mbappe/Mbappé and organisation/organization read
    the same."""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum() or c == " "
    )
    words = map(american, bare.split())
    return " ".join(word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words)


def _span(version: Version, words: list[Token]) -> Span:
    start, end = words[0].start, words[-1].end
    return Span(version.id, start, end, version.text[start:end])
