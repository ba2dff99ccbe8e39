"""The panes show the text as written: a run the splitter cut into pieces for the aligner (a word
longer than its cap) reads on across the cut, while sentences still start their own lines."""

from __future__ import annotations

import pytest
from helpers import document

from tui.app import NewsdiffApp
from tui.core.comparison import compare
from tui.core.sentence_ends import MAX_SENTENCE_CHARS
from tui.core.sentences import split_sentences
from tui.widgets.pane_layout import layout
from tui.widgets.version_pane import HEADER_ROWS, VersionPane

SIZE = (200, 100)  # tall enough to show the whole word at once
# No letter follows the same one twice within 26: a row cut anywhere else reads differently.
WORD = "".join(chr(ord("a") + i * 7 % 26) for i in range(5000))
TEXTS = {
    "a.txt": f"The minister spoke in Geneva.\n\n{WORD}. Talks went well, officials said.\n",
    "b.txt": "The minister spoke in Geneva.\n\nTalks went well, officials said.\n",
}


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


@pytest.fixture
def app() -> NewsdiffApp:
    comparison = compare([document(text, name, path=name) for name, text in TEXTS.items()])
    pieces = comparison.versions[0].sentences[1:4]
    assert [len(p.text) for p in pieces] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 1001]
    return NewsdiffApp(comparison)


def row_text(pane: VersionPane, row: int) -> str:
    """A row of the pane's text (row 0 is the first under the header), gutter and all."""
    return "".join(segment.text for segment in pane.render_line(HEADER_ROWS + row))


def text_rows(pane: VersionPane) -> list[str]:
    """The text of every row, without the gutter, the overview strip and the edge."""
    rows = pane.virtual_size.height - HEADER_ROWS
    assert rows <= pane.scrollable_content_region.height - HEADER_ROWS  # all on screen
    start = pane.gutter_width
    return [row_text(pane, row)[start : start + pane.text_width].rstrip() for row in range(rows)]


async def test_a_word_cut_for_the_aligner_reads_on_across_the_cuts(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.main_screen.pane(0)
        rows = text_rows(pane)
        width = pane.text_width
        written = f"{WORD}."
        at = rows.index(WORD[:width])
        # The word's rows are the pane's width each, the cuts at 2,000 and 4,000 inside rows.
        assert rows[at:] == [
            *(written[i : i + width] for i in range(0, len(written), width)),
            "Talks went well, officials said.",
        ]
        # Normal sentences start their own lines, after a gap between paragraphs.
        assert rows[: at + 1] == ["The minister spoke in Geneva.", "", WORD[:width]]


async def test_the_cursor_marks_and_tints_each_piece_where_it_starts(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main_screen
        pane = main.pane(0)
        text, sentences = app.comparison.versions[0].text, app.comparison.versions[0].sentences
        assert pane.cursor == 0
        for piece in (1, 2, 3):
            await pilot.press("down")
            assert pane.cursor == piece
            row = pane.row_of(piece)
            line = pane.render_line(HEADER_ROWS + row)
            assert row_text(pane, row).startswith("▶")
            if piece < 3:  # the piece ends on the row where the next starts
                assert row_text(pane, pane.row_of(piece + 1))[0] == "┃"
            if piece == 1:
                continue
            # The piece starts inside the row, after the previous one's end: only it is tinted.
            column = pane.gutter_width + sentences[piece].start - pane._lines[row].start
            before, after = line.crop(column - 1, column), line.crop(column, column + 1)
            joint = sentences[piece].start
            assert before.text + after.text == text[joint - 1 : joint + 1]
            assert [s.style.bgcolor for s in after] != [s.style.bgcolor for s in before]
        await pilot.press("down")
        assert pane.cursor == 4 and "Talks went well" in row_text(pane, pane.row_of(4))


async def test_a_click_on_a_row_of_two_pieces_chooses_the_one_under_it(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main_screen
        pane = main.pane(0)
        sentences = app.comparison.versions[0].sentences
        row = pane.row_of(2)
        assert pane.row_of(1) < row < pane._line_range[1].stop  # the row ends piece 1
        column = pane.gutter_width + sentences[2].start - pane._lines[row].start
        for x, wanted in ((column - 1, 1), (column, 2), (column - 1, 1)):
            await pilot.click(pane, offset=(x, HEADER_ROWS + row))
            await pilot.pause()
            assert pane.cursor == wanted


def test_sentences_that_touch_in_chinese_still_start_their_own_lines():
    text = "外交部长周一在日内瓦表示会谈进展顺利。官员们说双方讨论了贸易问题。"
    sentences = split_sentences(text)
    assert len(sentences) == 2 and sentences[1].start == sentences[0].end
    lines = layout(text, sentences, 80, False, len)
    assert [(line.sentence, line.first) for line in lines] == [(0, True), (1, True)]
