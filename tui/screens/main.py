"""The main screen: one pane per version, the status line, the entity sidebar, and every key that
moves through the comparison. Its keys act only while it is on top: a pushed screen has its own.

The screen decides and the panes are told: a pane reports a click, the screen selects the sentence
and tells every pane what to show.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tui.core.model import Comparison, Entity, Passage
from tui.screens.navigation import Navigation
from tui.settings import MAX_THRESHOLD, MIN_THRESHOLD
from tui.widgets.key_footer import KeyFooter
from tui.widgets.status_line import StatusLine, status_texts
from tui.widgets.version_pane import VersionPane

if TYPE_CHECKING:  # imported when first shown, with the input and list widgets it needs
    from tui.widgets.entity_sidebar import EntitySidebar

MIN_PANE_WIDTH = 30  # narrower than this, a pane shows too few words per line to read
SIDEBAR_WIDTH = 36  # keep in step with #sidebar in styles/app.tcss
THRESHOLD_STEP = 0.05
# What compares versions: with one version alone, hidden from the footer and the palette.
NEEDS_TWO = {"passage", "unique", "detail", "matrix", "threshold", "wording", "versions"}
# What reads the alignment: while the versions are being compared, shown dimmed in the footer.
NEEDS_ALIGNMENT = NEEDS_TWO | {"table", "sidebar", "export"}


class MainScreen(Navigation, Screen[None]):
    """The panes sit on the screen itself, with the status line and footer docked below: a
    container around the panes cost every frame its lines."""

    # The keys of the main screen; with the app's (help, quit), the one list of keys: the footer
    # shows those with show=True, help and the palette all.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Next sentence", show=False),
        Binding("up,k", "cursor(-1)", "Previous sentence", show=False),
        Binding(
            "n",
            "passage(1)",
            "Next passage",
            tooltip="Next passage in passage number order, the same in every pane; the panes"
            " that have it line it up",
        ),
        Binding(
            "p",
            "passage(-1)",
            "Prev passage",
            tooltip="Previous passage in passage number order",
        ),
        Binding(
            "u",
            "unique(1)",
            "Next unique",
            tooltip="Next sentence only this version has (in no passage)",
        ),
        Binding(
            "U",
            "unique(-1)",
            "Prev unique",
            show=False,
            tooltip="Previous sentence only this version has (in no passage)",
        ),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
        *(Binding(str(n), f"focus_pane({n})", f"Focus pane {n}", show=False) for n in range(1, 10)),
        Binding("enter", "detail", "Detail", tooltip="Passage detail: every version's wording"),
        Binding("m", "matrix", "Matrix", tooltip="Similarity matrix and passage positions"),
        Binding(
            "t",
            "table",
            "Table",
            show=False,  # in help and the palette; the footer is full at 80 columns
            tooltip="The story as a table: a row per passage, a column per version",
        ),
        Binding("s", "sidebar", "Entities", tooltip="Show or hide the entity sidebar"),
        Binding("slash", "search", "Search", tooltip="Search the text of every version"),
        Binding(
            "plus",
            "threshold(1)",
            "Raise threshold",
            show=False,
            tooltip="Raise the similarity threshold by 0.05 and realign",
        ),
        Binding(
            "minus",
            "threshold(-1)",
            "Lower threshold",
            show=False,
            tooltip="Lower the similarity threshold by 0.05 and realign",
        ),
        Binding("b", "boilerplate", "Hide/show boilerplate", show=False),
        Binding(
            "w",
            "wording",
            "All wording",
            show=False,
            tooltip="Mark every wording difference, or only what differs in fact",
        ),
        Binding("v", "versions", "Versions", tooltip="Choose the versions shown"),
        Binding(
            "e",
            "export",
            "Export HTML",
            show=False,
            tooltip="Export the comparison as an HTML page",
        ),
    ]

    def __init__(self, comparison: Comparison, aligning: bool = False, **kwargs) -> None:
        """`aligning`: `comparison` is the draft, the versions alone, until set_comparison."""
        super().__init__(**kwargs)
        self.comparison = comparison
        self.aligning = aligning
        self.active = 0  # the version whose pane reads (the focused pane, or the last one)
        self.passage: Passage | None = None
        # The versions the reader wants (v chooses), and those of them that fit: panes never get
        # narrower than MIN_PANE_WIDTH, and a wider window brings the rest back.
        self.chosen: tuple[int, ...] = tuple(range(len(comparison.versions)))
        self.shown = self.chosen
        self.entity: Entity | None = None
        self._mention = -1
        self._busy = f"aligning {len(comparison.versions)} versions…" if aligning else None
        self._note: str | None = None
        self._panes: list[VersionPane] = []
        self._lead_chosen = False
        self._clicked: tuple[int, int, Passage | None] | None = None  # and the passage it chose
        self.status_line = StatusLine(id="status")
        self.sidebar: EntitySidebar | None = None  # built when first shown: it can be long

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.aligning and action in NEEDS_ALIGNMENT:
            return None
        return action not in NEEDS_TWO or len(self.comparison.versions) > 1

    def offers(self, action: str) -> bool:
        """Whether an action, as a binding names it, applies: to a pane shown, and with a
        second version for what compares."""
        name, _, argument = action.partition("(")
        if name == "focus_pane":
            return int(argument.rstrip(")")) <= len(self.shown)
        return bool(self.check_action(name, ()))

    def on_key(self, event: events.Key) -> None:
        """A key check_action refuses would do nothing at all: say why instead."""
        if any(
            event.key in binding.key.split(",") and not self.offers(binding.action)
            for binding in self.BINDINGS
            if not binding.action.startswith("focus_pane")  # it says so itself
        ):
            event.stop()
            if self.aligning:
                self.notify("still aligning the versions: that key works once they are", timeout=3)
            else:
                self.notify("one version alone: that key compares versions", timeout=3)

    # Layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        settings = self.app.settings
        self._panes = [
            VersionPane(
                self.comparison,
                v.id,
                settings.hide_boilerplate,
                settings.all_wording,
                id=f"pane-{v.id}",
            )
            for v in self.comparison.versions
        ]
        self._fit_versions()  # before mounting: the first frame already shows what fits
        for pane in self._panes:
            pane.when_laid_out = self._pane_laid_out
        yield from self._panes
        if settings.sidebar and self._sidebar_beside(self.app.size.width):
            yield self._make_sidebar()  # at start only beside the panes: it never covers them
        yield self.status_line
        yield KeyFooter()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.panes[0].focus()
        self.call_after_refresh(self._select_lead)  # in case a pane was not laid out by then

    def _pane_laid_out(self) -> None:
        """Textual lays the panes out just before the first frame: once every shown pane knows
        its width, they can line up on the lead sentence, and that first frame shows it."""
        if all(pane.laid_out for pane in self.panes if pane.version in self.shown):
            self._select_lead()

    def _select_lead(self) -> None:
        """Start on the first article sentence (once: the first frame's or the fallback's call)."""
        if self._lead_chosen:
            return
        self._lead_chosen = True
        shown = self.panes[0].shown_sentences()
        article = [s.id for s in self.comparison.versions[0].sentences if not s.boilerplate]
        if shown:
            self.select_sentence(0, (article or shown)[0])

    def on_resize(self, event: events.Resize) -> None:
        self._fit_versions(event.size.width)
        self._place_sidebar(event.size.width)

    @property
    def panes(self) -> list[VersionPane]:
        return self._panes

    def pane(self, version: int) -> VersionPane:
        return self._panes[version]

    def _fit_versions(self, width: int | None = None) -> None:
        """Show as many of the chosen versions as fit at a readable width, keeping the active
        one: fewer panes, the status line saying how many are shown, rather than panes too
        narrow to read or a row of panes to scroll sideways, which would hide some all the same
        and move the panes that line a passage up out of sight."""
        fit = self._room(width)
        chosen = self.chosen
        if fit >= len(chosen):
            self._show_versions(chosen)
            return
        at = chosen.index(self.active) if self.active in chosen else 0
        start = min(max(0, at - fit + 1), len(chosen) - fit) if at >= fit else 0
        self._show_versions(chosen[start : start + fit])

    def _room(self, width: int | None = None) -> int:
        """How many panes fit side by side at a readable width (the sidebar takes none: where
        they would not fit beside it, it lies over them)."""
        return max(1, (width or self.app.size.width) // MIN_PANE_WIDTH)

    def _show_versions(self, visible: tuple[int, ...]) -> None:
        self.shown = visible
        for pane in self.panes:
            if pane.display != (pane.version in visible):
                pane.display = pane.version in visible
            pane.set_number(visible.index(pane.version) + 1 if pane.version in visible else None)
        if self.active not in visible:
            if isinstance(self.focused, VersionPane):
                self.pane(visible[0]).focus()  # which makes it the active pane, below
            else:
                self._activate(self.pane(visible[0]))
        self._place_sidebar()
        self._update_status()

    def set_comparison(self, comparison: Comparison) -> None:
        """Show a new comparison of the same versions, keeping the reader's place."""
        self.comparison = comparison
        self._busy = None
        if self.aligning:
            self.aligning = False
            self.refresh_bindings()
        self.entity, self._mention = None, -1
        for pane in self.panes:
            pane.set_comparison(comparison)
            pane.set_mentions(())
        if self.sidebar is not None:
            self.sidebar.set_comparison(comparison)
        self._show_versions(self.shown)
        cursor = self.pane(self.active).cursor
        if cursor is not None:
            self.select_sentence(self.active, cursor)

    def show_busy(self, busy: str) -> None:
        """Say in the status line what is under way, until the next comparison arrives."""
        self._busy = busy
        if self._panes:  # else the screen is not composed yet: its first selection says it
            self._update_status()

    def _theme_changed(self, _theme) -> None:
        for pane in self.panes:
            pane.refresh_palette()

    # Selection: the screen decides, panes are told -------------------------------------------

    def select_sentence(
        self,
        version: int,
        sentence: int,
        *,
        align: bool = True,
        note: str | None = None,
        passage: Passage | None = None,
    ) -> None:
        """Put the cursor on a sentence and select a passage it stands in: `passage` when given,
        else the selected one if the sentence tells it too, else its first; the panes that have
        that passage follow."""
        self.active = version
        self._note = note
        pane = self.pane(version)
        pane.set_cursor(sentence)
        pane.scroll_to_sentence(sentence)
        if passage is None:
            passages = self.comparison.passages_of(version, sentence)
            kept = any(p is self.passage for p in passages)
            passage = self.passage if kept else (passages[0] if passages else None)
        self._select_passage(passage, pane.row_of(sentence), align=align)

    def _select_passage(
        self, passage: Passage | None, row: int | None, *, align: bool = True
    ) -> None:
        """Tell every pane the passage; the others than the reader's line its first member up
        at `row`. When the reader's version lacks it, that pane's cursor stays, drawn quiet."""
        self.passage = passage
        reading = passage is None or self.active in passage.versions
        for other in self.panes:
            other.set_reading(reading and other.version == self.active)
            other.set_passage(passage)
            if other.version == self.active or passage is None or not align:
                continue
            members = passage.members_of(other.version)
            if members:
                other.set_cursor(members[0].sentence)
                other.scroll_to_sentence(members[0].sentence, row)
        self._update_status()

    def _update_status(self) -> None:
        pane = self.pane(self.active)
        status = status_texts(
            self.comparison,
            None if self.aligning else self.active,  # no sentence is unique to it yet
            pane.cursor,
            self.passage,
            len(self.comparison.versions) - len(self.shown),
            self._busy or self._note,
        )
        self.status_line.show(status)

    @on(VersionPane.SentenceClicked)
    def _sentence_clicked(self, event: VersionPane.SentenceClicked) -> None:
        """A click selects the sentence; clicking it again, while the passage the click chose is
        still the one read, selects the next fact it tells (the mouse's way to each of them)."""
        self.pane(event.version).focus()
        clicked = (event.version, event.sentence)
        passage = None
        if self._clicked == (*clicked, self.passage) and self.passage is not None:
            passages = self.comparison.passages_of(*clicked)
            at = next(i for i, p in enumerate(passages) if p is self.passage)
            passage = passages[(at + 1) % len(passages)]
        self.select_sentence(*clicked, passage=passage)
        self._clicked = (*clicked, self.passage)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, VersionPane):
            self._activate(event.widget)

    def _activate(self, pane: VersionPane) -> None:
        """Make a pane the one that reads, from where its cursor (or its view) is."""
        cursor = pane.cursor
        if cursor is None:
            shown = pane.shown_sentences()
            cursor = pane.sentence_at(0) or (shown[0] if shown else None)
        self.active = pane.version
        if cursor is not None:
            self.select_sentence(pane.version, cursor, align=False)

    # Screens: each imported when first opened, so that starting up stays quick --------------

    def action_detail(self) -> None:
        if self.passage is None:
            self.notify("this sentence is in no passage: no other version carries it", timeout=3)
            return
        from tui.screens.detail import PassageDetail

        self.app.push_screen(PassageDetail(self.comparison, self.passage, self.action_passage))

    def action_matrix(self) -> None:
        from tui.screens.matrix import MatrixScreen

        self.app.push_screen(MatrixScreen(self.comparison), self._read_passage)

    def _read_passage(self, passage_id: int | None) -> None:
        """Go to a passage: in the active version when it has it, else the first that does."""
        if passage_id is None:
            return
        passage = self.comparison.passages[passage_id]
        version = self.active if self.active in passage.versions else passage.versions[0]
        self._go_to(version, passage.members_of(version)[0].sentence, passage)

    def action_table(self) -> None:
        from tui.screens.table import StoryTableScreen

        cursor = self.pane(self.active).cursor
        table = StoryTableScreen(self.comparison, self.active, cursor, self.passage)
        self.app.push_screen(table, self._table_done)

    def _table_done(self, chosen: tuple[int, int, Passage | None] | None) -> None:
        if chosen is not None:
            self._go_to(*chosen)

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(self.comparison), self._search_done)

    def _search_done(self, found: tuple[int, int] | None) -> None:
        if found is not None:
            self._go_to(*found)

    def action_versions(self) -> None:
        from tui.screens.versions import VersionChooser

        self.app.push_screen(
            VersionChooser(self.comparison, self.shown, self._room()), self._versions_done
        )

    def _versions_done(self, chosen: tuple[int, ...] | None) -> None:
        if chosen:
            self.chosen = chosen
            self._fit_versions()

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        default = f"newsdiff-{datetime.date.today().isoformat()}.html"
        self.app.push_screen(ExportScreen(default), self._export_to)

    def _export_to(self, path: str | None, overwrite: bool = False) -> None:
        if not path:
            return
        from tui.core.export_html import to_html
        from tui.core.output import OutputError, check_file_target, write_atomically
        from tui.screens.confirm import ConfirmScreen

        try:
            if check_file_target(path) and not overwrite:
                self.app.push_screen(
                    ConfirmScreen(f"{path} exists. Replace it?"),
                    lambda yes: self._export_to(path, overwrite=True) if yes else None,
                )
                return
            written = write_atomically(path, to_html(self.comparison), overwrite=overwrite)
        except OutputError as error:
            self.notify(str(error), severity="error", timeout=15, markup=False)  # read, then act
            return
        self.notify(f"wrote {Path(written or path).resolve()}", markup=False)

    # Toggles ----------------------------------------------------------------------------------

    def _make_sidebar(self) -> EntitySidebar:
        from tui.widgets.entity_sidebar import EntitySidebar

        self.sidebar = EntitySidebar(self.comparison, id="sidebar")
        return self.sidebar

    async def action_sidebar(self) -> None:
        sidebar = self.sidebar
        shown = sidebar is None or not sidebar.display  # saved open, it may not have reopened
        self.app.save(sidebar=shown)
        if sidebar is None:
            sidebar = self._make_sidebar()
            await self.mount(sidebar)
        sidebar.display = shown
        if shown:
            self._place_sidebar()
            self.set_focus(sidebar.filter)  # now, not after the keys typed meanwhile
        elif self.focused is None or sidebar in self.focused.ancestors:
            self.pane(self.active).focus()

    def _sidebar_beside(self, width: int) -> bool:
        """Whether the sidebar fits beside the panes without hiding one of them."""
        beside = (width - SIDEBAR_WIDTH) // MIN_PANE_WIDTH
        return beside >= min(len(self.shown), self._room(width))

    def _place_sidebar(self, width: int | None = None) -> None:
        """Beside the panes when they all still fit, else over them, on the side away from the
        reader's pane (so that a chosen mention shows)."""
        if self.sidebar is None or not self.sidebar.display:
            return
        over = not self._sidebar_beside(width or self.app.size.width)
        self.sidebar.set_class(over, "-over")
        reader_right = self.shown.index(self.active) >= len(self.shown) / 2
        self.sidebar.set_class(over and reader_right, "-left")

    async def on_entity_sidebar_closed(self) -> None:
        await self.action_sidebar()

    def action_boilerplate(self) -> None:
        self._set_boilerplate(not self.app.settings.hide_boilerplate)
        hidden = self.app.settings.hide_boilerplate
        self.notify("boilerplate " + ("hidden" if hidden else "shown"), timeout=2)

    def action_wording(self) -> None:
        shown = not self.app.settings.all_wording
        self.app.save(all_wording=shown)
        for pane in self.panes:
            pane.set_all_wording(shown)
        what = "every wording difference" if shown else "discrepancies and added content"
        self.notify(f"marking {what}", timeout=2)

    def _set_boilerplate(self, hide: bool) -> None:
        self.app.save(hide_boilerplate=hide)
        for pane in self.panes:
            pane.set_hide_boilerplate(hide)
        cursor = self.pane(self.active).cursor
        if cursor is not None:
            self.select_sentence(self.active, cursor)

    def action_threshold(self, direction: int) -> None:
        # While a realignment runs, the next step starts from the threshold it was asked for.
        current = self.app.settings.threshold if self._busy else self.comparison.threshold
        wanted = round(current + direction * THRESHOLD_STEP, 2)
        if not MIN_THRESHOLD <= wanted <= MAX_THRESHOLD:
            self.notify(f"the threshold stays within {MIN_THRESHOLD}–{MAX_THRESHOLD}", timeout=3)
            return
        self.app.save(threshold=wanted)
        self.app.realign(wanted)

    # Entities ---------------------------------------------------------------------------------

    def on_entity_sidebar_entity_chosen(self, event: EntitySidebar.EntityChosen) -> None:
        """The first choice of an entity goes to its first mention from the cursor on; choosing
        it again goes to its next mention, round and round."""
        entity = self.comparison.entities[event.entity]
        if not entity.mentions:
            return
        if self.entity is None or self.entity.id != entity.id:
            self.entity = entity
            for pane in self.panes:
                pane.set_mentions(
                    tuple((m.start, m.end) for m in entity.mentions if m.version == pane.version)
                )
            cursor = self.pane(self.active).cursor or 0
            self._mention = self.comparison.next_mention(entity, self.active, cursor)
        else:
            self._mention = (self._mention + 1) % len(entity.mentions)
        mention = entity.mentions[self._mention]
        sentence = self.comparison.sentence_at(mention.version, mention.start)
        if mention.version not in self.shown:
            self._reveal(mention.version)
        if self.pane(mention.version).is_hidden(sentence):
            self._set_boilerplate(False)
        note = (
            f"{entity.name}: mention {self._mention + 1} of {len(entity.mentions)}"
            f" in {self.comparison.versions[mention.version].label}"
        )
        self.select_sentence(mention.version, sentence, note=note)
        self._place_sidebar()
