"""How alike two sentences are, 0..1: weighted terms shared, spelling variants of names and
other figures for the same thing counted, two sentences naming other people held apart."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from tui.core.align.profiles import FRAMING, IN_A_MONTH, NAME_WEIGHT, KnownScores, Profile
from tui.core.align.speech import PRONOUN
from tui.core.lexicon import en
from tui.core.normalise import stem
from tui.core.units import Quantity, agree

ANCHOR_BONUS = 0.5  # extra weight of a shared term found once in each of the two versions
SPELLING_SIMILARITY = 0.8  # Antony/Anthony, Jake/Jack, Han/Hahn
RECOUNT_WEIGHT = 0.5  # another figure for the same thing: the same slot, not the same value
WORD_FOR_WORD = 0.8  # a score at which two quotes are the same words, near enough


def shared_weight(a: Profile, b: Profile) -> float:
    """Weight of the terms two sentences share, spelling variants of names included."""
    common = a.weights.keys() & b.weights.keys()
    return _with_variants(a, b, common, _smaller_weights(a.weights, b.weights, common))


def _with_variants(a: Profile, b: Profile, common: set[str], shared: float) -> float:
    """`shared`, the weight of the `common` terms, with the names spelled otherwise and the
    other figures for the same thing."""
    if a.names and b.names:
        shared += _variant_weight(a, b, common)
    if a.counts and b.counts:
        shared += _recount_weight(a, b, common) - _elsewhere_weight(a, b, common)
    return shared


def _smaller_weights(
    weights_a: dict[str, float], weights_b: dict[str, float], terms: Container[str]
) -> float:
    """The sum of the smaller of the two weights of each of `a`'s terms that is in `terms`.

    Summed in the order of `a`'s terms, the same in every run: a set of strings iterates in an
    order Python's string hashing changes from run to run, and a float sum changes with its
    order, which would let one input give two outputs. A plain loop: the hottest of scoring."""
    total = 0.0
    for term, a in weights_a.items():
        if term in terms:
            b = weights_b[term]
            total += a if a <= b else b
    return total


def score(a: Profile, b: Profile, known: KnownScores | None = None) -> float:
    """Similarity of two sentences, 0..1; from `known` when two sentences with the same
    contents and anchors met before, else worked out and added to it. (Without `known`, for
    profiles made on the way, such as a sentence less what its passages say.)"""
    if a.label or b.label:  # the title of a meeting's record tells no news (`_record_title`)
        return 0.0
    # A question the story asks ("Why did the Social Alliance lose?", a subheading) or a
    # definition ("an earthquake of magnitude 7.1 is considered a major earthquake") tells no
    # fact, so it is none of the facts other sentences tell; two versions may give it alike.
    # (`statements`: a quoted question is someone's words.)
    if a.asks != b.asks or a.defines != b.defines:
        return 0.0
    # A term each version uses in this one sentence only marks the two as counterparts.
    # (Such terms are among each sentence's own, so these are common terms.)
    anchors = a.unique & b.unique
    common = a.weights.keys() & b.weights.keys()
    # The rest of a name the other sentence gives in part ("Antony Blinken", "Blinken"; "Wang
    # Yi", "Wang") names no one else: a reader sees one person, named more fully in one.
    fuller = _fuller(a, b) | _fuller(b, a) if a.people and b.people else _NO_TERMS
    if known is None:
        found = _score(a, b, common, anchors, fuller)
    else:
        key = (a.content, b.content, anchors, fuller)
        found = known.get(key)
        if found is None:
            found = known[key] = _score(a, b, common, anchors, fuller)
    if found == 0.0:
        return found  # the rules below only hold apart two sentences that score
    # A person named only as whose something is or who speaks shares no fact (`_one_person`).
    # Here, not in `_score`: whom a sentence names is no part of its contents, the key of
    # `known`.
    if (a.owners or b.owners or a.voices or b.voices) and _one_person(a, b, common):
        return 0.0
    # A meeting is who met whom: "Blinken met Qin" and "Blinken met Xi" are two meetings
    # however alike their wording, and so are "Blinken hosted Wang" and "Biden met Wang".
    # (Elsewhere another name is often the same fact: another player in the same shootout, a
    # quote given to another speaker, which a reader compares.) In an account of one meeting
    # what "the two sides" or "the President" did happened at that meeting, so it is not what
    # other people did or said elsewhere.
    if (a.people or a.parties) and (b.people or b.parties) and _two_meetings(a, b):
        return 0.0
    # An award is who won which prize: "Ilves won the Silver Anchor" and "Brenner won the
    # audience award" are two awards of one festival, however alike their wording. The same
    # award told with the winner's name spelled otherwise, or a sentence naming the prize but
    # not the winner, is one fact.
    if a.prize and b.prize and a.people and b.people and _two_awards(a, b):
        return 0.0
    # A match is who played whom: "Almarense edged Racing Vellmar 5-4" and "Racing Vellmar
    # beat Almara Ladies 3-2" are two matches of one tournament, as two meetings with other
    # people are two meetings. One match told with a side's name spelled otherwise, or one
    # side left out, or told with another score by another outlet (which a reader compares),
    # is one fact.
    if a.teams and b.teams and a.scores.isdisjoint(b.scores) and _two_matches(a, b):
        return 0.0
    # A figure is whose it is: "Civic Renewal won 42 of the 120 seats" and "The Social
    # Alliance won 33 seats" are two parties' results, though another figure for the same
    # thing is otherwise one fact told by two outlets (see `_recount_weight`).
    if a.subject and b.subject and a.counts and b.counts and _two_counts(a, b, common):
        return 0.0
    # A quote is who said it: '"The voters have spoken," said Renqvist' and '"The voters have
    # spoken, and they want a government that listens," said Ekdahl' are two statements,
    # however alike their words. (A sentence naming the other's speaker may tell one quoting
    # the other, and one told without its speaker may be either: both are left to the words.)
    # A fact reported from other sources ("12 died, the mayor said") is still one fact.
    # "He" is a guess from the sentence before, which another outlet may have moved: the same
    # words nearly word for word are one quote whoever "he" there stands for.
    if (
        a.quotes
        and b.quotes
        and a.speakers
        and b.speakers
        and (found < WORD_FOR_WORD or PRONOUN not in a.speakers + b.speakers)
        and _two_statements(a, b)
    ):
        return 0.0
    return found


def _two_counts(a: Profile, b: Profile, common: set[str]) -> bool:
    """Whether two sentences, sharing the `common` terms, count the same thing with other
    figures (no figure in common) and each opens with a name the other does not name in any
    spelling."""
    return (
        a.counts.keys().isdisjoint(b.counts)
        and _recount_weight(a, b, common) > 0
        and not any(_named_in(t, b) for t in a.subject)
        and not any(_named_in(t, a) for t in b.subject)
    )


def _two_statements(a: Profile, b: Profile) -> bool:
    """Whether two quotes are each attributed to people the other sentence neither names nor
    gives as speaking ("she" standing for them), in any spelling."""
    speakers_a, speakers_b = _speakers(a), _speakers(b)
    return bool(speakers_a and speakers_b) and not any(
        _named_in(term, other) or any(_spelled_alike(term, t) for person in others for t in person)
        for speakers, other, others in ((speakers_a, b, speakers_b), (speakers_b, a, speakers_a))
        for person in speakers
        for term in person
    )


def _speakers(profile: Profile) -> tuple[frozenset[str], ...]:
    """Whom a sentence gives as speaking, "he" or "she" being whom the sentence before gives as
    speaking, or else the one person it names (a reporter names whom "he" is just before);
    () when that is not known."""
    found = []
    for person in profile.speakers:
        if person == PRONOUN:
            named = _named_before(profile.previous)
            if named is None:
                return ()
            person = named
        found.append(person)
    return tuple(found)


def _named_before(previous: Profile | None) -> frozenset[str] | None:
    """The one person a pronoun opening the sentence after `previous` stands for: its one
    speaker (whom "he said" there stands for, through a run of quotes), or else the one person
    it names."""
    while previous is not None:
        if len(previous.speakers) == 1 and previous.speakers[0] != PRONOUN:
            return previous.speakers[0]
        if not previous.speakers:
            return previous.people[0] if len(previous.people) == 1 else None
        if previous.speakers != (PRONOUN,):
            return None
        previous = previous.previous
    return None


def _two_matches(a: Profile, b: Profile) -> bool:
    """Whether two sentences telling results each name a side the other does not name in any
    spelling."""
    return _other_side(a, b) and _other_side(b, a)


def _other_side(a: Profile, b: Profile) -> bool:
    return any(
        not any(
            _named_in(term, b) or any(_spelled_alike(term, t) for side in b.teams for t in side)
            for term in side
        )
        for side in a.teams
    )


def _two_awards(a: Profile, b: Profile) -> bool:
    """Whether two sentences telling prizes won each name a prize and a person the other
    does not name in any spelling."""
    return (
        _other_prize(a, b)
        and _other_prize(b, a)
        and _strangers(a, None, b, None)
        and _strangers(b, None, a, None)
    )


def _other_prize(a: Profile, b: Profile) -> bool:
    return any(not _named_in(term, b) for term in a.prize)


def _two_meetings(a: Profile, b: Profile) -> bool:
    """Whether two sentences tell of meetings (who met whom, or what was said at the meeting
    an account is about) and each names someone the other does not."""
    context_a = _context(a)
    if not _of_a_meeting(a, context_a):
        return False
    context_b = _context(b)
    return (
        _of_a_meeting(b, context_b)
        and _strangers(a, context_a, b, context_b)
        and _strangers(b, context_b, a, context_a)
    )


def _of_a_meeting(profile: Profile, context: Profile | None) -> bool:
    """Whether a sentence stands in an account of one meeting, or tells an encounter of people
    it names or of whom it speaks."""
    if context is not None and context is profile.frame:
        return True
    return bool(profile.people or context) and bool(profile.encounter)


def _context(profile: Profile) -> Profile | None:
    """The sentence naming the people of whom a sentence speaks without naming them all.

    In an account of one meeting, its headline or lead, when the sentence names nobody but
    speaks of "the two sides" or "they", or names only that meeting's people, by name or by
    an office its headline or lead names ("the President" of a readout of President Biden's
    meeting is Biden). Elsewhere, "the two leaders" or "they" are the people named in the
    sentence before."""
    frame = profile.frame
    if frame is not None and len(frame.people) > 1:
        if not profile.people:
            if profile.parties:
                return frame
        elif all(
            any(not person.isdisjoint(party) for party in frame.people)
            or (person <= _OFFICES and person <= frame.weights.keys())
            for person in profile.people
        ):
            return frame
    previous = profile.previous
    if not profile.people and profile.parties and previous is not None and previous.people:
        return previous
    return None


_OFFICES = frozenset(stem(title) for title in en.TITLES)


def _strangers(
    a: Profile, context_a: Profile | None, b: Profile, context_b: Profile | None
) -> bool:
    """Whether `a` names a person (or, naming nobody, the meeting it is about does) of whom `b`
    names no part in any spelling, nor the meeting `b` is about."""
    people = a.people or (context_a.people if context_a is not None else ())
    return any(
        not any(
            _named_in(t, b)
            or any(t in other for other in b.people)  # "you" in a transcript (`turns`)
            or (context_b is not None and _named_in(t, context_b))
            for t in person
        )
        for person in people
    )


def _named_in(term: str, profile: Profile) -> bool:
    return term in profile.weights or any(
        _spelled_alike(term, name) for name in profile.names_by_initial.get(term[0], ())
    )


def _fuller(a: Profile, b: Profile) -> frozenset[str]:
    """The terms of the names of people `a` gives that `b` names in part, which `b` does not
    give in any spelling."""
    found: set[str] = set()
    for person in a.people:
        if not b.weights.keys().isdisjoint(person):  # (iterates the smaller: the name)
            found.update(t for t in person.difference(b.weights) if not _named_in(t, b))
    return frozenset(found) if found else _NO_TERMS


_NO_TERMS: frozenset[str] = frozenset()


def _score(
    a: Profile, b: Profile, common: set[str], anchors: frozenset[str], fuller: frozenset[str]
) -> float:
    # A sentence set in an earlier year tells an earlier event: "In 2019, a fire at the same
    # plant injured four workers" is not today's fire, however alike the words, unless the
    # other sentence gives that year too (two versions of the 2019 fire) or dates its event to
    # a month alone ("met in Bali in November"), which may be that year's.
    if (a.dated or b.dated) and (_earlier(a, b) or _earlier(b, a)):
        return 0.0
    exact = _smaller_weights(a.weights, b.weights, common)
    shared = _with_variants(a, b, common, exact)
    # Two sentences sharing one term and nothing else (no name variant, no count) share a word,
    # not a fact.
    if shared == 0.0 or (len(common) == 1 and shared == exact):
        return 0.0
    shared += _encounter_weight(a, b)
    if anchors:
        shared += ANCHOR_BONUS * _smaller_weights(a.weights, b.weights, anchors)
    total_a = a.total - _as_name(a, b) - sum(a.weights.get(t, 0.0) for t in fuller)
    total_b = b.total - _as_name(b, a) - sum(b.weights.get(t, 0.0) for t in fuller)
    dice = 2 * shared / (total_a + total_b)
    containment = shared / min(total_a, total_b)
    shorter = min(len(a.weights), len(b.weights))
    # A short sentence wholly inside a long one is evidence only when it says enough.
    contained = containment * min(1.0, shorter / 8) * 0.85
    if dice <= 0.2:
        return min(1.0, max(dice, contained))
    # rapidfuzz on the sorted terms: credits near-identical wording the weights miss.
    ratio = fuzz.ratio(a.joined, b.joined) / 100
    return min(1.0, max(dice, contained, 0.5 * (dice + ratio)))


def _encounter_weight(a: Profile, b: Profile) -> float:
    """The weight two sentences telling an encounter in other words share beyond their terms:
    "Blinken hosted Wang" and "Blinken met with Wang Yi" tell one encounter, the host's
    meeting with his guest. (Whether the same people met is the meeting rule's to judge, see
    `_two_meetings`.)"""
    if not a.encounter or not b.encounter:
        return 0.0
    same = _smaller_weights(a.weights, b.weights, en.ENCOUNTER_TERMS & b.weights.keys())
    return max(0.0, min(a.encounter, b.encounter) - same)


def _as_name(a: Profile, b: Profile) -> float:
    """The weight `a`'s opening word loses when `b` writes it as a name: a capital opening a
    sentence says nothing of its word, so "Blinken hosted Wang" names the Blinken that
    "Secretary Blinken hosted" does, and his name weighs as little in both. (Two sentences
    opening with one word read it alike.)"""
    term = a.opening
    if term and term in b.names_by_initial.get(term[0], ()) and term in a.weights:
        return a.weights[term] * (1 - NAME_WEIGHT)
    return 0.0


def _earlier(a: Profile, b: Profile) -> bool:
    """Whether `a` is set in an earlier year that `b` cannot be telling (see
    `profiles._times`)."""
    return any(not _may_be(time, b.times) for time in a.dated)


def _may_be(time: str, times: frozenset[str]) -> bool:
    """Whether a sentence naming `times` may tell the year `time`: it gives it, or a month
    alone ("in November"), or counts back where the other gives a year ("last year" may be
    2023: the story's own year, which would tell, is not known here)."""
    return (
        time in times
        or IN_A_MONTH in times
        or any(other.isdigit() != time.isdigit() for other in times)
    )


def _one_person(a: Profile, b: Profile, common: set[str]) -> bool:
    """Whether all two sentences share is one person they name, with the titles naming them
    and the days and attributions that weigh as names, where one of them names that person
    only as whose something is or as who speaks: "Prime Minister Tobias Renqvist conceded
    defeat" and "The Social Alliance of Prime Minister Tobias Renqvist won 24.9%" tell of him
    and of his party; "The former chief executive of the port authority was jailed" and "Port
    authority chief executive Adaeze Okafor said…" of him and of what she says. (Two sentences
    telling of one person may share only the name: "Tarrant was acquitted", "Tarrant was
    found not guilty".)"""
    rest = common.difference(FRAMING, a.titles, b.titles)
    return (
        bool(rest)
        and (
            rest <= a.voices
            or rest <= b.voices
            or (
                (rest <= a.owners or rest <= b.owners)
                and any(rest <= p for p in (*a.people, *b.people, *a.speakers, *b.speakers))
            )
        )
        and not (a.counts and b.counts and _recount_weight(a, b, common))
    )


def _variant_weight(a: Profile, b: Profile, common: set[str]) -> float:
    """Weight of names spelled differently in the two sentences (Anthony/Antony).

    Variants share their first letter, so only names with the same initial are compared."""
    weight = 0.0
    used: set[str] = set()
    for term in a.names:
        if term in common:
            continue
        for candidate in b.names_by_initial.get(term[0], ()):
            if candidate in common or candidate in used:
                continue
            if _spelled_alike(term, candidate):
                weight += min(a.weights[term], b.weights[candidate])
                used.add(candidate)
                break
    return weight


def _recount_weight(a: Profile, b: Profile, common: set[str]) -> float:
    """Weight of numbers that count the same thing differently in the two sentences (12 and
    11 people dead): one fact, told with another figure, which is what a reader compares.

    A count of a kind the press keeps (the dead, the injured, those in hospital, the crowd)
    is that count however each outlet puts it, and so is a distance from one named place
    (250 km from Anchorage, 162 miles from it), so its other figure weighs as the same figure
    would, as does one reading in two units ("100 mph", "160 km/h"); a figure counting a word
    beside it ("50 homes", "47 homes") only half as much: the same word may count other things
    ("50 homes destroyed", "47 homes evacuated")."""
    weight = 0.0
    used: set[str] = set()
    for number, thing in a.counts.items():
        if number in common:
            continue
        place = a.places.get(number)
        other = _recounted(thing, place, b, common | used)
        if other is not None:
            units = _converted(a, number, b, other, common)
            share = 1.0 if thing in _KEPT_COUNTS or place or units is not None else RECOUNT_WEIGHT
            weight += share * min(a.weights[number], b.weights[other]) + (units or 0.0)
            used.add(other)
    return weight


def _converted(a: Profile, number: str, b: Profile, other: str, common: set[str]) -> float | None:
    """When two figures are one reading in two units ("100 mph", "160 km/h"): the weight of
    their units, which say the same as each other as the figures do (the lesser of the two,
    less the terms both give: "hour"). None when they are not."""
    reading_a, reading_b = a.measured.get(number), b.measured.get(other)
    if reading_a is None or reading_b is None or not agree(reading_a, reading_b):
        return None
    return min(_unit_weight(a, reading_a, common), _unit_weight(b, reading_b, common))


def _unit_weight(profile: Profile, reading: Quantity, common: set[str]) -> float:
    return sum(profile.weights.get(t, 0.0) for t in reading.unit.split() if t not in common)


def _elsewhere_weight(a: Profile, b: Profile, common: set[str]) -> float:
    """Weight of figures both sentences give as distances from two different named places:
    "30 km north of Lyon" and "30 km north of Grenoble" locate two things, and the figure
    they share is no shared fact."""
    weight = 0.0
    for number, place in a.places.items():
        if number in common:
            other = b.places.get(number)
            if other and place != other:
                weight += min(a.weights[number], b.weights[number])
    return weight


def _recounted(thing: str, place: str | None, b: Profile, taken: Container[str]) -> str | None:
    """The figure of `b` counting `thing` (a distance from `place` in another unit if none is
    in its unit), none of `taken`."""
    found = None
    for other, other_thing in b.counts.items():
        if other in taken:
            continue
        if other_thing == thing:
            return other
        if found is None and place and b.places.get(other) == place:
            found = other
    return found


_KEPT_COUNTS = frozenset(en.COUNT_KINDS)


@lru_cache(maxsize=1 << 16)
def _spelled_alike(a: str, b: str) -> bool:
    return Indel.normalized_similarity(a, b) >= SPELLING_SIMILARITY
