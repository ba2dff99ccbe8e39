"""Snapshots of what the reader sees: every screen and dialog, and the main screen in a light
theme.

The comparison is built here by hand from short fixed texts, so the snapshots change when the
app's look changes, not when the alignment engine gets better. Regenerate the baselines with
`pytest --snapshot-update tests/test_snapshots.py`, then look at them.
"""

from __future__ import annotations

import re

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import NewsdiffApp
from tui.core.model import (
    Comparison,
    Discrepancy,
    Entity,
    Member,
    Mention,
    Passage,
    Reading,
    Sentence,
    Span,
    Version,
    WordMark,
)

ARTICLES = {
    "Wire One": (
        "2023-09-18",
        "Blinken meets Han at the UN\n\n"
        "US Secretary of State Antony Blinken met Chinese Vice President Han Zheng on Monday. "
        "The two spoke for an hour in New York.\n\n"
        "Han said the relationship was “the most important” in the world. "
        "Blinken said the two countries must manage it responsibly.\n\n"
        "Read more: our China coverage",
    ),
    "Daily Two": (
        "2023-09-19",
        "US and China hold talks in New York\n\n"
        "Secretary of State Anthony Blinken met Vice President Han Zheng in New York on Monday. "
        "Blinken said the two countries must manage it responsibly. "
        "The talks lasted 90 minutes, officials said.",
    ),
    "Agency Three": (
        "2023-09-18",
        "Han tells Blinken ties are vital\n\n"
        "Han said the relationship was “the most important” on the planet. "
        "US Secretary of State Antony Blinken met Chinese Vice President Han Zheng on Monday. "
        "Beijing hopes for a meeting between the two presidents in November.",
    ),
}
SENTENCE_END = re.compile(r"(?<=\.)\s+|(?<=\.”)\s+")
WORD = re.compile(r"\w+")
BOILERPLATE = ("Read more",)
# (version, sentence) groups by hand: what a good aligner finds in the texts above.
GROUPS = [
    [(0, 1), (1, 1), (2, 2)],  # Blinken met Han
    [(0, 2), (1, 1)],  # in New York: Daily Two's lead tells this fact too
    [(0, 3), (2, 1)],  # "the most important"
    [(0, 4), (1, 2)],  # manage it responsibly
]
ENTITIES = [
    ("Antony Blinken", "person", ("Anthony Blinken", "Blinken")),
    ("Han Zheng", "person", ("Han",)),
    ("New York", "place", ()),
]


def split(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, block in enumerate(text.split("\n\n")):
        for piece in SENTENCE_END.split(block):
            start = text.index(piece, offset)
            offset = start + len(piece)
            sentences.append(
                Sentence(
                    len(sentences), start, offset, piece, piece.startswith(BOILERPLATE), paragraph
                )
            )
    return sentences


def words(text: str, sentence: Sentence) -> list[tuple[int, int, str]]:
    return [
        (sentence.start + m.start(), sentence.start + m.end(), m.group().casefold())
        for m in WORD.finditer(sentence.text)
    ]


def passage(index: int, group: list[tuple[int, int]], versions: tuple[Version, ...]) -> Passage:
    vocab = {
        v: {w for _, _, w in words(versions[v].text, versions[v].sentences[s])} for v, s in group
    }
    members = []
    for v, s in group:
        others = [o for o, _ in group if o != v]
        marks = []
        for start, end, w in words(versions[v].text, versions[v].sentences[s]):
            shared = sum(w in vocab[o] for o in others)
            kind = "" if shared == len(others) else "wording"
            if index == 0 and w in ("antony", "anthony"):
                kind = "discrepancy"
            elif index == 1 and w in ("hour", "90", "minutes"):
                kind = "added"
            marks.append(WordMark(start, end, shared, len(others), kind))
        members.append(Member(v, s, 0.8 - 0.05 * index, tuple(marks)))
    discrepancies = ()
    if index == 0:
        a, b = versions[0].text.index("Antony"), versions[1].text.index("Anthony")
        antony, anthony = Span(0, a, a + 6, "Antony"), Span(1, b, b + 7, "Anthony")
        discrepancies = (
            Discrepancy("name", (Reading("Antony", (antony,)), Reading("Anthony", (anthony,)))),
        )
    return Passage(index, tuple(members), round(0.8 - 0.05 * index, 2), (), discrepancies)


def entity(index: int, name: str, kind: str, variants: tuple[str, ...], versions) -> Entity:
    pattern = re.compile(
        "|".join(re.escape(n) for n in sorted((name, *variants), key=len, reverse=True))
    )
    mentions = tuple(
        Mention(v.id, m.start(), m.end(), m.group())
        for v in versions
        for m in pattern.finditer(v.text)
    )
    return Entity(index, name, kind, variants, mentions)


def handmade() -> Comparison:
    versions = tuple(
        Version(
            i,
            f"{label}.txt",
            f"{label}.txt",
            label,
            text.split("\n")[0],
            date,
            text,
            "utf-8",
            split(text),
            len(text.split()),
        )
        for i, (label, (date, text)) in enumerate(ARTICLES.items())
    )
    return Comparison(
        versions=versions,
        passages=tuple(passage(i, group, versions) for i, group in enumerate(GROUPS)),
        entities=tuple(entity(i, *spec, versions) for i, spec in enumerate(ENTITIES)),
        threshold=0.4,
    )


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def app() -> NewsdiffApp:
    made = NewsdiffApp(handmade())
    made.theme = "textual-dark"
    return made


async def open_field(pilot: Pilot, key: str) -> Input:
    """Open the dialog behind `key`; its text field keeps its cursor shown (a blinking one would
    make the snapshot depend on timing)."""
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    field = pilot.app.screen.query_one(Input)
    field.cursor_blink = False
    return field


async def export_to(pilot: Pilot, path: str) -> None:
    """Open the export dialog with a fixed file name (its default carries today's date)."""
    field = await open_field(pilot, "e")
    field.value = path


def test_main_screen_wide(snap_compare):
    # Two moves: the first passage's marks must be gone when the second is drawn.
    assert snap_compare(app(), terminal_size=(200, 50), press=["n", "n"])


def test_main_screen_marking_every_wording_difference(snap_compare):
    # `w`: the finer mode underlines every wording difference, not only what differs in fact.
    assert snap_compare(app(), terminal_size=(200, 50), press=["n", "w"])


def test_main_screen_on_a_sentence_that_tells_two_facts(snap_compare):
    # The second pane's lead, at its second fact: the gutter's count, the status line's list.
    assert snap_compare(app(), terminal_size=(120, 30), press=["2", "n", "n"])


def test_main_screen_reading_a_version_that_lacks_the_passage(snap_compare):
    # One passage on, which the second pane lacks: it keeps its place (a quiet cursor), the
    # status line says where the passage is.
    assert snap_compare(app(), terminal_size=(120, 30), press=["2", "n", "n", "n"])


def test_main_screen_narrow(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["j"])


def test_main_screen_in_a_light_theme(snap_compare):
    async def light(pilot: Pilot) -> None:
        await pilot.pause()
        pilot.app.theme = "textual-light"  # switched while running: the panes must follow

    assert snap_compare(app(), terminal_size=(120, 30), run_before=light, press=["n"])


def test_sidebar_after_choosing_an_entity(snap_compare):
    assert snap_compare(app(), terminal_size=(200, 50), press=["s", "enter"])


def test_sidebar_filtered_over_the_panes_at_80_columns(snap_compare):
    # The panes keep their width under the sidebar; the filter has the keys.
    assert snap_compare(app(), terminal_size=(80, 24), press=["s", *"blin"])


def test_passage_detail(snap_compare):
    assert snap_compare(app(), terminal_size=(200, 50), press=["n", "enter"])


def test_matrix(snap_compare):
    assert snap_compare(app(), terminal_size=(120, 30), press=["m"])


def test_story_table(snap_compare):
    assert snap_compare(app(), terminal_size=(120, 30), press=["n", "t"])


def test_search_with_a_query(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        await open_field(pilot, "slash")

    query = [*"blinken", "space", *"han"]
    assert snap_compare(app(), terminal_size=(120, 30), run_before=run_before, press=query)


def test_version_chooser(snap_compare):
    # The first version unticked: the dialog shows both states.
    assert snap_compare(app(), terminal_size=(120, 30), press=["v", "space"])


def test_export_dialog(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        await export_to(pilot, "story.html")

    assert snap_compare(app(), terminal_size=(120, 30), run_before=run_before)


def test_confirm_replacing_an_export(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a relative name: the question reads the same on every machine
    (tmp_path / "story.html").write_text("an older export", encoding="utf-8")

    async def run_before(pilot: Pilot) -> None:
        await export_to(pilot, "story.html")
        await pilot.press("enter")

    assert snap_compare(app(), terminal_size=(120, 30), run_before=run_before)


def test_help_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(200, 50), press=["question_mark"])
