"""Terms a reader takes as one word in another form: British and American spellings."""

from __future__ import annotations

import pytest
from helpers import compare_texts, linked, sentence_of

from tui.core.normalise import stem


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
