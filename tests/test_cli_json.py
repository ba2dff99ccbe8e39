"""The --json path: runs without Textual, writes a document of the documented shape."""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys

import pytest

from tui.cli import build_parser, main, run


def test_json_to_file_has_documented_shape(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["versions"]) == 5
    version = data["versions"][0]
    for key in ("id", "path", "label", "title", "date", "text", "sentences"):
        assert key in version
    for sentence in version["sentences"]:
        assert version["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    assert data["passages"], "the seeds share passages"
    for passage in data["passages"]:
        assert passage["support"] == len({m["version"] for m in passage["members"]}) >= 2
    assert data["entities"]


def test_json_to_stdout(capsys):
    assert main(["--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["versions"]


@pytest.mark.parametrize("flag", ["--json", "--html"])
def test_export_paths_do_not_import_textual(tmp_path, flag):
    out = tmp_path / "out"
    code = (
        "import sys; from tui.cli import main; "
        f"main([{flag!r}, {str(out)!r}]); "
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
    assert out.exists()


def test_the_json_path_imports_no_module_it_does_not_use(tmp_path):
    # Each would cost every run milliseconds of a start meant to stay under 200 ms.
    unused = ["dataclasses", "inspect", "pathlib", "datetime"]
    code = (
        "import sys; from tui.cli import main; "
        f"main(['--json', {str(tmp_path / 'out.json')!r}]); "
        f"print([name for name in {unused!r} if name in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.parametrize("columns", ["50", "200", "", "wide", "-1"])
def test_help_is_as_wide_as_argparse_would_make_it(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    help_text = parser.format_help()
    parser.formatter_class = argparse.HelpFormatter
    assert help_text == parser.format_help()


def test_unwritable_output_is_one_line_error(tmp_path, capsys):
    status = main(["--json", str(tmp_path / "missing-dir" / "out.json")])
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: ") and err.count("\n") == 1


def test_existing_output_is_kept_without_force(tmp_path, capsys):
    out = tmp_path / "out.json"
    out.write_text("the user's own file", encoding="utf-8")
    assert main(["--json", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "the user's own file"
    assert main(["--json", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["versions"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temp file left behind"


def test_export_is_readable_by_others(tmp_path):
    out = tmp_path / "out.json"
    assert main(["--json", str(out)]) == 0
    assert out.stat().st_mode & 0o044, "the temp file's private mode must not leak into the export"


def test_threshold_outside_0_to_1_is_refused(capsys):
    for bad in ("2", "-0.1", "nan", "high"):
        try:
            main(["--threshold", bad, "--json", "-"])
        except SystemExit as exit_:
            assert exit_.code == 2
        else:
            raise AssertionError(f"--threshold {bad} was accepted")
    assert "not a number from 0 to 1" in capsys.readouterr().err


def test_threshold_reaches_the_comparison(capsys):
    assert main(["--threshold", "0.9", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["threshold"] == 0.9


def test_an_export_leaves_no_cyclic_garbage(tmp_path):
    # Exports run with the cycle collector paused and freeze what they leave
    # (cli._batch_memory): what a cycle made there holds would stay until the process ends.
    args = build_parser().parse_args(["--json", str(tmp_path / "out.json")])
    gc.unfreeze()
    gc.collect()  # the parser's own cycles among the rest
    assert run(args) == 0
    assert gc.isenabled()
    gc.unfreeze()
    assert gc.collect() == 0
