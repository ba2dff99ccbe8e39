"""Settings: defaults, a round trip, and every way a config file can be wrong."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.settings import (
    MAX_SETTINGS_BYTES,
    Settings,
    config_dir,
    load_settings,
    save_settings,
    settings_path,
)


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


def test_deeply_nested_json_gives_defaults_and_says_why(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    settings, message = load_settings(path)
    assert settings == Settings()
    assert "not valid JSON (nested too deeply)" in message


def test_a_number_python_will_not_convert_gives_defaults_and_says_why(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"threshold": ' + "9" * 5000 + "}", encoding="utf-8")
    settings, message = load_settings(path)
    assert settings == Settings() and "not valid JSON" in message


def _oversized(path: Path) -> None:
    with path.open("wb") as stream:
        stream.truncate(50 * MAX_SETTINGS_BYTES)  # sparse: refused from its size, never read


def _padded_just_over_the_cap(path: Path) -> None:
    path.write_text('{"sidebar": true}'.ljust(MAX_SETTINGS_BYTES + 1), encoding="utf-8")


def _device(path: Path) -> None:
    path.symlink_to("/dev/null")  # a link is followed, as to a regular file


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (_oversized, "over 1 MB"),
        (_padded_just_over_the_cap, "over 1 MB"),
        (_device, "a character device, not a regular file"),
        (_socket, "a socket, not a regular file"),
    ],
    ids=["50 MB", "one byte over", "device", "socket"],
)
def test_a_file_too_large_or_not_regular_gives_defaults_at_once(tmp_path, make, problem):
    path = tmp_path / "settings.json"
    make(path)
    started = time.monotonic()
    settings, message = load_settings(path)
    assert time.monotonic() - started < 1, "refused from its size or kind, never read through"
    assert settings == Settings()
    assert message == f"could not read {path} ({problem}); using the defaults"


def test_a_file_at_the_cap_is_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"sidebar": true}'.ljust(MAX_SETTINGS_BYTES), encoding="utf-8")
    assert load_settings(path) == (Settings(sidebar=True), None)


def test_a_fifo_as_settings_does_not_hang_the_start(tmp_path):
    # The command line reads the saved threshold before the app starts: a FIFO nobody writes
    # to would block its open() forever. A child, so that a hang fails instead of blocking.
    os.mkfifo(tmp_path / "settings.json")
    check = (
        "from tui.cli import _saved_threshold; from tui.settings import load_settings, "
        "settings_path; print(_saved_threshold()); print(load_settings(settings_path())[1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "NEWSDIFF_CONFIG_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    threshold, message = result.stdout.splitlines()
    assert float(threshold) == Settings().threshold
    assert message == (
        f"could not read {tmp_path / 'settings.json'} "
        "(a named pipe (FIFO), not a regular file); using the defaults"
    )


async def test_the_app_starts_on_a_fifo_with_the_defaults_and_one_notice(
    seed_comparison, tmp_path, monkeypatch
):
    from tui.app import NewsdiffApp

    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path))
    os.mkfifo(tmp_path / "settings.json")
    app = NewsdiffApp(seed_comparison)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        about_settings = [n.message for n in app._notifications if "settings.json" in n.message]
        assert about_settings == [
            f"could not read {tmp_path / 'settings.json'} "
            "(a named pipe (FIFO), not a regular file); using the defaults"
        ]
        assert app.settings == Settings()
