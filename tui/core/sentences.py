"""Sentence segmentation with exact offsets, and boilerplate classification.

A line break always ends a sentence; inside a line, `sentence_ends` finds where one ends.
Boilerplate (bylines, credits, navigation, related links, timestamps, prompts, the page's notices
about itself, press-release directions, numbers and contacts, a bulletin's codes and heading,
glossaries, sign-offs, a foreign mirror's lines in another script) is kept but flagged so it is
shown dimmed and never aligned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from itertools import groupby
from operator import itemgetter

from tui.core.lexicon import alternation, compile_narrow, en
from tui.core.model import Sentence
from tui.core.sentence_ends import CLOSERS, STOPS, Piece, segment_line

# A longer sentence is article prose whatever it starts with.
MAX_BOILERPLATE_WORDS = 40
MAX_BOILERPLATE_CHARS = 400
MAX_HEADLINE_WORDS = 25  # longer unpunctuated lines are prose that lost its full stop, not a link
# Subheads are shorter; a site's inserted related headline is a whole clause.
MIN_INSERTED_HEADLINE_WORDS = 8
# A subhead shares more of its terms with the paragraph it opens.
MAX_INSERTED_HEADLINE_OVERLAP = 0.3
# "Oct 31, 2023 | In The News": a section name beside a date is a few words.
MAX_SECTION_WORDS = 4
# "Attention!" before a banner: a label is a word or two.
MAX_LABEL_WORDS = 2
# A bulletin's heading runs from its code to its time of issue in a few lines: id, urgency, name,
# office; or a part's zones, its event codes and their names.
MAX_BULLETIN_HEADING_LINES = 8
# A text's script is that of this share of its letters at least: a bilingual page has none.
MIN_SCRIPT_SHARE = 0.9
# "Office of the Spokesperson", "U.S. Department of State": an office's name alone on a line.
MAX_NAME_LINE_WORDS = 4
FREQUENT_TERM_SHARE = 0.3  # terms in this share of a story's lines (its topic) prove no continuity

# str.splitlines() boundaries: what the rest of the app counts as line breaks too.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_BOILERPLATE_PATTERNS = en.BOILERPLATE  # tried in this order
# Each kind's pattern is compiled for the first sentence that opens as it may (see
# en.BOILERPLATE_OPENINGS): compiling them all would cost more than most articles' segmenting,
# and most sentences open as no kind.
_OPENINGS = {kind: tuple(openings.split("|")) for kind, openings in en.BOILERPLATE_OPENINGS.items()}
# Kinds a number opens, as a word of its own: "5 comments", "5 min read", "2 hours ago". A
# date or a time ("2023-09-19 04:55") opens none: trying them would compile them for nothing.
_DIGIT_KINDS = frozenset({"comments", "timestamp", "share"})
# The openings by their first character: a sentence's is compared with the few it may be.
_OPENINGS_BY_FIRST = {
    first: tuple(openings)
    for first, openings in groupby(
        sorted({opening for openings in _OPENINGS.values() for opening in openings}),
        key=itemgetter(0),
    )
}
_LEADING = "(-–—"  # what may stand before a kind's opening words, with spaces
# The letters IGNORECASE matches to "i" and "s" that lower() leaves as they are (or lengthens).
_FOLDS = str.maketrans("İıſ", "iis")
_FOLD_LETTER = re.compile("[İıſ]")


def _folded(sentence: str) -> str:
    """The sentence in lowercase as IGNORECASE reads it, for the substring tests before a search.
    (Translated only when it holds such a letter: translating is slow.)"""
    return (sentence.translate(_FOLDS) if _FOLD_LETTER.search(sentence) else sentence).lower()


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _opening(sentence: str) -> str:
    """The sentence's first words past any "(", dashes and spaces, as _OPENINGS writes them."""
    start = 0
    while start < len(sentence) and (sentence[start] in _LEADING or sentence[start].isspace()):
        start += 1
    return _folded(" ".join(sentence[start:].split(None, 3)[:3])) + " "


@cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    # A byline is told by its capitalised names, so case matters there only.
    pattern = _BOILERPLATE_PATTERNS[kind]
    return compile_narrow(pattern if kind == "byline" else f"(?i:{pattern})")


def _pattern_kind(sentence: str) -> str | None:
    """The first kind, in _BOILERPLATE_PATTERNS' order, whose pattern matches the sentence."""
    opening = _opening(sentence)
    digit = opening.partition(" ")[0].isdecimal()
    if not (digit or opening.startswith(_OPENINGS_BY_FIRST.get(opening[0], ()))):
        return None
    for kind, openings in _OPENINGS.items():
        if (opening.startswith(openings) or (digit and kind in _DIGIT_KINDS)) and _matches(
            kind, opening, sentence
        ):
            return kind
    return None


@cache
def _part_pattern(kind: str, index: int) -> re.Pattern[str]:
    return compile_narrow(f"(?i:{en.BOILERPLATE_PARTS[kind][index][1]})")


def _matches(kind: str, opening: str, sentence: str) -> bool:
    """Whether the kind's pattern matches the sentence; for a kind in parts (en.BOILERPLATE_PARTS)
    each part is tried, so compiled, only if the sentence opens as it may."""
    if kind not in en.BOILERPLATE_PARTS:
        return bool(_kind_pattern(kind).match(sentence))
    return any(
        opening.startswith(openings) and _part_pattern(kind, index).match(sentence)
        for index, (openings, _) in enumerate(en.BOILERPLATE_PARTS[kind])
    )


# Notices searched for in every sentence.
_COPYRIGHT_ANYWHERE = re.compile(en.COPYRIGHT_ANYWHERE, re.IGNORECASE)
# A copyright or comment notice, or a glossary entry's definition, takes the rest of its line.
_WHOLE_LINE_KINDS = frozenset({"copyright", "comments", "glossary"})
_CREDIT_ANYWHERE = re.compile(en.CREDIT_ANYWHERE, re.IGNORECASE)
_CAPTION_ANYWHERE = re.compile(en.CAPTION_ANYWHERE)
# Told by their capitalised names or lowercase entries: matched as written, from the start.
_PRODUCTION_CREDIT = compile_narrow(en.PRODUCTION_CREDIT)
_GLOSSARY_ENTRY = compile_narrow(en.GLOSSARY_ENTRY)
_SECTION_MARKS = "|·•"
_DATE_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
    rf"|\d{{1,4}}(?:[-/.]\d{{1,2}}){{1,2}}(?:[-/.]\d{{2,4}})?|\d{{1,4}}{alternation(en.ORDINAL_SUFFIXES)}?"
    rf"|{en.MONTH_WORD}|{en.WEEKDAY_WORD}|[ap]\.?m\.?|{alternation(en.DATE_LINE_WORDS)}"
    rf"|{alternation(en.TIME_ZONES)}|[+-]\d{{2}}:?\d{{2}}|\(?(?:gmt|utc)[+-]\d{{1,2}}\)?",
    re.IGNORECASE,
)
_DATE_ANCHOR = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d:\d\d|\d/\d|{en.MONTH_WORD}\s*\d", re.I)
_DATE_SEPARATORS = compile_narrow(r"[\s,|·–—]+")
_DIGIT = re.compile(r"\d")

_WORD = re.compile(r"[^\W\d_]{3,}")  # shorter words carry no topic
_LETTER = re.compile(r"[^\W\d_]")
# Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese).
_LATIN_BLOCKS = r"\x00-\u024f\u1e00-\u1eff"
_GLOSS = re.compile(r"\([^()]*\)")  # "Xi Jinping (习近平)"
_STOP_STEMS = frozenset(word[:5] for word in en.TOPIC_STOP_WORDS)
_TERMINAL = frozenset(STOPS)


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line of `text` that holds a character, with its offset. (str.splitlines, not a
    pattern: a class of these breaks is one re compiles into a 65,536-entry table.)"""
    start = 0
    for piece in text.splitlines(keepends=True):
        line = piece.rstrip(_LINE_BREAKS)  # the one break that ends it
        if line:
            yield line, start
        start += len(piece)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` with exact offsets, paragraph indexes and boilerplate flags."""
    lines = [segment_line(line, start) for line, start in _lines(text)]
    lines = [pieces for pieces in lines if pieces]
    flags = _classify(text, lines)
    sentences = []
    for paragraph, pieces in enumerate(lines):
        for start, end, _ in pieces:
            sentences.append(
                Sentence(
                    id=len(sentences),
                    start=start,
                    end=end,
                    text=text[start:end],
                    boilerplate=flags[len(sentences)],
                    paragraph=paragraph,
                )
            )
    return tuple(sentences)


def boilerplate_kind(sentence: str) -> str | None:
    """What kind of boilerplate a sentence is on its own, or None for article text."""
    if len(sentence) > MAX_BOILERPLATE_CHARS:
        return None
    words = sentence.split()
    if len(words) > MAX_BOILERPLATE_WORDS:
        return None
    kind = _pattern_kind(sentence)
    if kind:
        return kind
    folded = _folded(sentence)
    if _holds_any(folded, en.COPYRIGHT_WORDS) and _COPYRIGHT_ANYWHERE.search(sentence):
        return "copyright"
    if (
        (_holds_any(folded, en.CREDIT_WORDS) and _CREDIT_ANYWHERE.search(sentence))
        or _CAPTION_ANYWHERE.search(sentence)
        or _PRODUCTION_CREDIT.match(sentence)
    ):
        return "credit"
    if _holds_any(sentence, en.GLOSSARY_DASHES) and _GLOSSARY_ENTRY.match(sentence):
        return "glossary"
    section = _section_line(sentence)
    if _is_date_only(sentence, words) or section == "timestamp":
        return "timestamp"
    if (
        all(w.strip("|·,:").lower() in en.SOCIAL_BUTTONS for w in words)
        or sentence.rstrip(" .!:")[-len(en.LINK_PROMPT) :].lower() == en.LINK_PROMPT
    ):
        return "share"
    if section or _is_breadcrumb(sentence):
        return "navigation"
    return _source_line_kind(sentence)


# The lines a press release, a bulletin or a page prints around its story (en_press), by the kind
# each is told as; each compiled for the first sentence that may be one.
_SOURCE_LINES = {
    "release": f"(?i:{en.RELEASE_LINE})",
    "navigation": f"(?i:{en.SKIP_LINKS})",
    "bulletin": f"(?i:{en.BULLETIN_LINE})",
    "credit": en.IMAGE_CREDIT,
}
_RELEASE_MARKS = "-–—#"  # what opens an end mark: "###", "-30-"
# "ESA image created by …": a credit names its maker within its first words.
MAX_CREDIT_OPENING = 80
# A telephone number has seven digits or more.
MIN_PHONE_DIGITS = 7
# "Dana Whitcombe Goddard Space Flight Center, Greenbelt, Md": a contact's name, office, place.
MAX_CONTACT_WORDS = 10


@cache
def _source_pattern(kind: str) -> re.Pattern[str]:
    return compile_narrow(_SOURCE_LINES[kind])


def _source_line_kind(sentence: str) -> str | None:
    """A line a press release, a bulletin or a page prints around the story, told by its shape:
    the release's number, end mark or contacts, a bulletin's codes, a picture's credit, a skip
    link. Each pattern is tried only on a sentence that opens or reads as it may."""
    head = sentence.lstrip()[:14].lower() or " "
    if (head.startswith(en.RELEASE_OPENINGS) or head[0] in _RELEASE_MARKS) and _source_pattern(
        "release"
    ).match(sentence):
        return "release"
    if head.startswith(en.SKIP_LINK_OPENINGS) and _source_pattern("navigation").match(sentence):
        return "navigation"
    # A bulletin's codes are capitals and figures or open with a slash, its section marks with
    # dots; its request to broadcasters may be in any case.
    if (
        head[0] in "./"
        or head.startswith(en.BULLETIN_OPENINGS)
        or (sentence.isupper() and _DIGIT.search(sentence))
    ) and _source_pattern("bulletin").match(sentence):
        return "bulletin"
    opening = sentence[:MAX_CREDIT_OPENING].lower()
    if (" by " in opening or " courtesy" in opening) and _source_pattern("credit").match(sentence):
        return "credit"
    if _is_contact_line(sentence):
        return "release"
    return None


@cache
def _contact_token() -> re.Pattern[str]:
    return re.compile(en.CONTACT_TOKEN)


def _is_contact_line(sentence: str) -> bool:
    """A press officer's contact, "Lena Marsh Headquarters, Washington 202-555-0143
    lena.marsh@agency.gov": capitalised words (a name, an office, a place) or a label
    ("Media contact:"), then a telephone number or an e-mail address, and no sentence around
    them ("Call police at 555-0100 if you saw it." is one)."""
    line = sentence.rstrip()
    if "@" not in line and (
        (_ends_with_terminal(line) and not line[-2:-1].isdigit()) or not _DIGIT.search(line)
    ):
        return False  # (most sentences: a contact line ends in its number or address)
    tokens = [
        token
        for token in _contact_token().finditer(line)
        if "@" in token[0] or len(_DIGIT.findall(token[0])) >= MIN_PHONE_DIGITS
    ]
    if not tokens:
        return False
    before = line[: tokens[0].start()].split()
    after = line[tokens[-1].end() :].strip()
    return (
        len(before) <= MAX_CONTACT_WORDS
        and all(
            word[0].isupper()
            or word in en.NAME_FILLER
            or word.endswith(":")
            or not any(c.isalpha() for c in word)
            for word in before
        )
        and (after in ("", ".") or not _ends_with_terminal(after))
    )


def _is_date_only(sentence: str, words: list[str]) -> bool:
    if len(words) > 12 or not _DIGIT.search(sentence):
        return False
    tokens = [t for t in _DATE_SEPARATORS.split(sentence) if t]
    # (The tokens first: most lines fail at their first word, before the anchor's long search.)
    return all(_DATE_TOKEN.fullmatch(t) for t in tokens) and bool(_DATE_ANCHOR.search(sentence))


@cache
def _section_separator() -> re.Pattern[str]:
    """Compiled at the first sentence holding a mark: few articles have one."""
    return re.compile(rf"\s+[{_SECTION_MARKS}]\s+")


def _section_line(sentence: str) -> str | None:
    """A line of parts a page sets apart with "|" or "·", each a date, a short label or a
    notice: "Oct 31, 2023 | In The News" (a date and its section: "timestamp"), "NBS News |
    Business", "Balkan Info · Europe · Translated from the French edition" (an outlet, its
    section, an edition: "navigation"). A headline is longer than a label."""
    if not any(mark in sentence for mark in _SECTION_MARKS):
        return None
    parts = _section_separator().split(sentence)
    if len(parts) < 2:
        return None
    dated = [_is_date_only(part, part.split()) for part in parts]
    labels = all(
        is_date
        or (len(part.split()) <= MAX_SECTION_WORDS and not _ends_with_terminal(part))
        or _pattern_kind(part) is not None
        for part, is_date in zip(parts, dated, strict=True)
    )
    if not labels:
        return None
    return "timestamp" if any(dated) else "navigation"


@cache
def _crumb_separator() -> re.Pattern[str]:
    """Compiled at the first sentence with two separators: few articles have one."""
    return re.compile(r"\s[»›>|]\s")


def _is_breadcrumb(sentence: str) -> bool:
    """A trail like `News » World » Asia » Headline`: two or more separators, short crumbs."""
    if "«" in sentence or sum(map(sentence.count, "»›>|")) < 2:
        return False  # French quotes are not a trail
    crumbs = _crumb_separator().split(sentence)
    return len(crumbs) >= 3 and all(len(c.split()) <= 4 for c in crumbs[:-1])


def _classify(text: str, lines: list[list[Piece]]) -> list[bool]:
    """Boilerplate flags for every sentence, in order: sentence kinds, then line context."""
    texts = [[text[s:e] for s, e, _ in pieces] for pieces in lines]
    kinds = [[boilerplate_kind(t) for t in line_texts] for line_texts in texts]
    flags = [
        # A notice of _WHOLE_LINE_KINDS takes the rest of its paragraph with it.
        [True] * len(line_kinds)
        if line_kinds[0] in _WHOLE_LINE_KINDS
        else [
            meta or kind is not None for (_, _, meta), kind in zip(pieces, line_kinds, strict=True)
        ]
        for pieces, line_kinds in zip(lines, kinds, strict=True)
    ]
    _flag_labels(texts, flags)
    _flag_bulletin_headings(texts, kinds, flags)
    _flag_other_script(text, texts, flags)
    _flag_related_blocks(texts, flags)
    _flag_repeated_lines(texts, flags)
    _flag_inserted_headlines(texts, flags)
    _flag_outside_the_story(texts, flags)
    return [flag for line_flags in flags for flag in line_flags]


def _flag_labels(texts: list[list[str]], flags: list[list[bool]]) -> None:
    """ "Attention!" before a banner: a label goes with the chrome it introduces on its line."""
    for line_texts, line_flags in zip(texts, flags, strict=True):
        if not any(line_flags) or all(line_flags):
            continue
        labels = [_is_label(text) for text in line_texts]
        if all(flag or label for flag, label in zip(line_flags, labels, strict=True)):
            line_flags[:] = [True] * len(line_flags)


def _is_label(sentence: str) -> bool:
    return sentence[-1] in "!:" and len(sentence.split()) <= MAX_LABEL_WORDS


def _flag_bulletin_headings(
    texts: list[list[str]], kinds: list[list[str | None]], flags: list[list[bool]]
) -> None:
    """A bulletin's heading, from the code that opens it (a WMO heading, or the zones a part of it
    covers) down to its time of issue: the lines between, in capitals without a stop, are its
    id, name, issuing office and zones ("HLSMIA", "HURRICANE ORLA LOCAL STATEMENT", "NATIONAL
    WEATHER SERVICE MIAMI FL", "MONROE UPPER KEYS-MONROE MIDDLE KEYS-"), filing it as a
    release's number does. An article has no such code, so its headline is never one."""
    for start, line_kinds in enumerate(kinds):
        if line_kinds != ["bulletin"] or not _DIGIT.search(texts[start][0]):
            continue  # the urgency line and the section marks hold no figure
        for here in range(start + 1, min(start + 1 + MAX_BULLETIN_HEADING_LINES, len(texts))):
            if kinds[here][0] == "timestamp":
                for line_flags in flags[start + 1 : here]:
                    line_flags[:] = [True] * len(line_flags)
                break
            line = " ".join(texts[here])
            if not line.isupper() or _ends_with_terminal(line):
                break


def _flag_other_script(text: str, texts: list[list[str]], flags: list[list[bool]]) -> None:
    """In a text written in Latin letters, a line mostly in another script, or in part and no
    sentence, is a foreign mirror's chrome ("English 日本語 中文網", "當前位置: Learning >
    News"): the story's own lines are in its language, and it gives a name in another script
    inside a sentence or as a gloss in brackets ("Godzilla Minus One (ゴジラ-1.0) wins an
    Oscar"). A text in another script, or in two (a bilingual page), has none."""
    if text.isascii() or not _other_letters(1).search(text):
        return
    letters, other = _letter_counts(text)
    if other > (1 - MIN_SCRIPT_SHARE) * letters:
        return
    for line_texts, line_flags in zip(texts, flags, strict=True):
        line = " ".join(line_texts)
        total, other = _letter_counts(line)
        if other and (
            2 * other >= total
            or (
                _other_letters(2).search(_GLOSS.sub("", line))
                and not _ends_with_terminal(line_texts[-1])
            )
        ):
            line_flags[:] = [True] * len(line_flags)


@cache
def _other_letters(run: int) -> re.Pattern[str]:
    """`run` letters in a row of no Latin block (compiled for the first text with a wide one)."""
    return re.compile(rf"[^\W\d_{_LATIN_BLOCKS}]{{{run}}}")


def _letter_counts(text: str) -> tuple[int, int]:
    """How many letters `text` holds, and how many of them are of a script other than Latin."""
    if text.isascii():
        return len(_LETTER.findall(text)), 0
    return len(_LETTER.findall(text)), len(_other_letters(1).findall(text))


def _flag_related_blocks(texts: list[list[str]], flags: list[list[bool]]) -> None:
    """After a "More Stories"/"Related" heading, headline-like lines are links until prose."""
    in_block = False
    for line_texts, line_flags in zip(texts, flags, strict=True):
        if len(line_texts) == 1 and _is_related_heading(line_texts[0]):
            in_block = True
            continue
        in_block = in_block and _is_headline_like(line_texts)
        if in_block:
            line_flags[:] = [True] * len(line_flags)


def _flag_repeated_lines(texts: list[list[str]], flags: list[list[bool]]) -> None:
    """A title printed twice in a row within the story is an image's alt text and caption; above
    the story it is the page's title and the headline, which stay article text."""
    seen_prose = False
    for here in range(1, len(texts)):
        seen_prose = seen_prose or _is_prose(texts[here - 1], flags[here - 1])
        if seen_prose and texts[here] == texts[here - 1] and _is_headline_like(texts[here]):
            flags[here - 1][:] = flags[here][:] = [True]


def _flag_inserted_headlines(texts: list[list[str]], flags: list[list[bool]]) -> None:
    """Related-story headlines a site drops between body paragraphs.

    An unpunctuated clause of MIN_INSERTED_HEADLINE_WORDS or more between two prose paragraphs
    that shares little with the paragraph after it: a subhead introduces what follows, an
    inserted link does not. The article's own headline (its first article line) is never one.
    """
    article = [i for i, f in enumerate(flags) if not all(f)]
    frequent: set[str] | None = None  # computed on the first candidate: most texts have none
    for before, here, after in zip(article, article[1:], article[2:], strict=False):
        line = texts[here]
        if not (
            _is_headline_like(line)
            and not _ends_with_terminal(line[0])
            and len(line[0].split()) >= MIN_INSERTED_HEADLINE_WORDS
            and _is_prose(texts[before], flags[before])
            and _is_prose(texts[after], flags[after])
        ):
            continue
        if frequent is None:
            frequent = _frequent_terms([" ".join(texts[i]) for i in article])
        terms = _terms(line[0]) - frequent
        if not terms:
            continue
        # Only words new since the paragraph before tie a subhead to the paragraph it opens.
        opened = terms & _terms(" ".join(texts[after])) - _terms(" ".join(texts[before]))
        if len(opened) / len(terms) < MAX_INSERTED_HEADLINE_OVERLAP:
            flags[here] = [True] * len(flags[here])


def _flag_outside_the_story(texts: list[list[str]], flags: list[list[bool]]) -> None:
    """Above the story's first paragraph and below its last, an office's or publisher's name on
    its own line is the page's signature, unless it is the headline (the first article line);
    below the last paragraph, after such a notice, titles without a stop are the footer's links.
    """
    prose = [i for i, line in enumerate(texts) if _is_prose(line, flags[i])]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    headline = next(i for i, line_flags in enumerate(flags) if not all(line_flags))
    # Above the story, a paper's name on its own line is its masthead, and a lone word in
    # capitals its section ("BUSINESS"), when an article line after them can head the story
    # (else the line is the headline: "Storm Brings Good News").
    while headline + 1 < first and len(texts[headline]) == 1 and _is_masthead(texts[headline][0]):
        flags[headline] = [True]
        headline = next((i for i in range(headline + 1, first) if not all(flags[i])), first)
    for here in (*range(headline + 1, first), *range(last + 1, len(texts))):
        if len(texts[here]) == 1 and _is_name_line(texts[here][0]):
            flags[here] = [True]
    footer = False
    for here in range(last + 1, len(texts)):
        if footer and _is_headline_like(texts[here]):
            flags[here] = [True]
        footer = footer or all(flags[here])


def _is_masthead(sentence: str) -> bool:
    """ "The Brackenford Courier", "Larkhaven Gazette", "BUSINESS": a few capitalised words
    ending in a paper's head word, or one word in capitals."""
    words = sentence.split()
    if len(words) == 1:
        return len(sentence) > 2 and sentence.isalpha() and sentence.isupper()
    return _is_capitalised_line(sentence, words) and words[-1].lower() in en.NEWS_HEADS


def _is_name_line(sentence: str) -> bool:
    """ "Office of the Spokesperson", "U.S. Department of State", "Press Office": capitalised
    words, maybe joined by "of the", that name an organisation ("of" inside, or its head word
    last), with no stop and no figure."""
    words = sentence.split()
    if not _is_capitalised_line(sentence, words):
        return False
    return "of" in words[1:-1] or words[-1].lower() in en.ORGANISATION_WORDS


def _is_capitalised_line(sentence: str, words: list[str]) -> bool:
    """A few capitalised words (maybe joined by "of the"), with no stop and no figure."""
    return not (
        len(words) > MAX_NAME_LINE_WORDS
        or _ends_with_terminal(sentence)
        or _DIGIT.search(sentence)
        or not all(word[0].isupper() or word in en.NAME_FILLER for word in words)
    )


def _is_related_heading(sentence: str) -> bool:
    """ "More Stories", "Related:", long as it may be: the kind tried first, so no other hides it."""
    return _pattern_kind(sentence) == "related"


def _is_headline_like(line_texts: list[str]) -> bool:
    """One short sentence without a full stop: a title or a link."""
    if len(line_texts) != 1:
        return False
    sentence = line_texts[0].rstrip(CLOSERS)
    return (
        bool(sentence)
        and sentence[-1] not in ".…。"
        and len(sentence.split()) <= MAX_HEADLINE_WORDS
    )


def _is_prose(line_texts: list[str], line_flags: list[bool]) -> bool:
    return not any(line_flags) and _ends_with_terminal(line_texts[-1])


def _ends_with_terminal(sentence: str) -> bool:
    stripped = sentence.rstrip(CLOSERS + " \u00a0\u202f")
    return bool(stripped) and stripped[-1] in _TERMINAL


def _terms(text: str) -> set[str]:
    """Content words, cut to a five-letter stem so official/officials and meet/meets agree."""
    return {w[:5] for w in _WORD.findall(text.lower())} - _STOP_STEMS


def _frequent_terms(paragraphs: list[str]) -> set[str]:
    """The story's topic words: present in so many paragraphs that sharing them proves nothing."""
    counts = Counter(term for paragraph in paragraphs for term in _terms(paragraph))
    floor = max(3, FREQUENT_TERM_SHARE * len(paragraphs))
    return {term for term, count in counts.items() if count >= floor}
