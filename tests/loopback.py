"""A web server on 127.0.0.1 for the tests that fetch pages: the pages of tests/data/pages and
the ways a server fails. It runs in a daemon thread, answers only loopback connections, and shuts
itself down after LIFETIME seconds if the test that started it never does."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

PAGES = Path(__file__).resolve().parent / "data" / "pages"
LIFETIME = 120  # seconds
SLOW = 3.0  # seconds /slow waits before answering: longer than the tests' --timeout
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
TEXT_STORY = (
    "LARKHAVEN (Reuters) - The harbour bridge reopened to traffic on Tuesday after eight months "
    "of repairs, the city council said.\n\nEngineers replaced 42 steel cables, the council said.\n"
)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format, *args):  # the test's output is not a server log
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.requests.append((path, dict(self.headers)))
        self.server.arrived.set()
        name = path.strip("/")
        if path.startswith("/pages/") and (PAGES / name.removeprefix("pages/")).is_file():
            self._send(
                200, "text/html; charset=utf-8", (PAGES / name.removeprefix("pages/")).read_bytes()
            )
        elif path == "/text":
            self._send(200, "text/plain; charset=utf-8", TEXT_STORY.encode())
        elif path == "/missing":
            self._send(404, "text/html", b"<h1>Not Found</h1>")
        elif path == "/broken":
            self._send(500, "text/html", b"<h1>Internal Server Error</h1>")
        elif path == "/slow":
            time.sleep(SLOW)
            self._send(200, "text/html", (PAGES / "gazette.html").read_bytes())
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/hops/"):  # /hops/3 redirects three times, then serves a page
            left = int(path.rpartition("/")[2])
            if left:
                self._redirect(f"/hops/{left - 1}")
            else:
                self._send(200, "text/html", (PAGES / "courier.html").read_bytes())
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/story.html")
        elif path == "/image.png":
            self._send(200, "image/png", PNG)
        elif path == "/png-said-html":
            self._send(200, "text/html", PNG)
        elif path == "/huge-said":  # a length over the cap, announced and never sent
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        elif path == "/stream":  # 256 KB of page in 16 KB pieces, its length not announced
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            with contextlib.suppress(OSError):  # the client may hang up at its cap
                for _ in range(16):
                    self.wfile.write(b"<p>" + b"x" * (16 * 1024 - 8) + b"</p>\n")
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may be gone (a test's short timeout)
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.arrived = threading.Event()

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{path}"


@contextlib.contextmanager
def serving() -> Iterator[_Server]:
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    bound = threading.Timer(LIFETIME, server.shutdown)
    bound.daemon = True
    bound.start()
    try:
        yield server
    finally:
        bound.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
