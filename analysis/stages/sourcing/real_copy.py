"""Cue words that real copy uses for something other than saying: a court's verdict ("found X guilty"). From a spot check on court,
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
    """True when the cue at tokens [first, last) is a verdict rather than a verb of saying."""
    return _verdict(ctx, cue, last, hi)


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
