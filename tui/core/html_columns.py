"""The versions' columns of the HTML page: every sentence escaped, with its passage, its
support and its inline marks (mentions, discrepancies, differing words) properly nested."""

from __future__ import annotations

import html
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

from tui.core.model import Comparison, Member, Passage, Sentence, Version

UNIQUE_MARK = "†"
FACTS_MARK = "×"  # "2/5 ×2": shared by two versions, and tells two facts (stands in two passages)
SEVERAL_GRADES = 3  # tints between "unique" and "all": more would be too close to tell apart

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


def passage_number(passage: Passage) -> int:
    """The passage's number on the page, counted from 1 as in the app: `#p3` is the third."""
    return passage.id + 1


def esc(text: str) -> str:
    return html.escape(text.translate(_UNPRINTABLE), quote=True)


def support_class(support: int, total: int) -> str:
    """The tint of a sentence or passage by how many versions tell it: boilerplate, unique, one
    of three grades for "several" (so 2/5 and 4/5 differ at a glance), or all."""
    if support == 0:
        return "bp"
    if support == 1:
        return "uni"
    if support == total:
        return "all"
    return f"sev g{1 + (support - 2) * SEVERAL_GRADES // (total - 2)}"


def discrepancy_id(version: int, start: int, end: int) -> str:
    return f"x-v{version}-{start}-{end}"


def mention_id(version: int, start: int) -> str:
    return f"m-v{version}-{start}"


class _Layer:
    """A piece of inline markup over a character range of one version's text."""

    __slots__ = ("close", "end", "opened", "order", "rank", "start", "tag_first", "tag_more")

    def __init__(self, rank: int, start: int, end: int, tag_first: str, tag_more: str, close: str):
        self.rank, self.start, self.end = rank, start, end
        self.tag_first, self.tag_more, self.close = tag_first, tag_more, close
        self.order = (rank, start, -end)  # nesting order: outermost first
        self.opened = False


def columns(comparison: Comparison) -> tuple[list[str], set[str]]:
    """The versions' columns, and the ids of the mention anchors they contain."""
    layers, anchors = _layers(comparison)
    # A passage's link target is its first sentence in the first version that has it; one
    # sentence can be the first of several passages.
    passage_anchors: dict[tuple[int, int], list[int]] = defaultdict(list)
    for p in comparison.passages:
        passage_anchors[(p.members[0].version, p.members[0].sentence)].append(passage_number(p))
    out = [*_column_bar(comparison)]
    out.append('<main id="columns" class="columns" aria-label="Versions side by side">\n')
    for version in comparison.versions:
        out.extend(_column(comparison, version, layers, passage_anchors))
    out.append("</main>\n")
    return out, anchors


def _column_bar(comparison: Comparison) -> Iterator[str]:
    """Which versions have a column, and a way back to the story's order (the script acts)."""
    yield '<div class="col-bar chrome" role="group" aria-label="Columns"><span>Columns:</span>'
    for version in comparison.versions:
        yield (
            f'<label><input type="checkbox" data-col="{version.id}" checked> '
            f'<span class="vnum">{version.id + 1}</span> {esc(version.label)}</label>'
        )
    yield '<button type="button" id="col-reset">Show all, in order</button>'
    yield '<span class="more-cols" aria-hidden="true"></span></div>\n'


def _column(
    comparison: Comparison,
    version: Version,
    layers: dict[tuple[int, int], list[_Layer]],
    passage_anchors: dict[tuple[int, int], list[int]],
) -> Iterator[str]:
    n = len(comparison.versions)
    v = version.id
    label = esc(version.label)
    shared = round(comparison.shared_share(v) * 100)
    unique = len(comparison.unique_sentences(v))
    date = f"<time>{esc(version.date)}</time>" if version.date else "undated"
    yield (
        f'<article class="col" id="v{v}" aria-label="Version {v + 1}: {label}">'
        f'<header class="col-head"><h2><span class="vnum">{v + 1}</span> {label}</h2>'
        f'<p class="meta">{date} · {version.word_count:,} words · {shared}% shared · '
        f'{unique} unique</p><p class="absent" aria-hidden="true">Not in this version</p>'
        f'<p class="col-tools chrome">'
        f'<button type="button" data-move="-1" aria-label="Move {label} left">←</button>'
        f'<button type="button" data-move="1" aria-label="Move {label} right">→</button>'
        f'<button type="button" data-hide aria-label="Hide {label}">Hide</button></p>'
    )
    for warning in version.warnings:
        yield f'<p class="warn">{esc(warning)}</p>'
    yield f'</header>\n<div class="col-body" tabindex="0" aria-label="Text of {label}">\n'
    for paragraph in _paragraphs(version.sentences):
        # Each paragraph takes its direction from its first letter: Arabic and Hebrew ones read
        # right to left inside a left-to-right page.
        yield '<p dir="auto">'
        for i, sentence in enumerate(paragraph):
            if i:  # the text between two sentences as written: none inside a word cut in pieces
                yield esc(version.text[paragraph[i - 1].end : sentence.start])
            passages = comparison.passages_of(v, sentence.id)
            support = comparison.support_of(v, sentence.id)
            classes = f"s {support_class(support, n)}"
            if i + 1 < len(paragraph) and paragraph[i + 1].start == sentence.end:
                classes += " cont"  # its mark waits for the end of the word
            attrs = [f'class="{classes}" id="s-v{v}-{sentence.id}"']
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
        title = esc("; ".join(notes))
        xid = discrepancy_id(version, start, end)
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
        mid = mention_id(version, start)
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
        return esc(text)
    out: list[str] = []
    stack: list[_Layer] = []
    done = base
    for point in sorted(opens.keys() | closes.keys()):
        if point > done:
            out.append(esc(text[done - base : point - base]))
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
        out.append(esc(text[done - base :]))
    out.extend(layer.close for layer in reversed(stack))
    return "".join(out)


def _order(layer: _Layer) -> tuple[int, int, int]:
    return layer.order
