"""Fetched pages kept on disk, so that reopening a comparison needs no network.

One file per address in the user's cache folder (platformdirs; `$NEWSDIFF_CACHE_DIR` moves it):
a line of JSON saying where the page came from, then the body as the server sent it. A file is
written whole under a temporary name and then renamed, so an interrupted run leaves no partial
entry; one that cannot be read is fetched again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from typing import NamedTuple

CACHE_DIR_ENV = "NEWSDIFF_CACHE_DIR"
_SUFFIX = ".page"


class Page(NamedTuple):
    """A page as a server sent it."""

    url: str  # as the user gave it
    final_url: str  # after redirects
    content_type: str  # "text/html", "text/plain" or "application/xhtml+xml"
    charset: str | None  # as the Content-Type header said, if it did
    body: bytes


def cache_dir() -> str:
    """`$NEWSDIFF_CACHE_DIR` when set (tests use it), else the platform's user cache folder."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return override
    import platformdirs  # here: only an address needs it

    return platformdirs.user_cache_dir("newsdiff")


def _entry(url: str) -> str:
    return os.path.join(
        cache_dir(), hashlib.sha256(url.encode("utf-8", "replace")).hexdigest() + _SUFFIX
    )


def load(url: str, max_bytes: int) -> Page | None:
    """The cached page of `url`, or None when there is none (or none that can be read)."""
    try:
        with open(_entry(url), "rb") as stream:
            header = json.loads(stream.readline(64_000))
            body = stream.read(max_bytes + 1)
        page = Page(
            url=header["url"],
            final_url=header["final_url"],
            content_type=header["content_type"],
            charset=header["charset"],
            body=body,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if page.url != url or len(body) > max_bytes:
        return None
    return page


def store(page: Page) -> str | None:
    """Keep `page` for next time; a one-line problem when it cannot be kept (the comparison
    goes on without it)."""
    path = _entry(page.url)
    folder = os.path.dirname(path)
    header = {
        "url": page.url,
        "final_url": page.final_url,
        "content_type": page.content_type,
        "charset": page.charset,
    }
    temp_name = None
    try:
        os.makedirs(folder, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(json.dumps(header).encode("ascii") + b"\n")
            stream.write(page.body)
        os.replace(temp_name, path)
    except OSError as error:
        return f"not kept in the cache ({error.strerror or error})"
    finally:
        # Gone after the rename; after a failure or ctrl+c, the partial copy goes.
        if temp_name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(temp_name)
    return None
