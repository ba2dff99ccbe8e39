"""The exported page as a reader uses it (Chromium through Playwright): every copy of a passage
lined up in view, columns that fit and can be hidden or moved, support grades told apart,
unique sentences and the keyboard, the phone's buttons, and print."""

# The browser and the seeds page are test_browser's fixtures, imported: F811 would flag each use.
# ruff: noqa: F811

from __future__ import annotations

import itertools
import re

import pytest
from conftest import SEEDS
from helpers import document
from test_browser import PHONE, Watched, browser, in_column_view, seeds_url  # noqa: F401

from tui.core.comparison import compare
from tui.core.documents import load_documents
from tui.core.export_html import to_html

pytestmark = pytest.mark.browser

WIDE = {"width": 1600, "height": 1000}
LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def six_url(tmp_path_factory) -> str:
    """The five seeds and a sixth version: a copy of the first with one number changed."""
    seeds = load_documents([str(SEEDS)])
    sixth = document(seeds[0].text.replace("Monday", "Tuesday"), "6.txt", label="Sixth outlet")
    path = tmp_path_factory.mktemp("html") / "six.html"
    path.write_text(to_html(compare([*seeds, sixth])), encoding="utf-8")
    return path.as_uri()


def copy_tops(page, passage: int) -> dict[str, float]:
    """Where each shown column's first copy of the passage starts, in window pixels."""
    return page.evaluate(
        """(passage) => {
            const tops = {};
            for (const el of document.querySelectorAll('#columns .s[data-p]')) {
                const col = el.closest('.col');
                if (col.hidden || col.id in tops) continue;
                if (el.dataset.p.split(' ').includes(String(passage))) {
                    tops[col.id] = el.getBoundingClientRect().top;
                }
            }
            return tops;
        }""",
        passage,
    )


def assert_lined_up_in_view(page, passage: int, versions: int) -> None:
    """Every copy starts at one height, inside the window and inside its column's text."""
    page.wait_for_timeout(100)  # the second placement, once the browser has laid them out
    tops = copy_tops(page, passage)
    assert len(tops) == versions
    height = page.evaluate("innerHeight")
    assert max(tops.values()) - min(tops.values()) <= 2, tops
    assert all(0 <= top <= height - 60 for top in tops.values()), (tops, height)
    for column in tops:
        first = page.evaluate(
            """([column, passage]) => [...document.querySelectorAll(`#${column} .s[data-p]`)]
                .find((el) => el.dataset.p.split(' ').includes(String(passage))).id""",
            [column, passage],
        )
        assert in_column_view(page, f"#{first}")


def test_a_passage_link_lines_up_every_copy_in_view(browser, six_url):
    watched = Watched(browser, six_url + "#p3", WIDE)
    page = watched.page
    count = page.locator("main .s.sel").count()
    assert count >= 2
    versions = len(
        {*page.eval_on_selector_all("main .s.sel", "els => els.map(e => e.closest('.col').id)")}
    )
    assert_lined_up_in_view(page, 3, versions)
    page.evaluate("window.scrollTo(0, 0)")
    link = page.locator("a.plink").last  # "Passage k" in "Where they disagree"
    number = int(link.get_attribute("href")[2:])
    link.click()
    versions = len(
        {*page.eval_on_selector_all("main .s.sel", "els => els.map(e => e.closest('.col').id)")}
    )
    assert_lined_up_in_view(page, number, versions)
    watched.assert_clean()


def test_a_click_lines_up_the_clicked_column_too(browser, seeds_url, seed_comparison):
    watched = Watched(browser, seeds_url, WIDE)
    page = watched.page
    # A passage all five tell, clicked in the last column, far down its text.
    passage = max(
        (p for p in seed_comparison.passages if len(p.versions) == 5),
        key=lambda p: p.members_of(4)[0].sentence,
    )
    member = passage.members_of(4)[0]
    page.locator(f"#s-v4-{member.sentence}").click()
    assert_lined_up_in_view(page, passage.id + 1, 5)
    watched.assert_clean()


def test_a_hovered_copy_out_of_sight_gets_an_arrow(browser, seeds_url, seed_comparison):
    watched = Watched(browser, seeds_url, WIDE)
    page = watched.page
    page.keyboard.press("n")  # puts the columns in the window
    page.keyboard.press("Escape")

    def seen(member) -> bool:
        return in_column_view(page, f"#s-v{member.version}-{member.sentence}")

    # A passage with a copy in view to hover, and a copy below what its column shows.
    passage = next(
        p
        for p in seed_comparison.passages
        if seen(p.members[0]) and any(not seen(m) for m in p.members)
    )
    first = passage.members[0]
    page.hover(f"#s-v{first.version}-{first.sentence}")
    for member in passage.members:
        if not seen(member):
            cue = page.locator(f"#v{member.version} .cue")
            assert cue.is_visible()
            assert cue.text_content() == "↓"
    page.mouse.move(5, 5)
    assert page.locator(".cue.down, .cue.up").count() == 0
    watched.assert_clean()


def test_a_passage_that_does_not_exist_says_so(browser, seeds_url, seed_comparison):
    total = len(seed_comparison.passages)
    watched = Watched(browser, seeds_url + "#p99", WIDE)
    page = watched.page
    status = page.locator("#status")
    assert status.is_visible()
    assert (
        status.text_content() == f"Passage 99 does not exist: this page has passages 1 to {total}."
    )
    page.evaluate("location.hash = '#p3'")
    page.wait_for_function("() => document.querySelectorAll('main .s.sel').length > 0")
    page.keyboard.press("Escape")
    assert page.locator("main .s.sel").count() == 0
    assert page.evaluate("location.hash") == ""
    watched.assert_clean()


def test_six_versions_fit_1600_pixels_with_their_headers_in_view(browser, six_url):
    watched = Watched(browser, six_url + "#p5", WIDE)
    page = watched.page
    assert page.locator("main .col").count() == 6
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDE["width"]
    columns = page.locator("#columns")
    assert columns.evaluate("el => el.scrollWidth - el.clientWidth") <= 1
    assert page.locator(".more-cols").text_content() == ""
    for _ in range(8):  # reading on, passage by passage
        page.keyboard.press("n")
    for head in page.locator(".col-head").all():
        box = head.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= WIDE["height"] / 3
    watched.assert_clean()


def test_columns_too_wide_for_the_window_say_so(browser, seeds_url):
    watched = Watched(browser, seeds_url, {"width": 900, "height": 800})
    page = watched.page
    cue = page.locator(".more-cols")
    assert cue.is_visible() and "to the right (scroll sideways)" in cue.text_content()
    assert "overflowing" in page.locator("#columns").get_attribute("class").split()
    watched.assert_clean()


def column_order(page) -> list[str]:
    return page.eval_on_selector_all("main .col:not([hidden])", "els => els.map(e => e.id)")


def test_columns_can_be_moved_and_hidden_by_keyboard_and_are_remembered(browser, seeds_url):
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.goto(seeds_url, wait_until="load")
    assert column_order(page) == ["v0", "v1", "v2", "v3", "v4"]
    right = page.locator("#v0 .col-tools [data-move='1']")
    right.focus()
    page.keyboard.press("Enter")
    assert column_order(page) == ["v1", "v0", "v2", "v3", "v4"]
    assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith("Move ")
    page.keyboard.press("Enter")  # focus stayed on the button: again
    assert column_order(page) == ["v1", "v2", "v0", "v3", "v4"]
    page.locator("#v3 .col-tools [data-hide]").click()
    assert column_order(page) == ["v1", "v2", "v0", "v4"]
    assert not page.locator(".col-bar input[data-col='3']").is_checked()
    page.keyboard.press("n")  # passages still line up in the columns shown
    again = context.new_page()
    again.goto(seeds_url, wait_until="load")
    assert column_order(again) == ["v1", "v2", "v0", "v4"]
    again.locator(".col-bar input[data-col='3']").check()
    assert column_order(again) == ["v1", "v2", "v0", "v3", "v4"]
    again.locator("#col-reset").click()
    assert column_order(again) == ["v0", "v1", "v2", "v3", "v4"]
    context.close()


def luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("scheme", "media"), [("light", "screen"), ("dark", "screen"), ("light", "print")]
)
def test_support_grades_differ_at_a_glance(browser, seeds_url, scheme, media):
    watched = Watched(browser, seeds_url, LAPTOP, color_scheme=scheme)
    page = watched.page
    page.emulate_media(media=media, color_scheme=scheme)
    ladder = [page.evaluate("getComputedStyle(document.body).backgroundColor")]
    for grade in ("g1", "g2", "g3", "all"):  # 2, 3, 4 and 5 of the seeds' five versions
        ladder.append(
            page.evaluate(
                f"getComputedStyle(document.querySelector('#columns .s.{grade}')).backgroundColor"
            )
        )
    steps = [contrast(a, b) for a, b in itertools.pairwise(ladder)]
    assert min(steps) >= 1.2, (ladder, steps)
    # ... and the text on the strongest tint stays easy to read.
    text = page.evaluate("getComputedStyle(document.querySelector('#columns .s.all')).color")
    assert contrast(text, ladder[-1]) >= 4.5
    watched.assert_clean()


def test_unique_sentence_links_and_keys_go_to_the_unique_sentences(
    browser, seeds_url, seed_comparison
):
    watched = Watched(browser, seeds_url, LAPTOP)
    page = watched.page
    version = max(
        seed_comparison.versions, key=lambda v: len(seed_comparison.unique_sentences(v.id))
    )
    unique = seed_comparison.unique_sentences(version.id)
    assert len(unique) >= 3
    page.locator(".jump-list a").nth(version.id).click()

    def cursor() -> str:
        return page.eval_on_selector_all("main .s.cur", "els => els.map(e => e.id)")

    assert cursor() == [f"s-v{version.id}-{unique[0]}"]
    assert in_column_view(page, f"#s-v{version.id}-{unique[0]}")
    page.keyboard.press("u")
    assert cursor() == [f"s-v{version.id}-{unique[1]}"]
    assert in_column_view(page, f"#s-v{version.id}-{unique[1]}")
    assert page.evaluate("location.hash") == f"#s-v{version.id}-{unique[1]}"
    page.keyboard.press("u")
    page.keyboard.press("U")
    assert cursor() == [f"s-v{version.id}-{unique[1]}"]
    # n from a unique sentence, as in the app: the passage of the next sentence that has one.
    after = next(
        s.id
        for s in version.sentences
        if s.id > unique[1] and seed_comparison.passages_of(version.id, s.id)
    )
    expected = seed_comparison.passages_of(version.id, after)[0].id + 1
    page.keyboard.press("n")
    assert page.evaluate("location.hash") == f"#p{expected}"
    watched.assert_clean()


def test_a_skip_link_comes_first_and_sentences_take_the_keyboard(
    browser, seeds_url, seed_comparison
):
    watched = Watched(browser, seeds_url, LAPTOP)
    page = watched.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("skip")
    page.keyboard.press("Enter")
    for _ in range(5):  # past the first column's buttons
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#columns .s')"):
            break
    assert page.evaluate("document.activeElement.id") == "s-v0-0"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "s-v0-2"
    sentence = next(s for s in range(2, 40) if seed_comparison.passages_of(0, s))
    for _ in range(sentence - 2):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    passage = seed_comparison.passages_of(0, sentence)[0]
    assert page.evaluate("location.hash") == f"#p{passage.id + 1}"
    assert page.locator("main .s.sel").count() == len(passage.members)
    watched.assert_clean()


def test_the_phone_has_buttons_that_move_through_the_story(browser, seeds_url, seed_comparison):
    from playwright.sync_api import expect

    watched = Watched(browser, seeds_url, PHONE, is_mobile=True, has_touch=True)
    page = watched.page
    forward = page.get_by_role("button", name="Passage ›")
    expect(forward).to_be_in_viewport()
    page.get_by_role("button", name="Unique †").tap()
    unique = seed_comparison.unique_sentences(0)[0]
    expect(page.locator(f"#s-v0-{unique}.cur")).to_be_in_viewport()
    # From there, as in the app: the passage of the next sentence that has one.
    after = next(
        s.id
        for s in seed_comparison.versions[0].sentences
        if s.id > unique and seed_comparison.passages_of(0, s.id)
    )
    number = seed_comparison.passages_of(0, after)[0].id + 1
    forward.tap()
    assert page.evaluate("location.hash") == f"#p{number}"
    expect(page.locator(f"#s-v0-{after}")).to_be_in_viewport()
    page.get_by_role("button", name="‹ Passage").tap()
    assert page.evaluate("location.hash") == f"#p{number - 1}"
    expect(page.locator("main .s.cur")).to_be_in_viewport()
    watched.assert_clean()


def test_print_is_compact_and_keeps_headings_with_their_text(browser, seeds_url):
    watched = Watched(browser, seeds_url, LAPTOP)
    page = watched.page
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 4  # five short articles
    page.emulate_media(media="print")
    for selector in ("h2", ".col-head", ".etype h3"):
        after = page.eval_on_selector_all(
            selector, "els => els.map(e => getComputedStyle(e).breakAfter)"
        )
        assert after and set(after) == {"avoid"}, selector
    watched.assert_clean()
