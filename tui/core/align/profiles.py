"""What alignment knows of each sentence: its content terms weighed by rarity, the names and
numbers among them, and the people it names."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from operator import attrgetter

from tui.core.align.contents import after_dateline, distinct_contents, is_phrase
from tui.core.align.prizes import WINNING, prizes
from tui.core.align.speech import (
    Naming,
    clause_ends,
    naming,
    particles,
    quotes,
    speaks,
    turns,
)
from tui.core.align.statements import asks, defines
from tui.core.counts import place_of
from tui.core.lexicon import alternation, en
from tui.core.model import Mention, Version
from tui.core.normalise import Term, Token, stem, tokens
from tui.core.units import Quantity, measured

NAME_WEIGHT = 0.35  # a shared name, day or attribution is weak evidence: many sentences share it
BACKGROUND_WEIGHT = 0.5  # a term in a clause giving context ("after…") says less of the news
MIN_TERMS = 2  # sentences with fewer content terms are too thin to align

SentenceKey = tuple[int, int]  # (version, sentence)
Content = int | tuple[int, ...]  # which terms a sentence has; a unit's: its sentences' ones
# Scores by the two sentences' contents and anchors, all a score depends on: versions repeat
# sentences, so most pairs of sentences have the contents of pairs scored before.
KnownScores = dict[tuple[Content, Content, frozenset[str], frozenset[str]], float]


class Profile:
    """What scoring needs of one sentence. (Plain classes and NamedTuples here: a dataclass
    costs every `newsdiff --json` run its code generation at import.)"""

    __slots__ = (
        "asks",
        "content",
        "context",
        "counts",
        "dated",
        "defines",
        "encounter",
        "frame",
        "joined",
        "key",
        "label",
        "measured",
        "names",
        "names_by_initial",
        "opening",
        "owners",
        "parties",
        "people",
        "places",
        "previous",
        "prize",
        "quotes",
        "scores",
        "speakers",
        "subject",
        "teams",
        "times",
        "titles",
        "total",
        "unique",
        "voices",
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
        measured: dict[str, Quantity] | None = None,  # number term -> its quantity, with a unit
    ) -> None:
        self.key, self.content, self.weights, self.names = key, content, weights, names
        self.total, self.joined, self.unique = total, joined, unique
        self.counts = counts or {}
        self.context = context
        self.measured = measured or {}
        # Found once for every pair scoring meets: its distances' places, its encounter's weight
        self.places = {n: place for n, thing in self.counts.items() if (place := place_of(thing))}
        self.encounter = max((weights[t] for t in en.ENCOUNTER_TERMS if t in weights), default=0.0)
        self.people: tuple[frozenset[str], ...] = ()  # each person named: the terms of the name
        self.frame: Profile | None = None  # the headline or lead telling its version's meeting
        self.parties = False  # whether it speaks of people without naming them ("the two sides")
        self.label = False  # whether it is the title of a meeting's record (see `_frame`)
        self.asks = False  # whether it is a question the story asks (see `scoring.score`)
        self.defines = False  # whether it says what a class of things is called (`defines`)
        self.previous: Profile | None = None  # the sentence before it in its version
        self.prize: frozenset[str] = frozenset()  # the terms naming a prize it tells won
        self.dated: frozenset[str] = frozenset()  # earlier years it is set in (see `_times`)
        self.times: frozenset[str] = frozenset()  # every such year it names
        self.scores: frozenset[str] = frozenset()  # the scores of the match it tells ("4-3")
        self.teams: tuple[frozenset[str], ...] = ()  # the sides of that match (see `_match`)
        self.speakers: tuple[frozenset[str], ...] = ()  # who speaks in it (`speech.speakers`)
        self.voices: frozenset[str] = frozenset()  # the words giving them, role and all
        self.quotes = False  # whether it quotes their words
        self.titles: frozenset[str] = frozenset()  # titles naming its people (`speech.titles`)
        self.owners: frozenset[str] = frozenset()  # names of whose things it tells (`owners`)
        self.subject: frozenset[str] = frozenset()  # the name it opens with (`speech.subject`)
        self.opening = ""  # the term of its capitalised first word, not read as a name
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
            {n: reading for n, reading in self.measured.items() if n in weights},
        )
        rest.people, rest.frame, rest.parties = self.people, self.frame, self.parties
        rest.label, rest.previous, rest.asks = self.label, self.previous, self.asks
        rest.defines = self.defines
        rest.prize, rest.dated, rest.times = self.prize, self.dated, self.times
        rest.scores, rest.teams, rest.opening = self.scores, self.teams, self.opening
        rest.speakers, rest.quotes, rest.titles = self.speakers, self.quotes, self.titles
        rest.owners, rest.subject, rest.voices = self.owners, self.subject, self.voices
        return rest


def build_profiles(
    words: dict[SentenceKey, list[Token]],
    texts: dict[SentenceKey, str],
    year: int | None = None,
    terms_of: dict[SentenceKey, tuple[Term, ...]] | None = None,
    counts_of: dict[SentenceKey, dict[str, str]] | None = None,
) -> dict[SentenceKey, Profile]:
    """`texts`: each sentence's text, whose tokens `words` holds; `year`: the story's, the
    latest of its versions' dates, when one is known (see `_times`); `terms_of` and
    `counts_of`: each sentence's content terms and what its figures count (`counted`) when
    the caller has found them (comparison does, for wordiff too), else they are found here."""
    contents, content_of = distinct_contents(words, texts, terms_of, counts_of)
    term_sets = [{t for t, _, _ in terms} for terms, _, _ in contents]
    content_of = {key: c for key, c in content_of.items() if len(term_sets[c]) >= MIN_TERMS}
    in_version: dict[int, Counter[str]] = defaultdict(Counter)  # sentences with each term
    for key, content in content_of.items():
        in_version[key[0]].update(term_sets[content])
    document_frequency = Counter(chain.from_iterable(term_sets[c] for c in content_of.values()))
    count = len(content_of) or 1
    rarity = {term: math.log(1 + count / df) for term, df in document_frequency.items()}
    alone = {  # each version's terms one sentence has
        version: {term for term, sentences in found.items() if sentences == 1}
        for version, found in in_version.items()
    }
    # Sentences with the same terms share their weights (and their scores, see `score`).
    weighed: dict[int, tuple[dict[str, float], tuple[str, ...], float, str]] = {}
    contexts: dict[int, frozenset[str]] = {}
    events: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    matches: dict[int, tuple[frozenset[str], tuple[frozenset[str], ...]]] = {}
    named: dict[int, Naming] = {}
    quantities: dict[int, dict[str, Quantity]] = {}
    story_names = {t for terms, _, _ in contents for t, is_name, _ in terms if is_name}
    said: dict[str, tuple[bool, bool, bool]] = {}  # by text: versions repeat sentences
    profiles = {}
    for key, content in content_of.items():
        terms, opening, counts = contents[content]
        if content not in weighed:
            sentence = after_dateline(words[key], texts[key])
            weighed[content] = _weighed(terms, rarity, particles(sentence))
            contexts[content] = frozenset(t for t, _, bg in terms if bg) - {
                t for t, _, bg in terms if not bg
            }
            prize = prizes(sentence) if WINNING.intersection(term_sets[content]) else _NONE
            dated, times = (
                _times(sentence, year) if _TIME_HINT.search(texts[key]) else (_NONE, _NONE)
            )
            events[content] = prize, dated, times
            scores = _scores(sentence, term_sets[content])
            matches[content] = (
                (scores, _teams(sentence, bool(scores)))
                if scores or _RESULT.intersection(term_sets[content])
                else (_NONE, ())
            )
            named[content] = naming(sentence, story_names)
            quantities[content] = (
                measured(list(terms)) if _MEASURES.intersection(counts.values()) else {}
            )
        weights, names, total, joined = weighed[content]
        unique = frozenset(alone[key[0]].intersection(weights))
        profile = profiles[key] = Profile(
            key,
            content,
            weights,
            names,
            total,
            joined,
            unique,
            counts,
            contexts[content],
            quantities[content],
        )
        profile.prize, profile.dated, profile.times = events[content]
        profile.scores, profile.teams = matches[content]
        (
            profile.speakers,
            profile.voices,
            profile.titles,
            profile.owners,
            profile.subject,
        ) = named[content]
        text = texts[key]
        if text not in said:
            quoted = quotes(text)
            said[text] = quoted, asks(text, quoted), defines(text)
        profile.quotes, profile.asks, profile.defines = said[text]
        profile.opening = opening
    for key, speaker, addressed in turns(((k, texts[k]) for k in sorted(words)), story_names):
        if key in profiles:
            profile = profiles[key]
            profile.quotes, profile.asks, profile.speakers = True, False, (speaker,)
            profile.people = (addressed,) if addressed else ()
    _frame(profiles, words, texts)
    return profiles


_NONE: frozenset[str] = frozenset()
_MEASURES = frozenset(en.MEASURES)


def _teams(sentence: list[Token], scored: bool) -> tuple[frozenset[str], ...]:
    """The sides of the match a sentence tells, each the terms of a capitalised name: the
    name it opens with (its subject: "Almarense had needed a shootout…"), the one before a
    result or win verb ("Dynamo Karivka had beaten", "Karivka won") and the one after a result
    verb ("beat Sporting Almarense", "lost to Almara Ladies"). What "won" takes is a final or
    a trophy, no side; days and months are no sides. A sentence with no score tells a result
    only when a result verb takes a side: "residents lost power" tells no match."""
    groups: list[tuple[int, int]] = []  # [first, last] of each capitalised name
    for i, token in enumerate(sentence):
        if token.capitalised and _side_word(token):
            if groups and groups[-1][1] == i - 1 and not clause_ends(sentence, i - 1):
                groups[-1] = (groups[-1][0], i)
            else:
                groups.append((i, i))
    ends = {last: first for first, last in groups}
    starts = {first: last for first, last in groups}
    found = {groups[0]} if groups and groups[0][0] == 0 else set()
    played = scored
    for i, token in enumerate(sentence):
        if token.norm not in en.RESULT_VERBS and token.norm not in en.WIN_VERBS:
            continue
        j = i - 1
        while j >= 0 and sentence[j].norm in en.CLOSED_CLASS_WORDS and not clause_ends(sentence, j):
            j -= 1  # "Karivka had beaten", "Vellmar also lost"
        if j in ends and not clause_ends(sentence, j):
            found.add((ends[j], j))
        if token.norm in en.RESULT_VERBS:
            j = i + 1
            while j < len(sentence) and sentence[j].norm in en.CLOSED_CLASS_WORDS:
                j += 1  # "lost to", "drew with", "beat the"
            if j in starts and not clause_ends(sentence, i):
                found.add((j, starts[j]))
                played = True
    if not played:
        return ()
    # A name opened by a title is a person's, no side: "Goalkeeper Yevhen Shcherbak saved…",
    # "Secretary of State Antony Blinken…".
    return tuple(
        frozenset(stem(sentence[k].norm) for k in range(first, last + 1))
        for first, last in sorted(found)
        if sentence[first].norm not in en.TITLES
    )


def _side_word(token: Token) -> bool:
    return (
        token.norm.isalpha()
        and token.norm not in en.CLOSED_CLASS_WORDS
        and token.norm not in _MONTHS
        and token.norm not in _WEEKDAYS
    )


def _scores(sentence: list[Token], terms: set[str]) -> frozenset[str]:
    """The scores a sentence gives: two numbers of one or two digits written as one ("4-2",
    "3–3", "4:3"), unless they are days of a month ("October 26-27", "Oct. 18-19"), a range of
    a measure ("10-12 days", "18-19 km"), or part of a date or a clock time in digits
    ("10/26/2023", "3:40 a.m.", "04:00", "22:11 GMT": no score is written with a leading 0)."""
    written = {t for t in terms if "-" in t and _SCORE.fullmatch(t)}
    if not written:
        return _NONE
    found = set()
    for i in range(len(sentence) - 1):
        first, second = sentence[i], sentence[i + 1]
        term = f"{first.norm}-{second.norm}"
        if term in written and second.start == first.end + 1 and not _no_score(sentence, i):
            found.add(term)
    return frozenset(found)


def _no_score(sentence: list[Token], i: int) -> bool:
    """Whether the two numbers from the `i`th word are days, a range or a time (see `_scores`)."""
    if any(len(token.norm) == 2 and token.norm[0] == "0" for token in sentence[i : i + 2]):
        return True
    if i and sentence[i - 1].norm in _MONTH_NAMES:
        return True
    if i + 2 == len(sentence):
        return False
    after = sentence[i + 2]
    return after.norm in _AFTER_RANGE or (
        after.start == sentence[i + 1].end + 1 and after.norm[0].isdigit()
    )


_SCORE = re.compile(r"\d{1,2}-\d{1,2}")  # a score as content terms give it ("4:3" is "4-3")
_MONTH_NAMES = frozenset((*en.MONTHS, *en.MONTH_ABBREVIATIONS))
# What follows a range or a time of day: a unit ("days", "km") or a clock's mark.
_AFTER_RANGE = frozenset(
    (
        *en.UNITS,
        *chain.from_iterable(en.MEASURES.values()),
        *en.TIME_ZONES,
        "a.m",
        "p.m",
        "am",
        "pm",
    )
)
_RESULT = frozenset(stem(verb) for verb in en.RESULT_VERBS)
_WEEKDAYS = frozenset(en.WEEKDAYS)


def _times(sentence: list[Token], year: int | None) -> tuple[frozenset[str], frozenset[str]]:
    """The earlier years a sentence is set in, and every year it names in such words.

    A sentence is set in a year its first clause gives after "in" ("In 2019, a fire…", "in
    November 2019") or counts back to ("Last year's prize went to…", "three years ago"): the
    news of the day is dated by its weekday, not its year, so such a sentence tells an earlier
    event (see `scoring.score`). A year given elsewhere ("…, which was also hit by a fire in
    2019"; "the 2022 final") is only named. So is a month given alone ("met in November"),
    as `IN_A_MONTH`: an earlier time too, whose year is not said. When the story's `year` is
    known, a sentence set in it or later ("In 2024, the festival moved…" in a story of 2024)
    tells no earlier event: only years before it are earlier."""
    dated: set[str] = set()
    named: set[str] = set()
    first = True  # still in the first clause
    for i, token in enumerate(sentence):
        norm = token.norm
        previous = sentence[i - 1].norm if i else ""
        following = sentence[i + 1].norm if i + 1 < len(sentence) else ""
        time, outright = None, True
        if len(norm) == 4 and norm.isdigit() and norm[:2] in _CENTURIES:
            time = norm
            outright = (
                previous == "in" or (previous in _MONTHS and i > 1 and sentence[i - 2].norm == "in")
            ) and (year is None or int(norm) < year)
        elif norm in _YEAR_WORDS and previous in en.YEAR_BEFORE:
            time = f"{previous} year"
        elif norm in _YEAR_WORDS and following in en.YEAR_AFTER:
            time = f"{_ONE.get(previous, previous)} year {following}"
        elif norm in _MONTHS and previous == "in" and not following.isdigit():
            time, outright = IN_A_MONTH, False
        if time is not None:
            named.add(time)
            if first and outright:
                dated.add(time)
        first = first and not clause_ends(sentence, i)
    return frozenset(dated), frozenset(named)


IN_A_MONTH = "in a month"
_CENTURIES = frozenset({"19", "20"})
_MONTHS = frozenset(en.MONTHS)
_YEAR_WORDS = frozenset({"year", "years"})
_ONE = {"a": "1", "one": "1"}
# Whether a sentence may name such a time, found in its text at once.
_TIME_HINT = re.compile(rf"\b(?:(?:19|20)\d\d|years?|in {alternation(en.MONTHS)})\b", re.IGNORECASE)


FRAME_SENTENCES = 3  # a version's headline or lead tells its meeting: among its first sentences


def _frame(
    profiles: dict[SentenceKey, Profile],
    words: dict[SentenceKey, list[Token]],
    texts: dict[SentenceKey, str],
) -> None:
    """Give every sentence of a version its version's frame, the first of its opening
    sentences that tells a meeting ("Secretary Blinken's Meeting with Foreign Minister Wang
    Yi", "Blinken met Wang Yi today"), and note the sentences that speak of people without
    naming them ("the two sides discussed…", "the two leaders agreed"), and the sentence before
    each, whose people those may be (see `scoring.score`)."""
    opening: dict[int, list[Profile]] = defaultdict(list)
    for key in sorted(profiles):
        if len(opening[key[0]]) < FRAME_SENTENCES:
            opening[key[0]].append(profiles[key])
    frames = {
        version: next((p for p in first if p.encounter), None) for version, first in opening.items()
    }
    for frame in frames.values():
        if frame is not None:
            frame.label = _record_title(words[frame.key], texts[frame.key])
    previous = None
    for key in sorted(profiles):
        profile = profiles[key]
        frame = frames[key[0]]
        profile.frame = frame if frame is not profile else None  # no cycle: freed without gc
        profile.parties = not en.MEETING_PARTIES.isdisjoint(map(_NORM, words[key]))
        if previous is not None and previous.key[0] == key[0]:
            profile.previous = previous
        previous = profile


def _record_title(sentence: list[Token], text: str) -> bool:
    """Whether a headline is the title of a meeting's record, naming it with the noun in title
    case ("Secretary Blinken's Meeting with Foreign Minister Wang Yi", "Readout of President
    Biden's Meeting with…"): a label, the same on each day's readout, which tells no news; the
    record's lead tells the meeting. (A sentence ends with a stop, whatever its capitals.)"""
    if text.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    words = [token for token in sentence if token.norm.isalpha()]
    content = [token for token in words if token.norm not in en.CLOSED_CLASS_WORDS]
    return any(t.capitalised and t.norm == en.RECORD_NOUN for t in words[1:]) and sum(
        token.capitalised for token in content
    ) >= TITLE_CASE * len(content)


TITLE_CASE = 0.75  # the share of a title's content words that are capitalised


def _weighed(
    terms: tuple[Term, ...], rarity: dict[str, float], inside_names: frozenset[str]
) -> tuple[dict[str, float], tuple[str, ...], float, str]:
    """A sentence's term weights, names, total weight and sorted terms joined. `inside_names`:
    lowercase words inside its names ("Opéra de Montvallon"), which weigh as the name does."""
    weights: dict[str, float] = {}
    names = set()
    for term, is_name, background in terms:
        weight = rarity[term] * (BACKGROUND_WEIGHT if background else 1.0)
        if is_name:
            weight *= NAME_WEIGHT
            names.add(term)
        elif term in FRAMING or term in inside_names:
            weight *= NAME_WEIGHT
        if weight > weights.get(term, 0.0):
            weights[term] = weight
    # A phrase (`contents._compounds`) weighs only where shared: its words weigh it where it
    # is not.
    told = [term for term in sorted(weights) if not is_phrase(term)]
    return weights, tuple(sorted(names)), sum(weights[t] for t in told), " ".join(told)


# A day or an attribution shared says as little as a name shared ("may" and "march" are
# other words too).
FRAMING = frozenset(
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
_NORM = attrgetter("norm")
