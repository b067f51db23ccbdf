"""Lines that name what an item rests on ("Source: RIA Novosti; X's team on Telegram"): each body or outlet
after the label is a source with the label as its cue and no claim, since the line attributes the whole item."""

from __future__ import annotations

from . import sources
from .context import ArticleContext, CueHit, Source

SEPARATORS = frozenset({";", ","})


def credit_line(ctx: ArticleContext, lo: int, hi: int) -> list[tuple[Source, CueHit]]:
    """The sources of a "Source: X; Y" line (empty when the sentence is no such line); the own outlet is left out."""
    toks = ctx.toks
    if hi - lo < 3 or toks[lo].low not in ctx.vocab.credit_labels or toks[lo + 1].text != ":":
        return []
    cue = CueHit(toks[lo].text + ":", "neutral", lo, lo + 2)
    found, k = [], lo + 2
    while k < hi:
        end = next((j for j in range(k, hi) if toks[j].text in SEPARATORS), hi)
        outlet = [(first, last) for first, last, _ in ctx.agency_hits.within(k, end) if first == k]
        span = outlet[0] if outlet else ctx.scan.after(k, end)  # "Bar and Bench": an outlet's name is whole
        source = sources.checked(ctx, span, toks[span[1] - 1].end) if span else None
        if source is not None and source.kind != "self" and not (source.kind == "agency" and ctx.is_own(source.name)):
            found.append((source, cue))
        k = end + 1
    return found
