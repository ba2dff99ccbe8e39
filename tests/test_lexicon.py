"""The word lists themselves: one meaning per word, patterns that match exactly their words, and
no list copied into the code outside tui/core/lexicon."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core import lexicon, sentence_ends, sentences
from tui.core.documents import find_label
from tui.core.entities import gazetteer, patterns
from tui.core.lexicon import alternation, en, narrow_classes

REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- one meaning per word


def test_no_word_is_in_two_thesaurus_groups():
    groups = defaultdict(set)
    for term, words in en.THESAURUS.items():
        for word in words.split():
            groups[word].add(term)
    assert {word: terms for word, terms in groups.items() if len(terms) > 1} == {}
    # A group's word that is another group's term would be read as both.
    assert {word for word in groups if word in en.THESAURUS} == set()


def test_no_form_maps_to_two_terms():
    # The thesaurus and the irregular verbs fill one table, form -> term: a form in both
    # would silently take the later one.
    terms = defaultdict(set)
    for base, forms in en.IRREGULAR_VERBS.items():
        for form in forms.split():
            terms[form].add(base)
    for term, words in en.THESAURUS.items():
        for word in (term, *words.split()):
            terms[word].add(term)
    assert {form: found for form, found in terms.items() if len(found) > 1} == {}


def test_no_spelling_key_names_two_known_entities():
    names = defaultdict(set)
    for table in (gazetteer._PLACES, gazetteer._ORGANISATIONS):
        for name, aliases in table.items():
            for spelling in (name, *aliases):
                names[gazetteer.spelling_key(spelling)].add(name)
    assert {key: found for key, found in names.items() if len(found) > 1} == {}


def test_month_numbers_cover_names_and_short_forms():
    assert [en.MONTH_NUMBERS[name] for name in en.MONTHS] == list(range(1, 13))
    assert set(en.DATELINE_MONTH_ABBREVIATIONS) <= en.MONTH_ABBREVIATIONS.keys()
    assert en.AMBIGUOUS_MONTHS.issubset(en.MONTHS)
    for short, number in en.MONTH_ABBREVIATIONS.items():
        assert en.MONTHS[number - 1].startswith(short)


def test_headline_abbreviations_are_the_splitters():
    assert en.HEADLINE_ABBREVIATIONS <= (
        en.NEVER_FINAL | en.BEFORE_NUMBER | en.AMBIGUOUS_ABBREVIATIONS
    )


def _word_lists() -> dict[str, object]:
    return {
        name: value
        for name, value in vars(en).items()
        if name.isupper() and isinstance(value, (tuple, frozenset, dict))
    }


@pytest.mark.parametrize("name", sorted(_word_lists()))
def test_lists_hold_each_word_once_and_no_empty_one(name):
    value = _word_lists()[name]
    words = list(value)
    assert words and "" not in words
    assert len(words) == len(set(words)), name


def test_every_language_defines_what_english_does():
    wanted = {name for name in vars(en) if name.isupper()}
    for module in pkgutil.iter_modules(lexicon.__path__):
        if "_" in module.name:  # a part of a language ("en_calendar"), see the test below
            continue
        language = importlib.import_module(f"tui.core.lexicon.{module.name}")
        assert wanted <= set(vars(language)), module.name


def test_a_language_gives_every_name_of_its_parts_as_its_own():
    for module in pkgutil.iter_modules(lexicon.__path__):
        language, _, part = module.name.partition("_")
        if part:
            words = importlib.import_module(f"tui.core.lexicon.{module.name}")
            whole = importlib.import_module(f"tui.core.lexicon.{language}")
            names = {name for name in vars(words) if name.isupper()}
            assert names == set(words.__all__), module.name
            assert all(getattr(whole, name) is getattr(words, name) for name in names)


# ---------------------------------------------------------------- patterns built from the lists


def test_an_empty_alternation_is_refused():
    with pytest.raises(ValueError):
        alternation([])
    with pytest.raises(ValueError):
        alternation(["may", ""])


_WORDS = st.lists(st.text(alphabet="abs.’' -", min_size=1, max_size=6), min_size=1, max_size=8)


@given(_WORDS, st.text(alphabet="abs.’' -", max_size=8))
def test_an_alternation_matches_its_words_and_only_them(words, other):
    pattern = re.compile(alternation(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert bool(pattern.fullmatch(other)) == (other in words)


# Classes as the patterns write them: wide characters beside Latin-1 ones, escapes, ranges, a
# "]" or "^" where it is a member, a negated class, and classes re compiles cheaply as they are.
_CLASSES = (
    r"[\w’'.-]",
    r"[A-Z .'’-]",
    r"[ \u00a0\u202f]",
    r"[]’'.-]",
    r"[’^a]",
    r"[\s,|·–—]",
    r"[^“”\"«»‘’]",
    r"[’']",
    "[.!?…。！？｡؟۔।॥]",
)
# Every character up to U+2100 (Latin-1, the dashes, quotes and spaces past it), and the rest
# of the classes' members.
_CHARACTERS = "".join(map(chr, range(0x2100))) + "。！？｡؟۔।॥ a’b 'c x-y -z ’q ’y ay a’b a–y ’z"


@pytest.mark.parametrize("source", _CLASSES)
@pytest.mark.parametrize("context", ["{}", "{}*+x", "(?<!{})y", "(?!{})z", "(?<=a{})b"])
def test_a_narrowed_class_matches_what_the_class_did(source, context):
    for flags in (0, re.IGNORECASE):
        old = re.compile(context.format(source), flags)
        new = re.compile(narrow_classes(context.format(source)), flags)
        assert [m.span() for m in new.finditer(_CHARACTERS)] == [
            m.span() for m in old.finditer(_CHARACTERS)
        ]


def test_a_class_re_would_compile_into_a_table_is_narrowed_and_no_other():
    assert narrow_classes(r"[A-Z][\w’'.-]*+") == r"[A-Z](?:[\w'.-]|(?>[’]))*+"
    assert narrow_classes(r"(?<![\w’'\-])a") == r"(?<![\w'\-])(?<![’])a"
    for whole in (r"[’']", r"[^“”\"«»‘’]", r"[.!?…。！？｡؟۔।॥]", r"\[’'.-]"):
        assert narrow_classes(whole) == whole


_CALENDAR = (
    ("months", en.MONTH_WORD, (*en.MONTHS, *en.MONTH_ABBREVIATIONS)),
    ("weekdays", en.WEEKDAY_WORD, (*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS)),
)


@pytest.mark.parametrize(("kind", "source", "words"), _CALENDAR, ids=[c[0] for c in _CALENDAR])
def test_month_and_weekday_words_match_their_words_only(kind, source, words):
    pattern = re.compile(source, re.IGNORECASE)
    for word in words:
        for written in (word, word.capitalize() + ".", word.upper()):
            assert pattern.fullmatch(written), written
    # The prefix patterns these replaced also took non-words.
    for other in ("sepember", "wednes", "satur", "tueday", "thuday", "junee", "ja"):
        assert not pattern.fullmatch(other), other


def test_sentences_patterns_take_every_listed_word():
    for verb in en.SPEECH_VERBS:
        assert sentence_ends._attribution().match(f" Blinken {verb}. Then"), verb
    for key in en.METADATA_KEYS:
        assert sentence_ends._METADATA_TOKEN.match(f"{key} 2023-09-19 The talks"), key
    for word in (*en.TIME_ZONES, *en.DATE_LINE_WORDS, *en.MONTHS, *en.WEEKDAYS, "19th"):
        assert sentences._DATE_TOKEN.fullmatch(word), word


def test_every_agency_alone_is_a_credit_line():
    for agency in (*en.NEWS_AGENCIES, *en.WIRES):
        for line in (f"({agency})", f"With {agency}", f"With AFP and {agency}."):
            assert sentences.boilerplate_kind(line) == "credit", line


def test_every_outlets_name_labels_a_version():
    for label, names in (*en.NEWS_AGENCIES.items(), *en.NEWS_OUTLETS.items()):
        for name in names:
            assert find_label(f"PARIS ({name}) – Talks resumed.", "x") == label, name
            assert find_label(f"Talks resumed.\nWith {name}", "x") == label, name


def test_entity_date_pattern_reads_every_month_and_weekday():
    def readings(text: str) -> list[tuple[str, str]]:
        return [(m.lastgroup, m.group()) for m in patterns.DATE.finditer(text)]

    for name in en.MONTHS:
        assert readings(f"on {name.capitalize()} 19, 2023") == [
            ("mdy", f"{name.capitalize()} 19, 2023")
        ]
        assert readings(f"mid-{name.capitalize()} 2023")[0][0] == "month"
    for short in en.DATELINE_MONTH_ABBREVIATIONS:
        assert readings(f"on {short.capitalize()}. 19") == [("mdy", f"{short.capitalize()}. 19")]
    for day in en.WEEKDAYS:
        assert readings(f"on {day.capitalize()}") == [("weekday", day.capitalize())]
    for word in en.RELATIVE_DATE_WORDS:
        for period in en.RELATIVE_PERIODS:
            assert readings(f"{word.capitalize()} {period} and {word} {period}") == [
                ("relative", f"{word.capitalize()} {period}"),
                ("relative", f"{word} {period}"),
            ]


def test_entity_number_pattern_reads_every_number_word_scale_and_unit():
    def groups(text: str, *names: str) -> tuple:
        match = patterns.NUMBER.search(text)
        return match.group(*names) if match else None

    for word in en.NUMBER_WORDS:
        assert groups(f"for {word} days.", "word", "unit") == (word, "days")
    for multiplier in en.MULTIPLIERS:
        assert groups(f"for two {multiplier} days.", "mult") == multiplier
    for scale in patterns.SCALES:
        assert groups(f"it cost $5 {scale}.", "scale") == scale
    for unit in en.UNITS:
        assert groups(f"by 5 {unit}.", "unit") == unit
    for word, value in en.NUMBER_WORDS.items():
        if str(value) in en.GROUP_NUMBERS:
            assert patterns.GROUP_OF.search(f"the Group of {word.capitalize()} met")


def test_entity_name_tokens_take_every_connector_before_a_name():
    for connector in patterns.CONNECTORS:
        text = f"Lula {connector} Silva"
        assert [m.group() for m in patterns.TOKEN.finditer(text)] == ["Lula", connector, "Silva"]


# ---------------------------------------------------------------- no list outside the lexicon

# What a copy of each list looks like: this many of its words in the strings of one statement.
# The counts sit above what prose, help text and the gazetteer's names hold.
_LISTS = (
    ("month names", frozenset(en.MONTHS), 3),
    ("month abbreviations", frozenset(en.MONTH_ABBREVIATIONS), 4),
    ("weekday names", frozenset({*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS}), 3),
    ("number words", frozenset({*en.NUMBER_WORDS, *en.MULTIPLIERS, *en.SCALES, *en.ORDINALS}), 4),
    ("speech verbs", frozenset(en.SPEECH_VERBS), 4),
    ("irregular past forms", frozenset(" ".join(en.IRREGULAR_VERBS.values()).split()), 4),
    ("time zones", en.TIME_ZONES, 3),
    ("titles", en.TITLES, 6),
    ("abbreviations", en.NEVER_FINAL | en.BEFORE_NUMBER | en.AMBIGUOUS_ABBREVIATIONS, 6),
    ("home links", frozenset(en.HOME_LINKS), 3),
    ("given names", en.GIVEN_NAMES, 6),
    ("units", frozenset(en.UNITS), 6),
    ("demonyms", en.DEMONYMS, 10),
    ("thesaurus words", frozenset(" ".join(en.THESAURUS.values()).split()), 12),
    ("stop and function words", en.STOP_WORDS | en.FUNCTION_WORDS, 25),
)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def _strings(node: ast.AST):
    """The string constants of one statement, not of the statements nested in it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.stmt):
            continue
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            yield child.value
        yield from _strings(child)


def _copies(source: str) -> list[tuple[int, str, int]]:
    """(line, list, how many of its words) for each statement whose strings copy a list.
    Docstrings are prose, not lists."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.stmt) or (
            isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        ):
            continue
        words = set(_WORD.findall(" ".join(_strings(node)).lower()))
        for name, listed, enough in _LISTS:
            if len(words & listed) >= enough:
                found.append((node.lineno, name, len(words & listed)))
    return found


def test_the_scan_finds_a_copied_list():
    source = '''
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?"
def f(word):
    """Said, told, asked, added: a docstring names words freely."""
    return word in ("said", "told", "asked", "added")
'''
    assert {(line, name) for line, name, _ in _copies(source)} == {
        (2, "month abbreviations"),
        (3, "weekday names"),
        (6, "speech verbs"),
    }


def test_no_word_list_is_defined_outside_the_lexicon():
    copies = []
    for path in sorted((REPO / "tui").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative.startswith("tui/core/lexicon/"):
            continue
        copies += [
            f"{relative}:{line}: {count} {name}"
            for line, name, count in _copies(path.read_text(encoding="utf-8"))
        ]
    assert copies == []
