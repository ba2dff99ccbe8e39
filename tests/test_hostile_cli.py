"""Hostile and broken input through the command line: one clear line and status 2, or handled.

Most cases run `tui.cli.main` in-process; a handful run the real `python -m tui` to see exit
statuses, hangs and tracebacks from the outside. Every case checks that no file of the user's
changed and no temp file was left behind.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from helpers import fail_writes, fingerprint, write

from tui.cli import EXIT_BROKEN_PIPE, EXIT_INPUT, EXIT_INTERRUPTED, main
from tui.core import comparison, output
from tui.core.documents import MAX_BYTES, MAX_VERSIONS

STORY = (
    "Minister Zoë Okafor said 12 people were hurt in Lyon on Monday.\n\n"
    "“We will rebuild the bridge,” she told reporters at the town hall.\n\n"
    "The café owners said the repairs would cost €2 million.\n"
)
OTHER = STORY.replace("12 people", "14 people").replace("Okafor", "Okafur")
PRECIOUS = "the user's own file, never to be touched\n"
CHILD_TIMEOUT = 30  # seconds: far above any case here, so a hang fails instead of blocking CI


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_child(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=CHILD_TIMEOUT,
    )


def assert_refused(status: int, err: str, name: str, problem: str) -> None:
    assert "Traceback" not in err
    assert status == EXIT_INPUT, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsdiff: ") and name in lines[0] and problem in lines[0], err


def assert_offsets_exact(data: dict) -> None:
    """Every span in the JSON export slices its version's text to the string it reports."""
    texts = [version["text"] for version in data["versions"]]
    for version in data["versions"]:
        text = version["text"]
        assert "\r" not in text
        for sentence in version["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    for passage in data["passages"]:
        for member in passage["members"]:
            sentence = data["versions"][member["version"]]["sentences"][member["sentence"]]
            for start, end, *_ in member["differing"] + member["wording"]:
                assert sentence["start"] <= start < end <= sentence["end"]
        for discrepancy in passage["discrepancies"]:
            for reading in discrepancy["readings"]:
                for span in reading["members"]:
                    sentence = data["versions"][span["version"]]["sentences"][span["sentence"]]
                    assert sentence["start"] <= span["start"] < span["end"] <= sentence["end"]
        for diff in passage["diffs"]:
            for _, a_start, a_end, b_start, b_end in diff["ops"]:
                assert 0 <= a_start <= a_end <= len(texts[diff["version"]])
                assert 0 <= b_start <= b_end <= len(texts[passage["reference"]])
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert texts[mention["version"]][mention["start"] : mention["end"]] == mention["text"]


# --- Inputs refused with one line -----------------------------------------------------------------


def _missing(folder: Path) -> Path:
    return folder / "gone.txt"


def _folder_without_text(folder: Path) -> Path:
    inside = folder / "downloads"
    inside.mkdir()
    write(inside, "photo.jpg", b"\xff\xd8\xff\xe0 not text")
    return inside


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _symlink_loop(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


def _broken_symlink(folder: Path) -> Path:
    (folder / "link.txt").symlink_to(folder / "moved-away.txt")
    return folder / "link.txt"


def _png(folder: Path) -> Path:
    return write(folder, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))


def _zip(folder: Path) -> Path:
    path = folder / "story.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("story.txt", STORY)
    return path


def _empty(folder: Path) -> Path:
    return write(folder, "empty.txt", b"")


def _whitespace(folder: Path) -> Path:
    return write(folder, "blank.txt", " \n\t\r\n\u00a0\u3000\n\u200b\n")


def _sparse(folder: Path, size: int) -> Path:
    path = folder / "dump.txt"
    with path.open("wb") as stream:
        stream.truncate(size)  # sparse: refused from its size, never read
    return path


def _fifty_megabytes(folder: Path) -> Path:
    return _sparse(folder, 50 * 1_000_000)


def _one_byte_over_the_cap(folder: Path) -> Path:
    return _sparse(folder, MAX_BYTES + 1)


REFUSED = [
    (_missing, "no such file"),
    (_folder_without_text, "no .txt or .html files in this folder"),
    (_fifo, "a named pipe (FIFO), not a regular file"),
    (lambda _: Path("/dev/zero"), "a character device, not a regular file"),
    (_symlink_loop, "a symbolic link loop"),
    (_broken_symlink, "a broken symbolic link"),
    (_png, "binary data (a PNG image), not text"),
    (_zip, "binary data (a ZIP archive), not text"),
    (_empty, "empty: nothing to compare"),
    (_whitespace, "empty: nothing to compare"),
    (_fifty_megabytes, "50.0 MB is over newsdiff's 10 MB limit per version"),
    (_one_byte_over_the_cap, "10.1 MB is over newsdiff's 10 MB limit per version"),
]


@pytest.mark.timing
@pytest.mark.parametrize("export", ["--json", "--html"])
@pytest.mark.parametrize(("make", "problem"), REFUSED, ids=[p for _, p in REFUSED])
def test_bad_input_is_one_line_and_status_2_and_touches_nothing(
    tmp_path, capsys, make, problem, export
):
    good = write(tmp_path, "good.txt", STORY)
    bad = make(tmp_path)
    out = write(tmp_path, "out", PRECIOUS)
    before = fingerprint(tmp_path)
    started = time.monotonic()
    status, stdout, err = run(capsys, good, bad, export, out, "--force")
    assert time.monotonic() - started < 5, "refused at once, never read through"
    assert_refused(status, err, bad.name, problem)
    assert stdout == ""
    assert fingerprint(tmp_path) == before


def test_unreadable_file_is_permission_denied(tmp_path, capsys, monkeypatch):
    good = write(tmp_path, "good.txt", STORY)
    secret = write(tmp_path, "secret.txt", OTHER)
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads a chmod 000 file: make the open fail as it would for a user
        real_open = os.open

        def refusing_open(path, flags, *args, **kwargs):
            if Path(path) == secret:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    try:
        status, _, err = run(capsys, good, secret, "--json", tmp_path / "out.json")
    finally:
        secret.chmod(0o600)
    assert_refused(status, err, "secret.txt", "permission denied")
    assert not (tmp_path / "out.json").exists()


def test_fifty_one_versions_are_refused_over_the_cap(tmp_path, capsys):
    files = [write(tmp_path, f"v{n}.txt", STORY) for n in range(MAX_VERSIONS + 1)]
    before = fingerprint(tmp_path)
    status, _, err = run(capsys, *files, "--json", tmp_path / "out.json")
    assert_refused(status, err, "51 versions", f"at most {MAX_VERSIONS}")
    assert fingerprint(tmp_path) == before


def test_an_input_named_as_the_output_is_never_overwritten(tmp_path, capsys):
    first, second = write(tmp_path, "a.txt", STORY), write(tmp_path, "b.txt", OTHER)
    before = fingerprint(tmp_path)
    for export in ("--json", "--html"):
        status, _, err = run(capsys, first, second, export, second, "--force")
        assert_refused(status, err, str(second), "is one of the inputs")
    status, _, err = run(capsys, tmp_path, "--json", tmp_path / "." / "a.txt", "--force")
    assert_refused(status, err, "a.txt", "is one of the inputs")
    assert fingerprint(tmp_path) == before


# --- Inputs handled -------------------------------------------------------------------------------


@pytest.mark.timing
def test_one_megabyte_line_without_punctuation_is_handled_in_linear_time(tmp_path, capsys):
    line = ("word " * 200_000)[:1_000_000]
    long = write(tmp_path, "long.txt", line)
    blob = write(tmp_path, "blob.txt", "x" * 1_000_000)  # not even a space to cut at
    out = tmp_path / "out.json"
    started = time.monotonic()
    status, _, err = run(capsys, long, blob, "--json", out)
    elapsed = time.monotonic() - started
    assert status == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_offsets_exact(data)
    assert len(data["versions"][0]["sentences"]) >= 1_000_000 // 2000  # cut at the length cap
    assert elapsed < 20, f"{elapsed:.1f} s for 2 MB"


def _latin1_story() -> str:
    return STORY.replace("“", "«").replace("”", "»").replace("€2", "2")


def _bad_byte_story() -> bytes:
    encoded = STORY.encode("utf-8")
    middle = encoded.index(b"Lyon") + 2
    return encoded[:middle] + b"\xff" + encoded[middle:]


def _mixed_newlines() -> bytes:
    paragraphs = STORY.strip().split("\n\n")
    return (paragraphs[0] + "\r\n\r\n" + paragraphs[1] + "\r\r" + paragraphs[2] + "\n").encode()


ENCODINGS = [
    ("utf-8", STORY.encode("utf-8"), STORY, "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + STORY.encode("utf-8"), STORY, "utf-8"),
    ("utf-16-le", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), STORY, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), STORY, "utf-16-be"),
    ("windows-1252", STORY.encode("cp1252"), STORY, "cp1252"),
    ("latin-1", _latin1_story().encode("latin-1"), _latin1_story(), "cp1252"),
    ("bad utf-8 byte", _bad_byte_story(), STORY.replace("Lyon", "Lyÿon"), "utf-8"),
    ("mixed newlines", _mixed_newlines(), STORY, "utf-8"),
]


@pytest.mark.parametrize(
    ("data", "expected", "encoding"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
def test_every_encoding_decodes_and_json_offsets_stay_exact(
    tmp_path, capsys, data, expected, encoding
):
    source = write(tmp_path, "source.txt", data)
    other = write(tmp_path, "other.txt", OTHER)
    out = tmp_path / "out.json"
    status, _, err = run(capsys, source, other, "--json", out)
    assert status == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert_offsets_exact(result)
    version = result["versions"][0]
    assert version["text"] == expected.strip()
    assert version["encoding"] == encoding
    assert [s["paragraph"] for s in version["sentences"]] == [0, 1, 2]
    assert len(result["passages"]) == 3, "the decoded text aligns with the UTF-8 version"
    readings = [
        {r["text"] for r in d["readings"]} for p in result["passages"] for d in p["discrepancies"]
    ]
    assert {"12", "14"} in readings


SCRIPTS = (
    "قال الوزير إن المحادثات في الرياض كانت جيدة جدا. وأضاف أن الاجتماع سيستمر غدا؟\n\n"
    "השר אמר שהשיחות בירושלים היו טובות מאוד. הפגישה תימשך מחר!\n\n"
    "外交部长今天在北京会见了代表团。双方讨论了贸易问题！会谈何时结束？\n\n"
    "Cafe\u0301 owners in Ha\u0300 No\u0323i said 12 stalls reopened.\n\n"
    "Fans cheered 🎉👨\u200d👩\u200d👧 as Zürich won 3–1. 🇨🇭 flags flew over the old town.\n\n"
    "The mini\u200bster met the en\u2060voy in Gen\u200eeva at noon.\n"
)


def test_other_scripts_segment_and_export_with_exact_offsets(tmp_path, capsys):
    first = write(tmp_path, "first.txt", SCRIPTS)
    second = write(tmp_path, "second.txt", SCRIPTS.replace("12 stalls", "15 stalls"))
    out = tmp_path / "out.json"
    status, _, err = run(capsys, first, second, "--json", out)
    assert status == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_offsets_exact(data)
    sentences = [s["text"] for s in data["versions"][0]["sentences"]]
    assert sentences[4:7] == [
        "外交部长今天在北京会见了代表团。",
        "双方讨论了贸易问题！",
        "会谈何时结束？",
    ]
    assert "Caf\u00e9 owners in H\u00e0 N\u1ecdi said 12 stalls reopened." in sentences  # NFC
    assert (
        "Fans cheered 🎉👨\u200d👩\u200d👧 as Zürich won 3–1." in sentences
    )  # the family emoji kept
    assert "The minister met the envoy in Geneva at noon." in sentences  # invisible characters gone
    assert any("invisible characters" in w for w in data["versions"][0]["warnings"])
    # Every script aligns, CJK too: each ideograph counts as a word.
    aligned = {m["sentence"] for p in data["passages"] for m in p["members"] if m["version"] == 0}
    assert aligned == set(range(len(sentences)))


def test_other_scripts_lay_out_in_the_html_page(tmp_path, capsys):
    first = write(tmp_path, "first.txt", SCRIPTS)
    second = write(tmp_path, "second.txt", SCRIPTS.replace("12 stalls", "15 stalls"))
    status, page, err = run(capsys, first, second, "--html", "-")
    assert status == 0, err
    for piece in (
        "قال الوزير",
        "השר אמר",
        "外交部长今天在北京会见了代表团。",
        "Café",
        "👨\u200d👩\u200d👧",
    ):
        assert piece in page
    # Each paragraph takes its direction from its own first letter: Arabic and Hebrew read
    # right to left, with their full stops on the left where they belong.
    assert page.count('<p dir="auto">') == 2 * 6


# --- Markup and escape injection ------------------------------------------------------------------

INJECTION = (
    "Officials said <script>alert('x')</script> the vote would be held on Friday.\n\n"
    "The page closed its style </style><style>body{display:none}</style> in Paris today.\n\n"
    'Witnesses saw <img src=x onerror="alert(1)"> near the building at noon.\n\n'
    'Click <a href="javascript:alert(1)">here</a> or javascript:alert(2) for the results.\n\n'
    "Markup [bold]loud[/] [@click=app.quit]quit[/] [link=https://evil.test]x[/link] $HOME.\n\n"
    "Escapes \x1b[2J\x1b[31mred\x1b[0m and \x1b]8;;https://evil.test\x07link\x1b]8;;\x07 end.\n"
)


@pytest.fixture
def injected(tmp_path) -> list[Path]:
    return [
        write(tmp_path, "<script>alert(1)<!--.txt", INJECTION),
        write(tmp_path, "b.txt", INJECTION.replace("Friday", "Saturday")),
    ]


def test_html_and_script_in_the_text_are_escaped_in_the_page(injected, capsys):
    status, page, err = run(capsys, *injected, "--html", "-")
    assert status == 0, err
    body = page.split("<body>", 1)[1]
    assert body.count("<script>") == 1 and body.count("</script>") == 1  # the page's own
    assert page.count("<style>") == 1 and page.count("</style>") == 1
    for raw in ("<script>alert", "<img", '<a href="javascript', "<!--"):
        assert raw not in page
    attributes = re.findall(r"<[a-z][^>]*>", page)
    assert not [tag for tag in attributes if re.search(r"\son\w+=|javascript:", tag)]
    for shown in (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;",
        "&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;",
        "&lt;img src=x onerror=&quot;alert(",  # the digit that follows is marked as a number
        "javascript:alert(",
        "&lt;script&gt;alert(1)&lt;!--",  # the file name, as the column label
    ):
        assert shown in page
    assert "\x1b" not in page and "evil.test\x07" not in page


def test_escapes_are_removed_and_markup_kept_literally_in_the_json(injected, capsys):
    status, out, err = run(capsys, *injected, "--json", "-")
    assert status == 0, err
    data = json.loads(out)
    assert_offsets_exact(data)
    text = data["versions"][0]["text"]
    assert "\x1b" not in text and "\x07" not in text
    assert "Escapes red and link end." in text
    assert "[bold]loud[/] [@click=app.quit]quit[/] [link=https://evil.test]x[/link] $HOME" in text
    assert any("terminal escapes" in w for w in data["versions"][0]["warnings"])


def test_file_names_that_are_not_utf8_or_hold_escapes_export_cleanly(tmp_path, capsys):
    folder = os.fsencode(tmp_path)
    names = [b"caf\xe9 (latin-1 name).txt", b"\x1b]0;owned\x07\x1b[31mred.txt"]
    for name, text in zip(names, (STORY, OTHER), strict=True):
        Path(os.fsdecode(os.path.join(folder, name))).write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    status, _, err = run(capsys, tmp_path, "--json", out)
    assert status == 0, err
    data = json.loads(out.read_bytes().decode("utf-8"))  # strict UTF-8: no lone surrogates
    assert_offsets_exact(data)
    assert sorted(v["name"] for v in data["versions"]) == [
        "\x1b]0;owned\x07\x1b[31mred.txt",  # JSON escapes control characters itself
        "caf\ufffd (latin-1 name).txt",
    ]
    status, page, err = run(capsys, tmp_path, "--html", "-")
    assert status == 0, err
    page.encode("utf-8")
    assert "\x1b" not in page and "\x07" not in page
    assert "caf\\udce9 (latin-1 name)" in page  # the label, escaped as newsdiff prints names


# --- Counts ---------------------------------------------------------------------------------------


def test_one_version_exports_with_a_note(tmp_path, capsys):
    only = write(tmp_path, "only.txt", STORY)
    status, out, err = run(capsys, only, "--json", "-")
    assert status == 0, err
    data = json.loads(out)
    assert data["passages"] == [] and data["notes"] == [
        "only one version: there is nothing to compare it against"
    ]
    status, page, err = run(capsys, only, "--html", "-")
    assert status == 0 and "nothing to compare" in page


def test_two_identical_versions_match_sentence_for_sentence(tmp_path, capsys):
    files = [write(tmp_path, name, STORY) for name in ("a.txt", "b.txt")]
    status, out, err = run(capsys, *files, "--json", "-")
    assert status == 0, err
    data = json.loads(out)
    assert_offsets_exact(data)
    pairs = [[(m["version"], m["sentence"]) for m in p["members"]] for p in data["passages"]]
    assert pairs == [[(0, i), (1, i)] for i in range(3)]
    assert all(not p["discrepancies"] for p in data["passages"])
    assert all(not m["differing"] for p in data["passages"] for m in p["members"])
    assert data["versions"][0]["label"] != data["versions"][1]["label"]


def test_fifty_versions_of_a_folder_are_compared(tmp_path, capsys):
    folder = tmp_path / "fifty"
    folder.mkdir()
    for n in range(MAX_VERSIONS):
        write(folder, f"v{n}.txt", STORY.replace("12 people", f"{n + 2} people"))
    status, out, err = run(capsys, folder, "--json", "-")
    assert status == 0, err
    data = json.loads(out)
    assert_offsets_exact(data)
    assert [v["name"] for v in data["versions"]] == [f"v{n}.txt" for n in range(MAX_VERSIONS)]
    assert max(p["support"] for p in data["passages"]) == MAX_VERSIONS


def test_versions_with_nothing_in_common_have_no_passages(tmp_path, capsys):
    first = write(tmp_path, "a.txt", STORY)
    second = write(
        tmp_path,
        "b.txt",
        "Heavy snow closed three mountain passes in Norway overnight.\n\n"
        "Farmers in Kenya expect a record coffee harvest this autumn.\n",
    )
    status, out, err = run(capsys, first, second, "--json", "-")
    assert status == 0, err
    data = json.loads(out)
    assert data["passages"] == []
    assert all(v["shared"] == 0 for v in data["versions"])
    status, page, _ = run(capsys, first, second, "--html", "-")
    assert status == 0 and "<strong>0</strong> passages" in page


# --- Where the output goes ------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path) -> list[Path]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    return [write(inputs, "a.txt", STORY), write(inputs, "b.txt", OTHER)]


def test_output_path_that_is_a_folder(pair, tmp_path, capsys):
    target = tmp_path / "exports"
    target.mkdir()
    before = fingerprint(tmp_path)
    for export in ("--json", "--html"):
        status, _, err = run(capsys, *pair, export, target, "--force")
        assert_refused(status, err, str(target), "is a directory")
    assert fingerprint(tmp_path) == before


def test_output_in_a_folder_that_cannot_be_written(pair, tmp_path, capsys):
    blocker = write(tmp_path, "not-a-folder", PRECIOUS)
    before = fingerprint(tmp_path)
    status, _, err = run(capsys, *pair, "--html", blocker / "page.html")
    assert_refused(status, err, "page.html", "cannot write here")
    assert fingerprint(tmp_path) == before


def test_bad_outputs_are_refused_before_the_comparison(pair, tmp_path, capsys, monkeypatch):
    def never(*_):
        raise AssertionError("compared before checking where the result goes")

    monkeypatch.setattr(comparison, "compare", never)
    existing = write(tmp_path, "out.json", PRECIOUS)
    before = fingerprint(tmp_path)
    cases = [
        (["--json", existing], "already exists (use --force to replace it)"),
        (["--json", tmp_path / "gone" / "out.json"], "cannot write here (no such folder)"),
        (["--html", tmp_path], "is a directory"),
        (["--json", tmp_path / "x", "--html", tmp_path / "in" / ".." / "x"], "given to both"),
        (["--json", "-", "--html", "-"], "standard output: given to both --json and --html"),
    ]
    for options, problem in cases:
        status, stdout, err = run(capsys, *pair, *options)
        assert_refused(status, err, "", problem)
        assert stdout == ""
    assert fingerprint(tmp_path) == before


def test_output_links_that_lead_nowhere_are_kept_without_force(pair, tmp_path, capsys):
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    (tmp_path / "broken").symlink_to(tmp_path / "moved-away.json")
    before = {p.name: os.readlink(p) for p in tmp_path.iterdir() if p.is_symlink()}
    for options in (
        ["--json", tmp_path / "loop-a"],
        ["--html", tmp_path / "broken"],
        ["--json", tmp_path / "loop-a", "--html", tmp_path / "loop-b"],
    ):
        status, _, err = run(capsys, *pair, *options)
        assert_refused(status, err, str(tmp_path), "already exists (use --force to replace it)")
    assert {p.name: os.readlink(p) for p in tmp_path.iterdir() if p.is_symlink()} == before


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
        OSError(errno.EIO, "Input/output error"),
    ],
    ids=["disk full", "quota", "i/o error"],
)
def test_a_failing_write_leaves_nothing_partial(pair, tmp_path, capsys, monkeypatch, failure):
    out = write(tmp_path, "out.json", PRECIOUS)
    before = fingerprint(tmp_path)
    fail_writes(monkeypatch, failure)
    status, _, err = run(capsys, *pair, "--json", out, "--force")
    assert_refused(status, err, "out.json", failure.strerror)
    assert fingerprint(tmp_path) == before


def test_a_file_made_while_writing_is_kept_without_force(pair, tmp_path, capsys, monkeypatch):
    # Another program creates the output after newsdiff has checked that the name is free.
    out = tmp_path / "out.json"
    real_temp_file_beside = output._temp_file_beside

    def rival_writes_first(path):
        made = real_temp_file_beside(path)
        out.write_text(PRECIOUS, encoding="utf-8")
        return made

    monkeypatch.setattr(output, "_temp_file_beside", rival_writes_first)
    status, _, err = run(capsys, *pair, "--json", out)
    assert_refused(status, err, "out.json", "already exists (use --force to replace it)")
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["out.json"]
    assert out.read_text(encoding="utf-8") == PRECIOUS


def _race(out: str, contents: list[str]) -> list[str]:
    """Each content written to `out` by its own thread, all let go at once: what each got."""
    start = threading.Barrier(len(contents))
    results = [""] * len(contents)

    def write_as(n: int) -> None:
        start.wait()
        try:
            output.write_atomically(out, contents[n], overwrite=False)
            results[n] = "written"
        except output.OutputError as error:
            results[n] = str(error)

    threads = [threading.Thread(target=write_as, args=(n,)) for n in range(len(contents))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(CHILD_TIMEOUT)
    return results


def test_of_many_writers_racing_for_a_new_name_one_wins(tmp_path):
    writers, rounds = 8, 10
    contents = ["".join(f"writer {n} line {i}\n" for i in range(20_000)) for n in range(writers)]
    for round_ in range(rounds):
        out = str(tmp_path / f"out-{round_}.json")
        results = _race(out, contents)
        assert results.count("written") == 1, results
        refused = f"{out}: already exists (use --force to replace it)"
        assert [r for r in results if r != "written"] == [refused] * (writers - 1)
        assert Path(out).read_text(encoding="utf-8") == contents[results.index("written")]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"out-{r}.json" for r in range(rounds)]


def test_of_several_commands_racing_for_a_new_name_one_wins(pair, tmp_path):
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tui", *map(str, pair), "--json", "out.json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for _ in range(4)
    ]
    results = sorted((child.wait(CHILD_TIMEOUT), child.stderr.read()) for child in children)
    for child in children:
        child.stdout.close()
        child.stderr.close()
    refused = "newsdiff: out.json: already exists (use --force to replace it)\n"
    assert results == [(0, ""), *[(EXIT_INPUT, refused)] * 3]
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["versions"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"]


def test_where_files_cannot_be_linked_a_new_name_is_still_written(
    pair, tmp_path, capsys, monkeypatch
):
    def no_links(*_):  # FAT and some network shares have no hard links
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(output.os, "link", no_links)
    out = tmp_path / "out.json"
    status, _, err = run(capsys, *pair, "--json", out)
    assert status == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["versions"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"]


def test_a_failing_rename_leaves_nothing_partial(pair, tmp_path, capsys, monkeypatch):
    out = write(tmp_path, "page.html", PRECIOUS)
    before = fingerprint(tmp_path)

    def failing_replace(*_):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(output.os, "replace", failing_replace)
    status, _, err = run(capsys, *pair, "--html", out, "--force")
    assert_refused(status, err, "page.html", "cannot write")
    assert fingerprint(tmp_path) == before


def test_ctrl_c_while_writing_leaves_nothing_partial(pair, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out.json"
    before = fingerprint(tmp_path)
    real_chmod = os.chmod

    def interrupted_chmod(path, mode, **kwargs):
        real_chmod(path, mode, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "chmod", interrupted_chmod)
    status, _, err = run(capsys, *pair, "--json", out)
    assert status == EXIT_INTERRUPTED
    assert err == "newsdiff: interrupted\n"
    assert fingerprint(tmp_path) == before


def test_a_pipe_as_output_is_written_into_not_replaced(pair, tmp_path, capsys):
    fifo = tmp_path / "to-jq"
    os.mkfifo(fifo)
    # A reader from the very start (a `cat` started beside the test may not have reached its
    # open() yet, and newsdiff would rightly find nobody reading). Opened read-write, so its
    # reads never end early; the test knows the data is whole when it parses.
    fd = os.open(fifo, os.O_RDWR)
    received = bytearray()
    stop = threading.Event()

    def drain() -> None:
        while not stop.is_set():
            received.extend(os.read(fd, 65536))

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        status, _, err = run(capsys, *pair, "--json", fifo)
        assert status == 0, err
        deadline = time.monotonic() + CHILD_TIMEOUT
        while True:
            try:
                document = json.loads(bytes(received))
                break
            except ValueError:
                assert time.monotonic() < deadline, "the JSON never arrived whole"
                time.sleep(0.01)
    finally:
        stop.set()
        os.write(fd, b" ")  # wakes the reader so it sees the stop
        reader.join(CHILD_TIMEOUT)
        os.close(fd)
    assert document["versions"]
    assert os.path.exists(fifo) and Path(fifo).is_fifo()


@pytest.mark.timing
def test_a_pipe_nobody_reads_is_refused_without_hanging(pair, tmp_path, capsys):
    fifo = tmp_path / "nobody-reads"
    os.mkfifo(fifo)
    started = time.monotonic()
    status, _, err = run(capsys, *pair, "--html", fifo)
    assert time.monotonic() - started < 5
    assert_refused(status, err, "nobody-reads", "no program is reading")
    assert Path(fifo).is_fifo()


# --- From the outside: the real command -----------------------------------------------------------


def test_child_reports_bad_inputs_with_status_2_and_no_traceback(tmp_path):
    good = write(tmp_path, "good.txt", STORY)
    cases = [_fifo(tmp_path), _missing(tmp_path), _fifty_megabytes(tmp_path), _png(tmp_path)]
    before = fingerprint(tmp_path)
    for bad in cases:
        result = run_child(good, bad, "--json", "out.json", cwd=tmp_path)
        assert_refused(result.returncode, result.stderr, bad.name, "")
        assert result.stdout == ""
    assert fingerprint(tmp_path) == before


def test_child_exports_a_hostile_pair_cleanly(injected, tmp_path):
    result = run_child(*injected, "--html", "page.html", "--json", "out.json", cwd=tmp_path)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["versions"]
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_child_output_to_a_closed_pipe_is_quiet(pair, tmp_path):
    # `newsdiff a b --json - | head -c 10`: the reader leaves early.
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", *map(str, pair), "--json", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    child.stdout.close()
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == EXIT_BROKEN_PIPE
    assert err == b""


@pytest.fixture(scope="module")
def long_story(tmp_path_factory) -> Path:
    """One version of 200 KB: an export of a megabyte or more, made in about a second."""
    sentence = "The minister said the talks in Geneva went well for everyone on Monday. "
    return write(tmp_path_factory.mktemp("long"), "long.txt", sentence * (200_000 // len(sentence)))


@pytest.mark.parametrize(
    ("export", "target", "unbuffered"),
    [
        ("--json", "-", "1"),
        ("--html", "-", "1"),
        ("--json", "-", ""),
        ("--html", "/dev/stdout", ""),
    ],
)
def test_child_output_to_a_pipe_closed_mid_write_is_141_and_quiet(
    long_story, tmp_path, export, target, unbuffered
):
    # `newsdiff long.txt --json - | head -c 10`: the reader leaves in the middle of one write
    # of megabytes, which the pipe then takes only in part. Unbuffered (python -u), standard
    # output hands that part-write straight back to newsdiff.
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", long_story, export, target],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "PYTHONUNBUFFERED": unbuffered},
    )
    assert len(os.read(child.stdout.fileno(), 10)) == 10
    child.stdout.close()
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert (child.returncode, err) == (EXIT_BROKEN_PIPE, b"")


def test_child_ctrl_c_exits_130_and_writes_nothing(tmp_path):
    # Three megabytes of one repeated sentence take seconds to compare: time for the signal.
    sentence = "The minister said the talks in Geneva went well for everyone. "
    big = write(tmp_path, "big.txt", sentence * (3_000_000 // len(sentence)))
    good = write(tmp_path, "good.txt", STORY)
    before = fingerprint(tmp_path)
    # newsdiff's own main(), announcing when it starts: a ctrl+c while the interpreter is still
    # starting up is Python's to report, and a slow machine must not make the test flaky.
    start = "import sys; from tui.cli import main; print(flush=True); sys.exit(main(sys.argv[1:]))"
    child = subprocess.Popen(
        [sys.executable, "-c", start, str(good), str(big), "--json", "out.json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    child.stdout.readline()
    time.sleep(0.5)  # into the comparison, which takes seconds
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == EXIT_INTERRUPTED, err
    assert err == "newsdiff: interrupted\n"
    assert fingerprint(tmp_path) == before


# A child that writes its export slowly: the first kilobyte, then a line on stdout to say the
# temp file is there and half written, then a long wait for the signal.
SLOW_WRITE = """
import os, sys, time

real_fdopen = os.fdopen


class Slow:
    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()

    def write(self, text):
        self.stream.write(text[:1000])
        self.stream.flush()
        print(flush=True)
        time.sleep(60)


def fdopen(handle, mode="r", *args, **kwargs):
    stream = real_fdopen(handle, mode, *args, **kwargs)
    return Slow(stream) if mode == "w" else stream


os.fdopen = fdopen
from tui.cli import main

sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("export", ["--json", "--html"])
def test_child_stopped_by_a_signal_while_writing_leaves_nothing(pair, tmp_path, signum, export):
    before = fingerprint(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITE, *map(str, pair), export, "out"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    child.stdout.readline()
    assert [p.name for p in tmp_path.glob(".out.*")], "the temp file is there, half written"
    child.send_signal(signum)
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == 128 + signum, err  # as shells report it: 143, 129
    assert err == f"newsdiff: stopped by {signal.Signals(signum).name}\n"
    assert fingerprint(tmp_path) == before
