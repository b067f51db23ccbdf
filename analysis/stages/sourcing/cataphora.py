"""A description that points forward: wire ledes open "…, the governor said Tuesday." and name the person in the
next sentence ("Gov. Andy Beshear told reporters …"). An unnamed "the TITLE" with no one before it to point back to
is the person named with that title right after it. From AP copy (helper s25-real); run once over an article's
attributions (analyze_sourcing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import Attribution
from .context import ArticleContext

REACH = 2  # sentences after the description within which the person is named


def named_after(ctx: ArticleContext, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions, with a lone forward "the TITLE" given the person named next with that title."""
    out = list(attributions)
    for i, at in enumerate(out):
        title = _bare_title(ctx, at)
        if title is None or any(b.kind == "named" for b in out[:i]):
            continue  # a named person before it: the reference stage already pointed back
        for later in out[i + 1 :]:
            if later.sentence - at.sentence > REACH:
                break
            if later.kind == "named" and not later.refers_to and _titled(ctx, later.source, title):
                out[i] = replace(at, kind="named", source=later.source, refers_to=later.source, role="")
                break
    return out


def _bare_title(ctx: ArticleContext, at: Attribution) -> str | None:
    """The title of an unresolved "the governor", "the minister" (two words, a title after "the"), else None."""
    if at.kind != "anonymous" or at.refers_to:
        return None
    words = at.span.text.lower().split()
    if len(words) != 2 or words[0] != "the" or not ctx.vocab.is_in(words[1], ctx.vocab.roles):
        return None
    return words[1]


def _titled(ctx: ArticleContext, name: str, title: str) -> bool:
    """The text gives ``name`` the title, spelt out or abbreviated ("Gov. Andy Beshear"; data: title_abbreviations)."""
    forms = [title] + [p.split()[1] for p in ctx.lexicon.source_words("title_abbreviations") if p.split()[0] == title]
    pattern = r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\.?\s+" + re.escape(name) + r"\b"
    return re.search(pattern, ctx.text, re.IGNORECASE) is not None
