"""Sentence alignment across versions: candidate pruning, pair scoring, passage building.

Scoring compares the content terms of two sentences (stop words dropped, light stemming,
number words as digits) weighted by rarity, with rapidfuzz matching spelling variants of
names and rapidfuzz's token ratio as a second opinion. Passages grow by average linkage
so that A≈B and B≈C never glue an unrelated A and C together.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from tui.core.model import Version
from tui.core.normalise import Token, content_terms

DEFAULT_THRESHOLD = 0.40

NAME_WEIGHT = 0.35  # a shared name is weak evidence: many sentences name the same people
MIN_TERMS = 2  # sentences with fewer content terms are too thin to align
SPELLING_SIMILARITY = 0.8  # Antony/Anthony, Jake/Jack, Han/Hahn
MAX_SAME_VERSION_GAP = 1  # one passage may hold adjacent sentences of one version (a split)
PREFIX_SHARE = 0.6  # a sentence is indexed under its rarest 60% of terms
MIN_PREFIX = 3
COMMON_PER_VERSION = 3  # terms in more than 3 sentences per version are not indexed
PARTNERS_PER_VERSION = 2  # candidates kept per sentence in each other version

SentenceKey = tuple[int, int]  # (version, sentence)


@dataclass(slots=True)
class _Profile:
    """What scoring needs of one sentence."""

    key: SentenceKey
    weights: dict[str, float]  # term -> weight (rarity, names damped)
    names: tuple[str, ...]  # sorted, so variant matching is deterministic
    total: float
    joined: str  # sorted content terms, for rapidfuzz's token ratio


@dataclass(frozen=True, slots=True)
class AlignedSentence:
    version: int
    sentence: int
    score: float


def build_profiles(words: dict[SentenceKey, list[Token]]) -> dict[SentenceKey, _Profile]:
    raw: dict[SentenceKey, list[tuple[str, bool]]] = {}
    for key, sentence_words in words.items():
        terms = content_terms(sentence_words)
        if len({t for t, _ in terms}) >= MIN_TERMS:
            raw[key] = terms
    document_frequency: dict[str, int] = defaultdict(int)
    for terms in raw.values():
        for term in {t for t, _ in terms}:
            document_frequency[term] += 1
    count = len(raw) or 1
    profiles = {}
    for key, terms in raw.items():
        weights: dict[str, float] = {}
        names = set()
        for term, is_name in terms:
            weight = math.log(1 + count / document_frequency[term])
            if is_name:
                weight *= NAME_WEIGHT
                names.add(term)
            weights[term] = max(weights.get(term, 0.0), weight)
        profiles[key] = _Profile(
            key, weights, tuple(sorted(names)), sum(weights.values()), " ".join(sorted(weights))
        )
    return profiles


def score(a: _Profile, b: _Profile) -> float:
    """Similarity of two sentences, 0..1."""
    weights_a, weights_b = a.weights, b.weights
    common = weights_a.keys() & weights_b.keys()
    shared = 0.0
    for term in common:
        x, y = weights_a[term], weights_b[term]
        shared += x if x < y else y
    if a.names and b.names:
        shared += _variant_weight(a, b, common)
    if shared == 0.0:
        return 0.0
    dice = 2 * shared / (a.total + b.total)
    containment = shared / min(a.total, b.total)
    shorter = min(len(weights_a), len(weights_b))
    # A short sentence wholly inside a long one is evidence only when it says enough.
    contained = containment * min(1.0, shorter / 8) * 0.85
    if dice <= 0.2:
        return max(dice, contained)
    # rapidfuzz on the sorted terms: credits near-identical wording the weights miss.
    ratio = fuzz.ratio(a.joined, b.joined) / 100
    return max(dice, contained, 0.5 * (dice + ratio))


def _variant_weight(a: _Profile, b: _Profile, common: set[str]) -> float:
    """Weight of names spelled differently in the two sentences (Anthony/Antony)."""
    weight = 0.0
    used: set[str] = set()
    for term in a.names:
        if term in common:
            continue
        for candidate in b.names:
            if candidate in common or candidate in used:
                continue
            if Indel.normalized_similarity(term, candidate) >= SPELLING_SIMILARITY:
                weight += min(a.weights[term], b.weights[candidate])
                used.add(candidate)
                break
    return weight


def candidate_pairs(profiles: dict[SentenceKey, _Profile]) -> set[tuple[SentenceKey, SentenceKey]]:
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
    postings: dict[str, list[SentenceKey]] = defaultdict(list)
    for key, profile in profiles.items():
        rarest = sorted(
            (t for t in profile.weights if document_frequency[t] <= cap),
            key=lambda t: (document_frequency[t], t),
        )
        for term in rarest[: max(MIN_PREFIX, math.ceil(len(profile.weights) * PREFIX_SHARE))]:
            postings[term].append(key)
    shared: dict[tuple[SentenceKey, SentenceKey], float] = defaultdict(float)
    for term, keys in postings.items():
        for i, a in enumerate(keys):
            weight_a = profiles[a].weights[term]
            for b in keys[i + 1 :]:
                if a[0] != b[0]:
                    shared[(a, b)] += min(weight_a, profiles[b].weights[term])
    best: dict[tuple[SentenceKey, int], list[tuple[float, SentenceKey]]] = defaultdict(list)
    for (a, b), weight in shared.items():
        best[(a, b[0])].append((weight, b))
        best[(b, a[0])].append((weight, a))
    pairs = set()
    for (key, _), partners in best.items():
        for _, other in sorted(partners, reverse=True)[:PARTNERS_PER_VERSION]:
            pairs.add((key, other) if key < other else (other, key))
    return pairs


class _Clusters:
    """Average-linkage agglomeration over scored pairs."""

    def __init__(self, profiles: dict[SentenceKey, _Profile], threshold: float) -> None:
        self.profiles = profiles
        self.threshold = threshold
        self.cluster_of: dict[SentenceKey, int] = {}
        self.members: dict[int, list[SentenceKey]] = {}
        self.scores: dict[tuple[SentenceKey, SentenceKey], float] = {}
        self.next_id = 0

    def pair_score(self, a: SentenceKey, b: SentenceKey) -> float:
        pair = (a, b) if a < b else (b, a)
        if pair not in self.scores:
            self.scores[pair] = score(self.profiles[pair[0]], self.profiles[pair[1]])
        return self.scores[pair]

    def cluster(self, key: SentenceKey) -> list[SentenceKey]:
        cid = self.cluster_of.get(key)
        return self.members[cid] if cid is not None else [key]

    def can_merge(self, left: list[SentenceKey], right: list[SentenceKey]) -> bool:
        by_version: dict[int, list[int]] = defaultdict(list)
        for version, sentence in left + right:
            by_version[version].append(sentence)
        for sentences in by_version.values():
            sentences.sort()
            if any(b - a > MAX_SAME_VERSION_GAP for a, b in itertools.pairwise(sentences)):
                return False
        cross = [self.pair_score(a, b) for a in left for b in right if a[0] != b[0]]
        if not cross:
            return False
        average = sum(cross) / len(cross)
        return average >= 0.75 * self.threshold and min(cross) >= 0.35 * self.threshold

    def link(self, a: SentenceKey, b: SentenceKey) -> None:
        left, right = self.cluster(a), self.cluster(b)
        if left is right or not self.can_merge(left, right):
            return
        merged = sorted(left + right)
        for key in (left[0], right[0]):
            old = self.cluster_of.get(key)
            if old is not None:
                del self.members[old]
        new_id = self.next_id
        self.next_id += 1
        self.members[new_id] = merged
        for key in merged:
            self.cluster_of[key] = new_id


def align(
    versions: Sequence[Version],
    words: dict[SentenceKey, list[Token]],
    threshold: float = DEFAULT_THRESHOLD,
) -> list[list[AlignedSentence]]:
    """Group sentences of different versions that carry the same content.

    `words` holds the tokens of every article (non-boilerplate) sentence.
    Returns passages as lists of (version, sentence, score), each with at least two versions.
    Deterministic and independent of the order of `versions`: the work is done on the
    versions sorted by their text, so every tie breaks the same way whatever the input order.
    """
    canonical = sorted(range(len(versions)), key=lambda v: _identity(versions[v]))
    rank = {v: r for r, v in enumerate(canonical)}
    profiles = build_profiles({(rank[v], s): found for (v, s), found in words.items()})
    clusters = _Clusters(profiles, threshold)
    scored = []
    for a, b in candidate_pairs(profiles):
        value = clusters.pair_score(a, b)
        if value >= threshold:
            scored.append((-value, a, b))
    scored.sort()
    for _, a, b in scored:
        clusters.link(a, b)
    passages = []
    for members in clusters.members.values():
        passage = []
        for key in members:
            best = max(
                (clusters.pair_score(key, other) for other in members if other[0] != key[0]),
                default=0.0,
            )
            passage.append(AlignedSentence(canonical[key[0]], key[1], round(best, 4)))
        passages.append(passage)
    return passages


def _identity(version: Version) -> tuple[str, str, str]:
    return version.text, version.path, version.name
