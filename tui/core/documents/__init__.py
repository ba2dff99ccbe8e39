"""Loading inputs: each file read safely, decoded, cleaned and labelled, each saved or fetched
web page extracted (see the modules for each step); `open_inputs` and `load_documents` are what
the command line calls. The modules for web pages are imported only when one is given."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from tui.core.documents.decoding import clean_text, decode
from tui.core.documents.metadata import find_date, find_label, find_title
from tui.core.documents.reading import (
    DEFAULT_TIMEOUT,
    MAX_BYTES,
    MAX_VERSIONS,
    InputError,
    check_count,
    domain,
    expand_input,
    is_address,
    is_page,
    printable,
    read_bytes,
    resolve_inputs,
    seeds_dir,
)
from tui.core.documents.sniffing import binary_kind
from tui.core.documents.wrapping import unwrap
from tui.core.model import Document

if TYPE_CHECKING:
    import threading

    from tui.core.documents.cache import Page

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_BYTES",
    "MAX_VERSIONS",
    "InputError",
    "Inputs",
    "binary_kind",
    "clean_text",
    "decode",
    "distinct_labels",
    "find_date",
    "find_label",
    "find_title",
    "load_document",
    "load_documents",
    "open_inputs",
    "printable",
    "read_bytes",
    "resolve_inputs",
    "seeds_dir",
    "text_document",
]


def load_document(path: str | os.PathLike[str]) -> Document:
    """One file read, decoded, cleaned and labelled; InputError if it cannot be compared."""
    path = os.fspath(path)
    name = os.path.basename(path)
    data = read_bytes(path)
    if is_page(path):
        from tui.core.documents.web import page_document  # here: trafilatura is slow to import

        return page_document(data, path, name)
    return text_document(data, path, name)


def text_document(data: bytes, path: str, name: str, fallback: str | None = None) -> Document:
    """A text's bytes decoded, cleaned and labelled (`fallback`, by default the file's name,
    when the text names no outlet or author); InputError if it cannot be compared."""
    try:
        text, encoding, warnings = decode(data)
    except ValueError as error:
        raise InputError.about(path, str(error)) from error
    text, cleaning = clean_text(text)
    if not text:
        raise InputError.about(path, "empty: nothing to compare")
    text = unwrap(text)
    return Document(
        path=path,
        name=name,
        text=text,
        encoding=encoding,
        label=find_label(text, fallback or printable(os.path.splitext(name)[0])),
        title=find_title(text),
        date=find_date(text),
        warnings=tuple(warnings + cleaning),
    )


def distinct_labels(documents: Sequence[Document]) -> list[str]:
    """Labels made unique in order: the second "AFP" becomes "AFP (2)"."""
    counts = Counter(d.label for d in documents)
    used = set(counts)
    seen: Counter[str] = Counter()
    labels = []
    for document in documents:
        label = document.label
        seen[label] += 1
        if counts[label] > 1 and seen[label] > 1:
            number = seen[label]
            while f"{label} ({number})" in used:
                number += 1
            label = f"{label} ({number})"
            used.add(label)
        labels.append(label)
    return labels


class Inputs(NamedTuple):
    """The versions to compare, in order: each a Document read from its file, or the address of
    a page still to fetch; and the name the user gave it, if any."""

    versions: tuple[Document | str, ...]
    names: tuple[str | None, ...]

    @property
    def urls(self) -> list[str]:
        return [version for version in self.versions if isinstance(version, str)]

    @property
    def paths(self) -> list[str]:
        return [version.path for version in self.versions if isinstance(version, Document)]

    def documents(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        refresh: bool = False,
        progress: Callable[[str, str], None] | None = None,
        stop: threading.Event | None = None,
        max_bytes: int = MAX_BYTES,
    ) -> list[Document]:
        """Every version as a Document, the pages fetched (see `fetch.fetch_pages`), each with a
        label no other one has: the user's name for it, else its own."""
        fetched = {}
        if self.urls:
            from tui.core.documents.fetch import fetch_pages  # here: only an address needs it

            fetched = fetch_pages(
                self.urls,
                _fetched_document,
                timeout=timeout,
                refresh=refresh,
                progress=progress,
                stop=stop,
                max_bytes=max_bytes,
            )
        documents = [
            fetched[version] if isinstance(version, str) else version for version in self.versions
        ]
        named = [
            d._replace(label=name) if name else d
            for d, name in zip(documents, self.names, strict=True)
        ]
        labels = distinct_labels(named)
        repeats = _repeat_warnings([d.path for d in named])
        return [
            d._replace(label=label, warnings=d.warnings + repeat)
            for d, label, repeat in zip(named, labels, repeats, strict=True)
        ]


def open_inputs(args: Sequence[str], labels: Sequence[str] = ()) -> Inputs:
    """The inputs the command line names: files read now (InputError for the first that cannot
    be compared), addresses checked and left to fetch. `labels` name the versions in order;
    an argument NAME=INPUT names its own."""
    if args:
        entries = [
            (found, name, original)
            for original in args
            for name, arg in [_named(original)]
            for found in expand_input(arg)
        ]
    else:
        entries = [(found, None, found) for found in resolve_inputs([])]
    check_count(len(entries))
    if len(labels) > len(entries):
        raise InputError(f"{len(labels)} labels given for {len(entries)} versions")
    given = [*map(_label, labels), *[None] * (len(entries) - len(labels))]
    return Inputs(
        versions=tuple(
            found if is_address(found) else _load_named(found, name, arg)
            for found, name, arg in entries
        ),
        names=tuple(name or label for (_, name, _), label in zip(entries, given, strict=True)),
    )


def load_documents(args: list[str], labels: Sequence[str] = (), **fetching) -> list[Document]:
    """The documents to compare, each with a label no other one has. A file given twice (by
    another spelling or a link) is compared with itself, with a warning saying so."""
    return open_inputs(args, labels).documents(**fetching)


def _named(arg: str) -> tuple[str | None, str]:
    """ "Le Monde=page.html" is (the name, the input); an argument whose part before the first
    "=" holds a slash is a path or an address as it is ("./a=b.txt", "https://x/?a=b")."""
    name, equals, rest = arg.partition("=")
    if not equals or not name.strip() or "/" in name or "\\" in name:
        return None, arg
    return _label(name), rest


def _label(name: str) -> str:
    label = printable(name.strip())
    if not label:
        raise InputError("an empty label was given")
    return label


def _load_named(path: str, name: str | None, original: str) -> Document:
    """A file read. When reading its argument as NAME=FILE left a file that cannot be read and
    the whole argument names a file, the error says how to give that one: as a path, ./a=b.txt."""
    try:
        return load_document(path)
    except InputError as error:
        if name is None or not os.path.lexists(original):
            raise
        shown = printable(original)
        raise InputError(f"{error} (for the file {shown}, write ./{shown})") from None


def _fetched_document(page: Page) -> Document:
    """A fetched page as a Document: its path is the address the user gave, its `url` the one
    it was fetched from in the end."""
    name = printable(page.url)
    if page.content_type == "text/plain":
        document = text_document(page.body, page.url, name, fallback=domain(page.final_url))
        return document._replace(url=page.final_url)
    from tui.core.documents.web import page_document  # here: trafilatura is slow to import

    return page_document(page.body, page.url, name, url=page.final_url, charset=page.charset)


def _repeat_warnings(paths: Sequence[str]) -> list[tuple[str, ...]]:
    """For each path, a warning if an earlier one names the same file: the same device and
    inode, whether by the same path, another spelling of it, a symbolic or a hard link; or the
    same address."""
    first: dict[object, int] = {}
    warnings: list[tuple[str, ...]] = []
    for index, path in enumerate(paths):
        key = _identity(path)
        if key is None:  # gone since it was read: nothing to tell it apart by
            warnings.append(())
            continue
        seen = first.setdefault(key, index)
        if seen == index:
            warnings.append(())
        else:
            earlier = printable(paths[seen])
            what = "page" if is_address(path) else "file"
            warnings.append(
                (f"the same {what} as {earlier} (given twice, so compared with itself)",)
            )
    return warnings


def _identity(path: str) -> object:
    if is_address(path):
        return path
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
