"""Alignment: how passages are assembled from scored pairs (splits, strays, shared members)."""

from __future__ import annotations

from helpers import compare_texts, linked

from tui.core.align.passages import Clusters


def test_a_half_whose_only_partner_is_a_stray_is_not_joined_as_a_split():
    # v1 tells the sinking and, in the next sentence, where it happened; v0 tells the two
    # facts in two sentences apart. v1's second sentence matches v0's third (the distance)
    # loosely: releasing that partner as a loose blocker would leave v1's sentence with no
    # version to read it, and glue it to the sinking, which v0 tells in a sentence of its own.
    c = compare_texts(
        "A fisherman from Varholm described the night the ferry Nordlys sank. All 40 passengers "
        "were rescued by fishing boats. The wreck lies about 40 kilometres west of Skaldvik, the "
        "coastguard said.",
        "Harbour officials in Varholm say the ferry Nordlys sank during the night. The sinking "
        "happened some 45 kilometres from Skaldvik, where a fisherman saw its lights go out.",
    )
    assert linked(c, (0, 0), (1, 0))
    assert linked(c, (0, 2), (1, 1))
    assert not linked(c, (0, 0), (1, 1))


def test_a_placed_headline_joins_the_passage_two_outlets_tell_in_its_words():
    # v1's headline tells the deal and its price per share; it stands with the deal, and v4
    # tells the price there too, so what it says beyond the deal has no price left. Whole,
    # it matches v0's and v2's price sentences as pairs founding a passage do, and the others
    # as a merge's members would: it tells the price too.
    c = compare_texts(
        "AMSTERDAM, May 4 - Dutch food group Halvorsen agreed on Monday to buy the Belgian dairy "
        "maker Brisk Foods for 1 billion dollars (900 million euros) in cash, its largest "
        "purchase, betting on yoghurt as its bread business slows. Halvorsen will pay 12.40 "
        "euros per Brisk share, a premium of 30% to Friday's close.",
        "Halvorsen buys Brisk: Dutch food group Halvorsen will buy the Belgian dairy maker Brisk "
        "Foods for 900 million euros ($1 billion) in cash, or 12.40 euros a share.",
        "The Dutch bread maker Halvorsen is taking over Brisk, a Belgian dairy company, in a deal "
        "worth 900 million euros. Brisk shareholders are to receive 12.40 euros in cash per "
        "share.",
        "Halvorsen, the Dutch food group, said on Monday it would acquire the Belgian yoghurt "
        "maker Brisk for 1 billion dollars. Shareholders will get 12.40 euros for each share, "
        "and Brisk stock closed the day up 27% at 12.05 euros.",
        "Halvorsen is buying its way into dairy: the Dutch group is taking over the Belgian "
        "company Brisk Foods for 900 million euros, or 12.40 euros a share in cash. The price of "
        "12.40 euros a share is about a third more than Brisk was worth on the stock market "
        "last week.",
    )
    headline, deal, price = (1, 0), (0, 0), (0, 1)
    assert linked(c, headline, deal) and linked(c, headline, price)
    assert linked(c, headline, (2, 1)) and linked(c, headline, (3, 1))
    assert len(c.passages_of(*headline)) == 2


def test_a_placed_sentence_tells_a_fact_not_on_one_partner_alone():
    # Sentence (0, 0) stands in a passage of its own fact, (1, 0) and (2, 0); is it telling
    # the fact of the passage of (3, 0), (4, 0) and (5, 0) too? Its scores with that passage's
    # members average under the threshold, so what decides is whether, its best partner
    # aside, the others still read it as a pair at the threshold or a merge's members do.
    key, own, members = (0, 0), [(1, 0), (2, 0)], [(3, 0), (4, 0), (5, 0)]

    def tells(*scores: float) -> bool:
        clusters = Clusters({}, 0.4)
        pairs = [(key, m) for m in members[: len(scores)]] + [(o, m) for o in own for m in members]
        clusters.record_scores(pairs, [*scores] + [0.1] * (len(pairs) - len(scores)))
        return clusters._tells(key, members[: len(scores)], [own])

    # A jury president's quote: one outlet's quote at the threshold, the other's at a merge's
    # mean; two outlets' sentences at the threshold and a third's near the floor.
    assert tells(0.42, 0.34)
    assert tells(0.57, 0.41, 0.15)
    # A lead telling a meeting matches one quote given there at the threshold; without it the
    # others read it as neither a founding pair nor a merge's members.
    assert not tells(0.51, 0.35, 0.2)
