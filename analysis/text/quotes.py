"""Quotation marks: where quoted speech starts and ends, so other stages can tell voices apart.

Words inside quotation marks belong to the person quoted, not to the writer: sourcing reads them as
direct quotes, transparency leaves them out of the writer's loaded words and hedges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..model import Span

# Straight and curly double quotes and guillemets. Texts mix them ("…” is common in pasted text), so
# within one line every mark opens or closes in turn; single quotes are left out (’ is an apostrophe).
QUOTE_MARKS = '"“”«»„'
_QUOTE_RE = re.compile(f"[{QUOTE_MARKS}]")
_LINE_RE = re.compile(r"[^\n]+")


def quote_spans(text: str) -> tuple[Span, ...]:
    """Quoted passages, quotation marks included; a mark left open runs to the end of its line."""
    found: list[Span] = []
    for line in _LINE_RE.finditer(text):
        opened: int | None = None
        for mark in _QUOTE_RE.finditer(text, line.start(), line.end()):
            if opened is None:
                opened = mark.start()
            else:
                found.append(Span.of(text, opened, mark.end()))
                opened = None
        if opened is not None:
            found.append(Span.of(text, opened, line.end()))
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
