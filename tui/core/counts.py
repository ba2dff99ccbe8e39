"""What a sentence's figures count, and where a passage's members disagree on a count.

`counted` reads each figure with the thing it counts, as alignment and word diffs use it;
`count_places` finds the members that give different figures for one kind of count (the dead,
the injured, a crowd…), though no word diff sets one figure against the other."""

from __future__ import annotations

from collections.abc import Iterator

from tui.core.count_words import ZERO_KINDS, is_zero_term, zero_counts
from tui.core.lexicon import en
from tui.core.normalise import PERCENT, Term, Token, is_figure, normal_form, spelled_number, stem
from tui.core.units import MEASURE_OF, quantity_at


def counted(terms: list[Term]) -> dict[str, str]:
    """Each number among a sentence's terms with the thing it counts, read as a reporter
    reads it. A word naming a kind of count (en.COUNT_KINDS), reached from the figure over
    linking words only (en.COUNT_LINKS, names), says it: "killing at least 11 people" and "the
    death toll stood at 11" count the dead, "a crowd of 41,236" and "42,000 fans" the
    attendance, "dozens injured" the injured. Where both sides name one ("killing 11 people,
    injuring 53"; "10 people were killed and 50 injured"), the side on which the sentence
    named its first count is read: copy keeps one order through a list. Otherwise a figure
    counts the term after it, else the one before it, names and numbers aside; a unit counts
    its measure ("162 miles", "260 km": a distance; "100 mph", "160 km/h": a speed). Two
    reports giving another count of the same thing ("12 people dead", "11 people were killed")
    tell one fact, and differ in it."""
    # A percentage is of something: "a premium of 32%" counts the premium, "shares lost 4
    # percent" the shares' fall, and two percentages of other things are two facts.
    given = terms
    kept = [j for j, term in enumerate(given) if term[0] != PERCENT]  # where each term stood
    terms = [given[j] for j in kept]
    figures = [i for i, (term, is_name, _) in enumerate(terms) if not is_name and _is_count(term)]
    sides = {i: (_kind_named(terms, i, -1), _kind_named(terms, i, 1)) for i in figures}
    named = [i for i in figures if any(sides[i])]
    named_first = bool(named) and any(term in _KIND_OF for term, _, _ in terms[: named[0]])
    found: dict[str, str] = {}
    for i in figures:
        before, after = sides[i]
        thing = (before or after) if named_first else (after or before)
        thing = ZERO_KINDS.get(terms[i][0], thing)
        if not thing and is_figure(terms[i][0]):
            # Its unit is read where it stood: in "4 percent on the day" the day is no unit.
            reading = quantity_at(given, kept[i])
            thing = reading.measure if reading else _neighbour(terms, i)
            if thing == _DISTANCE:
                thing = _distance_from(terms, i) or thing
        if thing:
            found.setdefault(terms[i][0], thing)
    return found


def _kind_named(terms: list[Term], i: int, step: int) -> str | None:
    """The count kind named on one side of the figure at `i`, over at most MAX_COUNT_LINKS
    linking words; none past a word that links nothing or another figure."""
    for j in range(i + step, i + step * (MAX_COUNT_LINKS + 2), step):
        if not 0 <= j < len(terms):
            return None
        term, is_name, _ = terms[j]
        kind = _KIND_OF.get(term)
        if kind and (step > 0 or kind not in _KINDS_AFTER_FIGURE):
            return kind
        if not (is_name or term in _COUNT_LINKS) or _is_count(term):
            return None
    return None


def _neighbour(terms: list[Term], i: int) -> str | None:
    """The term after the figure at `i`, else the one before, that is neither a name nor a
    count, as its measure when it is a unit."""
    for neighbour in (i + 1, i - 1):
        if 0 <= neighbour < len(terms):
            thing, thing_is_name, _ = terms[neighbour]
            if not thing_is_name and not _is_count(thing):
                return MEASURE_OF.get(thing, thing)
    return None


MAX_COUNT_LINKS = 3  # words between a figure and the word naming its kind

_KIND_OF = {
    stem(normal_form(word)): kind
    for kind, words in en.COUNT_KINDS.items()
    for word in words.split()
}
_KINDS_AFTER_FIGURE = en.KINDS_AFTER_FIGURE
_VAGUE_COUNTS = frozenset(stem(normal_form(word)) for word in en.VAGUE_COUNTS.split())
_COUNT_LINKS = frozenset(
    stem(normal_form(word)) for word in (*en.COUNT_LINKS.split(), *en.CURRENCIES)
)


def _is_count(term: str) -> bool:
    """A figure, or a count given without one ("dozens")."""
    return term[0].isdigit() or term in _VAGUE_COUNTS


def _distance_from(terms: list[Term], i: int) -> str | None:
    """What the figure at `i` counts when it is a distance from a named place ("85 kilometers
    west of Anchor Point", "162 miles (about 260 km) away from Anchorage"): two distances from
    one place locate one thing, however far each outlet puts it; a depth ("50 miles
    underground") or a distance from another place is another fact."""
    if i + 1 >= len(terms) or MEASURE_OF.get(terms[i + 1][0]) != _DISTANCE:
        return None
    j = i + 2
    if j + 1 < len(terms) and is_figure(terms[j][0]) and terms[j + 1][0] in MEASURE_OF:
        j += 2  # the same distance in another unit
    while j < len(terms) and terms[j][0] in _DIRECTIONS:
        j += 1
    if j >= len(terms) or not terms[j][1]:
        return None
    place = terms[j][0]  # its first word, or two: "New York" and "New Delhi" are two places
    if place in _PLACE_PREFIXES and j + 1 < len(terms) and terms[j + 1][1]:
        place += " " + terms[j + 1][0]
    # The unit too: a figure in another unit is no reading of this one (162 miles are 260 km).
    return f"{terms[i + 1][0]} from {place}"


def place_of(thing: str) -> str | None:
    """The place a count of `thing` is a distance from (`_distance_from`), if it is one."""
    unit, _, place = thing.partition(" from ")
    return place if place and unit in MEASURE_OF else None


_DISTANCE = "distance"
_DIRECTIONS = frozenset(stem(normal_form(word)) for word in en.DIRECTIONS)
_PLACE_PREFIXES = frozenset(stem(word) for word in en.PLACE_PREFIXES)


Runs = dict[int, tuple[int, int]]  # version -> the word indexes it gives at a place


def count_places(
    words_of: dict[int, list[list[Token]]],
    counts_of: dict[int, list[dict[str, str]]],
    numeric: dict[int, list[int]],
    found_at: dict[tuple[int, ...], tuple[set[str], Runs]],
    after: int,
) -> Iterator[tuple[tuple[int, ...], set[str], Runs]]:
    """A place for each kind of count (en.COUNT_KINDS: the dead, the injured, a crowd…; a
    distance from a named place in one unit) the members give different figures for,
    wherever in their words: "the death toll stood at 11" and "the blast killed at least 12
    people" disagree on the dead though no diff sets 11 against 12, and so do "no one was
    killed" and "killed two" (what a figure counts is read as in alignment,
    `counts.counted`: `counts_of` holds it for each of `words_of`'s sentences).

    A member giving two figures for one kind (a headline's early toll, its lead's later one)
    is left out of that place: it disagrees with itself. One giving its figure twice gives the
    word a place found already holds, so that the readings join that place. Keyed after the
    reference's places (`after`: its word count)."""
    # kind -> version -> (figure, first word, end) for every run of words giving it
    figures: dict[str, dict[int, set[tuple[str, int, int]]]] = {}
    for v, sentences in words_of.items():
        if not any(numeric[v]) and not any(map(_gives_none, counts_of[v])):
            continue
        first = 0
        for tokens, counts in zip(sentences, counts_of[v], strict=True):
            for figure, kind in counts.items():
                if kind in en.COUNT_KINDS or place_of(kind):
                    at = _runs_giving(figure, tokens, first)
                    if at:
                        given = figures.setdefault(kind, {}).setdefault(v, set())
                        given.update((figure, i0, i1) for i0, i1 in at)
            first += len(tokens)
    held = set()  # (version, word) of the places found
    for _, runs in found_at.values():
        for v, (i0, i1) in runs.items():
            held.update((v, i) for i in range(i0, i1))
    for number, (_, given) in enumerate(sorted(figures.items())):
        runs = {}
        for v, found in given.items():
            if len({figure for figure, _, _ in found}) == 1:
                ordered = sorted((i0, i1) for _, i0, i1 in found)
                runs[v] = next((run for run in ordered if (v, run[0]) in held), ordered[0])
        told = {figure for v in runs for figure, _, _ in given[v]}
        if len(runs) > 1 and len(told) > 1:
            yield (after, after, number), {"number"}, runs


def _runs_giving(figure: str, tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """The runs of words (indexes from `first`) that give `figure`: the words of the figure,
    or for a count of none, the words from the one saying none to the casualty ("no
    injuries", "no one was killed"; `normalise.zero_counts`)."""
    if not is_zero_term(figure):
        runs = [(i, i + 1) for i, token in enumerate(tokens, first) if token.norm == figure]
        return runs or _spelled_runs(figure, tokens, first)
    found, start = [], None
    for i, term in sorted(zero_counts([token.norm for token in tokens]).items()):
        if not term:
            start = i if start is None else start
            continue
        if term == figure:
            found.append((first + (i if start is None else start), first + i + 1))
        start = None
    return found


def _spelled_runs(figure: str, tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """The runs of words that write `figure` out ("One hundred and twelve people": 112,
    `normalise.spelled_number`), which a diff of words never sets against "110"."""
    found = []
    i = 0
    while i < len(tokens):
        spelled, taken = spelled_number(tokens, i) if tokens[i].surface.isalpha() else (None, 0)
        if spelled == figure:
            found.append((first + i, first + i + taken + 1))
        i += taken + 1
    return found


def _gives_none(counts: dict[str, str]) -> bool:
    return any(map(is_zero_term, counts))
