"""An outlet's known name read whole: the noun-phrase scanner stops at "and", so "according to the Press and
Journal" would give "the Press"; a span that ends inside a name the agency lists know runs on to the name's end
(helper s25-h11, Scottish sports copy). sources.classified asks here before it classifies a span."""

from __future__ import annotations

from .context import ArticleContext

OUTLET_REACH = 6  # tokens past a span's end within which an outlet's name it starts must end


def through_outlet(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` stretched to a listed outlet's name that starts inside it and runs past its end, or ends inside it
    and starts before it ("Dundee are without two defenders, the Press and Journal reported")."""
    first, last = span
    for start, end, _ in ctx.agency_hits.within(max(0, first - OUTLET_REACH), last + OUTLET_REACH):
        if first <= start < last < end or start < first < end <= last:
            return min(first, start), max(last, end)
    return span
