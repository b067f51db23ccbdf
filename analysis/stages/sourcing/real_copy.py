"""Cue words that real copy uses for something other than saying: a court's verdict ("found X guilty") and a
forecast's noun ("analyst forecasts of $1.82", "beating Wall Street estimates"). From a spot check on court,
business and health copy (helper sourcing-real2-s24); cues.py asks here before it keeps a cue."""

from __future__ import annotations

from .context import ArticleContext

# What a verdict finds a party to be ("found the two men guilty of fraud", "found the council liable"): a decision
# of a court, not a finding reported as said; "found that the council was liable" stays a finding.
VERDICT_WORDS = frozenset({"guilty", "liable", "innocent"})
# Where a "found" clause ends before any verdict word could belong to it.
VERDICT_STOPS = frozenset({"that", ";", ":", '"', "“", "”", "."})
VERDICT_REACH = 30  # tokens between "found" and the verdict word: a list of named parties with appositions


def not_saying(ctx: ArticleContext, cue: str, first: int, last: int, hi: int) -> bool:
    """True when the cue at tokens [first, last) is a verdict or a forecast's noun rather than a verb of saying."""
    return _verdict(ctx, cue, last, hi) or _forecast_noun(ctx, first, last, hi) or _reminded_of(ctx, cue, last, hi)


def _verdict(ctx: ArticleContext, cue: str, last: int, hi: int) -> bool:
    """ "found PARTY guilty/liable/innocent": the verdict word comes before any finite verb or "that"."""
    if cue != "found":
        return False
    toks = ctx.toks
    for k in range(last, min(hi, last + VERDICT_REACH)):
        if toks[k].low in VERDICT_WORDS:
            return True
        if toks[k].low in VERDICT_STOPS or toks[k].tag in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def _forecast_noun(ctx: ArticleContext, first: int, last: int, hi: int) -> bool:
    """A cue word that is also a document's noun, used as that noun: before "of" ("forecasts of growth") or after
    a gerund that is no cue and a name ("beating Wall Street estimates")."""
    toks = ctx.toks
    word = toks[first].low
    if last - first != 1 or not (
        word in ctx.vocab.documents or (word.endswith("s") and word[:-1] in ctx.vocab.documents)
    ):
        return False  # "estimates", and "forecasts" as the plural of the document "forecast"
    if last < hi and toks[last].low == "of":
        return True
    k = first - 1
    while k >= 0 and ctx.scan.capitalised(k):
        k -= 1
    if k == first - 1 or k < 0 or toks[k].tag != "VBG":
        return False
    return not ctx.cue_hits.within(k, k + 1)


def _reminded_of(ctx: ArticleContext, cue: str, last: int, hi: int) -> bool:
    """ "reminded X of Y" (a memory, or a duty named, not a clause said): "of" comes before any "that" or "to"."""
    if cue != "reminded":
        return False
    for k in range(last, min(hi, last + VERDICT_REACH)):
        if ctx.toks[k].low in ("that", "to") or ctx.toks[k].text in VERDICT_STOPS:
            return False
        if ctx.toks[k].low == "of":
            return True
    return False
