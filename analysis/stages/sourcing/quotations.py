"""Quotations as claims: a quotation with the paragraphs and sentences it goes on into ("“Q1,” X said. “Q2 …”",
a paragraph left open and reopened by the next), and the quotation that ends at an offset."""

from __future__ import annotations

import re

from ...model import Span
from ...text.quotes import QUOTE_MARKS, quote_inside
from .context import ArticleContext
from .vocabulary import CLAUSE_END, FINITE_TAGS, MAX_ROLE_TOKENS


def quote_ending_at(ctx: ArticleContext, end: int) -> Span | None:
    quote = ctx.quote_by_end.get(end)
    if quote is None:
        return None
    words, first = continued(ctx, quote), _opened_before(ctx, quote)
    return words if first is quote else Span.of(ctx.text, quote_inside(first).start, words.end)


def _opened_before(ctx: ArticleContext, quote: Span) -> Span:
    """Where a quotation that closes before its cue began: UK copy runs it over paragraphs left open and reopened
    ("“Q1.¶“Q2,” he said."), so back over whole paragraphs of quotation left open; the quote itself when a
    paragraph before opens with other words ("She said: “Q1.¶“Q2,” she added": Q2 is part of her first claim)."""
    text, first = ctx.text, quote
    if not _opens_paragraph(text, quote):
        return quote
    for _ in range(MAX_CONTINUED):
        prev = ctx.quote_by_end.get(len(text[: first.start].rstrip()))
        if prev is None or prev.text[-1:] in QUOTE_MARKS:
            return first  # no paragraph of quotation left open before it
        if not _opens_paragraph(text, prev):
            return quote  # the run began after a cue of its own ("She said: “Q1.")
        first = prev
    return first


def _opens_paragraph(text: str, quote: Span) -> bool:
    return quote.start == 0 or text.rfind("\n", 0, quote.start) == quote.start - 1


def continued(ctx: ArticleContext, quote: Span) -> Span:
    """A quotation's words with the paragraphs and sentences it goes on into: a quote left open at the end of a
    paragraph that the next paragraph reopens, and "“Q1,” X said. “Q2 …”" (one claim, Q1 to the end of Q2)."""
    text, last = ctx.text, quote
    for _ in range(MAX_CONTINUED):
        nxt = _next_part(ctx, last)
        if nxt is None:
            break
        last = nxt
    inner_first, inner_last = quote_inside(quote), quote_inside(last)
    if last is quote:
        return inner_first
    return Span.of(text, inner_first.start, inner_last.end)


def as_quoted(ctx: ArticleContext, claim: Span | None) -> tuple[Span | None, bool]:
    """A reported claim and whether it is a direct quote: so when it is one whole quotation, marks and all
    ('added that "nobody doubts us."', "warned of 'unintended consequences'"), then without its marks."""
    quote = ctx.quote_by_start.get(claim.start) if claim is not None else None
    if quote is None or quote.end != claim.end:
        return claim, False
    return continued(ctx, quote), True


def _next_part(ctx: ArticleContext, quote: Span) -> Span | None:
    text = ctx.text
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    open_ended = quote.end >= line_end and quote.text[-1:] not in QUOTE_MARKS
    if open_ended:
        start = quote.end
        while start < len(text) and text[start].isspace():
            start += 1
        return ctx.quote_by_start.get(start)  # the next paragraph reopens the quotation
    gap = quote.end
    while gap < line_end and text[gap] == " ":
        gap += 1
    adjacent = ctx.quote_by_start.get(gap) if gap > quote.end else None  # '… said: “Q1.” “Q2.”': one run
    if adjacent is not None and quote.text.rstrip(" " + "".join(QUOTE_MARKS))[-1:] in CLAUSE_END:
        return None if _attributed_after(ctx, adjacent) else adjacent
    m = _INTERRUPTION_RE.match(text, quote.end, line_end)
    if m is None or not _has_cue(ctx, quote.end, m.end(1)):
        return None
    nxt = ctx.quote_by_start.get(m.end()) if m.end() < line_end else _whole_paragraph_quote(ctx, line_end)
    return None if nxt is None or _attributed_after(ctx, nxt) else nxt


def _whole_paragraph_quote(ctx: ArticleContext, line_end: int) -> Span | None:
    """The next paragraph when it is one quotation and nothing else: the last speaker goes on ("“Q1,” X told
    this masthead.¶“Q2.”"), as a paragraph of quotation with no cue of its own reads."""
    text, start = ctx.text, line_end
    while start < len(text) and text[start].isspace():
        start += 1
    quote = ctx.quote_by_start.get(start)
    if quote is None:
        return None
    end = text.find("\n", quote.end)
    if text[quote.end : len(text) if end < 0 else end].strip():
        return None
    words = quote_inside(quote).text.rstrip(" .,;:!?")[:PULL_QUOTE_CHARS]
    return None if text.find(words, 0, start) >= 0 else quote  # a pull quote restates words quoted before


def _attributed_after(ctx: ArticleContext, quote: Span) -> bool:
    """A quotation followed in its sentence by its own cue ("“Q2,” it added."): a second attribution."""
    if quote_inside(quote).text.rstrip()[-1:] in CLAUSE_END:
        return False  # "“Q2.”": the sentence ends inside the quotation
    k = ctx.tok_at(quote.end)
    for j in range(k, min(k + ATTRIBUTION_REACH, len(ctx.toks))):
        if ctx.toks[j].text in CLAUSE_END or "\n" in ctx.text[quote.end : ctx.toks[j].start]:
            return False
        if j in ctx.cue_firsts:
            return True
    return False


def _has_cue(ctx: ArticleContext, start: int, end: int) -> bool:
    """A verb of saying between two offsets (the attribution that interrupts a quotation)."""
    first, last = ctx.tok_at(start), ctx.tok_at(end)
    return any(k in ctx.cue_firsts for k in range(first, last))


MAX_CONTINUED = 12  # paragraphs one quotation may run over
# Between two parts of one quotation, in the same paragraph: one short sentence without quotation marks that
# holds a cue ('," X said. "', '," said X, who heads …. "', '," he said, in tears. "', '," X told The Ledger. "');
# the next quotation in the paragraph is the same speaker's.
# A sentence that ends its paragraph may hand on to a next paragraph that is all quotation.
# '“Q1,” says lead author Dr. X, who …, in a release. “Q2”': the attribution between two parts of one quotation,
# a title's abbreviation ("Dr.", "Gov.") inside it; so may a time, a date or a country in AP style ('," X said at a
# 5 a.m. briefing. "', '," a U.S. official said. "', '," she said on Dec. 3. "'; helper s25-real); the interruption
# may also end on a comma before the next part ('," Rid said, "referring to …"', one sentence; helper s25-real2)
_INTERRUPTION_RE = re.compile(
    r"\s*,?\s*((?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Gov|Sen|Rep|Lt|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St)\.|\b[ap]\.m\.|"
    r"\bU\.[SKN]\.|\bD\.C\.|[^\"“”«».!?\n]){1,150}?)(?:(?:\.|(?<=\bD\.C\.))(?:\s+(?=[\"“‘'«])|[ \t]*(?=\n|$))|,\s+(?=[\"“‘'«]))"
)
PULL_QUOTE_CHARS = 40  # the opening words a restated (pull) quote shares with the quotation it repeats
ATTRIBUTION_REACH = 8  # tokens after a quotation within which its own cue stands ("…,” the head of the agency said)


TITLE_REACH = 24  # tokens a quoted title set off by commas may run to


def past_title(ctx: ArticleContext, k: int, lo: int) -> int:
    """Back past a quoted title set off by commas between a document and its verb (NGO releases: 'The 72-page
    report, "Nowhere to Turn," documents …'): the token before the comma that opens it, else ``k``."""
    toks = ctx.toks
    if k - 2 < lo or toks[k].text not in QUOTE_MARKS or toks[k - 1].text != ",":
        return k
    for j in range(k - 2, max(lo, k - TITLE_REACH) - 1, -1):
        if toks[j].text in QUOTE_MARKS:
            return j - 2 if j - 2 >= lo and toks[j - 1].text == "," else k
    return k


ROLE_PREFIX_WORDS = 2  # '"…," lead author X told': lower-case words of a role the source span leaves out


def past_role_words(ctx: ArticleContext, k: int, lo: int) -> int:
    """Back past a role's lower-case words ("lead", "senior", "president &") to a quotation's closing comma, if
    one is there."""
    toks, j = ctx.toks, k
    while (
        j >= lo
        and k - j < ROLE_PREFIX_WORDS
        and (toks[j].text == "&" or (toks[j].text.isalpha() and toks[j].text.islower()))
    ):
        j -= 1
    closes = (
        j < k and j >= lo and (toks[j].text in QUOTE_MARKS or (toks[j].text == "," and toks[j - 1].text in QUOTE_MARKS))
    )
    return j if closes else k


def role_before(ctx: ArticleContext, first: int, lo: int) -> int:
    """Where a role set off by commas before the source starts ('"…," the summit president, X, said'), else
    ``first``."""
    toks = ctx.toks
    if first - 2 < lo or toks.texts[first - 1] != ",":
        return first
    for k in range(first - 2, max(lo, first - 2 - MAX_ROLE_TOKENS) - 1, -1):
        if toks[k].text == "," or toks[k].text in QUOTE_MARKS:
            return k + 1
        if toks[k].tag in FINITE_TAGS or toks[k].low in ("who", "which", "that", "except"):
            return first  # '"…," except one who was hurt, X said': a clause, not a role
    return first


def quote_just_before(ctx: ArticleContext, first: int, lo: int) -> bool:
    """A quotation closes right before the source, at most a comma (and a role's lower-case words) between."""
    toks = ctx.toks
    k = past_role_words(ctx, first - 1, lo)
    if k >= lo and toks[k].text == ",":
        k -= 1
    return k >= lo and toks[k].text in QUOTE_MARKS and ctx.quote_by_end.get(toks[k].end) is not None
