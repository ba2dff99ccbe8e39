"""Labels: a text naming its own outlet is labelled by it before any byline surname."""

from __future__ import annotations

import pytest

from tui.core.documents import find_label

STORY = "PARIS — The talks resumed on Monday, officials said.\nThey will go on for a week.\n"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A masthead over the story, as copied from the page.
        (f"The New York Times\nBy Adam Nossiter\n{STORY}", "The New York Times"),
        # The reporter's note at the end.
        (
            f"By Adam Nossiter\n{STORY}Adam Nossiter is the Paris bureau chief for The New York Times.",
            "The New York Times",
        ),
        (
            f"By Jane Roe\n{STORY}Jane Roe covers Europe for The Washington Post.",
            "The Washington Post",
        ),
        (f"By Adam Nossiter\n{STORY}© 2023 The New York Times Company", "The New York Times"),
        (
            f"By Jane Roe\n{STORY}Copyright 2024 Financial Times Ltd. All rights reserved.",
            "Financial Times",
        ),
        # An outlet quoted or cited is not the text's own.
        (f"By Jane Roe\n{STORY}The minister told Reuters she was pleased.", "Roe"),
        (f"By Jane Roe\n{STORY}Jane Roe said the Guardian had it first.", "Roe"),
        (f"By Jane Roe\n{STORY}The minister is a columnist for The Guardian.", "Roe"),
        (f"By Adam Nossiter\n{STORY}", "Nossiter"),
    ],
)
def test_a_text_naming_its_outlet_is_labelled_by_it_before_a_byline(text, label):
    assert find_label(text, "fallback") == label
