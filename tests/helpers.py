"""Small builders for engine tests: documents from plain strings."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tui.core import output
from tui.core.comparison import compare
from tui.core.model import Comparison, Document


def document(
    text: str, name: str = "v.txt", *, label: str = "", title: str = "", path: str = ""
) -> Document:
    """The one way tests make a loaded document: `name` is its label and, under /virtual/, its
    path, unless they are given."""
    return Document(
        path=path or f"/virtual/{name}", name=name, text=text, encoding="utf-8",
        label=label or name, title=title, date=None,
    )  # fmt: skip


# A lead that tells three facts, which the other version tells in three sentences apart.
WORLD_CUP = (
    "Argentina won its third World Cup on Sunday as Lionel Messi led the team past France "
    "4-2 on penalties in front of 88,966 fans at Lusail Stadium.\n",
    "Argentina won the World Cup for the third time. "
    "Supporters celebrated in the streets of Buenos Aires through the night. "
    "Lionel Messi and his team beat France 4-2 in a penalty shootout. "
    "The government declared a public holiday on Tuesday. "
    "A crowd of 88,966 fans watched the final at Lusail Stadium.\n",
)


def compare_texts(*texts: str, threshold: float | None = None) -> Comparison:
    documents = [document(text, f"v{i}.txt") for i, text in enumerate(texts)]
    return compare(documents) if threshold is None else compare(documents, threshold)


def linked(comparison: Comparison, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether sentence a (version, sentence) and sentence b share a passage."""
    return not set(comparison.passages_of(*a)).isdisjoint(comparison.passages_of(*b))


def sentence_of(comparison: Comparison, version: int, fragment: str) -> tuple[int, int]:
    """The (version, sentence) whose text contains `fragment`."""
    for sentence in comparison.versions[version].sentences:
        if fragment in sentence.text:
            return version, sentence.id
    raise AssertionError(f"no sentence of version {version} contains {fragment!r}")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """A file in `folder`: text as UTF-8, bytes as they are."""
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    """Every entry under `folder` (temp files included) with a hash of what it holds."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink() or not path.is_file():
            found[name] = "not a regular file"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def fail_writes(monkeypatch, failure: OSError) -> None:
    """Make every atomic write fail part-way, as a full disk does."""
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle):
            self.stream = real_fdopen(handle, "w", encoding="utf-8")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, text):
            self.stream.write(text[:64])
            self.stream.flush()
            raise failure

    monkeypatch.setattr(output.os, "fdopen", lambda handle, *a, **k: Failing(handle))
