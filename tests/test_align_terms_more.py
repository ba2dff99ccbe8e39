"""Terms a reader takes as one word in another form: British and American spellings, a verb's
forms that drop its "e" or double its consonant, and a measure in another unit."""

from __future__ import annotations

import pytest
from helpers import compare_texts, linked, sentence_of

from tui.core.counts import counted
from tui.core.normalise import content_terms, stem, tokens


def member_score(*texts: str) -> float:
    c = compare_texts(*texts)
    return max((m.score for p in c.passages for m in p.members), default=0.0)


def _linked(first: str, second: str) -> bool:
    """Whether `first` and `second`, among sentences of other news, are linked."""
    c = compare_texts(
        f"The weather was mild in Bergen.\n\n{first}\n\nThe weather was cold in Oslo.\n",
        f"Something unrelated happened in Oslo.\n\n{second}\n\nFerries ran late in Bergen.\n",
    )
    return linked(c, sentence_of(c, 0, first[:12]), sentence_of(c, 1, second[:12]))


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("centre", "center"),
        ("centred", "centered"),
        ("metres", "meters"),
        ("theatre", "theater"),
        ("labour", "labor"),
        ("honoured", "honored"),
        ("favourite", "favorite"),
        ("neighbours", "neighbors"),
        ("organised", "organized"),
        ("organisation", "organization"),
        ("realise", "realize"),
        ("analysed", "analyzed"),
        ("travelled", "traveled"),
        ("cancelling", "canceling"),
        ("traveller", "traveler"),
        ("instalment", "installment"),
        ("defence", "defense"),
        ("programme", "program"),
        ("grey", "gray"),
        ("ageing", "aging"),
        ("televised", "televized"),
        ("surprisingly", "surprizingly"),
    ],
)
def test_british_and_american_spellings_are_one_term(british, american):
    assert stem(british) == stem(american)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("hatred", "hater"),  # no "-re" word
        ("scoured", "scored"),  # no "-our" word
        ("timbre", "timber"),
        ("hamstring", "hamster"),
        ("filled", "filed"),  # "l" doubled only on a word of two syllables
        ("promise", "premise"),
        ("four", "for"),
        ("hours", "hors"),
    ],
)
def test_a_spelling_rule_merges_no_other_word(word, other):
    assert stem(word) != stem(other)


def test_sentences_in_british_and_american_spelling_are_linked():
    assert _linked("Police in Riga cancelled the parade.", "Riga's march was canceled.")
    assert _linked("Fog closed the Riga harbour.", "Riga's harbor shut for a day.")


@pytest.mark.parametrize(
    "words",
    [
        # A stem short enough to need its "e" gets it back after -ed or -ing.
        "strike strikes striking struck",
        "save saves saved saving",
        "hope hopes hoped hoping",
        "score scores scored scoring",
        # A consonant doubled before -ed or -ing is one.
        "win wins winning won",
        "plan plans planned planning",
        "stop stops stopped stopping",
        "occur occurs occurred occurring",
        "commit commits committed",
        "hop hops hopped hopping",
    ],
)
def test_a_verbs_forms_are_one_term(words):
    forms = {stem(word) for word in words.split()}
    assert len(forms) == 1, forms


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("hoping", "hopping"),
        ("plane", "planned"),
        ("wine", "winning"),
        ("committee", "committed"),
        ("adding", "ad"),  # "add" keeps its two d's
    ],
)
def test_a_verbs_forms_meet_no_other_word(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("words", ["staff staffed staffing", "boycott boycotted boycotting"])
def test_a_base_ending_in_a_double_consonant_keeps_it(words):
    forms = {stem(word) for word in words.split()}
    assert len(forms) == 1, forms


def test_a_verb_and_its_other_form_link_two_sentences():
    assert _linked("Pires made two saves in the shootout.", "Pires saved twice from the spot.")
    assert _linked("Vellmar's plan is an appeal to the league.", "Vellmar planned to go to court.")
    assert _linked("Vellmar have won the cup.", "Vellmar winning the trophy was no surprise.")
    assert _linked("Dockers in Gdansk went on strike.", "Striking men blocked the Gdansk gates.")


def test_an_area_in_another_unit_is_the_same_thing_counted():
    # A fire's or a flood's area is given in hectares, acres or square kilometres, as an outlet's
    # readers measure it: "8,900 hectares" and "22,000 acres" burned are one fact told with
    # another figure, as "40 kilometres" and "25 miles" of road are.
    for text in (
        "The fire has burned more than 28,000 acres.",
        "The fire has burned about 114 square kilometres.",
        "It has now burned nearly 9,000 hectares.",
    ):
        assert set(counted(content_terms(tokens(text))).values()) == {"area"}, text
    told = "The Kelso fire has burned 8,900 hectares of forest, officials said."
    assert member_score(
        told, "Officials said the Kelso fire had burned 22,000 acres of forest."
    ) > member_score(told, "Officials said the Kelso fire had burned 22,000 trees of forest.")


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("evacuation", "evacuated"),
        ("violations", "violated"),
        ("location", "located"),
        ("election", "elected"),
        ("detection", "detected"),
        ("reaction", "reacted"),
        ("cancellation", "cancelled"),
        ("installation", "installed"),
        ("sanctions", "sanctioned"),
    ],
)
def test_a_noun_in_ation_or_ction_naming_a_verbs_act_is_the_verb(noun, verb):
    # "The evacuation of 4,200 residents" is what "4,200 residents were evacuated" tells, as an
    # approval is what was approved.
    assert stem(noun) == stem(verb)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("situation", "situated"),
        ("formation", "format"),
        ("station", "stated"),
        ("faction", "fact"),
        ("section", "sect"),
    ],
)
def test_a_noun_naming_no_act_keeps_its_ending(word, other):
    assert stem(word) != stem(other)


def test_a_thesaurus_word_in_ations_is_still_its_term():
    assert stem("conversations") == stem("talks")


def test_an_act_and_its_verb_link_two_sentences():
    assert _linked("Vellmar's reaction to the ruling was swift.", "Vellmar reacted quickly.")


def test_a_unit_abbreviated_is_the_unit_spelled_out():
    assert stem("ft") == stem("feet") == stem("foot")
    assert stem("lbs") == stem("lb") == stem("pounds")
    # "30 feet" is what "30 ft" says, word for word.
    told = "The wave that hit Kelso harbour was 30 ft high."
    assert member_score(told, "At Kelso harbour the wave reached 30 feet.") == member_score(
        told, "At Kelso harbour the wave reached 30 ft."
    )


def test_a_match_or_a_strike_that_finished_ended():
    # "Finished" and "ended" tell one act: a match, a strike, a meeting coming to its end.
    assert stem("finished") == stem("ended") == stem("ends")
    told = "The Vellmar match finished 1-1 after extra time."
    assert member_score(told, "After extra time the Vellmar match ended 1-1.") == member_score(
        told, "After extra time the Vellmar match finished 1-1."
    )
