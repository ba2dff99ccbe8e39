"""English: the class words that say what kind of thing a name names when they stand before it
(a craft's "Space Shuttle", "USS"; a storm's "Hurricane"), and the compass words that make a
region of a place, read as `en`'s.

Kept apart from `en.py`, which re-exports every name, so that each stays short enough to read
whole.
"""

__all__ = [
    "CLASSES",
    "CLASS_NOUN_TAILS",
    "COMPASS_WORDS",
    "STORM_CLASSES",
    "VEHICLE_CLASSES",
    "VEHICLE_CUES",
]

# Capitalised before a name, what makes it a craft's: "Space Shuttle Atlantis", "USS Cole",
# "HMS Victory". A craft is neither a person nor the place a ship is named after ("USS
# Arizona"). Not the common words for craft, which open names of places ("the Ferry Building",
# "Ship Canal Bridge"): in lowercase they make a craft's (`VEHICLE_CUES`).
VEHICLE_CLASSES = frozenset(
    {
        *"shuttle spacecraft uss hms rms hmas hmcs mv".split(),
        "space shuttle", "space station", "space capsule", "space probe", "space telescope",
    }
)  # fmt: skip
# In lowercase before a name, what makes it a craft's: "the shuttle Atlantis", "the Russian
# spacecraft Soyuz", "the ferry Estonia" (not "rocket": "the rockets Hamas fired"; not
# "carrier", an airline too).
VEHICLE_CUES = frozenset(
    """shuttle spacecraft spaceship ship vessel ferry tanker freighter yacht submarine warship
    destroyer frigate cruiser orbiter lander rover""".split()
)
# Before a one-word name, what makes it a storm's, an event named with it, as a king keeps his
# title: "Hurricane Katrina", "Typhoon Haiyan", "Cyclone Idai", "Tropical Storm Fay", "Storm
# Ciarán" (lowercase too: "when hurricane Katrina struck").
STORM_CLASSES = frozenset(
    {
        *"hurricane typhoon cyclone storm supertyphoon".split(),
        "tropical storm", "tropical depression", "tropical cyclone", "subtropical storm",
        "super typhoon", "severe tropical storm", "winter storm", "post-tropical cyclone",
    }
)  # fmt: skip
CLASSES = VEHICLE_CLASSES | STORM_CLASSES
# Capitalised words after a class word that make it part of a common noun, no name: "the
# Shuttle Program", "a Hurricane Warning", "Tropical Storm Force Winds".
CLASS_NOUN_TAILS = frozenset(
    """program programme programs mission missions era fleet crew crews flight flights launch
    landing landings season seasons warning warnings watch watches advisory advisories
    discussion statement surge wind winds force damage relief recovery victims hunters hunter
    name names system category track alert alerts tracker""".split()
)
# Before a known place, what makes a region of it: "South Texas", "Northern Ireland" (a place,
# not someone shaped like a full name), told apart from the place itself.
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    greater""".split()
)
