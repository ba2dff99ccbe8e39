"""The close-reading view: one passage's sentences from every version, stacked, words marked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.core.model import Comparison, Passage
from tui.widgets.palette import Palette, palette_for


def member_text(comparison: Comparison, passage: Passage, version: int, palette: Palette) -> Text:
    """The version's member sentences with words the others lack and discrepancies marked."""
    text = Text(end="")
    for member in passage.members_of(version):
        sentence = comparison.versions[version].sentences[member.sentence]
        piece = Text(sentence.text.replace("\n", " "), end="")
        for word in member.words:
            if word.differs:
                piece.stylize(
                    palette.differs, word.start - sentence.start, word.end - sentence.start
                )
        for discrepancy in passage.discrepancies:
            for span in (discrepancy.a, discrepancy.b):
                if span.version == version and sentence.start <= span.start < sentence.end:
                    piece.stylize(
                        palette.discrepancy, span.start - sentence.start, span.end - sentence.start
                    )
        if text:
            text.append(" ")
        text.append_text(piece)
    return text


class PassageDetail(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "app.pop_screen", "Back"),
        Binding("n", "step(1)", "Next passage"),
        Binding("p", "step(-1)", "Prev passage"),
    ]

    def __init__(self, comparison: Comparison, passage: Passage) -> None:
        super().__init__()
        self.comparison = comparison
        self.passage = passage

    def action_step(self, direction: int) -> None:
        """Read the next passage here; the main screen moves along underneath."""
        self.app.action_passage(direction)
        if self.app.passage is not None and self.app.passage is not self.passage:
            self.passage = self.app.passage
            self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        comparison, passage = self.comparison, self.passage
        palette = palette_for(self.app, len(comparison.versions))
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
                yield Static(header, classes="detail-header")
                yield Static(
                    member_text(comparison, passage, version, palette), classes="detail-text"
                )
            if passage.discrepancies:
                listing = Text("Discrepancies\n", "bold")
                for discrepancy in passage.discrepancies:
                    listing.append(f"  {discrepancy.kind}: ", "dim")
                    listing.append(f"{comparison.versions[discrepancy.a.version].label}: ")
                    listing.append(discrepancy.a.text, palette.discrepancy)
                    listing.append(f"  ↔  {comparison.versions[discrepancy.b.version].label}: ")
                    listing.append(discrepancy.b.text, palette.discrepancy)
                    listing.append("\n")
                listing.rstrip()
                yield Static(listing, classes="detail-header")
            missing = [
                comparison.versions[v].label
                for v in range(len(comparison.versions))
                if v not in passage.versions
            ]
            absent = Text("Not in: ", "bold")
            absent.append(", ".join(missing) if missing else "none (every version has it)")
            yield Static(absent, classes="detail-header")
        yield Footer()
