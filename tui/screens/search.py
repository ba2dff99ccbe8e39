"""Fuzzy search across the sentences of every version; choosing a result jumps to it."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import Comparison
from tui.screens.popup import Popup

LIMIT = 40
CUTOFF = 60


def search(comparison: Comparison, query: str) -> list[tuple[int, int, float]]:
    """(version, sentence, score) of the best fuzzy matches for the query, best first."""
    query = query.strip()
    if not query:
        return []
    keys = [(v.id, s.id) for v in comparison.versions for s in v.sentences]
    texts = [comparison.versions[v].sentences[s].text for v, s in keys]
    found = process.extract(
        query,
        texts,
        scorer=fuzz.partial_ratio,
        processor=str.casefold,
        limit=LIMIT,
        score_cutoff=CUTOFF,
    )
    return [(*keys[index], score) for _, score, index in found]


def result_prompt(comparison: Comparison, version: int, sentence: int, query: str) -> Text:
    """The outlet and the sentence, as plain text, the words that matched the query marked."""
    words = comparison.versions[version].sentences[sentence].text.replace("\n", " ")
    text = Text(end="")
    text.append(comparison.versions[version].label, "bold")
    text.append("  ")
    start = len(text)
    text.append(words)
    match = fuzz.partial_ratio_alignment(query.strip(), words, processor=str.casefold)
    if match is not None and match.dest_end > match.dest_start:
        text.stylize("bold reverse", start + match.dest_start, start + match.dest_end)
    return text


class SearchScreen(Popup[tuple[int, int] | None]):
    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def dialog(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Search all versions (fuzzy)", "bold"), classes="dialog-title")
            yield Input(placeholder="words to find", id="search-input")
            yield OptionList(id="search-results")

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        results = self.query_one("#search-results", OptionList)
        found = search(self.comparison, event.value)
        results.set_options(
            Option(result_prompt(self.comparison, v, s, event.value), id=f"{v}:{s}")
            for v, s, _ in found
        )
        if found:
            results.highlighted = 0

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            self._choose(results.get_option_at_index(results.highlighted or 0).id)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id:
            version, sentence = option_id.split(":")
            self.dismiss((int(version), int(sentence)))
