"""The distinct contents of a story's sentences: each sentence's content terms, the phrases
its words make among them, found once for every sentence with the same ones."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.core.counts import counted
from tui.core.lexicon import compile_narrow, en
from tui.core.normalise import Term, Token, content_terms, stem, tokens

_Key = tuple[int, int]  # (version, sentence)


def distinct_contents(
    words: dict[_Key, list[Token]],
    texts: dict[_Key, str],
    terms_of: dict[_Key, tuple[Term, ...]] | None,
    counts_of: dict[_Key, dict[str, str]] | None,
) -> tuple[list[tuple[tuple[Term, ...], str, dict[str, str]]], dict[_Key, int]]:
    """Each distinct sequence of terms once, with its opening word (see `_opening`) and what
    its figures count, and the index of each sentence's.

    Versions repeat sentences word for word (a text's terms are found once), and different
    wordings often come to the same terms. A sentence's terms are the caller's unless it opens
    with a dateline, whose terms tell nothing."""
    index: dict[tuple[tuple[Term, ...], str], int] = {}
    found_counts: list[dict[str, str]] = []
    of_text: dict[str, int] = {}
    content_of = {}
    for key, sentence_words in words.items():
        text = texts[key]
        if text not in of_text:
            told = after_dateline(sentence_words, text)
            if terms_of is None or counts_of is None or len(told) < len(sentence_words):
                terms = tuple(content_terms(told))
                counts = None
            else:
                terms, counts = terms_of[key], counts_of[key]
            if counts is None:
                counts = counted(list(terms))
            terms = (*terms, *_compounds(text), *_phrased(text))
            content = index.setdefault((terms, _opening(told, terms)), len(index))
            if content == len(found_counts):
                found_counts.append(counts)
            of_text[text] = content
        content_of[key] = of_text[text]
    return [(*found, counts) for found, counts in zip(index, found_counts, strict=True)], content_of


def _compounds(text: str) -> Iterator[Term]:
    """A term for each phrase of words joined by hyphens around a short word and the noun it
    goes with ("people-to-people exchanges", "ground-to-air missiles", "state-of-the-art
    stadium"): a phrase that names one thing, which two sentences giving it both tell of,
    however common its words are on their own. Its term is the hyphened words, joined by "-",
    a space and the noun's stem (`is_phrase`)."""
    if sum(map(text.count, _HYPHEN_MARKS)) < 2:
        return  # (most sentences: a compound has two hyphens at least)
    for match in _COMPOUND.finditer(text):
        head = match.group(2).lower()
        if head not in en.STOP_WORDS:
            yield f"{_HYPHENS.sub('-', match.group(1).lower())} {stem(head)}", False, False


def _phrased(text: str) -> Iterator[Term]:
    """The term of a word a sentence says in a phrase of `en.PHRASE_TERMS` ("power was out":
    outages). One its words give too weighs once (`profiles._weighed` keeps a term's one
    weight)."""
    if _ANY_PHRASE.search(text) is None:
        return  # (most sentences: one search for all the phrases)
    for term, phrase in _PHRASE_TERMS:
        if phrase.search(text):
            yield term, False, False


_PHRASE_TERMS = [
    (content_terms(tokens(word))[0][0], re.compile(phrase, re.IGNORECASE))
    for word, phrase in en.PHRASE_TERMS.items()
]
# Whether a text says any of them, found in one search.
_ANY_PHRASE = re.compile(
    "|".join(f"(?:{phrase})" for phrase in en.PHRASE_TERMS.values()), re.IGNORECASE
)


def is_phrase(term: str) -> bool:
    """Whether a term is a hyphened phrase's (`_compounds`), not a word's nor a count's ("0 the
    injured", which also holds spaces)."""
    return " " in term and "-" in term.partition(" ")[0]


_HYPHEN_MARKS = "-‐‑"
_HYPHENS = re.compile(f"[{_HYPHEN_MARKS}]")
# Possessive: a word given back is no hyphen nor space, so no match is lost by keeping it.
_COMPOUND = re.compile(rf"\b([^\W\d_]++(?:{_HYPHENS.pattern}[^\W\d_]++){{2,}})\s+([^\W\d_]+)")


def after_dateline(sentence: list[Token], text: str) -> list[Token]:
    """The words of a sentence after the dateline it may open with: where and when a wire
    filed, which tells no fact of the story (the place, where it is the news, the sentence
    names again)."""
    dateline = _DATELINE.match(text)
    return sentence[len(tokens(dateline.group())) :] if dateline else sentence


_DATELINE = compile_narrow(en.DATELINE)


def _opening(sentence: list[Token], terms: tuple[Term, ...]) -> str:
    """The term of a sentence's first word when it is capitalised and, standing first, not
    read as a name (a sentence's first word is capitalised whatever it is); else ""."""
    if terms and not terms[0][1] and sentence[0].capitalised:
        term = terms[0][0]
        if stem(sentence[0].norm) == term:
            return term
    return ""
