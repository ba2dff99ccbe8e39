"""English: the press's names (news agencies, papers and broadcasters, what a byline says after a
writer's name) and the lines its source genres print around a story (a press release's numbers and
contacts, a weather or wire bulletin's codes), read as `en`'s.

Kept apart from `en.py`, which re-exports every name, so that each stays short enough to read
whole.
"""

from tui.core.lexicon import alternation

__all__ = [
    "BULLETIN_LINE",
    "BULLETIN_OPENINGS",
    "BULLETIN_SECTIONS",
    "BYLINE_ROLES",
    "CONTACT_TOKEN",
    "DATELINE",
    "DATELINE_TAIL",
    "NEWS_AGENCIES",
    "NEWS_HEADS",
    "NEWS_OUTLETS",
    "RELEASE_LINE",
    "RELEASE_OPENINGS",
    "SKIP_LINKS",
    "SKIP_LINK_OPENINGS",
    "WIRES",
]

# News agencies: label first, then the names they are credited under, as written ("AP" and
# "dpa" only in these cases). A line of nothing but agencies is a credit: "(Reuters)", "With AFP".
NEWS_AGENCIES = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
    "EFE": ("EFE", "Agencia EFE"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "TASS": ("TASS",),
    "RIA Novosti": ("RIA Novosti",),
    "Interfax": ("Interfax",),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "IANS": ("IANS",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "UPI": ("UPI", "United Press International"),
    "Europa Press": ("Europa Press",),
    "Lusa": ("Lusa",),
    "KNA": ("KNA",),
    "CNA": ("CNA", "Central News Agency"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
}
# Papers and broadcasters, the same way. They label a version (dateline, byline, credit) but a
# line naming one is no credit to drop: a paper signs its stories, an agency is credited in others'.
NEWS_OUTLETS = {
    "BBC": ("BBC", "BBC News"),
    "CNN": ("CNN",),
    "SCMP": ("SCMP", "South China Morning Post"),
    "Le Monde": ("Le Monde",),
    "El País": ("El País", "El Pais"),
    "The Guardian": ("The Guardian", "Guardian"),
    "The New York Times": ("The New York Times", "New York Times", "NYT"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "WSJ": ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    "Financial Times": ("Financial Times", "FT"),
    "Al Jazeera": ("Al Jazeera",),
    "NHK": ("NHK",),
}
# What a byline says of its writer after the name ("By Tom Reeve, Europe reporter", "By Sophie
# Drummond, Local Democracy Reporter"): a role, not a second author.
BYLINE_ROLES = frozenset(
    """reporter reporters correspondent correspondents editor editors writer writers columnist
    critic contributor producer analyst staff chief bureau photographer presenter""".split()
)
# Last words of a paper's or broadcaster's name, which the lists above do not know: an outlet a
# byline gives after the writer's name ("By Chiara Benedetti, DPB News"), a masthead on its own
# line ("The Brackenford Courier").
NEWS_HEADS = frozenset(
    """news times post press herald tribune gazette courier ledger chronicle journal observer
    telegraph examiner dispatch inquirer bulletin""".split()
)
# Credits to no agency by name: "With agencies".
WIRES = ("Agencies", "agencies", "wires")

# ---------------------------------------------------------------- the lines around a source's story
# Regex sources, each matched against a whole line, case-blind unless it says otherwise.

# A press release's own lines: its number ("RELEASE: 23-117", "Release No. 23-117") and the mark
# that ends it ("###", "-30-", "- END -"). They file the release; they tell nothing.
RELEASE_LINE = (
    r"(?:news\s+|press\s+)?release\s*(?:(?:no|number|#)\b\.?)?\s*[:#]?\s*\d[\w/.-]*\s*\Z"
    r"|[-–—]+\s*(?:ends?|30)\s*[-–—]+\s*\Z|#(?:\s*#){2,}\s*\Z"
)
# How a release's number opens (lowercase); its end mark opens with a dash or a "#".
RELEASE_OPENINGS = ("release", "news release", "press release")
# A wire's dateline opening a story: the place it files from in capitals, maybe its region (a
# state, a province, the day: capitalised words and numbers after a comma) and its agency in
# brackets, then a dash and the story: "CAPE CANAVERAL, Fla -- Wrapping up", "VARDEN, British
# Columbia, Aug 10 (Halyard) - A fire", "LONDON (Reuters) - British". A name with a clause
# after its comma ("NATO, which…") has lowercase words there: no dateline. The tail, from the
# end of the place, holds the dash and the space after it as its group 1.
DATELINE_TAIL = (
    r"(?:,\s*[A-Z][\w.’']*(?:,?\s+[A-Z\d][\w.’']*){0,3})?(?:\s*\([^()\n]{1,40}\))?"
    r"\s*((?:--?|[–—_])\s+)(?=[\"“]?[A-Z])"
)
DATELINE = r"[A-Z][A-Z .'’-]*[A-Z]" + DATELINE_TAIL

# A telephone number or an e-mail address, as a press office gives its contacts: "301-555-0143",
# "(202) 555-0175", "+44 20 7946 0000", "jane.roe@agency.gov". A date ("2023-09-19") ends in two
# digits: no number.
CONTACT_TOKEN = (
    r"(?<![\w.-])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{1,4}){1,5}"
    r"|(?:1[.-])?(?:\(\d{3,4}\)\s?|\d{3,4}[.-])\d{3,4}[.-]\d{4})(?![\w-])"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# A page's links past its own menus, for screen readers and keyboards: "Accessibility links",
# "Skip to main content"; and how they open.
SKIP_LINKS = (
    r"(?:accessibility links|accessibility help|skip navigation|"
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer))\s*\Z"
)
SKIP_LINK_OPENINGS = ("accessibility", "skip", "jump")
# The headings a bulletin sets between ellipses to order its parts ("...NEW INFORMATION..."):
# labels of what follows, not news, as a headline between ellipses is.
BULLETIN_SECTIONS = (
    "new information",
    "areas affected",
    "watches/warnings",
    "watches and warnings",
    "storm information",
    "situation overview",
    "precautionary/preparedness actions",
    "next update",
)
# A weather or wire bulletin's machine lines (the World Meteorological Organization's and the
# National Weather Service's formats): its WMO heading ("WTUS82 KMFL 091500"), the zones a part
# covers and its expiry ("FLZ063>066-100300-"), its event code between slashes
# ("/O.NEW.KMFL.HU.W.1011.170909T1500Z-000000T0000Z/"), its request to broadcasters and its
# section marks. Codes are written in capitals, so matched as written.
BULLETIN_LINE = (
    r"(?-i:[A-Z]{4}\d{2}\s+[A-Z]{4}\s+\d{6}(?:\s+[A-Z]{3})?"
    r"|[A-Z]{2}[CZ](?:\d{3}|ALL)(?:[->](?:[A-Z]{2}[CZ])?\d{3})*-\d{6}-"
    r"|/[OTEX]\.[A-Z]{3}\.[A-Z]{4}\.[A-Z]{2}\.[A-Z]\.\d{4}\.\d{6}T\d{4}Z-\d{6}T\d{4}Z/"
    r"|/\w{5}\.[0-3NU]\.[A-Z]{2}(?:\.\d{6}T\d{4}Z){3}\.[A-Z]{2}/)\s*\Z"
    r"|(?:(?:urgent|bulletin)\s*[-–—]\s*)?(?:immediate broadcast|eas activation) requested\s*\Z"
    rf"|\.{{3}}\s*{alternation(BULLETIN_SECTIONS)}\s*\.{{3}}\s*\Z"
)
# How its request to broadcasters opens; the codes open with a capital or a slash, the marks
# with dots.
BULLETIN_OPENINGS = ("urgent", "bulletin", "immediate", "eas activation")
