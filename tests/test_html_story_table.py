"""The page's story table: a toggle at the top, a row per passage or unique sentence, a column per
version, article text escaped, discrepancies marked."""

from __future__ import annotations

from html.parser import HTMLParser

from helpers import document

from tui.core.comparison import compare
from tui.core.export_html import to_html
from tui.core.story_table import cell, story_rows


class Table(HTMLParser):
    """The cells of the page's story table, as text, row by row, and the tags inside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.rows: list[list[str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.hidden: bool | None = None
        self.in_cell = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "section" and attributes.get("id") == "story":
            self.inside, self.hidden = True, "hidden" in attributes
        elif self.inside:
            self.tags.append((tag, attributes))
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.rows[-1].append("")
                self.in_cell = True

    def handle_endtag(self, tag):
        if tag == "section":
            self.inside = False
        self.in_cell = self.in_cell and tag not in ("td", "th")

    def handle_data(self, data):
        if self.in_cell:
            self.rows[-1][-1] += data


def table_of(page: str) -> Table:
    parser = Table()
    parser.feed(page)
    parser.close()
    return parser


def test_the_page_has_the_toggle_first_and_the_table_hidden(seed_comparison):
    page = to_html(seed_comparison)
    assert page.index('id="view-table"') < page.index('class="panels"') < page.index('id="story"')
    table = table_of(page)
    assert table.hidden is True
    header, *body = table.rows
    assert header == ["#", *(v.label for v in seed_comparison.versions), "in"]
    rows = story_rows(seed_comparison)
    assert len(body) == len(rows)
    for shown, row in zip(body, rows, strict=True):
        assert shown[0] == (str(row.passage.id + 1) if row.passage else "†")
        for v in range(len(seed_comparison.versions)):
            expected = cell(seed_comparison, row, v).text if row.cells[v] else "—"
            assert shown[1 + v] == expected
        assert shown[-1] == f"{row.support}/5"


def test_discrepancies_are_marked_in_their_cells(seed_comparison):
    table = table_of(to_html(seed_comparison))
    marks = [a.get("class") for tag, a in table.tags if tag == "mark"]
    assert marks.count("x") >= 1 and set(marks) <= {"x", "x var"}
    assert sum(len(cell(seed_comparison, r, v).marks) for r in story_rows(seed_comparison)
               for v in range(5)) == len(marks)  # fmt: skip


def test_article_text_and_labels_are_escaped_in_the_table():
    hostile = 'Officials said <script>window.__pwned=1</script> & <img src=x onerror="x()"> more.\n'
    comparison = compare(
        [
            document(hostile, "a.txt", label="<b>A</b>"),
            document(hostile.replace("more", "less"), "b.txt", label='"B'),
            document("=cmd|' /C calc'!A0 is a formula a spreadsheet would run.\n", "c.txt"),
        ]
    )
    table = table_of(to_html(comparison))
    assert {tag for tag, _ in table.tags} <= {"table", "caption", "thead", "tbody", "tr", "th",
                                              "td", "a", "mark"}  # fmt: skip
    assert table.rows[0][1:3] == ["<b>A</b>", '"B']
    assert any("<script>window.__pwned=1</script>" in text for row in table.rows for text in row)
    for tag, attributes in table.tags:
        assert not any(name.startswith("on") for name in attributes)
        if tag == "a":
            assert attributes["href"].startswith("#")
