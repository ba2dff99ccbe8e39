"""Which pairs of sentences are worth scoring: an index of each sentence's rarest terms, so the
work grows with the input rather than its square."""

from __future__ import annotations

import math
from collections import defaultdict

from tui.core.align.profiles import Content, Profile, SentenceKey

PREFIX_SHARE = 0.6  # a sentence is indexed under its rarest 60% of terms
MIN_PREFIX = 3
COMMON_PER_VERSION = 3  # terms in more than 3 sentences per version are not indexed
PARTNERS_PER_VERSION = 2  # candidates kept per sentence in each other version
RUNNER_UP = 0.6  # ... the second only when it shares at least 60% of what the best shares


def candidate_pairs(profiles: dict[SentenceKey, Profile]) -> set[tuple[SentenceKey, SentenceKey]]:
    """Pairs from different versions worth scoring.

    Prefix filtering: each sentence is indexed under its rarest terms only, so two
    sentences meet when they share a distinctive term, and common words never make
    every pair a candidate. Each sentence then keeps its best few partners in each other
    version, so the work grows with the input, not with its square.
    """
    document_frequency: dict[str, int] = defaultdict(int)
    for profile in profiles.values():
        for term in profile.weights:
            document_frequency[term] += 1
    versions = len({key[0] for key in profiles})
    # A term found in more sentences than this is not distinctive: skipping it bounds the work.
    cap = COMMON_PER_VERSION * versions
    postings: dict[str, list[tuple[SentenceKey, float]]] = defaultdict(list)  # term: (key, weight)
    prefixes: dict[Content, list[str]] = {}  # repeated sentences have the same
    for key, profile in profiles.items():
        weights = profile.weights
        if profile.content not in prefixes:
            # A term of one sentence makes no pair, and a common one makes too many.
            rarest = sorted(
                (t for t in weights if 1 < document_frequency[t] <= cap),
                key=lambda t: (document_frequency[t], t),
            )
            prefix = rarest[: max(MIN_PREFIX, math.ceil(len(weights) * PREFIX_SHARE))]
            prefixes[profile.content] = prefix
        for term in prefixes[profile.content]:
            postings[term].append((key, weights[term]))
    shared: dict[tuple[SentenceKey, SentenceKey], float] = defaultdict(float)
    for entries in postings.values():
        for i, (a, weight_a) in enumerate(entries):
            for b, weight_b in entries[i + 1 :]:
                if a[0] != b[0]:
                    shared[a, b] += weight_a if weight_a <= weight_b else weight_b
    best: dict[tuple[SentenceKey, int], list[tuple[float, SentenceKey]]] = defaultdict(list)
    for (a, b), weight in shared.items():
        best[a, b[0]].append((weight, b))
        best[b, a[0]].append((weight, a))
    pairs = set()
    for (key, _), partners in best.items():
        if len(partners) > 1:  # most sentences meet one sentence of a version: no sort
            partners = sorted(partners, reverse=True)[:PARTNERS_PER_VERSION]
        for weight, other in partners:
            if weight >= RUNNER_UP * partners[0][0]:  # a runner-up only when nearly as good
                pairs.add((key, other) if key < other else (other, key))
    return pairs
