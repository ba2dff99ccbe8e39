"""The line under the panes: where the cursor is, how shared, what the versions disagree on.

It is built at several lengths, and the line shows the longest that fits: a narrow terminal
loses the threshold and the similarity first and keeps the passage and its disagreement.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.core.model import Comparison, Discrepancy, Passage

SHOWN_PLACES = 3
# What gives way, in order, when the line is too long: each step shortens or drops one piece.
SHRINK = (
    "threshold",
    "passages",  # how many passages, beside a sentence in none
    "similarity",
    "differs",  # the readings without the outlets: "Antony ↔ Anthony"
    "support",  # "5/5" without the dots
    "where",  # "not in Reuters" without where it is
    "support",
    "shown",  # "2/5 (v)"
    "where",
    "differs",  # the first place only
)

Piece = list[Text]  # one piece's forms, the longest first; past the last, the piece is dropped


def status_texts(
    comparison: Comparison,
    version: int | None,
    sentence: int | None,
    passage: Passage | None,
    hidden: int,
    busy: str | None,
) -> list[Text]:
    """The status line at every length it can take, the fullest first."""
    count = len(comparison.versions)
    pieces: dict[str, Piece] = {}
    if hidden:
        pieces["shown"] = [
            _text((f"{count - hidden}/{count} shown (v) ", "reverse"), " "),
            _text((f"{count - hidden}/{count} (v) ", "reverse"), " "),
        ]
    if busy:  # what the reader just asked for comes first
        pieces["busy"] = [_text((busy, "bold italic"), "  ")]
    if passage is not None:
        pieces["passage"] = [
            _text((f"passage {passage.id + 1} of {len(comparison.passages)}", "bold"))
        ]
        pieces["where"] = _where(comparison, version, sentence, passage)
        dots = "".join("●" if v in passage.versions else "○" for v in range(count))
        pieces["support"] = [
            _text(f"  support {passage.support}/{count} {dots}"),
            _text(f"  {passage.support}/{count}"),
        ]
        pieces["similarity"] = [_text(f"  similarity {passage.score:.2f}")]
        pieces["differs"] = _differs(comparison, passage)
    elif version is not None and sentence is not None:
        support = comparison.support_of(version, sentence)
        label = comparison.versions[version].label
        pieces["unique"] = [
            _text(("boilerplate" if support == 0 else f"unique to {label}", "bold"))
        ]
        pieces["passages"] = [_text(f"  ({len(comparison.passages)} passages)")]
    pieces["threshold"] = [_text((f"   threshold {comparison.threshold:.2f}", "dim"))]
    chosen = dict.fromkeys(pieces, 0)
    texts = [_join(pieces, chosen)]
    for name in SHRINK:
        if name in pieces:
            chosen[name] += 1
            texts.append(_join(pieces, chosen))
    return texts


def _text(*parts: str | tuple[str, str]) -> Text:
    return Text.assemble(*parts, no_wrap=True, overflow="ellipsis", end="")


def _join(pieces: dict[str, Piece], chosen: dict[str, int]) -> Text:
    text = _text()
    for name, forms in pieces.items():
        if chosen[name] < len(forms):
            text.append_text(forms[chosen[name]])
    return text


def _differs(comparison: Comparison, passage: Passage) -> Piece:
    # Spelling variants last: they matter least.
    places = sorted(passage.discrepancies, key=lambda d: d.kind == "variant")
    if not places:
        return []
    forms = []
    for outlets, shown in ((True, SHOWN_PLACES), (False, SHOWN_PLACES), (False, 1)):
        text = _text(("  differs: ", "bold"))
        for index, place in enumerate(places[:shown]):
            if index:
                text.append("; ")
            style = "dim" if place.kind == "variant" else ""
            text.append(_readings(comparison, place) if outlets else _short(place), style)
        if len(places) > shown:
            text.append(
                f" (+{len(places) - shown} more: enter)" if outlets else f" +{len(places) - shown}"
            )
        forms.append(text)
    return forms


def _readings(comparison: Comparison, place: Discrepancy) -> str:
    """ "Antony: EFE, AFP · Anthony: Reuters" """
    return " · ".join(
        f"{r.text}: {', '.join(comparison.versions[v].label for v in r.versions)}"
        for r in place.readings
    )


def _short(place: Discrepancy) -> str:
    """ "Antony ↔ Anthony"; with many readings, the first few and how many more."""
    readings = [r.text for r in place.readings]
    more = [f"+{len(readings) - SHOWN_PLACES}"] if len(readings) > SHOWN_PLACES else []
    return " ↔ ".join([*readings[:SHOWN_PLACES], *more])


def _where(
    comparison: Comparison, version: int | None, sentence: int | None, passage: Passage
) -> Piece:
    """Where the passage is when the reader's version lacks it (the reader's pane kept its
    place), or how many facts the reader's sentence tells when it tells more than this one."""
    if version is None:
        return []
    if version not in passage.versions:
        lacking = f"  not in {comparison.versions[version].label}"
        others = ", ".join(comparison.versions[v].label for v in passage.versions)
        return [_text(f"{lacking}: in {others}"), _text(lacking)]
    told = comparison.passages_of(version, sentence) if sentence is not None else ()
    if len(told) < 2:
        return []
    numbers = ", ".join(str(p.id + 1) for p in told)
    return [
        _text(f"  this sentence tells {len(told)} facts: passages {numbers}"),
        _text(f"  {len(told)} facts: {numbers}"),
    ]


class StatusLine(Widget):
    """One line of text, the longest form that fits; redrawn in place, never asking the screen
    for a new layout."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._texts = [Text()]

    def show(self, texts: list[Text]) -> None:
        self._texts = texts
        self.refresh()

    @property
    def text(self) -> Text:
        """What the line shows at its width (the shortest form, cut, when none fits)."""
        width = self.content_region.width
        return next((t for t in self._texts if cell_len(t.plain) <= width), self._texts[-1])

    def render(self) -> Text:
        return self.text
