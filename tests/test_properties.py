"""Properties of the whole engine over random stories built from the sample articles' clauses.

Each story is a few versions of one random text: sentences dropped, added, reordered,
renumbered and respelled, glued with every kind of newline, then cleaned as the loader cleans.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import document
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tui.core.align import LINKAGE, build_profiles, score
from tui.core.comparison import _sentence_words, compare
from tui.core.documents import clean_text, load_documents
from tui.core.export_json import comparison_to_dict
from tui.core.model import Comparison, Document
from tui.core.sentences import split_sentences
from tui.core.wordiff import word_gaps

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def _clauses() -> list[str]:
    """The seeds' article clauses, end punctuation and outer quotes removed: the raw pieces."""
    clauses = set()
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            if sentence.boilerplate:
                continue
            for clause in re.split(r"[,;:]\s", sentence.text):
                clause = clause.strip(" .!?…“”\"'‘’«»()")
                if len(clause.split()) >= 3:
                    clauses.add(clause)
    return sorted(clauses)


CLAUSES = _clauses()
ENDINGS = [".", ".", ".", "!", "?", "…", "", ".”", "?”", "。", " ."]
OPENINGS = ["", "", "", "“", '"', "« ", "("]
GLUE = [" ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\n \n", " \u2029 ", "\x0c"]
THRESHOLDS = [0.25, 0.4, 0.6]
RESPELLINGS = [("Antony", "Anthony"), ("Han", "Hahn"), ("Jake", "Jack"), ("Blinken", "Blinkin")]

sentences = st.builds(
    lambda opening, clauses, ending: opening + ", ".join(clauses) + ending,
    st.sampled_from(OPENINGS),
    st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=3),
    st.sampled_from(ENDINGS),
)


@st.composite
def edited(draw, sentence: str) -> str:
    """The sentence as another outlet may tell it: other numbers, or a name spelled otherwise."""
    if draw(st.integers(0, 2)) == 0:
        sentence = re.sub(r"\d+", lambda _: str(draw(st.integers(2, 99))), sentence)
    if draw(st.integers(0, 2)) == 0:
        old, new = draw(st.sampled_from(RESPELLINGS))
        sentence = sentence.replace(old, new)
    return sentence


@st.composite
def stories(draw, max_sentences: int = 8, versions: tuple[int, int] = (2, 4)) -> list[str]:
    """Two to four versions of one story, each cleaned as `load_document` cleans a file."""
    base = draw(st.lists(sentences, min_size=1, max_size=max_sentences))
    texts = []
    for _ in range(draw(st.integers(*versions))):
        kept = [s for s in base if draw(st.integers(0, 3))] or base[:1]  # drops about a quarter
        kept = draw(st.permutations(kept)) if draw(st.booleans()) else kept
        kept = [draw(edited(s)) for s in kept] + draw(st.lists(sentences, max_size=2))
        glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(kept), max_size=len(kept)))
        text, _ = clean_text("".join(s + g for s, g in zip(kept, glue, strict=True)))
        texts.append(text)
    return texts


def build(texts: list[str], threshold: float) -> Comparison:
    return compare(versions_of(texts), threshold)


def versions_of(texts: list[str]) -> list[Document]:
    return [document(text, f"v{i}.txt") for i, text in enumerate(texts)]


EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@EXAMPLES
@given(stories())
def test_sentences_tile_every_version(texts):
    for version in build(texts, 0.4).versions:
        text, position = version.text, 0
        for index, sentence in enumerate(version.sentences):
            assert sentence.id == index
            assert text[position : sentence.start].strip() == ""
            assert sentence.text == text[sentence.start : sentence.end] == sentence.text.strip()
            assert sentence.text
            position = sentence.end
        assert text[position:].strip() == ""


@EXAMPLES
@given(stories(), st.sampled_from(THRESHOLDS))
def test_every_offset_slices_the_text_to_what_it_reports(texts, threshold):
    comparison = build(texts, threshold)
    versions = comparison.versions
    for passage in comparison.passages:
        spans = {
            v: (
                min(versions[v].sentences[m.sentence].start for m in passage.members_of(v)),
                max(versions[v].sentences[m.sentence].end for m in passage.members_of(v)),
            )
            for v in passage.versions
        }
        for member in passage.members:
            sentence = versions[member.version].sentences[member.sentence]
            for word in member.words:
                assert sentence.start <= word.start < word.end <= sentence.end
                shown = versions[member.version].text[word.start : word.end]
                assert shown == shown.strip() and shown
                assert 0 <= word.shared <= word.others == passage.support - 1
        for discrepancy in passage.discrepancies:
            given = [span.version for span in discrepancy.spans]
            assert len(given) == len(set(given)) and len(discrepancy.readings) >= 2
            for span in discrepancy.spans:
                assert span.text == versions[span.version].text[span.start : span.end]
                low, high = spans[span.version]
                assert low <= span.start < span.end <= high
        for diff in passage.diffs:
            assert diff.b == passage.reference != diff.a and diff.a in passage.versions
            for op in diff.ops:
                assert spans[diff.a][0] <= op.a_start <= op.a_end <= spans[diff.a][1]
                assert spans[diff.b][0] <= op.b_start <= op.b_end <= spans[diff.b][1]
                assert (op.a_start == op.a_end) == (op.tag == "insert")
                assert (op.b_start == op.b_end) == (op.tag == "delete")
    for entity in comparison.entities:
        assert entity.mentions == tuple(sorted(entity.mentions, key=lambda m: (m.version, m.start)))
        for mention in entity.mentions:
            assert mention.text == versions[mention.version].text[mention.start : mention.end]


@EXAMPLES
@given(
    st.lists(st.sampled_from("abcdef"), max_size=12),
    st.lists(st.sampled_from("abcdef"), max_size=12),
)
def test_the_word_diff_of_two_versions_is_the_same_either_way_round(a, b):
    # Of several common subsequences as long, one is chosen whichever list comes first.
    assert word_gaps(b, a) == [mirrored(*gap) for gap in word_gaps(a, b)]


def mirrored(tag: str, a_start: int, a_end: int, b_start: int, b_end: int) -> tuple:
    """An opcode from a to b as the opcode from b to a."""
    tag = {"insert": "delete", "delete": "insert"}.get(tag, tag)
    return tag, b_start, b_end, a_start, a_end


def canonical(comparison: Comparison) -> dict:
    """The JSON export with each version known by its text instead of its id, name and place:
    what must stay the same when the inputs come in another order or under other names.

    What follows the order of the versions (passages in reading order; the members giving a
    reading, the diffs) is checked to follow it or put in an order of its own."""
    data = comparison_to_dict(comparison)
    text = [v["text"] for v in data["versions"]]  # a version's id is its index
    assert len(set(text)) == len(text), "versions are told apart by their text"
    key = {
        p["id"]: sorted((text[m["version"]], m["sentence"]) for m in p["members"])
        for p in data["passages"]
    }
    reading = [[(m["version"], m["sentence"]) for m in p["members"]] for p in data["passages"]]
    assert reading == sorted(reading)

    def span(found: dict) -> tuple:
        return text[found["version"]], found["start"], found["end"], found["text"]

    versions = sorted(
        (
            {
                **{k: v for k, v in version.items() if k not in ("id", "path", "name", "label")},
                "sentences": [
                    {**s, "passages": sorted(key[p] for p in s["passages"])}
                    for s in version["sentences"]
                ],
            }
            for version in data["versions"]
        ),
        key=lambda version: version["text"],
    )
    passages = []
    for passage in data["passages"]:
        passages.append(
            {
                **passage,
                "id": key[passage["id"]],
                "reference": text[passage["reference"]],
                "members": sorted(
                    (text[m["version"]], m["sentence"], m["score"], m["differing"], m["wording"])
                    for m in passage["members"]
                ),
                "discrepancies": [
                    {
                        **d,
                        "readings": [
                            {
                                **r,
                                "members": sorted(
                                    (text[s["version"]], s["sentence"], s["start"], s["end"])
                                    for s in r["members"]
                                ),
                            }
                            for r in d["readings"]
                        ],
                    }
                    for d in passage["discrepancies"]
                ],
                "diffs": sorted((text[d["version"]], d["ops"]) for d in passage["diffs"]),
            }
        )
    entities = [
        {
            **{k: v for k, v in entity.items() if k != "id"},
            "versions": sorted(text[v] for v in entity["versions"]),
            "mentions": sorted(map(span, entity["mentions"])),
        }
        for entity in data["entities"]
    ]
    return {
        **data,
        "versions": versions,
        "passages": sorted(passages, key=lambda p: p["id"]),
        "entities": entities,
    }


def shuffled_and_renamed(documents: list[Document], rng: random.Random) -> list[Document]:
    order = list(range(len(documents)))
    rng.shuffle(order)
    renamed = []
    for place, index in enumerate(order):
        name = f"{rng.randrange(10**6)}-{place}.txt"
        renamed.append(documents[index]._replace(path=f"/renamed/{name}", name=name, label=name))
    return renamed


@EXAMPLES
@given(stories(), st.sampled_from(THRESHOLDS), st.randoms(use_true_random=False))
def test_the_export_is_deterministic_and_independent_of_version_order_and_names(
    texts, threshold, rng
):
    assume(len(set(texts)) == len(texts))
    documents = versions_of(texts)
    first = canonical(compare(documents, threshold))
    assert canonical(compare(documents, threshold)) == first
    assert canonical(compare(shuffled_and_renamed(documents, rng), threshold)) == first


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories(max_sentences=12, versions=(10, 30)), st.randoms(use_true_random=False))
def test_the_export_of_many_versions_is_independent_of_their_order_and_names(texts, rng):
    assume(len(set(texts)) == len(texts))
    documents = versions_of(texts)
    first = canonical(compare(documents))
    assert canonical(compare(shuffled_and_renamed(documents, rng))) == first


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_export_of_the_samples_is_independent_of_their_order_and_names(rng):
    documents = load_documents([str(SEEDS)])
    first = canonical(compare(documents))
    assert canonical(compare(shuffled_and_renamed(documents, rng))) == first


@EXAMPLES
@given(stories(), st.sampled_from(THRESHOLDS))
def test_every_member_scores_near_the_threshold_with_another_member(texts, threshold):
    """What the engine guarantees: a passage is founded by a pair scored at or above the
    threshold, and a sentence joins one only through a pair scored at or above LINKAGE x
    threshold with a sentence of another version (and passages only ever merge, so that
    partner stays). `Member.score`, its best score to another version's member, is therefore
    never below LINKAGE x threshold, and some member of every passage reaches the threshold."""
    comparison = build(texts, threshold)
    for passage in comparison.passages:
        assert passage.support >= 2
        assert max(m.score for m in passage.members) >= threshold, passage.members
        assert all(m.score >= LINKAGE * threshold for m in passage.members), passage.members
        twice = 0
        for version in passage.versions:
            # A version's members: one sentence, adjacent ones (a split), ones that retell one
            # another (a headline and its lead), or a lead and a recap worded apart, each with
            # its own partners in other versions, by a minority of the versions.
            ids = [m.sentence for m in passage.members_of(version)]
            if ids != list(range(ids[0], ids[0] + len(ids))) and not all(
                retelling(comparison, version, a, b) >= threshold
                for a, b in itertools.combinations(ids, 2)
            ):
                twice += 1
            assert all(not comparison.versions[version].sentences[s].boilerplate for s in ids)
        assert 2 * twice < len(passage.versions), passage.members


def retelling(comparison: Comparison, version: int, a: int, b: int) -> float:
    """The alignment's score of two sentences of one version, weighed as the engine weighs them."""
    words = _sentence_words(comparison.versions)
    texts = {key: comparison.versions[key[0]].sentences[key[1]].text for key in words}
    profiles = build_profiles(words, texts)
    return score(profiles[version, a], profiles[version, b], {})


# --- Time: the engine's work grows with the input, not its square ---------------------------------


def _long_story(sentence_count: int, seed: int) -> list[str]:
    """Three versions of a story of `sentence_count` distinct sentences, lightly edited."""
    rng = random.Random(seed)
    base = [
        f"{', '.join(rng.sample(CLAUSES, 2))} on day {n} with {rng.randint(2, 999)} people."
        for n in range(sentence_count)
    ]
    versions = []
    for _ in range(3):
        kept = [s for s in base if rng.random() < 0.8]
        edited = [re.sub(r"\d+ people", f"{rng.randint(2, 999)} people", s) for s in kept]
        versions.append("\n\n".join(edited))
    return versions


def _compare_seconds(*inputs: list[str]) -> list[float]:
    """The best of three runs of each input, taken in turn so that load from other work on a
    shared machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in inputs]
    for _ in range(3):
        for texts, runs in zip(inputs, times, strict=True):
            started = time.perf_counter()
            build(texts, 0.4)
            runs.append(time.perf_counter() - started)
    return [min(runs) for runs in times]


@pytest.mark.timing
def test_engine_time_grows_linearly_with_the_input():
    small, large = _long_story(100, seed=1), _long_story(400, seed=1)
    assert 3.5 < sum(map(len, large)) / sum(map(len, small)) < 4.5
    small_seconds, large_seconds = _compare_seconds(small, large)
    ratio = large_seconds / small_seconds
    assert ratio < 10, f"4x the input took {ratio:.1f}x the time"


def test_alignment_is_identical_across_processes(tmp_path):
    # Sets and dicts of strings iterate in a per-process order: none of it may reach the result.
    paths = []
    for index, text in enumerate(_long_story(60, seed=7)):
        paths.append(tmp_path / f"v{index}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    outputs = [
        subprocess.run(
            [sys.executable, "-m", "tui", *map(str, paths), "--json", "-"],
            capture_output=True,
            check=True,
            timeout=60,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1] and json.loads(outputs[0])["passages"]


@pytest.mark.parametrize(
    "folder",
    [
        folder
        for stories in ("own", "devset", "real")
        for folder in sorted((DATA / stories).iterdir())
        if folder.is_dir()
    ],
    ids=lambda p: p.name,
)
def test_each_story_in_the_test_data_gives_one_json_whatever_the_string_hashing(folder):
    # A float summed over a set's terms changes in its last bits with the set's order, which
    # Python's string hashing changes from run to run; rounded, it once gave continental's
    # passage 2 a score of 0.5908 in one run and 0.5907 in the next.
    outputs = [
        subprocess.run(
            [sys.executable, "-m", "tui", str(folder), "--json", "-"],
            capture_output=True,
            check=True,
            timeout=60,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1")
    ]
    assert outputs[0] == outputs[1]
