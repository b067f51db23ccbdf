"""syntok's sentence segmenter, the same decisions, read off token lists with a cursor.

syntok 1.4.4 (MIT licence, pinned in requirements.txt) segments with a chain of state objects that pop
each token off a queue and ask a dozen properties about the next one; in batch runs that machinery cost
as much as the split itself. This module takes the same rules, in the same order (``_segmentation_states``:
``FirstToken``, ``InnerToken``, ``Terminal``, ``_move_and_maybe_extract_terminal``, the bracket
skipping), over three parallel lists from ``syntok_tokens.token_lists``. Its sentences equal
``segmenter.segment``'s on every shipped text, the benchmark corpus and random lines
(``tests/test_syntok_segmenter.py``); syntok's own segmenter stays the reference those tests use.
"""

from __future__ import annotations

from syntok._segmentation_states import State

from .syntok_tokens import token_lists

# syntok's own word sets, by the names its states use.
OPENING_BRACKETS = State.opening_brackets
CLOSING_BRACKETS = State.closing_brackets
CLOSING_QUOTES = State.closing_quotes
TERMINALS = State.terminals
INNER_PUNCTUATION = State.inner_sentence_punctuation
ROMAN_NUMERALS = State.roman_numerals
MONTHS = State.months
ABBREVIATIONS = State.abbreviations
STARTERS = State.starters
VOWELS = State.vowels
MAX_BRACKET_SKIP = State.max_bracket_skipping_length
MAX_BRACKET_LOOKAHEAD = 50  # tokens syntok reads into a bracket before it gives up on finding its end

_FIRST, _INNER, _TERMINAL, _END = range(4)


def _single_letter_or_roman(token: str) -> bool:
    return len(token) == 1 or token in ROMAN_NUMERALS


class _Cursor:
    """One line's tokens, the position of the next token (``i``) and where the current sentence began (``h``)."""

    __slots__ = ("h", "i", "n", "offsets", "spaced", "values")

    def __init__(self, values: list[str], spaced: list[bool], offsets: list[int]) -> None:
        self.values, self.spaced, self.offsets = values, spaced, offsets
        self.n = len(values)
        self.i = self.h = 0

    def next_value(self) -> str:
        return self.values[self.i] if self.i < self.n else ""

    def last(self) -> str:
        return self.values[self.i - 1] if self.i > self.h else ""

    def move(self) -> bool:
        self.i += 1
        return self.i < self.n

    def bracket_end(self) -> tuple[int, bool]:
        """The closing bracket's distance from the next token (0 if none in reach) and whether the bracketed
        text looks like a sentence (a title-case word first, a terminal after its last word)."""
        values, at, n = self.values, self.i, self.n
        depth, k = 1, 1
        first_is_title: bool | None = None
        last_is_terminal = False
        while at + k < n and k < MAX_BRACKET_LOOKAHEAD:
            value = values[at + k]
            if first_is_title is None and value.isalnum():
                first_is_title = value.istitle()
            elif first_is_title and value.isalnum():
                last_is_terminal = at + k + 1 < n and values[at + k + 1] in TERMINALS
            if value in OPENING_BRACKETS:
                depth += 1
            elif value in CLOSING_BRACKETS:
                depth -= 1
                if depth == 0:
                    break
            k += 1
        return (k if depth == 0 else 0), bool(first_is_title and last_is_terminal)

    def skip_brackets(self) -> bool:
        """Move over a bracketed text that is short or does not look like a sentence."""
        closing, inner_sentence = self.bracket_end()
        if closing > 0:
            t = self.i + closing
            if self.offsets[t] + len(self.values[t]) - self.offsets[self.i] < MAX_BRACKET_SKIP or not inner_sentence:
                self.i = t + 1
                return True
        return False

    def token_after_bracket(self) -> str:
        closing, inner_sentence = self.bracket_end()
        if closing > 0 and not inner_sentence and self.i + closing + 1 < self.n:
            return self.values[self.i + closing + 1]
        return ""

    def token_after_next(self) -> str:
        return self.values[self.i + 1] if self.i + 1 < self.n else ""

    def _post_terminal(self) -> bool:
        value = self.next_value()
        return self.i < self.n and (value in TERMINALS or value in CLOSING_BRACKETS)

    def token_after_terminal(self) -> str:
        """Move past the marks that close a sentence; the most telling token after the terminal."""
        token: str | None = None
        if self.next_value() in OPENING_BRACKETS and self.i < self.n and self.last() not in TERMINALS:
            self.skip_brackets()
        else:
            while self._post_terminal():
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            quote = self.i < self.n and self.values[self.i] in CLOSING_QUOTES and not self.spaced[self.i]
            if quote and self.move() and token is None:
                token = self.last()
            while self._post_terminal():
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            if self.i < self.n and self.values[self.i] in OPENING_BRACKETS:
                token = self.values[self.i]
        if token is None and self.i < self.n:
            token = self.values[self.i]
        return "" if token is None else token

    def split_here(self, first: bool) -> bool:
        """syntok's ``_move_and_maybe_extract_terminal``: after a terminal (or before a bracket), split or not."""
        before = self.last()
        if not (self.i < self.n and self.values[self.i] in OPENING_BRACKETS):
            self.move()
        after = self.token_after_terminal()
        nxt = self.next_value()
        there = self.i < self.n
        no_space = there and not self.spaced[self.i]
        if there and (nxt[:1].islower() or nxt in INNER_PUNCTUATION):
            return False
        if not (first and _single_letter_or_roman(before)) and there and nxt in STARTERS:
            return True
        if before in ABBREVIATIONS and after not in CLOSING_BRACKETS:
            return False
        if before in ("no", "No", "NO") and there and any(c.isnumeric() for c in nxt) and nxt.isalnum():
            return False
        if there and nxt.isnumeric() and no_space:
            return False
        if no_space and (not after.istitle() or not after.isalpha() or len(after) == 1):
            return False
        if there and nxt.isnumeric() and len(nxt) > 2:
            return False
        if before.isnumeric() and there and nxt in MONTHS:
            return False
        if before in MONTHS and there and nxt.isnumeric():
            return False
        if "." in before and after != ".":
            return False
        if (first or before.isupper()) and _single_letter_or_roman(before):
            return False
        if len(before) == 1 and before.isalpha() and before not in VOWELS:
            return False
        if after in OPENING_BRACKETS:
            after_brackets = self.token_after_bracket()
            if after_brackets in INNER_PUNCTUATION:
                return False
            if self.token_after_next().istitle():
                return True
            return not after_brackets[:1].islower()
        return True

    def splits_at(self, value: str) -> bool:
        return value in TERMINALS or value == "("

    def step(self, state: int) -> int:
        """One transition of syntok's state machine from ``state`` (first or inner token of a sentence)."""
        if state == _FIRST:
            if (
                self.i < self.n
                and self.values[self.i] in OPENING_BRACKETS
                and self.skip_brackets()
                and self.i - self.h > 3
                and not (self.i < self.n and self.values[self.i][:1].islower())
            ):
                return _TERMINAL
            if self.i >= self.n:
                return _END
            self.move()
            if self.i < self.n and self.splits_at(self.values[self.i]):
                return _TERMINAL if self.split_here(True) else _FIRST
            return _INNER
        if self.i >= self.n:
            return _END
        # InnerToken: move on (over a bracketed text right after), stop at a terminal or a bracket
        if self.move() and self.values[self.i] in OPENING_BRACKETS:
            self.skip_brackets()
        if self.i < self.n and (self.splits_at(self.values[self.i]) or self.values[self.i] in OPENING_BRACKETS):
            return _TERMINAL if self.split_here(False) else _INNER
        return _INNER


def segment(values: list[str], spaced: list[bool], offsets: list[int]) -> list[tuple[int, int]]:
    """Sentences as (first token, one past the last token), as ``syntok.segmenter.segment`` would yield them."""
    cursor = _Cursor(values, spaced, offsets)
    out: list[tuple[int, int]] = []
    if not values:
        return out
    state = _FIRST
    while True:
        state = cursor.step(state)
        if state in (_TERMINAL, _END):
            if cursor.i > cursor.h and (cursor.i - cursor.h > 1 or values[cursor.h]):
                out.append((cursor.h, cursor.i))
            cursor.h = cursor.i
            if state == _END or cursor.i >= cursor.n:
                return out
            state = _FIRST


def sentence_offsets(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence syntok finds in one line (no blank line inside), from its first word to
    its last: what ``segmenter.analyze`` gives for that paragraph."""
    values, spacings, offsets = token_lists(line)
    out = []
    for first, stop in segment(values, spacings, offsets):
        last = stop - 1
        while first <= last and not values[first]:  # the empty token syntok ends a line's stream with
            first += 1
        while last > first and not values[last]:
            last -= 1
        if first <= last:
            out.append((offsets[first], offsets[last] + len(values[last])))
    return out
