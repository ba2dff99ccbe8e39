"""Builds the one Comparison object from loaded documents: split, align, diff, extract."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial

from tui.core import collector
from tui.core.align import DEFAULT_THRESHOLD, align
from tui.core.counts import counted
from tui.core.entities import before_alignment, extract_entities
from tui.core.model import (
    Comparison,
    Document,
    Member,
    Mention,
    Passage,
    Span,
    Version,
)
from tui.core.normalise import Term, Token, content_terms, shifted, tokens
from tui.core.spare_core import Background
from tui.core.versions import make_version
from tui.core.wordiff import passage_differences

FORK_SENTENCES = 1500  # from here entity scanning pays for a forked child


def compare(documents: Sequence[Document], threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    with collector.paused():
        versions = tuple(make_version(i, d) for i, d in enumerate(documents))
        return realign(versions, threshold)


@collector.paused()
def realign(versions: tuple[Version, ...], threshold: float) -> Comparison:
    """Align already segmented versions (a threshold change reuses the sentences)."""
    # Entity scanning needs no alignment: on a large input it runs on the second core, which
    # sends the people the alignment asks for first, and the rest while it aligns.
    sentences = sum(len(v.sentences) for v in versions)
    scan = partial(before_alignment, versions)
    with Background(scan, wanted=sentences >= FORK_SENTENCES, parts=2) as scanning:
        passages = _passages(versions, threshold, lambda: scanning.result(part=0))
        scanned = scanning.result(part=1)
    aligned_names = spelling_pairs(versions, passages)
    notes = (
        ("only one version: there is nothing to compare it against",) if len(versions) == 1 else ()
    )
    return Comparison(
        versions=versions,
        passages=passages,
        entities=extract_entities(versions, aligned_names, scanned),
        threshold=threshold,
        notes=notes,
    )


def _passages(
    versions: tuple[Version, ...], threshold: float, people: Callable[[], list[Mention]]
) -> tuple[Passage, ...]:
    """The aligned passages, with their word differences, in reading order."""
    words = _sentence_words(versions)
    terms, counts = _sentence_terms(versions, words)
    passages = []
    for group in align(versions, words, threshold, people, terms, counts):
        group = sorted(group, key=lambda m: (m.version, m.sentence))
        members_by_version: dict[int, list[int]] = defaultdict(list)
        for m in group:
            members_by_version[m.version].append(m.sentence)
        found = passage_differences(versions, members_by_version, words, counts)
        members = tuple(
            Member(m.version, m.sentence, m.score, found.marks[m.version, m.sentence], m.part)
            for m in group
        )
        # fsum: exact, so the mean does not depend on the order the versions come in.
        score = math.fsum(m.score for m in members) / len(members)
        passages.append((members, score, found))
    # Reading order: by where the passage first appears, earliest version first.
    passages.sort(key=lambda p: [(m.version, m.sentence) for m in p[0]])
    return tuple(
        Passage(i, members, round(score, 4), found.diffs, found.discrepancies, found.reference)
        for i, (members, score, found) in enumerate(passages)
    )


def _sentence_words(versions: tuple[Version, ...]) -> dict[tuple[int, int], list[Token]]:
    """The tokens of each article sentence, by (version, sentence).

    Versions repeat sentences word for word: a text met before gets the tokens found there,
    moved to its place, with no pattern matching or normal forms again."""
    words: dict[tuple[int, int], list[Token]] = {}
    first_found: dict[str, tuple[int, list[Token]]] = {}  # text: (where, its tokens there)
    for v in versions:
        for s in v.sentences:
            if s.boilerplate:
                continue
            if s.text in first_found:
                start, found = first_found[s.text]
                words[v.id, s.id] = shifted(found, s.start - start)
            else:
                words[v.id, s.id] = tokens(s.text, s.start)
                first_found[s.text] = s.start, words[v.id, s.id]
    return words


def _sentence_terms(
    versions: tuple[Version, ...], words: dict[tuple[int, int], list[Token]]
) -> tuple[dict[tuple[int, int], tuple[Term, ...]], dict[tuple[int, int], dict[str, str]]]:
    """The content terms of each article sentence and what its figures count (`counted`), by
    (version, sentence): found here once per text, read by alignment (its profiles) and by
    wordiff (the places where members disagree on a count)."""
    terms: dict[tuple[int, int], tuple[Term, ...]] = {}
    counts: dict[tuple[int, int], dict[str, str]] = {}
    first_found: dict[str, tuple[int, int]] = {}  # text: the first sentence with it
    for key, sentence_words in words.items():
        text = versions[key[0]].sentences[key[1]].text
        first = first_found.setdefault(text, key)
        if first == key:
            terms[key] = tuple(content_terms(sentence_words))
            counts[key] = counted(list(terms[key]))
        else:
            terms[key], counts[key] = terms[first], counts[first]
    return terms, counts


def spelling_pairs(
    versions: Sequence[Version], passages: Sequence[Passage]
) -> list[tuple[Span, Span]]:
    """Two spellings of one name, as the entity merge takes them: each name reading, and each
    capitalised variant (Mbappe/Mbappé), paired with one span of the place's most given reading,
    chosen by its version's text so that the pairs never depend on the order of the inputs."""
    pairs = []
    for p in passages:
        for d in p.discrepancies:
            if d.kind == "name" or (d.kind == "variant" and d.readings[0].text[:1].isupper()):
                first = min(d.readings[0].spans, key=lambda s: versions[s.version].text)
                pairs += [(first, span) for reading in d.readings[1:] for span in reading.spans]
    return pairs
