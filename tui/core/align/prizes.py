"""Which prizes a sentence tells won: who won which prize is what makes an award one event
(see `scoring.score`)."""

from __future__ import annotations

from collections.abc import Iterator

from tui.core.align.speech import clause_ends, possessive
from tui.core.lexicon import en
from tui.core.normalise import Token, stem


def prizes(sentence: list[Token]) -> frozenset[str]:
    """The terms naming the prizes a sentence tells won: the words before an award noun ("the
    audience award", "the festival's top prize": an owner is not the prize's name) and a
    capitalised one's name after "for" or "of" ("the Caravel Prize for Fiction"); what a win
    verb takes ("won the Silver Anchor", "won best actor"), or a take verb when it is a name
    ("took the Silver Anchor", not "took part"). The award noun itself names no one prize."""
    found: set[str] = set()
    for i, token in enumerate(sentence):
        norm = token.norm
        if norm in en.AWARD_NOUNS:
            for j in range(i - 1, max(-1, i - 4), -1):
                if (
                    not _names_prize(sentence[j])
                    or possessive(sentence[j])
                    or clause_ends(sentence, j)
                ):
                    break
                found.add(stem(sentence[j].norm))
            if token.capitalised and i + 1 < len(sentence) and sentence[i + 1].norm in _OF:
                found.update(_name_after(sentence, i + 2))
        elif norm in en.WIN_VERBS or norm in en.TAKE_VERBS:
            j = i + 1
            while j < len(sentence) and (
                sentence[j].norm in _BEFORE_PRIZE or possessive(sentence[j])
            ):
                j += 1  # "won the", "won this year's", not "won on penalties"
            if norm in en.WIN_VERBS:
                found.update(_words_after(sentence, j))
            elif j < len(sentence) and sentence[j].capitalised:
                found.update(_name_after(sentence, j))
    return frozenset(found)


def _words_after(sentence: list[Token], start: int) -> Iterator[str]:
    """The terms of up to three words from `start` that may name a prize, to a break."""
    for j in range(start, min(len(sentence), start + 3)):
        token = sentence[j]
        if not _names_prize(token) or token.norm in en.AWARD_NOUNS:
            return
        yield stem(token.norm)
        if possessive(token) or clause_ends(sentence, j):
            return


def _name_after(sentence: list[Token], start: int) -> Iterator[str]:
    """The terms of a capitalised name of up to three words from `start`, to a break."""
    for j in range(start, min(len(sentence), start + 3)):
        token = sentence[j]
        if not token.capitalised or not _names_prize(token) or token.norm in en.AWARD_NOUNS:
            return
        yield stem(token.norm)
        if clause_ends(sentence, j):
            return


def _names_prize(token: Token) -> bool:
    return token.norm.isalpha() and token.norm not in en.STOP_WORDS


_OF = frozenset({"for", "of"})
_BEFORE_PRIZE = en.DETERMINERS | {"this"}
WINNING = frozenset(stem(word) for word in (*en.AWARD_NOUNS, *en.WIN_VERBS, *en.TAKE_VERBS))
