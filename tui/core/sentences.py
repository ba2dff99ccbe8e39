"""Sentence segmentation with exact offsets, and boilerplate classification."""

from __future__ import annotations

import re

from tui.core.model import Sentence

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[”\"’)]*(?=\s)|$)", re.M)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences = []
    paragraph = 0
    last_end = 0
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if "\n" in text[last_end:start]:
            paragraph += 1
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph=paragraph))
        last_end = end
    return tuple(sentences)
