"""The comparison as one self-contained HTML page: side-by-side columns, marks, indexes.

Everything is inline (no network, no fonts). All article text is escaped, and a
Content-Security-Policy lets only this module's own stylesheet and script run.
"""

from __future__ import annotations

import base64
import hashlib
import html
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files

from tui import __version__
from tui.core.model import (
    ENTITY_TYPES,
    Comparison,
    Entity,
    Member,
    Passage,
    Sentence,
    Span,
    Version,
)

TYPE_HEADINGS = {
    "person": "People",
    "place": "Places",
    "organisation": "Organisations",
    "number": "Numbers",
    "date": "Dates",
}
HEADLINE_CHARS = 140
UNIQUE_MARK = "†"
FACTS_MARK = "×"  # "2/5 ×2": shared by two versions, and tells two facts (stands in two passages)

# Control characters (but tab, newline and carriage return) and lone surrogates cannot be shown or
# encoded as UTF-8: they become U+FFFD so a hostile input cannot break the written file.
_UNPRINTABLE = dict.fromkeys(
    (
        *range(0x00, 0x09),
        0x0B,
        0x0C,
        *range(0x0E, 0x20),
        *range(0x7F, 0xA0),
        *range(0xD800, 0xE000),
    ),
    "\ufffd",
)

# Layers of inline markup inside a sentence, outermost first.
_MENTION, _DISCREPANCY, _WORD = 0, 1, 2


@cache
def _asset(name: str) -> str:
    return (files(__package__) / "html_assets" / name).read_text(encoding="utf-8")


def passage_number(passage: Passage) -> int:
    """The passage's number on the page, counted from 1 as in the app: `#p3` is the third."""
    return passage.id + 1


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _esc(text: str) -> str:
    return html.escape(text.translate(_UNPRINTABLE), quote=True)


def to_html(comparison: Comparison) -> str:
    """The whole page, ready to write to a file and open from file://."""
    from tui.core.html_story_table import VIEW_TOGGLE, story_table  # it imports this module

    css = _asset("page.css") + _asset("story_table.css")
    js = _asset("page.js") + _asset("story_table.js")
    columns, anchors = _columns(comparison)
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ',
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; ",
        "base-uri 'none'; form-action 'none'\">\n",
        '<meta name="color-scheme" content="light dark">\n',
        f'<meta name="generator" content="newsdiff {_esc(__version__)}">\n',
        f"<title>{_esc(_headline(comparison))} · newsdiff</title>\n",
        f"<style>{css}</style>\n</head>\n<body>\n",
        '<a class="skip chrome" href="#columns">Skip to the versions</a>\n',
    ]
    out.extend((*_page_header(comparison), VIEW_TOGGLE))
    out.append('<div class="panels">\n')
    out.extend(_discrepancy_panel(comparison, anchors))
    out.extend(_entity_panel(comparison, anchors))
    out.append("</div>\n")
    out.extend((*columns, story_table(comparison)))
    out.extend(_footer(comparison))
    out.append(
        '<div id="status" class="status chrome" role="status" aria-live="polite"></div>\n'
        f"<script>{js}</script>\n</body>\n</html>\n"
    )
    return "".join(out)


# ---------------------------------------------------------------- header and summary


def _headline(comparison: Comparison) -> str:
    title = next((v.title.strip() for v in comparison.versions if v.title.strip()), "")
    title = " ".join(title.split()) or "Untitled story"
    if len(title) <= HEADLINE_CHARS:
        return title
    cut = title[:HEADLINE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _support_class(support: int, total: int) -> str:
    if support == 0:
        return "bp"
    if support == 1:
        return "uni"
    return "all" if support == total else "sev"


def _page_header(comparison: Comparison) -> Iterator[str]:
    n = len(comparison.versions)
    shared_by_all = sum(1 for p in comparison.passages if p.support == n and n > 1)
    yield '<header class="page-head">\n<p class="kicker">newsdiff comparison</p>\n'
    yield f"<h1>{_esc(_headline(comparison))}</h1>\n"
    yield (
        f'<p class="summary"><strong>{n}</strong> {_plural(n, "version")} · '
        f"<strong>{len(comparison.passages)}</strong> {_plural(len(comparison.passages), 'passage')}"
        f" · <strong>{shared_by_all}</strong> shared by all</p>\n"
    )
    yield '<nav class="jump" aria-label="Versions"><span class="jump-label">Unique sentences:</span>'
    yield '<ul class="jump-list">'
    for v in comparison.versions:
        unique = len(comparison.unique_sentences(v.id))
        yield (
            f'<li><a href="#v{v.id}"><span class="vnum">{v.id + 1}</span> {_esc(v.label)}</a> '
            f'<span class="uni-count">{unique}{UNIQUE_MARK}</span></li>'
        )
    yield "</ul></nav>\n"
    for note in comparison.notes:
        yield f'<p class="note">{_esc(note)}</p>\n'
    yield from _legend(n)
    yield "</header>\n"


def _legend(n: int) -> Iterator[str]:
    items = []
    if n > 1:
        items.append(
            (f'<span class="s all" data-mark="{n}/{n}">text</span>', f"shared by all {n} versions")
        )
    if n > 2:
        several = f"2–{n - 1}" if n > 3 else "2"
        items.append(
            (f'<span class="s sev" data-mark="2/{n}">text</span>', f"in {several} versions")
        )
    items += [
        (f'<span class="s uni" data-mark="{UNIQUE_MARK}">text</span>', "only in this version"),
        (
            f'<span class="s sev" data-mark="2/{n} {FACTS_MARK}2">text</span>',
            "tells two facts, each a passage of its own",
        ),
        ('<span class="s bp">text</span>', "boilerplate (bylines, links), dimmed"),
        ('<mark class="a">word</mark>', "added: in none of the passage's other versions"),
        ('<mark class="x">name</mark>', "name, number, date or quote that disagrees"),
        ('<mark class="x var">name</mark>', "spelled otherwise (plural, case, accents)"),
        ('<mark class="w">word</mark>', "worded otherwise (shown with “all wording”)"),
        ('<span class="s sev sel" data-mark="k/n">text</span>', "selected passage"),
    ]
    yield '<section class="legend" aria-label="Legend"><ul>'
    for sample, meaning in items:
        yield f'<li><span class="sample" aria-hidden="true">{sample}</span> {meaning}</li>'
    yield (
        '</ul><p class="wording-toggle chrome"><label><input type="checkbox" id="all-wording"> '
        "All wording: mark every wording difference, not only what differs in fact</label></p>"
        '<p class="keys chrome">Hover a sentence to mark its passage in every column; '
        "click it to line the columns up, and again for the next fact it tells. "
        "Keys: <kbd>n</kbd> next passage (by number: every passage once), "
        "<kbd>p</kbd> previous, <kbd>Esc</kbd> clear.</p></section>\n"
    )


def _plural(count: int, word: str) -> str:
    if count == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def _footer(comparison: Comparison) -> Iterator[str]:
    yield (
        f'<footer class="page-foot"><p>Made with newsdiff {_esc(__version__)} · '
        f"similarity threshold {comparison.threshold:.2f} · sources: "
    )
    yield ", ".join(f"{_esc(v.name)}" for v in comparison.versions)
    yield "</p></footer>\n"


# ---------------------------------------------------------------- discrepancies


def _discrepancy_panel(comparison: Comparison, anchors: set[str]) -> Iterator[str]:
    passages = [p for p in comparison.passages if p.discrepancies]
    count = sum(len(p.discrepancies) for p in passages)
    n = len(comparison.versions)
    yield '<section class="panel" aria-labelledby="disc-h"><details open><summary>'
    yield (
        f'<h2 id="disc-h">Where they disagree</h2> <span class="count">{count} '
        f"{_plural(count, 'discrepancy')} in {len(passages)} "
        f"{_plural(len(passages), 'passage')}</span></summary>\n"
    )
    if not passages:
        yield '<p class="empty">No names or numbers differ inside matched passages.</p>'
    else:
        yield '<ol class="disc">\n'
        for p in passages:
            yield from _passage_discrepancies(comparison, p, n, anchors)
        yield "</ol>\n"
    yield "</details></section>\n"


def _passage_discrepancies(
    comparison: Comparison, passage: Passage, n: int, anchors: set[str]
) -> Iterator[str]:
    support = _support_class(passage.support, n)
    number = passage_number(passage)
    yield (
        f'<li><a class="plink {support}" href="#p{number}">Passage {number}</a> '
        f'<span class="pmark">{passage.support}/{n}</span><ul>'
    )
    # Spelling variants last, and quieter: they matter least.
    for d in sorted(passage.discrepancies, key=lambda d: d.kind == "variant"):
        quiet = ' class="var"' if d.kind == "variant" else ""
        readings = " · ".join(
            f"{_quoted(r.spans[0], anchors)} "
            + " ".join(_version_tag(comparison.versions[v]) for v in r.versions)
            for r in d.readings
        )
        yield f'<li{quiet}><span class="kind">{_esc(d.kind)}</span> {readings}</li>'
    yield "</ul></li>\n"


def _quoted(span: Span, anchors: set[str]) -> str:
    """The words in quotes, linked to where they stand in their column."""
    words = _esc(span.text)
    target = _discrepancy_id(span.version, span.start, span.end)
    if target in anchors:
        words = f'<a class="xq" href="#{target}">{words}</a>'
    return f"<q>{words}</q>"


def _discrepancy_id(version: int, start: int, end: int) -> str:
    return f"x-v{version}-{start}-{end}"


def _version_tag(version: Version) -> str:
    return (
        f'<span class="who"><span class="vnum">{version.id + 1}</span> {_esc(version.label)}</span>'
    )


# ---------------------------------------------------------------- entity index


def _entity_panel(comparison: Comparison, anchors: set[str]) -> Iterator[str]:
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for entity in comparison.entities:
        if any(_mention_id(m.version, m.start) in anchors for m in entity.mentions):
            by_type[entity.type].append(entity)
    order = [*ENTITY_TYPES, *sorted(set(by_type) - set(ENTITY_TYPES))]
    total = sum(len(group) for group in by_type.values())
    yield '<nav class="panel" aria-labelledby="ent-h"><details open><summary>'
    yield (
        f'<h2 id="ent-h">Entity index</h2> <span class="count">{total} '
        f"{_plural(total, 'entity')}</span></summary>\n"
    )
    if not total:
        yield '<p class="empty">No people, places, organisations, numbers or dates found.</p>'
    yield '<div class="types">\n'
    for kind in order:
        group = sorted(by_type.get(kind, ()), key=lambda e: (-len(e.versions), e.name.casefold()))
        if not group:
            continue
        heading = TYPE_HEADINGS.get(kind, kind.capitalize())
        yield f'<section class="etype"><h3>{_esc(heading)} <span class="count">{len(group)}</span></h3><ul>'
        for entity in group:
            yield _entity_entry(comparison, entity, anchors)
        yield "</ul></section>\n"
    yield "</div></details></nav>\n"


def _entity_entry(comparison: Comparison, entity: Entity, anchors: set[str]) -> str:
    """One index line: the name (cycling through the mentions), variants, presence dots."""
    per_version: dict[int, list[str]] = defaultdict(list)
    for m in entity.mentions:
        mid = _mention_id(m.version, m.start)
        if mid in anchors and mid not in per_version[m.version]:
            per_version[m.version].append(mid)
    targets = [mid for v in sorted(per_version) for mid in per_version[v]]
    name = _esc(" ".join(entity.name.split()))
    parts = [
        f'<li><a class="ent" href="#{targets[0]}" data-mentions="{" ".join(targets)}">{name}</a>'
    ]
    if entity.variants:
        variants = ", ".join(_esc(" ".join(v.split())) for v in entity.variants)
        parts.append(f' <span class="variants">also {variants}</span>')
    # The dots are one image to a screen reader; a click on a filled one (handled by the
    # script) shows that version's first mention.
    parts.append(
        f' <span class="dots" role="img" aria-label="{_presence_label(comparison, per_version)}">'
    )
    for version in comparison.versions:
        label = _esc(version.label)
        count = len(per_version.get(version.id, ()))
        if count:
            parts.append(
                f'<i class="dot" title="{label}: {count} {_plural(count, "mention")}">●</i>'
            )
        else:
            parts.append(f'<i class="dot off" title="not in {label}">○</i>')
    parts.append(f'</span> <span class="mcount">{len(targets)}×</span></li>')
    return "".join(parts)


def _presence_label(comparison: Comparison, per_version: dict[int, list[str]]) -> str:
    present = [v.label for v in comparison.versions if per_version.get(v.id)]
    total = len(comparison.versions)
    if len(present) == total:
        return f"in all {total} versions" if total > 1 else "in the version"
    return _esc(f"in {len(present)} of {total} versions: " + ", ".join(present))


def _mention_id(version: int, start: int) -> str:
    return f"m-v{version}-{start}"


# ---------------------------------------------------------------- columns


class _Layer:
    """A piece of inline markup over a character range of one version's text."""

    __slots__ = ("close", "end", "opened", "order", "rank", "start", "tag_first", "tag_more")

    def __init__(self, rank: int, start: int, end: int, tag_first: str, tag_more: str, close: str):
        self.rank, self.start, self.end = rank, start, end
        self.tag_first, self.tag_more, self.close = tag_first, tag_more, close
        self.order = (rank, start, -end)  # nesting order: outermost first
        self.opened = False


def _columns(comparison: Comparison) -> tuple[list[str], set[str]]:
    """The versions' columns, and the ids of the mention anchors they contain."""
    layers, anchors = _layers(comparison)
    # A passage's link target is its first sentence in the first version that has it; one
    # sentence can be the first of several passages.
    passage_anchors: dict[tuple[int, int], list[int]] = defaultdict(list)
    for p in comparison.passages:
        passage_anchors[(p.members[0].version, p.members[0].sentence)].append(passage_number(p))
    out = ['<main id="columns" class="columns" aria-label="Versions side by side">\n']
    for version in comparison.versions:
        out.extend(_column(comparison, version, layers, passage_anchors))
    out.append("</main>\n")
    return out, anchors


def _column(
    comparison: Comparison,
    version: Version,
    layers: dict[tuple[int, int], list[_Layer]],
    passage_anchors: dict[tuple[int, int], list[int]],
) -> Iterator[str]:
    n = len(comparison.versions)
    v = version.id
    label = _esc(version.label)
    shared = round(comparison.shared_share(v) * 100)
    unique = len(comparison.unique_sentences(v))
    date = f"<time>{_esc(version.date)}</time>" if version.date else "undated"
    yield (
        f'<article class="col" id="v{v}" aria-label="Version {v + 1}: {label}">'
        f'<header class="col-head"><h2><span class="vnum">{v + 1}</span> {label}</h2>'
        f'<p class="meta">{date} · {version.word_count:,} words · {shared}% shared · '
        f'{unique} unique</p><p class="absent" aria-hidden="true">Not in this version</p>'
    )
    for warning in version.warnings:
        yield f'<p class="warn">{_esc(warning)}</p>'
    yield f'</header>\n<div class="col-body" tabindex="0" aria-label="Text of {label}">\n'
    for paragraph in _paragraphs(version.sentences):
        # Each paragraph takes its direction from its first letter: Arabic and Hebrew ones read
        # right to left inside a left-to-right page.
        yield '<p dir="auto">'
        for i, sentence in enumerate(paragraph):
            if i:
                yield " "
            passages = comparison.passages_of(v, sentence.id)
            support = comparison.support_of(v, sentence.id)
            attrs = [f'class="s {_support_class(support, n)}" id="s-v{v}-{sentence.id}"']
            for number in passage_anchors.get((v, sentence.id), ()):
                yield f'<span class="anchor" id="p{number}"></span>'
            if passages:
                numbers = " ".join(str(passage_number(p)) for p in passages)
                mark = f"{support}/{n}"
                if len(passages) > 1:
                    mark += f" {FACTS_MARK}{len(passages)}"
                attrs.append(f'data-p="{numbers}" data-mark="{mark}"')
            elif support == 1:
                attrs.append(f'data-mark="{UNIQUE_MARK}"')
            attrs.append(f'data-support="{support}"')
            yield f"<span {' '.join(attrs)}>"
            yield _sentence_body(sentence, layers.get((v, sentence.id), ()))
            yield "</span>"
        yield "</p>\n"
    yield "</div></article>\n"


def _paragraphs(sentences: Iterable[Sentence]) -> Iterator[list[Sentence]]:
    current: list[Sentence] = []
    for sentence in sentences:
        if current and sentence.paragraph != current[-1].paragraph:
            yield current
            current = []
        current.append(sentence)
    if current:
        yield current


def _layers(comparison: Comparison) -> tuple[dict[tuple[int, int], list[_Layer]], set[str]]:
    """Inline markup of every sentence (mentions, discrepancies, differing words), and the
    ids of the mentions and discrepancies that landed in a sentence: only those are linked."""
    placed: dict[tuple[int, int], list[_Layer]] = defaultdict(list)
    starts = [[s.start for s in v.sentences] for v in comparison.versions]

    def place(version: int, layer: _Layer) -> bool:
        sentences = comparison.versions[version].sentences
        i = max(bisect_right(starts[version], layer.start) - 1, 0)
        found = False
        while i < len(sentences) and sentences[i].start < layer.end:
            if sentences[i].end > layer.start:
                placed[(version, i)].append(layer)
                found = True
            i += 1
        return found

    # A sentence in several passages (one per fact it tells) is drawn once: the words marked
    # are those no passage it stands in shares whole.
    members: dict[tuple[int, int], list[Member]] = defaultdict(list)
    for passage in comparison.passages:
        for member in passage.members:
            members[(member.version, member.sentence)].append(member)
    for (version, sentence), told in members.items():
        text = comparison.versions[version].text
        for start, end, kind in _merged_differences(text, _differing_words(told)):
            tag = f'<mark class="{kind}">'
            placed[(version, sentence)].append(_Layer(_WORD, start, end, tag, tag, "</mark>"))
    anchors = set()
    for (version, start, end), (notes, variant) in _discrepancy_spans(comparison).items():
        title = _esc("; ".join(notes))
        xid = _discrepancy_id(version, start, end)
        kind = "x var" if variant else "x"
        first = f'<mark class="{kind}" id="{xid}" title="{title}">'
        more = f'<mark class="{kind}" data-m="{xid}" title="{title}">'
        if place(version, _Layer(_DISCREPANCY, start, end, first, more, "</mark>")):
            anchors.add(xid)
    longest: dict[tuple[int, int], int] = {}
    for entity in comparison.entities:
        for m in entity.mentions:
            if m.end > m.start:
                key = (m.version, m.start)
                longest[key] = max(longest.get(key, m.end), m.end)
    for (version, start), end in longest.items():
        mid = _mention_id(version, start)
        landed = place(
            version,
            _Layer(
                _MENTION,
                start,
                end,
                f'<span class="m" id="{mid}">',
                f'<span class="m" data-m="{mid}">',
                "</span>",
            ),
        )
        if landed:
            anchors.add(mid)
    for per_sentence in placed.values():
        per_sentence.sort(key=lambda layer: (layer.start, layer.rank, -layer.end))
    return placed, anchors


def _differing_words(members: list[Member]) -> Iterator[tuple[int, int, str]]:
    """The words of a sentence marked in every passage it stands in, as (start, end, class):
    "a" for content no other version of those passages has, "w" for any other wording
    difference (shown in the finer mode); discrepancies and variants are marked apart."""
    marks: dict[tuple[int, int], list[str]] = defaultdict(list)
    for member in members:
        for word in member.words:
            marks[(word.start, word.end)].append(word.kind)
    for (start, end), kinds in sorted(marks.items()):
        if all(kind in ("added", "wording") for kind in kinds):
            yield start, end, "a" if all(kind == "added" for kind in kinds) else "w"


def _merged_differences(
    text: str, words: Iterable[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Runs of differing words of one class, joined across the spaces and punctuation between
    them (fewer elements, and a steadier underline to read)."""
    run: list = []
    for start, end, kind in words:
        if run and run[2] == kind and not _has_word(text[run[1] : start]):
            run[1] = end
            continue
        if run:
            yield run[0], run[1], run[2]
        run = [start, end, kind]
    if run:
        yield run[0], run[1], run[2]


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _discrepancy_spans(
    comparison: Comparison,
) -> dict[tuple[int, int, int], tuple[list[str], bool]]:
    """Each discrepancy span once, with what the versions say there, and whether the place
    is a spelling variant only."""
    spans: dict[tuple[int, int, int], tuple[list[str], bool]] = {}
    for passage in comparison.passages:
        for d in passage.discrepancies:
            notes = [
                f"{', '.join(comparison.versions[v].label for v in r.versions)}: “{r.text}”"
                for r in d.readings
            ]
            for span in d.spans:
                if span.end > span.start:
                    key = (span.version, span.start, span.end)
                    held, variant = spans.get(key, ([], True))
                    held.extend(note for note in notes if note not in held)
                    spans[key] = held, variant and d.kind == "variant"
    return spans


def _sentence_body(sentence: Sentence, layers: Iterable[_Layer]) -> str:
    """The sentence's escaped text with its layers properly nested, split where they cross.

    The open elements form a stack in layer order (outermost first). Where layers start or
    end, the stack is rebuilt: elements above the first change close, and the rest open
    again (a layer that was already open reopens as a continuation, without its id)."""
    text, base, limit = sentence.text, sentence.start, sentence.end
    opens: dict[int, list[_Layer]] = defaultdict(list)
    closes: dict[int, list[_Layer]] = defaultdict(list)
    for layer in layers:
        start, end = max(layer.start, base), min(layer.end, limit)
        if start < end:
            opens[start].append(layer)
            closes[end].append(layer)
    if not opens:
        return _esc(text)
    out: list[str] = []
    stack: list[_Layer] = []
    done = base
    for point in sorted(opens.keys() | closes.keys()):
        if point > done:
            out.append(_esc(text[done - base : point - base]))
            done = point
        ending = closes.get(point, ())
        starting = opens.get(point, ())
        wanted = [layer for layer in stack if layer not in ending] if ending else stack[:]
        if starting:
            wanted.extend(starting)
            wanted.sort(key=_order)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(layer.close for layer in reversed(stack[keep:]))
        for layer in wanted[keep:]:
            out.append(layer.tag_more if layer.opened else layer.tag_first)
            layer.opened = True
        stack = wanted
    if done < limit:
        out.append(_esc(text[done - base :]))
    out.extend(layer.close for layer in reversed(stack))
    return "".join(out)


def _order(layer: _Layer) -> tuple[int, int, int]:
    return layer.order
