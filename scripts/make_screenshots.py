"""Regenerates the SVG screenshots in screenshots/ from the sample articles.

Run: `python scripts/make_screenshots.py` (the README shows screenshots/main.svg).
tests/test_app_views.py renders them afresh and fails when the committed ones fall behind.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

OUT = REPO / "screenshots"
THEME = "textual-dark"

# name: (terminal size, keys pressed before the shot)
SHOTS = {
    "main": ((200, 50), ["n", "n"]),
    "narrow": ((80, 24), ["n"]),
    "sidebar": ((200, 50), ["s", "enter"]),
    "detail": ((200, 50), ["n", "enter"]),
    "matrix": ((200, 50), ["m"]),
    "help": ((200, 50), ["question_mark"]),
}


async def shoot(comparison, name: str, out: Path = OUT) -> Path:
    """Render one shot to out/name.svg (the settings must not be the user's: see main)."""
    from tui.app import NewsdiffApp

    size, keys = SHOTS[name]
    app = NewsdiffApp(comparison)
    app.theme = THEME
    async with app.run_test(size=size, notifications=False) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(0.2)
        path = out / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(out))
    return path


def main() -> None:
    from tui.core.comparison import compare
    from tui.core.documents import load_documents

    OUT.mkdir(exist_ok=True)
    comparison = compare(load_documents([]))
    for name in SHOTS:
        # Fresh settings for each shot, never the user's: one shot's sidebar or theme must not
        # show in the next.
        with tempfile.TemporaryDirectory() as config:
            os.environ["NEWSDIFF_CONFIG_DIR"] = config
            print(asyncio.run(shoot(comparison, name)).relative_to(REPO))


if __name__ == "__main__":
    main()
