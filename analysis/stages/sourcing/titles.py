"""A title used as a reference ("The Tamil Nadu Finance Minister had earlier said …") points to the person the text
named with that title ("state Finance Minister Palanivel Thiaga Rajan"), when the last person to speak was not
given it; "the Minister" alone still points to the last named speaker. From Indian party copy (helper s25-real2)."""

from __future__ import annotations

import re

from ...model import Attribution
from .context import ArticleContext, Source

NAME_AFTER = r"\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"


def titled_person(ctx: ArticleContext, found: Source, head: int, speaker: Attribution | None) -> Source | None:
    """The person named earlier right after the title's last two words ending at ``head`` ("Finance Minister"),
    if the last named ``speaker`` does not hold that title; else None."""
    toks = ctx.toks
    if head - 1 <= found.first or not ctx.scan.capitalised(head - 1):
        return None  # "the Minister": one word, the last speaker's
    title = f"{toks[head - 1].text} {toks[head].text}"
    if speaker is not None and title.lower() in speaker.role.lower():
        return None
    before = ctx.text[: toks[found.first].start]
    named = None
    for m in re.finditer(re.escape(title) + NAME_AFTER, before):
        named = m.group(1)
    if named is None or (speaker is not None and (speaker.source in named or named in speaker.source)):
        return None
    return Source("named", named, title, found.first, found.last, refers=True)
