"""Saved web pages: the article's text without the page around it, the page's own metadata, and
nothing of either ever read as markup. The pages in tests/data/pages were written for these
tests: no copied article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import write

from tui.cli import main
from tui.core.documents import InputError, load_document, load_documents, resolve_inputs
from tui.core.documents.web import page_document

PAGES = Path(__file__).resolve().parent / "data" / "pages"
STORY = "The harbour bridge reopened on Tuesday after eight months of repairs, the council said.\n"


def page(name: str):
    return load_document(PAGES / name)


def test_a_saved_page_gives_its_article_paragraph_by_paragraph():
    document = page("gazette.html")
    lines = document.text.split("\n")
    assert lines[0] == "Harbour bridge reopens after eight months of repairs"
    assert lines[1].startswith("The Larkhaven harbour bridge reopened to traffic on Tuesday")
    assert (
        lines[-1] == "Cyclists will get a separate lane on the bridge from May, the council added."
    )
    assert len(lines) == 7  # the headline and six paragraphs, each a line
    for chrome in (
        "cookie",  # the banner
        "Sport",  # the navigation
        "Ferry fares rise",  # related stories
        "harbourwatcher",  # comments
        "Finally!",
        "SCRIPT OUTPUT",  # a script's text is never run nor shown
        "loadAd",
        "Advertisement",
        "All rights reserved",  # the footer
    ):
        assert chrome not in document.text, chrome


def test_a_saved_page_is_labelled_by_its_site_name_with_its_metadata():
    document = page("gazette.html")
    assert document.label == document.site == "The Larkhaven Gazette"  # OpenGraph
    assert document.title == "Harbour bridge reopens after eight months of repairs"
    assert document.author == "Mira Okonjo"
    assert document.date == "2024-03-05"  # JSON-LD's datePublished
    assert document.url == "https://gazette.example/news/2024/03/05/harbour-bridge-reopens"
    assert (document.path, document.name) == (str(PAGES / "gazette.html"), "gazette.html")


def test_json_ld_names_the_publisher_and_the_authors():
    document = page("courier.html")
    assert document.label == "Brackenford Courier"
    assert document.author == "Jonas Pell; Ada Rivas"
    assert document.url is None  # the page does not say where it lives
    assert "Sign in" not in document.text and "morning briefing" not in document.text


def test_a_known_outlet_is_labelled_as_its_texts_are(tmp_path):
    html = PAGES.joinpath("gazette.html").read_text(encoding="utf-8")
    path = write(tmp_path, "ap.html", html.replace("The Larkhaven Gazette", "Associated Press"))
    assert load_document(path).label == "AP"


def test_a_page_without_a_site_name_is_labelled_by_its_domain_else_its_text_or_name():
    data = (PAGES / "notes.html").read_bytes()
    fetched = page_document(
        data, "https://www.example.org/notes", "n", url="https://www.example.org/notes"
    )
    assert (fetched.label, fetched.site, fetched.url) == (
        "example.org",
        "example.org",  # trafilatura names the site from its address
        "https://www.example.org/notes",
    )
    assert page("notes.html").label == "notes"  # saved, with no address: its file name


def test_a_paywall_stub_has_no_article(tmp_path):
    with pytest.raises(InputError) as caught:
        page("paywall.html")
    assert str(caught.value) == f"{PAGES / 'paywall.html'}: no article text found in the page"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<div>" * 50_000
        + "Text nested far too deep to be an article page, however long it is."
        + "</div>" * 50_000,
    ],
    ids=["empty", "no-body", "menu-only", "nested-50000-deep"],
)
def test_pages_without_an_article_are_one_line_each(tmp_path, html):
    path = write(tmp_path, "page.html", html)
    with pytest.raises(InputError, match=r"page\.html: (no article text found in the page|empty)"):
        load_document(path)


def test_the_declared_charset_is_read():
    document = page("cyrillic.html")  # windows-1251, said by its <meta charset>
    assert document.encoding == "cp1251"
    assert document.title == "Мост через гавань снова открыт"
    assert "42 стальных троса" in document.text


def test_a_png_named_html_is_refused_as_binary(tmp_path):
    path = write(tmp_path, "photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with pytest.raises(InputError, match=r"photo\.html: binary data \(a PNG image\), not text$"):
        load_document(path)


def test_metadata_is_one_clean_line_of_bounded_length(tmp_path):
    site = "Quay\u202e News \x1b[31m" + "very " * 100
    html = (
        (PAGES / "notes.html")
        .read_text()
        .replace("<html>", f'<html><head><meta property="og:site_name" content="{site}"></head>')
    )
    document = load_document(write(tmp_path, "long.html", html))
    assert document.label.startswith("Quay News ")  # the bidi control is gone
    assert len(document.label) <= 160 and document.label.endswith("…")
    assert document.label.isprintable()  # the escape character too (its "[31m" is text)


def test_a_folder_gives_its_pages_beside_its_texts(tmp_path):
    for name in ("b.html", "a.txt", "c.HTM", "d.htmlx", ".hidden.html"):
        write(tmp_path, name, STORY)
    assert resolve_inputs([str(tmp_path)]) == [
        str(tmp_path / n) for n in ("a.txt", "b.html", "c.HTM")
    ]


def test_page_markup_and_metadata_are_never_markup_in_the_html_export(tmp_path, capsys):
    out = tmp_path / "out.html"
    hostile = str(PAGES / "hostile.html")
    assert main(["--html", str(out), hostile, str(PAGES / "gazette.html")]) == 0
    page_html = out.read_text(encoding="utf-8")
    for raw in (
        "<img src=x",
        "<Img Src=X",
        "<em>not again",
        "<script>alert",
        "<b>Lena",
        "onerror=alert(1)>",
    ):
        assert raw not in page_html, raw
    assert "&lt;Img Src=X Onerror=Alert(1)&gt; [Blink]Quay[/Blink] News" in page_html  # the label
    assert "&lt;em&gt;not again&lt;/em&gt;" in page_html  # the text
    document = load_documents([hostile])[0]
    assert "<em>not again</em>" in document.text  # text is kept as written, to be escaped


def test_the_json_export_gives_each_pages_address_site_and_author(tmp_path, capsys):
    assert main(["--json", "-", str(PAGES / "gazette.html"), str(PAGES / "courier.html")]) == 0
    versions = json.loads(capsys.readouterr().out)["versions"]
    first, second = versions
    assert (first["url"], first["site"], first["author"]) == (
        "https://gazette.example/news/2024/03/05/harbour-bridge-reopens",
        "The Larkhaven Gazette",
        "Mira Okonjo",
    )
    assert "url" not in second and second["site"] == "Brackenford Courier"
    assert first["path"] == str(PAGES / "gazette.html")


def test_a_text_file_has_no_address_site_or_author_in_json(capsys):
    assert main(["--json", "-"]) == 0
    for version in json.loads(capsys.readouterr().out)["versions"]:
        assert not {"url", "site", "author"} & version.keys()


def test_trafilatura_is_imported_only_when_a_page_is_given(tmp_path):
    def imported(*args: str) -> set[str]:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "tui", "--json", "-", *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return {line.rpartition("|")[2].strip() for line in result.stderr.splitlines()}

    text = write(tmp_path, "a.txt", STORY)
    unwanted = {"trafilatura", "lxml", "urllib.request", "tui.core.documents.web"}
    assert imported(str(text), str(text)) & unwanted == set()
    assert "trafilatura" in imported(str(text), str(PAGES / "gazette.html"))
