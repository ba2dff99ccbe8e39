"""A passage's terms and the versions using them: what a member tells as other versions do."""

from __future__ import annotations

from tui.core.align.profiles import Profile
from tui.core.align.usage import TermUsage


def _profile(key: tuple[int, int], *terms: str) -> Profile:
    weights = dict.fromkeys(terms, 1.0)
    return Profile(key, hash(terms), weights, (), float(len(terms)), " ".join(sorted(terms)))


def test_a_term_is_told_when_a_member_of_another_version_uses_it():
    profiles = {
        (0, 1): _profile((0, 1), "fire", "homes", "destroyed"),
        (0, 2): _profile((0, 2), "fire", "evacuated"),
        (1, 4): _profile((1, 4), "fire", "homes"),
    }
    usage = TermUsage()
    members = [(0, 1), (0, 2)]
    usage.read(members, profiles)
    # Only version 0 uses these: nothing is told to it, all is told to another version.
    assert usage.told(profiles[0, 1].weights.keys(), 0) == set()
    assert usage.told({"fire", "evacuated", "rain"}, 1) == {"fire", "evacuated"}
    # A member joins: the passage reads it alone, and "fire" is now told to version 0 too.
    members.append((1, 4))
    usage.read(members, profiles)
    assert usage.told(profiles[0, 1].weights.keys(), 0) == {"fire", "homes"}
    assert usage.told(profiles[1, 4].weights.keys(), 1) == {"fire", "homes"}
    assert usage.counted == 3
