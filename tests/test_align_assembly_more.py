"""Alignment: how passages are assembled from scored pairs (splits, strays, shared members)."""

from __future__ import annotations

from helpers import compare_texts, linked


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
