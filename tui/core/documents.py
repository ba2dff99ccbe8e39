"""Loading inputs: resolving paths, reading files safely, decoding, cleaning, reading metadata.

Every problem with an input is one `InputError` line naming the file; nothing here writes.
"""

from __future__ import annotations

import codecs
import errno
import functools
import math
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Sequence

from tui.core import paths
from tui.core.model import Document

MAX_VERSIONS = 50
# A long wire story is ~50 KB of text; 10 MB is two hundred times that and still loads in well
# under a second, while a stray log or data dump is refused before it is read.
MAX_BYTES = 10_000_000
_MB = 1_000_000


class InputError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""

    @classmethod
    def about(cls, path: str, problem: str) -> InputError:
        return cls(f"{printable(path)}: {problem}")


def printable(name: str) -> str:
    """A file name safe to print: newlines, escapes and bidi controls shown as \\x.. codes."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


# --- Resolving arguments -------------------------------------------------------------------------


def seeds_dir() -> str:
    """The sample articles: inside the installed package, or at the top of a checkout."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    for candidate in (os.path.join(here, "seeds"), os.path.join(os.path.dirname(here), "seeds")):
        if os.path.isdir(candidate):
            return candidate
    raise InputError("the sample articles are missing from this installation")


def _text_files_in(folder: str, shown: str) -> list[str]:
    """The folder's *.txt files by name; hidden files (e.g. macOS `._x.txt`) are skipped."""
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise InputError.about(shown, f"cannot list the folder ({_reason(error)})") from error
    named = [
        paths.child(folder, name)
        for name in names
        if name.lower().endswith(".txt") and not name.startswith(".")
    ]
    files = [path for path in named if not os.path.isdir(path)]
    if not files:
        raise InputError.about(shown, "no .txt files in this folder")
    return sorted(files, key=_natural_key)


def _natural_key(path: str) -> list[str | int]:
    """Name order as people count: "v2.txt" before "v10.txt", case ignored."""
    return [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", paths.name(path))]


def resolve_inputs(args: list[str]) -> list[str]:
    """The files to compare, in argument order, as `pathlib` writes their paths; folders expand
    to their .txt files."""
    if not args:
        return _text_files_in(seeds_dir(), "the sample articles folder")
    found: list[str] = []
    for arg in args:
        if not arg:
            raise InputError("an empty file name was given")
        path = paths.normal(arg)
        if os.path.isdir(path):
            found.extend(_text_files_in(path, arg))
        else:
            found.append(path)
    if len(found) > MAX_VERSIONS:
        raise InputError(f"{len(found)} versions given; newsdiff compares at most {MAX_VERSIONS}")
    return found


# --- Reading safely ------------------------------------------------------------------------------

_REASONS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "a symbolic link loop",
    errno.ENOTDIR: "no such file (a part of the path is not a folder)",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EISDIR: "a folder, not a file",
}

_KINDS = (
    (stat.S_ISDIR, "a folder, not a file"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "a character device, not a regular file"),
    (stat.S_ISBLK, "a block device, not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
)


def _reason(error: OSError) -> str:
    return _REASONS.get(error.errno, (error.strerror or str(error)).lower())


def _stat_problem(path: str) -> str | None:
    """Why `path` cannot be read as a text file, judged from stat alone (nothing is opened)."""
    try:
        info = os.stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.lexists(path):
            return "a broken symbolic link (its target is missing)"
        return _reason(error)
    return _kind_problem(info.st_mode) or _size_problem(info.st_size)


def _kind_problem(mode: int) -> str | None:
    for test, problem in _KINDS:
        if test(mode):
            return problem
    return None if stat.S_ISREG(mode) else "not a regular file"


def _size_problem(size: int) -> str | None:
    if size <= MAX_BYTES:
        return None
    # Rounded up: a file a few bytes over the cap must not read "10.0 MB is over the 10 MB limit".
    megabytes = math.ceil(size / (_MB // 10)) / 10
    return f"{megabytes:.1f} MB is over newsdiff's {MAX_BYTES // _MB} MB limit per version"


def read_bytes(path: str) -> bytes:
    """At most MAX_BYTES of a regular file, refusing anything else before opening it."""
    problem = _stat_problem(path)
    if problem:
        raise InputError.about(path, problem)
    # O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening it must not hang.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise InputError.about(path, _reason(error)) from error
    try:
        problem = _kind_problem(os.fstat(fd).st_mode)
        if problem:
            raise InputError.about(path, problem)
        chunks = []
        remaining = MAX_BYTES + 1  # one byte more tells a file that grew past the cap
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise InputError.about(path, _reason(error)) from error
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise InputError.about(path, f"over newsdiff's {MAX_BYTES // _MB} MB limit per version")
    return data


# --- Recognising binary data ---------------------------------------------------------------------

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office .doc/.xls file"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00asm", "a WebAssembly module"),
)
# ZIP members that say which office or e-book format the archive is.
_ZIP_KINDS = (
    (b"word/", "a Word .docx document"),
    (b"opendocument.text", "an OpenDocument .odt text"),
    (b"application/epub+zip", "an EPUB e-book"),
    (b"xl/", "an Excel .xlsx workbook"),
    (b"ppt/", "a PowerPoint .pptx file"),
)
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def binary_kind(data: bytes) -> str | None:
    """ "a PNG image" for a known binary format, "" for other binary data, None for text."""
    head = data[:16]
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV sound", b"AVI ": "an AVI video"}[
            head[8:12]
        ]
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "a ZIP archive":
                return next((k for marker, k in _ZIP_KINDS if marker in data[:4096]), kind)
            return kind
    sample = data[:65536]
    if b"\x00" in data or len(_BINARY_CONTROLS.findall(sample)) > len(sample) // 20:
        return ""
    return None


# --- Decoding ------------------------------------------------------------------------------------

_BOMS = (  # UTF-32 LE first: its BOM begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _as_latin1(error: UnicodeError) -> tuple[str, int]:
    # Windows-1252 leaves five bytes undefined; they keep their Latin-1 value (C1 controls,
    # removed by cleaning) so no byte ever fails to decode.
    return error.object[error.start : error.end].decode("latin-1"), error.end


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("cp1252", "newsdiff-latin1"), error.end


# Error handlers run only for the bad bytes: the rest decodes at codec speed.
codecs.register_error("newsdiff-latin1", _as_latin1)
codecs.register_error("newsdiff-cp1252", _as_cp1252)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_NOT_UTF8 = "not valid UTF-8; read as Windows-1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    for zeros, other, codec in (
        (data[1::2], data[0::2], "utf-16-le"),
        (data[0::2], data[1::2], "utf-16-be"),
    ):
        if zeros.count(0) > half * 0.9 and other.count(0) < half * 0.1:
            return codec
    return None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding name and warnings for raw bytes; ValueError when they are not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec == "utf-8":
                return _decode_8bit(body)
            try:
                return body.decode(codec), codec, []
            except UnicodeDecodeError:
                warning = (
                    f"not valid {codec.upper()} despite its byte-order mark; bad bytes replaced"
                )
                return body.decode(codec, "replace"), codec, [warning]
    kind = binary_kind(data)
    if kind == "" and (codec := _utf16_without_bom(data)):
        return (
            data.decode(codec, "replace"),
            codec,
            [f"no byte-order mark; read as {codec.upper()}"],
        )
    if kind is not None:
        raise ValueError(f"binary data ({kind}), not text" if kind else "binary data, not text")
    return _decode_8bit(data)


def _decode_8bit(data: bytes) -> tuple[str, str, list[str]]:
    """UTF-8, or Windows-1252 for what is not."""
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    # Bytes that are not UTF-8 are, on the web, almost always Windows-1252. When the file also has
    # real UTF-8 characters (curly quotes, accented names) it is a UTF-8 page with a pasted
    # Windows-1252 fragment: decoding the whole file as Windows-1252 would turn every one of those
    # characters into mojibake ("â€œ"), so only the bad bytes are read as Windows-1252. Losing
    # nothing beats replacement characters, which would erase the letters outright.
    ascii_bytes = len(data.translate(None, _HIGH_BYTES))
    utf8_bytes = len(data.decode("utf-8", "ignore").encode("utf-8"))
    bad_bytes = len(data) - utf8_bytes
    if utf8_bytes - ascii_bytes <= bad_bytes:  # no more real UTF-8 than bad bytes: Windows-1252
        return data.decode("cp1252", "newsdiff-latin1"), "cp1252", [_NOT_UTF8]
    plural = "s" if bad_bytes > 1 else ""
    warning = f"{bad_bytes} byte{plural} not valid UTF-8; read as Windows-1252"
    return data.decode("utf-8", "newsdiff-cp1252"), "utf-8", [warning]


# --- Cleaning ------------------------------------------------------------------------------------

# The patterns for what few texts hold (terminal escapes, zero-width joiners) are compiled for
# the first text that holds one.


@functools.cache
def _escapes() -> re.Pattern[str]:
    """Terminal escapes, removed whole so their parameters do not leak into the text. Each string
    body stops at the next ESC, BEL or newline, so an unterminated one cannot make this quadratic."""
    return re.compile(
        r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
        r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC (hyperlinks, titles), DCS…
        # Their 8-bit forms only when terminated: a lone 0x90 or 0x9D is more likely a stray byte.
        r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
        r"|\x1b[ -/]*[0-~]"  # two-character and nF escapes (ESC 7, ESC ( B…)
    )


_ESCAPE_STARTS = "\x1b\x90\x98\x9b\x9d\x9e\x9f"
_NEWLINES = ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
# Invisible characters that can make two different strings look identical on screen, or reorder
# what is shown (bidi overrides, "Trojan source"), plus soft hyphens, which split words.
_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e" + (
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_REMOVED = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{_INVISIBLE}]")


@functools.cache
def _joiners() -> re.Pattern[str]:
    return re.compile("[\u200c\u200d]+")


@functools.cache
def _ascii_joiners() -> re.Pattern[str]:
    """Joiners touching ASCII, which always go: removing them without a Python call per match
    keeps text stuffed with joiners fast."""
    return re.compile("(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")


_JOINER_REACH = 64  # marks looked through to find a joiner's letter (bounds the work)
# Judging a joiner costs a Python call. A long Persian article has a few thousand; past this
# many the text is not an article, and joiners not touching ASCII are kept unjudged.
_JOINERS_JUDGED = 200_000


@functools.lru_cache(maxsize=4096)
def _joiner_side(char: str) -> bool | None:
    """How `char` next to a ZWJ/ZWNJ counts: None to look past it (a mark or another joiner),
    True for emoji and non-Latin letters, which joiners shape, False for Latin and spaces."""
    if char in "\u200c\u200d" or unicodedata.combining(char):
        return None
    if char.isspace():
        return False
    base = unicodedata.normalize("NFD", char)[0]  # stable under NFC: "é" and "e\u0301" agree
    return base >= "\u0370" and not unicodedata.name(base, "").startswith("LATIN")


def _joins_on(text: str, index: int, step: int) -> bool:
    """Whether the nearest letter from `index` on, past marks and joiners, is one joiners shape.

    Judging by letters, not by marks or other joiners, keeps the decision the same after NFC
    reorders or composes marks and after neighbouring joiners are removed.
    """
    for _ in range(_JOINER_REACH):
        if not 0 <= index < len(text):
            return False
        side = _joiner_side(text[index])
        if side is not None:
            return side
        index += step
    return False


def _keep_joiner(match: re.Match[str]) -> str:
    # ZWJ builds emoji sequences (👨‍👩‍👧) and ZWNJ/ZWJ shape Persian and Indic words; between
    # Latin letters they only hide a difference, so they go.
    text = match.string
    if _joins_on(text, match.start() - 1, -1) and _joins_on(text, match.end(), 1):
        return match.group()[-1]
    return ""


def _clean_joiners(text: str) -> str:
    text = _ascii_joiners().sub("", text)
    if text.count("\u200c") + text.count("\u200d") > _JOINERS_JUDGED:
        return text
    return _joiners().sub(_keep_joiner, text)


def clean_text(text: str) -> tuple[str, list[str]]:
    """The text every offset indexes, and warnings about what was removed from it."""
    # Each step first checks with a fast `in` whether it has anything to do: a regex scan of
    # 10 MB costs a tenth of a second even when it finds nothing.
    escapes = 0
    if any(start in text for start in _ESCAPE_STARTS):
        text, escapes = _escapes().subn("", text)
    for newline in _NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    text = text.replace("\t", " ")
    invisible = sum(text.count(char) for char in _INVISIBLE)
    text, removed = _REMOVED.subn("", text)
    controls = removed - invisible
    text = unicodedata.normalize("NFC", text)
    if "\u200c" in text or "\u200d" in text:
        joined = _clean_joiners(text)
        invisible += len(text) - len(joined)
        text = unicodedata.normalize("NFC", joined)  # again: a removed joiner may split a letter
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    warnings = []
    if escapes or controls:
        warnings.append(f"removed {escapes + controls} terminal escapes and control characters")
    if invisible:
        warnings.append(f"removed {invisible} invisible characters (zero-width, bidi controls)")
    return text, warnings


# --- Metadata ------------------------------------------------------------------------------------

# Outlets and agencies, canonical label first, then the names they are credited under.
_OUTLETS = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
    "EFE": ("EFE", "Agencia EFE"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "BBC": ("BBC", "BBC News"),
    "CNN": ("CNN",),
    "SCMP": ("SCMP", "South China Morning Post"),
    "Le Monde": ("Le Monde",),
    "El País": ("El País", "El Pais"),
    "The Guardian": ("The Guardian", "Guardian"),
    "The New York Times": ("The New York Times", "New York Times", "NYT"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "WSJ": ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    "Financial Times": ("Financial Times", "FT"),
    "Al Jazeera": ("Al Jazeera",),
    "NHK": ("NHK",),
    "TASS": ("TASS",),
    "RIA Novosti": ("RIA Novosti",),
    "Interfax": ("Interfax",),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "IANS": ("IANS",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "UPI": ("UPI", "United Press International"),
    "Europa Press": ("Europa Press",),
    "Lusa": ("Lusa",),
    "CNA": ("CNA", "Central News Agency"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
}
_CANONICAL = {alias: label for label, aliases in _OUTLETS.items() for alias in aliases}
_OUTLET = "(?:" + "|".join(re.escape(a) for a in sorted(_CANONICAL, key=len, reverse=True)) + r")\b"
# Every pattern holding _OUTLET is long (the names, often twice) and needs a line that names an
# outlet, which most lines do not: each is compiled at its first use on a line this finds one in.
_OUTLET_NAME = re.compile(_OUTLET)
_OUTLET_LIST = rf"{_OUTLET}(?:\s*(?:,|/|&|(?i:and))\s*(?i:the\s+)?{_OUTLET})*"
_AGENCY_SUFFIX = r"(?:\s+(?i:news\s+)?(?i:agency|agencies|wire|news\s+service))?"


@functools.cache
def _dateline() -> re.Pattern[str]:
    """ "NEW YORK (Reuters) –", "(AP) —", "WASHINGTON, Sept 19 (Reuters/Ipsos) -" """
    return re.compile(
        rf"^(?:[^\W\d_][^\n()]{{0,60}}?)?\(\s*(?P<o>{_OUTLET})(?:\s*/[^)\n]{{0,40}})?\s*\)"
        r"\s*(?:[-–—:]|$)"
    )


@functools.cache
def _leading_dateline() -> re.Pattern[str]:
    """A dateline opening a headline's line, to be cut from it: "NEW YORK (Reuters) – "."""
    return re.compile(rf"[^\W\d_][^\n()]{{0,60}}?\(\s*{_OUTLET}[^)\n]{{0,40}}\)\s*[-–—:]\s*")


_CREDIT_LEAD = (
    r"(?i:with\s+(?:(?:additional\s+)?(?:information|reporting|input|material)\s+from\s+)?"
    r"|sources?\s*:|via|from|courtesy\s+of|reporting\s+by"
    r"|(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?(?:\s*\d{4})?)"
)


@functools.cache
def _credit_line() -> re.Pattern[str]:
    """A credit line of its own: "With AFP", "— Bloomberg", "Source: Reuters", "© 2023 AFP"."""
    return re.compile(
        rf"^[\s(\[]*(?:[-–—]+\s*)?(?:{_CREDIT_LEAD}\s*)?(?i:the\s+)?(?P<o>{_OUTLET_LIST})"
        rf"{_AGENCY_SUFFIX}[\s)\].]*(?i:all\s+rights\s+reserved\.?)?$"
    )


@functools.cache
def _credit_tail() -> re.Pattern[str]:
    """A credit closing the last paragraph: "… Assembly. (With information from the EFE Agency)"."""
    return re.compile(
        rf"(?:\(\s*{_CREDIT_LEAD}\s*(?i:the\s+)?(?P<o>{_OUTLET_LIST}){_AGENCY_SUFFIX}\s*\)"
        rf"|[.”\"]\s*[-–—]+\s*(?P<d>{_OUTLET_LIST}))\s*\.?$"
    )


_BYLINE = re.compile(r"^By\s+(?P<names>[^\n]{2,100})$")


@functools.cache
def _author_name() -> re.Pattern[str]:
    """An author's name in a byline, its last word apart; compiled at the first byline."""
    return re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}(?P<last>[A-Z][\w'’-]+)$")


# Metadata sits in the lead and the tail: lines looked at, within characters from either end
# (a 10 MB text is never split into lines for it).
_LEAD_LINES = 8
_TAIL_LINES = 8
_EDGE_CHARS = 8000


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _lead(text: str) -> list[str]:
    return _lines(text[:_EDGE_CHARS])[:_LEAD_LINES]


def _tail(text: str) -> list[str]:
    tail = text[-_EDGE_CHARS:]
    if len(tail) < len(text):
        tail = tail.partition("\n")[2]  # drop the partial first line
    return _lines(tail)[-_TAIL_LINES:]


def _outlets_in(credit: str) -> str:
    labels = dict.fromkeys(_CANONICAL[name] for name in _OUTLET_NAME.findall(credit))
    return "/".join(labels)


def _short_names(surnames: list[str]) -> str:
    if len(surnames) > 2:
        return f"{surnames[0]} et al."
    return " & ".join(surnames)


def _byline_label(lead: list[str]) -> tuple[str | None, str | None]:
    """(outlet, short author names) from a "By …" line in the lead."""
    for line in lead:
        match = _BYLINE.match(line)
        if not match:
            continue
        names = match.group("names")
        outlet = _outlets_in(names)
        if outlet:
            return outlet, None
        parts = [p.strip() for p in re.split(r",|&|\band\b", names) if p.strip()]
        lasts = [m.group("last") for m in map(_author_name().match, parts) if m]
        if parts and len(lasts) == len(parts):
            return None, _short_names(lasts)
    return None, None


def find_label(text: str, fallback: str) -> str:
    """The outlet named in a dateline or credit, else a byline's surnames, else `fallback`."""
    lead = _lead(text)
    for line in map(_strip_date_token, lead):
        match = _OUTLET_NAME.search(line) and _dateline().match(line)
        if match:
            return _CANONICAL[match.group("o")]
    outlet, authors = _byline_label(lead)
    if outlet:
        return outlet
    for line in reversed(_tail(text)):
        match = _OUTLET_NAME.search(line) and (
            _credit_line().match(line) or _credit_tail().search(line)
        )
        if match:
            return _outlets_in(match.group("o") or match.group("d"))
    return authors or fallback


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<{}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Where a date can start, a digit or a month's initial: as a lookahead it spares the alternation
# most positions of the lead paragraphs searched for a date-only line (twice as fast).
_DATE_START = r"(?=[\d" + "".join(sorted({name[0] for name in _MONTHS})) + "])"
_DATE = re.compile(
    rf"\b{_DATE_START}"
    r"(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format('m2')},?\s+(?P<y2>\d{{4}})\b"
    rf"|{_MONTH.format('m3')}\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})\b)",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
_META_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date[d:]?)\b", re.IGNORECASE
)
# What may surround the date on a date-only line: times, weekdays, zones, separators, and
# nothing else. Each piece is taken whole, as a scan removing them one after another would take
# it (an atomic group), so a story paragraph fails at its first word, not after the whole scan.
_ONLY_TIMES_AND_WEEKDAYS = re.compile(
    r"(?>(?-i:T)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|(?-i:Z)|[+-]\d{2}:?\d{2})?"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|\b(?:at|on|utc|gmt|(?-i:[A-Z]{2,4}T))\b|[\s,.|·•\-–—:/()])*+",
    re.IGNORECASE,
)


def _parse_date(match: re.Match[str]) -> str | None:
    year = match.group("y") or match.group("y2") or match.group("y3")
    month = match.group("m") or match.group("m2") or match.group("m3")
    day = match.group("d") or match.group("d2") or match.group("d3")
    number = int(month) if month.isdigit() else _MONTHS[month.lower()]
    return _iso_date(int(year), number, int(day))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso_date(year: int, month: int, day: int) -> str | None:
    """yyyy-mm-dd for a day of the calendar (years 1 to 9999, as `datetime`'s), else None.

    Not `datetime.date(...).isoformat()`: importing `datetime` would cost every run ~1.5 ms."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return f"{year:04}-{month:02}-{day:02}" if 1 <= day <= _MONTH_DAYS[month - 1] + leap else None


def _first_date(line: str) -> str | None:
    return next(filter(None, map(_parse_date, _DATE.finditer(line))), None)


def _is_date_line(line: str) -> bool:
    """A line that is only a date, maybe with a weekday and time: "2023-09-19 04:55:59"."""
    return bool(_DATE.search(line)) and bool(
        _ONLY_TIMES_AND_WEEKDAYS.fullmatch(_DATE.sub("", line))
    )


def _dateline_part(line: str) -> str:
    """The "WASHINGTON, Sept. 19, 2023 (Reuters) –" part before the story starts."""
    match = re.match(r"^[^\n]{0,80}?(?:\([^)\n]{1,40}\)\s*)?[-–—]", line)
    return match.group() if match else ""


def find_date(text: str) -> str | None:
    """ISO date from a leading token, a Published/Updated line, a dateline or a date-only line."""
    token = _DATE_TOKEN.match(text)
    if token:
        date = _first_date(token.group(1))
        if date:
            return date
    lead = _lead(text)
    return (
        _meta_date(lead)
        or next(filter(None, (_first_date(_dateline_part(line)) for line in lead)), None)
        or _meta_date(_tail(text))
    )


def _meta_date(lines: list[str]) -> str | None:
    """The first date on a Published/Updated line or a line that is only a date."""
    for line in lines:
        if _META_PREFIX.match(line) or _is_date_line(line):
            date = _first_date(line)
            if date:
                return date
    return None


_TITLE_MAX = 160  # a headline is rarely longer; longer first lines are story paragraphs
_TITLE_CUT = 120
_NAVIGATION = re.compile(
    r"^(?:home|start|accueil|inicio|startseite)\b|[»›]|(?:\s[>|/]\s.*){2}", re.I
)
_LEADING_PARENTHESIS = re.compile(r"\([^)\n]{1,40}\)\s+")  # "(Updated) ", "(AP) "
_SENTENCE_END = re.compile(r"[.!?]+[”\"’)]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt jr sr no vs inc ltd co corp dept prof".split()
    + list(_MONTHS)
)
_NOT_TITLES = re.compile(
    r"^(?:advertisement|share(?: this(?: article| story)?)?|skip to (?:main )?content|menu"
    r"|sign in|subscribe|listen to this article)$|^#",
    re.IGNORECASE,
)


def _strip_date_token(line: str) -> str:
    return _DATE_TOKEN.sub("", line, count=1)


def _is_title_candidate(line: str) -> bool:
    return not (
        _NAVIGATION.search(line)
        or _META_PREFIX.match(line)
        or _BYLINE.match(line)
        or _is_date_line(line)
        or _NOT_TITLES.match(line)
    )


def _first_sentence(text: str) -> str:
    for match in _SENTENCE_END.finditer(text):
        words = text[: match.start()].rsplit(None, 1)
        word = words[-1] if words else ""
        # "U.S." and "Sen." do not end sentences: a single capital or a known abbreviation.
        if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) or word.lower() in _ABBREVIATIONS:
            continue
        return text[: match.end()]
    return text


def _shorten(text: str) -> str:
    if len(text) <= _TITLE_CUT:
        return text
    # The longest start of at most _TITLE_CUT characters that ends before a space.
    words = re.match(rf"^.{{0,{_TITLE_CUT}}}(?=\s)", text, re.DOTALL)
    cut = words.group() if words else text[:_TITLE_CUT]
    return cut.rstrip(" ,;:–—-") + "…"


def _without_leading_dateline(line: str) -> str:
    """The line without a dateline or a parenthesis ("(Reuters) –", "(Updated)") it opens with."""
    match = (
        _OUTLET_NAME.search(line) and _leading_dateline().match(line)
    ) or _LEADING_PARENTHESIS.match(line)
    return line[match.end() :] if match else line


def find_title(text: str) -> str:
    """The headline, or the first sentence cut to ~120 characters at a word boundary."""
    for raw in _lines(text[:_EDGE_CHARS]):
        line = _strip_date_token(raw).strip()
        if not line or not _is_title_candidate(line):
            continue
        line = _without_leading_dateline(line)
        if not line:  # a dateline on a line of its own
            continue
        if len(line) <= _TITLE_MAX and not line.endswith("."):
            return line
        return _shorten(_first_sentence(line))
    return ""


# --- Putting it together -------------------------------------------------------------------------


def load_document(path: str | os.PathLike[str]) -> Document:
    """One file read, decoded, cleaned and labelled; InputError if it cannot be compared."""
    path = paths.normal(os.fspath(path))
    data = read_bytes(path)
    try:
        text, encoding, warnings = decode(data)
    except ValueError as error:
        raise InputError.about(path, str(error)) from error
    text, cleaning = clean_text(text)
    if not text:
        raise InputError.about(path, "empty: nothing to compare")
    return Document(
        path=path,
        name=paths.name(path),
        text=text,
        encoding=encoding,
        label=find_label(text, printable(paths.stem(path))),
        title=find_title(text),
        date=find_date(text),
        warnings=tuple(warnings + cleaning),
    )


def distinct_labels(documents: Sequence[Document]) -> list[str]:
    """Labels made unique in order: the second "AFP" becomes "AFP (2)"."""
    counts = Counter(d.label for d in documents)
    used = set(counts)
    seen: Counter[str] = Counter()
    labels = []
    for document in documents:
        label = document.label
        seen[label] += 1
        if counts[label] > 1 and seen[label] > 1:
            number = seen[label]
            while f"{label} ({number})" in used:
                number += 1
            label = f"{label} ({number})"
            used.add(label)
        labels.append(label)
    return labels


def load_documents(args: list[str]) -> list[Document]:
    """The documents to compare, each with a label no other one has."""
    documents = [load_document(path) for path in resolve_inputs(args)]
    return [
        d._replace(label=label)
        for d, label in zip(documents, distinct_labels(documents), strict=True)
    ]
