"""The comparison as a JSON document for scripts (schema in the README)."""

from __future__ import annotations

import json

from tui.core.model import Comparison, Mention, Span, Version

SCHEMA_VERSION = 3


def comparison_to_dict(comparison: Comparison) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "threshold": comparison.threshold,
        "notes": list(comparison.notes),
        "versions": [
            {
                "id": v.id,
                "path": v.path,
                **_source(v),
                "name": v.name,
                "label": v.label,
                "title": v.title,
                "date": v.date,
                "encoding": v.encoding,
                "word_count": v.word_count,
                "shared": round(comparison.shared_share(v.id), 4),
                "warnings": list(v.warnings),
                "text": v.text,
                "sentences": [
                    {
                        "id": s.id,
                        "start": s.start,
                        "end": s.end,
                        "text": s.text,
                        "boilerplate": s.boilerplate,
                        "paragraph": s.paragraph,
                        "passages": [p.id for p in comparison.passages_of(v.id, s.id)],
                    }
                    for s in v.sentences
                ],
            }
            for v in comparison.versions
        ],
        "passages": [
            {
                "id": p.id,
                "support": p.support,
                "score": p.score,
                "reference": p.reference,
                "members": [
                    {
                        "version": m.version,
                        "sentence": m.sentence,
                        **({"start": m.part[0], "end": m.part[1]} if m.part else {}),
                        "score": m.score,
                        "differing": [[w.start, w.end, w.kind] for w in m.words if w.marked],
                        "wording": [[w.start, w.end] for w in m.words if w.kind == "wording"],
                    }
                    for m in p.members
                ],
                "discrepancies": [
                    {
                        "kind": d.kind,
                        "readings": [
                            {
                                "text": r.text,
                                "members": [_place(comparison, span) for span in r.spans],
                            }
                            for r in d.readings
                        ],
                    }
                    for d in p.discrepancies
                ],
                "diffs": [
                    {
                        "version": d.a,
                        "ops": [[o.tag, o.a_start, o.a_end, o.b_start, o.b_end] for o in d.ops],
                    }
                    for d in p.diffs
                ],
            }
            for p in comparison.passages
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "variants": list(e.variants),
                "versions": list(e.versions),
                "mentions": [_span(m) for m in e.mentions],
            }
            for e in comparison.entities
        ],
    }


def _source(version: Version) -> dict:
    """A web page's address, site name and author, those known (a text file has none)."""
    fields = (("url", version.url), ("site", version.site), ("author", version.author))
    return {key: value for key, value in fields if value is not None}


def _span(span: Span | Mention) -> dict:
    # dataclasses.asdict deep-copies field by field: slow over thousands of mentions.
    return {"version": span.version, "start": span.start, "end": span.end, "text": span.text}


def _place(comparison: Comparison, span: Span) -> dict:
    sentence = comparison.sentence_at(span.version, span.start)
    return {"version": span.version, "sentence": sentence, "start": span.start, "end": span.end}


def to_json(comparison: Comparison) -> str:
    # No indent: an indented dump runs in pure Python, several times slower than the C encoder.
    text = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A file name that is not UTF-8 reaches Python as lone surrogates, which no UTF-8 file can
        # hold: they become U+FFFD, as in the HTML page. One character for one: offsets hold.
        # (The table is made here, not on import: the rare case need not cost every export.)
        text = text.translate(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))
    return text
