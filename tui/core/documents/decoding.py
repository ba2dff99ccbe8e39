"""Bytes to text: byte-order marks, UTF-8 or Windows-1252, then the cleaning every offset
indexes (escapes, controls, invisible characters, newlines)."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from tui.core.documents.sniffing import binary_kind

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
        raise not_text(kind)
    return _decode_8bit(data)


def not_text(kind: str) -> ValueError:
    """The refusal of binary data of a `binary_kind`."""
    return ValueError(f"binary data ({kind}), not text" if kind else "binary data, not text")


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
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Deleted by str.translate, in the few texts holding one: re compiles a class of them with the
# controls into a 65,536-entry table, for every text.
_INVISIBLE_DELETED = dict.fromkeys(map(ord, _INVISIBLE))


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
    # Each step first checks with a fast `in` whether it has anything to do: a regex scans the
    # whole text even when it finds nothing.
    escapes = 0
    if any(start in text for start in _ESCAPE_STARTS):
        text, escapes = _escapes().subn("", text)
    for newline in _NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    text = text.replace("\t", " ")
    invisible = sum(text.count(char) for char in _INVISIBLE)
    nuls = text.count("\x00")
    text, removed = _CONTROLS.subn("", text)
    if invisible:
        text = text.translate(_INVISIBLE_DELETED)
    controls = removed - nuls
    text = unicodedata.normalize("NFC", text)
    if "\u200c" in text or "\u200d" in text:
        joined = _clean_joiners(text)
        invisible += len(text) - len(joined)
        text = unicodedata.normalize("NFC", joined)  # again: a removed joiner may split a letter
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    kinds = (
        (nuls, "stray NUL character", "stray NUL characters"),
        (
            escapes + controls,
            "terminal escape or control character",
            "terminal escapes and control characters",
        ),
        (
            invisible,
            "invisible character (zero-width, bidi controls)",
            "invisible characters (zero-width, bidi controls)",
        ),
    )
    warnings = [
        f"removed {count} {one if count == 1 else many}" for count, one, many in kinds if count
    ]
    return text, warnings
