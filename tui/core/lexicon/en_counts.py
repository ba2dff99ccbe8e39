"""English: counts given without a figure (none) and distances from a named place, the words
`count_words` and `counts.counted` read them by (star-imported into `en`)."""

__all__ = [
    "DIRECTIONS",
    "NOBODY",
    "NONE_ANY",
    "NONE_ANY_OPEN",
    "NONE_AUXILIARIES",
    "NONE_BEFORE",
    "NONE_COUNTED",
    "NONE_HEDGES",
    "NONE_JOINS",
    "NONE_REPORTS",
    "PLACE_PREFIXES",
]

# Counts of none.
# A report that nobody was hurt gives the count of the injured as none: "no injuries were
# reported", "nobody was hurt", "no one was killed", "do not know of any injuries". The words
# naming the dead and the injured themselves, as written (not a toll, nor the treated).
NONE_COUNTED = {
    "the dead": "dead killed died dies deaths death fatalities fatality",
    "the injured": "injured hurt wounded injuries injury",
}
# Words giving such a count as none when they stand before it, over hedges that keep it none
# ("no immediate reports of injuries"; "no serious injuries" is no count: some may be minor).
NONE_BEFORE = frozenset({"no", "without"})
NONE_HEDGES = frozenset({"immediate", "known", "reported", "confirmed"})
NONE_REPORTS = frozenset(
    {"reports", "report", "word", "indication", "indications", "sign", "signs"}
)
# "Any" gives none after a negation a few words before it, "do not know of any injuries",
# unless a word between leaves it open or starts another clause: "did not say whether any".
NONE_ANY = "any"
NONE_ANY_OPEN = frozenset({"whether", "if", "but", "and", "or"})
# Who nobody is, before the verb saying what befell them: "nobody was hurt", "no one died",
# "none were killed", over auxiliaries ("no one has been reported killed").
NOBODY = frozenset({"nobody", "none", "noone"})
NONE_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "been", "be", "reported", "reportedly"}
)
# "No injuries or deaths": a second casualty after a conjunction is none too.
NONE_JOINS = frozenset({"or", "and", "nor"})

# Distances from a place.
# Words between a distance and the place it is measured from ("85 kilometers west of Anchor
# Point", "162 miles away from Anchorage"): two distances from one place locate one thing.
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northeastern northwestern southeastern southwestern northern "
    "southern eastern western away outside".split()
)
# Words opening many places' names, which name no place alone: "New York" and "New Delhi",
# "Mount Hood" and "Mount Rainier" are two places.
PLACE_PREFIXES = frozenset(
    "new san santa st saint mount mt lake port fort cape el la las los le north south east "
    "west upper lower great".split()
)
