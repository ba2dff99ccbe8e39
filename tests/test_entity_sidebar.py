"""The entity sidebar: its filter keeps the keyboard, its groups and counts, what each entity line
says, and where it sits (beside the panes, or over them when they would not all fit)."""

from __future__ import annotations

import json

import pytest
from rich.text import Text

from tui.app import NewsdiffApp
from tui.core.export_html import to_html
from tui.core.model import ENTITY_HEADINGS, ENTITY_TYPES, Entity, Mention
from tui.screens.main import MIN_PANE_WIDTH
from tui.widgets.entity_sidebar import EntitySidebar, entity_prompt
from tui.widgets.version_pane import VersionPane

NARROW = (80, 24)
WIDE = (200, 50)


pytestmark = pytest.mark.usefixtures("config_dir")  # never the user's settings


def lines(sidebar: EntitySidebar) -> list[tuple[str | None, str]]:
    """Each option of the list: its id (None for a heading) and its text."""
    options = sidebar.options
    return [
        (option.id, str(option.prompt))
        for option in (options.get_option_at_index(i) for i in range(options.option_count))
    ]


def headings(sidebar: EntitySidebar) -> list[str]:
    return [text for option_id, text in lines(sidebar) if option_id is None]


async def test_letters_typed_go_into_the_filter_not_to_the_main_keys(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        passage, active = main.passage, main.active
        await pilot.press("s", *"wang", "backspace", *"g sullivan")
        sidebar = main.sidebar
        assert sidebar.display and app.focused is sidebar.filter
        assert sidebar.filter.value == "wang sullivan"
        # w (all wording), n (next passage), s (sidebar) did nothing
        assert not app.settings.all_wording
        assert main.passage is passage and main.active == active
        await pilot.press(*["backspace"] * len(" sullivan"))
        await pilot.pause()
        names = [text.split("  ")[0] for option_id, text in lines(sidebar) if option_id]
        assert names and all("wang" in name.casefold() for name in names)


async def test_groups_by_type_with_a_count_each(app):
    entities = app.comparison.entities
    by_type = {t: [e for e in entities if e.type == t] for t in ENTITY_TYPES}
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        sidebar = app.main_screen.sidebar
        assert headings(sidebar) == [
            f"{ENTITY_HEADINGS[t]} {len(group)}" for t, group in by_type.items() if group
        ]
        await pilot.press(*"han")
        await pilot.pause()
        people = [e for e in by_type["person"] if "han" in e.name.casefold()]
        assert f"People {len(people)} of {len(by_type['person'])}" in headings(sidebar)


def test_an_entity_line_says_which_versions_name_it_how_often_and_its_spellings():
    mentions = (
        *(Mention(0, at, at + 6, "Antony") for at in (0, 10, 20)),
        Mention(2, 5, 12, "Anthony"),
    )
    entity = Entity(0, "[b]Antony[/b]", "person", ("Anthony",), mentions)
    text = entity_prompt(entity, ["EFE", "Reuters", "AFP"])
    assert isinstance(text, Text)
    assert text.plain.splitlines() == [
        "[b]Antony[/b]  ×4",  # names are data: a markup-like name shows as written
        "  EFE 3 · AFP 1",
        "  [b]Antony[/b] / Anthony",
    ]


def test_a_name_found_across_a_line_break_keeps_to_its_line():
    mentions = (Mention(0, 0, 10, "Han\nZheng"), Mention(1, 0, 3, "Han"))
    entity = Entity(0, "Han\nZheng", "person", ("Han",), mentions)
    assert entity_prompt(entity, ["EFE", "AFP"]).plain.splitlines() == [
        "Han Zheng  ×2",
        "  EFE 1 · AFP 1",
        "  Han Zheng / Han",
    ]


def test_long_labels_are_cut_and_the_counts_wrap_between_versions():
    labels = ["EFE", "002_831d2c974330d4d6", "Reuters", "Agence France-Presse", "AP"]
    entity = Entity(0, "Han Zheng", "person", (), tuple(Mention(v, 0, 3, "Han") for v in range(5)))
    assert entity_prompt(entity, labels).plain.splitlines() == [
        "Han Zheng  ×5",
        "  EFE 1 · 002_831d2c9… 1 ·",
        "  Reuters 1 · Agence Fran… 1 ·",
        "  AP 1",
    ]


async def test_the_seed_lines_show_counts_and_spellings(app):
    entity = next(e for e in app.comparison.entities if len(e.versions) >= 2 and e.variants)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        text = dict(lines(app.main_screen.sidebar))[f"entity-{entity.id}"]
        label = app.comparison.versions[entity.versions[0]].label
        count = sum(m.version == entity.versions[0] for m in entity.mentions)
        assert f"{label} {count}" in text
        spellings = " / ".join((entity.name, *entity.variants))
        assert spellings in " ".join(text.split())


async def test_arrows_and_enter_in_the_filter_choose_an_entity(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s", "down", "down", "up", "enter")
        await pilot.pause()
        ids = [option_id for option_id, _ in lines(main.sidebar) if option_id]
        assert main.entity is not None and f"entity-{main.entity.id}" == ids[1]
        assert app.focused is main.sidebar.filter  # enter again goes to the next mention


async def test_a_click_chooses_and_leaves_the_keys_in_the_filter(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.click("#entity-list", offset=(3, 1))  # under the first group's heading
        await pilot.pause()
        first = next(option_id for option_id, _ in lines(main.sidebar) if option_id)
        assert main.entity is not None and f"entity-{main.entity.id}" == first
        assert app.focused is main.sidebar.filter


async def test_esc_closes_the_sidebar_and_gives_the_keys_back_to_the_panes(app, config_dir):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s", *"wa", "escape")
        await pilot.pause()
        assert not main.sidebar.display and isinstance(app.focused, VersionPane)
        assert json.loads((config_dir / "settings.json").read_text())["sidebar"] is False
        await pilot.press("w")
        assert app.settings.all_wording


def widths(app: NewsdiffApp) -> list[tuple[int, int]]:
    main = app.main_screen
    return [(v, main.pane(v).region.width) for v in main.shown]


@pytest.mark.parametrize("size", [NARROW, (55, 24)])  # two panes; one, too narrow to share
async def test_narrow_the_sidebar_lies_over_the_panes_and_keeps_their_width(app, size):
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        before = widths(app)
        assert len(before) == size[0] // MIN_PANE_WIDTH
        await pilot.press("s")
        await pilot.pause()
        sidebar = app.main_screen.sidebar
        assert widths(app) == before
        assert sidebar.has_class("-over") and sidebar.region.right == size[0]
        status = app.main_screen.status_line.region
        assert not sidebar.region.overlaps(status)  # the status line and footer stay in view


async def test_over_the_panes_the_sidebar_moves_off_the_pane_of_the_chosen_mention(app):
    entity = next(e for e in app.comparison.entities if e.versions[0] == 1)  # in pane 2 first
    async with app.run_test(size=NARROW) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        main.sidebar.filter.value = entity.name
        await pilot.pause()
        for _ in entity.mentions:
            await pilot.press("enter")
            await pilot.pause()
            assert not main.sidebar.region.overlaps(main.pane(main.active).region)


async def test_wide_the_sidebar_sits_beside_every_pane(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert len(main.shown) == len(app.comparison.versions)
        assert not main.sidebar.has_class("-over")
        assert all(not main.sidebar.region.overlaps(main.pane(v).region) for v in main.shown)


@pytest.mark.parametrize(("size", "reopened"), [(NARROW, False), (WIDE, True)])
async def test_a_saved_open_sidebar_reopens_only_where_it_fits_beside(
    seed_comparison, config_dir, size, reopened
):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"sidebar": True}), encoding="utf-8")
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        main = app.main_screen
        assert (main.sidebar is not None) == reopened
        assert isinstance(app.focused, VersionPane)  # the first key still reads, not filters
        await pilot.press("s")
        assert main.sidebar.display != reopened


def test_the_page_and_the_sidebar_head_each_group_alike(seed_comparison):
    people = [e for e in seed_comparison.entities if e.type == "person"]
    retyped = {people[0].id: "event", people[1].id: "work"}
    entities = tuple(e._replace(type=retyped.get(e.id, e.type)) for e in seed_comparison.entities)
    page = to_html(seed_comparison._replace(entities=entities))
    for kind in ENTITY_TYPES:
        if any(e.type == kind for e in entities):
            assert f"<h3>{ENTITY_HEADINGS[kind]} " in page


async def test_narrowing_the_window_puts_the_open_sidebar_over_the_panes(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert len(main.shown) == NARROW[0] // MIN_PANE_WIDTH and main.sidebar.has_class("-over")
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert len(main.shown) == len(app.comparison.versions)
        assert not main.sidebar.has_class("-over")


async def test_the_sidebar_edge_shows_whether_it_has_the_keys(app):
    async with app.run_test(size=WIDE) as pilot:
        main = app.main_screen
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        focused = main.sidebar.styles.border_left
        main.pane(0).focus()
        await pilot.pause()
        assert main.sidebar.styles.border_left != focused
