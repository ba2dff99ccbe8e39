"""Alignment: which sentences form passages, and which must not."""

from __future__ import annotations

import random

from corpus import fact_links, make_versions
from helpers import compare_texts, document, linked, sentence_of
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.align.passages import Clusters
from tui.core.align.profiles import Profile, build_profiles
from tui.core.comparison import _sentence_terms, _sentence_words, compare, realign
from tui.core.counts import counted
from tui.core.documents import load_documents
from tui.core.normalise import content_terms, tokens
from tui.core.versions import make_version


def test_translated_quote_is_matched():
    c = compare_texts(
        "“The world needs the US-China relationship to be healthy and stable,” he said.",
        "“The world needs a healthy relationship between China and the United States,” Han said.",
    )
    assert linked(c, (0, 0), (1, 0))


def test_sentences_sharing_only_names_are_not_linked():
    c = compare_texts(
        "Blinken told Han.",
        "“The world expects us to manage our relationships responsibly,” Blinken said "
        "before meeting Han.",
    )
    assert c.passages == ()


def test_sentences_sharing_only_when_and_on_whose_word_are_not_linked():
    # "on Sunday, he said" frames two different pieces of news.
    for when in ("on Sunday", "yesterday"):
        c = compare_texts(
            f"The airline cancelled all flights to Oslo {when}, he said. He said the port would "
            "reopen on Monday.",
            f"The finance minister resigned {when}, she said. She said the port would reopen on "
            "Monday.",
        )
        assert not linked(c, (0, 0), (1, 0)), when


def test_reordered_versions_align_each_sentence_to_its_counterpart():
    facts = [
        "The meeting between the two envoys lasted twelve hours over two days in Malta.",
        "Officials described the talks as frank, substantive and constructive.",
        "A spy balloon shot down in February had soured relations between the capitals.",
        "The leaders may meet at the Asia-Pacific summit in San Francisco in November.",
    ]
    c = compare_texts(" ".join(facts), " ".join(reversed(facts)))
    for fact in facts:
        a = sentence_of(c, 0, fact[:30])
        b = sentence_of(c, 1, fact[:30])
        assert linked(c, a, b), fact
    assert len(c.passages) == len(facts)


def test_one_sentence_matching_two_adjacent_sentences():
    c = compare_texts(
        "“I think it is a good thing to increase the number of high-level meetings,” he said, "
        "adding that the talks aim to keep the lines of communication open and to manage the "
        "relationship between the two countries responsibly.",
        "“I think it is a good thing to increase the number of high-level meetings,” he said. "
        "The talks aim to “keep the lines of communication open and manage the relationship "
        "between our two countries responsibly.”",
    )
    assert linked(c, (0, 0), (1, 0)) and linked(c, (0, 0), (1, 1))
    assert c.passages[0].support == 2


def test_a_sentence_telling_two_facts_does_not_make_two_adjacent_facts_a_split():
    # Two outlets tell the deal and the price a share in two sentences, two in one; a fifth
    # tells the price a share alone: two facts, not one fact split in two.
    c = compare_texts(
        "Kessler-Brandt agreed on Monday to buy the water software maker Corvane Systems for "
        "2.1 billion euros in cash. Kessler-Brandt will pay 48.50 dollars per Corvane share, a "
        "premium of 32 percent.",
        "Corvane Systems agreed to be bought by the pump maker Kessler-Brandt for 2.1 billion "
        "euros. Shareholders will get 48.50 dollars for each share.",
        "Kessler-Brandt will buy the water software maker Corvane Systems for 2.1 billion euros "
        "in cash, or 48.50 dollars a share.",
        "The 2.1 billion euro purchase of Corvane, at 48.50 dollars a share, is the largest in "
        "Kessler-Brandt's history.",
        "Corvane shareholders are to receive 48.50 dollars in cash per share.",
    )
    assert not linked(c, (0, 0), (0, 1)) and not linked(c, (1, 0), (1, 1))
    assert linked(c, (0, 0), (1, 0)) and linked(c, (0, 0), (2, 0))
    assert linked(c, (0, 1), (1, 1)) and linked(c, (0, 1), (4, 0))


def test_a_fact_one_version_tells_twice_is_one_passage():
    # Version 0 tells the deal in its lead (0, 0) and again in a recap (0, 2); versions 1 and
    # 2 word it as the recap does, version 3 as the lead: the first pass, one sentence a
    # version, makes two passages of the fact. A pair at the threshold across them joins them.
    lead, recap, one, two, three = (0, 0), (0, 2), (1, 0), (2, 0), (3, 0)
    scores = {
        (recap, one): 0.7, (recap, two): 0.7, (one, two): 0.7, (lead, three): 0.7,
        (lead, one): 0.45, (lead, two): 0.35, (one, three): 0.45, (two, three): 0.35,
        (recap, three): 0.35,
    }  # fmt: skip

    def passages(own: float) -> list[list[tuple[int, int]]]:
        clusters = Clusters({}, 0.4)
        clusters.record_scores([*scores, (lead, recap)], [*scores.values(), own])
        for a, b in sorted(scores, key=scores.get, reverse=True):
            clusters.link(a, b)
        assert len(clusters.members) == 2
        clusters.join_retold([pair for pair, value in scores.items() if value >= 0.4])
        return list(clusters.members.values())

    assert passages(own=0.2) == [[lead, recap, one, two, three]]
    # Near copies in one version are two events in stock phrasing (two meetings' readouts).
    assert len(passages(own=0.6)) == 2
    # Two facts that every version tells in the same order stay two passages.
    scores = {(lead, one): 0.7, ((0, 1), (1, 1)): 0.7, (lead, (1, 1)): 0.45}
    clusters = Clusters({}, 0.4)
    clusters.record_scores(list(scores), list(scores.values()))
    for a, b in scores:
        clusters.link(a, b)
    clusters.join_retold(list(scores))
    assert len(clusters.members) == 2


def test_a_long_sentence_joins_the_passage_whose_fact_one_of_its_clauses_tells():
    # The visits by the secretaries are told in a clause; the rest of the sentence, on
    # Blinken's own June trip, dilutes its score with the short sentences.
    c = compare_texts(
        "Blinken also visited Beijing in June, a trip that has since been repeated by Treasury "
        "Secretary Janet Yellen, climate envoy John Kerry and Commerce Secretary Gina Raimondo.",
        "Senior American officials have visited Beijing this year, the commerce and treasury "
        "secretaries among them.",
        "But Kirby touted the patient and often thankless effort to keep military and trade "
        "channels open despite disputes over chips and tariffs, evidenced in recent visits to "
        "Beijing by the US commerce, treasury and state secretaries.",
    )
    assert linked(c, (1, 0), (2, 0)) and linked(c, (0, 0), (1, 0))


def test_a_sentence_sharing_only_a_clause_does_not_block_a_split():
    # Two outlets split the minister's remarks in two; a third says them in one sentence, a
    # fourth reports them too. The fourth's venue sentence matches only the clause on the venue:
    # it must not keep the two halves apart.
    venue = (
        "Talks took place at the headquarters of the Norwegian embassy in Geneva, before the "
        "high-level climate week begins on Tuesday (19)."
    )
    remarks = (
        "“I think it is a good thing to multiply ministerial contacts between our governments,” "
        "the minister declared at the start of her meeting, which took place at the Norwegian "
        "embassy in Geneva. The talks aim to “keep channels of dialogue open and show that we "
        "handle the partnership responsibly,” she said."
    )
    c = compare_texts(
        f"The minister arrived on Monday. {venue} Officials expected a long agenda. The minister "
        "recalled the recent ministerial contacts between the two governments, meant to keep "
        "channels of dialogue open.",
        remarks,
        remarks.replace("declared at the start of her", "said before the"),
        "“It is a good thing to build on the recent ministerial contacts, to keep channels of "
        "dialogue open and show that we handle the partnership responsibly,” the minister told "
        "her counterpart.",
    )
    whole = c.passage_of(*sentence_of(c, 3, "It is a good thing"))
    assert {(m.version, m.sentence) for m in whole.members} == {
        sentence_of(c, 0, "The minister recalled"),
        (1, 0), (1, 1), (2, 0), (2, 1), (3, 0),
    }  # fmt: skip
    assert c.passage_of(*sentence_of(c, 0, "Talks took place")) is None


def test_a_sentence_joins_a_passage_by_its_mean_score_though_no_pair_reaches_the_threshold():
    # Two versions say it outright; the third says it in a clause of a longer sentence. Its
    # scores with both (0.32 and 0.43) are under the threshold of 0.45, but their mean is over
    # 0.75 x 0.45: average linkage lets it join the passage that the first two founded.
    c = compare_texts(
        "Xi Jinping did not attend the G20 summit in India this month, to the disappointment of "
        "Joe Biden.",
        "The Chinese president did not attend the Group of 20 summit in India this month, "
        "disappointing Biden.",
        "Washington's push to bolster its oft-repeated talking points for a rules-based order "
        "and mutual benefit follows the notable absence of the Chinese leader at the summit in "
        "India earlier.",
        threshold=0.45,
    )
    assert linked(c, (0, 0), (1, 0)) and linked(c, (0, 0), (2, 0))
    assert all(m.score < 0.45 for m in c.passages[0].members if m.version == 2)


def test_two_sentences_under_the_threshold_found_no_passage():
    c = compare_texts(
        "Xi Jinping did not attend the G20 summit in India this month, to the disappointment of "
        "Joe Biden.",
        "Washington's push to bolster its oft-repeated talking points for a rules-based order "
        "and mutual benefit follows the notable absence of the Chinese leader at the summit in "
        "India earlier.",
        threshold=0.45,
    )
    assert c.passages == ()


def test_a_sentence_goes_with_the_news_it_reports_not_with_its_background():
    # The first sentence reports visits, and gives the balloon as background ("after…"); the
    # third reports a predicted thaw, with the balloon as its background too ("following…").
    # Without weighing background less, the balloon's many shared words won.
    c = compare_texts(
        "Blinken and other officials visited Beijing this year to improve ties after the "
        "Americans shot down a Chinese surveillance balloon flying over the United States.",
        "The two countries renewed dialogue in recent months with a succession of visits by "
        "senior officials to Beijing, including Blinken. Trade disputes remain.",
        "In the spring the president predicted a thaw in the relationship, which had soured in "
        "February following a balloon flying over the United States. Taiwan remains a "
        "stumbling block.",
    )
    assert linked(c, (0, 0), (1, 0))
    assert not linked(c, (0, 0), (2, 0))


def test_a_bracketed_aside_weighs_less_than_the_same_words_in_the_sentence():
    # One outlet glosses a place in brackets; the other does not. The gloss is an aside, so it
    # takes less from the match than the same words would as part of the sentence's news.
    other = (
        "The ministers met in Bali in 2021 and laid out a road map for easing tensions over "
        "fishing rights."
    )
    gloss = "a resort island popular with Australian surfers and tourists"

    def best_score(first: str) -> float:
        c = compare_texts(first, other)
        return max(m.score for p in c.passages for m in p.members)

    aside = best_score(f"The ministers last met in 2021 in Bali ({gloss}).")
    told = best_score(f"The ministers last met in 2021 in Bali, {gloss}.")
    assert aside > told + 0.02


def test_transitive_chain_does_not_glue_unrelated_ends():
    a = "Officials said the envoys met in Malta for twelve hours of talks on Taiwan."
    b = "The envoys met in Malta for twelve hours, discussing trade disputes and the war in Ukraine."
    c_ = "Trade disputes and the war in Ukraine dominated a separate summit of finance ministers."
    c = compare_texts(a, b, c_)
    assert not linked(c, (0, 0), (2, 0))


def test_unrelated_versions_share_nothing():
    c = compare_texts(
        "The central bank raised interest rates by half a point on Thursday.",
        "Heavy rain flooded the old town, and firefighters rescued dozens of residents.",
    )
    assert c.passages == ()
    assert c.unique_sentences(0) == (0,) and c.unique_sentences(1) == (0,)


def test_seed_quotes_are_matched_across_versions(seed_comparison):
    c = seed_comparison
    quote = [
        sentence_of(c, 0, "The world needs the US-China relationship"),
        sentence_of(c, 1, "The world needs a healthy relationship"),
        sentence_of(c, 3, "The world needs a relationship between the United States"),
    ]
    assert linked(c, quote[0], quote[1]) and linked(c, quote[1], quote[2])
    lead = [
        sentence_of(c, 1, "Anthony Blinken met with Chinese Vice President"),
        sentence_of(c, 2, "Antony Blinken met Chinese Vice-President Han Zheng"),
        sentence_of(c, 4, "Antony Blinken meets Chinese Vice-President"),
    ]
    assert linked(c, lead[0], lead[1]) and linked(c, lead[1], lead[2])


def test_passage_invariants(seed_comparison):
    seen = set()
    for passage in seed_comparison.passages:
        assert passage.support == len({m.version for m in passage.members}) >= 2
        for member in passage.members:
            key = (passage.id, member.version, member.sentence)
            assert key not in seen, "a sentence stands in a passage once"
            seen.add(key)
            sentence = seed_comparison.versions[member.version].sentences[member.sentence]
            assert not sentence.boilerplate
            assert 0.0 < member.score <= 1.0


def test_threshold_is_a_parameter(seed_comparison):
    strict = realign(seed_comparison.versions, 0.95)
    assert strict.threshold == 0.95
    assert len(strict.passages) < len(seed_comparison.passages)
    for passage in strict.passages:
        # A pair at the threshold founds a passage; others join it at 0.75 x its mean.
        assert max(m.score for m in passage.members) >= 0.95
        assert all(m.score >= 0.75 * 0.95 for m in passage.members)


def _as_sets(comparison):
    """Passages as sets of (file name, sentence text): independent of version ids."""
    return {
        frozenset((comparison.versions[m.version].name, m.sentence) for m in passage.members)
        for passage in comparison.passages
    }


SEED_DOCUMENTS = load_documents([])


@settings(max_examples=12, deadline=None)
@given(st.permutations(range(len(SEED_DOCUMENTS))))
def test_alignment_does_not_depend_on_version_order(order):
    shuffled = compare([SEED_DOCUMENTS[i] for i in order])
    assert _as_sets(shuffled) == _as_sets(compare(SEED_DOCUMENTS))


def test_alignment_is_deterministic():
    assert _as_sets(compare(SEED_DOCUMENTS)) == _as_sets(compare(SEED_DOCUMENTS))


def test_identical_versions_align_completely():
    text = SEED_DOCUMENTS[1].text
    c = compare([document(text, "a.txt"), document(text, "b.txt")])
    article = [s.id for s in c.versions[0].sentences if not s.boilerplate and len(s.text) > 40]
    for sid in article:
        assert linked(c, (0, sid), (1, sid))


def test_shuffled_sentences_still_align():
    sentences = [s.text for s in compare(SEED_DOCUMENTS).versions[2].sentences]
    shuffled = sentences[:]
    random.Random(3).shuffle(shuffled)
    c = compare_texts("\n".join(sentences), "\n".join(shuffled))
    matched = sum(1 for s in c.versions[0].sentences if c.passage_of(0, s.id))
    assert matched >= len(sentences) - 1


def test_text_without_spaces_aligns():
    text = "外交部长今天在北京会见了代表团。双方讨论了贸易问题！会谈何时结束？\n"
    c = compare_texts(text, text)
    assert len(c.passages) == 3


def test_made_versions_align_by_the_facts_they_retell():
    precision, recall = fact_links(compare(make_versions(6, 120)))
    assert precision >= 0.85 and recall >= 0.95


# Facts, not sentences: a sentence stands in one passage per fact it tells. -------------------


def passages_linking(c, a: tuple[int, int], b: tuple[int, int]) -> list:
    return [p for p in c.passages_of(*a) if p in c.passages_of(*b)]


def test_a_three_fact_lead_is_linked_to_the_three_sentences_that_tell_its_facts():
    c = compare_texts(
        "Argentina won its third World Cup on Sunday as Lionel Messi led the team past France "
        "4-2 on penalties in front of 88,966 fans at Lusail Stadium.",
        "Argentina won the World Cup for the third time. "
        "Supporters celebrated in the streets of Buenos Aires through the night. "
        "Lionel Messi and his team beat France 4-2 in a penalty shootout. "
        "The government declared a public holiday on Tuesday. "
        "A crowd of 88,966 fans watched the final at Lusail Stadium.",
    )
    lead = (0, 0)
    for fragment in ("for the third time", "penalty shootout", "A crowd of"):
        assert linked(c, lead, sentence_of(c, 1, fragment)), fragment
    assert len(c.passages_of(*lead)) == 3
    # Each of its passages knows which words of the lead tell its fact.
    text = c.versions[0].text
    parts = [m.part for p in c.passages_of(*lead) for m in p.members if m.version == 0]
    assert [text[start:end] for start, end in parts] == [
        "Argentina won its third World Cup",
        "Lionel Messi led the team past France 4-2 on penalties",
        "88,966 fans at Lusail Stadium",
    ]
    # A sentence in one passage tells its fact whole.
    assert all(m.part is None for p in c.passages for m in p.members if m.version == 1)
    for fragment in ("Supporters celebrated", "public holiday"):
        assert not c.passages_of(*sentence_of(c, 1, fragment)), fragment


def test_a_lead_joins_the_passage_of_a_later_fact_that_two_versions_tell_apart():
    # The lead's first fact (the win) founds its passage; the trophy, which the others tell in
    # a sentence of its own, is what the lead says beyond it, though what those sentences say
    # beyond their own passage is nothing.
    c = compare_texts(
        "Dynamo Karivka won their first continental trophy on Wednesday, beating Sporting "
        "Almarense 4-3 on penalties after goalkeeper Yevhen Shcherbak saved twice in the shootout.",
        "Karivka beat Almarense 4-3 on penalties in the Continental Shield final on Wednesday. "
        "Fans danced in the market square until dawn. "
        "The win gives the club its first continental trophy.",
        "Karivka defeated Almarense 4-3 in a penalty shootout in Brackenford on Wednesday. "
        "The mayor promised a parade. "
        "It is the first continental trophy in the club's long history.",
    )
    lead = (0, 0)
    assert linked(c, lead, (1, 0)) and linked(c, lead, (2, 0))
    assert linked(c, lead, sentence_of(c, 1, "The win gives"))
    assert linked(c, lead, sentence_of(c, 2, "It is the first"))
    assert len(c.passages_of(*lead)) == 2


def test_what_a_sentence_says_beyond_its_passage_keeps_the_names_it_shares_with_it():
    # The second sentence of v1 stands with v0's (the prizes presented at the opera) and v3's,
    # which gives the venue and the day too; what v1 says beyond them (a ceremony on Thursday
    # at Montvallon) is what v2 says, names included.
    c = compare_texts(
        "Aigerim Zhunusova won the Caravel Prize for Fiction. The prizes were presented at the "
        "Opera de Montvallon in front of about 900 guests.",
        "Zhunusova won the Caravel Prize for her novel. The awards were presented at a ceremony "
        "at the Opéra de Montvallon on Thursday evening.",
        "The Kazakh writer Zhunusova has received the Caravel Prize. The ceremony took place on "
        "Thursday in the French city of Montvallon.",
        "A translator from Larkhaven was honoured too. Mrs Marsh, who was at the Opéra de "
        "Montvallon on Thursday with her husband, said she had no speech prepared.",
    )
    assert linked(c, (0, 1), (1, 1))
    assert linked(c, (1, 1), (2, 1))


def test_a_headline_and_its_lead_stand_in_one_passage_with_the_other_leads():
    c = compare_texts(
        "Earthquake kills dozens in western Nepal\n\n"
        "A strong earthquake killed at least 128 people in western Nepal late on Friday, "
        "officials said. Rescue teams reached the remote district of Jajarkot on Saturday.",
        "At least 128 people were killed when a strong earthquake struck western Nepal on "
        "Friday night. Rescuers reached remote Jajarkot on Saturday.",
    )
    headline, lead = (0, 0), sentence_of(c, 0, "A strong earthquake killed")
    other_lead = sentence_of(c, 1, "At least 128 people")
    assert passages_linking(c, headline, other_lead)
    assert passages_linking(c, lead, other_lead)
    assert set(passages_linking(c, headline, other_lead)) & set(
        passages_linking(c, lead, other_lead)
    )


def member_score(*texts: str) -> float:
    c = compare_texts(*texts)
    return max((m.score for p in c.passages for m in p.members), default=0.0)


def test_a_distance_in_another_unit_is_the_same_thing_counted():
    # Outlets give a distance or a weight in their readers' unit: "40 kilometres" and "25
    # miles" of road are one distance told with another figure, as "12" and "11 people" are;
    # "25 hours" is no figure for it.
    told = "The fire burned 40 kilometres of forest road near Lytton overnight."
    assert member_score(
        told, "Crews said the forest road near Lytton burned for 25 miles."
    ) > member_score(told, "Crews said the forest road near Lytton burned for 25 hours.")
    lifted = "Rescuers lifted a 300-pound beam off the car after the quake."
    assert member_score(lifted, "A 140 kg steel beam was lifted off the car.") > member_score(
        lifted, "A 140 cm steel beam was lifted off the car."
    )
    assert counted(content_terms(tokens("It struck 162 miles (about 260 km) away."))) == {
        "162": "distance",
        "260": "distance",
    }


def test_a_unit_glued_to_its_figure_is_the_unit_written_apart():
    # "200km" (house style of many outlets) is "200 km": a distance, not a term of its own.
    blast = "The blast hit the Yantrahim plant in Velikovo, about 200km north-east of Sofia."
    assert member_score(
        blast, "The explosion hit the Yantrahim plant in Velikovo, some 240 kilometres from Sofia."
    ) > member_score(
        blast, "The explosion hit the Yantrahim plant in Velikovo, some 240 minutes from Sofia."
    )
    assert counted(content_terms(tokens("A 5kg bag fell 30ft."))) == {
        "5": "weight",
        "30": "distance",
    }


def test_another_count_of_the_same_thing_is_the_same_fact_told_with_another_figure():
    # "12 people dead" and "11 people killed": one fact, and what a fact-checker opens newsdiff
    # for; the two counts weigh as shared words, more than one count left out.
    told = "Rescuers said the collapse of the old bridge left 12 people dead near the port."
    recounted = member_score(told, "Officials confirmed that the collapse had left 11 people dead.")
    left_out = member_score(told, "Officials confirmed that the collapse had left people dead.")
    assert recounted > left_out
    c = compare_texts(
        "The earthquake left 12 people dead and 134 injured in Sichuan, state media said. "
        "Rescue teams searched the rubble overnight.",
        "At least 11 people were killed and 122 injured when the earthquake hit Sichuan. "
        "Power was cut in three counties.",
    )
    [passage] = c.passages
    assert {(m.version, m.sentence) for m in passage.members} == {(0, 0), (1, 0)}
    assert {(d.kind, frozenset(r.text for r in d.readings)) for d in passage.discrepancies} == {
        ("number", frozenset({"12", "11"})),
        ("number", frozenset({"134", "122"})),
    }


def test_two_meetings_of_one_trip_stay_apart_however_alike_their_wording():
    c = compare_texts(
        "Blinken met Foreign Minister Qin Gang in Beijing on Sunday for talks both sides "
        "called candid and constructive.",
        "Blinken met President Xi Jinping in Beijing on Monday for talks both sides called "
        "candid and constructive.",
    )
    assert c.passages == ()
    # Hosting is meeting: told with another verb, a meeting with another host is another.
    c = compare_texts(
        "Secretary of State Antony Blinken hosted Foreign Minister Wang Yi in Washington, and "
        "both sides called the exchange candid and constructive.",
        "President Joe Biden met Foreign Minister Wang Yi in Washington, and both sides called "
        "the exchange candid and constructive.",
    )
    assert c.passages == ()
    # An office stands for the person who holds it: the Secretary is not President Biden.
    c = compare_texts(
        "The Secretary and Foreign Minister Wang Yi will continue their talks in Washington on "
        "Friday.",
        "President Joe Biden will meet Foreign Minister Wang Yi in Washington on Friday.",
    )
    assert c.passages == ()
    c = compare_texts(
        "The President and Foreign Minister Wang Yi will continue their talks in Washington on "
        "Friday.",
        "President Joe Biden will meet Foreign Minister Wang Yi in Washington on Friday.",
    )
    assert linked(c, (0, 0), (1, 0))
    # The same meeting, its participants named in part or with another spelling, is one.
    c = compare_texts(
        "Blinken met Foreign Minister Qin Gang in Beijing on Sunday for candid talks.",
        "Antony Blinken met Qin in Beijing on Sunday for talks called candid.",
    )
    assert linked(c, (0, 0), (1, 0))


def test_who_speaks_of_a_meeting_is_not_one_of_its_people():
    # Kirby talks of the secretaries' visits; he did not visit: the visits are one fact.
    c = compare_texts(
        "White House spokesman John Kirby said the recent visits to Beijing by the commerce and "
        "treasury secretaries kept lines of communication open.",
        "Gina Raimondo and Janet Yellen visited Beijing this summer to keep lines of "
        "communication open.",
    )
    assert linked(c, (0, 0), (1, 0))
    # Who met whom still tells two meetings apart, whoever reports them.
    c = compare_texts(
        "Secretary Blinken met Foreign Minister Wang Yi in Washington on Friday, according to "
        "Matthew Miller.",
        "President Joe Biden met Foreign Minister Wang Yi in Washington on Friday, White House "
        "spokesman John Kirby said.",
    )
    assert c.passages == ()


def test_two_sentences_sharing_one_word_tell_no_common_fact():
    # Short lines make one shared word look like much of what they say.
    for one, other in [
        ("“It is the author’s prize really,” she said.", "The author thanked her family."),
        ("Its author is a former teacher.", "The author lives in Almaty."),
    ]:
        assert compare_texts(one, other).passages == (), (one, other)
    # Two shared words can be a fact: "the ferry sank".
    assert compare_texts("The ferry sank.", "A ferry sank off the coast on Monday.").passages


def test_another_player_named_in_the_same_shootout_is_the_same_fact():
    # Two people named apart outside a meeting: not two events (the meeting rule is narrow).
    c = compare_texts(
        "Goalkeeper Yevhen Shcherbak saved two penalties as Karivka won the shootout 4-3.",
        "Karivka won the shootout 4-3 after Danylo Marchuk hit the post with the second penalty.",
    )
    assert linked(c, (0, 0), (1, 0))


def test_the_terms_found_once_per_sentence_are_those_alignment_finds_itself(seed_comparison):
    # comparison finds each sentence's terms and counts once, for alignment and for wordiff's
    # count places: the profiles weighed on them are those alignment weighs from the words
    # alone, a sentence opening with a dateline too (its terms are found without it).
    wire = make_version(
        len(seed_comparison.versions),
        document(
            "VARDEN, British Columbia, Aug 10 (Halyard) - A wildfire killed 12 people.\n\n"
            "The fire killed 12 people in Varden, officials said.\n"
        ),
    )
    versions = (*seed_comparison.versions, wire)
    words = _sentence_words(versions)
    texts = {key: versions[key[0]].sentences[key[1]].text for key in words}
    terms, counts = _sentence_terms(versions, words)
    assert "varden" in {term for term, _, _ in terms[wire.id, 0]}  # the dateline's, for wordiff

    def fields(profiles):
        return {
            key: [
                getattr(p, name).key if name in ("frame", "previous") and getattr(p, name)
                else repr(getattr(p, name))
                for name in Profile.__slots__
            ]
            for key, p in profiles.items()
        }  # fmt: skip

    alone = fields(build_profiles(words, texts))
    assert fields(build_profiles(words, texts, None, terms, counts)) == alone
    assert alone[wire.id, 0][Profile.__slots__.index("counts")] == repr({"12": "the dead"})
