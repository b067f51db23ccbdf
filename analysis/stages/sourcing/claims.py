"""Claims: what is attributed to each source — a that-clause, a quotation, or the clause before or after."""

from __future__ import annotations

from ...model import Sentence, Span
from ...text.quotes import QUOTE_MARKS, quote_inside
from .context import ArticleContext, CueHit, Source
from .vocabulary import CLAIM_LOOKAHEAD, CLAUSE_END, DATELINE_RE, FINITE_TAGS, SHORT_INTRO_TOKENS


def trimmed(ctx: ArticleContext, start: int, end: int) -> Span | None:
    """A claim without the spaces, commas, final stop and unmatched quotation mark around it."""
    text = ctx.text
    while start < end and text[start] in " ,:;–—-":
        start += 1
    while end > start and text[end - 1] in " .,;:!?":
        end -= 1
    if end > start and text[end - 1] in QUOTE_MARKS and _marks_in(text, start, end) % 2:
        end -= 1
        while end > start and text[end - 1] in " .,;:!?":
            end -= 1
    return Span.of(text, start, end) if end > start else None


def _marks_in(text: str, start: int, end: int) -> int:
    """Quotation marks in text[start:end]; a single mark between two letters or digits is an apostrophe."""
    count = 0
    for i in range(start, end):
        ch = text[i]
        if ch in QUOTE_MARKS:
            apostrophe = ch in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
            count += not apostrophe
    return count


def quote_ending_at(ctx: ArticleContext, end: int) -> Span | None:
    quote = ctx.quote_by_end.get(end)
    return quote_inside(quote) if quote is not None else None


def claim_before(ctx: ArticleContext, first: int, lo: int, sentence: Sentence) -> tuple[Span | None, bool]:
    """What comes before the source: the quotation it closes, or the clause before the comma."""
    k = first - 1
    while k >= lo and ctx.toks[k].text == ",":
        k -= 1
    if k < lo:
        return None, False
    if ctx.toks[k].text in QUOTE_MARKS:
        quoted = quote_ending_at(ctx, ctx.toks[k].end)
        if quoted is not None and not ctx.text[sentence.start : quoted.start - 1].strip():
            return quoted, True
    dateline = DATELINE_RE.match(ctx.text, sentence.start, ctx.toks[k].end)
    return trimmed(ctx, dateline.end() if dateline else sentence.start, ctx.toks[k].end), False


def claim_after(ctx: ArticleContext, j: int, hi: int, sentence: Sentence) -> tuple[Span | None, bool] | None:
    """What follows the cue: a that-clause, a quotation or the clause itself; None if nothing does."""
    toks = ctx.toks
    if j + 1 < hi and toks[j].low == "as" and toks[j + 1].tag == "VBG":
        j += 2  # "quoted a source as saying …"
    for k in range(j, min(hi, j + CLAIM_LOOKAHEAD)):
        tok = toks[k]
        if tok.low == "that":
            return trimmed(ctx, toks[k].end, sentence.end), False
        if tok.text in QUOTE_MARKS:
            quote = ctx.quote_by_start.get(tok.start)
            if quote is not None:
                return quote_inside(quote), True
        if tok.tag in FINITE_TAGS or tok.text in CLAUSE_END:
            break
        if tok.text == "," and k + 1 < hi and toks[k + 1].tag == "VBG":
            return None  # "X told reporters, adding that …": the next statement is the participle's
    k = past_phrases(ctx, j, hi)
    if k >= hi or toks[k].text in "," + CLAUSE_END or toks[k].tag in ("WP", "WDT"):
        return None
    return trimmed(ctx, toks[k].start, sentence.end), False


def past_phrases(ctx: ArticleContext, k: int, hi: int) -> int:
    """Past the adverbs and prepositional phrases after a cue ("on Tuesday", "in an interview with X")."""
    toks = ctx.toks
    while k < hi:
        tok = toks[k]
        if tok.tag == "RB":
            k += 1
            continue
        infinitive = k + 1 < hi and tok.tag == "TO" and toks[k + 1].tag == "VB"  # "vowed to protect"
        if tok.tag not in ("IN", "TO") or infinitive or tok.low == "that":
            return k
        k += 1
        if k < hi and toks[k].tag == "PRP":
            k += 1
            continue
        span = ctx.scan.after(k, hi)
        if span is None:
            return k
        k = span[1]
    return k


def claim(
    ctx: ArticleContext, cue: CueHit, source: Source | None, after: bool, lo: int, hi: int, sentence: Sentence
) -> tuple[Span | None, bool]:
    """The claim of a cue and whether it is a direct quote."""
    j = cue.last
    if after and source is not None:
        return claim_before(ctx, cue.first, lo, sentence)
    if cue.name in ctx.vocab.addressee | ctx.vocab.writer_contact | ctx.vocab.citing:
        obj = ctx.scan.after(j, hi)
        if obj is not None:
            j = obj[1]
        elif j < hi and ctx.toks[j].tag == "PRP":
            j += 1
    claim = claim_after(ctx, j, hi, sentence)
    if claim is not None:
        return claim
    if source is None or cue.name in ctx.vocab.writer_contact:
        return None, False
    if source.first - lo <= SHORT_INTRO_TOKENS and j + 1 < hi and ctx.toks[j].text == ",":
        return trimmed(ctx, ctx.toks[j].end, sentence.end), False  # "As the SNHR's database shows, …"
    return claim_before(ctx, source.first, lo, sentence)


def according_claim(
    ctx: ArticleContext, cue: CueHit, source: Source, lo: int, hi: int, sentence: Sentence
) -> tuple[Span | None, bool]:
    """'According to X, CLAIM' or 'CLAIM, according to X'."""
    toks = ctx.toks
    intro = cue.first - lo <= SHORT_INTRO_TOKENS
    if source.last < hi and toks[source.last].text == "," and intro:
        return trimmed(ctx, toks[source.last].end, sentence.end), False
    if cue.first > lo and toks[cue.first - 1].text in "," + QUOTE_MARKS:
        return claim_before(ctx, cue.first, lo, sentence)
    return claim_after(ctx, source.last, hi, sentence) or (None, False)
