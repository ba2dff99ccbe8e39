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


@pytest.fixture
def config_dir(tmp_path, monkeypatch) -> Path:
    """A settings folder of the test's own (the app tests use it: never the user's settings)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def app(seed_comparison):
    """The app on the sample articles."""
    from tui.app import NewsdiffApp  # the core's tests never load Textual

    return NewsdiffApp(seed_comparison)
