"""Web pages to documents: the article's text, its paragraphs kept, and what the page says about
itself (title, site, author, date), extracted by trafilatura without navigation, related links,
comments or cookie banners. Nothing in a page is run; what comes out of it is plain text.

Imported only when a page is given: trafilatura and lxml are slow to import, and the .txt paths
never pay for them.
"""

from __future__ import annotations

import codecs
import logging
import os
import re

import trafilatura

from tui.core.documents.decoding import clean_text, decode, not_text
from tui.core.documents.metadata import find_date, find_label, find_title, outlet_label
from tui.core.documents.reading import InputError, domain, printable
from tui.core.documents.sniffing import binary_kind
from tui.core.model import Document
from tui.core.sentences import split_sentences

# trafilatura and the libraries it uses log what they discard; with no handler anywhere, Python
# would print those lines on stderr, over the app's screen.
for _library in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

# Where the HTML standard looks for a <meta charset>: the first 1024 bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_SNIFF = 1024
# Encodings `decode` reads itself (UTF-8, else Windows-1252, which the HTML standard reads for
# Latin-1 and ASCII): a page declaring one of them is read as a text file is.
_DECODED_AS_TEXT = {"utf-8", "utf-8-sig", "ascii", "iso8859-1", "cp1252"}
# Codecs Python has that no web page is written in: a page naming one is read as text is.
_NOT_WEB = {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7", "undefined"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SENTENCE_MIN = 20  # characters: longer than a menu's entries, shorter than any news sentence
_FIELD_MAX = 160  # characters: no real site name, author or headline is longer; a page's may be


def page_document(
    data: bytes,
    path: str,
    name: str,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Document:
    """A saved page (`url` None) or a fetched one (`url` the address it came from) as a Document;
    InputError if it holds no article text."""
    try:
        html, encoding, decoding = _decode(data, charset)
    except ValueError as error:
        raise InputError.about(path, str(error)) from error
    page = _extract(html, url)
    text, cleaning = clean_text(page.text or "") if page else ("", [])
    if not _holds_an_article(text):
        raise InputError.about(path, "no article text found in the page")
    site = _field(page.sitename)
    own_url = url or _web_address(page.url)
    if site:
        label = outlet_label(site)
    elif own_url:
        label = domain(own_url)
    else:
        label = find_label(text, printable(os.path.splitext(name)[0]))
    date = page.date if page.date and _ISO_DATE.fullmatch(page.date) else find_date(text)
    return Document(
        path=path,
        name=name,
        text=text,
        encoding=encoding,
        label=label,
        title=_field(page.title) or find_title(text),
        date=date,
        warnings=(*decoding, *cleaning),
        url=own_url,
        site=site,
        author=_field(page.author),
    )


def _extract(html: str, url: str | None):
    """trafilatura's result (None when it finds nothing): a parser's failure on a hostile page
    (nesting thousands deep) is a page without text, not a traceback."""
    try:
        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, with_metadata=True
        )
    except Exception:
        return None


def _holds_an_article(text: str) -> bool:
    """Some sentence that is not page chrome and is long enough to say something: on a paywalled
    page, or one built by its scripts, trafilatura's fallbacks find only menus and buttons."""
    return any(
        not sentence.boilerplate and len(sentence.text) >= _SENTENCE_MIN
        for sentence in split_sentences(text)
    )


def _decode(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    """The page's text, by its byte-order mark, else the charset its server or its <meta>
    declares, else as a text file is read."""
    codec = _codec(declared) or _codec(_meta_charset(data))
    if codec is None or codec in _DECODED_AS_TEXT or data.startswith(_BOM_STARTS):
        return decode(data)
    kind = binary_kind(data)
    if kind is not None:
        raise not_text(kind)
    try:
        text = data.decode(codec, "replace")
    except LookupError:  # a codec from bytes to bytes ("zlib"), not to text
        return decode(data)
    warnings = [f"not valid {codec.upper()}; bad bytes replaced"] if "\ufffd" in text else []
    return text, codec, warnings


_BOM_STARTS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF])
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec in _NOT_WEB else codec


def _field(value: str | None) -> str | None:
    """A piece of metadata as one clean line: no controls, escapes or runs of spaces."""
    if not value:
        return None
    line = " ".join(clean_text(value)[0].split())
    if len(line) > _FIELD_MAX:
        line = line[: _FIELD_MAX - 1].rstrip() + "…"
    return line or None


def _web_address(value: str | None) -> str | None:
    """The address a saved page says it came from, if it is a web address."""
    line = _field(value)
    return line if line and line.lower().startswith(("http://", "https://")) else None
