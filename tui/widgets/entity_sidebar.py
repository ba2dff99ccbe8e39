"""The entity sidebar: people, places, organisations, numbers and dates, with a filter box."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.core.model import ENTITY_HEADINGS, ENTITY_TYPES, Comparison, Entity


def entity_prompt(entity: Entity, versions: int) -> Text:
    text = Text(end="")
    text.append(entity.name, "bold")
    text.append(f"  ×{len(entity.mentions)}  ", "dim")
    present = entity.versions
    text.append("".join("●" if v in present else "○" for v in range(versions)))
    if entity.variants:
        text.append("\n  also: " + ", ".join(entity.variants), "italic")
    return text


def matches(entity: Entity, query: str) -> bool:
    query = query.casefold().strip()
    return not query or any(query in name.casefold() for name in (entity.name, *entity.variants))


class EntitySidebar(Vertical):
    class EntityChosen(Message):
        def __init__(self, entity: int) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, comparison: Comparison, **kwargs) -> None:
        super().__init__(**kwargs)
        self.comparison = comparison
        self.filter = Input(placeholder="filter entities", id="entity-filter")
        self.options = OptionList(id="entity-list")

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
        count = len(self.comparison.versions)
        options: list[Option] = []
        for kind in ENTITY_TYPES:
            chosen = [e for e in self.comparison.entities if e.type == kind and matches(e, query)]
            if not chosen:
                continue
            chosen.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
            options.append(
                Option(
                    Text(f"{ENTITY_HEADINGS[kind]} ({len(chosen)})", "bold underline"),
                    disabled=True,
                )
            )
            options.extend(Option(entity_prompt(e, count), id=f"entity-{e.id}") for e in chosen)
        if not options:
            options.append(Option(Text("no entity matches", "italic"), disabled=True))
        self.options.set_options(options)
        first = next((i for i, option in enumerate(options) if not option.disabled), None)
        self.options.highlighted = first

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self) -> None:
        self.show_entities()

    @on(Input.Submitted, "#entity-filter")
    def _filter_submitted(self) -> None:
        self.options.focus()

    @on(OptionList.OptionSelected, "#entity-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntityChosen(int(event.option.id.removeprefix("entity-"))))
