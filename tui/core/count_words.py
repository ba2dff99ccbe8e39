"""Counts given in words, with no figure: the dead and the injured given as none ("no injuries
were reported", "no one was killed"). Read on a sentence's normal forms (`normalise.tokens`),
before its content terms are found, since the words saying none are stop words."""

from __future__ import annotations

from tui.core.lexicon import en


def zero_counts(norms: list[str]) -> dict[int, str]:
    """The dead and the injured a sentence counts as none, by word index: "no injuries or
    deaths were reported", "nobody was hurt", "no one was killed" (no count of one), "they do
    not know of any injuries". A reader reads a count of zero, which "two people were injured"
    contradicts. The casualty word's term is the count's (a figure naming its kind), the words
    saying none are "". No count: "not the first injury", "no longer injured"."""
    if _NONE_CUES.isdisjoint(norms):
        return {}
    found: dict[int, str] = {}
    for i, norm in enumerate(norms):
        kind = _NONE_KIND.get(norm)
        if kind is None:
            continue
        saying = _none_before(norms, i, found)
        if saying is None:
            saying = _nobody_before(norms, i)
        if saying is not None:
            found[i] = ZERO_TERMS[kind]
            for j in saying:
                found.setdefault(j, "")
    return found


def is_zero_term(term: str) -> bool:
    """Whether a term is a count of none (see `zero_counts`)."""
    return term in ZERO_KINDS


def _none_before(norms: list[str], i: int, found: dict[int, str]) -> range | None:
    """The words before the casualty word at `i` that give it as none ("no", "without", a
    negated "any"), over hedges and a report ("no immediate reports of injuries"); none after
    a conjunction following another casualty given as none ("no injuries or deaths")."""
    j = _past(norms, i - 1, en.NONE_HEDGES)
    if j >= 1 and norms[j] == "of" and norms[j - 1] in en.NONE_REPORTS:
        j = _past(norms, j - 2, en.NONE_HEDGES)
    if j < 0:
        return None
    if norms[j] in en.NONE_BEFORE or (norms[j] == en.NONE_ANY and _negated(norms, j)):
        return range(j, j + 1)
    return range(0) if norms[j] in en.NONE_JOINS and found.get(j - 1) else None


def _nobody_before(norms: list[str], i: int) -> range | None:
    """The words "nobody", "none" or "no one" before the verb at `i`, over auxiliaries ("no
    one has been reported killed")."""
    j = _past(norms, i - 1, en.NONE_AUXILIARIES)
    if j >= 0 and norms[j] in en.NOBODY:
        return range(j, j + 1)
    return range(j - 1, j + 1) if j > 0 and norms[j] == "1" and norms[j - 1] == "no" else None


def _past(norms: list[str], j: int, skipped: frozenset[str]) -> int:
    """The index of the first word at or before `j` not in `skipped` (-1 if none)."""
    while j >= 0 and norms[j] in skipped:
        j -= 1
    return j


def _negated(norms: list[str], j: int) -> bool:
    """Whether a negation stands at most three words before the word at `j`, with nothing
    between that leaves it open or starts another clause ("did not say whether any")."""
    for norm in reversed(norms[max(0, j - 3) : j]):
        if norm in en.NEGATIONS or norm.endswith("n't") or norm in en.NONE_BEFORE:
            return True
        if norm in en.NONE_ANY_OPEN:
            return False
    return False


_NONE_KIND = {word: kind for kind, words in en.NONE_COUNTED.items() for word in words.split()}
_NONE_CUES = frozenset({*en.NONE_BEFORE, en.NONE_ANY, *en.NOBODY})
# A count of none is a figure, one per kind: "no deaths" meets "nobody died", not "no injuries".
ZERO_TERMS = {kind: f"0 {kind}" for kind in en.NONE_COUNTED}
ZERO_KINDS = {term: kind for kind, term in ZERO_TERMS.items()}
