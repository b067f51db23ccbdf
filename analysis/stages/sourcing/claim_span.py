"""A claim's span without what surrounds it: spaces, commas, the final stop and an unmatched quotation mark."""

from __future__ import annotations

from ...model import Span
from ...text.quotes import QUOTE_MARKS
from .context import ArticleContext


def trimmed(ctx: ArticleContext, start: int, end: int) -> Span | None:
    """A claim without the spaces, commas, final stop and unmatched quotation mark around it."""
    text = ctx.text
    while start < end and text[start] in " ,:;–—-":
        start += 1
    while end > start and text[end - 1] in " .,;:!?":
        end -= 1
    if end > start and text[end - 1] in QUOTE_MARKS and _marks_in(text, start, end) % 2:
        end -= 1
        while end > start and text[end - 1] in " .,;:!?":
            end -= 1
    return Span.of(text, start, end) if end > start else None


def _marks_in(text: str, start: int, end: int) -> int:
    """Quotation marks in text[start:end]; a single mark between two letters or digits is an apostrophe."""
    count = 0
    for i in range(start, end):
        ch = text[i]
        if ch in QUOTE_MARKS:
            apostrophe = ch in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
            count += not apostrophe
    return count
