"""Adverbials: what stands between a speaker's noun phrase and its cue without being either — adverbs,
auxiliaries, quantifiers ("both"), time phrases ("on Tuesday", "late on Sunday night") and channel phrases
("in a statement") — walked back over from the cue to where the speaker ends."""

from __future__ import annotations

from .context import ArticleContext
from .refinements import comma_closes_phrase
from .vocabulary import AUXILIARIES, BE_FORMS, NEGATIONS, SUBJECT_QUANTIFIERS, TIME_GLUE


def skip_back(ctx: ArticleContext, k: int, lo: int) -> int:
    """Back from the token before a cue past adverbs, auxiliaries, time phrases ("on Tuesday", "last night")
    and channel phrases ("in a statement"), to where the speaker's noun phrase ends; -1 after a negation."""
    toks = ctx.toks
    while k >= lo:
        low = toks[k].low
        if low in NEGATIONS:
            return -1
        skip = toks[k].tag in ("RB", "MD") or low in AUXILIARIES or low in SUBJECT_QUANTIFIERS
        if skip or (low == "first" and k > lo and toks[k - 1].low == "as") or _progressive(ctx, k):
            k -= 1
        elif k + 1 in ctx.adjunct_ends and ctx.adjunct_ends[k + 1] >= lo:
            k = ctx.adjunct_ends[k + 1] - 1
        elif low in ctx.vocab.release_verbs and k in ctx.adjunct_ends and ctx.adjunct_ends[k] >= lo:
            k = ctx.adjunct_ends[k] - 1  # "X, in a statement issued on Sunday, noted": the channel and its issue
        elif low in ctx.vocab.time_words:
            k = _before_time_phrase(ctx, k, lo)
        elif low == "," and (opening := _time_aside(ctx, k, lo)) is not None:
            k = opening - 1  # "X, on Monday, May 1, said": a date set off by commas
        elif low == ")" and (opening := _dated_bracket(ctx, k, lo)) is not None:
            k = opening - 1  # "The family today (4 June) paid tribute …": the bracketed date is a time phrase
        else:
            break
    return k


CUE_REACH = 4  # tokens a cue's phrase may span ("called on", "in the words of")


def _progressive(ctx: ArticleContext, k: int) -> bool:
    """A form of "be" right before a cue's "-ing" form: the active progressive ("The union is calling on …", "has
    been warning that …"), walked over like an auxiliary; "is being called" and "is said to" stay passives."""
    toks = ctx.toks
    if toks[k].low not in BE_FORMS or toks[k].low == "being" or k + 1 not in ctx.cue_firsts:
        return False
    if any(f == k + 1 and c.cue in ctx.vocab.citing for f, _, c in ctx.cue_hits.within(k + 1, k + CUE_REACH)):
        return False  # "The paper is citing state media": the cited are the sources, as after "reported, citing"
    return toks[k + 1].tag == "VBG" and toks[k + 1].low.endswith("ing")


def _dated_bracket(ctx: ArticleContext, k: int, lo: int) -> int | None:
    """The "(" of a bracketed date ending at ``k`` ("(4 June)", "(March 3, 2021)"), or None."""
    toks, time_words = ctx.toks, ctx.vocab.time_words
    j = k - 1
    while j >= lo and j > k - 6 and (toks[j].text.isdigit() or toks[j].low in time_words or toks[j].text == ","):
        j -= 1
    dated = j >= lo and toks[j].text == "(" and j < k - 1 and any(toks[m].low in time_words for m in range(j, k))
    return j if dated else None


TIME_ASIDE_REACH = 8  # tokens of a date set off by commas (", on Monday, May 1,")


def _time_aside(ctx: ArticleContext, k: int, lo: int) -> int | None:
    """The opening comma of a time phrase set off by commas that ends at the comma ``k`` ("X, on Monday, May 1,
    said"), or None; an age (", 45,") or a role (", a lawyer,") is no time phrase."""
    toks, time_words = ctx.toks, ctx.vocab.time_words
    j, timed = k - 1, False
    while j > lo and k - j <= TIME_ASIDE_REACH:
        low = toks[j].low
        if low == "," and comma_closes_phrase(ctx, j):
            return j if timed and j < k - 1 else None
        if low in time_words:
            timed = True
        elif low not in TIME_GLUE and not low[:1].isdigit():
            return None
        j -= 1
    return None


def _before_time_phrase(ctx: ArticleContext, k: int, lo: int) -> int:
    """The token before a time phrase that ends at ``k`` ("on Tuesday", "late on Sunday night", "Dec 9")."""
    toks, time_words = ctx.toks, ctx.vocab.time_words
    while k >= lo and (toks[k].low in time_words or toks[k].low in TIME_GLUE or toks[k].text[:1].isdigit()):
        if comma_closes_phrase(ctx, k):
            break  # "X, a coalition of 40 groups, today said": the comma closes the speaker's phrase
        k -= 1
    return k


QUANTIFIERS = frozenset({"about", "around", "nearly", "almost", "over", "under", "roughly", "some", "approximately"})


def quantity_at(ctx: ArticleContext, k: int, hi: int) -> bool:
    """A quantity at ``k`` ("about 1,200", "at least 30"): the start of a claim, not a phrase after the cue."""
    toks = ctx.toks
    low = toks[k].low
    if low in QUANTIFIERS and k + 1 < hi and toks[k + 1].text[:1].isdigit():
        return True
    pair = " ".join(toks.lows[k : k + 2])
    return pair in ("at least", "more than", "fewer than", "less than", "up to", "as many", "as much") and k + 2 < hi


# Words that open a claim's own subordinate clause or concession right after the cue ("said while the risk was
# low, …", "said despite some delays, …"), where "said on Tuesday" is only a phrase about the saying.
SUBORDINATORS = frozenset({"while", "whilst", "although", "though", "if", "unless", "because", "despite", "whereas"})


def subordinator_at(ctx: ArticleContext, k: int, hi: int) -> bool:
    """A subordinator at ``k`` that opens the claim; not "said while visiting …" nor "said while in Paris", the
    speaker's own circumstances."""
    toks = ctx.toks
    if toks[k].low not in SUBORDINATORS or k + 1 >= hi:
        return False
    return toks[k + 1].tag != "VBG" and toks[k + 1].tag != "IN" and toks[k + 1].text not in ",."
