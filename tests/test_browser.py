"""The exported page in a real browser (Debian's chromium through Playwright): columns render,
passages sync, fragments and entity links work, hostile text runs nothing, nothing leaves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import WORLD_CUP, document

from tui.core.comparison import compare
from tui.core.export_html import to_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
HOSTILE_PIECES = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</style>",
    '<a href="javascript:window.__pwned=1">x</a>',
)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("NEWSDIFF_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and NEWSDIFF_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def seeds_url(seed_comparison, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    path.write_text(to_html(seed_comparison), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory) -> str:
    body = (
        f"Officials said {HOSTILE_PIECES[0]} and little else on Monday.\n\n"
        f"A photo {HOSTILE_PIECES[1]} was shown in Paris.\n\n"
        f"The page ended {HOSTILE_PIECES[2]} early. Readers saw {HOSTILE_PIECES[3]} twice.\n"
    )
    documents = [
        document(text, f"{i}.txt", label=label, title=title, path=f"/x/{i}.txt")
        for i, (text, label, title) in enumerate(
            [
                (body, HOSTILE_PIECES[0], HOSTILE_PIECES[1]),
                (body.replace("Monday", "Tuesday"), HOSTILE_PIECES[2], HOSTILE_PIECES[3]),
            ]
        )
    ]
    path = tmp_path_factory.mktemp("html") / "hostile.html"
    path.write_text(to_html(compare(documents)), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def world_cup_url(tmp_path_factory) -> str:
    """A lead that tells three facts, which the other version tells in three sentences apart."""
    documents = [
        document(text, f"{i}.txt", label=f"Outlet {i}", path=f"/x/{i}.txt")
        for i, text in enumerate(WORLD_CUP)
    ]
    comparison = compare(documents)
    assert [[(m.version, m.sentence) for m in p.members] for p in comparison.passages] == [
        [(0, 0), (1, 0)],
        [(0, 0), (1, 2)],
        [(0, 0), (1, 4)],
    ]
    path = tmp_path_factory.mktemp("html") / "world-cup.html"
    path.write_text(to_html(comparison), encoding="utf-8")
    return path.as_uri()


class Watched:
    """A page with everything that could go wrong recorded: requests, console errors, dialogs."""

    def __init__(self, browser, url: str, viewport: dict, **options) -> None:
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page = browser.new_page(viewport=viewport, **options)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(url, wait_until="load")

    def _console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def assert_clean(self) -> None:
        assert self.problems == []
        outside = [u for u in self.requests if not u.startswith(("file://", "data:"))]
        assert outside == []
        self.page.close()


def in_column_view(page, selector: str) -> bool:
    """Whether the element is inside the visible part of its column's scrolling text."""
    return page.evaluate(
        """(selector) => {
            const el = document.querySelector(selector);
            const box = el.getBoundingClientRect();
            const body = el.closest('.col-body').getBoundingClientRect();
            return box.top >= body.top && box.bottom <= body.bottom;
        }""",
        selector,
    )


def wait_in_column_view(page, selector: str) -> None:
    """Wait (smooth scrolling takes a moment) until the element's top shows in its column."""
    page.wait_for_function(
        """(selector) => {
            const el = document.querySelector(selector);
            const box = el.getBoundingClientRect();
            const body = el.closest('.col-body').getBoundingClientRect();
            return box.top >= body.top && box.top < body.bottom;
        }""",
        arg=selector,
        timeout=3000,
    )


def test_all_columns_render_with_their_sentences(browser, seeds_url, seed_comparison):
    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    columns = page.locator("main article.col")
    assert columns.count() == len(seed_comparison.versions) == 5
    for version in seed_comparison.versions:
        column = page.locator(f"#v{version.id}")
        assert column.is_visible()
        assert column.locator(".s").count() == len(version.sentences)
        first = version.sentences[0]
        text = column.locator(f"#s-v{version.id}-{first.id}").text_content()
        assert text == first.text
    boxes = [columns.nth(i).bounding_box() for i in range(5)]
    assert len({round(b["y"]) for b in boxes}) == 1, "side by side"
    assert all(b["width"] >= 250 for b in boxes)
    watched.assert_clean()


def test_clicking_a_sentence_marks_its_passage_and_scrolls_the_other_columns(
    browser, seeds_url, seed_comparison
):
    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    # A passage whose sentence in another column starts out of view, so scrolling must happen.
    target = None
    for passage in seed_comparison.passages:
        first = passage.members[0]
        others = [m for m in passage.members if m.version != first.version]
        hidden = [m for m in others if not in_column_view(page, f"#s-v{m.version}-{m.sentence}")]
        if hidden:
            target = (passage, first, hidden)
            break
    assert target, "the seeds' columns are long enough for some passage to start out of view"
    passage, first, hidden = target
    page.click(f"#s-v{first.version}-{first.sentence}")
    for member in passage.members:
        selector = f"#s-v{member.version}-{member.sentence}"
        assert "sel" in page.get_attribute(selector, "class").split()
    for member in hidden:
        wait_in_column_view(page, f"#s-v{member.version}-{member.sentence}")
    assert page.locator("main .s.sel").count() == len(passage.members)
    lacking = {v.id for v in seed_comparison.versions} - set(passage.versions)
    for version in lacking:
        assert "lacks" in page.get_attribute(f"#v{version}", "class").split()
    assert page.evaluate("location.hash") == f"#p{passage.id + 1}"
    watched.assert_clean()


def test_fragment_selects_a_passage_on_load_and_on_hashchange(browser, seeds_url, seed_comparison):
    assert len(seed_comparison.passages) > 5
    watched = Watched(browser, seeds_url + "#p3", DESKTOP)
    page = watched.page
    members = seed_comparison.passages[2].members  # passage 3, counted from 1 as in the app
    page.wait_for_function(
        f"() => document.querySelectorAll('main .s.sel').length === {len(members)}"
    )
    for member in members:
        selector = f"#s-v{member.version}-{member.sentence}"
        assert "sel" in page.get_attribute(selector, "class")
        wait_in_column_view(page, selector)
    page.evaluate("location.hash = '#p5'")
    page.wait_for_function(
        "() => document.querySelector('main .s.sel')?.dataset.p.split(' ').includes('5')"
    )
    assert page.locator("main .s.sel").count() == len(seed_comparison.passages[4].members)
    watched.assert_clean()


def selected_passage(page) -> int | None:
    """The passage every marked sentence stands in, None when none is marked."""
    lists = page.eval_on_selector_all("main .s.sel", "els => els.map(e => e.dataset.p.split(' '))")
    common = set.intersection(*(set(ids) for ids in lists)) if lists else set()
    assert len(common) <= 1 or not lists, lists
    return int(common.pop()) if lists and len(common) == 1 else None


def members_marked(page, passage) -> None:
    marked = page.eval_on_selector_all("main .s.sel", "els => els.map(e => e.id)")
    assert sorted(marked) == sorted(f"s-v{m.version}-{m.sentence}" for m in passage.members)


def test_n_and_p_step_through_every_passage_once_in_number_order(
    browser, seeds_url, seed_comparison
):
    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    total = len(seed_comparison.passages)
    visited = []
    for _ in range(total + 1):  # one more than there are: it stays on the last
        page.keyboard.press("n")
        visited.append(selected_passage(page))
        members_marked(page, seed_comparison.passages[visited[-1] - 1])
    assert visited == [*range(1, total + 1), total]
    assert page.evaluate("location.hash") == f"#p{total}"
    assert f"No more passages this way (passage {total} of {total})" in page.text_content("#status")
    page.keyboard.press("p")
    assert selected_passage(page) == total - 1
    page.keyboard.press("Escape")
    assert selected_passage(page) is None
    assert page.evaluate("location.hash") == ""  # a reload would not select it again
    watched.assert_clean()


def test_a_sentence_that_tells_three_facts_shows_them_one_click_after_the_other(
    browser, world_cup_url
):
    watched = Watched(browser, world_cup_url, DESKTOP)
    page = watched.page
    mark = page.evaluate("getComputedStyle(document.querySelector('#s-v0-0'), '::after').content")
    assert "×3" in mark  # a mark that is not a colour
    page.click("#s-v0-0")
    assert selected_passage(page) == 1
    assert "tells 3 facts (passages 1, 2, 3)" in page.text_content("#status")
    for number, counterpart in ((2, 2), (3, 4), (1, 0)):  # each click the next fact, round again
        page.click("#s-v0-0")
        assert selected_passage(page) == number
        marked = page.eval_on_selector_all("main .s.sel", "els => els.map(e => e.id)")
        assert sorted(marked) == ["s-v0-0", f"s-v1-{counterpart}"]
        assert page.evaluate("location.hash") == f"#p{number}"
    page.click("#s-v1-4")  # another sentence: its own passage
    assert selected_passage(page) == 3
    page.click("#s-v0-0")  # the lead tells it too: it stays
    assert selected_passage(page) == 3
    watched.assert_clean()


def test_hovering_marks_the_selected_passage_a_sentence_tells_else_its_first(
    browser, world_cup_url
):
    # Passage 2's one anchor is at the lead, whose first passage is another one.
    watched = Watched(browser, world_cup_url + "#p2", DESKTOP)
    page = watched.page
    page.wait_for_function("() => document.querySelectorAll('main .s.sel').length === 2")
    assert selected_passage(page) == 2

    def hovered() -> list[str]:
        return sorted(page.eval_on_selector_all("main .s.hov", "els => els.map(e => e.id)"))

    page.hover("#s-v0-0")
    assert hovered() == ["s-v0-0", "s-v1-2"]  # the selected passage, which the lead tells
    page.hover("#s-v1-4")
    assert hovered() == ["s-v0-0", "s-v1-4"]
    page.keyboard.press("Escape")
    page.hover("#s-v0-0")
    assert hovered() == ["s-v0-0", "s-v1-0"]  # nothing selected: its first
    watched.assert_clean()


def test_an_entity_link_scrolls_to_a_mention_and_flashes_it(browser, seeds_url):
    from playwright.sync_api import expect

    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    links = page.locator("a.ent")
    assert links.count() > 0
    # Take an entity whose first mention is not on screen yet.
    chosen = None
    for i in range(links.count()):
        target = links.nth(i).get_attribute("href")[1:]
        if not in_column_view(page, f"#{target}"):
            chosen = (links.nth(i), target)
            break
    assert chosen, "some mention starts out of view"
    link, target = chosen
    link.click()
    mention = page.locator(f"#{target}")
    expect(mention).to_be_in_viewport()
    assert "flash" in mention.get_attribute("class").split()
    assert in_column_view(page, f"#{target}")
    # A filled presence dot shows that version's first mention.
    entry = page.locator("li:has(> .dots .dot:not(.off)):has(> a.ent)").last
    dots = entry.locator(".dot")
    index = max(i for i in range(dots.count()) if "off" not in dots.nth(i).get_attribute("class"))
    first = next(
        m
        for m in entry.locator("a.ent").get_attribute("data-mentions").split()
        if m.startswith(f"m-v{index}-")
    )
    dots.nth(index).click()
    expect(page.locator(f"#{first}")).to_be_in_viewport()
    watched.assert_clean()


def test_a_discrepancy_links_to_its_words_in_the_column(browser, seeds_url, seed_comparison):
    from playwright.sync_api import expect

    if not any(p.discrepancies for p in seed_comparison.passages):
        pytest.skip("the engine finds no discrepancy in the seeds")
    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    links = page.locator("a.xq")
    assert links.count() > 0
    link = links.last
    target = link.get_attribute("href")[1:]
    link.click()
    words = page.locator(f"#{target}")
    expect(words).to_be_in_viewport()
    assert "flash" in words.get_attribute("class").split()
    assert words.text_content() == link.text_content()
    passage = words.locator(
        "xpath=ancestor::span[contains(@class, ' s ') or starts-with(@class, 's ')]"
    )
    assert "sel" in passage.get_attribute("class").split()
    watched.assert_clean()


def test_all_wording_marks_every_wording_difference_and_is_remembered(browser, seeds_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(seeds_url, wait_until="load")
    wording = page.locator("#columns mark.w").first

    def underlined() -> bool:
        return "underline" in wording.evaluate("el => getComputedStyle(el).textDecorationLine")

    box = page.locator("#all-wording")
    assert not box.is_checked() and not underlined()
    assert page.locator("#columns mark.a, #columns mark.x").count() > 0
    box.check()
    assert underlined()
    again = context.new_page()  # the browser remembers the choice for the next page
    again.goto(seeds_url, wait_until="load")
    assert again.locator("#all-wording").is_checked()
    assert "all-wording" in again.locator("body").get_attribute("class").split()
    again.locator("#all-wording").uncheck()
    assert not again.locator("#columns mark.w").first.evaluate(
        "el => getComputedStyle(el).textDecorationLine.includes('underline')"
    )
    context.close()


def test_the_hostile_page_runs_nothing_and_shows_the_text(browser, hostile_url):
    watched = Watched(browser, hostile_url, DESKTOP)
    page = watched.page
    page.wait_for_timeout(200)  # let any (blocked) handler have its chance
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img, main a[href^='javascript'], body script").count() == 1
    shown = page.evaluate("document.querySelector('main').innerText")
    for piece in HOSTILE_PIECES:
        assert piece in shown
    header = page.evaluate("document.querySelector('header').innerText")
    assert HOSTILE_PIECES[1] in header  # the title, shown as text
    # Clicking and keys still work on a page full of markup-like text.
    page.keyboard.press("n")
    assert page.locator("main .s.sel").count() >= 2
    watched.assert_clean()


def test_phone_width_stacks_the_versions(browser, seeds_url):
    watched = Watched(browser, seeds_url, PHONE, is_mobile=True, has_touch=True)
    page = watched.page
    boxes = [page.locator(f"#v{i}").bounding_box() for i in range(5)]
    assert len({round(b["x"]) for b in boxes}) == 1, "one above the other"
    assert [b["y"] for b in boxes] == sorted(b["y"] for b in boxes)
    assert all(b["width"] >= 360 for b in boxes), "full width, not squeezed"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    SCREENSHOTS.mkdir(exist_ok=True)
    # The header, the panels and the start of the first version, as a reader scrolls them.
    clip = {"x": 0, "y": 0, "width": PHONE["width"], "height": 2 * PHONE["height"]}
    page.screenshot(path=str(SCREENSHOTS / "html-phone.png"), full_page=True, clip=clip)
    watched.assert_clean()


def test_print_keeps_columns_and_drops_the_chrome(browser, seeds_url):
    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    page.emulate_media(media="print")
    boxes = [page.locator(f"#v{i}").bounding_box() for i in range(5)]
    assert len({round(b["y"]) for b in boxes}) == 1, "columns stay side by side"
    assert not page.locator(".legend .keys").is_visible()
    assert not page.locator("#status").is_visible()
    # Every paragraph is laid out for paper, not left to on-screen lazy rendering.
    lazy = page.eval_on_selector_all(
        ".col-body p", "ps => ps.filter(p => getComputedStyle(p).contentVisibility !== 'visible')"
    )
    assert lazy == []
    watched.assert_clean()


def test_screenshots_light_and_dark(browser, seeds_url, seed_comparison):
    SCREENSHOTS.mkdir(exist_ok=True)
    for scheme, name in (("light", "html-desktop.png"), ("dark", "html-dark.png")):
        watched = Watched(browser, seeds_url, DESKTOP, color_scheme=scheme)
        page = watched.page
        lead = next(p for p in seed_comparison.passages if p.support >= 3)
        first = lead.members[0]
        page.click(f"#s-v{first.version}-{first.sentence}")
        page.mouse.move(0, 0)
        page.wait_for_function(
            "() => !document.getElementById('status').classList.contains('show')"
        )
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(300)  # the status fades out
        page.screenshot(path=str(SCREENSHOTS / name))
        watched.assert_clean()


def test_the_toggle_shows_the_story_table_its_keys_step_and_a_row_link_goes_back(
    browser, seeds_url, seed_comparison
):
    from tui.core.story_table import story_rows

    watched = Watched(browser, seeds_url, DESKTOP)
    page = watched.page
    assert not page.locator("#story").is_visible()
    page.click("#view-table")
    assert page.locator("#story").is_visible() and not page.locator("#columns").is_visible()
    assert page.get_attribute("#view-table", "aria-pressed") == "true"
    rows = page.locator("#story tbody tr")
    assert rows.count() == len(story_rows(seed_comparison))
    assert page.locator("#story thead th").count() == len(seed_comparison.versions) + 2
    assert rows.first.locator("td").count() == len(seed_comparison.versions) + 1
    page.keyboard.press("n")
    page.keyboard.press("n")
    assert page.locator("#story tr.current").get_attribute("data-p") == "2"
    page.keyboard.press("u")
    assert page.locator("#story tr.current").get_attribute("class") == "row-u current"
    # Back to the passage row just before that unique row.
    table = story_rows(seed_comparison)
    second = next(i for i, row in enumerate(table) if row.passage and row.passage.id == 1)
    unique = next(i for i in range(second, len(table)) if table[i].passage is None)
    before = next(table[i].passage for i in range(unique, 0, -1) if table[i].passage)
    page.keyboard.press("p")
    assert page.locator("#story tr.current").get_attribute("data-p") == str(before.id + 1)
    assert page.locator("#story tr.current").is_visible()
    page.click("#story tr[data-p='3'] th a")
    assert page.locator("#columns").is_visible() and not page.locator("#story").is_visible()
    page.wait_for_function("() => location.hash === '#p3'")
    page.keyboard.press("t")
    assert page.locator("#story").is_visible()
    page.click(".disc a[href^='#p']")  # a link of "Where they disagree" shows it in the columns
    assert page.locator("#columns").is_visible() and not page.locator("#story").is_visible()
    page.click("#view-table")
    page.click("#view-columns")
    assert page.locator("#columns").is_visible()
    assert page.get_attribute("#view-columns", "aria-pressed") == "true"
    watched.assert_clean()
