"""Fetching web pages: all at once, each within a time limit and the size cap, through the cache.

The standard library's urllib does it (proxies from the environment, HTTPS with the system's
certificates) in one daemon thread per address: a thread stuck on a silent server never holds up
the answer or the exit. The waiting, the progress and the cache all happen in the caller's
thread, so ctrl+c there stops everything and leaves no partial cache entry.
"""

from __future__ import annotations

import contextlib
import http.client
import queue
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from http import HTTPStatus
from string import punctuation
from typing import TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

from tui import __version__
from tui.core.documents import cache
from tui.core.documents.cache import Page
from tui.core.documents.reading import DEFAULT_TIMEOUT, MAX_BYTES, InputError, printable

MAX_REDIRECTS = 5
USER_AGENT = f"newsdiff/{__version__}"
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9"
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_CHUNK = 1 << 16
_POLL = 0.1  # seconds between looks at ctrl+c and `stop` while waiting
_KB = 1000

Progress = Callable[[str, str], None]  # (address, what happened to it)
T = TypeVar("T")


class Cancelled(Exception):
    """The wait was given up because `stop` was set."""


class _Failure(Exception):
    """Why one address could not be fetched, as the line to print after it."""


def fetch_pages(
    urls: Sequence[str],
    read: Callable[[Page], T],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    refresh: bool = False,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    max_bytes: int = MAX_BYTES,
) -> dict[str, T]:
    """Each distinct address's page, as `read` makes it into a document: cached ones first, the
    others as they arrive, all fetched at once. The first that fails raises InputError naming it;
    a page `read` refuses is neither kept in the cache nor told as arrived. `stop` raises
    Cancelled."""
    done: dict[str, T] = {}
    pending: dict[str, None] = {}
    for url in dict.fromkeys(urls):
        page = None if refresh else cache.load(url, max_bytes)
        if page is None:
            pending[url] = None
            continue
        done[url] = read(page)
        _tell(progress, url, "from the cache")
    if not pending:
        return done
    arrived: queue.SimpleQueue[tuple[str, Page | _Failure]] = queue.SimpleQueue()
    deadline = time.monotonic() + timeout
    for url in pending:
        worker = threading.Thread(
            target=_fetch_into,
            args=(url, timeout, deadline, max_bytes, arrived),
            name="newsdiff-fetch",
            daemon=True,
        )
        worker.start()
    while pending:
        url, outcome = _next(arrived, pending, deadline, timeout, stop)
        del pending[url]
        if isinstance(outcome, _Failure):
            raise InputError.about(url, str(outcome))
        done[url] = read(outcome)
        problem = cache.store(outcome)
        _tell(
            progress,
            url,
            f"fetched, {_size(len(outcome.body))}" + (f"; {problem}" if problem else ""),
        )
    return done


def _next(
    arrived: queue.SimpleQueue[tuple[str, Page | _Failure]],
    pending: dict[str, None],
    deadline: float,
    timeout: float,
    stop: threading.Event | None,
) -> tuple[str, Page | _Failure]:
    """The next address done; the first still pending fails when time is up. Waited for in
    short steps: ctrl+c interrupts no long wait on every platform, and `stop` is looked at."""
    while True:
        if stop is not None and stop.is_set():
            raise Cancelled
        left = deadline - time.monotonic()
        if left <= 0:
            return next(iter(pending)), _Failure(_timed_out(timeout))
        try:
            return arrived.get(timeout=min(left, _POLL))
        except queue.Empty:
            continue


def _tell(progress: Progress | None, url: str, what: str) -> None:
    if progress is not None:
        progress(url, what)


def _size(count: int) -> str:
    if count < _KB * _KB:
        return f"{max(1, round(count / _KB))} KB"
    return f"{count / (_KB * _KB):.1f} MB"


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"


# --- One address, in its own thread -------------------------------------------------------------


def _fetch_into(
    url: str,
    timeout: float,
    deadline: float,
    max_bytes: int,
    arrived: queue.SimpleQueue[tuple[str, Page | _Failure]],
) -> None:
    try:
        outcome: Page | _Failure = _download(url, timeout, deadline, max_bytes)
    except _Failure as failure:
        outcome = failure
    except Exception as error:  # whatever the network or the server did: one line, no traceback
        outcome = _Failure(_reason(error, timeout))
    arrived.put((url, outcome))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed up to MAX_REDIRECTS, to http and https only."""

    # urllib's own limits are looser; these only make sure the count below is reached first.
    max_repeats = max_redirections = MAX_REDIRECTS + 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        hops = getattr(req, "newsdiff_hops", 0) + 1
        if hops > MAX_REDIRECTS:
            fp.close()
            raise _Failure(f"more than {MAX_REDIRECTS} redirects")
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise _Failure(f"redirected to {printable(newurl)}, not an http or https address")
        new = super().redirect_request(req, fp, code, msg, headers, _ascii(newurl))
        if new is not None:
            new.newsdiff_hops = hops
        return new


def _download(url: str, timeout: float, deadline: float, max_bytes: int) -> Page:
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(
        _ascii(url), headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    )
    with opener.open(request, timeout=timeout) as response:
        content_type = response.headers.get_content_type()
        if not response.headers.get("Content-Type"):
            content_type = "text/html"  # a body that is no text is still refused when decoded
        elif content_type not in (*_PAGE_TYPES, *_TEXT_TYPES):
            raise _Failure(f"not a web page or text ({printable(content_type)})")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise _Failure(_over(max_bytes))
        body = _read_capped(response, deadline, timeout, max_bytes)
        return Page(
            url=url,
            final_url=response.geturl(),
            content_type=content_type,
            charset=response.headers.get_content_charset(),
            body=body,
        )


def _read_capped(response, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """The body, counted while it streams: never more than one chunk over the cap in memory."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise _Failure(_over(max_bytes))
        if time.monotonic() > deadline:
            raise _Failure(_timed_out(timeout))
        chunks.append(chunk)
    return b"".join(chunks)


def _over(max_bytes: int) -> str:
    return f"over newsdiff's {max_bytes / (_KB * _KB):g} MB limit per version"


def _ascii(url: str) -> str:
    """The address as HTTP sends it: an international host name in IDNA, other non-ASCII
    characters percent-encoded, as a browser's address bar does."""
    if url.isascii():
        return url
    scheme, netloc, path, query, fragment = urlsplit(url)
    user, at, host = netloc.rpartition("@")
    if not host.isascii():  # so not an IPv6 literal: the port is after the only colon
        name, colon, port = host.partition(":")
        with contextlib.suppress(UnicodeError):  # left as it is, the lookup fails and says so
            host = name.encode("idna").decode("ascii") + colon + port
    return quote(urlunsplit((scheme, user + at + host, path, query, fragment)), safe=punctuation)


_GAI_NO_HOST = {getattr(socket, name, None) for name in ("EAI_NONAME", "EAI_NODATA")} - {None}


def _reason(error: BaseException, timeout: float) -> str:
    """What went wrong, in a few words."""
    if isinstance(error, urllib.error.HTTPError):
        error.close()
        try:
            return f"HTTP {error.code} {HTTPStatus(error.code).phrase}"
        except ValueError:
            return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        error = error.reason
    if isinstance(error, socket.gaierror):
        return "no such host" if error.errno in _GAI_NO_HOST else "cannot look up the host name"
    if isinstance(error, TimeoutError):
        return _timed_out(timeout)
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, ConnectionResetError):  # http.client's RemoteDisconnected too
        return "the server closed the connection"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"the server's certificate is not trusted ({error.verify_message})"
    if isinstance(error, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(error, http.client.HTTPException):
        return "the server's answer is not valid HTTP"
    if isinstance(error, urllib.error.URLError):
        return printable(str(error.reason))
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return printable(str(error)) or type(error).__name__
