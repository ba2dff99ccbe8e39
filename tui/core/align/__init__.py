"""Sentence alignment across versions: candidate pruning, pair scoring, passage building.

Scoring compares the content terms of two sentences (stop words dropped, light stemming,
number words as digits) weighted by rarity, with rapidfuzz matching spelling variants of
names and rapidfuzz's token ratio as a second opinion. Passages grow by average linkage
so that A≈B and B≈C never glue an unrelated A and C together.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import NamedTuple

from tui.core.align.candidates import candidate_pairs
from tui.core.align.passages import LINKAGE, Clusters
from tui.core.align.profiles import (
    Profile,
    SentenceKey,
    build_profiles,
    people_by_sentence,
    people_by_title,
)
from tui.core.align.scoring import KnownScores, score
from tui.core.model import Mention, Version
from tui.core.normalise import STOP_WORDS, Term, Token, clauses, stem
from tui.core.spare_core import split_map

__all__ = ["DEFAULT_THRESHOLD", "LINKAGE", "AlignedSentence", "align", "build_profiles", "score"]

DEFAULT_THRESHOLD = 0.40
FORK_PAIRS = 4000  # score half the candidate pairs on the second core from this many


class AlignedSentence(NamedTuple):
    version: int
    sentence: int
    score: float
    part: tuple[int, int] | None = None  # the words telling this passage's fact (see `parts`)


def align(
    versions: Sequence[Version],
    words: dict[SentenceKey, list[Token]],
    threshold: float = DEFAULT_THRESHOLD,
    people: Callable[[], Iterable[Mention]] = tuple,
    terms: dict[SentenceKey, tuple[Term, ...]] | None = None,
    counts: dict[SentenceKey, dict[str, str]] | None = None,
) -> list[list[AlignedSentence]]:
    """Group sentences of different versions that carry the same content.

    `words` holds the tokens of every article (non-boilerplate) sentence; `people` gives the
    mentions of people in the versions (asked for once the sentences are weighed: they may
    still be found on the other core); `terms` and `counts`, when given, each sentence's
    content terms and what its figures count (see `build_profiles`).
    Returns passages as lists of (version, sentence, score), each with at least two versions.
    Deterministic and independent of the order of `versions`: the work is done on the
    versions sorted by their text, so every tie breaks the same way whatever the input order.
    """
    canonical = sorted(range(len(versions)), key=lambda v: _identity(versions[v]))
    rank = {v: r for r, v in enumerate(canonical)}
    # Sentences in that order too: the order terms are first met in sets the order in which
    # candidate pairs' shared weights are summed, and a float sum depends on its order.
    ranked = sorted(((rank[v], s), (v, s)) for v, s in words)
    profiles = build_profiles(
        {key: words[v, s] for key, (v, s) in ranked},
        {key: versions[v].sentences[s].text for key, (v, s) in ranked},
        _story_year(versions),
        terms and {key: terms[v, s] for key, (v, s) in ranked},
        counts and {key: counts[v, s] for key, (v, s) in ranked},
    )
    # Sentences meet on their terms, not their people: the pairs are found while the people
    # may still be coming from the other core.
    pairs = list(candidate_pairs(profiles))
    named = people_by_sentence(versions, people(), words)
    for (v, s), person in itertools.chain(named, people_by_title(words)):
        if (rank[v], s) in profiles:
            found = profiles[rank[v], s]
            found.people = (*found.people, person)
    clusters = Clusters(profiles, threshold)
    values = split_map(partial(_scores, profiles, clusters.known), pairs, FORK_PAIRS)
    clusters.record_scores(pairs, values)
    # Pairs at the threshold found and grow passages; pairs from LINKAGE x threshold may
    # only attach lone sentences to them afterwards.
    scored = sorted(
        (-value, a, b)
        for (a, b), value in zip(pairs, values, strict=True)
        if value >= LINKAGE * threshold
    )
    for value, a, b in scored:
        if -value >= threshold:
            clusters.link(a, b)
        else:
            clusters.attach(a, b)
    clusters.join_splits()
    founding = [(a, b) for value, a, b in scored if -value >= threshold]
    clusters.join_retold(founding)
    facts = clusters.facts(founding)
    where = dict(ranked)
    facts = clusters.clause_facts(
        facts,
        lambda key: clauses(words[where[key]], versions[where[key][0]].text),
        pairs,
    )
    passages = [[(canonical[key[0]], key[1]) for key in members] for members in facts]
    found_parts = parts(passages, words)
    return [
        [
            AlignedSentence(*key, round(best, 4), found_parts.get((index, key)))
            for key, best in zip(
                keys, clusters.best_scores([(rank[v], s) for v, s in keys]), strict=True
            )
        ]
        for index, keys in enumerate(passages)
    ]


def parts(
    passages: Sequence[Sequence[tuple[int, int]]], words: dict[tuple[int, int], list[Token]]
) -> dict[tuple[int, tuple[int, int]], tuple[int, int]]:
    """The words of a sentence that tell each passage's fact, when it stands in several: from
    the first to the last of its words that the passage's other versions share with it and its
    other passages' do not (or, failing any, that the passage's share). Keyed by (passage index,
    sentence); a part that is the whole sentence is left out."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for index, members in enumerate(passages):
        for key in members:
            by_sentence.setdefault(key, []).append(index)
    # Only a sentence in several passages has parts: only the passages holding one are read.
    several = {key: indexes for key, indexes in by_sentence.items() if len(indexes) > 1}
    read = {index for indexes in several.values() for index in indexes}
    stems = {key: [stem(t.norm) for t in words[key]] for i in read for key in passages[i]}
    shared: dict[tuple[int, tuple[int, int]], set[str]] = {}
    for index in read:
        # Per term, the versions of the passage using it: a member's shared terms are found
        # per term, not against every other member.
        using: dict[str, set[int]] = {}
        for key in passages[index]:
            for term in stems[key]:
                using.setdefault(term, set()).add(key[0])
        for key in passages[index]:
            if key in several:
                shared[index, key] = {
                    t
                    for t in stems[key]
                    if len(using[t]) > 1 and t not in STOP_WORDS  # a version besides key's
                }
    found = {}
    for key, indexes in several.items():
        for index in indexes:
            elsewhere = set().union(*(shared[i, key] for i in indexes if i != index))
            told = shared[index, key] - elsewhere or shared[index, key]
            hits = [t for t, term in zip(words[key], stems[key], strict=True) if term in told]
            if hits and (hits[0].start, hits[-1].end) != (words[key][0].start, words[key][-1].end):
                found[index, key] = (hits[0].start, hits[-1].end)
    return found


def _scores(
    profiles: dict[SentenceKey, Profile],
    known: KnownScores,
    pairs: Sequence[tuple[SentenceKey, SentenceKey]],
) -> list[float]:
    return [score(profiles[a], profiles[b], known) for a, b in pairs]


def _story_year(versions: Sequence[Version]) -> int | None:
    """The latest year among the versions' dates (ISO, yyyy first), None when none has one."""
    years = [int(v.date[:4]) for v in versions if v.date and v.date[:4].isdigit()]
    return max(years, default=None)


def _identity(version: Version) -> tuple[str, str, str]:
    return version.text, version.path, version.name
