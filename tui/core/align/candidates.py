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
PARTNER_VERSIONS = 10  # ... in the other versions where it meets its best partners, at most
OTHER_CONTENTS = 2  # ... and in as many more that offer sentences worded otherwise


def candidate_pairs(profiles: dict[SentenceKey, Profile]) -> set[tuple[SentenceKey, SentenceKey]]:
    """Pairs from different versions worth scoring.

    Prefix filtering: each sentence is indexed under its rarest terms only, so two
    sentences meet when they share a distinctive term, and common words never make
    every pair a candidate. Each sentence then keeps its best few partners in each of the few
    versions that match it best, so the work grows with the input, not with its square: with
    many versions, a passage forms through the partners its members share (fifty copies of a
    wire story all meet the same few), and its members are then judged all against all.

    Versions of one story repeat its sentences, and sentences with the same content (copies)
    meet the same others with the same weight: the index holds each content once, and each
    content's partners in a version are chosen once for all its copies.
    """
    copies: dict[Content, list[SentenceKey]] = defaultdict(list)
    for key, profile in profiles.items():
        copies[profile.content].append(key)
    weights = {content: profiles[keys[0]].weights for content, keys in copies.items()}
    document_frequency: dict[str, int] = defaultdict(int)
    for content, keys in copies.items():
        for term in weights[content]:
            document_frequency[term] += len(keys)
    versions = len({key[0] for key in profiles})
    # A term found in more sentences than this is not distinctive: skipping it bounds the work.
    cap = COMMON_PER_VERSION * versions
    postings: dict[str, list[tuple[Content, float]]] = defaultdict(list)  # term: (content, weight)
    shared: dict[tuple[Content, Content], float] = defaultdict(float)
    for content, terms in weights.items():
        # A term of one sentence makes no pair, and a common one makes too many.
        rarest = sorted(
            (t for t in terms if 1 < document_frequency[t] <= cap),
            key=lambda t: (document_frequency[t], t),
        )
        for term in rarest[: max(MIN_PREFIX, math.ceil(len(terms) * PREFIX_SHARE))]:
            postings[term].append((content, terms[term]))
    for entries in postings.values():
        for i, (a, weight_a) in enumerate(entries):
            shared[a, a] += weight_a  # copies meet each other on every term of their index
            for b, weight_b in entries[i + 1 :]:
                shared[a, b] += weight_a if weight_a <= weight_b else weight_b
    # Each content's candidates in each version, best first: (weight, sentence).
    found: dict[tuple[Content, int], list[tuple[float, SentenceKey]]] = defaultdict(list)
    for (a, b), weight in shared.items():
        for one, other in ((a, b), (b, a)) if a != b else ((a, a),):
            for key in copies[other]:
                found[one, key[0]].append((weight, key))
    # Per content, its partners in each version, the versions it matches best first.
    by_version: dict[Content, list[tuple[float, int, list[SentenceKey]]]] = defaultdict(list)
    for (content, version), partners in found.items():
        if len(partners) > 1:  # most sentences meet one sentence of a version: no sort
            partners = sorted(partners, reverse=True)[:PARTNERS_PER_VERSION]
        best = partners[0][0]
        chosen = [other for weight, other in partners if weight >= RUNNER_UP * best]
        by_version[content].append((best, version, chosen))
    pairs = set()
    for content, matches in by_version.items():
        matches.sort(reverse=True)
        # The versions it matches best, and the next that offer a content not met there: copies
        # that differ in a word (12 or 11 killed) still meet, and their passage is judged whole.
        picked = [(version, chosen) for _, version, chosen in matches[: PARTNER_VERSIONS + 1]]
        met = {profiles[other].content for _, chosen in picked for other in chosen}
        for _, version, chosen in matches[PARTNER_VERSIONS + 1 :]:
            if len(picked) == PARTNER_VERSIONS + 1 + OTHER_CONTENTS:
                break
            contents = {profiles[other].content for other in chosen}
            if not contents <= met:
                picked.append((version, chosen))
                met |= contents
        for key in copies[content]:
            for version, chosen in picked:
                if version == key[0]:
                    continue
                for other in chosen:
                    pairs.add((key, other) if key < other else (other, key))
    return pairs
