"""The user's lasting preferences (theme, threshold, sidebar, boilerplate) in a JSON config file.

A missing, corrupt or unwritable file never stops the app: it falls back to defaults and says why.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from tui.core.output import OutputError, write_atomically

CONFIG_DIR_ENV = "NEWSDIFF_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
MIN_THRESHOLD = 0.05
MAX_THRESHOLD = 0.95


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str = "textual-dark"
    threshold: float = 0.40
    sidebar: bool = False
    hide_boilerplate: bool = False


def config_dir() -> Path:
    """`$NEWSDIFF_CONFIG_DIR` when set (tests use it), else the platform's user config dir."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir("newsdiff"))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings, and a one-line problem to tell the user when some were ignored."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError) as error:
        return Settings(), f"could not read {path} ({error}); using the defaults"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        return Settings(), f"{path} is not valid JSON ({error.msg}); using the defaults"
    if not isinstance(data, dict):
        return Settings(), f"{path} does not hold a JSON object; using the defaults"
    return _from_mapping(data, path)


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
