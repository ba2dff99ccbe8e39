"""Loading inputs: argument resolution, hostile files, decoding, cleaning and metadata."""

from __future__ import annotations

import codecs
import os
import random
import socket
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from helpers import document, write
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.documents import (
    MAX_BYTES,
    MAX_VERSIONS,
    InputError,
    clean_text,
    decode,
    distinct_labels,
    find_date,
    find_label,
    find_title,
    load_document,
    load_documents,
    resolve_inputs,
    seeds_dir,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STORY = "Blinken met Han in New York on Monday.\nBoth sides called the talks candid.\n"


def refusal(path: Path) -> str:
    """The one-line message loading `path` fails with."""
    with pytest.raises(InputError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message.removeprefix(f"{path}: ")


# --- Resolving arguments -------------------------------------------------------------------------


def test_no_arguments_means_the_five_seeds():
    paths = resolve_inputs([])
    assert paths == sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert len(paths) == 5
    assert seeds_dir() == str(SEEDS)


def test_folder_expands_to_its_txt_files_sorted_skipping_hidden_and_others(tmp_path):
    for name in ("v10.txt", "b.txt", "v2.txt", "C.TXT", "d.Txt", "notes.md", "e.txt.bak"):
        write(tmp_path, name, STORY)
    for hidden in (".hidden.txt", ".H.TXT", "._b.txt"):
        write(tmp_path, hidden, STORY)
    (tmp_path / "sub.txt").mkdir()
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "inner.txt", STORY)  # sub-folders are not read
    paths = resolve_inputs([str(tmp_path)])
    expected = ("b.txt", "C.TXT", "d.Txt", "v2.txt", "v10.txt")
    assert paths == [str(tmp_path / name) for name in expected]


def test_a_digit_no_number_reads_is_sorted_as_a_letter(tmp_path):
    # "²" is a digit to str.isdigit(), but no number int() reads: a folder holding "1²2.txt"
    # is listed, not a traceback.
    for name in ("v10.txt", "1²2.txt", "v2.txt", "1²10.txt"):
        write(tmp_path, name, STORY)
    paths = resolve_inputs([str(tmp_path)])
    expected = ("1²2.txt", "1²10.txt", "v2.txt", "v10.txt")
    assert paths == [str(tmp_path / name) for name in expected]


def test_files_keep_argument_order_and_may_repeat(tmp_path):
    a, b = write(tmp_path, "a.txt", STORY), write(tmp_path, "b.txt", STORY)
    assert resolve_inputs([str(b), str(a), str(b)]) == [str(b), str(a), str(b)]
    documents = load_documents([str(b), str(a), str(b)])
    assert [d.label for d in documents] == ["b", "a", "b (2)"]


def test_paths_are_kept_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", STORY)
    (tmp_path / "d").mkdir()
    write(tmp_path / "d", "b.txt", STORY)
    assert resolve_inputs(["./a.txt", "d/", "./d"]) == ["./a.txt", "d/b.txt", "./d/b.txt"]
    document = load_document("./a.txt")
    assert (document.path, document.name, document.label) == ("./a.txt", "a.txt", "a")
    with pytest.raises(InputError, match=r"^a\.txt/: no such file \(a part of the path is not"):
        load_document("a.txt/")  # as `cat a.txt/` says


def test_the_same_file_given_twice_is_named_in_a_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", STORY)
    write(tmp_path, "copy.txt", STORY)  # the same text in another file is another file
    (tmp_path / "link.txt").symlink_to("a.txt")
    os.link("a.txt", "hard.txt")
    given = ["a.txt", "copy.txt", "./a.txt", "link.txt", "hard.txt", "a.txt"]
    repeat = ("the same file as a.txt (given twice, so compared with itself)",)
    assert [d.warnings for d in load_documents(given)] == [(), (), *[repeat] * 4]


def test_folder_without_txt_files(tmp_path):
    write(tmp_path, "notes.md", STORY)
    with pytest.raises(InputError, match=r": no \.txt or \.html files in this folder$"):
        resolve_inputs([str(tmp_path)])


def test_more_than_fifty_versions(tmp_path):
    for i in range(MAX_VERSIONS + 1):
        write(tmp_path, f"{i:02}.txt", STORY)
    with pytest.raises(InputError) as caught:
        resolve_inputs([str(tmp_path)])
    assert str(caught.value) == "51 versions given; newsdiff compares at most 50"
    files = sorted(str(p) for p in tmp_path.glob("*.txt"))
    assert len(resolve_inputs(files[:MAX_VERSIONS])) == MAX_VERSIONS


def test_empty_argument_is_not_the_current_folder():
    with pytest.raises(InputError, match="empty file name"):
        resolve_inputs([""])


# --- Hostile files -------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    assert refusal(tmp_path / "gone.txt") == "no such file"


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert refusal(link) == "a broken symbolic link (its target is missing)"


def test_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert refusal(tmp_path / "a.txt") == "a symbolic link loop"


def test_symlink_to_a_file_is_read(tmp_path):
    target = write(tmp_path, "real.txt", STORY)
    (tmp_path / "link.txt").symlink_to(target)
    assert load_document(tmp_path / "link.txt").text == STORY.strip()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_permission_denied(tmp_path):
    path = write(tmp_path, "secret.txt", STORY)
    path.chmod(0)
    try:
        assert refusal(path) == "permission denied"
    finally:
        path.chmod(0o600)


@pytest.mark.timing
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert refusal(fifo) == "a named pipe (FIFO), not a regular file"
    assert time.monotonic() - started < 1


def test_socket_and_device_are_refused(tmp_path):
    assert refusal(Path("/dev/null")) == "a character device, not a regular file"
    server = socket.socket(socket.AF_UNIX)
    path = tmp_path / "s.txt"
    try:
        server.bind(str(path))
        assert refusal(path) == "a socket, not a regular file"
    finally:
        server.close()


def test_hostile_file_names_are_printed_escaped(tmp_path):
    path = tmp_path / "a\nb\x1b[31m\u202e.txt"
    with pytest.raises(InputError) as caught:
        load_document(path)
    assert str(caught.value).endswith("a\\nb\\x1b[31m\\u202e.txt: no such file")
    write(tmp_path, path.name, STORY)
    assert load_document(path).label == "a\\nb\\x1b[31m\\u202e"


def test_folder_given_to_load_document(tmp_path):
    assert refusal(tmp_path) == "a folder, not a file"


def test_file_over_the_cap_is_refused_from_stat(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(52_400_000)  # sparse: instant, and never read
    assert refusal(path) == "52.4 MB is over newsdiff's 10 MB limit per version"


def test_file_at_the_cap_is_read(tmp_path):
    line = b"The minister said the talks were candid and useful.\n"
    path = write(tmp_path, "big.txt", line * (MAX_BYTES // len(line)))
    document = load_document(path)
    assert len(document.text) == MAX_BYTES // len(line) * len(line) - 1


def test_empty_and_whitespace_only(tmp_path):
    assert refusal(write(tmp_path, "empty.txt", b"")) == "empty: nothing to compare"
    assert refusal(write(tmp_path, "blank.txt", " \r\n\t \n")) == "empty: nothing to compare"
    assert refusal(write(tmp_path, "bom.txt", codecs.BOM_UTF8)) == "empty: nothing to compare"
    assert refusal(write(tmp_path, "ansi.txt", "\x1b[31m\x1b[0m\n")) == "empty: nothing to compare"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\x7fELF\x02\x01\x01", "an ELF executable"),
        (b"{\\rtf1\\ansi Hello}", "an RTF document"),
    ],
)
def test_binary_formats_are_named(tmp_path, data, kind):
    assert refusal(write(tmp_path, "x.txt", data)) == f"binary data ({kind}), not text"


def test_zip_and_docx(tmp_path):
    plain = tmp_path / "a.txt"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("story.txt", STORY)
    assert refusal(plain) == "binary data (a ZIP archive), not text"
    docx = tmp_path / "b.txt"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refusal(docx) == "binary data (a Word .docx document), not text"


def test_stray_nuls_in_text_are_removed_with_a_warning(tmp_path):
    one = STORY.encode().replace(b"met", b"m\x00et")
    document = load_document(write(tmp_path, "a.txt", one))
    assert (document.text, document.warnings) == (STORY.strip(), ("removed 1 stray NUL character",))
    article = (STORY * 50).encode()  # 3,750 bytes
    three = article[:100] + b"\x00" + article[100:2000] + b"\x00\x00" + article[2000:]
    document = load_document(write(tmp_path, "b.txt", three))
    assert (document.text, document.warnings) == (
        (STORY * 50).strip(),
        ("removed 3 stray NUL characters",),
    )


@pytest.mark.parametrize(
    "data",
    [
        b"".join(number.to_bytes(4, "little") for number in range(2000)),  # numbers, NUL-padded
        random.Random(0).randbytes(4096),  # compressed or encrypted data looks like this
        STORY.encode() * 20 + bytes(100),  # text followed by a run of NULs
        bytes(range(1, 9)) * 100,  # control soup
        b"text\x00more text",  # one NUL in too little text to be stray
    ],
)
def test_binary_data_without_a_known_signature(tmp_path, data):
    assert refusal(write(tmp_path, "a.txt", data)) == "binary data, not text"


# --- Decoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(tmp_path, bom, codec):
    text = "Café “Zheng” — 12 %\nSecond line"
    document = load_document(write(tmp_path, "x.txt", bom + text.encode(codec)))
    assert (document.text, document.encoding, document.warnings) == (text, codec, ())


def test_utf16_without_bom_is_recognised():
    text, codec, warnings = decode("Blinken met Han.\n".encode("utf-16-le"))
    assert (text, codec) == ("Blinken met Han.\n", "utf-16-le")
    assert warnings == ["no byte-order mark; read as UTF-16-LE"]


def test_windows_1252(tmp_path):
    document = load_document(write(tmp_path, "x.txt", "café – “quotes”".encode("cp1252")))
    assert document.text == "café – “quotes”"
    assert document.encoding == "cp1252"
    assert document.warnings == ("not valid UTF-8; read as Windows-1252",)


def test_cp1252_undefined_bytes_never_fail():
    text, codec, _ = decode(b"a\x81b\x8dc\x8fd\x90e\x9df \xe9")
    assert codec == "cp1252"
    assert clean_text(text)[0] == "abcdef é"


def test_a_few_bad_bytes_in_utf8_keep_the_utf8(tmp_path):
    # A UTF-8 page with one Windows-1252 dash pasted in: the curly quotes and names survive.
    data = "“Zheng” met Blinken in Zürich ".encode() + b"\x96 said officials."
    document = load_document(write(tmp_path, "x.txt", data))
    assert document.text == "“Zheng” met Blinken in Zürich – said officials."
    assert document.encoding == "utf-8"
    assert document.warnings == ("1 byte not valid UTF-8; read as Windows-1252",)


def test_a_utf8_bom_gets_the_same_windows_1252_rescue():
    text, codec, warnings = decode(codecs.BOM_UTF8 + "“Han” ".encode() + b"\x93ok\x94")
    assert (text, codec) == ("“Han” “ok”", "utf-8")
    assert warnings == ["2 bytes not valid UTF-8; read as Windows-1252"]


def test_broken_utf16_after_its_bom_is_replaced_not_refused():
    text, codec, warnings = decode(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8")
    assert (text, codec) == ("ok\ufffd", "utf-16-le")
    assert warnings == ["not valid UTF-16-LE despite its byte-order mark; bad bytes replaced"]


# --- Cleaning ------------------------------------------------------------------------------------


def test_newlines_of_every_kind():
    assert clean_text("a\r\nb\rc\nd\u2028e\u2029f\x85g\x0ch")[0] == "a\nb\nc\nd\ne\nf\ng\nh"


def test_terminal_escapes_are_removed_whole():
    text = (
        "\x1b[1;31mRed\x1b[0m and \x1b]8;;https://evil.example\x1b\\a link\x1b]8;;\x1b\\"
        " \x1b]0;title\x07done\x1b7\x1b(B\x1bc \x9b2Jend\x1b"
    )
    cleaned, warnings = clean_text(text)
    assert cleaned == "Red and a link done end"
    assert warnings == ["removed 10 terminal escapes and control characters"]


def test_warnings_count_one_thing_in_the_singular():
    assert clean_text("a\x1b[0mb")[1] == ["removed 1 terminal escape or control character"]
    assert clean_text("a\x07b")[1] == ["removed 1 terminal escape or control character"]
    assert clean_text("Blin\u200bken")[1] == [
        "removed 1 invisible character (zero-width, bidi controls)"
    ]
    assert clean_text("a\x00b\x07c\u200bd")[1] == [
        "removed 1 stray NUL character",
        "removed 1 terminal escape or control character",
        "removed 1 invisible character (zero-width, bidi controls)",
    ]


def test_unterminated_osc_stops_at_the_line_end():
    assert clean_text("before \x1b]8;;url\nafter")[0] == "before\nafter"


def test_controls_and_tabs():
    assert clean_text("a\x00b\x07c\x7fd\x9fe\tf")[0] == "abcde f"


def test_invisible_and_bidi_characters_are_removed():
    spoof = "Blin\u200bken \u202egnp.exe\u202c Han\u2066\u2069 \ufeffZheng soft\u00adhyphen"
    cleaned, warnings = clean_text(spoof)
    assert cleaned == "Blinken gnp.exe Han Zheng softhyphen"
    assert warnings == ["removed 7 invisible characters (zero-width, bidi controls)"]


def test_joiners_kept_in_emoji_and_non_latin_scripts_only():
    family = "👨\u200d👩\u200d👧"
    persian = "می\u200cخواهم"
    devanagari = "क्\u200dष"
    assert clean_text(f"{family} {persian} {devanagari}")[0] == f"{family} {persian} {devanagari}"
    assert clean_text("Blin\u200dken Han\u200cZheng \u200d👩")[0] == "Blinken HanZheng 👩"


@pytest.mark.timing
def test_text_stuffed_with_joiners_stays_fast_and_stable():
    latin = "é\u200d" * 300_000  # over the judged limit: joiners away from ASCII stay
    started = time.perf_counter()
    cleaned = clean_text(latin)[0]
    assert cleaned == latin
    assert clean_text(cleaned)[0] == cleaned
    assert clean_text("a\u200d" * 300_000)[0] == "a" * 300_000  # next to ASCII: always removed
    assert clean_text("é\u200d" * 1000 + "é")[0] == "é" * 1001
    assert time.perf_counter() - started < 5


def test_nfc_and_combining_marks_kept():
    cleaned = clean_text("Zu\u0308rich, Nguye\u0302\u0303n, a\u0323\u0301")[0]
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert cleaned == "Zürich, Nguyễn, " + unicodedata.normalize("NFC", "a\u0323\u0301")
    assert cleaned.endswith("\u1ea1\u0301")  # the dot composes, the acute stays a combining mark


def test_trailing_spaces_and_outer_blank_lines():
    assert clean_text("\n\n  Title  \nBody \u00a0\n\n")[0] == "Title\nBody"


CLEANING_ALPHABET = st.sampled_from(
    list(
        "ae é\n\t\r\x00\x1b[]\\\x07;8m\x9b\x9d\x85\u2028\u200b\u200c\u200d\u202e\ufeff"
        "\u0301\u0323\u094d\u0915\u212b\u00ad\u03b1\u3000\u1100\u1161\ufe0f👨"
    )
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(CLEANING_ALPHABET).map("".join)))
def test_cleaning_is_idempotent_and_leaves_no_controls(text):
    cleaned, _ = clean_text(text)
    assert clean_text(cleaned)[0] == cleaned
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in cleaned)
    assert "\x1b" not in cleaned and "\r" not in cleaned


# --- Metadata ------------------------------------------------------------------------------------


def seed(number: int):
    return load_document(next(SEEDS.glob(f"{number:03}_*.txt")))


def test_seed_labels_dates_and_titles():
    seeds = [seed(i) for i in range(5)]
    assert [d.label for d in seeds] == [
        "EFE",
        "Reuters",
        "002_831d2c974330d4d6",
        "AFP",
        "004_120bdc3f1efc076f",
    ]
    assert [d.date for d in seeds] == ["2023-09-19", None, None, "2023-09-19", "2023-09-19"]
    assert seeds[3].title == (
        "Antony Blinken and Chinese Vice President Meet at UN Summit to Sustain Dialogue "
        "Amidst Disagreements"
    )
    assert seeds[4].title.startswith("US Secretary of State Antony Blinken meets")
    assert seeds[1].title.startswith("U.S. Secretary of State Anthony Blinken met with")
    assert seeds[2].title.startswith("The head of American diplomacy")  # "(New York)" dropped
    for loaded in seeds:
        assert 0 < len(loaded.title) <= 160
        assert not loaded.title.startswith(("date ", "Home", "By "))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("NEW YORK (Reuters) – Blinken met Han.", "Reuters"),
        ("WASHINGTON, Sept 19 (AP) — Blinken met Han.", "AP"),
        ("(AFP) - Blinken met Han.", "AFP"),
        ("LONDON (Reuters/Ipsos) - A poll.", "Reuters"),
        ("Blinken met Han.\n(With information from the EFE Agency)", "EFE"),
        ("Blinken met Han. (With information from Agencia EFE)", "EFE"),
        ("Blinken met Han.\nWith AFP", "AFP"),
        ("Blinken met Han.\nWith AFP and Reuters", "AFP/Reuters"),
        ("Blinken met Han, officials said. — Bloomberg", "Bloomberg"),
        ("Blinken met Han.\n— Bloomberg", "Bloomberg"),
        ("Blinken met Han.\nSource: Xinhua", "Xinhua"),
        ("Blinken met Han.\n© Agence France-Presse", "AFP"),
        ("Blinken met Han.\nCopyright 2023 The Associated Press. All rights reserved.", "AP"),
        ("Blinken met Han.\n© 2023 AFP", "AFP"),
        ("KYIV, Ukraine (AP) — Russian forces attacked.", "AP"),
        ("BERLIN, 19. September (dpa) - Die Regierung.", "dpa"),
        ("By Jane Doe, Associated Press\nBlinken met Han.", "AP"),
        ("By Humera Pamuk and Michael Martina\nBlinken met Han.", "Pamuk & Martina"),
        ("By Jane Doe\nBlinken met Han.", "Doe"),
        ("By A Bee, C Dee and E Eff\nBlinken met Han.", "Bee et al."),
        ("Blinken met Han, Reuters reported on Monday.\nMore later.", "fallback"),
        ("The AP style guide says so.\nShare this story.", "fallback"),
    ],
)
def test_labels(text, label):
    assert find_label(text, "fallback") == label


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("date 2023-09-19 Headline here\nBody.", "2023-09-19"),
        ("Headline\nPublished on September 19, 2023 at 6:55 a.m.\nBody.", "2023-09-19"),
        ("Headline\nUpdated: 19 September 2023\nBody.", "2023-09-19"),
        ("Headline\nSept. 19, 2023\nBody.", "2023-09-19"),
        ("Headline\nTuesday, 19 Sep 2023, 10:02 GMT\nBody.", "2023-09-19"),
        # Weekdays and time zones are the lexicon's, in any case; other capitals ending in T
        # are zones too ("HKT"), and a weekday's prefix is no weekday.
        ("Headline\nSept. 19, 2023, 10:02 a.m. ET\nBody.", "2023-09-19"),
        ("Headline\nTue. 19 Sep 2023 09:00 pdt\nBody.", "2023-09-19"),
        ("Headline\nTuesday, 19 Sep 2023, 10:02 HKT\nBody.", "2023-09-19"),
        ("Headline\nWednes, 19 Sep 2023\nBody.", None),
        ("Headline\n2023-09-19T04:55:59Z\nBody.", "2023-09-19"),
        ("Headline\n2023-09-19T04:55:59.120+02:00\nBody.", "2023-09-19"),
        ("Headline\nTt 2023-09-19\nBody.", None),
        ("WASHINGTON, Sept. 19, 2023 (Reuters) - Blinken met Han.", "2023-09-19"),
        ("Headline\n" + "Body line.\n" * 20 + "2023-09-19 04:55:59\n", "2023-09-19"),
        ("Headline\nPublished 2023-09-19\n" + "Body.\n" * 20 + "2024-01-01 00:00", "2023-09-19"),
        ("Headline\nThe vote on 5 November 2024 was close.\n", None),
        ("Headline\nPublished on February 30, 2023\n", None),
        ("Headline\nPublished on February 29, 2024\n", "2024-02-29"),
        ("Headline\nPublished on February 29, 2100\n", None),
        ("Headline\nPublished 2000-02-29\n", "2000-02-29"),
        ("Headline\nPublished 2023-13-01 or 0000-01-01\n", None),
    ],
)
def test_dates(text, date):
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Home » today » News » A headline\n\nA headline\n\nBody.", "A headline"),
        ("By Jane Doe\nPublished on September 19, 2023\nA headline\nBody.", "A headline"),
        ("Mr. Blinken met Sen. Han on Monday. He left.", "Mr. Blinken met Sen. Han on Monday."),
        ("They spoke of trade, climate etc. Then they left.", "They spoke of trade, climate etc."),
        ("NEW YORK (Reuters) – U.S. envoy met Han. More.", "U.S. envoy met Han."),
        ("WASHINGTON (AP) —\nBlinken met Han. More.", "Blinken met Han."),
        ("Share\nShare prices tumble\nBody.", "Share prices tumble"),
        # Page chrome is what the sentence layer calls so; credits and notices may be titles.
        ("Homepage\nFollow us on Twitter\nA headline\nBody.", "A headline"),
        ("Related: Other talks\nTags: China, US\n12 comments\nA headline\nBody.", "A headline"),
        ("Facebook Twitter Email\nSponsored content\nA headline\nBody.", "A headline"),
        ("With Trump Out, Haley Gains\nBody.", "With Trump Out, Haley Gains"),
        ("Copyright Office Rejects AI Art\nBody.", "Copyright Office Rejects AI Art"),
        ("(New York) Blinken met Han on Monday. More.", "Blinken met Han on Monday."),
        (
            "word " * 40 + "end.",
            ("word " * 24).strip() + "…",
        ),
    ],
)
def test_titles(text, title):
    assert find_title(text) == title


def test_metadata_of_a_long_text_comes_from_its_lead_and_tail():
    body = "Officials met again on Monday and talked for hours.\n" * 5000
    text = f"Talks resume\nPublished 2023-09-19\n{body}(With information from the EFE Agency)"
    assert (find_label(text, "x"), find_date(text), find_title(text)) == (
        "EFE",
        "2023-09-19",
        "Talks resume",
    )
    assert find_label(f"Talks resume\n{body}", "x") == "x"


def test_distinct_labels_number_repeats_and_avoid_existing_labels():
    labels = ["AFP", "AFP (2)", "Reuters", "AFP", "AFP"]
    documents = [document("text", label=label) for label in labels]
    assert distinct_labels(documents) == ["AFP", "AFP (2)", "Reuters", "AFP (3)", "AFP (4)"]


@pytest.mark.timing
def test_loading_the_seeds_is_fast():
    started = time.perf_counter()
    load_documents([])
    assert time.perf_counter() - started < 1
