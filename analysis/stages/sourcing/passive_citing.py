"""A passive citation: "X was cited / quoted by OUTLET as saying CLAIM". Both speak: the outlet that relays the
words (cue "cited"/"quoted") and X, who said them (cue "saying"), with one claim. Common in Asian business and
state-media copy (helper s25-real, Evergrande liquidation coverage); reading.py hands the "cited by" cue here.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import Sentence
from ...text.quotes import QUOTE_MARKS
from . import claims, quotations, sources
from .context import ArticleContext, CueHit, Source

PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being"})


def add_cited(ctx: ArticleContext, cue: CueHit, lo: int, hi: int, sentence: Sentence, add: Callable) -> None:
    """The agent after "by" with no claim of its own ("diplomats cited by the agency said …"), or, in "X was cited
    by Y as saying CLAIM", Y and X with that claim."""
    agent = sources.passive_agent(ctx, cue, hi)
    said = _as_saying(ctx, agent, hi) if agent is not None else None
    speaker = _passive_subject(ctx, cue, lo) if said is not None else None
    if agent is None or said is None or speaker is None:
        add(agent, cue, (None, False))
        return
    claim = _claim(ctx, said, hi, sentence)
    add(speaker, said, claim)
    add(agent, cue, claim)


def _as_saying(ctx: ArticleContext, agent: Source, hi: int) -> CueHit | None:
    """The "as saying" / "as stating" right after the agent, as a cue of its own."""
    k = agent.last
    if k + 1 >= hi or ctx.toks[k].low != "as" or ctx.toks[k + 1].tag != "VBG":
        return None
    hits = ctx.cue_hits.within(k + 1, k + 2)
    return CueHit(hits[0][2].cue, hits[0][2].type, k + 1, hits[0][1]) if hits else None


def _passive_subject(ctx: ArticleContext, cue: CueHit, lo: int) -> Source | None:
    """The subject of "X was cited": a person or a body named before the auxiliary."""
    if cue.first - 1 <= lo or ctx.toks[cue.first - 1].low not in PASSIVE_AUX:
        return None
    subject = sources.sentence_subject(ctx, lo, cue.first - 1)
    return subject if subject is not None and subject.kind in ("named", "anonymous", "organization") else None


def _claim(ctx: ArticleContext, said: CueHit, hi: int, sentence: Sentence):
    """What follows "as saying": a that-clause, the clause, or a quotation after a colon (on the next line too)."""
    j = said.last
    toks = ctx.toks
    if j < hi and toks[j].text == ":" and j + 1 < len(toks) and toks[j + 1].text in QUOTE_MARKS:
        quote = ctx.quote_by_start.get(toks[j + 1].start)
        if quote is not None:
            return quotations.continued(ctx, quote), True
    found = claims.claim_after(ctx, j, hi, sentence)
    return found if found is not None else (None, False)
