"""Styles for the panes, their headers and overview strips, from the active theme: light and dark
both read."""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from textual.app import App
from textual.color import Color, ColorParseError

FALLBACK = {
    "background": "#121212",
    "foreground": "#E0E0E0",
    "panel": "#242F38",
    "primary": "#0178D4",
    "accent": "#FEA62B",
    "warning": "#FEA62B",
    "success": "#4EBF71",
    "error": "#BA3C5B",
}
MIN_TINT = 0.10  # a passage two versions share
MAX_TINT = 0.38  # a passage every version shares: strong, yet the text on it stays readable


class Palette(NamedTuple):
    background: Style  # under every cell a pane draws
    text: Style
    support: tuple[Style, ...]  # index = support; 0 = boilerplate, 1 = unique to its version
    minimap: tuple[Style, ...]  # the same scale for the overview strip (unique stays visible)
    passage: Style  # the current passage, in every pane that has it
    cursor: Style  # the cursor sentence of the focused pane
    added: Style  # content of the current passage the reference and the other versions lack
    discrepancy: Style  # a name, number, date or quote another version gives differently
    variant: Style  # the same word spelled otherwise (plural, case, accents): quieter
    wording: Style  # any other wording difference, marked in the finer mode only
    mention: Style  # mentions of the chosen entity
    gutter: Style
    gutter_mark: Style  # the cursor / current-passage mark in the gutter
    header: Style  # the column header above the text
    header_focused: Style  # the header while its pane has focus: the theme's primary, bold
    edge: Style  # the line at the right edge of each column
    edge_focused: Style  # that line beside the focused pane, in the primary color too


def _color(variables: dict[str, str], name: str) -> Color:
    try:
        return Color.parse(variables.get(name, FALLBACK[name]))
    except ColorParseError:
        return Color.parse(FALLBACK[name])


def palette_for(app: App, versions: int) -> Palette:
    """The styles for a comparison of `versions` versions under the app's current theme."""
    variables = app.theme_variables or app.get_css_variables()
    background = _color(variables, "background")
    foreground = _color(variables, "foreground")
    panel = _color(variables, "panel")
    primary = _color(variables, "primary")
    accent = _color(variables, "accent")
    warning = _color(variables, "warning")
    success = _color(variables, "success")

    def on(color: Color, bold: bool = False, underline: bool = False) -> Style:
        return Style(
            color=color.get_contrast_text(1.0).rich_color,
            bgcolor=color.rich_color,
            bold=bold,
            underline=underline,
        )

    text = Style(color=foreground.rich_color)
    dimmed = Style(color=foreground.blend(background, 0.55).rich_color)
    support = [dimmed, text]
    minimap = [
        Style(bgcolor=background.rich_color),
        Style(bgcolor=foreground.blend(background, 0.8).rich_color),
    ]
    for count in range(2, versions + 1):
        share = (count - 1) / max(1, versions - 1)
        tint = background.blend(primary, MIN_TINT + (MAX_TINT - MIN_TINT) * share)
        support.append(Style(color=foreground.rich_color, bgcolor=tint.rich_color))
        minimap.append(Style(bgcolor=background.blend(primary, 0.3 + 0.7 * share).rich_color))
    return Palette(
        background=Style(bgcolor=background.rich_color),
        text=text,
        support=tuple(support),
        minimap=tuple(minimap),
        passage=on(background.blend(accent, 0.30)),
        cursor=on(background.blend(accent, 0.62), bold=True),
        added=Style(underline=True, color=foreground.rich_color),
        discrepancy=on(warning, bold=True),
        variant=Style(underline=True, color=foreground.blend(background, 0.35).rich_color),
        wording=Style(italic=True, underline=True, color=foreground.rich_color),
        mention=on(success, bold=True),
        gutter=Style(color=foreground.blend(background, 0.45).rich_color),
        gutter_mark=Style(color=accent.rich_color, bold=True),
        header=Style(color=foreground.rich_color, bgcolor=panel.rich_color),
        edge=Style(color=panel.rich_color, bgcolor=background.rich_color),
        header_focused=on(primary, bold=True),
        edge_focused=Style(color=primary.rich_color, bgcolor=background.rich_color),
    )


def mark_style(palette: Palette, kind: str, all_wording: bool) -> Style | None:
    """How a word of the current passage is marked: its discrepancy, variant or added content
    always, any other wording difference only in the finer mode."""
    if kind == "wording" and not all_wording:
        return None
    return getattr(palette, kind) if kind else None
