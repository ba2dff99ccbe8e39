"""Scanning one version's sentences for mentions: dates and numbers by pattern, names as
capitalised runs split at titles and roles, each with the cue that stands around it (`cues`).
The records it makes are in `records`, dates and numbers in `figures`.
"""

from collections.abc import Iterator, Sequence
from functools import lru_cache
from heapq import merge

from tui.core.entities.chrome import masthead, outlet, signed
from tui.core.entities.cues import (
    CLASS_OPENERS,
    PERSON,
    classed,
    contact_names,
    context_cue,
    cue_before,
    dateline_cue,
    dateline_end,
    head_ended,
)
from tui.core.entities.figures import APOSTROPHE, find_dates, find_numbers, outside, word_before
from tui.core.entities.gazetteer import SHORT_ACRONYMS, common_words, known, spelling_key
from tui.core.entities.patterns import (
    ALPHANUMERIC,
    CAPITAL,
    CAPITALISED_LONG_WORD,
    CONNECTORS,
    GROUP_OF,
    GROUP_OF_WORDS,
    HEAD_WORDS,
    LONG_WORD,
    LOWER_LETTERS,
    LOWER_WORD,
    NOT_ALONE,
    ROLE_WORDS,
    SMALL_WORDS,
    SPACED_LOWER_WORD,
    TOKEN,
    WORDS_AFTER,
    possessive_head,
)
from tui.core.entities.records import Found, Token, _new_token, _shape, make_token, new_found
from tui.core.lexicon.en import (
    ARTICLE_PREFIXES,
    CLASSES,
    COURTESY_TITLES,
    DEMONYMS,
    DETERMINERS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    MONTH_NUMBERS,
    NAME_ABBREVIATIONS,
    NAME_ADJECTIVE_TAILS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    OF_HEADS,
    ORGANISATION_WORDS,
    POSSESSIVE_NAME_WORDS,
    ROLE_COMPLEMENTS,
    ROYAL_TITLES,
    TITLE_TAILS,
    WEEKDAYS,
)
from tui.core.model import Version
from tui.core.sentences import boilerplate_kind

_OPENERS = {word.capitalize() for word in NAME_ABBREVIATIONS}  # "St.", "Mt."
_POSSESSIVE_GAPS = ("' ", "’ ")  # a plural's possessive apostrophe and the space after it


def _word_tokens(
    text: str, taken: list[tuple[int, int]], numbers: list[tuple[int, int]]
) -> list[Token]:
    """The words names are made of, and the `numbers` that belong to the name before them."""
    found: list[Token] = []
    previous_end = -2
    spans = ((*m.span(), m.group()) for m in outside(TOKEN.finditer(text), taken))
    if numbers:  # "France 24"
        spans = merge(spans, ((start, end, text[start:end]) for start, end in numbers))
    for start, end, word in spans:
        if word[0].islower() and not (word in CONNECTORS or word.startswith(ARTICLE_PREFIXES)):
            continue  # a lowercase letter outside ASCII
        if start > 0 and text[start - 1] == "#":
            continue
        if "-" in word and word.endswith(NAME_ADJECTIVE_TAILS):  # "Ohio-based Corvex": Ohio
            word = word[: word.rindex("-")]
            end = start + len(word)
        if "’" in word or "'" in word:
            if APOSTROPHE.split(word.casefold())[0] in FUNCTION_WORDS:
                continue  # "I'm", "It's": no name
            if (
                word.endswith(("’s", "'s"))
                and len(word) > 2
                and not (word[:-2].casefold() in POSSESSIVE_NAME_WORDS and text[end] == " ")
            ):  # "China's Foreign Ministry" is China's; "People's Republic" is a name
                word, end = word[:-2], end - 2
        elif (
            word[-1] == "s"
            and text[end : end + 2] in _POSSESSIVE_GAPS
            and possessive_head().match(text, end)
        ):
            word, end = word + text[end], end + 1  # "the Dockers' and Seafarers' Union"
        joined = start == previous_end + 1 and text[previous_end] == " "
        if word[-1] == "." and joined and found[-1].continues and word[:-1] in _OPENERS:
            word, end = word[:-1], end - 1  # "on Kalyna St. Police said": a street's, no saint
        found.append(_new_token((start, end, joined, word, *_shape(word))))
        previous_end = end
    return found


def _runs(words: list[Token]) -> Iterator[tuple[int, int]]:
    """Index ranges of capitalised runs, joined by single spaces and inner connectors."""
    i, n = 0, len(words)
    while i < n:
        if not words[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < n and words[j].joined:
            if words[j].continues:
                j += 1
                continue
            # "Bank of England", "Ursula von der Leyen": connectors between two name words
            k = j
            while k < n and words[k].joined and words[k].connector:
                k += 1
            if k in (j, n) or not (words[k].joined and words[k].continues):
                break
            j = k + 1
        yield i, j
        i = j


def _names(words: list[Token], text: str) -> list[Found]:
    first = ALPHANUMERIC.search(text)
    opening = first.start() if first else 0  # where the sentence's first word starts
    role_end = None  # "the Vice President of China, Han Zheng": a name after a bare role
    roles: list[Token] = []  # "Director and Foreign Minister Wang": two roles of one person
    found: list[Found] = []
    previous = current = 0  # where the founds of the run before this one, and this one's, start
    runs = list(_runs(words))
    place_end = -1  # where the last name a preposition placed ends: "in Anchorage and Juneau"
    dateline = dateline_end(text, words, opening) if words and words[0].all_caps else -1
    for n, (i, j) in enumerate(runs):
        previous, current = current, len(found)
        word = words[i]
        last = words[runs[n - 1][1] - 1].end if n else -9  # where the run before ends
        joined = (
            last + 5 == word.start
            and text.startswith(" and ", last)
            and _and_joined(text, words[runs[n - 1][0] : runs[n - 1][1]], words[i:j])
        )
        following = runs[n + 1] if n + 1 < len(runs) else None
        if (
            role_end is None
            and not joined
            and j == i + 1
            and not word.title
            and "-" not in word.text
        ):
            # most runs are one plain word: what _pieces would make of it, without the work
            cue = None
            if _alone(word.lower) and not (word.all_caps and _shouted(word)):
                cue = context_cue(text, words, (i, j), following, None, last, place_end)
                if word.start < dateline:
                    cue = dateline_cue(text, word, cue)
                found.append(_name_found(text, (word,), cue, opening))
            place_end = word.end if cue and cue[0] == "place" else -1
            continue
        cue = context_cue(text, words, (i, j), following, role_end, last, place_end)
        if word.start < dateline:
            cue = dateline_cue(text, word, cue)
        place_end = words[j - 1].end if cue and cue[0] == "place" else -1
        gap = text[role_end : word.start] if role_end is not None else ""
        # "Special Envoy for Climate John Kerry", "Minister of Culture and Heritage Rachida Dati"
        if gap == " for " or (gap == " and " and not _role(word)):
            held = _held(text, words[i:j], opening)
            if held:
                found += held
                role_end = None
                continue
        run = words[i:j]
        if joined:
            run = words[runs[n - 1][0] : j]  # "Belt and Road Initiative": one name
            del found[previous:]
        elif j == i + 1 and not word.title and "-" not in word.text:
            if _alone(word.lower) and not (word.all_caps and _shouted(word)):
                found.append(_name_found(text, (word,), cue, opening))
            role_end = None
            continue
        pieces = list(_pieces(run, cue))
        if roles and gap == " and " and pieces and pieces[0][0][0] is word and _role(word):
            pieces[0] = ([*roles, *pieces[0][0]], pieces[0][1])
        named = any(c and c[0] == "person" for _, c in pieces)
        role_end = run[-1].end if any(w.title for w in run) and not named else None
        roles = _closing_roles(text, run)
        found += (_name_found(text, piece, cue, opening) for piece, cue in pieces)
    return found


def _held(text: str, run: list[Token], opening: int) -> list[Found]:
    """The names of a run after "for" or "and" that follow a role: what the role is for, then
    who holds it; none when the run is no such thing."""
    split = _holder(run)
    if split is None:
        return []
    held = [_name_found(text, p, c, opening) for p, c in _plain(run[: split + 1], None)]
    return [*held, _name_found(text, run[split + 1 :], PERSON, opening)]


def _closing_roles(text: str, run: list[Token]) -> list[Token]:
    """The role words a run ends with, when it ends with a title and no determiner stands
    before them ("the Secretary and Director Wang" are two people)."""
    if not run[-1].title:
        return []
    k = len(run)
    while k > 0 and _role(run[k - 1]):
        k -= 1
    before = run[k - 1].lower if k else word_before(text, run[0].start).casefold()
    return [] if before in DETERMINERS else run[k:]


def _and_joined(text: str, before: list[Token], run: list[Token]) -> bool:
    """Two runs joined by "and" that are one known name ("Bosnia and Herzegovina"), common
    words before a name ending in a head word ("Belt and Road Initiative"), or the second of
    two common words an organisation is "of" ("Ministry of Culture and Information")."""
    if known(spelling_key(text[before[0].start : run[-1].end])):
        return True
    if before[-1].text[-1] in _APOSTROPHES and run[0].text[-1] in _APOSTROPHES:
        return True  # "Dockers' and Seafarers' Union": of both (see `_word_tokens`)
    common = common_words()
    if len(run) == 1:
        of = next((k for k, w in enumerate(before) if w.connector), 0)
        return (
            0 < of < len(before) - 1
            and before[of - 1].lower in ORGANISATION_WORDS
            and all(w.lower in common and not w.title for w in (*before[of + 1 :], run[0]))
        )
    return run[-1].lower in HEAD_WORDS and all(
        w.capitalised and w.lower in common and not w.title for w in before
    )


_APOSTROPHES = "'’"


def _role(word: Token) -> bool:
    return word.title or word.lower in ROLE_WORDS


def _name_found(
    text: str, piece: Sequence[Token], cue: tuple[str, int] | None, opening: int
) -> Found:
    start, end = piece[0].start, piece[-1].end
    name = text[start:end]
    key = spelling_key(name)
    if len(piece) == 1:  # most names: no generator for their one word
        words = ((0, end - start),)
    else:
        words = tuple((w.start - start, w.end - start) for w in piece)
        if cue == PERSON and piece[-2].title and piece[-2].lower not in ROYAL_TITLES:
            key = spelling_key(piece[-1].text)  # "President Xi" is Xi; "King Charles" a king
    after = ""
    if text[end : end + 1] == " ":  # "the Lumen festival": a head word after the name
        word = LOWER_LETTERS.match(text, end + 1)
        if word and word[0] in WORDS_AFTER:
            after = word[0]
    return new_found(
        ("name", key, -1, start, end, name, cue, False, start == opening, words, after, False)
    )


def _pieces(run: list[Token], cue) -> Iterator[tuple[list[Token], tuple[str, int] | None]]:
    """A capitalised run as candidate names: leading small words dropped, roles cut out; a
    work's title whole ("her novel The Books of Jacob")."""
    if cue and cue[0] == "work":
        yield run, cue
        return
    while run and len(run) > 1 and _shouted(run[0]) and not run[1].all_caps:
        run = run[1:]  # "FREE Literature Awarded to..."
    while run and not run[0].all_caps and run[0].lower in SMALL_WORDS:
        if run[0].capitalised and run[0].lower in NAME_PARTICLES and len(run) > 1:
            break  # "Al Haouz", "Al Jazeera", "La Paz": the particle opens the name
        cue = cue_before(run[0].lower) or cue
        run = run[1:]
    titles = [k for k, w in enumerate(run) if w.title]
    if not titles:
        yield from _plain(run, cue)
        return
    t = titles[-1]
    role = t
    while role > 0 and (run[role - 1].lower in ROLE_WORDS or run[role - 1].title):
        role -= 1
    yield from _plain(run[:role], cue)
    rest = run[t + 1 :]
    while rest and rest[0].lower in TITLE_TAILS:  # "Secretary General"
        rest = rest[1:]
    direct = True  # the name follows its role: "Foreign Minister Wang" is one mention
    if rest and rest[0].lower in NAME_CONNECTORS:
        if len(rest) > 1 and rest[1].lower in ROLE_COMPLEMENTS:
            rest = rest[2:]
            while rest and rest[0].lower in ORGANISATION_WORDS:  # "of the State Council Li Qiang"
                rest = rest[1:]
        else:
            # "Vice President of China": a place, not a name; "Director of the Foreign Affairs
            # Office Wang Yi": an organisation, then the one who holds the title
            body = rest[1:]
            split = _holder(body)
            if split is None:
                yield from _plain(body, None)
                return
            yield from _plain(body[: split + 1], None)
            rest, direct = body[split + 1 :], False
    name = _trim(rest)
    if not name:
        return
    of = next((k for k, w in enumerate(name) if w.lower in NAME_CONNECTORS), None)
    if of is not None:  # "Prime Minister Rishi Sunak of Britain", "Prince Albert of Monaco"
        yield from _plain(name[of + 1 :], None)
        name = name[:of]
    if name[-1].lower in HEAD_WORDS:  # "the Executive Committee": no one holds the title
        yield from _plain(run[role:], cue)
        return
    # "President Xi": a lone surname is named with its role; "Ms Tarrant" is the house style
    # of a paper for any later mention, no role: Tarrant
    if len(name) == 1 and direct and run[t].lower not in COURTESY_TITLES:
        yield [*run[role : t + 1], name[0]], PERSON
    else:
        yield name, PERSON


def _holder(run: list[Token]) -> int | None:
    """Where what a role is of ends and the name of the one who holds it starts, if it does:
    after an organisation ("of the Foreign Affairs Office Wang Yi"), a known place ("of South
    Africa Paul Mashatile"), or the common words of a portfolio ("of Foreign Affairs Hua
    Chunying"). The index of the last word before the name."""
    heads = [k for k, w in enumerate(run[:-1]) if w.lower in ORGANISATION_WORDS]
    if heads:
        return heads[-1]
    for k in range(len(run) - 1, 0, -1):
        if known(spelling_key(" ".join(w.text for w in run[:k]))):
            return k - 1
    common, k = common_words(), 0
    while len(run) - k > 2 and run[k].lower in common and run[k].lower not in GIVEN_NAMES:
        k += 1
    return k - 1 if k else None


def _trim(run: list[Token]) -> list[Token]:
    start, end = 0, len(run)
    while start < end and run[start].lower in CONNECTORS and not run[start].capitalised:
        start += 1
    while end > start and run[end - 1].lower in CONNECTORS and not run[end - 1].capitalised:
        end -= 1
    return run[start:end]


def _plain(run: list[Token], cue) -> Iterator[tuple[list[Token], tuple[str, int] | None]]:
    """A run with no title: split at an "of" that does not belong to the name, demonyms off."""
    run = _trim(run)
    if not run:
        return
    for k, word in enumerate(run):
        if word.lower in NAME_CONNECTORS and k > 0:
            joined = spelling_key(" ".join(w.text for w in run))
            if run[k - 1].lower not in OF_HEADS and not known(joined):
                yield from _plain(run[:k], cue)
                yield from _plain(run[k + 1 :], None)
                return
    speaker = _speaker(run)
    if speaker:
        yield from _plain(run[: speaker[0]], cue)
        yield run[speaker[1] :], PERSON
        return
    if run[-1].lower in DEMONYMS:  # "Han Chinese", "Chinese": adjectives, not names
        rest = run[:-1]
        if rest and known(spelling_key(" ".join(w.text for w in rest))):
            yield rest, cue  # "over the United States Chinese." (a slip in the copy)
        return
    if (
        run[0].lower in DEMONYMS
        and run[-1].lower not in ORGANISATION_WORDS
        and not known(spelling_key(" ".join(w.text for w in run)))  # "British Columbia"
    ):
        while run and run[0].lower in DEMONYMS:
            run = run[1:]
    if (  # "the Briton Gareth Pryce Owen": a person, named after it ("Pole Position Racing")
        len(run) > 2
        and run[0].lower in NATIONALITY_NOUNS
        and (run[1].lower in GIVEN_NAMES or run[1].lower not in common_words())
    ):
        run, cue = run[1:], PERSON
    named = classed(run) if run[0].lower in CLASS_OPENERS else None
    if named:
        end, cue = named
        yield run[:end], cue
        yield from _plain(run[end:], None)
        return
    if len(run) == 1 and "-" in run[0].text and _known_parts_only(run[0]):
        yield from ((part, cue) for part in _hyphen_parts(run[0]))
    elif len(run) > 1 or (run and _alone(run[0].lower)):
        yield run, cue


def _speaker(run: list[Token]) -> tuple[int, int] | None:
    """Where an organisation's name ends and the full name of who speaks for it starts, when
    one follows its head word ("the Foreign Affairs Office Wang Yi", "the European Union
    Foreign Policy Chief Josep Borrell"): (end of the organisation, start of the person)."""
    heads = [k for k, w in enumerate(run[:-2]) if w.lower in ORGANISATION_WORDS]
    if not heads:
        return None
    common = common_words()
    for start in (len(run) - 2, len(run) - 3):
        person = run[start:]
        if (
            start > heads[-1]
            and not all(w.lower in common for w in person)
            and all(
                w.capitalised and w.text.isalpha() and w.lower not in HEAD_WORDS for w in person
            )
            and not known(spelling_key(" ".join(w.text for w in run)))
        ):
            end = heads[-1] + 1  # "the Bank of England Andrew Bailey": what it is of is its name
            return (start if run[end].lower in NAME_CONNECTORS else end), start
    return None


def _shouted(word: Token) -> bool:
    """An ordinary word in capitals ("FREE", "BREAKING", "OCTOBER"), not an acronym nor a
    ship's prefix ("USS Cole")."""
    return (
        word.all_caps
        and word.lower not in CLASSES
        and (word.lower in common_words() or word.lower in MONTH_NUMBERS or word.lower in WEEKDAYS)
        and known(word.lower) is None
    )


def _alone(lower: str) -> bool:
    """Whether a word may be a name on its own: "Taiwan" may, though "Taiwan Strait" holds it."""
    return lower not in NOT_ALONE or known(lower) is not None


def _known_parts_only(word: Token) -> bool:
    """ "US-China", "Sino-US": names of two known things, not one ("Notre-Dame"; "Biden-Xi"
    is split later if Biden and Xi are named elsewhere)."""
    parts = word.text.split("-")
    return not known(spelling_key(word.text)) and all(
        known(spelling_key(p)) or not _alone(p.casefold()) for p in parts if p
    )


def _hyphen_parts(word: Token) -> Iterator[list[Token]]:
    """ "US-China", "Biden-Xi": each capitalised part on its own ("Sino-" and the like dropped)."""
    position = word.start
    for part in word.text.split("-"):
        token = make_token(position, position + len(part), part)
        position += len(part) + 1
        if part and part[0].isupper() and _alone(token.lower):
            yield [token]


def _title_case_words(text: str, words: list[Token]) -> tuple[str, ...]:
    """The capitalised long words of a title-case line ("Meet", "Summit"), else (). A line
    with no closing stop is a title when shorter ("Words in This Story"); one with a stop and
    a long lowercase word is a sentence, however many names it holds ("... Peter Handke won
    the Nobel Prize in Literature, the Swedish Academy said.")."""
    titled = text.rstrip()[-1:] not in _CLOSING
    if sum(len(w.text) >= 4 and w.capitalised for w in words) < (2 if titled else 4):
        return ()  # most sentences: too few capitalised words to be a headline
    if not titled and SPACED_LOWER_WORD.search(text):
        return ()
    # A cheap bound settles most of the rest: each capital opens at most one capitalised word,
    # and every lowercase long word needs three of them to reach the 3/4 share below.
    if 3 * len(SPACED_LOWER_WORD.findall(text)) >= len(CAPITAL.findall(text)):
        return ()
    long = len(LONG_WORD.findall(text)) - 1  # the first word is capitalised in any sentence
    capitalised = CAPITALISED_LONG_WORD.findall(text)[1:]
    shaped = long >= (2 if titled else 3) and len(capitalised) >= 0.75 * long
    return tuple(w.lower() for w in capitalised) if shaped else ()


_CLOSING = '.!?:;"”’)…'
_CONTROLS = frozenset({"share", "advertisement", "comments", "site", "glossary"})


def scan(version: Version) -> list[Found]:
    ordinary = frozenset(LOWER_WORD.findall(version.text))
    common = common_words()
    placed = []
    first = version.sentences[0] if version.sentences else None
    for sentence in version.sentences:
        capitals = _in_capitals(sentence.text)
        if sentence.boilerplate:
            # Page chrome names the people who wrote and edited the story and its publisher
            # ("By Nike Ching", "VOA News reported on this story"), kept as a headline's names
            # are; its figures are timestamps and view counts, and the page's controls and
            # notices name no one ("Share: Telegram | VK", "Secure .gov websites use HTTPS").
            names = [
                found
                for found in _scan_sentence(sentence.text)[0]
                if found.kind == "name" and not (found.initial and found.key in ordinary)
            ]
            if names and boilerplate_kind(sentence.text) not in _CONTROLS:
                if "@" in sentence.text:
                    names = contact_names(sentence.text, names)
                if sentence is first:
                    names = [masthead(sentence.text, found) for found in names]
                placed += (
                    found.placed(
                        version.id,
                        sentence.start,
                        capitals or not (signed(found) or outlet(sentence.text, found, names)),
                        capitals,
                    )
                    for found in names
                )
            continue
        founds, title_words = _scan_sentence(sentence.text)
        if sentence is first:
            founds = [masthead(sentence.text, found) for found in founds]
        # A headline, not a sentence that happens to be all names: some capitalised words
        # are ordinary words of the article ("Meet", "Dialogue"), or common words in a line
        # with no closing stop ("Words in This Story").
        words = ordinary if sentence.text.rstrip()[-1:] in _CLOSING else common
        headline = sum(w in ordinary or w in words for w in title_words) >= 2
        placed += (
            (head_ended(found, ordinary) if len(found.words) > 2 else found).placed(
                version.id, sentence.start, headline or capitals, capitals
            )
            if found.kind == "name"
            else found.placed(version.id, sentence.start, headline, False)
            for found in founds
            # "Currently", "Both": capitalised only because they open the sentence
            if not (found.initial and found.key in ordinary)
        )
    return placed


def _in_capitals(text: str) -> bool:
    """A sentence all in capitals (a bulletin, a wire's headline), of two words or more (one
    may be an acronym): its capitals tell no name."""
    return text.isupper() and sum(not word.isdigit() for word in text.split()) >= 2


@lru_cache(maxsize=8192)
def _scan_sentence(text: str) -> tuple[tuple[Found, ...], tuple[str, ...]]:
    """What a sentence mentions, offsets into the sentence, and its title-case words.

    Cached: versions of one story often share sentences word for word.
    """
    taken: list[tuple[int, int]] = []  # read by an earlier pass: the later ones skip it
    found = find_dates(text, taken)
    if GROUP_OF_WORDS in text:  # the pattern's fixed words: the regex is only run where they are
        for m in GROUP_OF.finditer(text):
            taken.append(m.span())
            found.append(Found("name", spelling_key(m.group()), -1, *m.span(), m.group()))
    taken.sort()
    in_names: list[tuple[int, int]] = []
    numbers = find_numbers(text, taken, None if _in_capitals(text) else in_names)
    found += numbers
    taken = sorted(taken + [(f.start, f.end) for f in numbers])
    words = _word_tokens(text, taken, in_names)
    found += _names(words, text)
    # "Who", "Us" in a title-case line
    kept = tuple(f for f in found if not (f.key in SHORT_ACRONYMS and not f.text.isupper()))
    return kept, _title_case_words(text, words)
