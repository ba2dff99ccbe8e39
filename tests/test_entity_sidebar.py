"""The entity sidebar: its filter keeps the keyboard, its groups and counts, what each entity line
says, and where it sits (beside the panes, or over them when they would not all fit)."""

from __future__ import annotations

from tui.core.export_html import to_html
from tui.core.model import ENTITY_HEADINGS, ENTITY_TYPES


def test_the_page_and_the_sidebar_head_each_group_alike(seed_comparison):
    people = [e for e in seed_comparison.entities if e.type == "person"]
    retyped = {people[0].id: "event", people[1].id: "work"}
    entities = tuple(e._replace(type=retyped.get(e.id, e.type)) for e in seed_comparison.entities)
    page = to_html(seed_comparison._replace(entities=entities))
    for kind in ENTITY_TYPES:
        if any(e.type == kind for e in entities):
            assert f"<h3>{ENTITY_HEADINGS[kind]} " in page
