"""Word tokens: offsets, normal forms, and Chinese and Japanese split character by character."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tui.core.normalise import clauses, content_terms, stem, tokens

# tokens() reads text below U+3040 with a plain pattern, compiled much faster: it must find what
# this one does in any text.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_REFERENCE = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+(?:[’'.,][^\W{_CJK}]+)*")


def test_tokens_have_offsets_and_normal_forms():
    found = tokens("Blinken met “twelve” U.S. envoys, 1,000 more.", 100)
    assert [(t.start, t.end, t.surface, t.norm) for t in found] == [
        (100, 107, "Blinken", "blinken"),
        (108, 111, "met", "met"),
        (113, 119, "twelve", "12"),
        (121, 124, "U.S", "u.s"),
        (126, 132, "envoys", "envoys"),
        (134, 139, "1,000", "1000"),
        (140, 144, "more", "more"),
    ]
    assert [t.capitalised for t in found] == [True, False, False, True, False, False, False]


def test_every_number_word_of_the_lexicon_reads_as_its_digits():
    # "trillion" was left out of the normal forms while entities counted it a scale.
    assert [t.norm for t in tokens("two hundred thousand million billion trillion")] == [
        "2", "100", "1000", "1000000", "1000000000", "1000000000000",
    ]  # fmt: skip


def test_cjk_characters_are_words_of_their_own():
    text = "外交部长Blinken在北京.会见了U.S代表团,3.5亿"
    assert [t.surface for t in tokens(text)] == [m.group() for m in _REFERENCE.finditer(text)]
    assert [t.surface for t in tokens(text)][:6] == ["外", "交", "部", "长", "Blinken", "在"]


@given(st.text(alphabet="ab1é’'., -外交かカ한😀\u3040\u9fff\ufaff\ufb00", max_size=40))
def test_tokens_match_the_cjk_aware_pattern(text):
    found = [(t.start, t.end, t.surface) for t in tokens(text, 7)]
    assert found == [(m.start() + 7, m.end() + 7, m.group()) for m in _REFERENCE.finditer(text)]


def _terms(text: str) -> list[str]:
    return [term for term, _, _ in content_terms(tokens(text))]


def test_group_of_twenty_is_one_term_however_written():
    for text in (
        "the G20 summit",
        "the G-20 summit",
        "the Group of 20 summit",
        "the Group of Twenty summit",
    ):
        assert _terms(text) == ["g20", "meet"], text


def test_a_negated_attendance_reads_as_an_absence():
    assert "absent" in _terms("Xi did not attend the summit")
    assert "absent" in _terms("Xi didn't attend the summit")
    assert "absent" in _terms("the absence of Xi")
    assert "absent" not in _terms("Xi attended the summit")


def test_terms_after_a_background_marker_are_flagged():
    flags = {
        term: background
        for term, _, background in content_terms(
            tokens("Officials visited Beijing after a balloon crossed the country")
        )
    }
    assert not flags["visit"] and flags["balloon"] and flags["country"]


def test_a_closing_attribution_weighs_as_background():
    def flags(text: str) -> dict[str, bool]:
        return {term: background for term, _, background in content_terms(tokens(text))}

    found = flags(
        "The blast started in a storage tank, regional governor Stoyan Zhelev told reporters "
        "at the scene."
    )
    assert not found["explosion"] and not found["tank"]
    assert found["governo"] and found["zhelev"] and found["scene"]
    found = flags("“We will help the families,” said spokesperson Matthew Miller.")
    assert not found["help"] and found["miller"]
    found = flags("At least four homes were destroyed, according to the Associated Press.")
    assert not found["destroy"] and found["press"]
    # A last clause without a speech verb, or a speaker who opens the sentence, is the news.
    assert not any(flags("The talks, he said, covered trade, energy and climate.").values())
    assert not any(flags("Zhelev said the fire was still burning.").values())
    assert not any(flags("He said U.S. officials left.").values())


def test_words_in_brackets_are_asides_and_weigh_as_background():
    found = tokens("Xi met Biden in Bali (Indonesia) in 2022 (as planned).")
    assert [t.surface for t in found if t.aside] == ["Indonesia", "as", "planned"]
    walked = tokens("one (two) three (four five) six ( seven (eight) nine")
    assert [t.surface for t in walked if t.aside] == ["two", "four", "five", "eight"]
    flags = {term: background for term, _, background in content_terms(found)}
    assert flags["indones"] and flags["plan"] and not flags["bali"] and not flags["2022"]


def test_irregular_past_forms_meet_their_verb():
    assert _terms("Li led the delegation") == _terms("Li leads the delegation")
    assert "hold" in _terms("The summit was held in Delhi")


def test_a_thesaurus_term_is_the_same_term_in_every_form():
    # "official" is the term of "officials": the singular must not be cut to another stem.
    assert _terms("an official said") == _terms("officials said")
    assert _terms("the relation") == _terms("relations")


def test_discourse_adverbs_are_not_content():
    # "Instead, Li will lead…" and "Instead, Putin will send…" share no news.
    assert _terms("Instead, he will already send Lavrov now") == ["send", "lavrov"]
    # "likely" cut to "like" made "The toll is likely to rise" meet "Much like other quakes".
    assert _terms("The toll is likely to rise") == _terms("Like the toll, it will rise")


def test_news_words_for_deaths_injuries_and_rises_are_one_term_each():
    assert _terms("the quake killed 300") == _terms("earthquake deaths 300")
    assert "injure" in _terms("670 wounded") and "injure" in _terms("670 injuries")
    assert _terms("the toll rose") == _terms("the toll increased")


def test_a_number_written_as_tens_and_units_is_one_figure():
    # "Twenty-one people are still in hospital" gives the count "21 remain in hospital" gives.
    assert _terms("Twenty-one people, forty two men") == ["21", "people", "42", "men"]
    assert _terms("twenty, one") == ["20", "1"]


def test_a_number_written_in_words_with_a_hundred_or_a_thousand_is_one_figure():
    # Style books spell out a figure opening a sentence ("Two thousand employees watched"),
    # and some outlets any figure: it is the 2,000 or the 135 another outlet gives in digits.
    assert _terms("Two thousand employees watched") == _terms("2,000 employees watched")
    assert _terms("one hundred and thirty-five missions") == ["135", "mission"]
    assert _terms("two thousand five hundred and six") == ["2506"]
    assert _terms("two hundred million dollars") == _terms("$200 million")
    # "And" joins a number only to a number; "a hundred" and "hundreds" are left as they were.
    assert _terms("one hundred and the rest") == ["100", "rest"]
    assert _terms("a hundred people, hundreds more") == ["100", "people", "hundred"]


def test_a_score_or_a_range_is_one_figure():
    # Apart, "3-3" would be one "3", shared with every other three of the story.
    terms = [
        t for t, _, _ in content_terms(tokens("France drew 3-3 with Argentina on 18/19 June."))
    ]
    assert "3-3" in terms and "18-19" in terms and "3" not in terms
    # A figure and its scale are no score: "2.3 billion" is not "2.3-1000000000".
    terms = [t for t, _, _ in content_terms(tokens("a 2.3 billion deal, 12 million people"))]
    assert not [t for t in terms if "-" in t]


def test_a_sum_is_one_term_however_its_scale_is_written():
    def figures(text: str) -> list[str]:
        return [t for t, _, _ in content_terms(tokens(text)) if t[0].isdigit()]

    assert figures("a $2.3bn deal") == figures("a $2.3 billion deal") == ["2300000000"]
    assert figures("a deal worth 2.3 billion dollars") == ["2300000000"]
    assert figures("a £1.2m fee") == figures("a fee of 1.2 million pounds") == ["1200000"]
    assert figures("a 2.3 bn deal") == ["2300000000"]
    # In digits, as others write the same sum: "2,300 million", "$2,300,000,000".
    assert figures("a $2,300 million deal") == figures("a $2,300,000,000 deal") == ["2300000000"]
    assert figures("1.5 million people") == figures("1,500,000 people") == ["1500000"]
    # A currency written out is the sign another version writes: no word of its own.
    assert _terms("a 2.3 billion dollars deal") == _terms("a $2.3bn deal") == ["2300000000", "deal"]
    # Alone, "m" is a metre, not a million.
    assert figures("she ran 100 m") == ["100"]


def test_m_before_a_figure_is_a_magnitude():
    # Seismologists write "M 7.1" where reporters write "magnitude 7.1".
    assert _terms("The M 7.1 earthquake") == _terms("The magnitude 7.1 earthquake")
    assert _terms("The Mw 7.1 earthquake") == _terms("The magnitude 7.1 earthquake")
    assert "magnitu" not in _terms("M. Dupont said the M4 was closed")


def test_a_sentence_has_clauses_of_a_few_terms_each():
    text = (
        "The January 24, 2016 M 7.1 earthquake southwest of Anchorage, Alaska, occurred as the "
        "result of strike-slip faulting at intermediate depths."
    )
    found = clauses(tokens(text), text)
    # A date's comma and a state after its city make no clause of their own.
    assert found == [
        {"24", "2016", "magnitu", "7.1", "earthquake", "southwe", "anchora", "alaska", "january"},
        {"occur", "result", "strike", "slip", "fault", "interme", "depth"},
    ]


def test_a_unit_spelled_out_or_abbreviated_is_one_term():
    assert stem("km") == stem("kilometres") == stem("kilometers") == stem("kilometre")
    assert stem("kg") == stem("kilograms")


def test_disaster_reports_name_one_event_in_several_words():
    # "A blast at a chemical plant" and "an explosion at a chemical factory" report one event.
    assert stem("blast") == stem("explosion") == stem("exploded")
    assert stem("plant") == stem("factory")
    assert stem("blaze") == stem("fire")
    assert stem("hurt") == stem("injured")
    assert stem("firemen") == stem("firefighters")


def test_percent_is_one_word_however_an_outlet_writes_it():
    forms = ("Corvane rose 27% on Monday.", "Corvane rose 27 per cent on Monday.",
             "Corvane rose 27 percent on Monday.", "Corvane rose 27 per\ncent on Monday.")  # fmt: skip
    assert len({tuple(content_terms(tokens(text))) for text in forms}) == 1
    assert [t.surface for t in tokens("up 27%, or 5 per cent")] == [
        "up",
        "27",
        "%",
        "or",
        "5",
        "per cent",
    ]
    assert [t.norm for t in tokens("a 5% cut in the percentage")][2] == "percent"
    assert "%" not in [t.surface for t in tokens("a % sign alone")]  # a sign after no figure
