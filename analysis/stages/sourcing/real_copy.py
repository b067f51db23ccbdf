"""Cue words that real copy uses for something other than saying: a court's verdict ("found X guilty") and a
forecast's noun ("analyst forecasts of $1.82", "beating Wall Street estimates"), crews who "responded to the scene"
and a rate's "per". From spot checks on court, business, health and disaster copy (helpers sourcing-real2-s24,
s25-real); cues.py asks here before it keeps a cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...text.tokens import Tokens
    from .context import ArticleContext

# What a verdict finds a party to be ("found the two men guilty of fraud", "found the council liable"): a decision
# of a court, not a finding reported as said; "found that the council was liable" stays a finding.
VERDICT_WORDS = frozenset({"guilty", "liable", "innocent"})
# Where a "found" clause ends before any verdict word could belong to it.
VERDICT_STOPS = frozenset({"that", ";", ":", '"', "“", "”", "."})
VERDICT_REACH = 30  # tokens between "found" and the verdict word: a list of named parties with appositions


def not_saying(ctx: ArticleContext, cue: str, first: int, last: int, hi: int) -> bool:
    """True when the cue at tokens [first, last) is a verdict or a forecast's noun rather than a verb of saying."""
    return (
        _verdict(ctx, cue, last, hi)
        or _forecast_noun(ctx, first, last, hi)
        or _reminded_of(ctx, cue, last, hi)
        or _responded_to_scene(ctx, cue, last, hi)
        or _heard_not_by_a_court(ctx, cue, first)
        or (last - first == 1 and bare_per(ctx.toks, first))
    )


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


COURT_WORDS = frozenset({"court", "inquest", "tribunal", "jury", "hearing", "trial", "inquiry"})
HEARD_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "also", "then", "earlier", "previously"})


def _heard_not_by_a_court(ctx: ArticleContext, cue: str, first: int) -> bool:
    """ "heard" is a cue only after a court's word ("…, York Crown Court heard", "the inquest has heard that …");
    "Police heard screams", "residents heard a blast" report a sound."""
    if cue != "heard":
        return False
    k = first - 1
    while k >= 0 and ctx.toks[k].low in HEARD_AUXILIARIES:
        k -= 1
    return k < 0 or ctx.toks[k].low not in COURT_WORDS


SCENE_REACH = 4  # tokens after "to" within which the scene's noun stands ("to the scene", "to a house fire")
SCENE_STOPS = frozenset({"that", "of", "about", "over", ",", ";", ":", ".", '"', "“", "”"})


def _responded_to_scene(ctx: ArticleContext, cue: str, last: int, hi: int) -> bool:
    """ "responded to the scene / a call / the blaze": crews sent out, not an answer given (data: response_scenes);
    "responded to the criticism", "responded to questions about the fire" stay answers."""
    toks = ctx.toks
    if cue != "replied" or last >= hi or toks[last].low != "to":
        return False
    for k in range(last + 1, min(hi, last + 1 + SCENE_REACH)):
        if toks[k].low in SCENE_STOPS or toks[k].low in ctx.vocab.act_stops:
            return False
        if toks[k].low in ctx.vocab.response_scenes:
            after = toks[k + 1] if k + 1 < hi else None  # not "a call for calm", "the school's statement"
            return after is None or (after.low not in ("for", "'s", "’s") and after.tag != "POS")
    return False


def bare_per(toks: Tokens, k: int) -> bool:
    """A bare "per" with no comma (or a quotation closing after one) before it is a rate or a manner ("$2 per
    share", "in procedures per the law"), not "…, per Reuters": no cue, so it ends no claim (context.py keeps it out
    of the cue starts; reading.py already names no source for it)."""
    if toks.lows[k] != "per" or k == 0:
        return False
    before = toks.texts[k - 1]
    return before != "," and not (before in QUOTE_CLOSERS and k > 1 and toks.texts[k - 2] == ",")


QUOTE_CLOSERS = frozenset({'"', "”", "’", "'"})
