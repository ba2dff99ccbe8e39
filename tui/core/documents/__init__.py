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
    """The documents to compare, each with a label no other one has."""
    documents = [load_document(path) for path in resolve_inputs(args)]
    return [
        d._replace(label=label)
        for d, label in zip(documents, distinct_labels(documents), strict=True)
    ]
