"""The --json path: runs without Textual, writes a document of the documented shape."""

from __future__ import annotations

import argparse
import gc
import json

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


def test_json_lists_every_passage_a_sentence_stands_in(capsys):
    assert main(["--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == 3
    members = {
        (m["version"], m["sentence"], p["id"]) for p in data["passages"] for m in p["members"]
    }
    listed = set()
    for version in data["versions"]:
        for sentence in version["sentences"]:
            assert "passage" not in sentence
            ids = sentence["passages"]
            assert ids == sorted(set(ids)), "in story order, each once"
            assert not (sentence["boilerplate"] and ids)
            listed |= {(version["id"], sentence["id"], i) for i in ids}
    assert listed == members
    # Some seed sentence tells two facts: it stands in two passages.
    assert any(len(s["passages"]) > 1 for v in data["versions"] for s in v["sentences"])
    # A member's marked words lie in its sentence, as in schema 1.
    for passage in data["passages"]:
        for member in passage["members"]:
            sentence = data["versions"][member["version"]]["sentences"][member["sentence"]]
            for start, end, *_ in member["differing"] + member["wording"]:
                assert sentence["start"] <= start < end <= sentence["end"]
    # The part of a sentence that tells a passage's fact: only when it tells several, and less
    # than the whole sentence.
    parts = [
        (m, data["versions"][m["version"]]["sentences"][m["sentence"]])
        for p in data["passages"]
        for m in p["members"]
        if "start" in m
    ]
    assert parts
    for member, sentence in parts:
        assert len(sentence["passages"]) > 1
        assert sentence["start"] <= member["start"] < member["end"] <= sentence["end"]
        assert (member["start"], member["end"]) != (sentence["start"], sentence["end"])


def test_json_schema_3_marks_by_kind_groups_readings_and_diffs_against_the_reference(capsys):
    assert main(["--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = [v["text"] for v in data["versions"]]
    words = sum(
        len(s["text"].split())
        for p in data["passages"]
        for m in p["members"]
        for s in [data["versions"][m["version"]]["sentences"][m["sentence"]]]
    )
    marked = sum(len(m["differing"]) for p in data["passages"] for m in p["members"])
    assert marked <= 0.3 * words, "by default only what differs in fact is marked"
    for passage in data["passages"]:
        versions = {m["version"] for m in passage["members"]}
        assert passage["reference"] in versions
        # One diff per other version, against the reference: linear in the members.
        assert sorted(d["version"] for d in passage["diffs"]) == sorted(
            versions - {passage["reference"]}
        )
        for member in passage["members"]:
            assert {kind for *_, kind in member["differing"]} <= {"discrepancy", "variant", "added"}
            assert not {(s, e) for s, e, _ in member["differing"]} & {
                (s, e) for s, e in member["wording"]
            }
        for discrepancy in passage["discrepancies"]:
            assert discrepancy["kind"] in {"name", "number", "date", "quote", "variant"}
            assert len(discrepancy["readings"]) >= 2
            given = [
                (s["version"], s["start"]) for r in discrepancy["readings"] for s in r["members"]
            ]
            assert len(given) == len(set(given)), "each member gives one reading"
    readings = {
        (texts[s["version"]][s["start"] : s["end"]], r["text"])
        for p in data["passages"]
        for d in p["discrepancies"]
        for r in d["readings"]
        for s in r["members"]
    }
    assert {("Anthony", "Anthony"), ("Antony", "Antony"), ("Jack", "Jack")} <= readings


def test_json_to_stdout(capsys):
    assert main(["--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["versions"]


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
