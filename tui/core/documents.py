"""Loading inputs: resolving paths, decoding bytes, cleaning text, reading metadata."""

from __future__ import annotations

from pathlib import Path

from tui.core.model import Document

MAX_VERSIONS = 50


class InputError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""


def seeds_dir() -> Path:
    """The sample articles: inside the installed package, or at the top of a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise InputError("the sample articles are missing from this installation")


def resolve_inputs(args: list[str]) -> list[Path]:
    if not args:
        return sorted(seeds_dir().glob("*.txt"))
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            paths.extend(sorted(path.glob("*.txt")))
        else:
            paths.append(path)
    if not paths:
        raise InputError("no text files to compare")
    if len(paths) > MAX_VERSIONS:
        raise InputError(f"{len(paths)} versions given; newsdiff compares at most {MAX_VERSIONS}")
    return paths


def load_document(path: Path) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: {error.strerror}") from error
    lines = [line for line in text.splitlines() if line.strip()]
    return Document(
        path=str(path),
        name=path.name,
        text=text,
        encoding="utf-8",
        label=path.stem,
        title=lines[0] if lines else "",
        date=None,
    )


def load_documents(args: list[str]) -> list[Document]:
    return [load_document(path) for path in resolve_inputs(args)]
