"""Telling binary data from text, naming the known formats."""

from __future__ import annotations

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
# Control bytes no text is written with (tab, newlines, form feed and ESC are: escapes are cleaned).
_NON_TEXT = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
# Binary data is about one control byte in ten (26 of the 256 values) and most formats pad and
# count with NULs; a text holds a few by accident (a NUL pasted in), which cleaning removes.
_NON_TEXT_SHARE = 1 / 20
_NUL_SHARE = 1 / 1000


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
    nuls = data.count(0)
    non_text = len(data) - len(data.translate(None, _NON_TEXT))
    if nuls > max(1, len(data) * _NUL_SHARE) or non_text > len(data) * _NON_TEXT_SHARE:
        return ""
    return None
