"""Where a reported claim ends before the writer's own aside: a single dash that opens a verbless phrase to the
sentence's end ("said dozens were killed when the tornado struck — part of what could be the deadliest event in
the state's history") is the writer's comment, not the speaker's words; paired dashes inside a claim ("the plan —
first drawn up in 2019 — would cost …") and a dash before a clause stay. From US regional copy (helper s25-real);
claims.reported_end asks here."""

from __future__ import annotations

from .context import ArticleContext
from .vocabulary import FINITE_TAGS

DASHES = frozenset({"—", "–"})
GOES_ON = frozenset({"and", "but", "or", "so", "then", "yet", "because", "if"})
RELATIVES = frozenset({"what", "which", "that", "who", "whose", "where", "when"})


def dash_aside(ctx: ArticleContext, low: str, k: int, last: int) -> bool:
    """Token ``k`` (lower-cased ``low``) is a lone dash before a phrase that runs to the claim's end at ``last``
    with no verb of its own (one in a relative clause, "what could be …", is the phrase's, not a clause's)."""
    if low not in DASHES:
        return False  # the cheap test first: this runs over every token of a reported claim
    toks = ctx.toks
    if k + 1 < last and toks[k + 1].low in GOES_ON:
        return False  # "— and that costs fell": the claim goes on
    relative = False  # "part of what could be …": a noun phrase whose relative clause has the verb
    for j in range(k + 1, last):
        if toks[j].text in DASHES:
            return False
        relative = relative or toks[j].low in RELATIVES
        if toks[j].tag in FINITE_TAGS and not relative and not ctx.inside_quote(toks[j].start):
            return False
    return last - k > 2
