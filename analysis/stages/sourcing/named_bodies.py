"""A body named where it did not speak ("Later, Covenant School released a statement.") that a description points
back to ("…,” the school said"): the body whose name ends with the description's head, rather than the last body
that spoke. From US public-radio copy (helper s25-real); references.py asks here before its fallback."""

from __future__ import annotations

from .context import ArticleContext, Source

NAME_REACH = 5  # capitalised words of a body's name before its head ("Metro Nashville Public School")


def named_body_before(ctx: ArticleContext, head: str, found: Source, since: int) -> Source | None:
    """The nearest body named before ``found`` and after offset ``since`` (where the last body that spoke was
    named) whose capitalised name ends with ``head`` ("Covenant School" for "the school"), outside quotations."""
    toks = ctx.toks
    for i in sorted((i for i in toks.positions({head}) if i < found.first), reverse=True):
        if toks[i].start < since:
            return None  # named before the last body that spoke: that body is the nearer one
        if not ctx.scan.capitalised(i) or i == 0 or not ctx.scan.capitalised(i - 1) or ctx.inside_quote(toks[i].start):
            continue
        k = i - 1
        while k > 0 and i - k < NAME_REACH and ctx.scan.capitalised(k - 1) and (k - 1) not in ctx.sentence_firsts:
            k -= 1
        if k in ctx.sentence_firsts and toks[k].low in ("the", "a", "an"):
            k += 1
        if k < i:
            return Source("organization", ctx.bare(k, i + 1), "", found.first, found.last, refers=True)
    return None
