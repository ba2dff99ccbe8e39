"""Word tokens with offsets, and the normal forms that alignment and word diffs compare."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tui.core.count_words import zero_counts
from tui.core.lexicon import compile_narrow, en

# A word: letters/digits, with inner apostrophes, dots (U.S.) or decimal points kept; hyphens
# split, so "Vice-President" meets "Vice President" and "US-China" meets "US and China".
# A fraction after a whole number is one word: "6-1/2", "6 1/2" (see `_with_fraction`).
_WORD = compile_narrow(r"(?i:per\s+cent)\b|[13](?<=\d[- ][13])/[24]\b|\w+(?:[’'.,]\w+)*|(?<=\d)%")
# Chinese and Japanese write without spaces: each ideograph or kana is a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A character from the first CJK one on, found by a scan in C: max(text) would make a string
# of each character of every text with a curly quote to compare it.
_FROM_FIRST_CJK = re.compile("[\u3040-\U0010ffff]")
_ASIDE = re.compile(r"\([^()]*\)")


@cache
def _cjk_word() -> re.Pattern[str]:
    """_WORD that also takes each CJK character as a word: for text holding one, compiled then
    (its classes span 28,000 characters: compiling them costs more than tokenising an article)."""
    return re.compile(
        rf"(?i:per\s+cent)\b|[13](?<=\d[- ][13])/[24]\b|[{_CJK}]"
        rf"|[^\W{_CJK}]+(?:[’'.,][^\W{_CJK}]+)*|(?<=\d)%"
    )


# Number words as the digits they stand for, so "twelve" and "12" are one word to a diff.
NUMBER_WORDS = {
    **{
        word: str(value)
        for table in (en.NUMBER_WORDS, en.MULTIPLIERS, en.SCALES)
        for word, value in table.items()
    },
    **en.ORDINALS,
}
# Words as the term alignment compares them by: the thesaurus's and irregular verbs' forms.
SYNONYMS = {
    **{word: base for base, forms in en.IRREGULAR_VERBS.items() for word in forms.split()},
    # Each term stands for itself too: "official" is "officials", not cut to "officia".
    **{term: term for term in en.THESAURUS},
    **{word: term for term, words in en.THESAURUS.items() for word in words.split()},
}
STOP_WORDS = en.STOP_WORDS

_NUMBER_FORMS = frozenset(NUMBER_WORDS.values())
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_PERCENT_FORMS = frozenset(en.PERCENT_FORMS)
PERCENT = "percent"


# Slots, not a NamedTuple: align and wordiff read these fields tens of thousands of times, and
# a slot is read faster. A plain class, as `dataclass(slots=True)` would write it, so the
# `--json` path never imports `dataclasses`.
class Token:
    __slots__ = ("aside", "capitalised", "end", "norm", "start", "surface")

    def __init__(
        self, start: int, end: int, surface: str, norm: str, capitalised: bool, aside: bool
    ) -> None:
        self.start = start  # offsets into the text the token was found in
        self.end = end
        self.surface = surface
        self.norm = norm  # compared by word diffs: lowercase, straight quotes, numbers as digits
        self.capitalised = capitalised  # starts upper-case (a name, or a sentence's first word)
        self.aside = aside  # inside brackets: "Bali (Indonesia)", "APEC (Asia-Pacific …)"


@lru_cache(maxsize=1 << 16)
def normal_form(word: str) -> str:
    word = (word if word.isascii() else word.translate(_QUOTES)).lower()
    if " ".join(word.split()) in _PERCENT_FORMS:
        return PERCENT
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(",", "") if word.replace(",", "").isdigit() else word
    if word[-1] in _FRACTION_SIGNS and _whole(word[:-1]):  # "6½" is "6.5"
        return f"{int(word[:-1]) + _FRACTION_SIGNS[word[-1]]:g}"
    return NUMBER_WORDS.get(word, word)


_FRACTION_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of `text`; offsets are shifted by `offset` (the text's start in its version)."""
    found = []
    words = _WORD if text.isascii() or not _FROM_FIRST_CJK.search(text) else _cjk_word()
    # Bracketed spans in order, walked beside the words: (start, end) of the next one ahead.
    asides = _ASIDE.finditer(text) if "(" in text else iter(())
    bracket = next(asides, None)
    for match in words.finditer(text):
        word = match.group()
        at = match.start()
        while bracket is not None and bracket.end() <= at:
            bracket = next(asides, None)
        aside = bracket is not None and bracket.start() < at
        start = at + offset
        found.append(
            Token(start, start + len(word), word, normal_form(word), word[0].isupper(), aside)
        )
    return found


def shifted(found: list[Token], by: int) -> list[Token]:
    """The same tokens `by` characters further on: a sentence met again elsewhere, not
    tokenised again."""
    return [
        Token(t.start + by, t.end + by, t.surface, t.norm, t.capitalised, t.aside) for t in found
    ]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A term for alignment: British spelling read as American, equivalents merged,
    inflections cut, long words truncated so 'relationship'/'relations' and
    'responsibly'/'responsible' meet."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if not word.isalpha():
        return word
    word = american(word)
    if word in _NOT_ACTS:  # "situation": no act of "situate", so no -ation cut
        return word[:STEM_LENGTH]
    cut = ""
    for suffix, replacement in _SUFFIXES_BY_LAST.get(word[-1], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            cut = suffix
            break
    if word in SYNONYMS:
        return SYNONYMS[word]
    # A verb's -ed and -ing forms meet its others: the consonant the ending doubled is one
    # ("winning", "planned": "win", "plan"), and a short stem gets back the "e" the ending took
    # ("striking", "saved": "strike", "save"); "hoping" meets "hope", "hopping" meets "hop".
    if cut in _VERB_ENDINGS:
        if len(word) > 3 and _DOUBLED.search(word) and word not in _DOUBLED_BASES:
            word = word[:-1]
        elif _SHORT.fullmatch(word):
            word += "e"
    return SYNONYMS.get(word, word[:STEM_LENGTH])


STEM_LENGTH = 7
# en.SUFFIXES in their order, by their last letter: a word is tried against the few it may end in.
_SUFFIXES_BY_LAST = {
    last: [(suffix, cut) for suffix, cut in en.SUFFIXES if suffix[-1] == last]
    for last in {suffix[-1] for suffix, _ in en.SUFFIXES}
}
_NOT_ACTS = en.NOT_ACTS
_VERB_ENDINGS = frozenset({"ed", "ing", "ings", "edly"})
# One vowel between consonants, the last no w, x or y: "strik", "hop", "plan".
_SHORT = re.compile(r"[^aeiouy]*[aeiouy][^aeiouwxy]")
# A consonant doubled before -ed or -ing: "winn", "stopp", "occurr" (but "kill", "pass", "buzz",
# "staff", whose base ends so, and "add" of "adding").
_DOUBLED = re.compile(r"([^aeiouylszf])\1$")
_DOUBLED_BASES = en.DOUBLED_BASES


def american(word: str) -> str:
    """A lowercase word in American spelling: "centre", "labour", "organised" and "travelled"
    as "center", "labor", "organized" and "traveled", one word to a reader on either side of
    the Atlantic (en.AMERICAN_ENDINGS, en.AMERICAN_SPELLINGS)."""
    if word in _AMERICAN_SPELLINGS:
        return _AMERICAN_SPELLINGS[word]
    if word in _SPELLING_KEPT:
        return word
    # Most words end in none of the endings: str.endswith tells it at once, where a pattern
    # per rule would cost more than all the rest of stem().
    if not word.endswith(_BRITISH_TAILS):
        return word
    for british, american_form, tails, before in _AMERICAN_ENDINGS:
        if word.endswith(tails):
            for tail in tails:
                if word.endswith(tail):
                    start = len(word) - len(tail)
                    if before.search(word, 0, start):
                        word = word[:start] + american_form + tail[len(british) :]
                    break
    return word


_AMERICAN_SPELLINGS = en.AMERICAN_SPELLINGS
_SPELLING_KEPT = en.SPELLING_KEPT
# (British, American, the British ending with each thing that may follow, longest first, and a
# pattern of what must come before it.)
_AMERICAN_ENDINGS = tuple(
    (
        british,
        american_form,
        tuple(sorted((british + after for after in following), key=len, reverse=True)),
        re.compile(f"(?:{before})$"),
    )
    for british, american_form, following, before in en.AMERICAN_ENDINGS
)
_BRITISH_TAILS = tuple(tail for _, _, tails, _ in _AMERICAN_ENDINGS for tail in tails)


Term = tuple[str, bool, bool]  # (stem, is_name, in_background)


def content_terms(sentence_tokens: list[Token]) -> list[Term]:
    """The terms alignment scores: stop words dropped, 'United States' as 'us', 'Group of 20'
    and 'G-20' as 'g20', 'did not attend' as 'absent'. Each term says whether it is a name and
    whether it is background, which weighs less: it stands in a clause giving context
    ('after…', 'following…'), where two reports of different news can share what they give,
    or in brackets, an aside ('Bali (Indonesia)') that one report adds and another leaves out."""
    terms: list[Term] = []
    norms = [token.norm for token in sentence_tokens]
    background = False
    attribution = _attribution_start(sentence_tokens, norms)
    zeros = zero_counts(norms)
    skip = 0
    for i, token in enumerate(sentence_tokens):
        if skip:
            skip -= 1
            continue
        norm = norms[i]
        background = background or norm in _BACKGROUND_MARKERS or i == attribution
        in_background = background or token.aside
        if i in zeros:  # "no injuries", "no one was killed": a count of none (`zero_counts`)
            if zeros[i]:
                terms.append((zeros[i], False, in_background))
            continue
        term = _own_term(token.surface)
        if term == "":
            continue  # a stop word
        if term is None:  # its neighbours may change it
            if norm in _JOINED_NAME_STARTS:
                joined, skip = _joined_name(norm, norms[i + 1 : i + 3])
                if joined:
                    terms.append((joined, True, in_background))
                    continue
            if norm in STOP_WORDS and not (token.surface.isupper() and len(norm) > 1):
                continue
            # (Cheap tests first: an initial is one letter, and "one" reads "1".)
            if (len(token.surface) == 1 and _middle_initial(sentence_tokens, i)) or (
                norm == "1" and _pronoun_one(sentence_tokens, norms, i)
            ):
                continue
            if (
                token.surface in _BEFORE_FIGURE
                and i + 1 < len(sentence_tokens)
                and is_figure(norms[i + 1])
            ):
                terms.append((stem(_BEFORE_FIGURE[token.surface]), False, in_background))
                continue
            if is_figure(norm):
                if _DIGIT_ORDINAL.fullmatch(token.surface.lower()):
                    norm = norm[:-2]
                spelled, skip = (
                    spelled_number(sentence_tokens, i) if token.surface.isalpha() else (None, 0)
                )
                if spelled:
                    terms.append((spelled, False, in_background))
                    continue
                whole, taken = _with_fraction(sentence_tokens, i)
                if whole:
                    figure, scaled = _scaled(whole, sentence_tokens[i + taken + 1 : i + taken + 3])
                    terms.append((figure or whole, False, in_background))
                    skip = taken + scaled
                    continue
                following = sentence_tokens[i + 1 : i + 3]
                if following and _tens_and_units(token, following[0]):
                    terms.append((str(int(norm) + int(norms[i + 1])), False, in_background))
                    skip = 1
                    continue
                figure, skip = _scaled(norm, following)
                if figure:
                    terms.append((figure, False, in_background))
                    continue
                if following and _pair_of_numbers(token, following[0]):
                    terms.append((f"{norm}-{norms[i + 1]}", False, in_background))
                    skip = 1
                    continue
                glued = _GLUED_UNIT.fullmatch(norm)
                if glued:  # "200km": the figure and its unit, as "200 km" gives them
                    terms.append((glued[1], False, in_background))
                    terms.append((stem(glued[2]), False, in_background))
                    continue
            term = stem(norm)
        is_name = token.capitalised and i > 0 and norm not in _NUMBER_FORMS
        if term in _NEGATED_TERMS and _NEGATIONS.intersection(norms[max(0, i - 2) : i]):
            term = _NEGATED_TERMS[term]
        terms.append((term, is_name, in_background))
    return terms


@lru_cache(maxsize=1 << 16)
def _own_term(word: str) -> str | None:
    """The term `word` gives in any sentence, "" for a stop word, or None for a word whose
    term its neighbours may change (`content_terms`: a figure or a number word, an initial,
    "one", a joined name's first word): most words give their own, read once, not at each use."""
    norm = normal_form(word)
    if norm in _JOINED_NAME_STARTS:
        return None
    if norm in STOP_WORDS and not (word.isupper() and len(norm) > 1):
        return ""
    if len(word) == 1 or norm == "1" or word in _BEFORE_FIGURE or is_figure(norm):
        return None
    return stem(norm)


def _middle_initial(sentence_tokens: list[Token], i: int) -> bool:
    """Whether the one-character token at `i` is a name's middle initial ("Antony J. Blinken",
    "Joseph R. Biden"): how one outlet writes a name, which others write without it, and no
    fact."""
    token = sentence_tokens[i]
    return (
        token.surface.isupper()
        and 0 < i < len(sentence_tokens) - 1
        and sentence_tokens[i - 1].capitalised
        and sentence_tokens[i + 1].capitalised
        and sentence_tokens[i + 1].start == token.end + 2  # "J. Blinken": a stop, a space
    )


def _pronoun_one(sentence_tokens: list[Token], norms: list[str], i: int) -> bool:
    """Whether the token at `i` is "one" standing for a thing named before, no count: "one of
    magnitude 4.7", "one of the injured"."""
    return (
        sentence_tokens[i].surface.lower() == "one" and i + 1 < len(norms) and norms[i + 1] == "of"
    )


def clauses(sentence_tokens: list[Token], text: str, offset: int = 0) -> list[set[str]]:
    """The terms of each clause of a sentence: its words between commas, semicolons, colons,
    dashes and brackets, a clause of fewer than MIN_CLAUSE terms joined to the one before
    ("…southwest of Anchorage, Alaska, occurred…"). `text` holds the tokens at their offsets
    less `offset`."""
    found: list[set[str]] = []
    start = 0
    for i in range(1, len(sentence_tokens) + 1):
        if i < len(sentence_tokens):
            gap = text[sentence_tokens[i - 1].end - offset : sentence_tokens[i].start - offset]
            if not _CLAUSE_BREAK.intersection(gap):
                continue
        terms = {term for term, _, _ in content_terms(sentence_tokens[start:i])}
        if found and len(terms) < MIN_CLAUSE:
            found[-1] |= terms
        elif terms:
            found.append(terms)
        start = i
    if len(found) > 1 and len(found[0]) < MIN_CLAUSE:
        first = found.pop(0)
        found[0] |= first
    return found


MIN_CLAUSE = 4  # terms
# A day or a minute written as an ordinal is its number: "March 23rd" is "March 23", and "in
# the 23rd minute" is "after 23 minutes". (Ranks spelled out, "third", stay ranks.)
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_CLAUSE_BREAK = frozenset(",;:()–—")


def _attribution_start(sentence_tokens: list[Token], norms: list[str]) -> int | None:
    """Where a closing attribution starts ("…, regional governor Stoyan Zhelev told reporters
    at the scene.", "…,” said spokesperson Matthew Miller."): the words after the last break
    (a comma, a quote, a dash: more than a space between two words), when they are few and hold
    a speech verb. Who said it is not what happened, and reports of different news share it."""
    if _ATTRIBUTION_VERBS.isdisjoint(norms[-MAX_ATTRIBUTION:]):
        return None  # (most sentences: no speech verb among their last words)
    for i in range(
        len(sentence_tokens) - 1, max(0, len(sentence_tokens) - MAX_ATTRIBUTION) - 1, -1
    ):
        if i == 0:
            return None
        before, token = sentence_tokens[i - 1], sentence_tokens[i]
        if token.start - before.end > 1 and "." not in before.surface:  # "U.S. officials"
            return i if _ATTRIBUTION_VERBS.intersection(norms[i:]) else None
    return None


MAX_ATTRIBUTION = 12  # words

# Read for every word of every sentence: bound here, not looked up in the lexicon each time.
_ATTRIBUTION_VERBS = frozenset((*en.SPEECH_VERBS, "according"))
_BACKGROUND_MARKERS = en.BACKGROUND_MARKERS
_NEGATIONS = en.NEGATIONS
_NEGATED_TERMS = en.NEGATED_TERMS
_BEFORE_FIGURE = en.BEFORE_FIGURE
_JOINED = {tuple(name.split()): term for name, term in en.JOINED_NAMES.items()}
_JOINED_NAME_STARTS = frozenset({*(first for first, _ in _JOINED), en.GROUP_OF[0], "g"})


def _joined_name(norm: str, following: list[str]) -> tuple[str | None, int]:
    """A name written as several words, as one term, and how many words it takes after `norm`:
    'United States' as 'us', 'Group of 20' and 'G-20' (hyphens split words) as 'g20'."""
    if following and (norm, following[0]) in _JOINED:
        return _JOINED[norm, following[0]], 1
    if (norm, *following[:1]) == en.GROUP_OF and len(following) == 2:
        number, taken = following[1], 2
    elif norm == "g" and following:
        number, taken = following[0], 1
    else:
        return None, 0
    return ("g" + number, taken) if number in en.GROUP_NUMBERS else (None, 0)


def is_figure(term: str) -> bool:
    return term[0].isdigit()


def _pair_of_numbers(first: Token, second: Token) -> bool:
    """Two numbers in digits one character apart ("4-2", "3–3", "18/19"): a score, a range or
    a date, one figure; apart, "3-3" would be one "3", shared with every other three. A number
    word after a figure is no second number: "2.3 billion" is one figure (see `_scaled`)."""
    return second.start == first.end + 1 and second.surface[0].isdigit()


def _with_fraction(sentence_tokens: list[Token], i: int) -> tuple[str | None, int]:
    """A whole number and the fraction after it as one figure ("six and a half", "6-1/2" and
    "6 1/2" as "6.5"; "two and three quarters" as "2.75"), and how many words after the first
    it takes: apart, "6", "1" and "2" would each meet every other, and "six and a half years"
    would not meet "6-1/2 years"."""
    whole = sentence_tokens[i]
    after = sentence_tokens[i + 1 : i + 4]
    if not after or (after[0].norm != "and" and after[0].norm not in _WRITTEN_FRACTIONS):
        return None, 0  # (most figures)
    if not _whole(whole.norm):
        return None, 0
    words = tuple(t.norm for t in after)
    part = _SPELLED_FRACTIONS.get(words[1:3]) if words[0] == "and" and len(words) == 3 else None
    if part is not None:
        return f"{int(whole.norm) + part:g}", 3
    part = _WRITTEN_FRACTIONS.get(words[0])
    if part is not None and after[0].start == whole.end + 1:  # "6-1/2", "6 1/2"
        return f"{int(whole.norm) + part:g}", 1
    return None, 0


def _whole(word: str) -> bool:
    """A whole number int() reads: decimal digits ("²" is a digit it does not read), and not so
    many that it refuses them (hostile text may hold thousands)."""
    return word.isdecimal() and len(word) <= MAX_WHOLE_DIGITS


MAX_WHOLE_DIGITS = 15
_SPELLED_FRACTIONS = {("a", "half"): 0.5, ("a", "quarter"): 0.25, ("3", "quarters"): 0.75}
_WRITTEN_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}


def _tens_and_units(first: Token, second: Token) -> bool:
    """A number written in words as tens and units ("Twenty-one", "forty two"): one figure,
    21 as another outlet writes it; apart, "20" and "1" would each meet every other."""
    return (
        second.start - first.end <= 1
        and first.norm in _TENS
        and second.norm in _UNITS
        and first.surface.isalpha()
        and second.surface.isalpha()
    )


def spelled_number(sentence_tokens: list[Token], i: int) -> tuple[str | None, int]:
    """A number written in words with a hundred or a thousand ("one hundred and thirty-five",
    "Two thousand employees"), with a scale after it if any ("two hundred million"): one
    figure, 135 or 2000 as another outlet writes it in digits; apart, "1", "100" and "35"
    would each meet every other one, hundred and thirty-five. And how many words after the
    first it takes."""
    total = current = 0
    multiplied = False
    end = i  # the last word of the number
    for j in range(i, len(sentence_tokens)):
        token = sentence_tokens[j]
        if j > i and token.start - sentence_tokens[j - 1].end > 1:
            break
        word = token.surface.lower()
        if word == "and" and multiplied and j > i:
            continue  # "one hundred and thirty-five": read on, if a number follows
        value = _SPELLED_VALUES.get(word) if token.surface.isalpha() else None
        if value is None:
            break
        if word in en.MULTIPLIERS:
            current = max(current, 1) * value
            multiplied = True
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
        end = j
    if not multiplied or end == i:
        return None, 0
    figure, scaled = _scaled(str(total + current), sentence_tokens[end + 1 : end + 3])
    return figure or str(total + current), end - i + scaled


_SPELLED_VALUES = {**en.NUMBER_WORDS, **en.MULTIPLIERS}
_TENS = frozenset(str(value) for value in en.NUMBER_WORDS.values() if value >= 20)
_UNITS = frozenset(str(value) for value in en.NUMBER_WORDS.values() if 0 < value < 10)


def _scaled(norm: str, following: list[Token]) -> tuple[str | None, int]:
    """A figure with its scale as one term, in digits, and how many words after it the scale
    takes: "$2.3bn", "$2.3 billion", "2.3 billion dollars" and "2,300 million" all as
    "2300000000", "1.5 million" as "1,500,000" is written. Apart, "2.3" and "billion" would
    each meet every other 2.3 and billion, and "1.5 million" would not meet "1,500,000"."""
    glued = _GLUED_SCALE.fullmatch(norm)
    if glued:
        figure, taken = _in_digits(glued[1], _GLUED_SCALES[glued[2]]), 0
    else:
        scale = _SCALE_WORDS.get(following[0].surface.lower()) if following else None
        if not scale:
            return None, 0
        figure, taken = _in_digits(norm, scale), 1
    # A currency written out after a sum is its "$" or "£", which is no word: it goes too.
    if len(following) > taken and following[taken].norm in _CURRENCIES:
        taken += 1
    return figure, taken


def _in_digits(number: str, scale: str) -> str:
    """`number` times its scale, in digits: "2.3" billion as "2300000000". Shifted as text, not
    multiplied: exact, and bounded for any run of digits."""
    whole, _, fraction = number.replace(",", "").partition(".")
    digits = (whole + fraction).lstrip("0")
    if not digits:
        return "0"
    zeros = _SCALE_ZEROS[scale] - len(fraction)
    return digits + "0" * zeros if zeros >= 0 else f"{digits[:zeros] or '0'}.{digits[zeros:]}"


_SCALE_ZEROS = {scale: len(str(value)) - 1 for scale, value in en.SCALES.items()}
_CURRENCIES = en.CURRENCIES
_SCALE_WORDS = {**{scale: scale for scale in en.SCALES}, **en.SCALE_ABBREVIATIONS}
_GLUED_SCALES = {**_SCALE_WORDS, **en.GLUED_SCALE_ABBREVIATIONS}
_GLUED_UNIT = re.compile(rf"(\d+(?:\.\d+)?)({'|'.join(en.GLUED_UNITS)})")
_GLUED_SCALE = re.compile(rf"(\d+(?:\.\d+)?)({'|'.join(_GLUED_SCALES)})")
