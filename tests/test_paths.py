"""Paths as strings: read exactly as pathlib reads them."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tui.core import paths

# Paths made of the pieces that pathlib treats apart: slashes, dots, homes, suffixes.
PIECES = st.sampled_from(["/", "/", ".", "..", "a", "~", "b.c", ".d", "e.", "f.tar.gz", "é x"])
PATHS = st.lists(PIECES, max_size=8).map("".join)


@given(PATHS)
@example("")
@example("//a")
@example("///a")
@example("./a/../b.txt/")
def test_paths_read_as_pathlib_reads_them(text):
    path = Path(text)
    normal = paths.normal(text)
    assert normal == str(path)
    assert paths.name(normal) == path.name
    assert paths.stem(normal) == path.stem
    assert paths.parent(normal) == str(path.parent)
    assert paths.child(normal, "x.txt") == str(path / "x.txt")
    try:
        home = str(path.expanduser())
    except RuntimeError:  # "~nobody": pathlib fails where the path is taken as it is written
        home = normal
    assert paths.expanded(text) == home


def test_a_home_folder_opens_the_path_after_its_dots_and_slashes_are_gone():
    home = os.path.expanduser("~")
    assert paths.expanded("./~//out.json") == f"{home}/out.json"
    assert paths.expanded("/~/out.json") == "/~/out.json"
