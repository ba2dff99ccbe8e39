"""Entities from scanned mentions: headline names confirmed, names merged and typed, each
entity named by its most frequent full form."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from tui.core.entities.gazetteer import common_words, known, spelling_key
from tui.core.entities.merging import Merge, Node, head_word
from tui.core.entities.patterns import HEAD_WORDS
from tui.core.entities.records import Found, is_acronym, mentions
from tui.core.entities.scanning import scan
from tui.core.entities.spellings import sounds
from tui.core.lexicon.en import GIVEN_NAMES, WEEKDAYS
from tui.core.model import ENTITY_TYPES, Entity, Mention, Span, Version


def _confirmed(founds: list[Found]) -> list[Found]:
    """Title-case lines and page chrome keep only names seen in running text, known, or shaped
    like a name ("UN" of "UN Summit", "By Nike Ching"); a sentence in capitals only those seen,
    known or named by a head word ("THE ALVORADA POST"): there every word is shaped like a name
    or an acronym. A name opening a sentence, unless known or seen in the middle of one, loses
    the common words it opens with when another mention names it without them ("Novelist Olga
    Tokarczuk"), and is dropped when it is only common words ("Literature Awarded")."""
    names = [f for f in founds if f.kind == "name" and not f.headline]
    seen = {f.key for f in names}
    inside = {f.key for f in names if not f.initial}
    alone = {key for key in seen if " " not in key}
    named: dict[str, list[str]] = defaultdict(list)  # a last word -> the full names it ends
    for key in seen:
        if " " in key:
            named[key.rpartition(" ")[2]].append(key)
    kept = []
    heard = None
    for f in founds:
        if f.headline:
            if (
                f.key in seen
                # "Read also: Falkenrath's strategy": the surname of someone named in full
                or any(_person_shaped(name, alone) for name in named.get(f.key, ()))
                or _known_name(f.key)
                or _shaped(f, alone, people=not f.capitals)
            ):
                kept.append(f)
            elif len(f.words) > 1:
                kept.extend(_known_parts(f, seen))
        elif (
            f.initial
            and f.cue is None
            and len(f.words) > 1
            and f.key not in inside
            and known(f.key) is None
        ):
            if heard is None:  # another version's spelling of a name, as alike as merging's
                heard = _Heard(seen, inside)
            if heard.inside(f.key):  # "Dynamo Kariwka has won", "... beat Dynamo Karivka"
                kept.append(f)
            else:
                kept.extend(_without_ordinary_opening(f, heard))
        else:
            kept.append(f)
    return _compounds_split(kept, seen)


def _known_name(key: str) -> bool:
    """Known, and no ordinary word that is also a town's name ("Most read")."""
    place = known(key)
    return place is not None and (place[2] or key not in common_words())


def _shaped(found: Found, alone: set[str], *, people: bool) -> bool:
    """A name though no sentence repeats it: a full name ("Nobel Prize in Literature Awarded
    to Peter Handke", "Kathleen Struck was the editor") or an organisation named by its head
    word ("VOA News reported on this story"); never only common words ("Related Topics")."""
    words = found.key.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    if all(w in common_words() for w in words):
        return False
    # the head word ends the name or stands before its "of" ("University of Wisconsin")
    return head_word(words) is not None or (people and _person_shaped(found.key, alone))


def _person_shaped(key: str, alone: set[str]) -> bool:
    """Shaped like a person's full name: two to four plain words, no head word, at most one an
    ordinary word ("George Grow"), and the first a given name or no ordinary word, nor a
    place or a name the story uses on its own ("Major Earthquake Hits Alaska", "Alaska
    Earthquake", "Larkhaven Rovers", "Five Kazakh")."""
    words = key.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and w not in HEAD_WORDS for w in words):
        return False
    common, first = common_words(), words[0]
    place = known(first)
    return (
        sum(w in common and w not in GIVEN_NAMES for w in words) <= 1
        and (first in GIVEN_NAMES or first not in common)
        and first not in alone
        and not (place and place[2])
    )


def _compounds_split(founds: list[Found], seen: set[str]) -> list[Found]:
    """ "Biden-Xi" is Biden and Xi when both are named elsewhere, not only inside it; else one
    name ("Notre-Dame", "Jean-Claude", "Kessler-Brandt")."""
    compounds = [
        f
        for f in founds
        if "-" in f.text and f.kind == "name" and len(f.words) == 1 and known(f.key) is None
    ]
    if not compounds:
        return founds
    named: dict[str, set[str]] = defaultdict(set)  # a word -> the names holding it
    for key in seen:
        for word in key.split():
            named[word].add(key)
    split: dict[Found, list[Found]] = {}
    for f in compounds:
        parts = f.text.split("-")
        if all({key for key in named.get(spelling_key(p), ()) if f.key not in key} for p in parts):
            at, split[f] = f.start, []
            for part in parts:
                split[f].append(
                    Found("name", spelling_key(part), f.version, at, at + len(part), part)
                )
                at += len(part) + 1
    return [part for f in founds for part in split.get(f, (f,))] if split else founds


class _Heard:
    """The spellings of names seen elsewhere, as merging hears them (`merging.sounds`): computed
    only for a story with a name opening a sentence that is seen nowhere else."""

    def __init__(self, seen: set[str], inside: set[str]) -> None:
        self._seen = {sound for key in seen for sound in sounds(key)}
        self._inside = {sound for key in inside for sound in sounds(key)}

    def seen(self, key: str) -> bool:
        return not self._seen.isdisjoint(sounds(key))

    def inside(self, key: str) -> bool:
        return not self._inside.isdisjoint(sounds(key))


def _without_ordinary_opening(found: Found, heard: _Heard) -> list[Found]:
    words, common = found.words, common_words()
    texts = [found.text[s:e] for s, e in words]
    if texts[-1].casefold() in HEAD_WORDS:  # "Associated Press", "Red Cross Society"
        return [found]
    ordinary = 0
    while ordinary < len(words) and _ordinary(texts[ordinary], common):
        ordinary += 1
    if ordinary == len(words):
        return []
    for drop in range(1, ordinary + 1):
        start, end = words[drop][0], words[-1][1]
        text = found.text[start:end]
        if heard.seen(spelling_key(text)):
            shifted = tuple((s - start, e - start) for s, e in words[drop:])
            at = found.start + start
            key = spelling_key(text)
            return [Found("name", key, found.version, at, at + len(text), text, words=shifted)]
    return [found]


def _ordinary(word: str, common: frozenset[str]) -> bool:
    lower = word.casefold()
    return lower in common and lower not in GIVEN_NAMES


def _known_parts(found: Found, seen: set[str]) -> Iterator[Found]:
    """The parts of an unconfirmed name that are seen or known, and its acronyms ("VOA60" of
    "VOA60 America - Blinken, Chinese President Xi Meet in Beijing"); in capitals, where any
    word may be an acronym, none; never an ordinary word that names a town ("NORMAL", "Normal
    Speed News": a title-case line capitalises every word)."""
    capitals = found.capitals
    words, i = found.words, 0
    while i < len(words):
        for j in range(len(words), i, -1):
            start, end = words[i][0], words[j - 1][1]
            text = found.text[start:end]
            key = spelling_key(text)
            if (
                key in seen
                or _known_name(key)
                or (not capitals and j == i + 1 and _acronym(text, key))
            ):
                at = found.start + start
                yield Found("name", key, found.version, at, at + len(text), text)
                i = j
                break
        else:
            i += 1


def _acronym(text: str, key: str) -> bool:
    """An acronym, not an ordinary word in capitals ("NEWS")."""
    return is_acronym(text) and key not in common_words()


def _canonical(
    kind: str, type_: str, founds: list[Found], known: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """The most frequent full form (ties: in most versions, then alphabetical), and the rest.

    A gazetteer entity is called by its gazetteer name when the texts use it ("APEC", "G20"); a
    name of several words in capitals ("NATIONAL HURRICANE CENTER", a bulletin's) by the way
    running text writes it, when some version does.
    """
    count = Counter(f.text for f in founds)
    versions: dict[str, set[int]] = defaultdict(set)
    for f in founds:
        versions[f.text].add(f.version)
    forms = sorted(count, key=lambda t: (-count[t], -len(versions[t]), t))
    full = forms
    if type_ == "person":  # the most words, titles and initials aside ("Xi Jinping", not
        # "President Xi"; "Antony Blinken" or "Antony J. Blinken", whichever is more frequent)
        keys = {f.text: f.key for f in founds}
        words = {text: sum(len(w) > 1 for w in key.split()) for text, key in keys.items()}
        most = max(words.values())
        full = [t for t in forms if words[t] == most]
        full = [t for t in full if len(spelling_key(t).split()) == most] or full
    elif kind == "number":
        full = [t for t in forms if not t[0].isalpha()] or forms
    elif kind == "name":
        full = [t for t in forms if " " in t] or [t for t in forms if not is_acronym(t)] or forms
    full = [t for t in full if not (" " in t and t.isupper())] or full
    name = known if known in count else full[0]
    return name, tuple(t for t in forms if t != name)


_PLACE = attrgetter("version", "start")


Built = tuple[str, str, tuple[str, ...], tuple[Mention, ...], int]  # see `_build`


def _build(type_: str, kind: str, founds: list[Found], known: str | None = None) -> Built:
    """(type, name, variants, mentions, how many versions mention it)."""
    name, variants = _canonical(kind, type_, founds, known)
    placed = mentions(sorted(founds, key=_PLACE))
    return (type_, name, variants, placed, len({f.version for f in founds}))


def scan_mentions(versions: Sequence[Version]) -> list[Found]:
    """Every mention found in the versions' text, before any merging: most of the work, and
    independent of the alignment (so it can run beside it)."""
    return _confirmed([f for v in versions for f in scan(v)])


Scanned = tuple[list[Built], Merge]  # the numbers and dates; the names merged without alignment


def before_alignment(versions: Sequence[Version]) -> Iterator[list[Mention] | Scanned]:
    """The entity work that needs no alignment, in the two parts the comparison takes as they
    are made: the people (see `people`), then what `extract_entities` goes on from."""
    founds = scan_mentions(versions)
    merge = Merge(_name_nodes(founds))
    yield people(merge)
    yield _figures(founds), merge


def _figures(founds: list[Found]) -> list[Built]:
    """The numbers and dates, which no alignment changes."""
    by_key: dict[tuple[str, str], list[Found]] = defaultdict(list)
    for f in founds:
        if f.kind != "name":
            by_key[(f.kind, f.key)].append(f)
    built = []
    for (kind, key), group in sorted(by_key.items()):
        # A weekday alone is relative to the day each version was written: a date to compare
        # only when a day pins it ("Monday (18)").
        if key in WEEKDAYS and not any(c.isdigit() for f in group for c in f.text):
            continue
        built.append(_build(kind, kind, group))
    return built


def _name_nodes(founds: list[Found]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for f in founds:
        if f.kind == "name":
            if f.key not in nodes:
                nodes[f.key] = Node(f.key)
            nodes[f.key].founds.append(f)
    return nodes


def people(merge: Merge) -> list[Mention]:
    """The mentions of people, typed as the sidebar types them but before the alignment adds
    its evidence of spellings: the alignment tells two meetings apart by who took part in
    them."""
    return list(
        mentions(
            f
            for root, keys in merge.groups.members().items()
            if merge.types.get(root) == "person"
            for key in keys
            for f in merge.nodes[key].founds
        )
    )


def extract_entities(
    versions: Sequence[Version],
    aligned: Iterable[tuple[Span, Span]] = (),
    scanned: Scanned | None = None,
) -> tuple[Entity, ...]:
    """People, places, organisations, numbers and dates of all versions, variants merged.

    `aligned` pairs spans that stand in the same place of matched sentences in two versions
    and differ: evidence that two spellings name one entity ("Antony"/"Anthony").
    `scanned` is what `before_alignment(versions)` gave when it was computed already.
    """
    if scanned is None:
        founds = scan_mentions(versions)
        scanned = _figures(founds), Merge(_name_nodes(founds))
    figures, merge = scanned
    built = list(figures)
    merge = merge.aligned(list(aligned))
    nodes, types = merge.nodes, merge.types
    for root, keys in merge.groups.members().items():
        if root in types:
            members = [f for k in keys for f in nodes[k].founds]
            known = {nodes[k].known[0] for k in keys if nodes[k].known}
            built.append(_build(types[root], "name", members, min(known) if known else None))
    built.sort(key=lambda e: (ENTITY_TYPES.index(e[0]), -e[4], e[1], e[2]))
    return tuple(
        Entity(i, name, type_, variants, mentions)
        for i, (type_, name, variants, mentions, _) in enumerate(built)
    )
