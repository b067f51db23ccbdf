"""Offline text handling: paragraphs, sentences and word tokens, all with character offsets.

Sentences come from syntok's rules (rule-based, no downloads; handles "Mr.", "U.S.", "Dec. 8"), run by
``syntok_segmenter`` over ``syntok_tokens`` (syntok's tokens and decisions, the same ones, faster). Each
non-empty line is segmented on its own, so a headline without a final period never merges into
the sentence that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Sentence, Span
from . import syntok_segmenter, syntok_tokens
from .tokens import Tokens, tokenize

LINE_RE = re.compile(r"[^\n]+")

# Frequent English function words: a text where almost none of its words are these is not English.
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "it",
        "its",
        "for",
        "on",
        "with",
        "as",
        "at",
        "by",
        "from",
        "but",
        "not",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "which",
        "who",
        "will",
        "would",
        "said",
    ]
)
MIN_WORDS_FOR_LANGUAGE_GUESS = 20
MIN_ENGLISH_SHARE = 0.08
# A "sentence" longer than this (a pasted text with no full stops) is cut at spaces: later stages look at
# word pairs inside a sentence, and an unbounded sentence would make them slow for every user of the app.
MAX_SENTENCE_CHARS = 1_000


def lines(text: str) -> Iterator[Span]:
    """Non-empty lines with their offsets (trailing spaces kept out)."""
    for m in LINE_RE.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in " \t\r\f\v":
            end -= 1
        while start < end and text[start] in " \t\r\f\v\ufeff":
            start += 1
        if start < end:
            yield Span.of(text, start, end)


def _cap_length(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE_CHARS, cut at the last space in the second half of each window."""
    while end - start > MAX_SENTENCE_CHARS:
        window_end = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, window_end)
        if cut <= start:
            cut = window_end
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _segment_line(text: str, line: Span) -> Iterator[tuple[int, int]]:
    """Sentence offsets inside one line (capped in length), from syntok's token offsets."""
    for start, end in _syntok_sentences(text, line):
        yield from _cap_length(text, start, end)


def _syntok_sentences(text: str, line: Span) -> Iterator[tuple[int, int]]:
    try:
        only = syntok_tokens.one_sentence(line.text)
        if only is not None:
            yield line.start + only[0], line.start + only[1]
            return
        found = syntok_segmenter.sentence_offsets(line.text)
        for start, end in found:
            yield line.start + start, line.start + end
        if not found:
            yield line.start, line.end
    except Exception:  # syntok is robust, but a splitter failure must never lose the text
        yield line.start, line.end


def split_sentences(text: str, boilerplate: Iterable[Span] = ()) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` with offsets; ``boilerplate`` spans mark sentences not to score."""
    marked = sorted(boilerplate, key=lambda b: b.start)
    out: list[Sentence] = []
    first_open = 0  # boilerplate spans before this index end before the current sentence
    for paragraph, line in enumerate(lines(text)):
        for start, end in _segment_line(text, line):
            if start >= end:
                continue
            while first_open < len(marked) and marked[first_open].end <= start:
                first_open += 1
            covered = 0
            for b in marked[first_open:]:
                if b.start >= end:
                    break
                covered += max(0, min(end, b.end) - max(start, b.start))
            is_boilerplate = covered > (end - start) / 2
            out.append(Sentence(len(out), start, end, text[start:end], paragraph, is_boilerplate))
    return tuple(out)


def english_share(text: str, tokens: Tokens | None = None) -> tuple[float, int]:
    """Share of words that are common English function words, and how many words were looked at.

    It counts from the article's tokens (built once for every stage), so the guess costs a few set operations.
    """
    tokens = tokens if tokens is not None else tokenize(text)
    count = tokens.words_before[-1]
    if not count:
        return 0.0, 0
    where = tokens.where
    hits = sum(len(where[w]) for w in ENGLISH_FUNCTION_WORDS & where.keys())
    return hits / count, count


def looks_english(text: str, tokens: Tokens | None = None) -> bool:
    """A cheap guess: short texts are given the benefit of the doubt."""
    share, count = english_share(text, tokens)
    return count < MIN_WORDS_FOR_LANGUAGE_GUESS or share >= MIN_ENGLISH_SHARE
