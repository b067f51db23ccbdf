"""A claim's span without what surrounds it: spaces, commas, the final stop and an unmatched quotation mark."""

from __future__ import annotations

from ...model import Span
from ...text.quotes import QUOTE_MARKS
from .context import ArticleContext
from .vocabulary import CLAUSE_END, FINITE_TAGS, MAX_ROLE_TOKENS


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


def past_apposed_role(ctx: ArticleContext, comma: int, hi: int) -> int:
    """The comma that ends a role set off after a named source ("According to X, DCP South District, …",
    "According to X, Assistant Commander of Y, …"), or ``comma`` itself: the claim starts after the role. A role
    holds a title word and no verb ("According to X, Russia, China and Iran back it" keeps its claim)."""
    toks, vocab = ctx.toks, ctx.vocab
    j = comma + 1
    while j < hi and j - comma <= MAX_ROLE_TOKENS and toks[j].text not in "," + CLAUSE_END:
        if toks[j].tag in FINITE_TAGS or toks[j].text in QUOTE_MARKS:
            return comma
        j += 1
    titled = any(vocab.is_in(toks[m].low, vocab.roles) for m in range(comma + 1, j))
    return j if j < hi and toks[j].text == "," and j > comma + 1 and titled else comma


# Words that open a description set off after a document ("According to the complaint, one of 188 the agency
# released, …", "According to the affidavit, filed on Monday, …"): about the document, not what it says.
DESCRIPTION_OPENERS = frozenset(
    {"one", "filed", "dated", "released", "issued", "obtained", "seen", "published", "which"}
)
DESCRIPTION_REACH = 25  # tokens a description set off by commas may run to


def past_apposition(ctx: ArticleContext, comma: int, hi: int, kind: str) -> int:
    """Past a role set off after a named source (``past_apposed_role``) or a description set off after a document
    when a clause with its own verb follows it ("According to the complaint, one of 188 …, the person believes …");
    ``comma`` itself otherwise (helper s25-real, Reuters business copy)."""
    if kind == "named":
        return past_apposed_role(ctx, comma, hi)
    toks = ctx.toks
    if kind != "document" or comma + 2 >= hi or toks[comma + 1].low not in DESCRIPTION_OPENERS:
        return comma
    if toks[comma + 1].low == "one" and toks[comma + 2].low != "of":
        return comma  # "According to the report, one man died": the claim itself
    j = next((k for k in range(comma + 2, min(hi, comma + DESCRIPTION_REACH)) if toks[k].text in "," + CLAUSE_END), hi)
    if j >= hi or toks[j].text != "," or any(toks[k].text in QUOTE_MARKS for k in range(comma + 1, j)):
        return comma
    clause = any(toks[k].tag in FINITE_TAGS for k in range(j + 1, hi))
    return j if clause else comma
