"""The --json path: runs without Textual, writes a document of the documented shape."""

from __future__ import annotations

import json
import subprocess
import sys

from tui.cli import main


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


def test_json_path_does_not_import_textual(tmp_path):
    code = (
        "import sys; from tui.cli import main; "
        f"main(['--json', {str(tmp_path / 'o.json')!r}]); "
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_unwritable_output_is_one_line_error(tmp_path, capsys):
    status = main(["--json", str(tmp_path / "missing-dir" / "out.json")])
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: ") and err.count("\n") == 1
