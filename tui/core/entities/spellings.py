"""Spellings of one name: the merge steps that tell two written forms apart or join them by
how names are spelled (initials, familiar given names, a letter or two in a first name, another
language's transliteration, the order of the words). `merging` runs them and does the rest."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from tui.core.entities.gazetteer import spelling_key
from tui.core.lexicon.en import LETTER_SPELLINGS

if TYPE_CHECKING:  # the merge's records; it imports this module
    from tui.core.entities.merging import Groups, Node

# Spelling thresholds (rapidfuzz ratio, 0..100).
_FIRST_NAME_RATIO = 75  # first names of one surname: "Jake"/"Jack" 75, "Antony"/"Anthony" 92.3
# Two spellings side by side in one version are two people unless nearly equal: "Jake" and
# "Jack Sullivan" in one text may be two men; "Antony"/"Anthony Blinken" is a typo.
SAME_VERSION_RATIO = 90


def merge_initials(nodes: dict[str, Node], groups: Groups) -> None:
    """ "Antony J. Blinken" is Antony Blinken, unless two names with initials would both be
    ("George W. Bush", "George H. W. Bush"); "Joseph R. Biden" is Joe Biden when no other
    Biden's given name could be short for Joseph."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for key in nodes:
        words = key.split()
        if len(words) > 2 and any(len(w) == 1 for w in words[1:-1]):
            by_base[" ".join(w for w in words if len(w) > 1)].append(key)
    for base, keys in by_base.items():
        if base in nodes and len(keys) == 1:
            groups.union(base, keys[0])
        elif len(keys) == 1:  # "Joseph R. Biden" is the "Joe Biden" of a familiar style
            first, _, rest = base.partition(" ")
            familiar = [
                key
                for key in nodes
                if key.endswith(" " + rest)
                and key.count(" ") == base.count(" ")
                and nodes[key].name_like
                and _familiar(key.partition(" ")[0], first)
            ]
            if len(familiar) == 1:
                groups.union(familiar[0], keys[0])


def _familiar(short: str, given: str) -> bool:
    """Whether a given name may be a familiar short form of another: its start, or three letters
    that open alike ("Alex" of "Alexander", "Joe" of "Joseph"; not "Jake" of "Janet")."""
    return len(short) < len(given) and (
        given.startswith(short) or (len(short) == 3 and given[:2] == short[:2])
    )


def merge_spellings(nodes: dict[str, Node], groups: Groups) -> None:
    """Same surname, close first name ("Antony"/"Anthony"; see SAME_VERSION_RATIO) or one cut
    short (`_join_shortened`)."""
    by_surname: dict[tuple[str, int], list[Node]] = defaultdict(list)
    for node in nodes.values():
        if node.name_like:
            words = node.key.split()
            by_surname[(words[-1], len(words))].append(node)
    for family in by_surname.values():
        for i, a in enumerate(family):
            for b in family[i + 1 :]:
                ratio = _first_name_ratio(a.key.split(), b.key.split())
                together = a.versions & b.versions
                if ratio >= (SAME_VERSION_RATIO if together else _FIRST_NAME_RATIO):
                    groups.union(a.key, b.key)
        if len(family) > 1:
            for short in family:
                _join_shortened(short, family, groups)


def _join_shortened(short: Node, family: list[Node], groups: Groups) -> None:
    """ "Tom Wroblewski" in one version is the "Tomasz Wroblewski" of others ("Alex"/"Alexander"):
    a given name cut short is the familiar form of the one long name it begins. Not when a
    version names both (a father and his son), nor when it begins two people's names."""
    first, _, rest = short.key.partition(" ")
    longer = []
    for node in family:
        given, _, others = node.key.partition(" ")
        if others == rest and len(given) > len(first) and given.startswith(first):
            if node.versions & short.versions:
                return
            longer.append(groups.find(node.key))
    if longer and len(set(longer)) == 1:
        groups.union(short.key, longer[0])


def _first_name_ratio(a: list[str], b: list[str]) -> float:
    """How alike the first names of two full names that differ only there, by a letter or two."""
    if a[1:] != b[1:] or a[0][0] != b[0][0] or abs(len(a[0]) - len(b[0])) > 1:
        return 0.0
    return fuzz.ratio(a[0], b[0])


# How German and French copy spell the sounds English writes in a name transliterated from
# another alphabet ("Jewhen Schtscherbak", "Kowal", "Hryzenko"; "Stoïan Jelev", "Iantrahim"),
# rewritten as English spells them; an English spelling is left as it is.
_GERMAN = (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y"), ("ue", "u"))
_SHORTEST_TRANSLITERATED = 5  # "Kowal": shorter single words collide ("Jin" is no "Yin")


@lru_cache(maxsize=16384)
def sounds(key: str) -> frozenset[str]:
    """A name as English, German and French copy would spell its sounds in English ("dzh" and
    "zh" are one sound in English copy too: "Dzhunusova", "Zhunusova"; French writes English
    "j" and "ch" as "dj" and "tch": "Djaparidze", "Tchaikovsky")."""
    english = key.replace("dzh", "zh")
    german = english
    for spelled, sound in _GERMAN:
        german = german.replace(spelled, sound)
    if "z" in german:  # German "z" is "ts", its "zh" English's
        german = german.replace("zh", "\0").replace("z", "ts").replace("\0", "zh")
    french = english
    if "j" in french:  # French "dj" is English "j" ("Djaparidze"), its "j" English's "zh"
        french = french.replace("dj", "\0").replace("j", "zh").replace("\0", "j")
    french = french.replace("tch", "ch")  # "Tchaikovsky"
    if "i" in french:
        french = _french_i(french)
    return frozenset((english, german, french))


def _french_i(spelled: str) -> str:
    """French "i" before a vowel where English writes "y": opening a word or after a vowel
    ("Iantrahim", "Stoïan")."""
    chars = list(spelled)
    for k in range(len(chars) - 1):
        if chars[k] == "i" and chars[k + 1] in "aeou" and (k == 0 or spelled[k - 1] in " aeou"):
            chars[k] = "y"
    return "".join(chars)


def merge_transliterations(nodes: dict[str, Node], groups: Groups) -> None:
    """Names that versions spell by another language's transliteration of the same sounds are
    one ("Andrij Kowal" in a German paper's story, "Andriy Koval" in an English one)."""
    by_sound: dict[str, list[Node]] = defaultdict(list)
    for key, node in nodes.items():
        words = key.split()
        if (
            node.known is None
            and not node.acronym
            and all(w.isalpha() for w in words)
            and (len(words) > 1 or len(key) >= _SHORTEST_TRANSLITERATED)
        ):
            for sound in sounds(key):
                by_sound[sound].append(node)
    for same in by_sound.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if a is not b and not a.versions & b.versions:
                    groups.union(a.key, b.key)


def merge_reordered(nodes: dict[str, Node], groups: Groups) -> None:
    """Two words of a name in the other order, in other versions, are one person: East Asian
    names are written family name first or last, and the hyphen of a given name is often
    dropped ("Kang Eun-ha", "Eunha Kang")."""
    by_words: dict[frozenset[str], list[Node]] = defaultdict(list)
    for node in nodes.values():
        if node.name_like:
            for text in {f.text for f in node.founds}:
                words = spelling_key(text.replace("-", "")).split()
                if len(words) == 2:
                    by_words[frozenset(words)].append(node)
    for same in by_words.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if a.key != b.key and not a.versions & b.versions:
                    groups.union(a.key, b.key)


# The spellings English copy gives those letters: the first ("aa") and the last ("a") of each.
_RESPELLINGS = tuple(
    str.maketrans({letter: spelled[k] for letter, spelled in LETTER_SPELLINGS.items()})
    for k in (0, -1)
)


def merge_letter_spellings(nodes: dict[str, Node], groups: Groups) -> None:
    """A name written with a letter English type lacks is the one spelled as English copy
    writes it ("Folkeråd" and "Folkeraad", "Müller" and "Mueller"; see LETTER_SPELLINGS)."""
    for key, node in nodes.items():
        for text in {f.text for f in node.founds if not f.text.isascii()}:
            lower = text.casefold()
            for table in _RESPELLINGS:
                other = spelling_key(lower.translate(table))
                if other != key and other in nodes:
                    groups.union(key, other)
