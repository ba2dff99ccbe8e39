"""Labels: a text naming its own outlet is labelled by it before any byline surname, and the
user's own names (--label, NAME=INPUT) win over both."""

from __future__ import annotations

import json

import pytest
from helpers import write

from tui.cli import main
from tui.core.documents import InputError, find_label, load_documents, open_inputs

STORY = "PARIS — The talks resumed on Monday, officials said.\nThey will go on for a week.\n"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A masthead over the story, as copied from the page.
        (f"The New York Times\nBy Adam Nossiter\n{STORY}", "The New York Times"),
        # The reporter's note at the end.
        (
            f"By Adam Nossiter\n{STORY}Adam Nossiter is the Paris bureau chief for The New York Times.",
            "The New York Times",
        ),
        (
            f"By Jane Roe\n{STORY}Jane Roe covers Europe for The Washington Post.",
            "The Washington Post",
        ),
        (f"By Adam Nossiter\n{STORY}© 2023 The New York Times Company", "The New York Times"),
        (
            f"By Jane Roe\n{STORY}Copyright 2024 Financial Times Ltd. All rights reserved.",
            "Financial Times",
        ),
        # An outlet quoted or cited is not the text's own.
        (f"By Jane Roe\n{STORY}The minister told Reuters she was pleased.", "Roe"),
        (f"By Jane Roe\n{STORY}Jane Roe said the Guardian had it first.", "Roe"),
        (f"By Jane Roe\n{STORY}The minister is a columnist for The Guardian.", "Roe"),
        (f"By Adam Nossiter\n{STORY}", "Nossiter"),
        # After the name, the writer's role is no second author, and an outlet names the text.
        (f"By Tom Reeve, Europe reporter\n{STORY}", "Reeve"),
        (f"By Sophie Drummond, Local Democracy Reporter\n{STORY}", "Drummond"),
        (f"By Jane Roe, Anna Lee and Tom Reeve\n{STORY}", "Roe et al."),
        (f"By Chiara Benedetti, DPB News\n{STORY}", "DPB News"),
    ],
)
def test_a_text_naming_its_outlet_is_labelled_by_it_before_a_byline(text, label):
    assert find_label(text, "fallback") == label


def test_labels_name_the_versions_in_order_and_names_win(tmp_path):
    a, b, c = (write(tmp_path, f"{n}.txt", STORY) for n in "abc")
    documents = load_documents([str(a), f"Le Monde={b}", str(c)], ["One", "Two"])
    assert [d.label for d in documents] == ["One", "Le Monde", "c"]
    assert [d.path for d in documents] == [str(a), str(b), str(c)]


def test_a_named_folder_names_each_of_its_files(tmp_path):
    folder = tmp_path / "wires"
    folder.mkdir()
    for name in ("1.txt", "2.txt"):
        write(folder, name, STORY)
    documents = load_documents([f"Wires={folder}"])
    assert [d.label for d in documents] == ["Wires", "Wires (2)"]


def test_a_file_whose_name_holds_an_equals_sign_is_given_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "v=2.txt", STORY)
    (document,) = load_documents(["./v=2.txt"])
    assert (document.path, document.label) == ("./v=2.txt", "v=2")
    with pytest.raises(InputError) as caught:
        load_documents(["v=2.txt"])
    assert str(caught.value) == "2.txt: no such file (for the file v=2.txt, write ./v=2.txt)"


@pytest.mark.parametrize(
    ("args", "labels", "message"),
    [
        (["a.txt"], ["One", "Two"], "2 labels given for 1 versions"),
        (["a.txt"], [" "], "an empty label was given"),
        (["a.txt", "b.txt"], ["One", "\t"], "an empty label was given"),
    ],
)
def test_labels_refused(tmp_path, monkeypatch, args, labels, message):
    monkeypatch.chdir(tmp_path)
    for name in args:
        write(tmp_path, name, STORY)
    with pytest.raises(InputError, match=f"^{message}$"):
        open_inputs(args, labels)


def test_labels_reach_the_json_and_are_kept_printable(tmp_path, capsys):
    a, b = write(tmp_path, "a.txt", STORY), write(tmp_path, "x=y.txt", STORY)
    assert main(["--json", "-", "--label", "Le\x1b[31mMonde", str(a), f"ARD={b}"]) == 0
    versions = json.loads(capsys.readouterr().out)["versions"]
    assert [v["label"] for v in versions] == ["Le\\x1b[31mMonde", "ARD"]
    assert versions[1]["path"] == str(b)  # the first "=" ends the name
