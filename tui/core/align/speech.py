"""Who a sentence names and how: who speaks in it (and whether a name it gives only speaks),
the titles and particles inside its names, whose things it tells of, the name it opens with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from tui.core.lexicon import compile_narrow, en
from tui.core.normalise import Token, stem, tokens


class Naming(NamedTuple):
    """Whom a sentence names and how (see the functions below)."""

    speakers: tuple[frozenset[str], ...]
    voices: frozenset[str]
    titles: frozenset[str]
    owners: frozenset[str]
    subject: frozenset[str]


def naming(sentence: list[Token], names: set[str]) -> Naming:
    """Whom a sentence names and how; `names`: the story's names (see `speakers`)."""
    named = [i for i in _capitals(sentence) if _named(sentence[i], names)]
    return Naming(
        *speakers(sentence, names),
        titles(sentence, named),
        owners(sentence, names, named),
        subject(sentence, names),
    )


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

# A speaker given by a pronoun ("he said"): the person the sentence before names (see
# `scoring`). No name's terms: a pronoun is no term.
PRONOUN = frozenset({"he"})


def turns(
    sentences: Iterable[tuple[tuple[int, int], str]], names: set[str]
) -> Iterator[tuple[tuple[int, int], frozenset[str], frozenset[str]]]:
    """Who speaks each sentence of a transcript, and whom "you" there names. A transcript
    gives people's words in turns, each opened by a label naming its speaker ("PRESIDENT XI:
    Mr. Secretary, welcome…", "SECRETARY BLINKEN:  Mr. President…") and running to the next:
    each sentence is its speaker's words, as a quote is. When two people alone speak, "you"
    in one's turn is the other, to whom the words are said ("have held talks with you"): a
    person the sentence names, as who is "told" is (the speaker, as who "said", is none, see
    `speaks`). `sentences`: each version's sentences in order, as (key, text); `names` as for
    `speakers`. A label naming no one the story names ("QUESTION:", "THE PRESIDENT:") leaves
    its turn's speaker unknown and "you" anyone, as a third speaker does; a single
    capitalised opening before a colon is a dateline or a kicker ("NEW DELHI:"), no turn.
    Yields (key, speaker, whom "you" names or nothing) for each sentence of a known turn."""
    by_version: dict[int, list[tuple[tuple[int, int], str]]] = {}
    for key, text in sentences:
        by_version.setdefault(key[0], []).append((key, text))
    for told in by_version.values():
        labels = [_LABEL.match(text) for _, text in told]
        speaking = [_labelled(label.group(1), names) for label in labels if label]
        if len(speaking) < 2:
            continue
        pair = set(speaking) if len(set(speaking)) == 2 and all(speaking) else set()
        speaker = frozenset[str]()
        for (key, text), label in zip(told, labels, strict=True):
            if label is not None:
                speaker = _labelled(label.group(1), names)
            if speaker:
                addressed = pair - {speaker} if _YOU.search(text) else ()
                yield key, speaker, next(iter(addressed), frozenset())


def _labelled(label: str, names: set[str]) -> frozenset[str]:
    """The terms of the name a transcript's label gives, its titles left out; empty when a
    word of it is no name of the story's."""
    person = frozenset(stem(t.norm) for t in tokens(label) if t.norm not in _ROLE_WORDS_SET)
    return person if person <= names else frozenset()


# A transcript's label: a speaker's name or role in capitals, a colon, the words said.
_LABEL = compile_narrow(r"((?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]*):\s")
_YOU = re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)


def titles(sentence: list[Token], named: list[int]) -> frozenset[str]:
    """The terms of the titles before the names a sentence gives ("Prime Minister Tobias
    Renqvist", "party leader Elin Soderqvist"): part of naming that person, no fact of their
    own. `named`: where its words of names stand (`_named`), in order."""
    found = set()
    for i in named:
        if not i:
            continue
        j = i - 1
        while j >= 0 and sentence[j].norm in _ROLE_WORDS_SET and not clause_ends(sentence, j):
            found.add(stem(sentence[j].norm))
            j -= 1
    return frozenset(found)


def owners(sentence: list[Token], names: set[str], named: list[int]) -> frozenset[str]:
    """The terms of the names a sentence gives as whose something is ("Tobias Renqvist's
    Social Alliance", "the Social Alliance of Prime Minister Tobias Renqvist"): a name that
    tells of what they own, not of them. `names` as for `speakers`, `named` for `titles`."""
    found: set[str] = set()
    last = -1
    for first in named:
        if first <= last:
            continue
        last = first
        while (
            not possessive(sentence[last])
            and last + 1 < len(sentence)
            and _name_word(sentence[last + 1], names)
            and not clause_ends(sentence, last)
        ):
            last += 1
        j = first - 1
        while j >= 0 and sentence[j].norm in _BEFORE_OWNER:
            j -= 1  # "of the party's leader", "of Prime Minister"
        if possessive(sentence[last]) or (j >= 0 and sentence[j].norm == "of"):
            found.update(stem(token.norm) for token in sentence[first : last + 1])
    return frozenset(found)


def possessive(token: Token) -> bool:
    """Whether a word is a possessive ("Renqvist's", "Renqvist’s")."""
    return token.surface.endswith(("'s", "\u2019s"))


def _capitals(sentence: list[Token]) -> list[int]:
    """Where a sentence's capitalised words stand: names are among them."""
    return [i for i, token in enumerate(sentence) if token.capitalised]


def particles(sentence: list[Token]) -> frozenset[str]:
    """The terms of the particles inside the names a sentence gives ("Opéra de Montvallon",
    "Lula da Silva"): part of the name, no word of the story's own."""
    return frozenset(
        stem(sentence[i].norm)
        for i in range(1, len(sentence) - 1)
        if sentence[i].norm in en.NAME_PARTICLES
        and not sentence[i].capitalised
        and sentence[i - 1].capitalised
        and sentence[i + 1].capitalised
        and not clause_ends(sentence, i - 1)
        and not clause_ends(sentence, i)
    )


def subject(sentence: list[Token], names: set[str]) -> frozenset[str]:
    """The terms of the name a sentence opens with, after its article ("Civic Renewal won…",
    "The Social Alliance of Prime Minister Tobias Renqvist won…"), unless it only speaks
    ("Iantrahim said…") or a break follows it: whom its figures are about. Empty when it
    opens otherwise."""
    i = 0
    while i < len(sentence) and sentence[i].norm in en.DETERMINERS:
        i += 1
    first = i
    while i < len(sentence) and _name_word(sentence[i], names):
        i += 1
        if possessive(sentence[i - 1]) or clause_ends(sentence, i - 1):
            break
    if i == first or clause_ends(sentence, i - 1) or speaks(sentence, first, i):
        return frozenset()  # "Canada: Wildfire destroys…" names a place, no subject
    return frozenset(stem(t.norm) for t in sentence[first:i] if t.norm not in _ROLE_WORDS_SET)


def quotes(text: str) -> bool:
    """Whether a sentence quotes someone's words: not a word or two in quotation marks, the
    speaker's word for a thing (held “candid” and “direct” talks, the department said), which
    the sentence reports as a fact."""
    if _QUOTES.isdisjoint(text):
        return False  # (no quotation mark: no quoted words to look for)
    return not _QUOTES.isdisjoint(_WORDS_QUOTED.sub("", text))


# A word or two in quotation marks.
_WORDS_QUOTED = compile_narrow(r"[\"“«][^\s\"“”«»]+(?:\s[^\s\"“”«»]+)?[\"”»]")


def speakers(
    sentence: list[Token], names: set[str]
) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The people a sentence gives as speaking, each the terms of their name (no title:
    "Prime Minister Tobias Renqvist" is {"tobia", "renqvis"}), or `PRONOUN` for "he said";
    and the terms of the words giving them, role and all ("Port authority chief executive
    Adaeze Okafor"). A speaker is the name before a speech verb ("Renqvist said", "Green Left
    leader Saga Lindahl-Bruun said") or after it when the attribution follows the quote ('…,"
    said its leader, Rasmus Ekdahl', "according to Kirby"). `names`: the story's names, by
    which a sentence's capitalised first word is read as one ("Renqvist said…", not
    "Officials said…")."""
    found: list[frozenset[str]] = []
    spans: list[tuple[int, int]] = []
    for i, token in enumerate(sentence):
        if token.norm == "according" and i + 1 < len(sentence) and sentence[i + 1].norm == "to":
            spans.append(_named_after(sentence, i + 1, names))
        elif token.norm in _SPEAKING:
            before = _named_before(sentence, i, names)
            if before is not None:
                spans.append(before)
            elif i and clause_ends(sentence, i - 1) and token.norm not in _TOLD:
                spans.append(_named_after(sentence, i, names))
    voices: set[str] = set()
    for first, after in spans:
        if first == after:
            continue
        if sentence[first].norm in _PRONOUNS:
            found.append(PRONOUN)
        elif person := _person(sentence, first, after, names):
            found.append(person)
            voices.update(stem(t.norm) for t in sentence[first:after] if t.norm not in _STOPS)
    return tuple(dict.fromkeys(found)), frozenset(voices)


def _named_before(sentence: list[Token], verb: int, names: set[str]) -> tuple[int, int] | None:
    """The words giving the subject of the speech verb at `verb`, from where its clause opens,
    when it is a name or "he"/"she", perhaps before an aside ("Okafor, who took over in 2023,
    said", "Soderqvist, 47, told")."""
    j = verb - 1
    while j >= 0 and sentence[j].norm in _ADVERBS and not clause_ends(sentence, j):
        j -= 1  # "Kirby also said"
    if j >= 0 and clause_ends(sentence, j):
        k = j - 1
        while k >= 0 and not clause_ends(sentence, k):
            k -= 1
        if k < 0 or not (
            sentence[k + 1].norm in _RELATIVES or (k + 1 == j and sentence[j].norm.isdigit())
        ):
            return None
        j = k
    if j < 0:
        return None
    if sentence[j].norm in _PRONOUNS:
        return j, j + 1
    if not _name_word(sentence[j], names):
        return None  # "the commission said", "Renqvist's party said"
    first = j
    while first > 0 and not clause_ends(sentence, first - 1):
        if sentence[first - 1].norm in en.CLOSED_CLASS_WORDS and not _in_name(
            sentence[first - 1], names
        ):
            break
        first -= 1  # "Port authority chief executive Adaeze Okafor"
    return first, j + 1


def _named_after(sentence: list[Token], verb: int, names: set[str]) -> tuple[int, int]:
    """The words giving the speaker after a speech verb that follows its quote: a name,
    perhaps after its role set off by a comma ("said its leader, Rasmus Ekdahl"), ending the
    sentence or its clause ("said Renqvist, admitting defeat", "said Miller in a statement");
    none (an empty span) otherwise."""
    none = (verb, verb)
    j = verb + 1
    role_ended = False
    while j < len(sentence) and not _name_word(sentence[j], names):
        if sentence[j].capitalised or sentence[j].norm in _ADVERBS or role_ended:
            return none
        role_ended = clause_ends(sentence, j)
        j += 1
        if j - verb > _ROLE_WORDS:
            return none
    if j == len(sentence):
        return none  # "…, the minister said."
    while (
        j + 1 < len(sentence) and _in_name(sentence[j + 1], names) and not clause_ends(sentence, j)
    ):
        j += 1
    if (
        j + 1 < len(sentence)
        and not clause_ends(sentence, j)
        and sentence[j + 1].norm not in _AFTER
    ):
        return none  # "…, said China would…": China is what is said
    return verb + 1, j + 1


def _person(sentence: list[Token], first: int, after: int, names: set[str]) -> frozenset[str]:
    """The terms of the name ending the words from `first` up to `after`, after its role
    ("Almarense coach Henrique Valadares" is {"henriqu", "valadar"}); empty when it holds no
    name."""
    words = sentence[first:after]
    roles = [i for i, token in enumerate(words) if not _name_word(token, names)]
    roles += [i for i, token in enumerate(words) if token.norm in _ROLE_WORDS_SET]
    if roles:
        words = words[max(roles) + 1 :]
    return frozenset(stem(t.norm) for t in words)


def _named(token: Token, names: set[str]) -> bool:
    """Whether a word is part of a name, no title ("Renqvist", not "Minister")."""
    return token.capitalised and token.norm not in _ROLE_WORDS_SET and _name_word(token, names)


def _in_name(token: Token, names: set[str]) -> bool:
    """Whether a word may stand in a person's name with its role ("party leader Elin
    Soderqvist", "State Department spokesperson Matthew Miller")."""
    return token.norm in en.TITLES or _name_word(token, names)


def _name_word(token: Token, names: set[str]) -> bool:
    return (
        token.capitalised
        and token.norm[:1].isalpha()
        and token.norm not in en.CLOSED_CLASS_WORDS
        and token.norm not in _CALENDAR
        and (stem(token.norm) in names or token.norm in _ROLE_WORDS_SET)
    )


def clause_ends(sentence: list[Token], i: int) -> bool:
    """Whether a clause ends after the `i`th word: more than a space before the next word (a
    comma, a quote, a dash), and no abbreviation's stop ("U.S. officials")."""
    return (
        i + 1 < len(sentence)
        and sentence[i + 1].start - sentence[i].end > 1
        and "." not in sentence[i].surface
    )


_QUOTES = frozenset('"“”«»')
_PRONOUNS = frozenset({"he", "she"})
_STOPS = en.STOP_WORDS
_RELATIVES = frozenset({"who", "which", "whose"})
_ADVERBS = frozenset({"also", "later", "then", "again", "further", "had", "has", "have"})
_ROLE_WORDS = 5  # the most words of a role between a speech verb and the name after it
_ROLE_WORDS_SET = en.TITLES | en.ROLE_MODIFIERS | en.ROYAL_TITLES
_BEFORE_OWNER = _ROLE_WORDS_SET | en.DETERMINERS
_CALENDAR = frozenset((*en.WEEKDAYS, *en.MONTHS))
# What may follow a speaker named after the verb: where, when or how the words were said.
_AFTER = frozenset({"in", "on", "at", "after", "before", "during", "while", "as", "from", "to"})
