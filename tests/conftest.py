"""Shared fixtures: the sample articles and their comparison, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.comparison import compare
from tui.core.documents import load_documents
from tui.core.model import Comparison

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seed_comparison() -> Comparison:
    return compare(load_documents([str(SEEDS)]))
