"""The user's lasting preferences (theme, threshold, sidebar, boilerplate, marks) in a JSON config
file.

A missing, corrupt or unwritable file never stops the app: it falls back to defaults and says why.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from tui.core.output import OutputError, write_atomically

CONFIG_DIR_ENV = "NEWSDIFF_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
MIN_THRESHOLD = 0.05
MAX_THRESHOLD = 0.95
MAX_SETTINGS_BYTES = 1_000_000  # the file holds ~100 bytes: anything near this is not settings


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str = "textual-dark"
    threshold: float = 0.40
    sidebar: bool = False
    hide_boilerplate: bool = False
    all_wording: bool = False  # mark every wording difference, not only what differs in fact


def config_dir() -> Path:
    """`$NEWSDIFF_CONFIG_DIR` when set (tests use it), else the platform's user config dir."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir("newsdiff"))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings, and a one-line problem to tell the user when some were ignored."""
    try:
        raw = _read_text(path)
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, _Unusable) as error:
        return Settings(), f"could not read {path} ({error}); using the defaults"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        return Settings(), _not_json(path, error.msg)
    except RecursionError:
        return Settings(), _not_json(path, "nested too deeply")
    except ValueError:  # what else json.loads raises: a number of thousands of digits
        return Settings(), _not_json(path, "a number too long")
    if not isinstance(data, dict):
        return Settings(), f"{path} does not hold a JSON object; using the defaults"
    return _from_mapping(data, path)


def _not_json(path: Path, problem: str) -> str:
    return f"{path} is not valid JSON ({problem}); using the defaults"


class _Unusable(Exception):
    """What is at the settings path cannot be settings, judged before reading it through."""


_NOT_REGULAR = {
    stat.S_IFDIR: "a folder, not a file",
    stat.S_IFIFO: "a named pipe (FIFO), not a regular file",
    stat.S_IFCHR: "a character device, not a regular file",
    stat.S_IFBLK: "a block device, not a regular file",
    stat.S_IFSOCK: "a socket, not a regular file",
}
_TOO_LARGE = f"over {MAX_SETTINGS_BYTES // 1_000_000} MB"


def _read_text(path: Path) -> str:
    """The file's text, read as inputs are: judged by stat first (links followed), then at most
    MAX_SETTINGS_BYTES of a regular file. A FIFO would block the start-up forever in open() or
    read(), a device could be endless: neither is opened."""
    _check(os.stat(path))
    # O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening it must not hang.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    with open(os.open(path, flags), "rb") as stream:
        _check(os.fstat(stream.fileno()))
        data = stream.read(MAX_SETTINGS_BYTES + 1)  # one byte more tells a file that grew
    if len(data) > MAX_SETTINGS_BYTES:
        raise _Unusable(_TOO_LARGE)
    return data.decode("utf-8")


def _check(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise _Unusable(_NOT_REGULAR.get(stat.S_IFMT(info.st_mode), "not a regular file"))
    if info.st_size > MAX_SETTINGS_BYTES:
        raise _Unusable(_TOO_LARGE)


def _from_mapping(data: dict, path: Path) -> tuple[Settings, str | None]:
    defaults = Settings()
    values = {}
    rejected = []
    for spec in fields(Settings):
        if spec.name not in data:
            continue
        value = _checked(data[spec.name], getattr(defaults, spec.name))
        if value is None:
            rejected.append(spec.name)
        else:
            values[spec.name] = value
    settings = replace(defaults, **values)
    if rejected:
        return settings, f"{path}: ignored invalid {', '.join(rejected)}; using the defaults there"
    return settings, None


def _checked(value: object, default: object) -> object | None:
    """The value when it has the default's type and a sensible range, else None."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value) if MIN_THRESHOLD <= value <= MAX_THRESHOLD else None
    if isinstance(default, str):
        return value if isinstance(value, str) and value else None
    return None


def save_settings(settings: Settings, path: Path) -> str | None:
    """Write the settings; a one-line problem when they could not be saved."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(str(path), json.dumps(asdict(settings), indent=2) + "\n")
    except (OSError, OutputError) as error:
        return f"could not save settings to {path} ({error})"
    return None
