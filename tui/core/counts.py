"""Disagreements on a count wherever the members give it: a passage's members that give different
figures for one kind of count (the dead, the injured, a crowd…) disagree there, though no word
diff sets one figure against the other."""

from __future__ import annotations

from collections.abc import Iterator

from tui.core.count_words import is_zero_term, zero_counts
from tui.core.lexicon import en
from tui.core.normalise import Token, place_of, spelled_number

Runs = dict[int, tuple[int, int]]  # version -> the word indexes it gives at a place


def count_places(
    words_of: dict[int, list[list[Token]]],
    counts_of: dict[int, list[dict[str, str]]],
    numeric: dict[int, list[int]],
    found_at: dict[tuple[int, ...], tuple[set[str], Runs]],
    after: int,
) -> Iterator[tuple[tuple[int, ...], set[str], Runs]]:
    """A place for each kind of count (en.COUNT_KINDS: the dead, the injured, a crowd…; a
    distance from a named place in one unit) the members give different figures for,
    wherever in their words: "the death toll stood at 11" and "the blast killed at least 12
    people" disagree on the dead though no diff sets 11 against 12, and so do "no one was
    killed" and "killed two" (what a figure counts is read as in alignment,
    `normalise.counted`: `counts_of` holds it for each of `words_of`'s sentences).

    A member giving two figures for one kind (a headline's early toll, its lead's later one)
    is left out of that place: it disagrees with itself. One giving its figure twice gives the
    word a place found already holds, so that the readings join that place. Keyed after the
    reference's places (`after`: its word count)."""
    # kind -> version -> (figure, first word, end) for every run of words giving it
    figures: dict[str, dict[int, set[tuple[str, int, int]]]] = {}
    for v, sentences in words_of.items():
        if not any(numeric[v]) and not any(map(_gives_none, counts_of[v])):
            continue
        first = 0
        for tokens, counts in zip(sentences, counts_of[v], strict=True):
            for figure, kind in counts.items():
                if kind in en.COUNT_KINDS or place_of(kind):
                    at = _runs_giving(figure, tokens, first)
                    if at:
                        given = figures.setdefault(kind, {}).setdefault(v, set())
                        given.update((figure, i0, i1) for i0, i1 in at)
            first += len(tokens)
    held = set()  # (version, word) of the places found
    for _, runs in found_at.values():
        for v, (i0, i1) in runs.items():
            held.update((v, i) for i in range(i0, i1))
    for number, (_, given) in enumerate(sorted(figures.items())):
        runs = {}
        for v, found in given.items():
            if len({figure for figure, _, _ in found}) == 1:
                ordered = sorted((i0, i1) for _, i0, i1 in found)
                runs[v] = next((run for run in ordered if (v, run[0]) in held), ordered[0])
        told = {figure for v in runs for figure, _, _ in given[v]}
        if len(runs) > 1 and len(told) > 1:
            yield (after, after, number), {"number"}, runs


def _runs_giving(figure: str, tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """The runs of words (indexes from `first`) that give `figure`: the words of the figure,
    or for a count of none, the words from the one saying none to the casualty ("no
    injuries", "no one was killed"; `normalise.zero_counts`)."""
    if not is_zero_term(figure):
        runs = [(i, i + 1) for i, token in enumerate(tokens, first) if token.norm == figure]
        return runs or _spelled_runs(figure, tokens, first)
    found, start = [], None
    for i, term in sorted(zero_counts([token.norm for token in tokens]).items()):
        if not term:
            start = i if start is None else start
            continue
        if term == figure:
            found.append((first + (i if start is None else start), first + i + 1))
        start = None
    return found


def _spelled_runs(figure: str, tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """The runs of words that write `figure` out ("One hundred and twelve people": 112,
    `normalise.spelled_number`), which a diff of words never sets against "110"."""
    found = []
    i = 0
    while i < len(tokens):
        spelled, taken = spelled_number(tokens, i) if tokens[i].surface.isalpha() else (None, 0)
        if spelled == figure:
            found.append((first + i, first + i + taken + 1))
        i += taken + 1
    return found


def _gives_none(counts: dict[str, str]) -> bool:
    return any(map(is_zero_term, counts))
