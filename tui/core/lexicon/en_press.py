"""English: the press's names (news agencies, papers and broadcasters, what a byline says after a
writer's name), read as `en`'s.

Kept apart from `en.py`, which re-exports every name, so that each stays short enough to read
whole.
"""

__all__ = [
    "BYLINE_ROLES",
    "NEWS_AGENCIES",
    "NEWS_HEADS",
    "NEWS_OUTLETS",
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
