"""Two bodies or outlets the noun-phrase scanner read as one name ("State-run broadcaster TRT and Anadolu Agency
reported", "the Law Guild of Kenya and Rights Watch Kenya said"): one source each, sharing the cue and claim."""

from __future__ import annotations

from . import classify
from .context import ArticleContext, Source
from .sources import finished

BODY_KINDS = ("agency", "organization")
JOINERS = frozenset({"and", "&"})


def split_pair(ctx: ArticleContext, found: Source) -> list[Source]:
    """The two sources of a body or outlet span joined by "and" when each side is one on its own (an outlet
    the lists know, or a body whose own head says so); [] when the span is one name ("Bar and Bench", "the
    Ministry of Land, Infrastructure and Transport", "Hampshire and Isle of Wight Constabulary")."""
    if found.kind not in BODY_KINDS or found.refers:
        return []
    toks = ctx.toks
    for m in range(found.first + 1, found.last - 1):
        if toks[m].low not in JOINERS or _inside_outlet(ctx, m):
            continue
        left = classify.classify(ctx, found.first, m, toks[m - 1].end)
        right = classify.classify(ctx, m + 1, found.last, toks[found.last - 1].end)
        if _stands_alone(ctx, left) and _stands_alone(ctx, right):
            return [finished(ctx, left), finished(ctx, right)]
    return []


def _inside_outlet(ctx: ArticleContext, m: int) -> bool:
    return any(first < m < last for first, last, _ in ctx.agency_hits.within(max(0, m - 6), m + 6))


def _stands_alone(ctx: ArticleContext, part: Source | None) -> bool:
    if part is None or part.kind not in BODY_KINDS:
        return False
    if part.kind == "agency":
        return bool(ctx.agency_hits.within(part.first, part.last))
    core_end = classify.core_end_of(ctx, part.first, part.last)
    return classify.is_organization(ctx, part.first, core_end, classify.head_of(ctx, part.first, core_end))
