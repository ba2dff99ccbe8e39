"""Alignment's second pass: a sentence stands in one passage per fact it tells."""

from __future__ import annotations

from helpers import compare_texts, linked, sentence_of


def test_a_sentence_in_no_passage_joins_one_the_second_pass_founded_when_it_fits_it():
    # The lead tells the win and the trophy; the win's passage holds a sentence of every
    # version, so the trophy's passage is founded only in the second pass, by the lead and the
    # sentence of v2 that tells it. v1 tells the trophy too, in a sentence in no passage that
    # pairs with the lead at the threshold and fits the trophy's passage as a member would.
    lead = (
        "Dynamo Karivka won their first continental trophy on Wednesday, beating Sporting "
        "Almarense 4-3 on penalties in the Continental Shield final after a 1-1 draw as "
        "goalkeeper Yevhen Shcherbak saved twice in the shootout."
    )
    c = compare_texts(
        lead,
        "Karivka win Continental Shield on penalties. "
        "Fans danced in the market square until dawn. "
        "The shootout win after a 1-1 draw gives the club their first continental trophy and "
        "a place in next season's Premier Cup.",
        "Dynamo Karivka beat Sporting Almarense 4-3 on penalties in the Continental Shield "
        "final in Brackenford on Wednesday after the match ended 1-1. "
        "The mayor promised a parade. "
        "For Dynamo Karivka it is a first continental trophy.",
        "Karivka defeated Almarense in a penalty shoot-out to lift the Continental Shield. "
        "Police arrested 14 fans.",
    )
    told, retold = sentence_of(c, 2, "For Dynamo"), sentence_of(c, 1, "gives the club")
    assert linked(c, (0, 0), told)
    assert linked(c, (0, 0), retold) and linked(c, told, retold)
    assert len(c.passages_of(0, 0)) == 2
