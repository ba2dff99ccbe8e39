"""Passages from scored pairs: average linkage first (one place per sentence), then a second
pass that gives a sentence one passage per fact it tells."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

from tui.core.align.profiles import Content, Profile, SentenceKey
from tui.core.align.scoring import KnownScores, score, shared_weight
from tui.core.align.usage import TermUsage
from tui.core.normalise import MIN_CLAUSE

MAX_SAME_VERSION_GAP = 1  # one passage may hold adjacent sentences of one version (a split)
LINKAGE = 0.75  # a merge needs the mean score of the version pairs it makes >= 0.75 x threshold
FLOOR = 0.35  # ... and none of them under 0.35 x threshold: no chaining of unrelated ends
LOOSE_FIT = 1.25  # a member whose mean score in its passage is under 1.25 x threshold
SPLIT_GAIN = 0.15  # a split version's two sentences together cover this much more of the others

Unit = tuple[SentenceKey, ...]  # one version's member sentences in a passage


class Clusters:
    """Average-linkage agglomeration over scored pairs.

    A passage is judged version by version: when one version splits into two sentences what
    another says in one, its two sentences are scored together as one unit.
    """

    def __init__(self, profiles: dict[SentenceKey, Profile], threshold: float) -> None:
        self.profiles = profiles
        self.threshold = threshold
        self.cluster_of: dict[SentenceKey, int] = {}
        self.members: dict[int, list[SentenceKey]] = {}
        self.scores: dict[tuple[Unit, Unit], float] = {}
        self.unit_profiles: dict[Unit, Profile] = {}
        self.shared: dict[tuple[Content, Content], float] = {}  # (reader, other) -> weight
        self.known: KnownScores = {}
        self.refused: set[frozenset] = set()  # pairs of passage ids (or lone sentences) judged
        self.partners: dict[SentenceKey, list[SentenceKey]] = defaultdict(list)  # at threshold
        self.next_id = 0
        self._units: dict[int, dict[int, Unit]] = {}  # per passage id, while it stands
        # While facts() and clause_facts() run: per passage, the versions using its terms.
        self._usage: defaultdict[int, TermUsage] = defaultdict(TermUsage)

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
            if value >= self.threshold:
                self.partners[a].append(b)
                self.partners[b].append(a)

    def shared_weight(self, reader: Unit, other: Unit) -> float:
        # Split tests weigh a reader against the same halves again and again; copies share contents.
        a, b = self._profile(reader), self._profile(other)
        contents = (a.content, b.content)
        found = self.shared.get(contents)
        if found is None:
            found = self.shared[contents] = shared_weight(a, b)
        return found

    def _profile(self, unit: Unit) -> Profile:
        if len(unit) == 1:
            return self.profiles[unit[0]]
        if unit not in self.unit_profiles:
            self.unit_profiles[unit] = self._merged_profile(unit)
        return self.unit_profiles[unit]

    def _merged_profile(self, unit: Unit) -> Profile:
        """One version's adjacent sentences as one: what any part tells, the unit tells (its
        people, prizes, years and matches, so that a split is held to the rules of one
        sentence); it is a record's title only if every part is, and follows its first part."""
        parts = [self.profiles[key] for key in unit]
        weights: dict[str, float] = {}
        for part in parts:
            for term, weight in part.weights.items():
                weights[term] = max(weights.get(term, 0.0), weight)
        merged = Profile(
            unit[0],
            tuple(part.content for part in parts),
            weights,
            tuple(sorted({n for part in parts for n in part.names})),
            sum(weights.values()),
            " ".join(sorted(weights)),
            frozenset().union(*(part.unique for part in parts)),
            {n: thing for part in parts for n, thing in part.counts.items()},
            measured={n: reading for part in parts for n, reading in part.measured.items()},
        )
        first = parts[0]
        merged.people = tuple(dict.fromkeys(person for part in parts for person in part.people))
        # A unit holding its version's frame tells that meeting rather than speaks within it.
        merged.frame = first.frame if all(p.frame is first.frame for p in parts) else None
        merged.parties = any(part.parties for part in parts)
        merged.label = all(part.label for part in parts)
        merged.previous = first.previous
        merged.prize = frozenset().union(*(part.prize for part in parts))
        merged.dated = frozenset().union(*(part.dated for part in parts))
        merged.times = frozenset().union(*(part.times for part in parts))
        merged.scores = frozenset().union(*(part.scores for part in parts))
        merged.teams = tuple(dict.fromkeys(side for part in parts for side in part.teams))
        return merged

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

    def passage_units(self, key: SentenceKey) -> dict[int, Unit]:
        """`units` of the passage holding `key` (or of the lone sentence), found once per
        passage: linking tries a passage again at each of its members' pairs as it grows."""
        cid = self.cluster_of.get(key)
        if cid is None:
            return {key[0]: (key,)}
        found = self._units.get(cid)
        if found is None:
            found = self._units[cid] = self.units(self.members[cid])
        return found

    def merged_scores(self, a: SentenceKey, b: SentenceKey) -> list[float]:
        """Scores of the version pairs a merge of the passages of `a` and `b`, with no version
        in common, makes."""
        units_left, units_right = self.passage_units(a), self.passage_units(b)
        return [self.unit_score(x, y) for x in units_left.values() for y in units_right.values()]

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
        if self.passage_units(a).keys() & self.passage_units(b).keys():
            joined = self.covers_both(left, right)
        else:
            joined = self.acceptable(self.merged_scores(a, b))
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
        if lone[0] not in self.passage_units(member):
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

    def join_retold(self, pairs: Sequence[tuple[SentenceKey, SentenceKey]]) -> None:
        """Merge two passages of one fact that a version split between them by telling the
        fact twice in other words (a lead and a recap; versions word it as one or the other):
        a pair at the threshold links them, most versions tell the fact once, the two fit as
        a merge's would, and the version's two sentences are no near copies (a version tells
        two events in one stock phrasing, as readouts of two meetings do)."""
        apart: set[tuple[int, int]] = set()  # passages judged: a merge gives a new id
        for a, b in pairs:
            judged = (self.cluster_of.get(a, -1), self.cluster_of.get(b, -1))
            if judged[0] == judged[1] or -1 in judged or judged in apart:
                continue
            apart.add(judged)
            left, right = self.cluster(a), self.cluster(b)
            versions = {k[0] for k in left}, {k[0] for k in right}
            twice = versions[0] & versions[1]
            if 2 * len(twice) >= len(versions[0] | versions[1]):
                continue  # most versions tell the two apart: two facts
            by_version: dict[int, list[SentenceKey]] = defaultdict(list)
            for y in right:
                by_version[y[0]].append(y)
            if any(self.pair_score(x, y) >= self.threshold for x in left for y in by_version[x[0]]):
                continue
            if self.fit_across(left, right):
                self.merge(left, right)

    def fit_across(self, left: list[SentenceKey], right: list[SentenceKey]) -> bool:
        """`acceptable` for the scores of the pairs of versions across two passages, given up
        at the first score under the floor: most passages judged tell two facts, and scoring
        every pair of them would cost the square of their size."""
        floor = FLOOR * self.threshold
        scores = []
        for x in left:
            for y in right:
                if x[0] != y[0]:
                    value = self.pair_score(x, y)
                    if value < floor:
                        return False
                    scores.append(value)
        return self.acceptable(scores)

    def loose_blocker(self, left: list[SentenceKey], right: list[SentenceKey]) -> set[SentenceKey]:
        """The member that alone keeps two passages from joining, when it barely belongs to
        its own: the one version with sentences in both, not adjacent, and the sentence of
        it that fits its passage worse, when that fit is under LOOSE_FIT x threshold and its
        passage keeps two versions without it. (When it is the only other version telling
        its half, its version tells that half in a sentence of its own: two facts.)"""
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
        if fits[weaker] >= LOOSE_FIT * self.threshold:
            return set()
        kept = {k[0] for k in (left, right)[weaker] if k not in mine[weaker]}
        return set(mine[weaker]) if len(kept) > 1 else set()

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
            self._units.pop(cid, None)
            if len({k[0] for k in members}) < 2:
                for other in members:
                    del self.cluster_of[other]
                del self.members[cid]

    def covers_both(self, left: list[SentenceKey], right: list[SentenceKey]) -> bool:
        """Whether the versions found in only one of the two passages read better against
        the split versions' two sentences together than against the half they matched, in
        each of the two passages."""
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
        # Each passage's readers must gain: when the versions of one tell its half alone and
        # read no better against both, that half is a fact of its own, and a version telling
        # both in one sentence tells two facts (it stands in both passages, see `facts`).
        for own in halves:
            gains = [
                (self.shared_weight(own[u], merged[v]) - self.shared_weight(own[u], own[v]))
                / self._profile(own[u]).total
                for u in own.keys() - split
                for v in split
            ]
            if gains and sum(gains) / len(gains) < SPLIT_GAIN:
                return False
            if not gains and self._told_alone(own, merged):
                return False
        return True

    def _told_alone(self, half: dict[int, Unit], merged: dict[int, Unit]) -> bool:
        """Whether a half that no other version of the two passages reads yet matches, at the
        threshold, a sentence of a version outside them: that version tells it alone."""
        return any(
            other[0] not in merged
            for unit in half.values()
            for key in unit
            for other in self.partners[key]
        )

    def facts(self, pairs: Sequence[tuple[SentenceKey, SentenceKey]]) -> list[list[SentenceKey]]:
        """The passages, each a fact, once a sentence may stand in several of them.

        The passages built so far give each sentence one place. But a lead packs several facts
        that another outlet tells in several sentences, and an outlet tells its main fact again
        in its headline or a recap. So each pair at the threshold (best first) that no passage
        holds yet is read again for what its sentences say beyond the passages they stand in:
        when the rest of one still matches the other, each joins the passages of the other
        that it fits as a member would, and a pair that joins nowhere founds a passage of its
        own. A sentence whose rest is what its passage already says (a near copy of another
        fact, stock phrasing) stays where it is, unless, whole, it scores with the other's
        passage as a founding pair would and the two passages tell different things
        (`_tells`): two facts it tells may share its words.
        """
        passages = [list(members) for members in self.members.values()]
        self._usage.clear()
        placed: dict[SentenceKey, set[int]] = defaultdict(set)
        for index, members in enumerate(passages):
            for key in members:
                placed[key].add(index)
        for a, b in pairs:
            # A sentence in no passage joins those of its partner that it fits as a member
            # would, or that its version's member tells as it does (`_retells`): what the
            # first pass does, for passages this pass founds after it.
            for joining, other in ((a, b), (b, a)):
                if placed[joining]:
                    continue  # a sentence with a fact of its own is not a copy of another
                for index in sorted(placed[other]):
                    members = passages[index]
                    if self._retells(joining, members) or self._fits(
                        self.profiles[joining], members
                    ):
                        passages[index].append(joining)
                        placed[joining].add(index)
            if placed[a] & placed[b]:
                continue
            # What the two say beyond their passages, less the context both give.
            context = self.profiles[a].context & self.profiles[b].context
            rests = {x: self._rest(x, passages, placed, context) for x in (a, b)}
            # One of the two must tell, beyond its passages, what the other says: a lead's
            # rest (its facts beyond the first) is a short sentence whose one fact is told
            # elsewhere too, so the short one's rest is empty and may not be asked to match.
            # (A lone sentence's rest is all of it: it says nothing beyond passages.)
            if all(
                self._rest_score(rests[x], y) < self.threshold
                for x, y in ((a, b), (b, a))
                if placed[x]
            ):
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
        # A placed sentence may tell, whole, its partner's fact too, in words its own passage
        # shares, which its rest has lost ("Almost 350 firefighters are fighting the fire; two
        # of them were injured" stands with the injured, and its rest has no firefighters left
        # for "About 280 firefighters are working on the fire"). Read once the passages above
        # stand, so that it only adds to them.
        for a, b in pairs:
            for joining, other in ((a, b), (b, a)):
                indexes = sorted(placed[other] - placed[joining]) if placed[joining] else ()
                own = [[k for k in passages[i] if k != joining] for i in placed[joining] if indexes]
                for index in indexes:
                    if self._tells(joining, passages[index], own):
                        passages[index].append(joining)
                        placed[joining].add(index)
        return [sorted(members) for members in passages]

    def clause_facts(
        self,
        passages: list[list[SentenceKey]],
        clauses: Callable[[SentenceKey], list[set[str]]],
        pairs: Sequence[tuple[SentenceKey, SentenceKey]],
    ) -> list[list[SentenceKey]]:
        """A sentence whose clause tells a passage's fact joins it (`clauses` gives a sentence's
        clauses, see `normalise.clauses`, found only for sentences with a passage to join).

        A long sentence may tell the fact of a passage in one clause and something else in
        the rest ("The January 24, 2016 M 7.1 earthquake southwest of Anchorage, Alaska,
        occurred as the result of strike-slip faulting…"; "Kirby touted the effort to keep
        lines open, evidenced in recent visits to Beijing by the secretaries"): the rest
        dilutes its score with every other version. Each clause (see `normalise.clauses`)
        of a sentence is scored against the sentence's candidate partners that stand in
        passages, and joins a partner's passage when it matches the partner at the threshold
        and fits the passage as a merge's members would.

        A sentence that already stands in a passage is read for its main clause only, and
        only when that clause says enough its passages do not (`_untold`): that is the
        headline number a sentence placed by its later clause also gives ("The fire has
        destroyed 47 homes in Sorrel Creek, according to a list the district released").
        A later clause hangs on the main one: "…met Han in New York, arguing for the need for
        responsible management of the relationship" read alone has lost who argued it and at
        which meeting, and matches any speaker's words on "the relationship"."""
        placed: dict[SentenceKey, list[int]] = defaultdict(list)
        for index, members in enumerate(passages):
            for key in members:
                placed[key].append(index)
        partners: dict[SentenceKey, set[SentenceKey]] = defaultdict(set)
        holding = {key: set(indexes) for key, indexes in placed.items()}
        for a, b in pairs:
            # A partner is worth reading against when it stands in a passage the other does not.
            if not holding.get(b, set()) <= holding.get(a, set()):
                partners[a].add(b)
            if not holding.get(a, set()) <= holding.get(b, set()):
                partners[b].add(a)
        self._usage.clear()
        joined: dict[tuple[int, SentenceKey], None] = {}  # in the order found
        for key in sorted(partners):
            profile = self.profiles[key]
            own = self._untold(profile, passages, placed) if key in placed else None
            if own is not None and len(own) < MIN_CLAUSE:
                continue  # no clause of it can say enough its passages do not
            read = clauses(key)
            if len(read) < 2:
                continue
            if own is not None:
                read = read[:1] if len(read[0] & own) >= MIN_CLAUSE else []
            for terms in read:
                clause = profile.without(profile.weights.keys() - terms)
                for other in sorted(partners[key]):
                    found = score(clause, self.profiles[other])
                    if found < self.threshold:
                        continue
                    for index in placed[other]:
                        members = passages[index]
                        if (index, key) not in joined and self._fits(clause, members):
                            joined[index, key] = None
                            # A member's score is that of the words telling the fact.
                            pair = ((key,), (other,)) if key < other else ((other,), (key,))
                            self.scores[pair] = max(self.scores.get(pair, 0.0), found)
        for index, key in joined:
            passages[index].append(key)
        return [sorted(members) for members in passages]

    def _untold(
        self, profile: Profile, passages: list[list[SentenceKey]], placed: dict
    ) -> set[str]:
        """The terms of a placed sentence that may tell a fact of its own: not those its
        passages' other versions use, nor names and the background (a venue, a date, an
        attribution: what every fact of a story may share). Its clause tells a fact when it
        holds as many of them as a clause needs to stand alone."""
        told = self._told_terms(profile.key, passages, placed, frozenset())
        return profile.weights.keys() - told - profile.context - set(profile.names)

    def _rest(
        self, key: SentenceKey, passages: list[list[SentenceKey]], placed: dict, context: frozenset
    ) -> Profile:
        """The sentence less the terms it tells as its passages do (`_told_terms`)."""
        told = self._told_terms(key, passages, placed, context)
        return self.profiles[key].without(told) if told else self.profiles[key]

    def _told_terms(
        self, key: SentenceKey, passages: list[list[SentenceKey]], placed: dict, context: frozenset
    ) -> set[str]:
        """The terms other than names a sentence shares with the other versions in its
        passages, and `context`. Names are kept: they say whom a fact is about, and every
        fact of a story names the same few, so a name its passage gives is no sign that the
        sentence told nothing more (they weigh little, see `profiles.NAME_WEIGHT`)."""
        profile = self.profiles[key]
        told = set(context)
        for index in placed[key]:
            # A term is told when a member of another version uses it: found per passage,
            # not per member, so a passage of many versions costs no more than a small one.
            usage = self._usage[index]
            usage.read(passages[index], self.profiles)
            told |= usage.told(profile.weights.keys(), key[0])
        return told - set(profile.names)

    def _retells(self, key: SentenceKey, members: list[SentenceKey]) -> bool:
        """Whether a sentence tells again, as its version's member of a passage does, the
        passage's fact (a headline and its lead, a recap): close to that member, and fitting
        the members of other versions as a merge's members would."""
        own = [self.pair_score(key, m) for m in members if m[0] == key[0]]
        others = [self.pair_score(key, m) for m in members if m[0] != key[0]]
        return bool(own) and min(own) >= self.threshold and self.acceptable(others)

    def _tells(
        self, key: SentenceKey, members: list[SentenceKey], own: list[list[SentenceKey]]
    ) -> bool:
        """Whether a sentence standing in passages (`own`: their other members) tells, whole,
        another passage's fact too: its scores with the members read as a founding pair's,
        none under the floor, and its passages and that one apart, their members' scores with
        each other under a merge's mean. Two passages that read alike are one event told twice
        or two told alike (a budget for a bridge and one for a tunnel): a sentence of one tells
        no second fact in the other. They read as a founding pair's on average at the
        threshold, or when, its best partner aside, the others still read it as a pair at the
        threshold or a merge's members do (a headline giving a deal and its price matches two
        outlets' price sentences): a lead telling a meeting fits, as a merge's member, the
        passage of what one of its people said there, on that one quote's word alone."""
        if any(m[0] == key[0] for m in members):
            return False
        scores = [self.pair_score(key, m) for m in members]
        besides = sorted(scores)[:-1]  # its best partner aside
        if not self.acceptable(scores) or (
            sum(scores) / len(scores) < self.threshold
            and not (self.acceptable(besides) or max(besides, default=0.0) >= self.threshold)
        ):
            return False
        for others in own:
            # Alike as a merge's mean requires; a member that dropped a word may fall under
            # the floor while the two passages still read alike.
            cross = [self.pair_score(x, y) for x in others for y in members if x[0] != y[0]]
            if cross and sum(cross) / len(cross) >= LINKAGE * self.threshold:
                return False
        return True

    def _fits(self, rest: Profile, members: list[SentenceKey]) -> bool:
        """Whether what a sentence says beyond its passages fits a passage of other versions
        as a merge's members would."""
        if any(m[0] == rest.key[0] for m in members):
            return False
        return self.acceptable([self._rest_score(rest, m) for m in members])

    def _rest_score(self, rest: Profile, key: SentenceKey) -> float:
        whole = rest is self.profiles[rest.key]
        return score(rest, self.profiles[key], self.known if whole else None)

    def merge(self, left: list[SentenceKey], right: list[SentenceKey]) -> None:
        merged = sorted(left + right)
        for key in (left[0], right[0]):
            old = self.cluster_of.get(key)
            if old is not None:
                del self.members[old]
                self._units.pop(old, None)
        new_id = self.next_id
        self.next_id += 1
        self.members[new_id] = merged
        for key in merged:
            self.cluster_of[key] = new_id


def _close(keys: list[SentenceKey]) -> bool:
    """Whether one version's sentences, sorted, are near enough to each other to be a split."""
    return all(b[1] - a[1] <= MAX_SAME_VERSION_GAP for a, b in itertools.pairwise(keys))
