"""syntok's word tokens, the same ones, made about three times faster for plain words.

syntok's segmenter reads the tokens of its own ``Tokenizer``; two thirds of its time goes to that
tokenizer, which runs a sub-splitting regex and a chain of generators on every word. Most words of
news copy are plain ASCII letters and digits with at most some punctuation around them; for those
the token is known at once. Any other word (an apostrophe, a hyphen, an inner dot, a capital after a
small letter, any non-ASCII letter) goes to syntok's own code. The tokens, and so the sentences, are
identical (``tests/test_syntok_tokens.py`` compares both on every text the project ships).
``token_lists`` gives them as three parallel lists, what ``syntok_segmenter`` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

import regex
from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer

_SPACES = Tokenizer._spaces  # syntok's own whitespace rule (Unicode spaces and the zero-width space)
_REFERENCE = Tokenizer(replace_not_contraction=False)  # the tokenizer segmenter.analyze uses
# A word that syntok's sub-splitting rule cannot touch: ASCII letters and digits, no small letter
# followed by a capital (its "lowercase-uppercase transition" splits "McDonald" into two tokens).
_TRANSITION = re.compile(r"[a-z][A-Z]")
# syntok's own rule, captured so that a split keeps the chunks (``regex`` is syntok's dependency: same engine)
_CHUNKS = regex.compile(f"({_SPACES.pattern})", _SPACES.flags)


def _plain(word: str) -> bool:
    """ASCII letters and digits only, no small letter before a capital."""
    return word.isascii() and word.isalnum() and not _transition(word)


def tokenize(text: str) -> Iterator[Token]:
    """``Tokenizer(replace_not_contraction=False).tokenize(text)``, token for token."""
    values, spacings, offsets = token_lists(text)
    return map(Token, spacings, values, offsets)


def token_lists(text: str) -> tuple[list[str], list[str], list[int]]:
    """syntok's tokens of ``text`` as three parallel lists: values, the spacing before each, offsets.

    One split (in C) gives every whitespace-separated chunk, the spacing before it and, by running sums,
    its offset; a plain chunk is its own token, so only the other chunks are looked at one by one.
    """
    pieces = _CHUNKS.split(text)  # spacing, chunk, spacing, chunk, ..., the spacing after the last chunk
    chunks, gaps = pieces[1::2], pieces[0::2]
    starts = list(accumulate(map(len, pieces)))[0::2]  # where each chunk starts (and, last, the text's end)
    odd = [
        k
        for k, c in enumerate(chunks)
        if not (c.isascii() and c.isalnum()) or (not c[1:].islower() and _TRANSITION.search(c) is not None)
    ]
    if not odd:
        values, spacings, offsets = chunks, gaps[:-1], starts[:-1]
    else:
        values, spacings, offsets = [], [], []
        done = 0
        for k in odd:
            values += chunks[done:k]
            spacings += gaps[done:k]
            offsets += starts[done:k]
            _split_chunk(text, gaps[k], starts[k], starts[k] + len(chunks[k]), values, spacings, offsets)
            done = k + 1
        values += chunks[done:]
        spacings += gaps[done:-1]
        offsets += starts[done:-1]
    if gaps[-1]:
        values.append("")
        spacings.append(gaps[-1])
        offsets.append(len(text))
    return values, spacings, offsets


def _transition(chunk: str) -> bool:
    """A small letter before a capital: syntok splits there ("McDonald" -> "Mc", "Donald")."""
    return not chunk[1:].islower() and _TRANSITION.search(chunk) is not None


def _split_chunk(
    text: str, gap: str, lo: int, hi: int, values: list[str], spacings: list[str], offsets: list[int]
) -> None:
    """syntok's tokens of the chunk ``text[lo:hi]`` (after ``gap``): marks before and after the word split off
    one by one, "..." kept whole, the word itself split by syntok's own rule unless it is plain."""

    word = text[lo : hi - 1]
    if word and _plain(word) and not text[hi - 1].isalnum():  # the usual case: "said," "Damascus."
        spacings += (gap, "")
        values += (word, text[hi - 1])
        offsets += (lo, hi - 1)
        return

    def add(space: str, word: str, at: int) -> None:
        spacings.append(space)
        values.append(word)
        offsets.append(at)

    start = lo
    while start < hi and not text[start].isalnum():
        start += 1
    if start == hi:
        add(gap, text[lo:hi], lo)
        return
    end = hi
    while not text[end - 1].isalnum():
        end -= 1
    if start > lo:
        add(gap, text[lo], lo)
        for at in range(lo + 1, start):
            add("", text[at], at)
        gap = ""
    word = text[start:end]
    if _plain(word):
        add(gap, word, start)
    else:
        for t in _REFERENCE._split_word(gap, word, start):
            add(t.spacing, t.value, t.offset)
    if text.startswith("...", end, hi):
        add("", "...", end)
        end += 3
    for at in range(end, hi):
        add("", text[at], at)


# Where syntok's segmenter may end a sentence: its terminals and opening brackets (its own sets), and "…".
_TERMINALS = "".join(sorted({c for t in State.terminals for c in t} | {"…"}))
_SPLITTERS = _TERMINALS + "".join(sorted(State.opening_brackets))
_CLOSERS = "".join(sorted(State.closing_brackets | State.closing_quotes))
_ONE_SENTENCE = re.compile(  # no splitter; at most one final terminal, closing marks right after it, spaces
    rf"[^{re.escape(_SPLITTERS)}]*[{re.escape(_TERMINALS)}]?[{re.escape(_CLOSERS)}]*[ \t]*"
)


def one_sentence(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the only sentence syntok can find in a line with no place to end one before its
    last mark (a headline, a one-sentence paragraph), without running the segmenter; None for any other line.
    """
    if _ONE_SENTENCE.fullmatch(text) is None:
        return None
    chunks = [m.span() for m in _SPACES.finditer(text)]
    return (chunks[0][0], chunks[-1][1]) if chunks else None
