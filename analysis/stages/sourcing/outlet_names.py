"""An outlet described, then named in apposition ("according to a local radio station, Amani FM", "The state
broadcaster, KBC, reported"): the name makes it an outlet, not a vague collective like "local media" (helper
s25-h12, African election copy). sources.finished asks here before references are resolved."""

from __future__ import annotations

from .context import ArticleContext, Source
from .vocabulary import CLAUSE_END

NAME_REACH = 6  # tokens of an outlet's name after the comma
NAME_JOINERS = frozenset({"the", "of", "and", "&"})


def named_outlet(ctx: ArticleContext, found: Source | None) -> Source | None:
    """``found`` as the outlet named after it when it is an unnamed outlet's description (an anonymous source on an
    outlet word, singular) followed by ", NAME" and then a comma, the clause's end or a cue; else ``found``."""
    if found is None or found.kind != "anonymous" or found.refers:
        return found
    toks, last = ctx.toks, found.last
    first_name = last + 2 if last + 2 < len(toks) and toks.lows[last + 1] == "the" else last + 1
    if first_name >= len(toks) or toks.texts[last] != "," or not ctx.scan.capitalised(first_name):
        return found
    head = toks.lows[last - 1]
    if head.endswith("s") or head == "media" or not ctx.vocab.is_in(head, ctx.vocab.agency_heads):
        return found  # "local media", "Russian news agencies": no one outlet
    end = first_name
    while end < min(len(toks), first_name + NAME_REACH) and (
        ctx.scan.capitalised(end) or toks.lows[end] in NAME_JOINERS
    ):
        end += 1
    if toks.lows[end - 1] in NAME_JOINERS or not (end >= len(toks) or toks.texts[end] in "," + CLAUSE_END):
        return found
    return Source("agency", ctx.words(first_name, end), "", found.first, end)
