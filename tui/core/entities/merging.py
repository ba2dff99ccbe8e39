"""Merging the spellings of one entity across versions (gazetteer aliases, word bags,
acronyms, aligned words, the spellings of `spellings`, lone surnames) and typing each cluster
by the evidence of its mentions."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property

from rapidfuzz import fuzz

from tui.core.entities.cues import AWARD, CLASS_OPENERS, class_size
from tui.core.entities.gazetteer import KNOWN, common_words, known, spelling_key
from tui.core.entities.patterns import (
    CITY_WEIGHT,
    GIVEN_NAME_WEIGHT,
    HEAD_TYPES,
    HEAD_WORD_WEIGHT,
    HEAD_WORDS,
    KNOWN_WEIGHT,
    MAX_ACRONYM,
    NOT_IN_FULL_NAMES,
    TITLE_WEIGHT,
    WEAK_WEIGHT,
)
from tui.core.entities.records import Found, is_acronym
from tui.core.entities.spellings import (
    SAME_VERSION_RATIO,
    merge_initials,
    merge_letter_spellings,
    merge_reordered,
    merge_spellings,
    merge_transliterations,
)
from tui.core.lexicon.en import (
    CLUB_WORDS,
    COMPASS_WORDS,
    FIRM_JOINERS,
    FUNCTION_WORDS,
    GENERIC_TAILS,
    GIVEN_NAMES,
    HEAD_TRANSLATIONS,
    JOINED_NAMES,
    NAME_ABBREVIATIONS,
    NAME_FILLER,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NUMBERED_HEADS,
    PARTY_CUES,
    VEHICLE_CLASSES,
)
from tui.core.model import ENTITY_TYPES, Span

# Spelling thresholds (rapidfuzz ratio, 0..100).
_SINGLE_WORD_RATIO = 85  # "Hahn"/"Han" 85.7
_ALIGNED_RATIO = 60  # aligned words must still look alike: "Kerry"/"Kirby" 60, "UN"/"Annual" 0


class Node:
    """All mentions sharing one spelling key (read its properties once all are in)."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.founds: list[Found] = []

    @cached_property
    def versions(self) -> frozenset[int]:
        return frozenset(f.version for f in self.founds)

    @cached_property
    def known(self) -> tuple[str, str, bool] | None:
        """(canonical name, type, sure) when the gazetteer knows this spelling."""
        return known(self.key) or _KNOWN_BAGS.get(_bag(self.key))

    @cached_property
    def sure(self) -> bool:
        """Known for sure: a hand-listed name or a country, not a city that may be a person."""
        return self.known is not None and self.known[2]

    @cached_property
    def acronym(self) -> bool:
        return len(self.key) <= MAX_ACRONYM and any(is_acronym(f.text) for f in self.founds)

    @cached_property
    def name_like(self) -> bool:
        """Could be a person's full name: 2-4 plain capitalised words, nothing known."""
        words = self.key.split()
        return (
            2 <= len(words) <= 4
            and self.known is None
            and all(w.isalpha() or "-" in w or "'" in w for w in words)
            and not any(w in NOT_IN_FULL_NAMES for w in words)
            and words[0] not in NAME_PARTICLES  # "Le Monde", "Al Jazeera", "La Paz"
        )


def _bag(key: str) -> frozenset[str]:
    """A name's words, in any order, as one spelling: "St" is "Saint", "Teatro" "Theatre"."""
    for name, term in JOINED_NAMES.items():
        key = key.replace(name, term)
    bag = frozenset(w for w in key.split() if w not in NAME_FILLER)
    return bag if bag.isdisjoint(_OTHER_WORDS) else frozenset(_SAME_WORDS.get(w, w) for w in bag)


_SAME_WORDS = {**NAME_ABBREVIATIONS, **HEAD_TRANSLATIONS}
_OTHER_WORDS = frozenset(_SAME_WORDS)


_KNOWN_BAGS = {_bag(k): (*v, True) for k, v in KNOWN.items() if " " in k}


class Groups:
    """Union-find over node keys; the smaller key is the root, so the result is order-free."""

    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> bool:
        """Join the groups of `a` and `b`; whether they were two."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
        return ra != rb

    def copy(self) -> Groups:
        copied = Groups(())
        copied.parent = dict(self.parent)
        return copied

    def members(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self.parent):
            found[self.find(key)].append(key)
        return found


class Merge:
    """The spellings of one entity grouped and each group typed, first without the alignment's
    evidence (all the alignment needs of its people), then with it (`aligned`): that redoes
    only the steps after it, and none when it joins no two groups (as it mostly does)."""

    def __init__(
        self,
        nodes: dict[str, Node],
        before_aligned: Groups | None = None,
        groups: Groups | None = None,
    ) -> None:
        """(`before_aligned` and `groups` are what `aligned` has merged already.)"""
        self.nodes = nodes
        if before_aligned is None:
            before_aligned = _merge_unaligned(nodes)
        self._before_aligned = before_aligned
        self.groups = before_aligned.copy() if groups is None else groups
        self.types = _merge_rest(nodes, self.groups)

    def aligned(self, pairs: list[tuple[Span, Span]]) -> Merge:
        """The merge with `pairs` of aligned spellings as evidence (see `_merge_aligned`)."""
        groups = self._before_aligned.copy()
        if not _merge_aligned(self.nodes, groups, pairs):
            return self
        return Merge(self.nodes, self._before_aligned, groups)


def _merge_unaligned(nodes: dict[str, Node]) -> Groups:
    """The merge's steps before the aligned words."""
    groups = Groups(nodes)
    by_known: dict[str, list[str]] = defaultdict(list)
    by_bag: dict[frozenset[str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.known:  # the generated data names a country by its key: "california"
            by_known[spelling_key(node.known[0])].append(key)
        if " " in key:
            by_bag[_bag(key)].append(key)
    for same in (*by_known.values(), *by_bag.values()):
        for key in same[1:]:
            groups.union(same[0], key)
    merge_initials(nodes, groups)
    merge_letter_spellings(nodes, groups)
    _merge_acronyms(nodes, groups)
    _merge_generic_tails(nodes, groups)
    _merge_classed(nodes, groups)
    return groups


def _merge_rest(nodes: dict[str, Node], groups: Groups) -> dict[str, str]:
    """The merge's steps after the aligned words; the type each group's evidence favours, else
    its shape's (groups with neither, a word seen only opening sentences, "Aftershocks", are
    left out)."""
    merge_spellings(nodes, groups)
    merge_transliterations(nodes, groups)
    merge_reordered(nodes, groups)
    _merge_named_by_head(nodes, groups)
    evidence = {key: _evidence(node) for key, node in nodes.items()}
    for key in _attach_single_words(nodes, groups, evidence):
        evidence[key]["person"] += TITLE_WEIGHT * len(nodes[key].founds)
    return _types(_clusters(nodes, groups, evidence))


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in NAME_FILLER]
    return "".join(w[0] for w in words)


def _merge_acronyms(nodes: dict[str, Node], groups: Groups) -> None:
    """An acronym joins the one long form whose initials it spells ("APEC", "Asia-Pacific ...")."""
    long_forms: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        # only what reads as an institution or a place: "UN Since Assembly" spells USA too
        if " " in key and not node.known and key.split()[-1] in HEAD_WORDS:
            long_forms[_initials(key)].add(groups.find(key))
            last = key.rsplit(" ", 1)
            if last[1] in GENERIC_TAILS:
                long_forms[_initials(last[0])].add(groups.find(key))
    decisions = []
    for key, node in nodes.items():
        if node.acronym and not node.known and key.isalpha():
            roots = long_forms.get(key, set()) - {groups.find(key)}
            if len(roots) == 1:
                decisions.append((key, next(iter(roots))))
    for a, b in decisions:
        groups.union(a, b)


def _merge_generic_tails(nodes: dict[str, Node], groups: Groups) -> None:
    """A name with a generic tail joins the name without it: "G20 Summit" is the G20's."""
    for key in sorted(nodes):
        head, _, tail = key.rpartition(" ")
        if tail in GENERIC_TAILS and head in nodes and not _conflict(nodes[head], nodes[key]):
            groups.union(head, key)


def _merge_classed(nodes: dict[str, Node], groups: Groups) -> None:
    """A name after a class word is the name alone ("Space Shuttle Atlantis", "Shuttle
    Atlantis" and "Atlantis"; "Hurricane Dolly" and "DOLLY"), unless that alone is a place
    known for sure ("USS Arizona" is no state)."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for key in nodes:
        bare = _unclassed(key)
        if bare:
            by_bare[bare].append(key)
    for bare, keys in by_bare.items():
        if bare in nodes and not nodes[bare].sure:
            keys.append(bare)
        for key in keys[1:]:
            groups.union(keys[0], key)


def _unclassed(key: str) -> str | None:
    """The name after the class word `key` opens with ("space shuttle atlantis": "atlantis")."""
    words = key.split()
    if words[0] not in CLASS_OPENERS:  # most names
        return None
    size = class_size(words[:-1])  # a name is left after it
    return " ".join(words[size:]) if size else None


def _conflict(a: Node, b: Node) -> bool:
    """Two gazetteer entries are never one entity."""
    return a.known is not None and b.known is not None and a.known[0] != b.known[0]


def _merge_aligned(nodes: dict[str, Node], groups: Groups, aligned) -> bool:
    """Names standing in the same place of matched sentences are one entity if they look alike.
    Whether that joined any two groups."""
    ratios = ((a, b, fuzz.ratio(a.text.casefold(), b.text.casefold())) for a, b in aligned)
    alike = [(a, b, ratio) for a, b, ratio in ratios if ratio >= _ALIGNED_RATIO]
    if not alike:
        return False
    joined = False
    index: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for key, node in nodes.items():
        for f in node.founds:
            index[f.version].append((f.start, f.end, key))
    for spans in index.values():
        spans.sort()
    starts = {v: [s for s, _, _ in spans] for v, spans in index.items()}
    for a, b, ratio in alike:
        for key_a in _covering(index, starts, a):
            for key_b in _covering(index, starts, b):
                node_a, node_b = nodes[key_a], nodes[key_b]
                if _conflict(node_a, node_b) or (
                    node_a.versions & node_b.versions and ratio < SAME_VERSION_RATIO
                ):
                    continue
                joined = groups.union(key_a, key_b) or joined
    return joined


def _covering(index, starts, span: Span) -> set[str]:
    """Keys of the mentions a span touches: mentions never overlap, so they end the list
    of those starting before the span's end (a span is a few words: eight is plenty)."""
    spans = index.get(span.version, [])
    upto = bisect_right(starts.get(span.version, []), span.end)
    return {key for s, e, key in spans[max(0, upto - 8) : upto] if s < span.end and span.start < e}


def _merge_named_by_head(nodes: dict[str, Node], groups: Groups) -> None:
    """A name followed by the lowercase head word of the one longer name that holds its words
    is that name: "the Lumen festival" is the Lumen International Film Festival, "the St.
    Volodymyr church" the Church of Saint Volodymyr. Not a person's name: "the Biden
    administration" is no "Biden Administration"."""
    heads = {
        (node, f.after) for node in nodes.values() if not node.sure for f in node.founds if f.after
    }
    heads = {
        (node, after)
        for node, after in heads
        if not any(f.cue and f.cue[0] == "person" for f in node.founds)
    }
    if not heads:
        return
    by_head: dict[str, list[str]] = defaultdict(list)
    for key in nodes:
        head = head_word(key.split()) if " " in key else None
        if head:
            by_head[head].append(key)
    for node, after in heads:
        words = _bag(node.key)
        roots = {groups.find(k) for k in by_head.get(after, ()) if words < _bag(k)}
        if len(roots) == 1:
            groups.union(node.key, roots.pop())


def _attach_single_words(
    nodes: dict[str, Node], groups: Groups, evidence: dict[str, Counter]
) -> list[str]:
    """ "Blinken", "Xi", "Hahn": a lone word joins the one person whose name holds it; not
    a person only shaped like one when the word says otherwise ("in Ashgrove" is no part of
    "Ashgrove Ledger"). The lone words that are part of some person's name, attached or not
    ("Wang" with two Wangs about: a person, but which?)."""
    clusters = _clusters(nodes, groups, evidence)
    types = _types(clusters)
    evidenced = {root: t for root, t in types.items() if sum(clusters[root][0].values()) > 0}
    # "Blinken" is a last word; "Xi", "Wang", "Han" (family name first) are first words
    last_word: dict[str, set[str]] = defaultdict(set)
    first_word: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        root = groups.find(key)
        if node.name_like and types.get(root) == "person":
            words = key.split()
            last_word[words[-1]].add(root)
            first_word[words[0]].add(root)
    # A club is called by its town: "Almarense" is Sporting Almarense, "Karivka" Dynamo Karivka.
    club_town: dict[str, set[str]] = defaultdict(set)
    for key in nodes:
        words = key.split()
        if _club(words) and types.get(groups.find(key)) == "organisation":
            club_town[words[-1] if words[0] in CLUB_WORDS else words[0]].add(groups.find(key))
    vocabulary: dict[str, list[str]] = defaultdict(list)  # by first letter
    for word in sorted(last_word.keys() | first_word.keys()):
        vocabulary[word[0]].append(word)
    decisions = []
    parts = []
    for key, node in sorted(nodes.items()):
        if " " in key or node.sure or key in FUNCTION_WORDS or not key.isalpha():
            continue
        roots = (
            last_word.get(key)
            or first_word.get(key)
            or _close_word(key, vocabulary, last_word, first_word)
        )
        votes = evidence[key]
        if votes and max(votes, key=votes.__getitem__) != "person":
            roots = {root for root in roots if evidenced.get(root) == "person"}
        if len(roots) == 1:
            decisions.append((key, next(iter(roots))))
        elif not roots and len(club_town.get(key, ())) == 1:
            decisions.append((key, next(iter(club_town[key]))))
        if roots:
            parts.append(key)
    for key, root in decisions:
        groups.union(key, root)
    return parts


def _close_word(word: str, vocabulary: dict[str, list[str]], last_word, first_word) -> set[str]:
    """People with a name word spelled almost like `word`, and opening alike ("Hahn" for "Han
    Zheng"); `vocabulary` holds their name words by first letter."""
    roots: set[str] = set()
    if len(word) < 3:
        return roots
    for other in vocabulary.get(word[0], ()):
        if fuzz.ratio(word, other) >= _SINGLE_WORD_RATIO:
            roots |= last_word.get(other, set()) | first_word.get(other, set())
    return roots


def _evidence(node: Node) -> Counter:
    votes: Counter = Counter()
    # per mention, so that no pile of cues outvotes the gazetteer or a person's name
    if node.sure:
        votes[node.known[1]] += KNOWN_WEIGHT * len(node.founds)
    elif node.known:  # once, not per mention: a title still says "President Kennedy"
        votes[node.known[1]] += CITY_WEIGHT
    ordinary = node.known is None and _all_common(node.key)
    named = " " in node.key  # see PARTY_CUES
    for f in node.founds:
        if named and f.after in PARTY_CUES:
            votes["organisation"] += HEAD_WORD_WEIGHT
        if f.cue is None:
            continue
        # "the Prize in Literature": a preposition alone does not make a common word a place;
        # a prize won or received is named by ordinary words ("the Golden Lighthouse"), a name
        # of its own is someone received ("the Dalai Lama")
        if (f.cue[1] == WEAK_WEIGHT) if ordinary else (f.cue == AWARD):
            continue
        votes[f.cue[0]] += f.cue[1]
    words = node.key.split()
    head = head_word(words)
    if head:
        votes[HEAD_TYPES[head]] += HEAD_WORD_WEIGHT
    elif _region(words):
        votes["place"] += HEAD_WORD_WEIGHT
    elif len(words) > 2 and " ".join(words[-2:]) in VEHICLE_CLASSES:  # "Tiangong Space Station"
        votes["vehicle"] += HEAD_WORD_WEIGHT
    elif _club(words):
        votes["organisation"] += HEAD_WORD_WEIGHT
    if node.name_like and words[0] in GIVEN_NAMES:
        votes["person"] += GIVEN_NAME_WEIGHT
    if node.acronym:
        votes["organisation"] += WEAK_WEIGHT
    if not FIRM_JOINERS.isdisjoint(words):  # "published by Harrow & Finch": a firm, not a writer
        votes["organisation"] += HEAD_WORD_WEIGHT
    return votes


def _region(words: list[str]) -> bool:
    """A compass word before a known place names a region of it ("South Texas", "Southern
    California"), a place though shaped like a full name."""
    if len(words) < 2 or words[0] not in COMPASS_WORDS:
        return False
    place = known(" ".join(words[1:]))
    return place is not None and place[1] == "place"


def _club(words: list[str]) -> bool:
    """A name opening or closing with a sports club's word ("Dynamo Karivka", "Hafnia BK")."""
    return len(words) > 1 and (words[0] in CLUB_WORDS or words[-1] in CLUB_WORDS)


def _all_common(key: str) -> bool:
    common = common_words()
    return all(part in common for part in _WORD_PARTS.split(key))


_WORD_PARTS = re.compile(r"[\s-]+")


def head_word(words: list[str]) -> str | None:
    """A name's head word: the one before its "of" ("Ministry of Emergency Management"), the
    one a number names ("Highway 9"), one in another language opening it ("Teatro Rainha
    Leonor"), else its last but numerals ("World War II", "Apollo 11"); None when it is no head
    word."""
    if "of" in words[1:]:
        before = words[words.index("of", 1) - 1]
        if before in HEAD_TYPES:
            return before
    if len(words) == 2 and words[0] in NUMBERED_HEADS and words[1].isdigit():
        return words[0]
    if words[0] in HEAD_TRANSLATIONS and len(words) > 1:
        return HEAD_TRANSLATIONS[words[0]]
    while len(words) > 2 and (words[-1] in NAME_SUFFIXES or words[-1].isdigit()):
        words = words[:-1]
    return words[-1] if len(words) > 1 and words[-1] in HEAD_TYPES else None


def _clusters(
    nodes: dict[str, Node], groups: Groups, evidence: dict[str, Counter]
) -> dict[str, tuple[Counter, list[Node]]]:
    """Each cluster's root -> (the votes of its nodes' evidence, its nodes)."""
    clusters: dict[str, tuple[Counter, list[Node]]] = {}
    for key, node in nodes.items():
        votes, members = clusters.setdefault(groups.find(key), (Counter(), []))
        votes.update(evidence[key])
        members.append(node)
    return clusters


def _types(clusters: dict[str, tuple[Counter, list[Node]]]) -> dict[str, str]:
    """The type each cluster's votes favour, else its shape's."""
    types = {}
    for root, (votes, members) in clusters.items():
        if sum(votes.values()) > 0:
            types[root] = max(ENTITY_TYPES, key=lambda t: (votes[t], -ENTITY_TYPES.index(t)))
        elif shape := _shape_type(members):
            types[root] = shape
    return types


def _shape_type(members: list[Node]) -> str | None:
    """A name with no evidence, capitalised in the middle of a sentence and not all common
    words: a person when shaped like a full name ("Kathleen Struck"), else an organisation
    ("Huawei"). All common words ("a Tweet", "the joint Working Groups") are more often
    emphasis than a name; a lone word only seen opening sentences may be capitalised for that
    ("Aftershocks")."""
    names = [
        n
        for n in members
        if (" " in n.key or any(not f.initial for f in n.founds)) and not _all_common(n.key)
    ]
    if not names:
        return None
    return "person" if any(n.name_like for n in names) else "organisation"
