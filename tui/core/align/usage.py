"""Which versions of a passage use each of its terms: what a member tells as the passage's
other versions do (see `passages.Clusters._told_terms`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence, Set

from tui.core.align.profiles import Profile, SentenceKey

SEVERAL = -1  # the user of a term that members of more than one version use


class TermUsage:
    """The terms of a passage's members, each with the one version using it (or SEVERAL), and
    per version the terms it alone uses. A passage only grows: reading it again reads only the
    members that joined since."""

    __slots__ = ("alone", "counted", "users")

    def __init__(self) -> None:
        self.counted = 0
        self.users: dict[str, int] = {}
        self.alone: dict[int, set[str]] = defaultdict(set)

    def read(self, members: Sequence[SentenceKey], profiles: Mapping[SentenceKey, Profile]) -> None:
        for member in members[self.counted :]:
            version = member[0]
            for term in profiles[member].weights:
                user = self.users.get(term)
                if user is None:
                    self.users[term] = version
                    self.alone[version].add(term)
                elif user != version and user != SEVERAL:
                    self.users[term] = SEVERAL
                    self.alone[user].discard(term)
        self.counted = len(members)

    def told(self, terms: Set[str], version: int) -> set[str]:
        """Those of `terms` that a member of another version than `version` uses."""
        return (terms & self.users.keys()) - self.alone.get(version, _NONE)


_NONE: frozenset[str] = frozenset()
