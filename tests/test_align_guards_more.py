"""Guards that keep apart what a careful reader keeps apart however alike the words: the same
words from two speakers, sentences sharing only a person they name or who speaks, a question
the story asks, another subject's figures, a name's particle."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of
from pytest import approx

from tui.core.align import DEFAULT_THRESHOLD, build_profiles, score
from tui.core.normalise import tokens

CONCEDES = (
    "Renqvist conceded defeat shortly after 11 p.m. on Sunday.\n\n"
    '"The voters have spoken, and I congratulate Elin Soderqvist," he told party members.\n'
)
ADMITS = '"The voters have spoken," said Renqvist, admitting defeat.\n'
OTHER_LEADER = (
    "The biggest winner was the Homeland Party, which took 11.7%.\n\n"
    '"The voters have spoken, and they want a government that listens," said its leader, '
    "Rasmus Ekdahl.\n"
)


def test_the_same_words_from_another_speaker_are_another_statement():
    c = compare_texts(CONCEDES, ADMITS, OTHER_LEADER)
    he = sentence_of(c, 0, "he told party members")
    renqvist = sentence_of(c, 1, "said Renqvist")
    ekdahl = sentence_of(c, 2, "Rasmus Ekdahl")
    # "He" is Renqvist, named just before: one statement told twice.
    assert linked(c, he, renqvist)
    assert not linked(c, renqvist, ekdahl)
    assert not linked(c, he, ekdahl)


def _profiles(*versions: tuple[str, ...]):
    """Profiles of the sentences of each version, all weighed as one story."""
    texts = {
        (v, s): text for v, sentences in enumerate(versions) for s, text in enumerate(sentences)
    }
    return build_profiles({key: tokens(text) for key, text in texts.items()}, texts)


def test_he_who_speaks_is_whoever_spoke_just_before():
    # "He" is Renqvist, who speaks in the sentence before: Ekdahl's words are another
    # statement, Renqvist's told again are the same.
    profiles = _profiles(
        (
            "Renqvist said his party would be a strong opposition.",
            '"The voters have spoken, and I congratulate Elin Soderqvist," he told party members.',
        ),
        ('"The voters have spoken, and they want a government that listens," said Rasmus Ekdahl.',),
        ('"The voters have spoken," said Renqvist, admitting defeat.',),
    )
    assert score(profiles[0, 1], profiles[1, 0]) == 0.0
    assert score(profiles[0, 1], profiles[2, 0]) >= DEFAULT_THRESHOLD


def test_a_person_named_as_whose_something_is_shares_no_fact_with_one_about_them():
    # The party's result and its leader's concession share only him, title and name: the
    # first tells of his party. Two sentences telling of him may share only his name.
    c = compare_texts(
        "Civic Renewal won the election with 31.4% of the vote.\n\n"
        "Prime Minister Tobias Renqvist conceded defeat.\n\n"
        "Former finance director Imogen Tarrant was acquitted.\n",
        "Civic Renewal took 31.2% of the vote.\n\n"
        "The Social Alliance of Prime Minister Tobias Renqvist won 24.9% and 33 seats.\n\n"
        "Former finance director Imogen Tarrant was found not guilty.\n",
    )
    conceded = sentence_of(c, 0, "conceded defeat")
    assert not linked(c, conceded, sentence_of(c, 1, "The Social Alliance of"))
    assert linked(c, sentence_of(c, 0, "acquitted"), sentence_of(c, 1, "not guilty"))


def test_a_question_the_story_asks_tells_no_fact():
    # A subheading asking why tells nothing: what answers it does. Two versions may ask it
    # alike. A quoted question is someone's words, which another version may quote too.
    c = compare_texts(
        "Why did the Social Alliance lose seats in Halvik?\n\n"
        '"Why did the Social Alliance lose seats in Halvik?" Renqvist asked party members.\n',
        "The Social Alliance lost three of its seven seats in Halvik.\n\n"
        '"Why did the Social Alliance lose seats in Halvik?" Renqvist asked.\n',
        "Why did the Social Alliance lose seats in Halvik?\n\nThe count ended on Monday.\n",
    )
    why = sentence_of(c, 0, "Why did")
    assert not linked(c, why, sentence_of(c, 1, "lost three"))
    assert linked(c, why, sentence_of(c, 2, "Why did"))
    assert linked(c, sentence_of(c, 0, "party members"), sentence_of(c, 1, "Renqvist asked."))


def test_a_speaker_named_before_an_aside_is_still_the_speaker():
    # "Okafor, who took over in 2023, said…": the aside does not hide who speaks.
    profiles = _profiles(
        ('Chief executive Jurgen Falkenrath said the deal "serves our customers well".',),
        ('The Water Board, which oversees the utility, said the deal "serves our customers".',),
        ('Falkenrath, 58, said the deal "serves our customers well".',),
    )
    assert score(profiles[0, 0], profiles[1, 0]) == 0.0
    assert score(profiles[1, 0], profiles[2, 0]) == 0.0
    assert score(profiles[0, 0], profiles[2, 0]) >= DEFAULT_THRESHOLD


def test_a_particle_inside_a_name_weighs_as_the_name():
    # "de" in "Opéra de Montvallon" is part of the name, no word two sentences giving the
    # place share beyond it: it weighs as "Montvallon" does, always found beside it.
    profiles = _profiles(
        ("The awards were presented at the Opéra de Montvallon on Thursday.",),
        ("Marsh, who was at the Opéra de Montvallon on Thursday, had no speech prepared.",),
    )
    weights = profiles[0, 0].weights
    assert weights["de"] == approx(weights["montval"])


def test_other_figures_of_another_subject_are_another_count():
    # Two parties' seats are two results; one party's seats given otherwise by two outlets
    # are one result, which a reader compares.
    profiles = _profiles(
        ("Civic Renewal won 42 seats in the new parliament.", "Voters backed Civic Renewal."),
        ("The Social Alliance won 33 seats in the new parliament.",),
        ("Civic Renewal won 41 seats in the new parliament, final results show.",),
    )
    assert score(profiles[0, 0], profiles[1, 0]) == 0.0
    assert score(profiles[0, 0], profiles[2, 0]) >= DEFAULT_THRESHOLD
    # A place before a colon, or a source that speaks, is no subject of the figures.
    profiles = _profiles(
        ("Canada: Wildfire destroys about 50 homes.", "Iantrahim said 12 workers died."),
        ("Fires burn in western Canada, and Iantrahim is closed.",),
    )
    assert profiles[0, 0].subject == profiles[0, 1].subject == frozenset()


def test_she_in_two_versions_is_one_speaker():
    # Both versions' "she" is Okafor, named as the speaker just before: one statement.
    story = (
        "Minister Zoe Okafor said 12 people were hurt in Lyon on Monday.\n\n"
        "\u201cWe will rebuild the bridge,\u201d she told reporters at the town hall.\n"
    )
    c = compare_texts(story, story.replace("12 people", "14 people"))
    she = "rebuild the bridge"
    assert linked(c, sentence_of(c, 0, she), sentence_of(c, 1, she))


def test_who_speaks_shares_no_fact_with_one_about_another_holder_of_the_role():
    # All the two share is the role of the one who speaks in the second: the jailed former
    # chief executive and his successor's words are two facts.
    profiles = _profiles(
        ("The former chief executive of the port authority has been jailed for six years.",),
        (
            "Port authority chief executive Adaeze Okafor, who took over in 2023, said the "
            "authority had rebuilt its procurement.",
        ),
    )
    assert score(profiles[0, 0], profiles[1, 0]) == 0.0


def test_a_speech_verb_ending_a_sentence_names_no_speaker():
    # An attribution cut short ("…, according to", "…," said.) gives nobody, and fails nothing.
    profiles = _profiles(
        ('"We will rebuild the bridge," said.', "The repairs are costly, according to"),
        ('"We will rebuild the bridge," said Kirby.',),
    )
    assert profiles[0, 0].speakers == profiles[0, 1].speakers == ()
    assert len(profiles[1, 0].speakers) == 1


def test_the_same_quote_word_for_word_is_one_statement_whoever_he_is():
    # Each outlet's "he" follows another sentence: a guess, which the same words outweigh.
    quote = '"The voters have spoken, and we accept their verdict tonight," he said.'
    profiles = _profiles(
        ("Tobias Renqvist said his party would go into opposition.", quote),
        ("Rasmus Ekdahl said his party was ready to talk.", quote),
    )
    assert score(profiles[0, 1], profiles[1, 1]) >= DEFAULT_THRESHOLD
