"""Reading inputs: resolving arguments to files, reading each safely within the caps.

Every problem with an input is one `InputError` line naming the file; nothing here writes.
"""

from __future__ import annotations

import errno
import math
import os
import re
import stat

import tui

MAX_VERSIONS = 50
# A long wire story is ~50 KB of text; 10 MB is two hundred times that and still loads in well
# under a second, while a stray log or data dump is refused before it is read.
MAX_BYTES = 10_000_000
_MB = 1_000_000
DEFAULT_TIMEOUT = 20.0  # seconds a web page may take to arrive


class InputError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""

    @classmethod
    def about(cls, path: str, problem: str) -> InputError:
        return cls(f"{printable(path)}: {problem}")


def printable(name: str) -> str:
    """A file name safe to print: newlines, escapes and bidi controls shown as \\x.. codes."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


# --- Resolving arguments -------------------------------------------------------------------------


def seeds_dir() -> str:
    """The sample articles: inside the installed package, or at the top of a checkout."""
    here = os.path.dirname(os.path.realpath(tui.__file__))
    for candidate in (os.path.join(here, "seeds"), os.path.join(os.path.dirname(here), "seeds")):
        if os.path.isdir(candidate):
            return candidate
    raise InputError("the sample articles are missing from this installation")


# Saved web pages, read through the extraction in `web`; every other file is read as text.
PAGE_SUFFIXES = (".html", ".htm")
_FOLDER_SUFFIXES = (".txt", *PAGE_SUFFIXES)
# "https://…", and any other scheme, so that "ftp://…" is refused by name and not as a file.
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_page(path: str) -> bool:
    """A saved web page, by its name."""
    return path.lower().endswith(PAGE_SUFFIXES)


def is_address(arg: str) -> bool:
    """An argument that is a web address rather than a file name."""
    return _ADDRESS.match(arg) is not None


def _text_files_in(folder: str, shown: str) -> list[str]:
    """The folder's *.txt and *.html files by name; hidden files (e.g. macOS `._x.txt`) are
    skipped."""
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise InputError.about(shown, f"cannot list the folder ({_reason(error)})") from error
    named = [
        os.path.join(folder, name)
        for name in names
        if name.lower().endswith(_FOLDER_SUFFIXES) and not name.startswith(".")
    ]
    files = [path for path in named if not os.path.isdir(path)]
    if not files:
        raise InputError.about(shown, "no .txt or .html files in this folder")
    return sorted(files, key=_natural_key)


def _natural_key(path: str) -> list[str | int]:
    """Name order as people count: "v2.txt" before "v10.txt", case ignored. (Decimal digits
    only: "²" is a digit int() does not read.)"""
    return [
        int(p) if p.isdecimal() else p.casefold()
        for p in re.split(r"(\d+)", os.path.basename(path))
    ]


def resolve_inputs(args: list[str]) -> list[str]:
    """The files and addresses to compare, in argument order and as written; folders expand to
    their .txt and .html files."""
    if not args:
        return _text_files_in(seeds_dir(), "the sample articles folder")
    found = [found for arg in args for found in expand_input(arg)]
    check_count(len(found))
    return found


def expand_input(arg: str) -> list[str]:
    """What one argument stands for: a folder its files, an address or a file itself."""
    if not arg:
        raise InputError("an empty file name was given")
    if is_address(arg):
        problem = _address_problem(arg)
        if problem:
            raise InputError.about(arg, problem)
        return [arg]
    if os.path.isdir(arg):
        return _text_files_in(arg, arg)
    return [arg]


def check_count(count: int) -> None:
    if count > MAX_VERSIONS:
        raise InputError(f"{count} versions given; newsdiff compares at most {MAX_VERSIONS}")


def _address_problem(url: str) -> str | None:
    """Why `url` cannot be fetched, judged from its spelling alone."""
    from urllib.parse import urlsplit  # here: only an address needs it

    if not url.isprintable() or any(c.isspace() for c in url):
        return "not a valid address (it holds spaces or control characters)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (parsed on access: "host:port" with a bad port raises)
    except ValueError:
        return "not a valid address"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http or https address"
    if not parts.hostname:
        return "not a valid address (no host name)"
    return None


def domain(url: str) -> str:
    """ "reuters.com" for "https://www.reuters.com/world/…"."""
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or url).removeprefix("www.")


# --- Reading safely ------------------------------------------------------------------------------

_REASONS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "a symbolic link loop",
    errno.ENOTDIR: "no such file (a part of the path is not a folder)",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EISDIR: "a folder, not a file",
}

_KINDS = (
    (stat.S_ISDIR, "a folder, not a file"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "a character device, not a regular file"),
    (stat.S_ISBLK, "a block device, not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
)


def _reason(error: OSError) -> str:
    return _REASONS.get(error.errno, (error.strerror or str(error)).lower())


def _stat_problem(path: str) -> str | None:
    """Why `path` cannot be read as a text file, judged from stat alone (nothing is opened)."""
    try:
        info = os.stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.lexists(path):
            return "a broken symbolic link (its target is missing)"
        return _reason(error)
    return _kind_problem(info.st_mode) or _size_problem(info.st_size)


def _kind_problem(mode: int) -> str | None:
    for test, problem in _KINDS:
        if test(mode):
            return problem
    return None if stat.S_ISREG(mode) else "not a regular file"


def _size_problem(size: int) -> str | None:
    if size <= MAX_BYTES:
        return None
    # Rounded up: a file a few bytes over the cap must not read "10.0 MB is over the 10 MB limit".
    megabytes = math.ceil(size / (_MB // 10)) / 10
    return f"{megabytes:.1f} MB is over newsdiff's {MAX_BYTES // _MB} MB limit per version"


def read_bytes(path: str) -> bytes:
    """At most MAX_BYTES of a regular file, refusing anything else before opening it."""
    problem = _stat_problem(path)
    if problem:
        raise InputError.about(path, problem)
    # O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening it must not hang.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise InputError.about(path, _reason(error)) from error
    try:
        problem = _kind_problem(os.fstat(fd).st_mode)
        if problem:
            raise InputError.about(path, problem)
        chunks = []
        remaining = MAX_BYTES + 1  # one byte more tells a file that grew past the cap
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise InputError.about(path, _reason(error)) from error
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise InputError.about(path, f"over newsdiff's {MAX_BYTES // _MB} MB limit per version")
    return data
