"""English: British and American spellings of one word, read as `en`'s.

Outlets on either side of the Atlantic write one word two ways ("centre", "center"; "labour",
"labor"; "organise", "organize"; "travelled", "traveled"), and a reader takes them as one word.
Alignment compares words in one spelling, the American, by the regular endings below, and the
few words whose difference no ending rule reaches by name. Kept apart from `en.py`, which
re-exports every name, so that each stays short enough to read whole.
"""

__all__ = [
    "AMERICAN_ENDINGS",
    "AMERICAN_SPELLINGS",
    "SPELLING_KEPT",
]

# Regular endings, each as (British, American, the endings that may follow, the regex source
# the letters before must end with), tried in order, each once. Each asks for letters before
# it, so that short words it does not concern ("our", "hour", "rise", "bring", "acre") are left
# alone.
AMERICAN_ENDINGS = (
    # colour, honour, labourer, favourite, behavioural, neighbourhood: color, honor…
    ("our", "or", ("", "s", "ed", "ing", "ite", "ites", "able", "ably", "al", "er", "ers", "ful",
                   "less", "hood", "hoods"), "[a-z]{2}"),
    # organise, organised, organisation, stabilising, surprisingly: organize…
    ("is", "iz", ("e", "es", "ed", "ely", "ing", "ingly", "er", "ers", "ation", "ations"),
     "[a-z]{3}"),
    # analyse, paralysed: analyze, paralyzed
    ("ys", "yz", ("e", "es", "ed", "ing"), "[a-z]{2}"),
    # centre, metres, theatre: center, meters, theater (a consonant before "re")
    ("re", "er", ("", "s"), "[a-z]{2}[^aeiouyr]"),
    # centred, centring: centered, centering
    ("r", "er", ("ed", "ing"), "[a-z]{2}[^aeiouyr]"),
    # travelled, cancelling, traveller, instalment: the "l" British spelling doubles as one
    # (and "install", "enrol", "fulfil" meet their other spellings), on words of two
    # syllables or more only ("filled" is no "filed")
    ("ll", "l", ("", "s", "ed", "ing", "er", "ers", "ment", "ments"), "[aeiou].*[aeiou][^aeiou]*"),
)  # fmt: skip
# Words an ending rule would take for another word: "hatred" is no "hater", "scoured" no
# "scored", "timbre" no "timber", "hamstring" no "hamster".
SPELLING_KEPT = frozenset(
    """hatred kindred timbre scour scours scoured scouring hamstring hamstrings""".split()
)
# Differences no ending rule reaches: British: American.
AMERICAN_SPELLINGS = {
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
    "judgement": "judgment", "judgements": "judgments", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "aluminium": "aluminum", "sceptical": "skeptical",
    "sceptic": "skeptic", "sceptics": "skeptics", "catalogue": "catalog", "jewellery": "jewelry",
    "plough": "plow", "mould": "mold", "paediatric": "pediatric", "anaemia": "anemia",
    "haemorrhage": "hemorrhage", "diarrhoea": "diarrhea", "oestrogen": "estrogen",
    "foetus": "fetus", "leukaemia": "leukemia", "orthopaedic": "orthopedic",
    "encyclopaedia": "encyclopedia", "encyclopaedias": "encyclopedias",
    "encyclopaedic": "encyclopedic", "mediaeval": "medieval", "anaesthetic": "anesthetic",
    "anaesthetics": "anesthetics", "anaesthesia": "anesthesia",
}  # fmt: skip
