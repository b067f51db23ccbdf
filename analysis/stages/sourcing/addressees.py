"""Where the outlet told ends: "told the Miami Herald emergency workers believe …" (the outlet's name, then the
claim's own subject, no "that"), and "told NBC's "Today" show that …" (a programme's quoted name and its noun).
From US wire copy (helper s25-real); claims.py asks here when it steps past an addressee."""

from __future__ import annotations

from .context import ArticleContext

PROGRAMME_WORDS = frozenset({"show", "programme", "program", "podcast", "broadcast", "series", "bulletin"})


def outlet_end(ctx: ArticleContext, obj: tuple[int, int]) -> int:
    """The end of the addressee phrase ``obj``, cut after an outlet's name that lower-case words follow: a known
    agency, or capitalised words ending in a newspaper's word ("the Miami Herald" of "the Miami Herald emergency
    workers"); ``obj``'s own end otherwise ("told Reuters reporters" stays whole only when no clause follows)."""
    first, last = obj
    toks, words = ctx.toks, ctx.vocab.outlet_words
    for _f, end, _agency in ctx.agency_hits.within(first, last):
        if end < last and _claim_words(ctx, end):
            return end
    for k in range(first + 1, last - 1):
        if toks[k].low in words and ctx.scan.capitalised(k) and _claim_words(ctx, k + 1):
            return k + 1
    return last


def _claim_words(ctx: ArticleContext, k: int) -> bool:
    """Lower-case words at ``k`` that are no part of the outlet's phrase ("the Reuters news agency", "the Herald
    newspaper")."""
    vocab = ctx.vocab
    low = ctx.toks[k].low
    return not ctx.scan.capitalised(k) and low not in vocab.outlet_words and not vocab.is_in(low, vocab.agency_heads)


def past_programme(ctx: ArticleContext, k: int, hi: int) -> int:
    """Past a programme's noun right after its quoted name ('NBC's "Today" show'), else ``k``."""
    return k + 1 if k < hi and ctx.toks[k].low in PROGRAMME_WORDS else k
