"""The entity sidebar: the comparison's entities grouped by type, with a filter box that keeps the
keyboard while the sidebar is open (letters filter; arrows and enter choose; esc closes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.core.model import ENTITY_HEADINGS, ENTITY_TYPES, Comparison, Entity

TEXT_WIDTH = 29  # an indented line of the list in the 36-column sidebar, beside its scrollbar
LABEL_WIDTH = 12  # a version label in the counts line: an outlet's name, or a file name cut short


def entity_prompt(entity: Entity, labels: list[str]) -> Text:
    """The name, then which versions name it and how often ("EFE 3 · AFP 1"), then its spellings
    when the versions spell it several ways. Names and labels are data: plain text, never
    markup."""
    text = Text(end="")
    text.append(_one_line(entity.name), "bold")
    text.append(f"  ×{len(entity.mentions)}", "dim")
    counts = Counter(m.version for m in entity.mentions)
    named = (f"{_clip(_one_line(labels[v]))} {counts[v]}" for v in sorted(counts))
    for line in _lines(named, " · "):
        text.append("\n  " + line, "dim")
    if entity.variants:
        for line in _lines(map(_one_line, (entity.name, *entity.variants)), " / "):
            text.append("\n  " + line, "italic")
    return text


def _one_line(name: str) -> str:
    """A name found across a line break, shown on one line as the list lays its lines out."""
    return " ".join(name.split())


def _clip(label: str) -> str:
    return label if cell_len(label) <= LABEL_WIDTH else set_cell_size(label, LABEL_WIDTH - 1) + "…"


def _lines(chunks: Iterable[str], separator: str) -> list[str]:
    """The chunks joined by the separator, broken after a separator into lines of TEXT_WIDTH (a
    chunk wider than that wraps where the list wraps it)."""
    lines = [""]
    for chunk in chunks:
        joined = f"{lines[-1]}{separator}{chunk}" if lines[-1] else chunk
        if lines[-1] and cell_len(joined) > TEXT_WIDTH:
            lines[-1] += separator.rstrip()
            lines.append(chunk)
        else:
            lines[-1] = joined
    return lines


def matches(entity: Entity, query: str) -> bool:
    query = query.casefold().strip()
    return not query or any(query in name.casefold() for name in (entity.name, *entity.variants))


class EntitySidebar(Vertical):
    """The filter holds the focus: the list is driven from it, as a command palette's is, so that
    no letter typed here reaches the main screen's keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("down", "move('cursor_down')", "Next entity", show=False),
        Binding("up", "move('cursor_up')", "Previous entity", show=False),
        Binding("pagedown", "move('page_down')", "Entities page down", show=False),
        Binding("pageup", "move('page_up')", "Entities page up", show=False),
    ]

    class EntityChosen(Message):
        def __init__(self, entity: int) -> None:
            super().__init__()
            self.entity = entity

    class Closed(Message):
        """The reader asked to close the sidebar (esc)."""

    def __init__(self, comparison: Comparison, **kwargs) -> None:
        super().__init__(**kwargs)
        self.comparison = comparison
        self.filter = Input(placeholder="filter entities", id="entity-filter")
        self.options = OptionList(id="entity-list")
        self.options.can_focus = False

    def compose(self) -> ComposeResult:
        yield self.filter
        yield self.options

    def on_mount(self) -> None:
        self.show_entities()

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.show_entities()

    def show_entities(self) -> None:
        query = self.filter.value
        labels = [v.label for v in self.comparison.versions]
        options: list[Option] = []
        for kind in ENTITY_TYPES:
            group = [e for e in self.comparison.entities if e.type == kind]
            chosen = [e for e in group if matches(e, query)]
            if not chosen:
                continue
            chosen.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
            count = f"{len(chosen)} of {len(group)}" if len(chosen) < len(group) else len(group)
            options.append(Option(Text(f"{ENTITY_HEADINGS[kind]} {count}", "bold"), disabled=True))
            options.extend(Option(entity_prompt(e, labels), id=f"entity-{e.id}") for e in chosen)
        if not options:
            options.append(Option(Text("no entity matches", "italic"), disabled=True))
        self.options.set_options(options)
        first = next((i for i, option in enumerate(options) if not option.disabled), None)
        self.options.highlighted = first

    def action_move(self, action: str) -> None:
        getattr(self.options, f"action_{action}")()

    def action_close(self) -> None:
        self.post_message(self.Closed())

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self) -> None:
        self.show_entities()

    @on(Input.Submitted, "#entity-filter")
    def _filter_submitted(self) -> None:
        self.options.action_select()

    @on(OptionList.OptionSelected, "#entity-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntityChosen(int(event.option.id.removeprefix("entity-"))))
