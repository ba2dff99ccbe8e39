"""The quality benchmark's scorer (benchmarks/quality.py) on hand-made gold, and the gold of the
dev set and of the own stories against today's segmentation."""

from __future__ import annotations

import json

import pytest
import quality
from quality import Gold

from tui.core.model import Entity

STORM = {"01": [(0, 1)], "02": [(1, 2)], "03": [(2, 0), (2, 1)]}
DEAD = {"01": [(0, 2)], "02": [(1, 3)], "03": [(2, 0)]}  # 03's first sentence tells both facts


def hand_gold(acceptable=frozenset(), chrome=frozenset()) -> Gold:
    facts = {
        name: {int(key) - 1: frozenset(keys) for key, keys in told.items()}
        for name, told in (("storm_hit", STORM), ("two_dead", DEAD))
    }
    return Gold(facts, frozenset(acceptable), frozenset(chrome), ())


def test_link_precision_recall_and_f1_by_hand():
    predicted = {
        ((0, 1), (1, 2)),  # storm 01-02
        ((0, 1), (2, 0)),  # storm 01-03, through the sentence telling both facts
        ((0, 1), (2, 1)),  # storm 01-03 again: the version pair counts once
        ((1, 3), (2, 0)),  # dead 02-03
        ((0, 2), (2, 1)),  # wrong: dead in 01, only the storm in 03
        ((0, 2), (1, 2)),  # wrong: dead in 01, storm in 02
        ((0, 3), (1, 4)),  # acceptable: neither rewarded nor punished
    }
    score = quality.score_links(hand_gold(acceptable={((0, 3), (1, 4))}), predicted)
    # Precision: 4 true of 6 scored links. Recall: storm 01-02, 01-03 and dead 02-03 found of
    # the 6 version pairs (3 per fact).
    assert (score.true, score.scored, score.excused) == (4, 6, 1)
    assert (score.pairs_found, score.pairs) == (3, 6)
    assert score.precision == pytest.approx(4 / 6)
    assert score.recall == pytest.approx(3 / 6)
    assert score.f1 == pytest.approx(2 * (4 / 6) * (3 / 6) / (4 / 6 + 3 / 6))
    assert score.missed == (("storm_hit", 1, 2), ("two_dead", 0, 1), ("two_dead", 0, 2))
    assert score.wrong == (((0, 2), (1, 2)), ((0, 2), (2, 1)))


def test_a_link_the_gold_asserts_is_never_excused():
    asserted = ((0, 2), (2, 0))  # dead 01-03, also listed as acceptable
    score = quality.score_links(hand_gold(acceptable={asserted}), {asserted})
    assert (score.true, score.scored, score.excused) == (1, 1, 0)
    assert score.precision == 1


def test_no_links_scores_zero():
    score = quality.score_links(hand_gold(), set())
    assert (score.precision, score.recall, score.f1, score.pairs) == (0, 0, 0, 6)


def test_boilerplate_by_hand():
    marks = {(0, 0): False, (0, 4): True, (0, 5): False, (1, 0): True, (1, 1): True, (1, 2): False}
    score = quality.score_boilerplate(hand_gold(chrome={(0, 4), (0, 5), (1, 1)}), marks)
    assert (score.marked, score.chrome, score.wrongly, score.article) == (2, 3, 1, 3)
    assert (score.unmarked, score.wrong) == (((0, 5),), ((1, 0),))


def test_entities_by_hand():
    entities = [
        Entity(0, "Antony Blinken", "person", ("Blinken",), ()),
        Entity(1, "Wang Yi", "person", ("Wang",), ()),
        Entity(2, "Sunday", "date", (), ()),
        Entity(3, "Xi", "person", (), ()),
        Entity(4, "Story", "place", (), ()),
        Entity(5, "John Kirby", "person", ("John Kerry",), ()),
    ]
    data = {
        "expected": ["Antony Blinken", "Wang  Yi", "Xi Jinping", "John Kerry"],
        "junk": ["Sunday", "Monday"],
        "same": [["Antony Blinken", "Blinken"], ["Xi Jinping", "Xi"]],
        "different": [["John Kerry", "John Kirby"], ["Wang Yi", "Xi"]],
    }
    score = quality.score_entities(data, entities)
    assert (score.found, score.expected, score.missing) == (3, 4, ("Xi Jinping",))
    assert score.junk == ("Sunday",)
    assert (score.merged, score.same, score.unmerged) == (1, 2, (("Xi Jinping", "Xi"),))
    assert (score.apart, score.different, score.joined) == (1, 2, (("John Kerry", "John Kirby"),))
    assert score.unlisted == ("Story",)


def test_a_titled_gold_phrase_names_the_entity_at_its_end():
    entities = [
        Entity(0, "Joe Biden", "person", ("Joseph R. Biden",), ()),
        Entity(1, "Wang Yi", "person", ("Wang",), ()),
        Entity(2, "Foreign Ministry", "organisation", (), ()),
    ]
    data = {
        "same": [
            ["Joe Biden", "President Joseph R. Biden, Jr."],
            ["Wang Yi", "Chinese Foreign Minister Wang Yi"],
            ["Wang Yi", "Foreign Minister"],  # names no entity at its end
        ],
        "different": [["Chinese Foreign Minister Wang Yi", "Joe Biden"]],
    }
    score = quality.score_entities(data, entities)
    assert score.unmerged == ((("Wang Yi", "Foreign Minister")),)
    assert score.apart == 1


TEXTS = {
    "01_a.txt": "Storm Report\n\nThe storm hit the coast on Monday. Two people died in the floods. "
    "Power was cut in the city.\n\nPhoto: storm map\nPhoto: storm map\n",
    "02_b.txt": "Coast Storm 10:52 PM\n\n10:52 PM\n\nA storm struck the coast Monday. Officials said "
    "two people were killed. Schools closed for the week.\n\nWrite to us. We read every letter.\n",
    "03_c.txt": "Two deaths were reported after the storm came ashore. Our reporter saw the storm "
    "hit the coast hard.\n",
}
GOLD = {
    "clusters": {
        "storm_hit": {
            "01": ["The storm hit the coast on Monday"],
            "02": ["A storm struck\n the  coast Monday"],  # whitespace runs read as one space
            "03": ["came ashore", "saw the storm hit the coast"],
        },
        "two_dead": {
            "01": ["Two people died"],
            "02": ["two people were killed"],
            "03": ["Two deaths were reported"],
        },
        "lost": {"01": ["storm"], "02": ["hurricane"]},  # in three sentences; in none
    },
    "acceptable": [[["01", "Power was cut"], ["02", "Schools closed"]]],
    "boilerplate": {
        "01": ["Photo: storm map"],  # a caption printed twice: both copies
        "02": ["10:52 PM", "Write to us. We read every letter."],  # the line, not the headline
    },
}


def test_phrases_name_the_sentences_that_contain_them(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    resolved = quality.resolve(quality.load_cluster(tmp_path))
    assert resolved.facts == hand_gold().facts | {"lost": {}}
    assert resolved.acceptable == {((0, 3), (1, 4))}
    assert resolved.chrome == {(0, 4), (0, 5), (1, 1), (1, 5), (1, 6)}
    assert resolved.problems == (
        f"{tmp_path.name}/01: 3 sentences contain 'storm'",
        f"{tmp_path.name}/02: no sentences contain 'hurricane'",
    )


def test_predicted_links_are_the_cross_version_pairs_of_each_passage(seed_comparison):
    links = quality.predicted_links(seed_comparison)
    assert links == {
        (a, b)
        for p in seed_comparison.passages
        for a in ((m.version, m.sentence) for m in p.members)
        for b in ((m.version, m.sentence) for m in p.members)
        if a < b and a[0] != b[0]
    }


GOLD_FOLDERS = [
    *quality.cluster_folders(),
    *(folder for _, root in quality.UNTARGETED for folder in quality.cluster_folders(root)),
]


def test_the_eight_own_stories_are_found():
    assert len(quality.cluster_folders(quality.OWN)) == 8


def test_the_two_held_out_real_stories_are_found():
    assert len(quality.cluster_folders(quality.REAL)) == 2


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=lambda folder: folder.name)
def test_every_gold_phrase_names_its_sentences(folder):
    cluster = quality.load_cluster(folder)
    assert quality.resolve(cluster).problems == ()
    assert all(len(told) >= 2 for told in quality.resolve(cluster).facts.values())


def test_the_benchmark_prints_every_cluster_beside_its_targets(capsys):
    assert quality.main([]) == 0
    printed = capsys.readouterr().out
    for folder in GOLD_FOLDERS:
        assert folder.name in printed
    assert quality.OWN_TITLE in printed and quality.REAL_TITLE in printed
    assert "seeds (17-passage gold)" in printed and "target" in printed
