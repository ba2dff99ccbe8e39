"""Who speaks and what is done: a transcript's "I" and "you", a phrase of hyphened words."""

from __future__ import annotations

from tui.core.align import build_profiles, score
from tui.core.align.speech import quotes
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


def _profiles(*texts: str, people: dict[int, tuple[frozenset[str], ...]] | None = None):
    """Profiles of sentences of one version each, with the story's other sentences, and the
    people given (who `align` finds by the entity scan)."""
    found = {(v, 0): text for v, text in enumerate(texts)}
    found.update({(len(texts), i): text for i, text in enumerate(_STORY)})
    profiles = build_profiles({key: tokens(text) for key, text in found.items()}, found)
    for v, named in (people or {}).items():
        profiles[v, 0].people = named
    return [profiles[v, 0] for v in range(len(texts))]


BLINKEN = frozenset({"antony", "blinken"})
WANG = frozenset({"wang", "yi"})


def test_the_rest_of_a_name_the_other_gives_in_part_names_no_one_else():
    # "Antony Blinken" and "Blinken" are one person, named more fully in one sentence: the
    # first name tells nothing the other sentence lacks. Another person's name still does.
    fuller = "Antony Blinken praised the accord with Wang Yi on Tuesday."
    shorter = "Blinken praised the trade accord with Wang after a long dinner in the capital."
    a, b = _profiles(fuller, shorter)
    unnamed = score(a, b)
    a, b = _profiles(
        fuller, shorter, people={0: (BLINKEN, WANG), 1: (frozenset({"blinken"}), WANG)}
    )
    assert score(a, b) > unnamed
    a, b = _profiles(fuller, "Biden praised the accord on Tuesday.")
    unnamed = score(a, b)
    a, b = _profiles(
        fuller,
        "Biden praised the accord on Tuesday.",
        people={0: (BLINKEN, WANG), 1: (frozenset({"biden"}),)},
    )
    assert score(a, b) == unnamed


def test_a_host_meets_his_guest():
    # "Blinken hosted Wang" and "Blinken met with Wang Yi" tell one encounter in other words;
    # "Blinken thanked Wang" tells none, and shares only the names.
    met = "Secretary Blinken met with Foreign Minister Wang Yi in the capital city."
    hosted = _score("Blinken hosted Wang at the ministry for a dinner.", met)
    thanked = _score("Blinken thanked Wang at the ministry for a dinner.", met)
    assert hosted > thanked


_TRANSCRIPT = (
    "PRESIDENT XI:  Mr. Secretary, welcome to China.",
    "Director Wang Yi and State Councilor Qin Gang have held talks with you at length.",
    "SECRETARY BLINKEN:  Mr. President, thank you for receiving us today.",
    "I appreciate this opportunity to discuss the way forward with you.",
)


def _transcript(*lines: str, readout: str = "Secretary Blinken met Director Wang Yi today."):
    texts = {(0, i): line for i, line in enumerate(lines)}
    texts[1, 0] = readout
    return build_profiles({key: tokens(text) for key, text in texts.items()}, texts)


def test_you_in_a_transcript_of_two_is_the_other_speaker():
    # In the turn Xi's label opens, "you" is Blinken, and in Blinken's, Xi: whom the words
    # are said to. The speaker is no person the sentence names, as who "said" it is not.
    profiles = _transcript(*_TRANSCRIPT)
    assert profiles[0, 1].people == (frozenset({"blinken"}),)
    assert profiles[0, 3].people == (frozenset({"xi"}),)
    assert profiles[0, 0].people == ()
    assert profiles[0, 1].speakers == (frozenset({"xi"}),)
    assert profiles[0, 3].speakers == (frozenset({"blinken"}),)


def test_you_is_anyone_without_two_labelled_speakers():
    # A third speaker, or a label naming no one ("QUESTION:"), leaves whom "you" addresses
    # open; one capitalised opening before a colon is a dateline, and gives no speaker.
    for lines in (
        (*_TRANSCRIPT, "QUESTION:  Will you meet Wang Yi again?"),
        (*_TRANSCRIPT, "DIRECTOR WANG:  Thank you all."),
        ("NEW DELHI:  Officials said Wang Yi had held talks with you.", *_TRANSCRIPT[1:2]),
    ):
        profiles = _transcript(*lines)
        assert all(profiles[0, i].people == () for i in range(len(lines)) if (0, i) in profiles)
    assert profiles[0, 1].speakers == ()
    assert _transcript(*_TRANSCRIPT, "QUESTION:  Will you meet Wang Yi again?")[0, 4].speakers == ()


def test_a_transcript_turn_is_its_speakers_words():
    # Blinken's words in a transcript and a spokesman's quoted statement are two statements,
    # however alike their words, as two quotes given to two people are.
    blinken = "It's in the interest of the United States and in the interest of the world."
    miller = (
        "“The Secretary will always stand up for the interests of the United States and"
        " for a world that is free,” said spokesperson Matthew Miller."
    )
    profiles = _transcript(*_TRANSCRIPT, blinken, readout=miller)
    assert profiles[1, 0].speakers == (frozenset({"matthew", "miller"}),)
    assert score(profiles[0, 4], profiles[1, 0]) == 0.0
    # Told as the story's own sentence, it shares the spokesman's words.
    assert _score(blinken, miller) > 0.0


def test_a_word_or_two_in_quotation_marks_is_no_quote():
    # 'held “candid” and “direct” talks, the department said' reports the talks, in the
    # department's words: it is no statement of the department's to hold apart from others.
    assert not quotes("Blinken and Qin held “candid” and “direct” talks, the department said.")
    assert not quotes('Both sides will work on several issues at a "working level," he said.')
    assert quotes('Both sides will work on several issues "at a working level," he said.')
    assert quotes("“The voters have spoken,” said Renqvist.")
    assert quotes("“The voters have spoken.")


def test_talks_held_with_you_are_the_other_speakers_talks():
    # Xi telling Blinken that Wang Yi and Qin Gang "have held talks with you" tells talks of
    # Blinken's, which a readout of his meeting with Wang Yi may tell: no two meetings.
    profiles = _transcript(*_TRANSCRIPT)
    transcript, readout = profiles[0, 1], profiles[1, 0]
    transcript.people += (frozenset({"wang", "yi"}), frozenset({"qin", "gang"}))
    readout.people += (frozenset({"blinken"}), frozenset({"wang", "yi"}))
    assert score(transcript, readout) > 0


def test_a_count_of_none_weighs_in_its_sentence_as_a_phrase_does_not():
    # "0 the injured" holds spaces as a hyphened phrase's term does, but it is what the
    # sentence tells: it weighs in the sentence's total, where a phrase no one shares does not.
    (none,) = _profiles("Residents did not report any injuries after the storm.")
    assert "0 the injured" in none.weights
    assert none.total == sum(none.weights.values())
    (phrase,) = _profiles("Residents praised the state-of-the-art shelter after the storm.")
    assert phrase.total < sum(phrase.weights.values())
