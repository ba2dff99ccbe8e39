"""Who speaks and what is done: a transcript's "I" and "you", a phrase of hyphened words."""

from __future__ import annotations

from tui.core.align import build_profiles, score
from tui.core.normalise import tokens

# Other sentences of the story, so that rarity weighs its words as a story's would.
_STORY = (
    "Officials from both countries met in the capital on Sunday.",
    "The talks lasted several hours and ended without a joint statement.",
    "Both governments said they would keep talking in the months ahead.",
)


def _score(a: str, b: str) -> float:
    texts = {(0, 0): a, (1, 0): b}
    texts.update({(2, i): text for i, text in enumerate(_STORY)})
    profiles = build_profiles({key: tokens(text) for key, text in texts.items()}, texts)
    return score(profiles[0, 0], profiles[1, 0])


def _unhyphened(text: str) -> str:
    return text.replace("-", " ")


def test_a_phrase_of_hyphened_words_shared_with_its_noun_tells_one_thing():
    # "people-to-people exchanges" names one thing: two sentences giving it tell of it,
    # however common "people" and "exchanges" are apart. The same words unjoined are no phrase.
    for a, b in (
        (
            "The diplomats also discussed how to facilitate people-to-people exchanges.",
            "Both sides welcomed strengthening people-to-people exchanges between students.",
        ),
        (
            "The rebels fired ground-to-air missiles at the convoy overnight.",
            "Witnesses said ground-to-air missiles were launched from the hills.",
        ),
        (
            "The club will build a state-of-the-art stadium by the river.",
            "Fans will watch from a state-of-the-art stadium within three years.",
        ),
    ):
        assert _score(a, b) > _score(_unhyphened(a), _unhyphened(b)), a


def test_a_phrase_with_another_noun_or_in_one_sentence_alone_weighs_nothing():
    # A state-of-the-art stadium is not a state-of-the-art hospital; and a phrase no other
    # sentence gives adds nothing beyond its words, which weigh it already.
    for a, b in (
        (
            "The club will build a state-of-the-art stadium by the river.",
            "The city will open a state-of-the-art hospital by the river.",
        ),
        (
            "After a seven-and-a-half hour meeting, the ministers agreed on more flights.",
            "The ministers agreed on more flights between the two countries.",
        ),
    ):
        assert _score(a, b) == _score(_unhyphened(a), _unhyphened(b)), a
