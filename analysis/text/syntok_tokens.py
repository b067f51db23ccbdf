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

from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer

_SPACES = Tokenizer._spaces  # syntok's own whitespace rule (Unicode spaces and the zero-width space)
_REFERENCE = Tokenizer(replace_not_contraction=False)  # the tokenizer segmenter.analyze uses
# A word that syntok's sub-splitting rule cannot touch: ASCII letters and digits, no small letter
# followed by a capital (its "lowercase-uppercase transition" splits "McDonald" into two tokens).
_PLAIN = re.compile(r"[A-Za-z0-9]+")
_TRANSITION = re.compile(r"[a-z][A-Z]")


def _plain(word: str) -> bool:
    return _PLAIN.fullmatch(word) is not None and _TRANSITION.search(word) is None


def tokenize(text: str) -> Iterator[Token]:
    """``Tokenizer(replace_not_contraction=False).tokenize(text)``, token for token."""
    values, spacings, offsets = token_lists(text)
    return map(Token, spacings, values, offsets)


def token_lists(text: str) -> tuple[list[str], list[str], list[int]]:
    """syntok's tokens of ``text`` as three parallel lists: values, the spacing before each, offsets."""
    values: list[str] = []
    spacings: list[str] = []
    offsets: list[int] = []
    value, spacing, at_offset = values.append, spacings.append, offsets.append

    def add(space: str, word: str, at: int) -> None:
        spacing(space)
        value(word)
        at_offset(at)

    offset = 0
    for mo in _SPACES.finditer(text):
        lo, hi = mo.span()
        chunk = mo.group(0)
        if _PLAIN.fullmatch(chunk) is not None and _TRANSITION.search(chunk) is None:  # _plain, inlined
            spacing(text[offset:lo])
            value(chunk)
            at_offset(lo)
            offset = hi
            continue
        start = lo
        while start < hi and not text[start].isalnum():
            start += 1
        if start == hi:
            add(text[offset:lo], chunk, lo)
            offset = hi
            continue
        end = hi
        while not text[end - 1].isalnum():
            end -= 1
        if start > lo:
            add(text[offset:lo], text[lo], lo)
            for at in range(lo + 1, start):
                add("", text[at], at)
            offset = start
        word = text[start:end]
        if _plain(word):
            add(text[offset:start], word, start)
        else:
            for t in _REFERENCE._split_word(text[offset:start], word, start):
                add(t.spacing, t.value, t.offset)
        if text.startswith("...", end, hi):
            add("", "...", end)
            end += 3
        for at in range(end, hi):
            add("", text[at], at)
        offset = hi
    if offset < len(text):
        add(text[offset:], "", len(text))
    return values, spacings, offsets


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
