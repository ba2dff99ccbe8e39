"""The HTML export: structure, escaping, links that resolve, no network, and the --html option."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import WORLD_CUP, document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.core import export_html
from tui.core.comparison import compare
from tui.core.export_html import to_html
from tui.core.html_columns import support_class
from tui.core.model import (
    Comparison,
    Document,
    Entity,
    Member,
    Mention,
    Passage,
    Sentence,
    Version,
    WordMark,
)

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}
HOSTILE = (
    "Officials said <script>window.__pwned=1</script> nothing more.\n\n"
    'A photo <img src=x onerror="window.__pwned=1"> was shown. The page ended </style> here.\n\n'
    'Readers saw <a href="javascript:window.__pwned=1">x</a> and “quotes” & ampersands.\n'
)


class Page(HTMLParser):
    """Parses an exported page, checking that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.sentence_text: dict[str, list[str]] = {}
        self.open_sentences: list[tuple[int, str]] = []  # (stack depth, id)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._raw: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag in VOID:
            return
        self.stack.append(tag)
        classes = (attributes.get("class") or "").split()
        if tag == "span" and "s" in classes and attributes.get("id", "").startswith("s-"):
            self.open_sentences.append((len(self.stack), attributes["id"]))
            self.sentence_text[attributes["id"]] = []
        if tag in ("script", "style"):
            self._raw = ""

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self.open_sentences and self.open_sentences[-1][0] == len(self.stack):
            self.open_sentences.pop()
        if tag == "script":
            self.scripts.append(self._raw or "")
            self._raw = None
        if tag == "style":
            self.styles.append(self._raw or "")
            self._raw = None
        self.stack.pop()

    def handle_data(self, data):
        if self._raw is not None:
            self._raw += data
        for _, sentence_id in self.open_sentences:
            self.sentence_text[sentence_id].append(data)

    def text_of(self, sentence_id: str) -> str:
        return "".join(self.sentence_text[sentence_id])


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:5]
    assert parser.stack == [], parser.stack
    return parser


def shown(text: str) -> str:
    """What the page shows for a piece of article text (unprintables replaced)."""
    return "".join(
        "\ufffd"
        if (ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
        else c
        for c in text
    )


def outlet(text: str, label: str = "Outlet", title: str = "", n: int = 0) -> Document:
    """A version as a page shows it: labelled, titled by its first line unless told."""
    return document(
        text, f"{n}.txt", label=label, title=title or text.split("\n", 1)[0], path=f"/tmp/{n}.txt"
    )


@pytest.fixture(scope="module")
def seed_page(seed_comparison) -> str:
    return to_html(seed_comparison)


@pytest.fixture(scope="module")
def hostile_comparison() -> Comparison:
    return compare(
        [
            outlet(HOSTILE, label='<script>window.__pwned=1</script>"Label', n=0),
            outlet(HOSTILE.replace("nothing more", "little else"), label="</style>", n=1),
            outlet("Unrelated: <b>bold</b> words </script> end.\n", label="javascript:x", n=2),
        ]
    )


# ---------------------------------------------------------------- structure


def test_seed_page_is_well_formed_with_the_expected_landmarks(seed_page, seed_comparison):
    page = parse(seed_page)
    assert seed_page.startswith('<!DOCTYPE html>\n<html lang="en">')
    tags = [tag for tag, _ in page.elements]
    for landmark in ("header", "main", "nav", "h1", "footer"):
        assert landmark in tags
    assert tags.count("main") == 1 and tags.count("h1") == 1
    articles = [attrs for tag, attrs in page.elements if tag == "article"]
    assert len(articles) == len(seed_comparison.versions) == 5
    for version, attrs in zip(seed_comparison.versions, articles, strict=True):
        assert attrs["id"] == f"v{version.id}"
        assert attrs["aria-label"] == f"Version {version.id + 1}: {version.label}"


def test_the_same_comparison_gives_the_same_page(seed_page, seed_comparison):
    # Shared exports diff cleanly, and no state leaks from one export into the next.
    assert to_html(seed_comparison) == seed_page


def test_ids_are_unique(seed_page):
    page = parse(seed_page)
    assert len(page.ids) == len(set(page.ids))


def test_every_sentence_is_present_in_order_with_its_text(seed_page, seed_comparison):
    page = parse(seed_page)
    for version in seed_comparison.versions:
        for sentence in version.sentences:
            assert page.text_of(f"s-v{version.id}-{sentence.id}") == shown(sentence.text)
        ids = [i for i in page.sentence_text if i.startswith(f"s-v{version.id}-")]
        assert ids == [f"s-v{version.id}-{s.id}" for s in version.sentences]


def test_sentences_carry_passage_support_and_a_non_color_mark(seed_page, seed_comparison):
    page = parse(seed_page)
    spans = {a["id"]: a for tag, a in page.elements if tag == "span" and "data-support" in a}
    n = len(seed_comparison.versions)
    several = 0
    for version in seed_comparison.versions:
        for sentence in version.sentences:
            attrs = spans[f"s-v{version.id}-{sentence.id}"]
            support = seed_comparison.support_of(version.id, sentence.id)
            passages = seed_comparison.passages_of(version.id, sentence.id)
            assert attrs["data-support"] == str(support)
            if passages:
                assert attrs["data-p"] == " ".join(str(p.id + 1) for p in passages)
                facts = f" ×{len(passages)}" if len(passages) > 1 else ""
                assert attrs["data-mark"] == f"{support}/{n}{facts}"
                several += len(passages) > 1
            else:
                assert "data-p" not in attrs
                assert attrs.get("data-mark") == ("†" if support == 1 else None)
            # Five versions: 2, 3 and 4 of them each a grade of their own.
            expected = {0: "bp", 1: "uni", 2: "sev g1", 3: "sev g2", 4: "sev g3", n: "all"}
            assert attrs["class"].removesuffix(" cont") == f"s {expected[support]}"
    assert several, "some seed sentence tells several facts"


@pytest.mark.parametrize(
    ("total", "grades"),
    [(3, ["g1"]), (4, ["g1", "g2"]), (5, ["g1", "g2", "g3"]), (8, "g1 g1 g2 g2 g3 g3".split())],
)
def test_several_versions_are_graded_from_fewest_to_most(total, grades):
    classes = [support_class(k, total) for k in range(total + 1)]
    assert classes == ["bp", "uni", *(f"sev {g}" for g in grades), "all"]


def test_a_word_cut_for_the_aligner_is_shown_as_written():
    word = "".join(chr(0x61 + i % 26) for i in range(5000))
    text = f"Officials said {word} today. Nothing more.\n"
    comparison = compare([document(text, "a.txt"), document(text, "b.txt")])
    pieces = comparison.versions[0].sentences
    assert len(pieces) > 2, "the aligner gets the word in bounded pieces"
    assert all(s.text == text[s.start : s.end] for s in pieces)
    column = to_html(comparison).split('id="v0"')[1].split("</article>")[0]
    paragraph = re.sub(r"<[^>]+>", "", column.split('<p dir="auto">')[1].split("</p>")[0])
    assert paragraph == text.strip()  # no space inserted where the word was cut


def test_every_passage_has_one_anchor_and_the_summary_counts(seed_page, seed_comparison):
    page = parse(seed_page)
    for passage in seed_comparison.passages:
        assert page.ids.count(f"p{passage.id + 1}") == 1
    n = len(seed_comparison.versions)
    by_all = sum(1 for p in seed_comparison.passages if p.support == n)
    summary = re.search(r'<p class="summary">(.*?)</p>', seed_page).group(1)
    text = re.sub(r"<[^>]+>", "", summary)
    assert (
        text == f"{n} versions · {len(seed_comparison.passages)} passages · {by_all} shared by all"
    )


def test_a_lead_that_tells_three_facts_carries_them_all_and_anchors_each():
    comparison = compare([outlet(text, n=i) for i, text in enumerate(WORLD_CUP)])
    assert [len(comparison.passages_of(0, 0)), len(comparison.passages)] == [3, 3]
    page = to_html(comparison)
    lead = re.search(r'<span ([^>]*id="s-v0-0"[^>]*)>', page).group(1)
    assert 'data-p="1 2 3"' in lead and 'data-mark="2/2 ×3"' in lead
    # Each passage's one anchor stands at its first member: all three at the lead.
    assert re.search(
        r'<span class="anchor" id="p1"></span><span class="anchor" id="p2"></span>'
        r'<span class="anchor" id="p3"></span><span [^>]*id="s-v0-0"',
        page,
    )
    for sentence, number in ((0, 1), (2, 2), (4, 3)):
        counterpart = re.search(rf'<span ([^>]*id="s-v1-{sentence}"[^>]*)>', page).group(1)
        assert f'data-p="{number}"' in counterpart and 'data-mark="2/2"' in counterpart
    for sentence in (1, 3):
        assert 'data-mark="†"' in re.search(rf'<span [^>]*id="s-v1-{sentence}"[^>]*>', page)[0]
    assert "tells two facts" in page  # the legend explains the mark
    # Drawn once, the lead marks the words none of its three passages shares: not the words
    # one of them shares ("Argentina", "Messi", "Lusail").
    body = re.search(r'id="s-v0-0"[^>]*>(.*?)</p>', page).group(1)
    marked = " ".join(re.findall(r'<mark class="w">([^<]*)</mark>', body))
    assert "Sunday" in marked
    assert not {"Argentina", "Messi", "Lusail"} & set(marked.split())


def test_all_in_page_links_resolve(seed_page):
    page = parse(seed_page)
    ids = set(page.ids)
    for tag, attrs in page.elements:
        if tag == "a":
            assert attrs["href"].startswith("#"), attrs
            assert attrs["href"][1:] in ids, attrs["href"]
        for target in (attrs.get("data-mentions") or "").split():
            assert target in ids


def test_entity_index_links_each_entity_to_its_mentions(seed_page, seed_comparison):
    page = parse(seed_page)
    entries = {
        a.get("data-mentions"): a
        for tag, a in page.elements
        if tag == "a" and a.get("class") == "ent"
    }
    assert seed_comparison.entities
    assert len(entries) == len(seed_comparison.entities)
    for entity in seed_comparison.entities:
        wanted = list(dict.fromkeys(f"m-v{m.version}-{m.start}" for m in entity.mentions))
        link = entries[" ".join(wanted)]
        assert link["href"] == f"#{wanted[0]}"
        assert set(wanted) <= set(page.ids)  # every mention has its anchor in a column


def test_discrepancies_are_listed_per_passage_and_marked_in_the_text(seed_page, seed_comparison):
    with_discrepancies = [p for p in seed_comparison.passages if p.discrepancies]
    if not with_discrepancies:
        pytest.skip("the engine finds no discrepancy in the seeds")
    for passage in with_discrepancies:
        assert (
            '<a class="plink' in seed_page
            and f'href="#p{passage.id + 1}">Passage {passage.id + 1}</a>' in seed_page
        )
    assert seed_page.count('<mark class="x"') >= 1


def test_differing_words_are_marked_and_shared_ones_are_not():
    text_a = "The minister met the envoy in Paris on Monday.\n"
    text_b = "The minister met the envoy in Rome on Monday.\n"
    comparison = compare([outlet(text_a, n=0), outlet(text_b, n=1)])
    page = to_html(comparison)
    marked = re.findall(r'<mark class="w">([^<]*)</mark>', page)
    assert "Paris" in "".join(marked) and "Rome" in "".join(marked)
    assert "minister" not in "".join(marked)


# ---------------------------------------------------------------- self-contained and safe


def test_no_external_resources(seed_page):
    lowered = seed_page.lower()
    for needle in ("http://", "https://", "<link", "@import", "url(", "src=", "@font-face"):
        assert needle not in lowered, needle


def test_csp_allows_exactly_the_inline_style_and_script(seed_page):
    page = parse(seed_page)
    assert len(page.scripts) == 1 and len(page.styles) == 1
    csp = next(
        a["content"] for t, a in page.elements if a.get("http-equiv") == "Content-Security-Policy"
    )

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()

    assert f"script-src 'sha256-{digest(page.scripts[0])}'" in csp
    assert f"style-src 'sha256-{digest(page.styles[0])}'" in csp
    assert "default-src 'none'" in csp
    # Nothing in the assets could end their own element early.
    assert "</" not in page.scripts[0] and "</" not in page.styles[0]


def test_hostile_text_and_labels_are_escaped_everywhere(hostile_comparison):
    page_text = to_html(hostile_comparison)
    page = parse(page_text)
    assert len(page.scripts) == 1 and len(page.styles) == 1
    assert [t for t, _ in page.elements if t in ("img", "b", "script")] == ["script"]
    assert "window.__pwned" not in page.scripts[0]
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith("#")
    # The text is all there, shown literally.
    for version in hostile_comparison.versions:
        for sentence in version.sentences:
            assert page.text_of(f"s-v{version.id}-{sentence.id}") == sentence.text
    shown_text = " ".join("".join(parts) for parts in page.sentence_text.values())
    for piece in (
        "<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=1">',
        "</style>",
        '<a href="javascript:window.__pwned=1">x</a>',
    ):
        assert piece in shown_text
    assert 'aria-label="Version 1: &lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;Label"' in (
        page_text
    )


def test_control_characters_and_lone_surrogates_cannot_break_the_file():
    text = "Breaking \x1b[31mred\x1b[0m news\x00 here. Second \ud800 sentence \x85 ends.\n"
    page = to_html(compare([outlet(text, n=0), outlet(text, n=1)]))
    page.encode("utf-8")  # would raise on a lone surrogate
    assert "\x1b" not in page and "\x00" not in page and "\x85" not in page
    assert "\ufffd[31mred" in page


TOKENS = [*"ab <>&\"'/=\n.;:!?é“”\x1b", "script", "Paris ", "Rome ", "17 ", "Han Zheng "]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
        min_size=1,
        max_size=3,
    )
)
def test_any_text_gives_a_well_formed_page_showing_it_literally(texts):
    comparison = compare([outlet(t, n=i) for i, t in enumerate(texts)])
    page = parse(to_html(comparison))
    assert len(page.scripts) == 1 and len(page.styles) == 1
    for version in comparison.versions:
        for sentence in version.sentences:
            assert page.text_of(f"s-v{version.id}-{sentence.id}") == shown(sentence.text)


def test_overlapping_mentions_and_marks_nest_properly():
    # "Vice President Han Zheng" holds two crossing mentions and a differing-word run.
    text = "Vice President Han Zheng spoke."
    sentence = Sentence(0, 0, len(text), text)
    version = Version(0, "a", "a.txt", "A", "T", None, text, "utf-8", (sentence,), 5)
    other = Version(1, "b", "b.txt", "B", "T", None, text, "utf-8", (sentence,), 5)
    words = (WordMark(5, 14, 0, 1, "added"), WordMark(15, 18, 0, 1, "added"))  # "President", "Han"
    passage = Passage(0, (Member(0, 0, 0.9, words), Member(1, 0, 0.9, ())), 0.9)
    entities = (
        Entity(0, "Vice President", "person", (), (Mention(0, 0, 14, "Vice President"),)),
        Entity(1, "Han Zheng", "person", (), (Mention(0, 15, 24, "Han Zheng"),)),
        Entity(2, "President Han", "person", (), (Mention(0, 5, 18, "President Han"),)),
    )
    comparison = Comparison((version, other), (passage,), entities, 0.4)
    page_text = to_html(comparison)
    page = parse(page_text)
    assert page.text_of("s-v0-0") == text
    body = re.search(r'id="s-v0-0"[^>]*>(.*?)</span></p>', page_text).group(1)
    assert body == (
        '<span class="m" id="m-v0-0">Vice <span class="m" id="m-v0-5"><mark class="a">'
        'President</mark></span></span><span class="m" data-m="m-v0-5"><mark class="a"> </mark>'
        '<span class="m" id="m-v0-15"><mark class="a">Han</mark></span></span>'
        '<span class="m" data-m="m-v0-15"> Zheng</span> spoke.'
    )


def test_a_single_version_and_an_empty_one_still_export():
    comparison = compare([outlet("Only one story here. It has two sentences.\n", n=0)])
    page = parse(to_html(comparison))
    assert "only one version" in to_html(comparison)
    assert len([1 for t, _ in page.elements if t == "article"]) == 1
    empty = compare([outlet("", n=0), outlet("Something.\n", n=1)])
    parse(to_html(empty))


# ---------------------------------------------------------------- the --html option


def test_html_option_writes_the_page(tmp_path):
    out = tmp_path / "page.html"
    assert main(["--html", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.count("<article") == 5


def test_html_to_stdout(capsys):
    assert main(["--html", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


def test_existing_output_needs_force(tmp_path, capsys):
    out = tmp_path / "page.html"
    out.write_text("keep me", encoding="utf-8")
    assert main(["--html", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: ") and err.count("\n") == 1 and "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["--html", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_unwritable_html_output_is_one_line_error(tmp_path, capsys):
    assert main(["--html", str(tmp_path / "missing" / "page.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: ") and err.count("\n") == 1


def test_the_legend_names_every_key_the_page_scripts_answer(seed_comparison):
    """A key the page answers but the legend never names is a key no reader finds."""
    assets = Path(export_html.__file__).parent / "html_assets"
    scripts = "".join(path.read_text(encoding="utf-8") for path in assets.glob("*.js"))
    keys = set(re.findall(r'event\.key === "(\w)"', scripts))
    keys |= set(re.findall(r"^\s+(\w): ", scripts, flags=re.MULTILINE))  # ACTIONS and KEYS
    assert {"n", "p", "u", "U", "t"} <= keys
    legend = re.search(r'<section class="legend".*?</section>', to_html(seed_comparison), re.S)[0]
    assert keys <= set(re.findall(r"<kbd>(\w)</kbd>", legend))
