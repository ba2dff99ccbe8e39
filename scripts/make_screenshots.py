"""Regenerates the SVG screenshots in screenshots/ from the sample articles.

Run: `python scripts/make_screenshots.py` (the README shows screenshots/main.svg).
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


async def shoot(comparison, name: str, size: tuple[int, int], keys: list[str]) -> Path:
    from tui.app import NewsdiffApp

    app = NewsdiffApp(comparison)
    app.theme = THEME
    async with app.run_test(size=size, notifications=False) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(0.2)
        path = OUT / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(OUT))
    return path


def main() -> None:
    from tui.core.comparison import compare
    from tui.core.documents import load_documents

    OUT.mkdir(exist_ok=True)
    comparison = compare(load_documents([]))
    with tempfile.TemporaryDirectory() as config:
        os.environ["NEWSDIFF_CONFIG_DIR"] = config  # never read or write the user's settings
        for name, (size, keys) in SHOTS.items():
            print(asyncio.run(shoot(comparison, name, size, keys)).relative_to(REPO))


if __name__ == "__main__":
    main()
