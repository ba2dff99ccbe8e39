"""Entity extraction (people, places, organisations, numbers, dates) and variant merging."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.core.model import Entity, Mention, Span, Version

_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)+")


def extract_entities(
    versions: Sequence[Version], aligned: Iterable[tuple[Span, Span]] = ()
) -> tuple[Entity, ...]:
    found: dict[str, list[Mention]] = {}
    for version in versions:
        for match in _NAME.finditer(version.text):
            found.setdefault(match.group(), []).append(
                Mention(version.id, match.start(), match.end(), match.group())
            )
    return tuple(
        Entity(i, name, "person", (), tuple(mentions))
        for i, (name, mentions) in enumerate(sorted(found.items()))
    )
