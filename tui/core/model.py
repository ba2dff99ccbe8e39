"""The data every view reads: versions, sentences, passages, word marks, entities.

Immutable records, built once by `comparison.compare()` and never recomputed by a view. All are
NamedTuples, quick to build and to define: `dataclasses` (it imports `inspect`) would slow every
`newsdiff --json` start, and frozen dataclasses are slower to create.
All offsets are Python `str` indexes into `Version.text`.

Annotations are evaluated as the classes are made, not postponed: `typing.NamedTuple` would
compile each postponed one (a string) on its own at every start.
"""

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence (or headline, bullet, credit line) of a version."""

    id: int  # index within its version
    start: int
    end: int
    text: str  # == version.text[start:end]
    boilerplate: bool = False  # navigation, byline, related links...: shown dimmed, never aligned
    paragraph: int = 0  # index of the paragraph (line block) it belongs to


class Document(NamedTuple):
    """A loaded, decoded input before segmentation."""

    path: str
    name: str  # file name, the fallback label
    text: str  # decoded, newlines normalised, controls and escapes removed, hard wraps read through
    encoding: str
    label: str  # outlet or agency when the text names one, else the file name
    title: str
    date: str | None  # ISO yyyy-mm-dd when the text has one
    warnings: tuple[str, ...] = ()
    url: str | None = None  # a web page's address, when known
    site: str | None = None  # a web page's site name, as its metadata gives it
    author: str | None = None  # a web page's author(s), as its metadata gives them


class Version(NamedTuple):
    """A document with its sentences: one column of the comparison."""

    id: int
    path: str
    name: str
    label: str
    title: str
    date: str | None
    text: str
    encoding: str
    sentences: tuple[Sentence, ...]
    word_count: int
    warnings: tuple[str, ...] = ()
    url: str | None = None
    site: str | None = None
    author: str | None = None


class WordMark(NamedTuple):  # a tuple: there is one per word of every passage, built fast
    """A word of a passage member, how many of the other versions in the passage hold it, and
    what marks it.

    `kind`: "discrepancy" (a name, number, date or quoted wording another version gives
    differently here), "variant" (the same told with another spelling, plural, case or accents),
    "added" (content the reference and every other member lack), "wording" (worded otherwise
    than the reference, nothing more) or "" (as the reference words it). The first three are the
    default marks; `differs` is the finer mode, every wording difference."""

    start: int
    end: int
    shared: int  # other versions of the passage whose member sentence(s) hold an equal word
    others: int  # other versions in the passage
    kind: str = ""

    @property
    def differs(self) -> bool:
        return bool(self.kind)

    @property
    def marked(self) -> bool:
        """Marked by default: a discrepancy, a variant or added content."""
        return self.kind in DEFAULT_MARKS


DEFAULT_MARKS = frozenset({"discrepancy", "variant", "added"})


class Member(NamedTuple):
    """A sentence's place in a passage."""

    version: int
    sentence: int
    score: float  # best similarity (0..1) to a member of another version
    words: tuple[WordMark, ...] = ()
    # (start, end) of the words that tell this passage's fact, when the sentence tells several
    # (a lead that stands in several passages); None when it is the whole sentence.
    part: tuple[int, int] | None = None


class WordOp(NamedTuple):  # a tuple: there are as many as word runs in every pair diff
    """One rapidfuzz opcode over the word tokens of two versions' member sentences."""

    tag: str  # "equal" | "replace" | "insert" | "delete"
    a_start: int  # character offsets into version a's text (empty range for an insert)
    a_end: int
    b_start: int  # character offsets into version b's text (empty range for a delete)
    b_end: int


class PairDiff(NamedTuple):
    """Word-level differences between one version's members of a passage and the reference's."""

    a: int  # the version compared
    b: int  # the passage's reference version
    ops: tuple[WordOp, ...]


class Span(NamedTuple):
    """A piece of one version's text."""

    version: int
    start: int
    end: int
    text: str


class Reading(NamedTuple):
    """One wording of a place of disagreement, and where each version gives it."""

    text: str
    spans: tuple[Span, ...]  # by version

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(span.version for span in self.spans)


class Discrepancy(NamedTuple):
    """One place of a passage where versions say different things, with each reading."""

    kind: str  # "name" | "number" | "date" | "quote" | "variant" (spelling, plural, case, accents)
    readings: tuple[Reading, ...]  # the most versions first, then by text

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(span for reading in self.readings for span in reading.spans)

    @property
    def summary(self) -> str:
        return " · ".join(reading.text for reading in self.readings)


class Passage(NamedTuple):
    """Sentences from different versions that carry the same content."""

    id: int
    members: tuple[Member, ...]  # sorted by (version, sentence)
    score: float  # mean similarity of the cross-version pairs
    diffs: tuple[PairDiff, ...] = ()  # each other member's against the reference
    discrepancies: tuple[Discrepancy, ...] = ()  # in the reference's order
    reference: int = -1  # the version whose member words are closest to all the others'

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(sorted({m.version for m in self.members}))

    @property
    def support(self) -> int:
        return len(self.versions)

    def members_of(self, version: int) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.version == version)


class Mention(NamedTuple):
    version: int
    start: int
    end: int
    text: str


class Entity(NamedTuple):
    id: int
    name: str  # canonical form
    type: str  # one of ENTITY_TYPES
    variants: tuple[str, ...]  # other surface forms, canonical one excluded
    mentions: tuple[Mention, ...]  # sorted by (version, start)

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(sorted({m.version for m in self.mentions}))


# A vehicle is a craft named by its class word ("Space Shuttle Atlantis", "USS Cole"): neither
# the person nor the place its name may be.
ENTITY_TYPES = (
    "person", "place", "organisation", "event", "work", "vehicle", "number", "date",
)  # fmt: skip
# The heading of each type's group, the same in the app's sidebar and the HTML page.
ENTITY_HEADINGS = {
    "person": "People",
    "place": "Places",
    "organisation": "Organisations",
    "event": "Events and awards",
    "work": "Works",
    "vehicle": "Vehicles",
    "number": "Numbers",
    "date": "Dates",
}


class _ComparisonFields(NamedTuple):
    versions: tuple[Version, ...]
    passages: tuple[Passage, ...]
    entities: tuple[Entity, ...]
    threshold: float
    notes: tuple[str, ...] = ()  # e.g. "only one version: nothing to compare"


class Comparison(_ComparisonFields):
    """The one object every view and exporter reads.

    A subclass of its fields' NamedTuple, so that it has a __dict__ to cache its indexes in.
    """

    @cached_property
    def _member_index(self) -> dict[tuple[int, int], tuple[tuple[Passage, Member], ...]]:
        index: dict[tuple[int, int], tuple[tuple[Passage, Member], ...]] = {}
        for p in self.passages:
            for m in p.members:
                key = (m.version, m.sentence)
                index[key] = (*index.get(key, ()), (p, m))
        return index

    def passages_of(self, version: int, sentence: int) -> tuple[Passage, ...]:
        """Every passage the sentence stands in (one per fact it tells), in story order."""
        return tuple(p for p, _ in self._member_index.get((version, sentence), ()))

    def passage_of(self, version: int, sentence: int) -> Passage | None:
        """The sentence's first passage in story order: the one selecting it selects."""
        found = self._member_index.get((version, sentence))
        return found[0][0] if found else None

    def member_of(self, version: int, sentence: int) -> Member | None:
        found = self._member_index.get((version, sentence))
        return found[0][1] if found else None

    @cached_property
    def _sentence_starts(self) -> list[list[int]]:
        return [[s.start for s in v.sentences] for v in self.versions]

    def sentence_at(self, version: int, offset: int) -> int:
        """The sentence of `version` that holds `offset` (the one before, in the space between two;
        the first, before it)."""
        return max(0, bisect_right(self._sentence_starts[version], offset) - 1)

    def next_mention(self, entity: Entity, version: int, sentence: int) -> int:
        """The index of the entity's first mention in or after the sentence, reading the versions
        in order; 0 (the cycle starts over) when there is none."""
        # A mention lies in or after sentence s exactly when it starts at or after s's start (the
        # first sentence also holds what comes before it); mentions are sorted by (version, start).
        start = self._sentence_starts[version][sentence] if sentence > 0 else 0
        index = bisect_left(entity.mentions, (version, start), key=_place)
        return index if index < len(entity.mentions) else 0

    def support_of(self, version: int, sentence: int) -> int:
        """Versions sharing this sentence's content (its best-shared fact): 0 for boilerplate,
        1 when unique."""
        if self.versions[version].sentences[sentence].boilerplate:
            return 0
        passages = self.passages_of(version, sentence)
        return max(p.support for p in passages) if passages else 1

    def unique_sentences(self, version: int) -> tuple[int, ...]:
        return tuple(
            s.id
            for s in self.versions[version].sentences
            if not s.boilerplate and self.passage_of(version, s.id) is None
        )

    def article_words(self, version: int) -> int:
        return sum(
            _word_count(s.text) for s in self.versions[version].sentences if not s.boilerplate
        )

    def shared_share(self, version: int) -> float:
        """Share (0..1) of the version's article words that stand in a passage."""
        return self.share_found_in(version, None)

    def share_found_in(self, version: int, other: int | None) -> float:
        """Share of `version`'s article words whose passage includes `other` (any when None)."""
        total = self.article_words(version)
        if total == 0:
            return 0.0
        found = 0
        for s in self.versions[version].sentences:
            passages = () if s.boilerplate else self.passages_of(version, s.id)
            if any(other is None or other in p.versions for p in passages):
                found += _word_count(s.text)
        return found / total

    def similarity_matrix(self) -> list[list[float]]:
        """Row i, column j: share of version i's article text found in version j."""
        n = len(self.versions)
        rows = []
        for i in range(n):
            # One pass over the row's sentences for every column: the matrix of 50 versions
            # would otherwise walk each version's passages 50 times.
            found = [0] * n
            for s in self.versions[i].sentences:
                if not s.boilerplate:
                    words = _word_count(s.text)
                    for j in {v for p in self.passages_of(i, s.id) for v in p.versions}:
                        found[j] += words
            total = self.article_words(i)
            rows.append([1.0 if i == j else found[j] / total if total else 0.0 for j in range(n)])
        return rows

    @cached_property
    def _article_rank(self) -> list[dict[int, int]]:
        """Per version: each article sentence's place among the article sentences."""
        return [
            {s.id: rank for rank, s in enumerate(x for x in v.sentences if not x.boilerplate)}
            for v in self.versions
        ]

    def position(self, passage: Passage, version: int) -> float | None:
        """Where the passage stands in a version, 0 (lead) to 1 (end); None when absent."""
        members = passage.members_of(version)
        if not members:
            return None
        ranks = self._article_rank[version]
        if len(ranks) <= 1:
            return 0.0
        return ranks.get(members[0].sentence, 0) / (len(ranks) - 1)


def _place(mention: Mention) -> tuple[int, int]:
    return mention.version, mention.start


def _word_count(text: str) -> int:
    return len(text.split())
