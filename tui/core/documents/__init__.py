"""Loading inputs: each file read safely, decoded, cleaned and labelled (see the modules for each
step); `load_documents` is what the command line calls."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence

from tui.core.documents.decoding import clean_text, decode
from tui.core.documents.metadata import find_date, find_label, find_title
from tui.core.documents.reading import (
    MAX_BYTES,
    MAX_VERSIONS,
    InputError,
    printable,
    read_bytes,
    resolve_inputs,
    seeds_dir,
)
from tui.core.documents.sniffing import binary_kind
from tui.core.model import Document

__all__ = [
    "MAX_BYTES",
    "MAX_VERSIONS",
    "InputError",
    "binary_kind",
    "clean_text",
    "decode",
    "distinct_labels",
    "find_date",
    "find_label",
    "find_title",
    "load_document",
    "load_documents",
    "printable",
    "read_bytes",
    "resolve_inputs",
    "seeds_dir",
]


def load_document(path: str | os.PathLike[str]) -> Document:
    """One file read, decoded, cleaned and labelled; InputError if it cannot be compared."""
    path = os.fspath(path)
    name = os.path.basename(path)
    data = read_bytes(path)
    try:
        text, encoding, warnings = decode(data)
    except ValueError as error:
        raise InputError.about(path, str(error)) from error
    text, cleaning = clean_text(text)
    if not text:
        raise InputError.about(path, "empty: nothing to compare")
    return Document(
        path=path,
        name=name,
        text=text,
        encoding=encoding,
        label=find_label(text, printable(os.path.splitext(name)[0])),
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


def load_documents(args: list[str]) -> list[Document]:
    """The documents to compare, each with a label no other one has. A file given twice (by
    another spelling or a link) is compared with itself, with a warning saying so."""
    documents = [load_document(path) for path in resolve_inputs(args)]
    labels = distinct_labels(documents)
    repeats = _repeat_warnings([d.path for d in documents])
    return [
        d._replace(label=label, warnings=d.warnings + repeat)
        for d, label, repeat in zip(documents, labels, repeats, strict=True)
    ]


def _repeat_warnings(paths: Sequence[str]) -> list[tuple[str, ...]]:
    """For each path, a warning if an earlier one names the same file: the same device and
    inode, whether by the same path, another spelling of it, a symbolic or a hard link."""
    first: dict[tuple[int, int], int] = {}
    warnings: list[tuple[str, ...]] = []
    for index, path in enumerate(paths):
        try:
            info = os.stat(path)
        except OSError:  # gone since it was read: nothing to tell it apart by
            warnings.append(())
            continue
        seen = first.setdefault((info.st_dev, info.st_ino), index)
        if seen == index:
            warnings.append(())
        else:
            earlier = printable(paths[seen])
            warnings.append((f"the same file as {earlier} (given twice, so compared with itself)",))
    return warnings
