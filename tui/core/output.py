"""Writing an export without ever leaving a partial file or clobbering one by accident."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputError(Exception):
    """The export could not be written; nothing was left behind."""


def write_atomically(target: str, content: str, *, overwrite: bool = True) -> str | None:
    """Write `content` to `target` through a temp file given the final name whole; `-` means
    stdout. Without `overwrite`, a file that appears at `target` meanwhile is never replaced.

    A pipe or terminal named as the target (`/dev/stdout`, `>(jq .)`) is written into: renaming
    a file over it would replace the device or pipe, not feed it.
    """
    if target == "-":
        _write_stdout(content)
        return None
    path = os.path.expanduser(target)
    if _is_stream(_checked_mode(path, target, overwrite)):
        _write_into(path, target, content)
        return path
    try:
        handle, temp_name = _temp_file_beside(path)
    except OSError as error:
        raise OutputError(f"{target}: cannot write here ({error.strerror})") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.chmod(temp_name, 0o666 & ~_umask())  # its private 0600 would hide a page meant to share
        if overwrite:
            os.replace(temp_name, path)
        else:
            _name_if_free(temp_name, path, target)
    except OSError as error:
        raise OutputError(f"{target}: cannot write ({error.strerror})") from error
    finally:
        # Gone after a rename, a second name after a link; after any failure, ctrl+c included,
        # the partial copy goes.
        with contextlib.suppress(FileNotFoundError):
            os.remove(temp_name)
    return path


def _name_if_free(temp_name: str, path: str, target: str) -> None:
    """Give the whole file its final name only if no file has that name at this very moment:
    of two programs writing one new file, the second is refused, never replaces the first's.
    A hard link is created or fails (EEXIST) in one step; the temp name goes in the end."""
    try:
        os.link(temp_name, path)
    except FileExistsError:
        raise _exists(target) from None
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        # No hard links on this file system (FAT, some network shares): checked just before.
        if os.path.lexists(path):
            raise _exists(target) from None
        os.replace(temp_name, path)


_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP}


def _exists(target: str) -> OutputError:
    return OutputError(f"{target}: already exists (use --force to replace it)")


def _temp_file_beside(path: str) -> tuple[int, str]:
    """A new private file beside `path` (a rename within a folder is atomic); a name that is
    taken, by a link even, is never opened."""
    import tempfile  # here: only a write to a file needs it

    folder, name = os.path.split(path)
    return tempfile.mkstemp(dir=folder or os.curdir, prefix=f".{name}.")


def check_target(target: str, *, overwrite: bool = True) -> None:
    """Refuse now what `write_atomically` would refuse, before a long comparison is made."""
    if target != "-":
        _checked_mode(os.path.expanduser(target), target, overwrite)


def _checked_mode(path: str, target: str, overwrite: bool) -> int | None:
    """The mode of what is at `path` (None when nothing is), or OutputError if it is off limits."""
    if os.path.isdir(path):
        raise OutputError(f"{target}: is a directory")
    try:
        mode = os.stat(path).st_mode
    except OSError:
        if not os.path.isdir(os.path.dirname(path) or os.curdir):
            raise OutputError(f"{target}: cannot write here (no such folder)") from None
        if os.path.lexists(path) and not overwrite:  # a broken link or a link loop is a file too
            raise _exists(target) from None
        return None  # nothing there yet, or a folder we cannot look into: creating says which
    if _is_stream(mode):
        return mode
    if not stat.S_ISREG(mode):
        raise OutputError(f"{target}: not a regular file")
    if not overwrite:
        raise _exists(target)
    return mode


def _is_stream(mode: int | None) -> bool:
    return mode is not None and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode))


def _write_stdout(content: str) -> None:
    """All of `content` to standard output, checking what each write took: unbuffered (python
    -u, PYTHONUNBUFFERED), `sys.stdout.write` takes part of a write without a word when the
    reader of a pipe leaves in the middle of it, and the rest is lost with exit status 0."""
    try:
        sys.stdout.flush()
        out = sys.stdout.buffer
        data = memoryview(content.encode(sys.stdout.encoding, sys.stdout.errors))
        while data:
            data = data[out.write(data) :]  # the next write after a reader left: EPIPE
        out.flush()
    except BrokenPipeError:
        raise  # the reader left (`| head`): not an error to report, the caller decides
    except OSError as error:
        raise OutputError(f"standard output: cannot write ({error.strerror})") from error


def _write_into(path: str, target: str, content: str) -> None:
    # O_NONBLOCK on open: a FIFO that no program reads fails at once instead of waiting forever.
    flags = os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OutputError(f"{target}: no program is reading this pipe") from error
        raise OutputError(f"{target}: cannot write ({error.strerror})") from error
    try:
        os.set_blocking(handle, True)  # a slow reader is waited for once it is there
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
    except BrokenPipeError:
        raise  # its reader left (`--json /dev/stdout | head`): as for standard output
    except OSError as error:
        raise OutputError(f"{target}: cannot write ({error.strerror})") from error


def check_file_target(target: str) -> bool:
    """`check_target` for a program drawing on the terminal, where standard output, a pipe or a
    terminal would take the page over the screen (or block): those are refused too. True when a
    regular file is there, to replace only once the user says so."""
    if target == "-":
        raise OutputError("give a file name: the page cannot go to standard output from here")
    mode = _checked_mode(os.path.expanduser(target), target, True)
    if _is_stream(mode):
        raise OutputError(f"{target}: not a regular file: choose a file name")
    return mode is not None
