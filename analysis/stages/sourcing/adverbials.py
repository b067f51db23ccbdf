"""Adverbials: what stands between a speaker's noun phrase and its cue without being either — adverbs,
auxiliaries, quantifiers ("both"), time phrases ("on Tuesday", "late on Sunday night") and channel phrases
("in a statement") — walked back over from the cue to where the speaker ends."""

from __future__ import annotations

from .context import ArticleContext
from .refinements import comma_closes_phrase
from .vocabulary import AUXILIARIES, NEGATIONS, SUBJECT_QUANTIFIERS, TIME_GLUE


def skip_back(ctx: ArticleContext, k: int, lo: int) -> int:
    """Back from the token before a cue past adverbs, auxiliaries, time phrases ("on Tuesday", "last night")
    and channel phrases ("in a statement"), to where the speaker's noun phrase ends; -1 after a negation."""
    toks = ctx.toks
    while k >= lo:
        low = toks[k].low
        if low in NEGATIONS:
            return -1
        skip = toks[k].tag in ("RB", "MD") or low in AUXILIARIES or low in SUBJECT_QUANTIFIERS
        if skip or (low == "first" and k > lo and toks[k - 1].low == "as"):
            k -= 1
        elif k + 1 in ctx.adjunct_ends and ctx.adjunct_ends[k + 1] >= lo:
            k = ctx.adjunct_ends[k + 1] - 1
        elif low in ctx.vocab.time_words:
            k = _before_time_phrase(ctx, k, lo)
        else:
            break
    return k


def _before_time_phrase(ctx: ArticleContext, k: int, lo: int) -> int:
    """The token before a time phrase that ends at ``k`` ("on Tuesday", "late on Sunday night", "Dec 9")."""
    toks, time_words = ctx.toks, ctx.vocab.time_words
    while k >= lo and (toks[k].low in time_words or toks[k].low in TIME_GLUE or toks[k].text[:1].isdigit()):
        if comma_closes_phrase(ctx, k):
            break  # "X, a coalition of 40 groups, today said": the comma closes the speaker's phrase
        k -= 1
    return k
