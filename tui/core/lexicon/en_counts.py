"""English: counts given without a figure (none), distances from a named place and the units of
each measure, the words `count_words`, `counts.counted` and `units` read them by (star-imported
into `en`)."""

__all__ = [
    "DIRECTIONS",
    "MEASURES",
    "NOBODY",
    "NONE_ANY",
    "NONE_ANY_OPEN",
    "NONE_AUXILIARIES",
    "NONE_BEFORE",
    "NONE_COUNTED",
    "NONE_HEDGES",
    "NONE_JOINS",
    "NONE_REPORTS",
    "PER_HOUR",
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

# Units of each measure, with each one's size in the measure's first unit. "162 miles" and
# "260 km" from a place give one distance, which outlets write in the unit of their readers: a
# figure in either counts the same thing, and converted, the two give one reading (`units`).
# A speed is also a distance an hour ("160 km/h", "100 miles an hour"), an area a "square"
# distance ("20 square miles"). None: a unit with no one size (a US ton is 907 kg, a British
# one 1,016 kg), which counts the measure but converts to nothing.
MEASURES = {
    "distance": {
        **dict.fromkeys("kilometre kilometres kilometer kilometers km".split(), 1.0),
        **dict.fromkeys("mile miles".split(), 1.609344),
        **dict.fromkeys("metre metres meter meters".split(), 0.001),
        **dict.fromkeys("foot feet ft".split(), 0.0003048),
    },
    "weight": {
        **dict.fromkeys("kilogram kilograms kg".split(), 1.0),
        **dict.fromkeys("pound pounds lb lbs".split(), 0.45359237),
        **dict.fromkeys("tonne tonnes".split(), 1000.0),
        **dict.fromkeys("ton tons".split(), None),
    },
    "area": {
        **dict.fromkeys("hectare hectares".split(), 1.0),
        **dict.fromkeys("acre acres".split(), 0.40468564),
        "square": None,  # read with the distance after it
    },
    # Wind speeds: mph in American copy, km/h elsewhere, knots in forecasters' bulletins.
    "speed": {"mph": 1.609344, "kph": 1.0, "kmh": 1.0, "knot": 1.852, "knots": 1.852},
    # Time, in years: a prison term of "six and a half years" is "six years and six months".
    "duration": {
        **dict.fromkeys("year years".split(), 1.0),
        **dict.fromkeys("month months".split(), 1 / 12),
        **dict.fromkeys("week weeks".split(), 7 / 365.25),
        **dict.fromkeys("day days".split(), 1 / 365.25),
        **dict.fromkeys("hour hours".split(), 1 / 8766),
        **dict.fromkeys("minute minutes".split(), 1 / 525960),
    },
    # Degrees, on two scales with two zeros: converted by `units`, not by a size.
    "temperature": dict.fromkeys("celsius fahrenheit c f".split()),
}
# What follows a distance to make it a speed: "km/h", "miles per hour", "miles an hour".
PER_HOUR = frozenset({"hour", "h", "hr"})
