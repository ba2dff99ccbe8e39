"""File paths read as `pathlib` reads them, as plain strings: importing `pathlib` (and the
`urllib.parse` it imports) would cost every start of newsdiff ~4 ms.

POSIX paths, as the rest of the file handling assumes (it opens files with O_NONBLOCK).
"""

from __future__ import annotations

import os


def normal(path: str) -> str:
    """The path as `str(pathlib.Path(path))` writes it: "./a//b/" is "a/b", "" is "."."""
    # Empty and "." parts go; ".." stays (it may cross a link). Two leading slashes stay two
    # (POSIX leaves their meaning to the system), more become one.
    slashes = len(path) - len(path.lstrip("/"))
    root = "//" if slashes == 2 else "/" if slashes else ""
    return root + "/".join(part for part in path.split("/") if part not in ("", ".")) or "."


def expanded(path: str) -> str:
    """The normal path with a leading "~" or "~user" part read as that home folder."""
    return normal(os.path.expanduser(normal(path)))


def child(folder: str, name: str) -> str:
    """The normal path of `name` in the folder with that normal path."""
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def parent(path: str) -> str:
    """The folder a normal path is in: itself for a root, "." for a name alone."""
    return os.path.dirname(path) or "."


def name(path: str) -> str:
    """The last part of a normal path, "" for a root or "."."""
    return "" if path == "." else path.rpartition("/")[2]


def stem(path: str) -> str:
    """The last part of a normal path without its suffix ("a.b.txt" is "a.b", ".txt" is ".txt")."""
    last = name(path)
    dot = last.rfind(".")
    return last[:dot] if 0 < dot < len(last) - 1 else last
