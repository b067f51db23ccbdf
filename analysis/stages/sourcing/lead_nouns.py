"""A sentence's first word that says what kind of body the name after it is: "Insurer Aviva said", "Brokerage
Jefferies said", "Broadcaster Radio Harbour reported" (business and wire copy opens a sentence with the firm's
trade, capitalised only because it starts the sentence). From holdout 11's Indian results copy (helper s25-h11);
classify.described_kind asks here first."""

from __future__ import annotations

from .context import ArticleContext

TRADE_NAME_TOKENS = 3  # the trade word and a firm's name of one or two words; a longer run is a title and a name


def lead_noun_kind(ctx: ArticleContext, name: tuple[int, int]) -> str | None:
    """ "agency" or "organization" when the name's first token opens the sentence as a common noun of that kind
    of body and a capitalised name follows it; else None ("Dr Aviva Stone", "Insurer" alone)."""
    lead = name[0]
    if name[1] - lead < 2 or lead not in ctx.sentence_firsts or ctx.toks[lead].tag not in ("NN", "NNS"):
        return None
    vocab, low, nxt = ctx.vocab, ctx.toks[lead].low, ctx.toks[lead + 1].low
    if vocab.is_in(low, vocab.roles) or not ctx.scan.capitalised(lead + 1) or name[1] - lead > TRADE_NAME_TOKENS:
        return None  # "Minister Ade Okon said": a title, not a trade
    if vocab.is_person_noun(nxt) or vocab.is_in(nxt, vocab.roles):
        return None  # "Police Superintendent X", "District Collector X": a title of a body's officer
    if vocab.is_in(low, vocab.agency_heads):
        return "agency"
    return "organization" if vocab.is_in(low, vocab.organizations) else None
