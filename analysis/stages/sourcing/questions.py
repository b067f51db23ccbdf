"""The writer as the one who asks: a question put to someone ("I asked X whether …") makes X a source only
where X answers."""

from __future__ import annotations

from .context import ArticleContext, CueHit, Source

QUESTION_WORDS = frozenset({"whether", "why", "what", "how", "if", "when", "where", "which", "who"})


def asks_a_question(ctx: ArticleContext, obj: Source, hi: int) -> bool:
    """The writer asked someone a question ("I asked X whether …", "I asked X three times which …")."""
    toks = ctx.toks
    reach = 9 if obj.last < hi and toks[obj.last].low in ("i", "we", "who") else 5  # "X I used to know in Y whether"
    for k in range(obj.last, min(hi, obj.last + reach)):
        if toks[k].low in QUESTION_WORDS:
            return True
        if toks[k].text in ",.;:" or toks[k].low in ("about", "for"):
            return False
    return False


def asked_aloud(ctx: ArticleContext, cue: CueHit, hi: int) -> bool:
    """ "asked" right before a colon and a quotation ('A woman asked: "How can I live on?"'), or before "whether"
    or "if" ("Opposition MP X asked whether the operators would be fined"): a question put in the speaker's own
    words or reported, so an attribution, not a contact or a request (helpers sourcing-real2-s24, s25-h11)."""
    toks = ctx.toks
    if cue.name != "asked" or cue.last >= hi:
        return False
    if toks[cue.last].low in REPORTED_QUESTION:
        return True
    return cue.last + 1 < hi and toks[cue.last].text == ":" and toks[cue.last + 1].text in QUOTES


REPORTED_QUESTION = frozenset({"whether", "if"})  # "asked whether …": not "asked what" (often "asked what for")


QUOTES = frozenset({'"', "“", "'", "‘"})


def asked_if(ctx: ArticleContext, j: int, hi: int) -> bool:
    """ "asked whether …" at token ``j``: the question is the claim, not an addressee to step over."""
    return j < hi and ctx.toks[j].low in REPORTED_QUESTION
