"""Pages by address: fetched from a server on 127.0.0.1 (tests/loopback.py), never the network.
Every failure is one line naming the address and exit status 2, with nothing written; the cache
answers the second time; ctrl+c leaves no partial cache entry."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import fingerprint, write
from loopback import PAGES, serving

from tui import __version__
from tui.cli import EXIT_INPUT, EXIT_INTERRUPTED, build_parser, main
from tui.core.documents import DEFAULT_TIMEOUT, InputError, cache, open_inputs
from tui.core.documents.fetch import MAX_REDIRECTS, fetch_pages

CHILD_TIMEOUT = 60  # seconds: far above any case here, so a hang fails instead of blocking CI


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(folder))
    for proxy in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(proxy, raising=False)  # the loopback server is reached directly
    return folder


@pytest.fixture(scope="module")
def server():
    with serving() as running:
        yield running


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# --- Pages that arrive -----------------------------------------------------------------------


def test_urls_saved_pages_and_text_files_compare_together(server, tmp_path, capsys):
    notes = write(
        tmp_path, "notes.txt", "The harbour bridge reopened on Tuesday, the council said.\n"
    )
    gazette, courier = server.url("/pages/gazette.html"), server.url("/pages/courier.html")
    out = tmp_path / "out.json"
    status, _, err = run(
        capsys, gazette, courier, str(PAGES / "notes.html"), str(notes), "--json", str(out)
    )
    assert status == 0, err
    versions = json.loads(out.read_text(encoding="utf-8"))["versions"]
    assert [v["label"] for v in versions] == [
        "The Larkhaven Gazette",
        "Brackenford Courier",
        "notes",
        "notes (2)",
    ]
    assert (versions[0]["path"], versions[0]["url"], versions[0]["author"]) == (
        gazette,
        gazette,  # where it came from in the end, after no redirect
        "Mira Okonjo",
    )
    assert sorted(err.splitlines()) == sorted(
        [f"newsdiff: {gazette}: fetched, 4 KB", f"newsdiff: {courier}: fetched, 2 KB"]
    )


def test_the_user_agent_names_newsdiff_and_its_version(server, capsys):
    status, _, _ = run(capsys, server.url("/pages/courier.html?ua"), "--json", os.devnull)
    assert status == 0
    headers = next(h for path, h in reversed(server.requests) if path == "/pages/courier.html")
    assert headers["User-Agent"] == f"newsdiff/{__version__}"


def test_the_cache_answers_the_second_time_and_refresh_fetches_again(server, tmp_path, capsys):
    url = server.url("/pages/gazette.html?cached")
    first = run(capsys, url, url, "--json", "-")
    asked = len(server.requests)
    second = run(capsys, url, url, "--json", "-")
    assert len(server.requests) == asked  # no request: the cache had it
    assert second[0] == 0 and second[1] == first[1]
    assert second[2] == f"newsdiff: {url}: from the cache\n"
    versions = json.loads(first[1])["versions"]
    assert versions[1]["warnings"] == [
        f"the same page as {url} (given twice, so compared with itself)"
    ]
    third = run(capsys, url, "--refresh", "--json", os.devnull)
    assert len(server.requests) == asked + 1 and third[2] == f"newsdiff: {url}: fetched, 4 KB\n"


def test_up_to_five_redirects_are_followed_and_the_final_address_kept(server, capsys):
    url = server.url(f"/hops/{MAX_REDIRECTS}")
    status, out, err = run(capsys, url, url, "--json", "-")
    assert status == 0, err
    version = json.loads(out)["versions"][0]
    assert (version["path"], version["url"]) == (url, server.url("/hops/0"))


def test_a_text_page_is_read_as_a_text_file_is(server, capsys):
    url = server.url("/text")
    status, out, _ = run(capsys, url, url, "--json", "-")
    version = json.loads(out)["versions"][0]
    assert (status, version["label"], version["url"]) == (0, "Reuters", url)  # its dateline


def test_a_body_is_counted_while_it_streams(server):
    # /stream sends 256 KB without saying so beforehand; a lower cap stops it part-way.
    with pytest.raises(InputError, match=r"/stream: over newsdiff's 0.1 MB limit per version$"):
        fetch_pages([server.url("/stream")], lambda page: page, max_bytes=100_000)
    pages = fetch_pages([server.url("/stream")], lambda page: page, max_bytes=300_000)
    assert len(pages[server.url("/stream")].body) == 16 * 16 * 1024


def test_names_and_labels_name_fetched_versions_too(server, capsys):
    gazette, courier = server.url("/pages/gazette.html"), server.url("/pages/courier.html")
    status, out, _ = run(
        capsys, f"Mine={gazette}", courier, "--label", "A", "--label", "B", "--json", "-"
    )
    assert status == 0
    assert [v["label"] for v in json.loads(out)["versions"]] == ["Mine", "B"]


# --- Every failure: one line, status 2, nothing written ---------------------------------------


def _refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed on leaving: nothing listens there


FAILURES = [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/slow", "timed out after 0.5 s"),
    ("/loop", f"more than {MAX_REDIRECTS} redirects"),
    (f"/hops/{MAX_REDIRECTS + 1}", f"more than {MAX_REDIRECTS} redirects"),
    ("/to-ftp", "redirected to ftp://127.0.0.1/story.html, not an http or https address"),
    ("/image.png", "not a web page or text (image/png)"),
    ("/png-said-html", "binary data (a PNG image), not text"),
    ("/huge-said", "over newsdiff's 10 MB limit per version"),
    ("/pages/paywall.html", "no article text found in the page"),
]


def assert_one_line(status: int, err: str, url: str, reason: str) -> None:
    assert "Traceback" not in err
    assert status == EXIT_INPUT, err
    assert err == f"newsdiff: {url}: {reason}\n"


@pytest.mark.parametrize(("path", "reason"), FAILURES, ids=[p for p, _ in FAILURES])
def test_each_failure_is_one_line_and_nothing_is_written(server, tmp_path, capsys, path, reason):
    url = server.url(path)
    good = server.url("/pages/courier.html")
    write(tmp_path, "keep.txt", "the user's own file\n")
    before = fingerprint(tmp_path)
    status, _, err = run(capsys, url, "--timeout", "0.5", "--json", str(tmp_path / "out.json"))
    assert_one_line(status, err, url, reason)
    status, _, err = run(capsys, good, url, "--timeout", "0.5", "--html", str(tmp_path / "o.html"))
    assert status == EXIT_INPUT and err.endswith(f"newsdiff: {url}: {reason}\n"), err
    after = fingerprint(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("cache")} == before


def test_connection_refused(tmp_path, capsys):
    url = f"http://127.0.0.1:{_refused_port()}/story"
    assert_one_line(*run(capsys, url, "--json", "-")[::2], url, "connection refused")


def test_no_such_host(capsys, monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    url = "http://no-such-host.invalid/story"
    assert_one_line(*run(capsys, url, "--json", "-")[::2], url, "no such host")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/story.html", "not an http or https address"),
        ("file:///etc/passwd", "not an http or https address"),
        ("javascript://alert(1)", "not an http or https address"),
        ("https:///story", "not a valid address (no host name)"),
        ("http://example.org:port/", "not a valid address"),
        ("http://exa mple.org/", "not a valid address (it holds spaces or control characters)"),
    ],
)
def test_addresses_refused_by_their_spelling_before_any_fetch(capsys, url, reason):
    assert_one_line(*run(capsys, url, "--json", "-")[::2], url, reason)


@pytest.mark.timing
def test_the_first_failure_stops_the_run_before_others_arrive(server, capsys):
    slow, missing = server.url("/slow"), server.url("/missing")
    started = time.monotonic()
    status, _, err = run(capsys, slow, missing, "--timeout", "10", "--json", os.devnull)
    assert time.monotonic() - started < 5  # /slow takes 3 s: not waited for
    assert_one_line(status, err, missing, "HTTP 404 Not Found")


def test_a_bad_timeout_is_refused(capsys):
    for bad in ("0", "-1", "nan", "inf", "soon", "3601"):
        with pytest.raises(SystemExit) as exit_:
            main(["--timeout", bad, "--json", "-"])
        assert exit_.value.code == 2
    assert "is not a number of seconds from 0 to 3600" in capsys.readouterr().err


# --- The cache ---------------------------------------------------------------------------------


def test_a_cache_that_cannot_be_written_is_said_and_the_run_goes_on(
    server, tmp_path, capsys, monkeypatch
):
    blocked = write(tmp_path, "not-a-folder", "a file where the cache folder would be")
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(blocked))
    url = server.url("/pages/courier.html?blocked")
    status, _, err = run(capsys, url, url, "--json", os.devnull)
    assert status == 0
    assert err.startswith(f"newsdiff: {url}: fetched, 2 KB; not kept in the cache (")


def test_an_unreadable_cache_entry_is_fetched_again(server, cache_dir, capsys):
    url = server.url("/pages/courier.html?corrupt")
    assert run(capsys, url, url, "--json", os.devnull)[0] == 0
    (entry,) = cache_dir.iterdir()
    entry.write_bytes(b"not a header\n<html>")
    status, _, err = run(capsys, url, url, "--json", os.devnull)
    assert (status, err) == (0, f"newsdiff: {url}: fetched, 2 KB\n")


def test_an_interrupted_store_leaves_no_entry_and_no_temp_file(cache_dir, monkeypatch):
    page = cache.Page("http://x.example/", "http://x.example/", "text/html", None, b"<p>x</p>")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.store(page)
    assert list(cache_dir.iterdir()) == []


def test_ctrl_c_while_fetching_exits_130_and_leaves_no_cache_entry(server, tmp_path, cache_dir):
    url = server.url("/slow")
    server.arrived.clear()
    env = {**os.environ, "NEWSDIFF_CACHE_DIR": str(cache_dir)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", url, url, "--json", "out.json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert server.arrived.wait(CHILD_TIMEOUT)  # the child is waiting for the page
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert (child.returncode, err) == (EXIT_INTERRUPTED, "newsdiff: interrupted\n")
    assert not cache_dir.exists() or list(cache_dir.iterdir()) == []
    assert not (tmp_path / "out.json").exists()


def test_inputs_read_local_files_before_any_fetch(server, tmp_path):
    asked = len(server.requests)
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        open_inputs([server.url("/pages/gazette.html"), str(tmp_path / "gone.txt")])
    assert len(server.requests) == asked


def test_other_network_errors_read_as_the_system_says_them():
    from tui.core.documents import fetch

    error = OSError(errno.ENETUNREACH, "Network is unreachable")
    assert fetch._reason(error, 20) == "network is unreachable"


def test_the_help_gives_the_default_timeout():
    assert f"(default {DEFAULT_TIMEOUT:g})" in " ".join(build_parser().format_help().split())
