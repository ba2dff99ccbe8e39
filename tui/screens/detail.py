"""The close-reading view: one passage's sentences from every version, stacked, words marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from tui.core.model import Comparison, Passage
from tui.widgets.key_footer import KeyFooter
from tui.widgets.palette import Palette, mark_style, palette_for


def member_text(
    comparison: Comparison,
    passage: Passage,
    version: int,
    palette: Palette,
    all_wording: bool = False,
) -> Text:
    """The version's member sentences with their marked words (every wording difference too
    in the finer mode)."""
    text = Text(end="")
    for member in passage.members_of(version):
        sentence = comparison.versions[version].sentences[member.sentence]
        piece = Text(sentence.text.replace("\n", " "), end="")
        for word in member.words:
            style = mark_style(palette, word.kind, all_wording)
            if style is not None:
                piece.stylize(style, word.start - sentence.start, word.end - sentence.start)
        if text:
            text.append(" ")
        text.append_text(piece)
    return text


def discrepancy_text(comparison: Comparison, passage: Passage, palette: Palette) -> Text:
    """Each place of disagreement once, with the outlets behind each reading: "name: Antony
    (EFE, AFP) · Anthony (Reuters)"; spelling variants apart and quieter."""
    text = Text("Discrepancies", "bold")
    variants = [d for d in passage.discrepancies if d.kind == "variant"]
    for discrepancy in (*(d for d in passage.discrepancies if d.kind != "variant"), *variants):
        quiet = discrepancy.kind == "variant"
        text.append(f"\n  {discrepancy.kind}: ", "dim")
        for index, reading in enumerate(discrepancy.readings):
            if index:
                text.append("  ·  ", "dim" if quiet else "")
            text.append(reading.text, palette.variant if quiet else palette.discrepancy)
            labels = ", ".join(comparison.versions[v].label for v in reading.versions)
            text.append(f" ({labels})", "dim" if quiet else "")
    return text


def other_facts(comparison: Comparison, passage: Passage, version: int) -> str:
    """What else the version's sentences here tell, as passages of their own: "" when nothing."""
    members = passage.members_of(version)
    others = sorted(
        {
            p.id + 1
            for m in members
            for p in comparison.passages_of(version, m.sentence)
            if p is not passage
        }
    )
    if not others:
        return ""
    numbers = f"{_plural(len(others), 'passage')} {', '.join(map(str, others))}"
    if len(members) == 1:
        return f"   this sentence tells {len(others) + 1} facts: also {numbers}"
    return f"   these sentences also tell {numbers}"


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


class PassageDetail(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "app.pop_screen", "Back"),
        Binding("n", "step(1)", "Next passage"),
        Binding("p", "step(-1)", "Prev passage"),
    ]

    def __init__(
        self,
        comparison: Comparison,
        passage: Passage,
        step: Callable[[int], Passage | None],
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.passage = passage
        self.step = step  # moves the main screen to the next (1) or previous (-1) passage

    def action_step(self, direction: int) -> None:
        """Read the next passage here; the main screen moves along underneath."""
        passage = self.step(direction)
        if passage is not None and passage is not self.passage:
            self.passage = passage
            self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        comparison, passage = self.comparison, self.passage
        palette = palette_for(self.app, len(comparison.versions))
        all_wording = self.app.settings.all_wording
        title = Text(f"Passage {passage.id + 1} of {len(comparison.passages)}", "bold")
        title.append(
            f"   in {passage.support} of {len(comparison.versions)} versions"
            f"   mean similarity {passage.score:.2f}"
        )
        with VerticalScroll(id="detail-body"):
            yield Static(title, classes="detail-title")
            for version in passage.versions:
                info = comparison.versions[version]
                scores = ", ".join(f"{m.score:.2f}" for m in passage.members_of(version))
                header = Text(info.label or info.name, "bold")
                header.append(f"   {info.date or 'no date'}   score {scores}", "dim")
                if version == passage.reference:
                    header.append("   reference", "dim italic")
                header.append(other_facts(comparison, passage, version), "italic")
                yield Static(header, classes="detail-header")
                yield Static(
                    member_text(comparison, passage, version, palette, all_wording),
                    classes="detail-text",
                )
            if passage.discrepancies:
                yield Static(
                    discrepancy_text(comparison, passage, palette), classes="detail-header"
                )
            missing = [
                comparison.versions[v].label
                for v in range(len(comparison.versions))
                if v not in passage.versions
            ]
            absent = Text("Not in: ", "bold")
            absent.append(", ".join(missing) if missing else "none (every version has it)")
            yield Static(absent, classes="detail-header")
        yield KeyFooter()
