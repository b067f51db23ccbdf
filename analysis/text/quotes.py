"""Quotation marks: where quoted speech starts and ends, so other stages can tell voices apart.

Words inside quotation marks belong to the person quoted, not to the writer: sourcing reads them as
direct quotes, transparency leaves them out of the writer's loaded words and hedges.

Double marks (straight, curly, „ and guillemets) open and close in turn within a line: texts mix them.
Single marks are the norm in British copy (‘…’ and '…'), but the same characters are apostrophes
("Russia’s", "don't", "the parents' meeting"), so a single mark counts only as a pair: an opening mark at
the start of a word (after a space, a bracket, a dash or a double mark) and a closing mark at the end of a
word that is not inside it; a possessive "s'" before another word is an apostrophe unless nothing else
can close the quotation. A single mark after "said:" or opening a paragraph may stay open to the end of the
paragraph (the quote goes on in the next one). A quotation left open at the end of its line runs to the end of the line (a
quote continued in the next paragraph is joined by the sourcing stage, which knows who is speaking).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..model import Span

DOUBLE_MARKS = '"“”«»„'
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"
QUOTE_MARKS = DOUBLE_MARKS + "‘’'"  # every character that can open or close a quotation
_DOUBLE_RE = re.compile(f"[{DOUBLE_MARKS}]")
_SINGLE_RE = re.compile("[‘’']")
_LINE_RE = re.compile(r"[^\n]+")
_OPEN_BEFORE = " \t([{—–-/" + DOUBLE_MARKS


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _double_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _DOUBLE_RE.finditer(text, lo, hi):
        if opened is None:
            opened = mark.start()
        else:
            found.append((opened, mark.end()))
            opened = None
    if opened is not None:
        found.append((opened, hi))
    return found


def _opens(text: str, at: int, lo: int, hi: int) -> bool:
    """A single mark that can open a quotation: at a word start, the next character not a space."""
    if text[at] not in SINGLE_OPENERS:
        return False
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < hi else " "
    return (before in _OPEN_BEFORE) and not after.isspace() and after not in SINGLE_CLOSERS


def _closes(text: str, at: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can close, is probably a possessive) for a single mark at ``at``."""
    if text[at] not in SINGLE_CLOSERS:
        return False, False
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < hi else " "
    if before.isspace() or _is_word_char(after):
        return False, False  # "don't", "Russia's": inside a word
    possessive = before in "sS" and after == " " and at + 2 < hi and text[at + 2].isalpha()
    return True, possessive


def _left_open(text: str, at: int, lo: int, hi: int) -> bool:
    """A single mark that opens a quotation left open to the end of its paragraph, as British copy writes a
    quote that goes on in the next one: right after "said:" or at the start of the paragraph, the paragraph
    ending in a full stop, question or exclamation mark."""
    head = text[lo:at].rstrip()
    return (not head or head.endswith(":")) and text[lo:hi].rstrip()[-1:] in ".!?"


def _single_spans(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted passages outside the double-quoted ones."""

    def inside_double(at: int) -> bool:
        return any(s <= at < e for s, e in taken)

    marks = [m.start() for m in _SINGLE_RE.finditer(text, lo, hi) if not inside_double(m.start())]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        at = marks[i]
        if not _opens(text, at, lo, hi):
            i += 1
            continue
        closer, fallback = None, None
        for j in range(i + 1, len(marks)):
            ok, possessive = _closes(text, marks[j], lo, hi)
            if not ok:
                continue
            if possessive:
                fallback = fallback if fallback is not None else j
                continue
            closer = j
            break
        closer = closer if closer is not None else fallback
        if closer is None:
            if _left_open(text, at, lo, hi):
                found.append((at, hi))
                break
            i += 1
            continue
        found.append((at, marks[closer] + 1))
        i = closer + 1
    return found


def quote_spans(text: str) -> tuple[Span, ...]:
    """Quoted passages, outermost only, quotation marks included, in text order."""
    found: list[Span] = []
    for line in _LINE_RE.finditer(text):
        lo, hi = line.start(), line.end()
        doubles = _double_spans(text, lo, hi)
        singles = _single_spans(text, lo, hi, doubles)
        spans = sorted(doubles + singles)
        outer: list[tuple[int, int]] = []
        for s, e in spans:
            if outer and s < outer[-1][1]:
                continue  # a quotation inside a quotation
            outer.append((s, e))
        found.extend(Span.of(text, s, e) for s, e in outer)
    return tuple(found)


def quote_at(quotes: Sequence[Span], offset: int) -> Span | None:
    """The quoted passage that holds ``offset`` (after its opening mark), or None."""
    i = bisect_right([q.start for q in quotes], offset) - 1
    return quotes[i] if i >= 0 and quotes[i].start < offset < quotes[i].end else None


def quote_inside(quote: Span) -> Span:
    """The words of a quoted passage without its marks and its closing comma."""
    text = quote.text
    start = 1 if text[:1] in QUOTE_MARKS else 0
    end = len(text) - 1 if len(text) > 1 and text[-1] in QUOTE_MARKS else len(text)
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return Span(quote.start + start, quote.start + end, text[start:end])
