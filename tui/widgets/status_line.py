"""The line under the panes: where the cursor is, how shared, what the versions disagree on."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.core.model import Comparison, Discrepancy, Passage

SHOWN_PLACES = 3


def status_text(
    comparison: Comparison,
    version: int | None,
    sentence: int | None,
    passage: Passage | None,
    hidden: int,
    busy: str | None,
) -> Text:
    count = len(comparison.versions)
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if hidden:
        text.append(f"{count - hidden}/{count} shown (v) ", "reverse")
        text.append(" ")
    if busy:  # what the reader just asked for comes first: narrow terminals cut the end
        text.append(busy, "bold italic")
        text.append("  ")
    if passage is not None:
        text.append(f"passage {passage.id + 1} of {len(comparison.passages)}", "bold")
        text.append(_where(comparison, version, sentence, passage))
        text.append(f"  support {passage.support}/{count} ")
        text.append("".join("●" if v in passage.versions else "○" for v in range(count)))
        text.append(f"  similarity {passage.score:.2f}")
        # Spelling variants last: they matter least.
        places = sorted(passage.discrepancies, key=lambda d: d.kind == "variant")
        if places:
            text.append("  differs: ", "bold")
            for index, place in enumerate(places[:SHOWN_PLACES]):
                if index:
                    text.append("; ")
                text.append(_readings(comparison, place), "dim" if place.kind == "variant" else "")
            if len(places) > SHOWN_PLACES:
                text.append(f" (+{len(places) - SHOWN_PLACES} more: enter)")
    elif version is not None and sentence is not None:
        support = comparison.support_of(version, sentence)
        label = comparison.versions[version].label
        text.append("boilerplate" if support == 0 else f"unique to {label}", "bold")
        text.append(f"  ({len(comparison.passages)} passages)")
    text.append(f"   threshold {comparison.threshold:.2f}", "dim")
    return text


def _readings(comparison: Comparison, place: Discrepancy) -> str:
    """ "Antony: EFE, AFP · Anthony: Reuters" """
    return " · ".join(
        f"{r.text}: {', '.join(comparison.versions[v].label for v in r.versions)}"
        for r in place.readings
    )


def _where(
    comparison: Comparison, version: int | None, sentence: int | None, passage: Passage
) -> str:
    """Where the passage is when the reader's version lacks it (the reader's pane kept its
    place), or how many facts the reader's sentence tells when it tells more than this one."""
    if version is None:
        return ""
    if version not in passage.versions:
        others = ", ".join(comparison.versions[v].label for v in passage.versions)
        return f"  not in {comparison.versions[version].label}: in {others}"
    told = comparison.passages_of(version, sentence) if sentence is not None else ()
    if len(told) < 2:
        return ""
    numbers = ", ".join(str(p.id + 1) for p in told)
    return f"  this sentence tells {len(told)} facts: passages {numbers}"


class StatusLine(Widget):
    """One line of text; redrawn in place, never asking the screen for a new layout."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = Text()

    def show(self, text: Text) -> None:
        self.text = text
        self.refresh()

    def render(self) -> Text:
        return self.text
