"""Large, realistic test inputs made from the seeds' own sentences.

A "story" of N distinct facts is made by re-wording seed sentences (swapping content words),
each fact with its own figure; each version then tells a subset of the facts in its own order,
lightly paraphrased (dropped words, number words, spelling variants), like real rewrites.

The swapped-in words follow the make-up of real text: its vocabulary grows with its length
(Heaps' law, V = K n^beta), so besides words every fact repeats, each fact brings a few
words of its own, made up but word-like, while words used before come back in proportion to
how often they were used (common words stay common). A fixed vocabulary would make every
word common in a long story, unlike any real one, and leave the aligner's index of
distinctive terms with nothing to hold.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from links import links_within, predicted_links

from tui.core.model import Document
from tui.core.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[“\"A-Z])")
_WORD = re.compile(r"[A-Za-z]{5,}")
_LETTERS = re.compile(r"[A-Za-z]+")
_PARAPHRASE = {"12": "twelve", "two": "2", "said": "told reporters", "meeting": "talks"}


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for piece in _SPLIT.split(line.strip()):
                if len(piece.split()) >= 6 and piece[-1] in '.!?”"':
                    sentences.append(piece)
    return sentences


HEAPS_K, HEAPS_BETA = 10, 0.55  # a vocabulary of 450 words in 1,000 of text, 3,000 in 32,000
SWAP_SHARE = 0.35  # of a seed sentence's long words, swapped in each fact made of it
_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "t", "v", "z", "br", "dr", "gr",
           "kr", "pl", "st", "tr")  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u")
_CODAS = ("n", "r", "l", "m", "k", "t")  # none an inflection the aligner cuts off


def story(facts: int, rng: random.Random) -> list[str]:
    """`facts` distinct sentences: seed sentences with a third of their long words swapped,
    for words new to the story while its vocabulary is below Heaps' curve, else for words
    used before, drawn in proportion to their use; each with a figure of its own."""
    pool = seed_sentences()
    # Every use of a swapped-in word so far, so that a draw follows the words' frequencies.
    used = sorted({w.lower() for s in pool for w in _WORD.findall(s)})
    seen: set[str] = set()  # the story's vocabulary
    length = 0
    made = []
    for i in range(facts):
        words = pool[i % len(pool)].split()
        for j in range(len(words)):
            core = words[j].strip(",.“”")  # the word, its punctuation kept: it ends sentences
            if _WORD.fullmatch(core) and rng.random() < SWAP_SHARE:
                if len(seen) < HEAPS_K * (length + j + 1) ** HEAPS_BETA:
                    word = _new_word(rng, seen)
                else:
                    word = rng.choice(used)
                used.append(word)
                seen.add(word)
                words[j] = words[j].replace(core, word.capitalize() if core[0].isupper() else word)
        # Real stories give each fact its own figures and dates (here also its known identity).
        words.insert(rng.randrange(1, len(words)), f"in {1000 + 7 * i} cases")
        seen.update(w.lower() for w in _LETTERS.findall(" ".join(words)))
        length += len(words)
        made.append(" ".join(words))
    return made


def _new_word(rng: random.Random, seen: set[str]) -> str:
    """A made-up word the story has not used, of five to seven letters: the aligner cuts
    longer words to seven, which could make two of them one term."""
    while True:
        syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((2, 3)))]
        word = "".join(syllables) + rng.choice(_CODAS)
        if len(word) <= 7 and word not in seen:
            return word


def retell(facts: list[str], rng: random.Random, keep: float = 0.8) -> str:
    """One version: most facts, locally reordered, lightly paraphrased, in paragraphs."""
    chosen = [f for f in facts if rng.random() < keep]
    for i in range(0, len(chosen) - 1, 7):  # swap neighbours now and then
        if rng.random() < 0.5:
            chosen[i], chosen[i + 1] = chosen[i + 1], chosen[i]
    out = []
    for fact in chosen:
        words = [_PARAPHRASE.get(w, w) if rng.random() < 0.5 else w for w in fact.split()]
        if len(words) > 8 and rng.random() < 0.5:
            del words[rng.randrange(1, len(words) - 1)]
        out.append(" ".join(words))
    paragraphs = [" ".join(out[i : i + 3]) for i in range(0, len(out), 3)]
    return "\n\n".join(paragraphs) + "\n"


def make_versions(versions: int, sentences: int, seed: int = 7) -> list[Document]:
    """`versions` documents of `sentences` sentences each (as newsdiff splits them),
    sharing most content."""
    rng = random.Random(seed)
    facts = story(sentences * 2, rng)
    return [
        Document(
            path=f"bench/{i:03}.txt",
            name=f"{i:03}.txt",
            text=_first_sentences(retell(facts, rng), sentences),
            encoding="utf-8",
            label=f"Outlet {i}",
            title="",
            date=None,
        )
        for i in range(versions)
    ]


def _first_sentences(text: str, count: int) -> str:
    split = split_sentences(text)
    return text[: split[min(count, len(split)) - 1].end] + "\n"


def words_versions(versions: int, words: int, seed: int = 7) -> list[Document]:
    """Versions of about `words` words each, cut at a sentence end (the whole-process target)."""
    made = make_versions(versions, words // 10, seed)
    return [d._replace(text=_first_words(d.text, words)) for d in made]


def _first_words(text: str, count: int) -> str:
    total = 0
    for sentence in split_sentences(text):
        total += len(sentence.text.split())
        if total >= count:
            return text[: sentence.end] + "\n"
    return text


_FACT_TAG = re.compile(r"\bin (\d+) cases\b")


def fact_links(comparison) -> tuple[float, float]:
    """Precision and recall of a comparison of made versions against the facts they retell.

    A sentence's fact is known by the figure `story` gave it; sentences holding none or two
    (a paraphrase dropped it, or two facts share a line) are left out. Links are the pairs
    of sentences of different versions telling one fact, as in gold.py."""
    fact = {}
    for version in comparison.versions:
        for sentence in version.sentences:
            tags = _FACT_TAG.findall(sentence.text)
            if len(tags) == 1:
                fact[(version.id, sentence.id)] = tags[0]
    told: dict[str, list[tuple[int, int]]] = {}
    for key, tag in fact.items():
        told.setdefault(tag, []).append(key)
    truth = links_within(told.values())
    predicted = {(a, b) for a, b in predicted_links(comparison) if a in fact and b in fact}
    true = len(truth & predicted)
    return true / max(1, len(predicted)), true / max(1, len(truth))
