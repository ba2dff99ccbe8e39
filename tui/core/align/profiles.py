"""What alignment knows of each sentence: its content terms weighed by rarity, the names and
numbers among them, and the people it names."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from tui.core.lexicon import en
from tui.core.model import Mention, Version
from tui.core.normalise import Term, Token, content_terms, counted, stem, tokens

NAME_WEIGHT = 0.35  # a shared name, day or attribution is weak evidence: many sentences share it
BACKGROUND_WEIGHT = 0.5  # a term in a clause giving context ("after…") says less of the news
MIN_TERMS = 2  # sentences with fewer content terms are too thin to align

SentenceKey = tuple[int, int]  # (version, sentence)
Content = int | tuple[int, ...]  # which terms a sentence has; a unit's: its sentences' ones
# Scores by the two sentences' contents and anchors, all a score depends on: versions repeat
# sentences, so most pairs of sentences have the contents of pairs scored before.
KnownScores = dict[tuple[Content, Content, frozenset[str]], float]


class Profile:
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

    def without(self, terms: set[str]) -> Profile:
        """The same sentence less `terms`: what it says beyond them (same key and people)."""
        weights = {t: w for t, w in self.weights.items() if t not in terms}
        rest = Profile(
            self.key,
            self.content,
            weights,
            tuple(n for n in self.names if n in weights),
            sum(weights.values()),
            " ".join(sorted(weights)),
            self.unique - terms,
            {n: thing for n, thing in self.counts.items() if n in weights},
            self.context - terms,
        )
        rest.people = self.people
        return rest


def build_profiles(
    words: dict[SentenceKey, list[Token]], texts: dict[SentenceKey, str]
) -> dict[SentenceKey, Profile]:
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
        profiles[key] = Profile(
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
        elif term in _FRAMING:
            weight *= NAME_WEIGHT
        if weight > weights.get(term, 0.0):
            weights[term] = weight
    return weights, tuple(sorted(names)), sum(weights.values()), " ".join(sorted(weights))


# A day or an attribution shared says as little as a name shared ("may" and "march" are
# other words too).
_FRAMING = frozenset(
    stem(word)
    for word in (*en.WEEKDAYS, *en.MONTHS, *en.FRAMING_WORDS)
    if word not in en.AMBIGUOUS_MONTHS
)


def people_by_title(
    words: dict[SentenceKey, list[Token]],
) -> Iterator[tuple[SentenceKey, frozenset[str]]]:
    """Each person a sentence names by office alone ("the Secretary", "the President"): a
    capitalised title after "the", no name after it, is one person, named by the title; a
    speaker is left out (see `speaks`)."""
    for key, sentence in words.items():
        for i in range(1, len(sentence)):
            token = sentence[i]
            if (
                token.capitalised
                and token.norm in en.TITLES
                and sentence[i - 1].norm == "the"
                and not (i + 1 < len(sentence) and sentence[i + 1].capitalised)
                and not speaks(sentence, i - 1, i + 1)
            ):
                yield key, frozenset({stem(token.norm)})


def people_by_sentence(
    versions: Sequence[Version],
    mentions: Iterable[Mention],
    words: dict[SentenceKey, list[Token]],
) -> Iterator[tuple[SentenceKey, frozenset[str]]]:
    """Each mention of a person as the sentence it stands in and the terms of its name; a
    speaker is left out (see `speaks`)."""
    starts = [[s.start for s in v.sentences] for v in versions]
    named: dict[str, frozenset[str]] = {}  # a name's terms by its text: names repeat
    for mention in mentions:
        key = (mention.version, bisect_right(starts[mention.version], mention.start) - 1)
        terms = named.get(mention.text)
        if terms is None:
            terms = named[mention.text] = frozenset(
                stem(token.norm) for token in tokens(mention.text) if token.capitalised
            )
        sentence = words.get(key)
        if not terms or sentence is None:
            continue
        first = bisect_left(sentence, mention.start, key=_START)
        if not speaks(sentence, first, bisect_left(sentence, mention.end, first, key=_START)):
            yield key, terms


_START = attrgetter("start")


def speaks(sentence: list[Token], first: int, after: int) -> bool:
    """Whether the person named by the words from `first` up to `after` only speaks: the
    subject of a speech verb ("Kirby touted…", "Kirby also said") or who is quoted after it
    ("said Kirby", "according to Kirby"). A speaker is no participant of a meeting told: who
    took part makes a meeting one event, not who talks of it. (In "Blinken told Han", Han,
    who is told, is no speaker.)"""
    following = [token.norm for token in sentence[after : after + 2]]
    if following and following[0] in en.CLOSED_CLASS_WORDS:  # "Kirby also said"
        following = following[1:]
    if following and following[0] in _SPEAKING:
        return True
    before = [token.norm for token in sentence[max(0, first - 2) : first]]
    return before == ["according", "to"] or (
        bool(before) and before[-1] in _SPEAKING and before[-1] not in _TOLD
    )


_SPEAKING = frozenset(en.SPEECH_VERBS)
_TOLD = frozenset({"told", "tells"})  # "…, told Han": Han is told, and does not speak
