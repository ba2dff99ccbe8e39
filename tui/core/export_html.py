"""The comparison as one self-contained HTML page: side-by-side columns, marks, indexes.

Everything is inline (no network, no fonts). All article text is escaped, and a
Content-Security-Policy lets only this module's own stylesheet and script run.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from tui import __version__
from tui.core.html_columns import (
    FACTS_MARK,
    UNIQUE_MARK,
    columns,
    discrepancy_id,
    esc,
    mention_id,
    passage_number,
    support_class,
)
from tui.core.html_story_table import VIEW_TOGGLE, story_table
from tui.core.model import ENTITY_HEADINGS, ENTITY_TYPES, Comparison, Entity, Passage, Span, Version

HEADLINE_CHARS = 140


@cache
def _asset(name: str) -> str:
    return (files(__package__) / "html_assets" / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def to_html(comparison: Comparison) -> str:
    """The whole page, ready to write to a file and open from file://."""
    css = _asset("page.css") + _asset("story_table.css")
    js = _asset("page.js") + _asset("story_table.js")
    columns_html, anchors = columns(comparison)
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ',
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; ",
        "base-uri 'none'; form-action 'none'\">\n",
        '<meta name="color-scheme" content="light dark">\n',
        f'<meta name="generator" content="newsdiff {esc(__version__)}">\n',
        f"<title>{esc(_headline(comparison))} · newsdiff</title>\n",
        f"<style>{css}</style>\n</head>\n<body>\n",
        '<a class="skip chrome" href="#columns">Skip to the versions</a>\n',
    ]
    out.extend((*_page_header(comparison), VIEW_TOGGLE))
    out.append('<div class="panels">\n')
    out.extend(_discrepancy_panel(comparison, anchors))
    out.extend(_entity_panel(comparison, anchors))
    out.append("</div>\n")
    out.extend((*columns_html, story_table(comparison)))
    out.extend(_footer(comparison))
    out.append(
        '<nav class="stepper chrome" aria-label="Step through the story">'
        '<button type="button" data-key="p">‹ Passage</button>'
        '<button type="button" data-key="u">Unique †</button>'
        '<button type="button" data-key="n">Passage ›</button></nav>\n'
    )
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


def _page_header(comparison: Comparison) -> Iterator[str]:
    n = len(comparison.versions)
    shared_by_all = sum(1 for p in comparison.passages if p.support == n and n > 1)
    yield '<header class="page-head">\n<p class="kicker">newsdiff comparison</p>\n'
    yield f"<h1>{esc(_headline(comparison))}</h1>\n"
    yield (
        f'<p class="summary"><strong>{n}</strong> {_plural(n, "version")} · '
        f"<strong>{len(comparison.passages)}</strong> {_plural(len(comparison.passages), 'passage')}"
        f" · <strong>{shared_by_all}</strong> shared by all</p>\n"
    )
    yield '<nav class="jump" aria-label="Versions"><span class="jump-label">Unique sentences:</span>'
    yield '<ul class="jump-list">'
    for v in comparison.versions:
        unique = comparison.unique_sentences(v.id)
        target = f"s-v{v.id}-{unique[0]}" if unique else f"v{v.id}"
        yield (
            f'<li><a href="#{target}"><span class="vnum">{v.id + 1}</span> {esc(v.label)}</a> '
            f'<span class="uni-count">{len(unique)}{UNIQUE_MARK}</span></li>'
        )
    yield "</ul></nav>\n"
    for note in comparison.notes:
        yield f'<p class="note">{esc(note)}</p>\n'
    yield from _legend(n)
    yield "</header>\n"


def _legend(n: int) -> Iterator[str]:
    items = []
    if n > 1:
        items.append(
            (f'<span class="s all" data-mark="{n}/{n}">text</span>', f"shared by all {n} versions")
        )
    if n > 2:
        # One sample per grade: the first support that takes it.
        grades = {support_class(k, n): k for k in range(n - 1, 1, -1)}
        samples = "".join(
            f'<span class="s {grade}" data-mark="{k}/{n}">text</span> '
            for grade, k in sorted(grades.items())
        )
        several = f"2–{n - 1}" if n > 3 else "2"
        items.append((samples.rstrip(), f"in {several} versions, darker with more"))
    items += [
        (f'<span class="s uni" data-mark="{UNIQUE_MARK}">text</span>', "only in this version"),
        (
            f'<span class="s {support_class(2, n)}" data-mark="2/{n} {FACTS_MARK}2">text</span>',
            "tells two facts, each a passage of its own",
        ),
        ('<span class="s bp">text</span>', "boilerplate (bylines, links), dimmed"),
        ('<mark class="a">word</mark>', "added: in none of the passage's other versions"),
        ('<mark class="x">name</mark>', "name, number, date or quote that disagrees"),
        ('<mark class="x var">name</mark>', "spelled otherwise (plural, case, accents)"),
        ('<mark class="w">word</mark>', "worded otherwise (shown with “all wording”)"),
        ('<span class="s sel" data-mark="k/n">text</span>', "selected passage"),
    ]
    yield '<section class="legend" aria-label="Legend"><ul>'
    for sample, meaning in items:
        yield f'<li><span class="sample" aria-hidden="true">{sample}</span> {meaning}</li>'
    yield (
        '</ul><p class="wording-toggle chrome"><label><input type="checkbox" id="all-wording"> '
        "All wording: mark every wording difference, not only what differs in fact</label></p>"
    )
    yield (
        '<p class="keys chrome">Hover a sentence to mark its passage in every column; '
        "click it (or <kbd>Enter</kbd> on it) to line the columns up, and again for the next "
        "fact it tells. Keys: <kbd>n</kbd> next passage (by number: every passage once), "
        "<kbd>p</kbd> previous, <kbd>u</kbd> next sentence only this version has, "
        "<kbd>U</kbd> previous, <kbd>↑</kbd> <kbd>↓</kbd> sentence by sentence, "
        "<kbd>Esc</kbd> clear, <kbd>t</kbd> the story table (a row per passage; "
        "<kbd>n</kbd> <kbd>p</kbd> <kbd>u</kbd> <kbd>U</kbd> move through its rows) and back."
        "</p></section>\n"
    )


def _plural(count: int, word: str) -> str:
    if count == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def _footer(comparison: Comparison) -> Iterator[str]:
    yield (
        f'<footer class="page-foot"><p>Made with newsdiff {esc(__version__)} · '
        f"similarity threshold {comparison.threshold:.2f} · sources: "
    )
    yield ", ".join(f"{esc(v.name)}" for v in comparison.versions)
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
    support = support_class(passage.support, n)
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
        yield f'<li{quiet}><span class="kind">{esc(d.kind)}</span> {readings}</li>'
    yield "</ul></li>\n"


def _quoted(span: Span, anchors: set[str]) -> str:
    """The words in quotes, linked to where they stand in their column."""
    words = esc(span.text)
    target = discrepancy_id(span.version, span.start, span.end)
    if target in anchors:
        words = f'<a class="xq" href="#{target}">{words}</a>'
    return f"<q>{words}</q>"


def _version_tag(version: Version) -> str:
    return (
        f'<span class="who"><span class="vnum">{version.id + 1}</span> {esc(version.label)}</span>'
    )


# ---------------------------------------------------------------- entity index


def _entity_panel(comparison: Comparison, anchors: set[str]) -> Iterator[str]:
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for entity in comparison.entities:
        if any(mention_id(m.version, m.start) in anchors for m in entity.mentions):
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
        heading = ENTITY_HEADINGS.get(kind, kind.capitalize())
        yield f'<section class="etype"><h3>{esc(heading)} <span class="count">{len(group)}</span></h3><ul>'
        for entity in group:
            yield _entity_entry(comparison, entity, anchors)
        yield "</ul></section>\n"
    yield "</div></details></nav>\n"


def _entity_entry(comparison: Comparison, entity: Entity, anchors: set[str]) -> str:
    """One index line: the name (cycling through the mentions), variants, presence dots."""
    per_version: dict[int, list[str]] = defaultdict(list)
    for m in entity.mentions:
        mid = mention_id(m.version, m.start)
        if mid in anchors and mid not in per_version[m.version]:
            per_version[m.version].append(mid)
    targets = [mid for v in sorted(per_version) for mid in per_version[v]]
    name = esc(" ".join(entity.name.split()))
    parts = [
        f'<li><a class="ent" href="#{targets[0]}" data-mentions="{" ".join(targets)}">{name}</a>'
    ]
    if entity.variants:
        variants = ", ".join(esc(" ".join(v.split())) for v in entity.variants)
        parts.append(f' <span class="variants">also {variants}</span>')
    # The dots are one image to a screen reader; a click on a filled one (handled by the
    # script) shows that version's first mention.
    parts.append(
        f' <span class="dots" role="img" aria-label="{_presence_label(comparison, per_version)}">'
    )
    for version in comparison.versions:
        label = esc(version.label)
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
    return esc(f"in {len(present)} of {total} versions: " + ", ".join(present))
