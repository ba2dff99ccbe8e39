"""Writing an export without ever leaving a partial file or clobbering one by accident."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputError(Exception):
    """The export could not be written; nothing was left behind."""


def write_atomically(target: str, content: str, *, overwrite: bool = True) -> Path | None:
    """Write `content` to `target` through a temp file and a rename; `-` means stdout."""
    if target == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
        return None
    path = Path(target).expanduser()
    if path.is_dir():
        raise OutputError(f"{target}: is a directory")
    if path.exists() and not overwrite:
        raise OutputError(f"{target}: already exists (use --force to replace it)")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise OutputError(f"{target}: cannot write here ({error.strerror})") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.chmod(temp_name, 0o666 & ~_umask())  # mkstemp's 0600 would hide a page meant to share
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({error.strerror})") from error
    return path
