"""Settings: defaults, a round trip, and every way a config file can be wrong."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.settings import Settings, config_dir, load_settings, save_settings, settings_path


def test_missing_file_gives_defaults_silently(tmp_path):
    assert load_settings(tmp_path / "settings.json") == (Settings(), None)


def test_round_trip(tmp_path):
    path = tmp_path / "deep" / "settings.json"
    chosen = Settings(theme="nord", threshold=0.55, sidebar=True, hide_boilerplate=True)
    assert save_settings(chosen, path) is None
    assert load_settings(path) == (chosen, None)


def test_env_var_overrides_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path))
    assert config_dir() == tmp_path
    assert settings_path() == tmp_path / "settings.json"


def test_without_env_var_uses_platformdirs(monkeypatch):
    monkeypatch.delenv("NEWSDIFF_CONFIG_DIR", raising=False)
    assert config_dir().name == "newsdiff"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "does not hold a JSON object"),
        (b"\xff\xfe\x00garbage", "could not read"),
    ],
)
def test_corrupt_file_gives_defaults_and_says_why(tmp_path, content, problem):
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    settings, message = load_settings(path)
    assert settings == Settings()
    assert problem in message


def test_invalid_values_fall_back_one_by_one(tmp_path):
    path = tmp_path / "settings.json"
    data = {"theme": 3, "threshold": 7.5, "sidebar": "yes", "hide_boilerplate": True, "extra": 1}
    path.write_text(json.dumps(data), encoding="utf-8")
    settings, message = load_settings(path)
    assert settings == Settings(hide_boilerplate=True)
    for name in ("theme", "threshold", "sidebar"):
        assert name in message


def test_partial_file_keeps_the_defaults_for_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"threshold": 0.5}', encoding="utf-8")
    assert load_settings(path) == (Settings(threshold=0.5), None)


def test_directory_in_place_of_the_file_is_reported(tmp_path):
    path = tmp_path / "settings.json"
    path.mkdir()
    settings, message = load_settings(path)
    assert settings == Settings() and message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_dir_is_reported_not_raised(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert "could not save" in save_settings(Settings(), locked / "settings.json")


def test_unusable_dir_is_reported_not_raised(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert "could not save" in save_settings(Settings(), blocker / "sub" / "settings.json")
