"""The names page chrome keeps as running text gives them: an outlet's masthead, a byline's
writer, a contact, a reporter's outlet. Other names in chrome are kept only when the story
confirms them (`assembly._confirmed`)."""

from tui.core.entities.cues import BYLINE, CREDIT, PERSON, untitled
from tui.core.entities.gazetteer import common_words, spelling_key
from tui.core.entities.records import Found


def masthead(text: str, found: Found) -> Found:
    """The name opening a page's first line when the line is a trail of parts ("Reel Ledger ·
    Festivals · In brief", "DPB News | Canada") or the name alone after "The", which a paper
    prints as part of its name ("The Halvik Times"): the outlet's, an organisation; else
    `found`. Not one ordinary word ("World | Europe", "The Survivors")."""
    trail = found.start == 0 and text[found.end : found.end + 3] in _TRAIL
    alone = found.start == 4 and text.startswith("The ") and not text[found.end :].strip()
    if not (trail or alone) or not (len(found.words) > 1 or found.key not in common_words()):
        return found
    if trail:
        return found._replace(cue=CREDIT)
    words = ((0, 3), *((start + 4, end + 4) for start, end in found.words))
    name = text[: found.end]
    return found._replace(key=spelling_key(name), start=0, text=name, cue=CREDIT, words=words)


_TRAIL = (" · ", " | ")


def signed(found: Found) -> bool:
    """Page chrome that names as running text does: an outlet (`masthead`), a full name a
    title or a contact's address gives, or one after "by" that ends in no ordinary word, a
    person's though it opens with one ("additional reporting by Grace Oyelaran")."""
    if found.cue == CREDIT or (found.cue == PERSON and untitled(found)):
        return True
    if found.cue != BYLINE or len(found.words) < 2:
        return False
    start, end = found.words[-1]
    return spelling_key(found.text[start:end]) not in common_words()


def outlet(text: str, found: Found, names: list[Found]) -> bool:
    """ "VOA's Greg Flakus has more from Houston": in page chrome, a name whose possessive
    stands before a full name is the outlet that person reports for, named as a byline names
    its writer."""
    return text[found.end : found.end + 3] in ("'s ", "’s ") and any(
        other.start == found.end + 3 and len(other.words) > 1 for other in names
    )
