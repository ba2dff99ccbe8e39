"""Sentence segmentation with exact offsets, and boilerplate classification.

A line break always ends a sentence; inside a line, terminators split unless an abbreviation,
initial, number or quote attribution says otherwise. Boilerplate (bylines, credits, navigation,
related links, timestamps, prompts) is kept but flagged so it is shown dimmed and never aligned.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import groupby
from operator import itemgetter

from tui.core.model import Sentence

# A longer run without a terminator is cut at a space, so later stages stay bounded.
MAX_SENTENCE_CHARS = 2000
# A longer sentence is article prose whatever it starts with.
MAX_BOILERPLATE_WORDS = 40
MAX_BOILERPLATE_CHARS = 400
MAX_HEADLINE_WORDS = 25  # longer unpunctuated lines are prose that lost its full stop, not a link
# Subheads are shorter; a site's inserted related headline is a whole clause.
MIN_INSERTED_HEADLINE_WORDS = 8
# A subhead shares more of its terms with the paragraph it opens.
MAX_INSERTED_HEADLINE_OVERLAP = 0.3
FREQUENT_TERM_SHARE = 0.3  # terms in this share of a story's lines (its topic) prove no continuity

# str.splitlines() boundaries: what the rest of the app counts as line breaks too.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LINE_BREAKS}]+")
_NON_SPACE = re.compile(r"\S")
_SPACE_RUN = re.compile(r"\s+")

_CLOSERS = "\"'”’»›)\\]}」』】〕〉》）］｝"
_OPENERS = "\"'“‘«‹(\\[{「『【〔〈《（［｛"
_OPENER_SET = frozenset(_OPENERS)
_QUOTES = "\"'”’»›」』"
_STRAY = ".,;:!?…”’»›)\\]}」』】〕〉》）］｝"  # what cannot open a sentence
# CJK, Arabic, Urdu and Devanagari stops end a sentence even with no space after them.
_HARD_STOPS = "。！？｡؟۔।॥"
_SOFT_STOPS = ".!?…"
_STOPS = _SOFT_STOPS + _HARD_STOPS
_TERMINATOR = re.compile(
    # The first stop of a run: starting with a character class lets the engine skip to
    # candidates fast, and the lookbehind fails at once inside a run, so runs of dots stay linear.
    rf"[{_STOPS}](?<![{_STOPS}][{_STOPS}])(?:"
    # . ! ? … attached to a word (French puts a space before ! and ?), maybe closed by quotes
    # or brackets (French: a space before »), then a space or the end of the line, but not
    # before a lower-case word or stray punctuation (". ."): cheap here, common in prose.
    rf"(?:(?<=\S[{_SOFT_STOPS}])|(?<=\S[ \u00a0\u202f][!?]))[{_SOFT_STOPS}]*+"
    rf"(?P<close>(?:[{_CLOSERS}]|[ \u00a0\u202f](?=[»›]))*+)(?=\s|\Z)(?!\s++[a-z{_STRAY}])"
    # Or a run holding a hard stop, with any closing quotes or brackets.
    rf"|(?P<hard>(?:(?<=[{_HARD_STOPS}])|[{_SOFT_STOPS}]*+[{_HARD_STOPS}])[{_STOPS}]*+[{_CLOSERS}]*+))"
)
# What follows a candidate terminator: bounded so a long run of symbols costs nothing.
_FOLLOWING = re.compile(r"\s*(?P<lead>[^\w\s]{0,8})(?P<word>\w{0,30})")


@cache
def _attribution() -> re.Pattern[str]:
    """ "Blinken asked" after a quote that ends in ? or !: compiled at the first such quote."""
    return re.compile(
        r"\s*(?:[\w’'.-]+\s+){0,4}?"
        r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|explained|declared|argued|"
        r"noted|insisted|replied|continued|stated|shouted|recalled|warned|stressed|concluded|"
        r"announced|admitted|acknowledged|claimed|cautioned|suggested|urged|remarked)\b",
        re.IGNORECASE,
    )


# " date 2023-09-19 The…": a scraper's metadata token glued before the first sentence.
_METADATA_TOKEN = re.compile(
    r"(?:(?:date|published|updated|posted|modified|time|timestamp)\s*[:=]?\s*)?"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?=\s+(?:[^\W\d_]|[“\"‘«(]))",  # words follow: a lone date and time are one timestamp
    re.IGNORECASE,
)
_BULLET_NUMBER = re.compile(r"\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]|[^\W\d_]")  # U.S, a.m, D.C, the F of John F.

_NEVER_FINAL = frozenset(
    "mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl adm cmdr brig sen rep gov pres rev "
    "hon messrs mme mlle msgr supt insp e.g i.e cf vs v viz".split()
)
_BEFORE_NUMBER = frozenset("no nos nr art vol fig figs p pp ch sec para op tel ext".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# These may end a sentence: split only when a typical sentence opening follows.
_AMBIGUOUS = frozenset(
    "inc co corp ltd llc plc bros jr sr etc al st ste mt ft ave blvd rd dept univ govt est "
    "approx intl natl assn".split()
)
_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My Your This That These Those There "
    "Here But And Or So Yet Still However Meanwhile Also In On At For From To With Without By "
    "After Before When While Since As If Although Though Because Despite During Under Over Then "
    "Now Today Yesterday Earlier Later Last Next Some Many Most All No None One Both Each Such "
    "What Who Why How Where Which According Mr Mrs Ms Dr Updated Published Posted Modified".split()
)

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"


def _boilerplate_patterns() -> dict[str, str]:
    """Sentence openings that mark boilerplate, by kind."""
    agency = (
        r"(?:AFP|AP|Reuters|EFE|dpa|ANSA|Xinhua|Bloomberg|Kyodo|Yonhap|TASS|IANS|PTI|ANI|"
        r"Agencies|agencies|wires|Lusa|Europa Press|KNA|Anadolu)"
    )
    name = r"[A-Z][\w’'.-]*+"
    patterns = {
        # First, so that a sentence it matches is always told "related" (see _is_related_heading).
        "related": r"(?:related|related (?:stories|articles|news|content|coverage|topics)|"
        r"more stories|more news|read more|read also|also read|see also|also see|"
        r"more on this(?: story| topic)?|recommended(?: for you| stories)?|"
        r"you (?:may|might) also (?:like|be interested in)|most read|most popular|trending|"
        r"latest news|latest stories|top stories|more from [\w\s]{1,30}?|further reading|"
        r"also on [\w\s]{1,30}?|what to read next|don[’']t miss|editor[’']s picks?)"
        r"\s*(?:[:|»>–—-].*|\.{3}|…)?\Z",
        "navigation": r"(?:home|homepage|start|accueil|inicio|startseite)\s*[»›>|/]"
        r"|(?:skip to (?:main )?content|menu|search|sign in|log in|register|loading(?:\.{3}|…)?|"
        r"(?:previous|next) (?:article|post|story))\s*\Z",
        # Capitalised names joined by commas or particles (possessive, so no backtracking),
        # then maybe "| Reuters | 19 Sep 2023".
        "byline": rf"(?:[Bb]y|BY|[Pp]or|[Pp]ar)\s+{name}"
        rf"(?:(?:\s*,\s*|\s+)(?:{name}|(?:and|&|de|da|do|dos|van|von|der|den|del|la|le|"
        r"bin|al|el|y|in|for|with)\b))*+(?:\s*[|·•]\s.*|\s*\.?)\s*\Z",
        "credit": r"\(?\s*(?:(?:additional|further)\s+)?"
        r"(?:reporting|writing|editing|edited|compiled|written|reported|translated|translation|"
        r"produced|research|graphics?|illustrations?|photos?|photographs?|pictures?|images?|"
        r"videos?|camera|production|fact-checking)\s+by\b"
        r"|\(?\s*(?:photo|photograph|image|picture|video|credit|illustration|caption|"
        r"photo credit|image source|source)s?\s*:"
        r"|(?:image|photo|media) (?:source|caption)\s*,"
        r"|\(?\s*(?:[-–—]+\s*)?with\s+(?:information|reporting|additional reporting|input|"
        r"inputs|contributions?|files|material|agency reports|agencies|wires|assistance|help)\b"
        r"|our standards\s*:"
        # "With AFP", "(Reuters)", "With Reuters and AP": agencies and names, so case matters.
        rf"|(?-i:\(?\s*(?:[-–—]\s*)?(?:[Ww]ith\s+)?{agency}(?:\s*(?:,|and|&|/)\s*{agency})*"
        r"\s*\)?\.?\s*\Z)"
        rf"|(?-i:\(?\s*[Ww]ith\s+{name}(?:(?:\s*[,&]\s*|\s+and\s+|\s+){name}){{0,3}}"
        r"\s*\)?\.?\s*\Z)",
        "hashtags": r"#\w+(?:[\s,]+#\w+)*\s*\Z",
        "comments": r"(?:leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?\b|"
        r"comments?\s*(?:\(\d+\))?\s*\Z|show comments|view comments|"
        r"join the (?:conversation|discussion)|cancel reply|"
        r"your email address will not be published|required fields are marked|"
        r"this site uses akismet|learn how your comment data is processed|"
        r"you must be logged in to post a comment|log in to (?:comment|reply)|"
        r"be the first to comment)",
        "timestamp": r"(?:published|updated|posted|last updated|last modified|modified|"
        r"first published|created|date)\s*(?:on|at|:|-)?\s*"
        rf"(?:\d|{_MONTH_NAMES}\s|{_WEEKDAYS}\W|today|yesterday)"
        r"|(?:updated\s+)?(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
        r"\s+ago\s*\Z|just now\s*\Z",
        "share": r"(?:share(?:\s+(?:this|on|via|the|article|story|page|it)\b|\s*:|\s*\Z)|"
        r"tweet\s*\Z|subscribe\b(?:\s+(?:to|now|today|for|here|and)\b|\s*\Z)|"
        r"sign up\b.*\bnewsletter|sign up (?:for free|now|here|today)|follow us\b|"
        r"click here\b|download (?:our|the) app|get (?:our|the) (?:app|newsletter)|like us on|"
        r"newsletter\s*(?:sign.?up)?\s*\Z|copy link\s*\Z|print (?:this )?(?:article|page)\s*\Z|"
        r"support (?:our|independent) journalism|listen to (?:this )?(?:article|story)|"
        r"\d+\s+min(?:ute)?s?\s+read\s*\Z|reading time\b|like this\s*:)",
        "copyright": r"(?:©|\(c\)\s|copyright\b|all rights reserved)",
        "advertisement": r"(?:advertisement|advertising|sponsored(?: content)?|ad|"
        r"story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
        r"continue reading(?: below)?|article continues (?:below|after advertisement))\s*\Z",
        "tags": r"(?:tags|topics|categories|filed under|keywords)\s*:",
    }
    return patterns


_BOILERPLATE_PATTERNS = _boilerplate_patterns()

# How a sentence of each kind opens, past any "(", dashes and spaces: lowercase, one space between
# words, at most three words, a final space where the word must end ("a " is not "After"); digits
# open the kinds of _DIGIT_KINDS. Every alternative of a kind's pattern opens with one of these
# (keep them in step: test_sentences checks the kinds found against the patterns' one
# alternation). Compiling the patterns takes ~9 ms, so each kind's is compiled for the first
# sentence that opens as it may, and most sentences of an article open as none.
_OPENINGS = {
    kind: tuple(openings.split("|"))
    for kind, openings in {
        "related": "related|more stories|more news|read more|read also|also read|see also|"
        "also see|more on this|recommended|you may also|you might also|most read|most popular|"
        "trending|latest news|latest stories|top stories|more from|further reading|also on|"
        "what to read|don’t miss|don't miss|editor’s pick|editor's pick",
        "navigation": "home|start|accueil|inicio|skip to|menu|search|sign in|log in|register|"
        "loading|previous|next",
        "byline": "by |por |par ",
        "credit": "additional|further|reporting|writing|editing|edited|compiled|written|reported|"
        "translated|translation|produced|research|graphic|illustration|photo|picture|image|"
        "video|camera|production|fact-checking|credit|caption|source|media|with|our standards|"
        "afp|ap|reuters|efe|dpa|ansa|xinhua|bloomberg|kyodo|yonhap|tass|ians|pti|ani|agencies|"
        "wires|lusa|europa press|kna|anadolu",
        "hashtags": "#",
        "comments": "leave a|post a comment|add a comment|comment |comments |comment(|comments(|"
        "show comments|view comments|join the|cancel reply|your email address|required fields are|"
        "this site uses|learn how your|you must be|log in to|be the first",
        "timestamp": "published|updated|posted|last updated|last modified|modified|"
        "first published|created|date|a |an |just now",
        "share": "share|tweet|subscribe|sign up|follow us|click here|download our|download the|"
        "get our|get the|like us on|like this|newsletter|copy link|print|support our|"
        "support independent|listen to|reading time",
        "copyright": "©|c) |copyright|all rights reserved",
        "advertisement": "advertisement|advertising|sponsored|ad |story continues|"
        "scroll to continue|continue reading|article continues",
        "tags": "tags|topics|categories|filed under|keywords",
    }.items()
}
_DIGIT_KINDS = frozenset({"comments", "timestamp", "share"})  # "5 comments", "5 min read"
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


def _opening(sentence: str) -> str:
    """The sentence's first words past any "(", dashes and spaces, as _OPENINGS writes them."""
    start = 0
    while start < len(sentence) and (sentence[start] in _LEADING or sentence[start].isspace()):
        start += 1
    opening = " ".join(sentence[start:].split(None, 3)[:3])
    if not opening.isascii():  # (a quick test: translating is slow)
        opening = opening.translate(_FOLDS)
    return opening.lower() + " "


@cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    # A byline is told by its capitalised names, so case matters there only.
    pattern = _BOILERPLATE_PATTERNS[kind]
    return re.compile(pattern if kind == "byline" else f"(?i:{pattern})")


def _pattern_kind(sentence: str) -> str | None:
    """The first kind, in _BOILERPLATE_PATTERNS' order, whose pattern matches the sentence."""
    opening = _opening(sentence)
    digit = opening[0].isdecimal()
    if not (digit or opening.startswith(_OPENINGS_BY_FIRST.get(opening[0], ()))):
        return None
    for kind, openings in _OPENINGS.items():
        if (opening.startswith(openings) or (digit and kind in _DIGIT_KINDS)) and _kind_pattern(
            kind
        ).match(sentence):
            return kind
    return None


# Notices searched for in every sentence. Each opens with a lookahead for its first letters: the
# search skips other positions at once instead of trying the alternation at each (twice as fast).
_COPYRIGHT_ANYWHERE = re.compile(
    r"(?=[ar©])(?:all rights reserved|©\s*\d{4}"
    r"|\b(?:rewritten|redistributed)\b.*\bwithout permission)",
    re.IGNORECASE,
)
_WHOLE_LINE_KINDS = frozenset({"copyright", "comments"})
_CREDIT_ANYWHERE = re.compile(
    r"(?=c)\bcontributed (?:reporting )?to this (?:report|story|article)", re.IGNORECASE
)
_SOCIAL = frozenset(
    "facebook twitter x whatsapp linkedin email e-mail mail telegram reddit pinterest print "
    "copy link share tweet messenger flipboard sms threads bluesky".split()
)
_DATE_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,4}(?:[-/.]\d{1,2}){1,2}(?:[-/.]\d{2,4})?|\d{1,4}(?:st|nd|rd|th)?"
    rf"|{_MONTH_NAMES}|{_WEEKDAYS}|[ap]\.?m\.?|at|on|the|of|gmt|utc|bst|cet|cest|est|edt|pst|pdt"
    r"|et|pt|ist|jst|[+-]\d{2}:?\d{2}|\(?(?:gmt|utc)[+-]\d{1,2}\)?",
    re.IGNORECASE,
)
_DATE_ANCHOR = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d:\d\d|\d/\d|{_MONTH_NAMES}\s*\d", re.I)
_DATE_SEPARATORS = re.compile(r"[\s,|·–—]+")
_DIGIT = re.compile(r"\d")

_WORD = re.compile(r"[^\W\d_]{3,}")  # shorter words carry no topic
_STOP_WORDS = (
    "the and for with from that this these those their his her its was were are has have had "
    "been will would can could not but over after before into about than then also said says "
    "who which what when where while there they them she him our out new more"
).split()
_STOP_STEMS = frozenset(word[:5] for word in _STOP_WORDS)
_TERMINAL = frozenset(_STOPS)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` with exact offsets, paragraph indexes and boilerplate flags."""
    lines = [_segment_line(m.group(), m.start()) for m in _LINE.finditer(text)]
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


# A sentence as (start, end, is_metadata_token).
_Piece = tuple[int, int, bool]


def _segment_line(line: str, offset: int) -> list[_Piece]:
    """The sentences of one line, with offsets into the whole text (the line starts at offset)."""
    first = _NON_SPACE.search(line)
    if first is None:
        return []
    start, end = first.start(), len(line.rstrip())
    spans: list[_Piece] = []
    metadata = _METADATA_TOKEN.match(line, start)
    if metadata:
        spans.append((start, metadata.end(), True))
        start = _NON_SPACE.search(line, metadata.end()).start()
    for match in _TERMINATOR.finditer(line, start, end):
        if not _ends_sentence(line, match, start):
            continue
        spans.extend(_capped(line, start, match.end()))
        following = _NON_SPACE.search(line, match.end(), end)
        if following is None:
            break
        start = following.start()
    else:
        spans.extend(_capped(line, start, end))
    return [(offset + s, offset + e, meta) for s, e, meta in spans]


def _capped(line: str, start: int, end: int) -> list[_Piece]:
    """Cut a piece longer than MAX_SENTENCE_CHARS at its last space before the cap."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS + 1
        space = _SPACE_RUN.search(line[start:limit][::-1])  # the window's last space run
        if space is None:  # no space at all: cut at the cap
            pieces.append((start, limit - 1, False))
            start = limit - 1
            continue
        pieces.append((start, limit - space.end(), False))
        start = limit - space.start()
    pieces.append((start, end, False))
    return pieces


def _ends_sentence(line: str, match: re.Match[str], sentence_start: int) -> bool:
    if match["hard"] is not None:
        return True
    lead, word = _FOLLOWING.match(line, match.end()).group("lead", "word")
    if word[:1].islower():
        return False
    if not lead:
        if not word:
            return True
        opens = False
    elif lead[0] in _STRAY:
        return False  # stray punctuation (". .") stays with its sentence
    else:
        opens = not _OPENER_SET.isdisjoint(lead)
    term = line[match.start() : match.start("close")]
    if term != ".":
        # “…?” Blinken asked: after a full stop the writer chose to end, after ? or ! not.
        quoted = not opens and any(c in _QUOTES for c in match["close"])
        return not (quoted and _attribution().match(line, match.end()))
    previous = _previous_word(line, match.start(), sentence_start)
    starts = match.start() - len(previous) == sentence_start
    return _period_ends(previous, word, opens, at_sentence_start=starts)


def _previous_word(line: str, end: int, sentence_start: int) -> str:
    chunk = line[max(sentence_start, end - 40) : end]
    words = chunk.split()
    return words[-1] if words and not chunk[-1].isspace() else ""


def _period_ends(previous: str, word: str, opens: bool, *, at_sentence_start: bool) -> bool:
    """Whether a full stop after `previous`, followed by `word`, ends the sentence."""
    if at_sentence_start and _BULLET_NUMBER.fullmatch(previous):
        return False  # "1. " opening a numbered item
    core = previous.lstrip(_OPENERS)
    key = core.lower()
    if key in _NEVER_FINAL:
        return False
    if (key in _BEFORE_NUMBER or key in _MONTHS) and word[:1].isdigit():
        return False  # No. 5, Sept. 19
    if key in _AMBIGUOUS or key in _MONTHS or _INITIALISM.fullmatch(core):
        return opens or word in _STARTERS
    return True


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
    if _COPYRIGHT_ANYWHERE.search(sentence):
        return "copyright"
    if _CREDIT_ANYWHERE.search(sentence):
        return "credit"
    if _is_date_only(sentence, words):
        return "timestamp"
    if all(w.strip("|·,:").lower() in _SOCIAL for w in words):
        return "share"
    if _is_breadcrumb(sentence):
        return "navigation"
    return None


def _is_date_only(sentence: str, words: list[str]) -> bool:
    if len(words) > 12 or not _DIGIT.search(sentence):
        return False
    tokens = [t for t in _DATE_SEPARATORS.split(sentence) if t]
    return bool(_DATE_ANCHOR.search(sentence)) and all(_DATE_TOKEN.fullmatch(t) for t in tokens)


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


def _classify(text: str, lines: list[list[_Piece]]) -> list[bool]:
    """Boilerplate flags for every sentence, in order: sentence kinds, then line context."""
    texts = [[text[s:e] for s, e, _ in pieces] for pieces in lines]
    kinds = [[boilerplate_kind(t) for t in line_texts] for line_texts in texts]
    flags = [
        # A copyright or comment notice takes the rest of its paragraph with it.
        [True] * len(line_kinds)
        if line_kinds[0] in _WHOLE_LINE_KINDS
        else [
            meta or kind is not None for (_, _, meta), kind in zip(pieces, line_kinds, strict=True)
        ]
        for pieces, line_kinds in zip(lines, kinds, strict=True)
    ]
    _flag_related_blocks(texts, flags)
    _flag_inserted_headlines(texts, flags)
    return [flag for line_flags in flags for flag in line_flags]


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


def _is_related_heading(sentence: str) -> bool:
    """ "More Stories", "Related:", long as it may be: the kind tried first, so no other hides it."""
    return _pattern_kind(sentence) == "related"


def _is_headline_like(line_texts: list[str]) -> bool:
    """One short sentence without a full stop: a title or a link."""
    if len(line_texts) != 1:
        return False
    sentence = line_texts[0].rstrip(_CLOSERS)
    return (
        bool(sentence)
        and sentence[-1] not in ".…。"
        and len(sentence.split()) <= MAX_HEADLINE_WORDS
    )


def _is_prose(line_texts: list[str], line_flags: list[bool]) -> bool:
    return not any(line_flags) and _ends_with_terminal(line_texts[-1])


def _ends_with_terminal(sentence: str) -> bool:
    stripped = sentence.rstrip(_CLOSERS + " \u00a0\u202f")
    return bool(stripped) and stripped[-1] in _TERMINAL


def _terms(text: str) -> set[str]:
    """Content words, cut to a five-letter stem so official/officials and meet/meets agree."""
    return {w[:5] for w in _WORD.findall(text.lower())} - _STOP_STEMS


def _frequent_terms(paragraphs: list[str]) -> set[str]:
    """The story's topic words: present in so many paragraphs that sharing them proves nothing."""
    counts = Counter(term for paragraph in paragraphs for term in _terms(paragraph))
    floor = max(3, FREQUENT_TERM_SHARE * len(paragraphs))
    return {term for term, count in counts.items() if count >= floor}
