"""Coordinated cues: "…, they confirmed X and said Y" — the second verb of saying shares the subject of the
first, the nearest speaker before it, not the clause's opening subject."""

from __future__ import annotations

from ...model import Attribution
from .adverbials import skip_back
from .context import ArticleContext, CueHit, Source


def nearer_speaker(ctx: ArticleContext, found: list[Attribution], cue: CueHit, subject: Source | None, lo: int):
    """The last speaker of the sentence when the cue follows "and"/"but" right after that speaker's own cue
    phrase and that speaker stands after the subject found for the clause, if any ("Reporters called, but when we
    contacted the police, they confirmed it and said …": the police); else None."""
    if not found:
        return None
    k = skip_back(ctx, cue.first - 1, lo)
    if k < lo or ctx.toks[k].low not in ("and", "but"):
        return None
    last = found[-1]
    first = ctx.tok_at(last.span.start)
    if ctx.tok_at(last.cue_span.start) >= k or (subject is not None and first <= subject.first):
        return None
    return Source(last.kind, last.source, last.role, first, ctx.tok_at(last.span.end), refers=bool(last.refers_to))
