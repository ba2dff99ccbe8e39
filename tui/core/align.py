"""Sentence alignment across versions: candidate pruning, pair scoring, passage building.

Scoring compares the content terms of two sentences (stop words dropped, light stemming,
number words as digits) weighted by rarity, with rapidfuzz matching spelling variants of
names and rapidfuzz's token ratio as a second opinion. Passages grow by average linkage
so that A≈B and B≈C never glue an unrelated A and C together.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from tui.core.lexicon import en
from tui.core.model import Mention, Version
from tui.core.normalise import Term, Token, content_terms, counted, stem, tokens
from tui.core.spare_core import split_map

DEFAULT_THRESHOLD = 0.40

NAME_WEIGHT = 0.35  # a shared name is weak evidence: many sentences name the same people
BACKGROUND_WEIGHT = 0.5  # a term in a clause giving context ("after…") says less of the news
MIN_TERMS = 2  # sentences with fewer content terms are too thin to align
ANCHOR_BONUS = 0.5  # extra weight of a shared term found once in each of the two versions
SPELLING_SIMILARITY = 0.8  # Antony/Anthony, Jake/Jack, Han/Hahn
MAX_SAME_VERSION_GAP = 1  # one passage may hold adjacent sentences of one version (a split)
LINKAGE = 0.75  # a merge needs the mean score of the version pairs it makes >= 0.75 x threshold
FLOOR = 0.35  # ... and none of them under 0.35 x threshold: no chaining of unrelated ends
LOOSE_FIT = 1.25  # a member whose mean score in its passage is under 1.25 x threshold
SPLIT_GAIN = 0.15  # a split version's two sentences together cover this much more of the others
PREFIX_SHARE = 0.6  # a sentence is indexed under its rarest 60% of terms
MIN_PREFIX = 3
COMMON_PER_VERSION = 3  # terms in more than 3 sentences per version are not indexed
PARTNERS_PER_VERSION = 2  # candidates kept per sentence in each other version
RUNNER_UP = 0.6  # ... the second only when it shares at least 60% of what the best shares
RECOUNT_WEIGHT = 0.5  # another figure for the same thing: the same slot, not the same value
OTHER_PEOPLE = 0.6  # two sentences each naming someone the other does not: likely two events
FORK_PAIRS = 4000  # score half the candidate pairs on the second core from this many

SentenceKey = tuple[int, int]  # (version, sentence)
Content = int | tuple[int, ...]  # which terms a sentence has; a unit's: its sentences' ones
# Scores by the two sentences' contents and anchors, all a score depends on: versions repeat
# sentences, so most pairs of sentences have the contents of pairs scored before.
KnownScores = dict[tuple[Content, Content, frozenset[str]], float]


class _Profile:
    """What scoring needs of one sentence. (Plain classes and NamedTuples here: a dataclass
    costs every `newsdiff --json` run its code generation at import.)"""

    __slots__ = (
        "content",
        "context",
        "counts",
        "joined",
        "key",
        "names",
        "names_by_initial",
        "people",
        "total",
        "unique",
        "weights",
    )

    def __init__(
        self,
        key: SentenceKey,
        content: Content,  # shared by sentences with the same terms: the same fields but `unique`
        weights: dict[str, float],  # term -> weight (rarity, names damped)
        names: tuple[str, ...],  # sorted, so variant matching is deterministic
        total: float,
        joined: str,  # sorted content terms, for rapidfuzz's token ratio
        unique: frozenset[str] = frozenset(),  # terms no other sentence of its version has
        counts: dict[str, str] | None = None,  # number term -> the thing it counts
        context: frozenset[str] = frozenset(),  # terms only in its background clause
    ) -> None:
        self.key, self.content, self.weights, self.names = key, content, weights, names
        self.total, self.joined, self.unique = total, joined, unique
        self.counts = counts or {}
        self.context = context
        self.people: tuple[frozenset[str], ...] = ()  # each person named: the terms of the name
        self.names_by_initial: dict[str, tuple[str, ...]] = {}
        for name in names:
            self.names_by_initial[name[0]] = (*self.names_by_initial.get(name[0], ()), name)


class AlignedSentence(NamedTuple):
    version: int
    sentence: int
    score: float


def build_profiles(
    words: dict[SentenceKey, list[Token]], texts: dict[SentenceKey, str]
) -> dict[SentenceKey, _Profile]:
    """`texts`: each sentence's text, whose tokens `words` holds."""
    contents, content_of = _contents(words, texts)
    term_sets = [{t for t, _, _ in terms} for terms in contents]
    content_of = {key: c for key, c in content_of.items() if len(term_sets[c]) >= MIN_TERMS}
    document_frequency: dict[str, int] = defaultdict(int)
    in_version: dict[tuple[int, str], int] = defaultdict(int)
    for key, content in content_of.items():
        for term in term_sets[content]:
            document_frequency[term] += 1
            in_version[(key[0], term)] += 1
    count = len(content_of) or 1
    rarity = {term: math.log(1 + count / df) for term, df in document_frequency.items()}
    # Sentences with the same terms share their weights (and their scores, see `score`).
    weighed: dict[int, tuple[dict[str, float], tuple[str, ...], float, str]] = {}
    counts: dict[int, dict[str, str]] = {}
    contexts: dict[int, frozenset[str]] = {}
    profiles = {}
    for key, content in content_of.items():
        if content not in weighed:
            terms = contents[content]
            weighed[content] = _weighed(terms, rarity)
            counts[content] = counted(list(terms))
            contexts[content] = frozenset(t for t, _, bg in terms if bg) - {
                t for t, _, bg in terms if not bg
            }
        weights, names, total, joined = weighed[content]
        unique = frozenset(t for t in weights if in_version[(key[0], t)] == 1)
        profiles[key] = _Profile(
            key, content, weights, names, total, joined, unique, counts[content], contexts[content]
        )
    return profiles


def _contents(
    words: dict[SentenceKey, list[Token]], texts: dict[SentenceKey, str]
) -> tuple[list[tuple[Term, ...]], dict[SentenceKey, int]]:
    """Each distinct sequence of terms once, and the index of each sentence's.

    Versions repeat sentences word for word (a text's terms are found once), and different
    wordings often come to the same terms."""
    index: dict[tuple[Term, ...], int] = {}
    of_text: dict[str, int] = {}
    content_of = {}
    for key, sentence_words in words.items():
        text = texts[key]
        if text not in of_text:
            of_text[text] = index.setdefault(tuple(content_terms(sentence_words)), len(index))
        content_of[key] = of_text[text]
    return list(index), content_of


def _weighed(
    terms: tuple[Term, ...], rarity: dict[str, float]
) -> tuple[dict[str, float], tuple[str, ...], float, str]:
    """A sentence's term weights, names, total weight and sorted terms joined."""
    weights: dict[str, float] = {}
    names = set()
    for term, is_name, background in terms:
        weight = rarity[term] * (BACKGROUND_WEIGHT if background else 1.0)
        if is_name:
            weight *= NAME_WEIGHT
            names.add(term)
        if weight > weights.get(term, 0.0):
            weights[term] = weight
    return weights, tuple(sorted(names)), sum(weights.values()), " ".join(sorted(weights))


def shared_weight(a: _Profile, b: _Profile) -> float:
    """Weight of the terms two sentences share, spelling variants of names included."""
    common = a.weights.keys() & b.weights.keys()
    shared = _smaller_weights(a.weights, b.weights, common)
    if a.names and b.names:
        shared += _variant_weight(a, b, common)
    if a.counts and b.counts:
        shared += _recount_weight(a, b, common)
    return shared


def _smaller_weights(
    weights_a: dict[str, float], weights_b: dict[str, float], terms: Iterable[str]
) -> float:
    """The sum over `terms` of the smaller of their two weights, in the order of `terms`.

    A plain loop: the hottest of scoring, where min() per term, even mapped in C, costs more."""
    total = 0.0
    for term in terms:
        a, b = weights_a[term], weights_b[term]
        total += a if a <= b else b
    return total


def score(a: _Profile, b: _Profile, known: KnownScores) -> float:
    """Similarity of two sentences, 0..1; from `known` when two sentences with the same
    contents and anchors met before, else worked out and added to it."""
    # A term each version uses in this one sentence only marks the two as counterparts.
    # (Such terms are among each sentence's own, so these are common terms.)
    anchors = a.unique & b.unique
    key = (a.content, b.content, anchors)
    found = known.get(key)
    if found is None:
        found = known[key] = _score(a, b, anchors)
    if a.people and b.people and _strangers(a, b) and _strangers(b, a):
        # A meeting is who met whom: "Blinken met Qin" and "Blinken met Xi" are two meetings
        # however alike their wording. Elsewhere another name may be a misattribution, which
        # a reader wants side by side when the rest is the same.
        met = en.ENCOUNTER_TERMS & a.weights.keys() & b.weights.keys()
        return 0.0 if met else found * OTHER_PEOPLE
    return found


def _strangers(a: _Profile, b: _Profile) -> bool:
    """Whether `a` names a person of whom `b` names no part, in no spelling."""
    return any(not any(_named_in(term, b) for term in person) for person in a.people)


def _named_in(term: str, profile: _Profile) -> bool:
    return term in profile.weights or any(
        _spelled_alike(term, name) for name in profile.names_by_initial.get(term[0], ())
    )


def _score(a: _Profile, b: _Profile, anchors: frozenset[str]) -> float:
    shared = shared_weight(a, b)
    if shared == 0.0:
        return 0.0
    if anchors:
        shared += ANCHOR_BONUS * _smaller_weights(a.weights, b.weights, anchors)
    dice = 2 * shared / (a.total + b.total)
    containment = shared / min(a.total, b.total)
    shorter = min(len(a.weights), len(b.weights))
    # A short sentence wholly inside a long one is evidence only when it says enough.
    contained = containment * min(1.0, shorter / 8) * 0.85
    if dice <= 0.2:
        return min(1.0, max(dice, contained))
    # rapidfuzz on the sorted terms: credits near-identical wording the weights miss.
    ratio = fuzz.ratio(a.joined, b.joined) / 100
    return min(1.0, max(dice, contained, 0.5 * (dice + ratio)))


def _variant_weight(a: _Profile, b: _Profile, common: set[str]) -> float:
    """Weight of names spelled differently in the two sentences (Anthony/Antony).

    Variants share their first letter, so only names with the same initial are compared."""
    weight = 0.0
    used: set[str] = set()
    for term in a.names:
        if term in common:
            continue
        for candidate in b.names_by_initial.get(term[0], ()):
            if candidate in common or candidate in used:
                continue
            if _spelled_alike(term, candidate):
                weight += min(a.weights[term], b.weights[candidate])
                used.add(candidate)
                break
    return weight


def _recount_weight(a: _Profile, b: _Profile, common: set[str]) -> float:
    """Weight of numbers that count the same thing differently in the two sentences (12 and
    11 people dead): one fact, told with another figure, which is what a reader compares."""
    weight = 0.0
    used: set[str] = set()
    for number, thing in a.counts.items():
        if number in common:
            continue
        for other, other_thing in b.counts.items():
            if other_thing == thing and other not in common and other not in used:
                weight += RECOUNT_WEIGHT * min(a.weights[number], b.weights[other])
                used.add(other)
                break
    return weight


@lru_cache(maxsize=1 << 16)
def _spelled_alike(a: str, b: str) -> bool:
    return Indel.normalized_similarity(a, b) >= SPELLING_SIMILARITY


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


Unit = tuple[SentenceKey, ...]  # one version's member sentences in a passage


class _Clusters:
    """Average-linkage agglomeration over scored pairs.

    A passage is judged version by version: when one version splits into two sentences what
    another says in one, its two sentences are scored together as one unit.
    """

    def __init__(self, profiles: dict[SentenceKey, _Profile], threshold: float) -> None:
        self.profiles = profiles
        self.threshold = threshold
        self.cluster_of: dict[SentenceKey, int] = {}
        self.members: dict[int, list[SentenceKey]] = {}
        self.scores: dict[tuple[Unit, Unit], float] = {}
        self.unit_profiles: dict[Unit, _Profile] = {}
        self.shared: dict[tuple[Content, Content], float] = {}  # (reader, other) -> weight
        self.known: KnownScores = {}
        self.refused: set[frozenset] = set()  # pairs of passage ids (or lone sentences) judged
        self.next_id = 0

    def pair_score(self, a: SentenceKey, b: SentenceKey) -> float:
        return self.unit_score((a,), (b,))

    def unit_score(self, a: Unit, b: Unit) -> float:
        pair = (a, b) if a < b else (b, a)
        found = self.scores.get(pair)
        if found is None:
            found = self.scores[pair] = score(
                self._profile(pair[0]), self._profile(pair[1]), self.known
            )
        return found

    def record_scores(self, pairs: Sequence[tuple[SentenceKey, SentenceKey]], values) -> None:
        """Pair scores computed outside (half of them on the second core); each pair a < b."""
        for (a, b), value in zip(pairs, values, strict=True):
            self.scores[((a,), (b,))] = value

    def shared_weight(self, reader: Unit, other: Unit) -> float:
        # Split tests weigh the same reader against the same halves again and again, and
        # repeated sentences have the same contents.
        a, b = self._profile(reader), self._profile(other)
        contents = (a.content, b.content)
        found = self.shared.get(contents)
        if found is None:
            found = self.shared[contents] = shared_weight(a, b)
        return found

    def _profile(self, unit: Unit) -> _Profile:
        if len(unit) == 1:
            return self.profiles[unit[0]]
        if unit not in self.unit_profiles:
            self.unit_profiles[unit] = self._merged_profile(unit)
        return self.unit_profiles[unit]

    def _merged_profile(self, unit: Unit) -> _Profile:
        parts = [self.profiles[key] for key in unit]
        weights: dict[str, float] = {}
        for part in parts:
            for term, weight in part.weights.items():
                weights[term] = max(weights.get(term, 0.0), weight)
        return _Profile(
            unit[0],
            tuple(part.content for part in parts),
            weights,
            tuple(sorted({n for part in parts for n in part.names})),
            sum(weights.values()),
            " ".join(sorted(weights)),
            frozenset().union(*(part.unique for part in parts)),
            {n: thing for part in parts for n, thing in part.counts.items()},
        )

    def cluster(self, key: SentenceKey) -> list[SentenceKey]:
        cid = self.cluster_of.get(key)
        return self.members[cid] if cid is not None else [key]

    def units(self, members: list[SentenceKey]) -> dict[int, Unit] | None:
        """Members grouped by version; None when a version's sentences are not adjacent."""
        by_version: dict[int, list[SentenceKey]] = defaultdict(list)
        for key in members:
            by_version[key[0]].append(key)
        for keys in by_version.values():
            keys.sort()
            if not _close(keys):
                return None
        return {version: tuple(keys) for version, keys in by_version.items()}

    def merged_scores(self, left: list[SentenceKey], right: list[SentenceKey]) -> list[float]:
        """Scores of the version pairs a merge of passages with no version in common makes."""
        units_left, units_right = self.units(left), self.units(right)
        return [self.unit_score(a, b) for a in units_left.values() for b in units_right.values()]

    def acceptable(self, scores: list[float]) -> bool:
        return (
            bool(scores)
            and sum(scores) / len(scores) >= LINKAGE * self.threshold
            and min(scores) >= FLOOR * self.threshold
        )

    def link(self, a: SentenceKey, b: SentenceKey) -> None:
        left, right = self.cluster(a), self.cluster(b)
        if left is right:
            return
        # Many pairs join the same two passages: judge each pair of passages once.
        judged = frozenset((self.cluster_of.get(a, a), self.cluster_of.get(b, b)))
        if judged in self.refused:
            return
        if {k[0] for k in left} & {k[0] for k in right}:
            joined = self.covers_both(left, right)
        else:
            joined = self.acceptable(self.merged_scores(left, right))
        if joined:
            self.merge(left, right)
        else:
            self.refused.add(judged)

    def attach(self, a: SentenceKey, b: SentenceKey) -> None:
        """Link a pair under the threshold only to bring a lone sentence into a passage that
        pairs at the threshold founded, from a version it lacks: several members' evidence
        together (their mean score, as `acceptable` judges it) can carry what no pair does."""
        if (a in self.cluster_of) == (b in self.cluster_of):
            return
        member, lone = (a, b) if a in self.cluster_of else (b, a)
        if all(key[0] != lone[0] for key in self.cluster(member)):
            self.link(a, b)

    def join_splits(self) -> None:
        """Merge two passages that hold adjacent sentences of one version when a version
        that is not split says both halves in one sentence: one outlet split into two what
        another says once. Two facts that several outlets tell in the same order stay apart."""
        # Passages (or a lone sentence) judged apart: judging them again, at each of their
        # versions' adjacent pairs, would say the same, as a passage's members change only
        # when it is joined, and then it has a new id.
        apart: set[tuple[int | SentenceKey, int]] = set()
        for key in sorted(self.cluster_of):
            after = (key[0], key[1] + 1)
            if after not in self.cluster_of:
                continue
            judged = (self.cluster_of.get(key, key), self.cluster_of[after])
            if judged[0] == judged[1] or judged in apart:
                continue
            left, right = self.cluster(key), self.cluster(after)
            if self.covers_both(left, right):
                self.merge(left, right)
                continue
            # A version with a sentence in each passage, not adjacent, blocks the join: its
            # looser member may share only a clause (a venue, a date) with the others.
            strays = self.loose_blocker(left, right)
            kept_left = [k for k in left if k not in strays]
            kept_right = [k for k in right if k not in strays]
            if strays and self.covers_both(kept_left, kept_right):
                self.release(strays)
                self.merge(kept_left, kept_right)
            else:
                apart.add(judged)

    def loose_blocker(self, left: list[SentenceKey], right: list[SentenceKey]) -> set[SentenceKey]:
        """The member that alone keeps two passages from joining, when it barely belongs to
        its own: the one version with sentences in both, not adjacent, and the sentence of
        it that fits its passage worse, when that fit is under LOOSE_FIT x threshold."""
        sides: dict[int, tuple[list[SentenceKey], list[SentenceKey]]] = defaultdict(
            lambda: ([], [])
        )
        for side, members in enumerate((left, right)):
            for key in members:
                sides[key[0]][side].append(key)
        shared = [both for both in sides.values() if both[0] and both[1]]
        if 2 * (len(shared) - 1) > len(sides):
            return set()  # even without the blocker most versions tell the two apart
        conflicts = [both for both in shared if not _close(sorted(both[0] + both[1]))]
        if len(conflicts) != 1:  # adjacent sentences are a split, which covers_both judges
            return set()
        mine = conflicts[0]
        fits = [self._fit(keys, side) for keys, side in zip(mine, (left, right), strict=True)]
        weaker = 0 if fits[0] < fits[1] else 1
        return set(mine[weaker]) if fits[weaker] < LOOSE_FIT * self.threshold else set()

    def best_scores(self, members: list[SentenceKey]) -> list[float]:
        """Each member's best score against a member of another version (0.0 when none).
        Each pair is scored once for both of its members."""
        best = [0.0] * len(members)
        for (i, a), (j, b) in itertools.combinations(enumerate(members), 2):
            if a[0] != b[0]:
                value = self.pair_score(a, b)
                if value > best[i]:
                    best[i] = value
                if value > best[j]:
                    best[j] = value
        return best

    def _fit(self, keys: list[SentenceKey], passage: list[SentenceKey]) -> float:
        scores = [self.pair_score(a, b) for a in keys for b in passage if b[0] != a[0]]
        return sum(scores) / len(scores) if scores else 0.0

    def release(self, keys: set[SentenceKey]) -> None:
        """Take sentences out of their passages; a passage left with one version dissolves."""
        for key in keys:
            cid = self.cluster_of.pop(key)
            members = self.members[cid]
            members.remove(key)
            if len({k[0] for k in members}) < 2:
                for other in members:
                    del self.cluster_of[other]
                del self.members[cid]

    def covers_both(self, left: list[SentenceKey], right: list[SentenceKey]) -> bool:
        """Whether the versions found in only one of the two passages read better against
        the split versions' two sentences together than against the half they matched."""
        versions = {k[0] for k in left}, {k[0] for k in right}
        split = versions[0] & versions[1]
        if len(split) > len(versions[0] | versions[1]) - len(split):
            return False  # most versions tell the two apart: two facts told in the same order
        merged = self.units(left + right)
        if merged is None:
            return False
        halves = self.units(left), self.units(right)
        readers = [(own, u) for own in halves for u in own.keys() - split]
        wholes = [self.unit_score(own[u], merged[v]) for own, u in readers for v in split]
        if not self.acceptable(wholes):  # the cheap test first: most candidates fail it
            return False
        gains = []
        for own, u in readers:
            reader = own[u]
            for v in split:
                gained = self.shared_weight(reader, merged[v]) - self.shared_weight(reader, own[v])
                gains.append(gained / self._profile(reader).total)
        return sum(gains) / len(gains) >= SPLIT_GAIN

    def facts(self, pairs: Sequence[tuple[SentenceKey, SentenceKey]]) -> list[list[SentenceKey]]:
        """The passages, each a fact, once a sentence may stand in several of them.

        The passages built so far give each sentence one place. But a lead packs several facts
        that another outlet tells in several sentences, and an outlet tells its main fact again
        in its headline or a recap. So each pair at the threshold (best first) that no passage
        holds yet is read again for what its sentences say beyond the passages they stand in:
        when that rest still matches, each joins the passages of the other that it fits as a
        member would, and a pair that joins nowhere founds a passage of its own. A sentence
        whose rest is what its passage already says (a near copy of another fact, stock
        phrasing) stays where it is.
        """
        passages = [list(members) for members in self.members.values()]
        placed: dict[SentenceKey, set[int]] = defaultdict(set)
        for index, members in enumerate(passages):
            for key in members:
                placed[key].add(index)
        for a, b in pairs:
            for joining, other in ((a, b), (b, a)):
                if placed[joining]:
                    continue  # a sentence with a fact of its own is not a copy of another
                for index in sorted(placed[other]):
                    if self._retells(joining, passages[index]):
                        passages[index].append(joining)
                        placed[joining].add(index)
            if placed[a] & placed[b]:
                continue
            # What the two say beyond their passages, less the context both give.
            context = self.profiles[a].context & self.profiles[b].context
            rests = {
                a: self._rest(a, passages, placed, context),
                b: self._rest(b, passages, placed, context),
            }
            if _score(rests[a], rests[b], rests[a].unique & rests[b].unique) < self.threshold:
                continue
            for joining, other in ((a, b), (b, a)):
                for index in sorted(placed[other]):
                    if self._fits(rests[joining], passages[index]):
                        passages[index].append(joining)
                        placed[joining].add(index)
            if not placed[a] & placed[b]:
                placed[a].add(len(passages))
                placed[b].add(len(passages))
                passages.append([a, b])
        return [sorted(members) for members in passages]

    def _rest(
        self,
        key: SentenceKey,
        passages: list[list[SentenceKey]],
        placed: dict,
        context: frozenset[str],
    ) -> _Profile:
        """The sentence less the terms it shares with the other versions in its passages, and
        less `context`."""
        profile = self.profiles[key]
        told = set(context)
        for index in placed[key]:
            for member in passages[index]:
                if member[0] != key[0]:
                    told |= profile.weights.keys() & self.profiles[member].weights.keys()
        if not told:
            return profile
        weights = {t: w for t, w in profile.weights.items() if t not in told}
        rest = _Profile(
            key,
            profile.content,
            weights,
            tuple(n for n in profile.names if n in weights),
            sum(weights.values()),
            " ".join(sorted(weights)),
            profile.unique - told,
            {n: thing for n, thing in profile.counts.items() if n in weights},
            profile.context - told,
        )
        rest.people = profile.people
        return rest

    def _retells(self, key: SentenceKey, members: list[SentenceKey]) -> bool:
        """Whether a sentence tells again, as its version's member of a passage does, the
        passage's fact (a headline and its lead, a recap): close to that member, and fitting
        the members of other versions as a merge's members would."""
        own = [self.pair_score(key, m) for m in members if m[0] == key[0]]
        others = [self.pair_score(key, m) for m in members if m[0] != key[0]]
        return bool(own) and min(own) >= self.threshold and self.acceptable(others)

    def _fits(self, rest: _Profile, members: list[SentenceKey]) -> bool:
        """Whether what a sentence says beyond its passages fits a passage of other versions
        as a merge's members would."""
        if any(m[0] == rest.key[0] for m in members):
            return False
        return self.acceptable([self._rest_score(rest, m) for m in members])

    def _rest_score(self, rest: _Profile, key: SentenceKey) -> float:
        other = self.profiles[key]
        return (
            score(rest, other, self.known)
            if rest is self.profiles[rest.key]
            else _score(rest, other, rest.unique & other.unique)
        )

    def merge(self, left: list[SentenceKey], right: list[SentenceKey]) -> None:
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


def _close(keys: list[SentenceKey]) -> bool:
    """Whether one version's sentences, sorted, are near enough to each other to be a split."""
    return all(b[1] - a[1] <= MAX_SAME_VERSION_GAP for a, b in itertools.pairwise(keys))


def align(
    versions: Sequence[Version],
    words: dict[SentenceKey, list[Token]],
    threshold: float = DEFAULT_THRESHOLD,
    people: Callable[[], Iterable[Mention]] = tuple,
) -> list[list[AlignedSentence]]:
    """Group sentences of different versions that carry the same content.

    `words` holds the tokens of every article (non-boilerplate) sentence; `people` gives the
    mentions of people in the versions (asked for once the sentences are weighed: they may
    still be found on the other core).
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
    )
    for (v, s), person in _people_by_sentence(versions, people()):
        if (rank[v], s) in profiles:
            found = profiles[rank[v], s]
            found.people = (*found.people, person)
    clusters = _Clusters(profiles, threshold)
    pairs = list(candidate_pairs(profiles))
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
    return [
        [
            AlignedSentence(canonical[key[0]], key[1], round(best, 4))
            for key, best in zip(members, clusters.best_scores(members), strict=True)
        ]
        for members in clusters.facts(founding)
    ]


def _people_by_sentence(
    versions: Sequence[Version], mentions: Iterable[Mention]
) -> Iterator[tuple[SentenceKey, frozenset[str]]]:
    """Each mention of a person as the sentence it stands in and the terms of its name."""
    starts = [[s.start for s in v.sentences] for v in versions]
    for mention in mentions:
        sentence = bisect_right(starts[mention.version], mention.start) - 1
        terms = frozenset(stem(token.norm) for token in tokens(mention.text) if token.capitalised)
        if sentence >= 0 and terms:
            yield (mention.version, sentence), terms


def _scores(
    profiles: dict[SentenceKey, _Profile],
    known: KnownScores,
    pairs: Sequence[tuple[SentenceKey, SentenceKey]],
) -> list[float]:
    return [score(profiles[a], profiles[b], known) for a, b in pairs]


def _identity(version: Version) -> tuple[str, str, str]:
    return version.text, version.path, version.name
