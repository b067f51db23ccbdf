"""Small general sourcing rules met in the copy read for holdout 10 (a ship seizure, a privacy fine, pilgrimage
heat deaths, a vaccine approval), kept apart so the stages they refine stay short."""

from __future__ import annotations

from dataclasses import replace

from ...model import Attribution
from .context import ArticleContext

NEWS_WORDS = frozenset({"news", "press"})
# words that stand for one or more of a group of people just named ("One wrote", "Others pointed out")
ONE_OF_THEM = frozenset({"one", "another", "others"})


def news_agency_name(ctx: ArticleContext, head: int) -> bool:
    """A body's name ending "News Agency" or "Press Agency" ("the Ghana News Agency", "Saudi Press Agency") names
    an outlet, though "agency" alone makes a body ("the UK Maritime Trade Operations agency")."""
    toks = ctx.toks
    return toks[head].low == "agency" and head > 0 and toks[head - 1].low in NEWS_WORDS


def named_before_head(ctx: ArticleContext, first: int, head: int) -> bool:
    """Two or more capitalised words right before a lower-case head make the phrase a body's name, not a reference
    back ("the UK Maritime Trade Operations agency" is that body, not the news agency named before; "the Russian
    agency", "the agency" and a title such as "the Vice Minister" still point back)."""
    scan = ctx.scan
    if scan.capitalised(head):
        return False
    k = head
    while k - 1 > first and scan.capitalised(k - 1):
        k -= 1
    return head - k >= 2


def role_of_body(ctx: ArticleContext, span: tuple[int, int] | None) -> bool:
    """ "The Programme Manager of the National Malaria Programme": a post in a body (a person noun before the
    first "of"), which describes the person named next, though the phrase ends on the body's name."""
    if span is None:
        return False
    toks, vocab = ctx.toks, ctx.vocab
    of = next((k for k in range(span[0] + 1, span[1]) if toks[k].low == "of"), None)
    if of is None or toks[span[0]].low not in ("the", "a", "an"):
        return False
    return vocab.is_person_noun(toks[of - 1].low) or vocab.is_in(toks[of - 1].low, vocab.roles)


TIME_OPENERS = frozenset({"on", "in", "at", "late", "early", "last", "this", "by"})


def opening_adverbial(ctx: ArticleContext, lo: int, comma: int) -> bool:
    """The sentence opens with an adverb or a short time phrase set off by ``comma`` ("Earlier,", "On Monday,"):
    no part of a speaker's name, so "Earlier, a Saudi official, speaking …, said" has the official as speaker."""
    toks = ctx.toks
    if comma == lo + 1:
        return toks[lo].tag.startswith("RB") and toks[lo].text[:1].isupper()
    words = range(lo + 1, comma)
    timed = any(toks[k].low in ctx.vocab.time_words for k in words)
    return 1 < comma - lo <= 4 and toks[lo].low in TIME_OPENERS and timed


GROUP_QUANTIFIERS = frozenset({"some", "several", "many", "various", "numerous", "other", "dozens", "hundreds"})


def unnamed_bodies(ctx: ArticleContext, first: int, head: int) -> bool:
    """ "some civil society organisations", "several rights groups": bodies counted but not named, an anonymous
    collective as "campaigners" is; "the two companies" (pointing back) and named bodies stay organisations. A bare
    "authorities" ("Authorities said", "the authorities said") names no body, like "officials"; "local authorities"
    (councils) and "Syrian authorities" stay bodies."""
    toks = ctx.toks
    if toks[head].low == "authorities" and (head == first or (head == first + 1 and toks[first].low == "the")):
        return True
    if toks[first].low not in GROUP_QUANTIFIERS or not toks[head].low.endswith("s"):
        return False
    return not any(ctx.scan.capitalised(k) for k in range(first + 1, head + 1))


def people_head(ctx: ArticleContext, first: int, head: int) -> bool:
    """The head is a word for people ("Farmers", "residents"), and no title before the name makes the phrase a
    person's name that merely ends like one ("prosecutor Rachel Masters")."""
    low, vocab = ctx.toks[head].low, ctx.vocab
    people = vocab.is_person_noun(low) or vocab.is_in(low, vocab.anonymous)
    return people and not titled_name(ctx, first, head)


def titled_name(ctx: ArticleContext, first: int, head: int) -> bool:
    """A title (lower-case, or opening the phrase) or an honorific before a capitalised run makes it a person's
    name, even one that ends in a plural of people ("prosecutor Rachel Masters", "Ms Ann Summers"), unlike a body's
    ("NSW Farmers")."""
    toks, vocab = ctx.toks, ctx.vocab
    for k in range(first, head - 1):
        low = toks[k].low.rstrip(".")
        if low in vocab.honorifics or ((k == first or not ctx.scan.capitalised(k)) and vocab.is_person_noun(low)):
            return True
    return False


def relays_speaker(inner: Attribution, outer: Attribution) -> bool:
    """ "ORG said CLAIM, according to its bulletin": a trailing "according to" whose clause opens on a speaker of its
    own relays that speaker, who keeps the attribution (the clause stays the relaying source's claim, speaker and
    all); a leading "According to X, Tokyo has asked …" still takes in what it introduces."""
    claim = outer.claim
    if outer.cue != "according to" or claim is None or inner.span.start != claim.start:
        return False
    return claim.end <= outer.span.start


def comma_closes_phrase(ctx: ArticleContext, k: int) -> bool:
    """A comma before a time word that does not follow another time word or a number closes the phrase before it
    ("The Network, a coalition of 40 groups, today said"), so the walk back from a cue over "today" stops there;
    "on Monday, March 3 said" is one time phrase."""
    toks = ctx.toks
    if toks[k].text != "," or k == 0:
        return False
    return toks[k - 1].low not in ctx.vocab.time_words and not toks[k - 1].text[:1].isdigit()


def said_this(ctx: ArticleContext, found: list[Attribution]) -> list[Attribution]:
    """ "X disclosed this on Thursday at a briefing": "this" is what the sentence before attributed, so the cue takes
    that claim (the last one given there), not words of its own sentence; West African copy writes it after a
    reported announcement."""
    out = []
    for at in found:
        if at.cue_span is not None and not at.direct_quote and _this_after(ctx, at.cue_span.end):
            before = [a for a in ctx.history if a.sentence == at.sentence - 1 and a.claim is not None]
            if before:
                at = replace(at, claim=before[-1].claim, direct_quote=before[-1].direct_quote)
        out.append(at)
    return out


def _this_after(ctx: ArticleContext, end: int) -> bool:
    """The cue ending at ``end`` is followed by "this" and a preposition ("disclosed this on …", "said this in …")."""
    words = ctx.text[end : end + 40].split()
    return len(words) >= 2 and words[0].lower() == "this" and words[1].lower() in ("on", "in", "at", "during", "while")


def vague_reports(ctx: ArticleContext, first: int, last: int) -> bool:
    """ "Reports from Tehran suggested …", "Reports of looting said …": a bare plural "reports" with no article, owner
    or issuer ("by X") names no document, as "there have been reports" names none; nor does a plural document word
    alone ("estimates suggest …", "studies show …")."""
    lows = ctx.toks.lows
    if any(lows[k] == "by" for k in range(first, last)):
        return False
    alone = last - first == 1 and lows[first].endswith("s")  # the stage calls this for document sources only
    return lows[first] == "reports" or alone


def finding_with_clause(ctx: ArticleContext, subject_first: int, cue_last: int) -> bool:
    """A finding cue ("found", "concluded") a person or an unnamed group may be the source of: a that-clause follows
    ("Researchers found that …"), or the cue ends the sentence after its subject set off by a comma ("CLAIM, they
    found."), so what was found is the clause before; "police found a body" stays no attribution."""
    toks = ctx.toks
    if cue_last >= len(toks):
        return False
    after = toks[cue_last].text
    return toks[cue_last].low == "that" or (
        after in ".!?" and subject_first > 0 and toks[subject_first - 1].text == ","
    )
