"""Candidate pairs: with many versions a sentence is scored against a few of them, and its
passage still gathers every version."""

from __future__ import annotations

from helpers import document

import tui.core.align
from tui.core.align.candidates import OTHER_CONTENTS, PARTNER_VERSIONS, candidate_pairs
from tui.core.comparison import compare

STORY = (
    "Rescuers pulled 12 survivors from the collapsed mine in Zonguldak on Tuesday. ",
    "The governor said the search would go on through the night despite the heavy rain. ",
    "The mining company promised an inquiry into the cause of the methane blast. ",
)


def test_many_copies_of_a_story_meet_a_few_versions_each_and_align_whole(monkeypatch):
    # Thirty outlets' copies of one wire story, a third with another figure.
    texts = ["".join(STORY).replace("12", "11" if i % 3 else "12") + "\n" for i in range(30)]
    found = []

    def spy(profiles):
        pairs = candidate_pairs(profiles)
        found.append((len(profiles), pairs))
        return pairs

    monkeypatch.setattr(tui.core.align, "candidate_pairs", spy)
    comparison = compare([document(text, f"{i:02}.txt") for i, text in enumerate(texts)])
    ((sentences, pairs),) = found
    # All against all would be 3 x 435 pairs: each sentence picks its partners in a few versions.
    assert len(pairs) <= sentences * (PARTNER_VERSIONS + OTHER_CONTENTS) < 3 * 435
    assert [p.support for p in comparison.passages] == [30, 30, 30]
