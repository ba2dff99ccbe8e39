"""Documents made into versions: their sentences, and the comparison's first draft.

Light to import (the sentences and the model, none of the aligning engine): the app shows the
draft while the engine compares the versions elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import Comparison, Document, Version
from tui.core.sentences import split_sentences


def make_version(index: int, document: Document) -> Version:
    sentences = split_sentences(document.text)
    return Version(
        id=index,
        path=document.path,
        name=document.name,
        label=document.label,
        title=document.title,
        date=document.date,
        text=document.text,
        encoding=document.encoding,
        sentences=sentences,
        word_count=len(document.text.split()),
        warnings=document.warnings,
        url=document.url,
        site=document.site,
        author=document.author,
    )


def draft(documents: Sequence[Document], threshold: float) -> Comparison:
    """The versions with their sentences and nothing aligned yet: what `compare` will give,
    less its passages and entities, and as cheap as reading the texts."""
    versions = tuple(make_version(i, d) for i, d in enumerate(documents))
    return Comparison(versions=versions, passages=(), entities=(), threshold=threshold, notes=())
