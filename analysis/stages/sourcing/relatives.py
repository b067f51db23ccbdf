"""Reduced relative clauses before a cue: the phrase a participle describes is the speaker ("Figures compiled by
ORG show", "one person briefed on the talks said", "a man waiting outside a bank told", "A lawyer representing the
family said"), not the agent, place or object after the participle."""

from __future__ import annotations

from .context import ArticleContext


def reduced_relative(ctx: ArticleContext, span: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The speaker behind a reduced relative clause: "Figures compiled by council officers show",
    "Former detainees interviewed by the Network described", "A lawyer representing the family said": the
    phrase before the participle, not its agent or object."""
    if span is None:
        return None
    first = span[0]
    toks = ctx.toks
    if first - 2 >= lo and toks[first - 1].low == "by" and toks[first - 2].tag in ("VBN", "VBD"):
        head = ctx.scan.before(first - 2, lo)
        if head is not None:
            return (head[0], span[1]) if ctx.vocab.is_in(toks[head[1] - 1].low, ctx.vocab.documents) else head
    j = first - 1
    while j > lo and toks[j].tag in ("DT", "JJ", "VBD", "VBN", "CD"):
        j -= 1  # "outside a closed bank": the place's own words, which the phrase may leave out
    briefed = (
        first - 2 >= lo and toks[first - 1].low in ("on", "with", "about") and toks[first - 2].tag in ("VBN", "JJ")
    )
    waiting = j - 1 >= lo and toks[j].tag in ("IN", "RB") and ing_form(toks[j - 1])
    acting = (
        not (briefed or waiting) and first - 1 > lo and ing_form(toks[first - 1]) and first - 1 not in ctx.cue_firsts
    )
    if briefed or waiting or acting:  # "one person briefed on …", "a man waiting outside a bank told", "a union
        # representing the players says"
        head = ctx.scan.before(first - 2 if briefed else j - 1 if waiting else first - 1, lo)
        if head is not None and _speaker_head(ctx, toks[head[1] - 1].low, bodies=acting):
            return (head[0], span[1])
    return span


def ing_form(tok) -> bool:
    """A verb's -ing form, also one the tag lexicon reads as a noun or lacks ("gathering", "apologising")."""
    return tok.tag == "VBG" or (tok.tag in ("NN", "") and tok.low.endswith("ing") and tok.text.islower())


def _speaker_head(ctx: ArticleContext, low: str, *, bodies: bool) -> bool:
    """A head noun that can speak: a person or an unnamed group, or (before a participle with an object) a body."""
    vocab = ctx.vocab
    return (
        vocab.is_person_noun(low)
        or vocab.is_in(low, vocab.anonymous)
        or (bodies and vocab.is_in(low, vocab.organizations))
    )


def relative_verb(ctx: ArticleContext, i: int, k: int) -> bool:
    """A finite verb opening a relative clause after "that" ("that borders the lake"), which the tagger may
    read as a plural noun when a determiner follows; not a that-clause's subject ("claims that police …")."""
    toks = ctx.toks
    if toks[i].tag in ("VBZ", "VBD", "VBP"):
        return True
    return toks[i].tag == "NNS" and i + 1 <= k and toks[i + 1].low in ("the", "a", "an", "its", "their")
