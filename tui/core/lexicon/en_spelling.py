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

# Regular endings, as (regex source matched at a lowercase word's end, replacement), each
# applied once, in order. Each asks for letters before it, so that short words it does not
# concern ("our", "hour", "rise", "bring", "acre") are left alone.
AMERICAN_ENDINGS = (
    # colour, honour, labourer, favourite, behavioural, neighbourhood: color, honor…
    (r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|ably|al|er|ers|ful|less|hood|hoods)?$", r"or\1"),
    # organise, organised, organisation, stabilising, surprisingly: organize…
    (r"(?<=[a-z]{3})is(e|es|ed|ely|ing|ingly|er|ers|ation|ations)$", r"iz\1"),
    # analyse, paralysed: analyze, paralyzed
    (r"(?<=[a-z]{2})ys(e|es|ed|ing)$", r"yz\1"),
    # centre, metres, theatre: center, meters, theater (a consonant before "re")
    (r"(?<=[a-z]{2}[^aeiouyr])re(s?)$", r"er\1"),
    # centred, centring: centered, centering
    (r"(?<=[a-z]{2}[^aeiouyr])r(ed|ing)$", r"er\1"),
    # travelled, cancelling, traveller, instalment: the "l" British spelling doubles as one
    # (and "install", "enrol", "fulfil" meet their other spellings), on words of two
    # syllables or more only ("filled" is no "filed")
    (r"^(.*[aeiou].*[aeiou][^aeiou]*)ll(s|ed|ing|er|ers|ment|ments)?$", r"\1l\2"),
)
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
}  # fmt: skip
