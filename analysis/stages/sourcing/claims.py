"""Claims: what is attributed to each source — a that-clause, a quotation, or the clause before or after."""

from __future__ import annotations

import re

from ...model import Sentence, Span
from ...text.quotes import QUOTE_MARKS
from . import addressees, claim_ends
from .adverbials import quantity_at, subordinator_at
from .claim_span import past_apposition, trimmed
from .context import ArticleContext, CueHit, Source
from .questions import asked_if
from .quotations import as_quoted, continued, past_role_words, quote_ending_at, quote_just_before, role_before
from .relatives import ing_form
from .vocabulary import (
    CLAIM_LOOKAHEAD,
    CLAUSE_END,
    DATELINE_RE,
    FINITE_TAGS,
    SHORT_INTRO_TOKENS,
    TIME_GLUE,
    VERB_FOLLOWERS,
)


def reported_end(ctx: ArticleContext, start: int, end: int) -> int:
    """Where a reported (not quoted) claim ends: before the writer's comment on it (", a view rejected by …",
    ", hours before …", ", without saying …") or the speaker's next act (" but declined to …", " and asked …")."""
    first, last = ctx.tok_at(start), ctx.tok_at(end)
    toks, quoted = ctx.toks, ctx.inside_quote
    starts, lows = toks.starts, toks.lows  # the token lists: this runs over every reported claim
    for k in range(first + 1, last):
        if quoted(starts[k]):
            continue
        low = lows[k]
        aside = low in claim_ends.DASHES and claim_ends.dash_aside(ctx, low, k, last)
        if aside or (low == "," and k + 1 < last and _comment_after_comma(ctx, k + 1, last)):
            return starts[k]  # ", a view rejected by …", "— part of what could be the worst …": the writer's
        second = k + 1 < last and k + 1 in ctx.cue_firsts and _participle_cue(ctx, k + 1)
        if low == "," and second and speakers_participle(ctx, first, k + 1):
            return starts[k]  # "… an end to the attacks, warning that …": a second statement
        if low in ("but", "and") and k + 1 < last and _speaker_act(ctx, k + 1, last):
            return starts[k]
        if low == "and" and lows[k + 1 : k + 2] == ["that"] and _pronoun_that(ctx, k + 1, last):
            return starts[k]  # "reported the arrest and that caused …": the writer goes on about what happened
        if low in ("but", "while", "whereas", "though", "although", "with") and k + 1 < last:
            other = ctx.scan.after(k + 1, last)  # "… but the opposition said …", "…, with X reporting …"
            if other is None and toks[k + 1].tag == "PRP":
                other = (k + 1, k + 2)  # "…, though she acknowledged …"
            if other is not None and other[1] in ctx.cue_firsts:
                return starts[k]
    return end


def speakers_participle(ctx: ArticleContext, first: int, k: int) -> bool:
    """The participle cue at ``k`` goes on with the speaker whose claim starts at ``first``: "adding" and "saying"
    always do, and so do one that names another source ("citing X") and one that names the thing ("calling it
    …"); another ("warning", "calling on") only when no clause with its own verb stands between ("A said B had
    fled, leading …, calling on …": the call may be B's)."""
    if ctx.toks[k].low in ctx.vocab.speaker_participles:
        return True
    if any(c.cue in ctx.vocab.takes_object or c.cue == "described" for _, _, c in ctx.cue_hits.within(k, k + 1)):
        return True
    return not finite_between(ctx, first, k)


def finite_between(ctx: ArticleContext, first: int, last: int) -> bool:
    """A finite verb outside quotation marks between two tokens: a clause of its own."""
    toks = ctx.toks
    return any(toks[k].tag in FINITE_TAGS and not ctx.inside_quote(toks[k].start) for k in range(first, last))


def _comment_after_comma(ctx: ArticleContext, k: int, last: int) -> bool:
    toks = ctx.toks
    low = toks[k].low
    if low in ("before", "after") and k + 1 < last and ing_form(toks[k + 1]):
        return True  # "…, before apologising in a video": the writer goes on to the speaker's next act
    if low in ("without", "despite", "hours", "days", "weeks", "shortly", "just", "moments", "which"):
        return low != "which" or (k + 1 < last and toks[k + 1].low in ("is", "was", "has"))  # ", which is the sort …"
    if low in ("a", "an", "the") and k + 1 < last:
        noun = toks[k + 1].low
        return noun in COMMENT_NOUNS or (k + 2 < last and toks[k + 2].low in COMMENT_NOUNS)
    return low == "a" and k + 1 < last and toks[k + 1].low in ("day", "week", "month", "year")


# Nouns with which a writer comments on what was said: ", a view rejected by …", ", the standard charge …".
COMMENT_NOUNS = frozenset(
    {
        "view",
        "line",
        "claim",
        "move",
        "step",
        "charge",
        "position",
        "stance",
        "statement",
        "figure",
        "number",
        "account",
        "version",
        "assertion",
        "allegation",
        "suggestion",
        "sign",
        "reference",
        "nod",
        "day",
        "week",
    }
)
SPEAKER_ACTS = frozenset(
    {
        "declined",
        "refused",
        "would",
        "did",
        "could",
        "asked",
        "urged",
        "called",
        "added",
        "said",
        "warned",
        "announced",
        "promised",
        "vowed",
        "told",
        "insisted",
        "denied",
        "gave",
        "offered",
        "thanked",
        "expressed",
        # the present tense of live blogs and broadcast copy: "… and calls for parties to …", "… but asks drivers …"
        "says",
        "adds",
        "asks",
        "urges",
        "calls",
        "warns",
        "tells",
        "insists",
        "denies",
    }
)


def _speaker_act(ctx: ArticleContext, k: int, last: int) -> bool:
    """After "and"/"but": the speaker's own next verb ("but declined to name", "and asked households …")."""
    toks = ctx.toks
    low = toks[k].low
    if low in ("would", "did", "could") and k + 2 < last and toks[k + 1].low in ("not", "n't", "never"):
        return toks[k + 2].low in WITHHELD  # "but did not say when"; not "and could not pay", "but did not agree"
    return low in SPEAKER_ACTS and low not in ("would", "did", "could")


# Verbs after "did not", "would not" that withhold words, the speaker's own next act rather than part of the claim
WITHHELD = frozenset(
    {"say", "specify", "elaborate", "give", "provide", "disclose", "explain", "respond", "immediately"}
)


def claim_before(ctx: ArticleContext, first: int, lo: int, sentence: Sentence) -> tuple[Span | None, bool]:
    """What comes before the source: the quotation it closes, or the clause before the comma."""
    k = past_role_words(ctx, first - 1, lo)
    set_off = k < first - 1 or (k >= lo and ctx.toks[k].text in SET_OFF)
    while k >= lo and ctx.toks[k].text == ",":
        k -= 1
    if k < lo:
        return None, False
    opener = k + 1 - lo <= OPENER_TOKENS and not any(ctx.toks[m].tag == "CD" for m in range(lo, k + 1))
    if (not set_off or opener) and not _clause_or_quote(ctx, lo, k + 1):
        return None, False  # "Later Trump had tweeted …", "However, residents told …": an adverb, not what was said
    if ctx.toks[k].text in QUOTE_MARKS:
        quoted = quote_ending_at(ctx, ctx.toks[k].end)
        if quoted is not None and not LIVE_STAMP_RE.sub("", ctx.text[sentence.start : quoted.start - 1].strip()):
            return quoted, True  # the quotation opens the sentence, or a live blog's entry ("22:41 – “…,” X said")
    dateline = DATELINE_RE.match(ctx.text, sentence.start, ctx.toks[k].end)
    return trimmed(ctx, dateline.end() if dateline else sentence.start, ctx.toks[k].end), False


def _clause_or_quote(ctx: ArticleContext, first: int, last: int) -> bool:
    return finite_between(ctx, first, last) or any(ctx.toks.texts[k] in QUOTE_MARKS for k in range(first, last))


OPENER_TOKENS = 2  # a sentence's opening adverb before its source ("However,", "Later on")
SET_OFF = frozenset({",", ":", ";", "—", "–", "-", *QUOTE_MARKS})  # what stands between a claim and its source
LIVE_STAMP_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*[–—-]?$")  # a live-blog entry's time stamp before its first words


def claim_after(
    ctx: ArticleContext, j: int, hi: int, sentence: Sentence, *, addressee: bool = False
) -> tuple[Span | None, bool] | None:
    """What follows the cue: a that-clause, a quotation or the clause itself; None if nothing does."""
    toks = ctx.toks
    stop = hi
    if j + 1 == hi < len(toks) and toks[j].text == ":" and toks[hi].text in QUOTE_MARKS:
        quote = ctx.quote_by_start.get(toks[hi].start)  # 'X said:' ending its line, the quotation on the next
        if quote is not None:
            return continued(ctx, quote), True
    if j + 1 < hi and toks[j].low == "as" and toks[j + 1].tag == "VBG":
        j += 2  # "quoted a source as saying …"
    if 0 < j < hi - 1 and f"{toks[j - 1].low} {toks[j].low}" in ctx.vocab.prepositional_claims:
        return as_quoted(ctx, trimmed(ctx, toks[j + 1].start, reported_end(ctx, toks[j + 1].start, sentence.end)))
    if j < hi and toks[j].tag.startswith("NN") and (j in ctx.cue_firsts or toks[j].low.rstrip("s") in COMMENT_NOUNS):
        # "described reports that his plane … as disinformation": what was described is the reports
        return trimmed(ctx, toks[j].start, reported_end(ctx, toks[j].start, sentence.end)), False
    for k in range(j, min(hi, j + CLAIM_LOOKAHEAD)):
        tok = toks[k]
        if tok.low == "that" and not _pronoun_that(ctx, k, hi):
            return as_quoted(ctx, trimmed(ctx, toks[k].end, reported_end(ctx, toks[k].end, sentence.end)))
        if tok.text in QUOTE_MARKS:
            quote = ctx.quote_by_start.get(tok.start)
            opens = k == j or toks[k - 1].text in ",:"  # "said: “…”", "wrote on Facebook: '…'"; not "called it “…”"
            if quote is not None and opens:
                return continued(ctx, quote), True
        if tok.tag in FINITE_TAGS or tok.text in CLAUSE_END:
            break
        if tok.text == "," and k + 1 < hi and _participle_cue(ctx, k + 1):
            if addressee:
                return None  # "X told reporters, adding that …": the next statement is the participle's
            stop = k  # "X declared the march illegal, saying …": the claim ends at the participle
            break
    k = skipped = past_phrases(ctx, j, hi)
    if k + 1 < hi and toks[k].low in ANAPHORIC_OBJECTS and toks[k + 1].tag == "IN":
        return None  # "disclosed this on Thursday at a briefing": "this" is no time word, what was said is before
    while k < hi and (toks[k].low in ctx.vocab.time_words or (toks[k].low in TIME_GLUE and k + 1 < hi)):
        if toks[k].low not in ctx.vocab.time_words and not _time_follows(ctx, k, hi):
            break
        k += 1  # "…, the network said today.", "… reported late on Sunday, citing …"
    k = past_phrases(ctx, k, hi) if k > skipped else k  # "…, the company said yesterday in a statement."
    if k >= min(hi, stop) or toks[k].text in "," + CLAUSE_END or toks[k].tag in ("WP", "WDT"):
        return None
    if k == j and toks[k].low in ("and", "but") and k + 1 in ctx.cue_firsts:
        return None, False  # "offered condolences and said …": right after the cue, the next cue carries the claim
    named = k + 1 < hi and toks[k + 1].text in QUOTE_MARKS  # "called it “a disgrace”": what it was called
    if (
        toks[k].low in ANAPHORIC_OBJECTS
        and not named
        and (k + 1 >= min(hi, stop) or toks[k + 1].tag in ("IN", "TO", "P"))
    ):
        return None  # "X stated this in a comment to NBC", "reported it on Monday": what was said is elsewhere
    return as_quoted(ctx, trimmed(ctx, toks[k].start, reported_end(ctx, toks[k].start, sentence.end)))


def _pronoun_that(ctx: ArticleContext, k: int, hi: int) -> bool:
    """ "that" with a verb of its own right after it is a pronoun, not the start of what was said: "urged people to
    report any information that appears suspicious", "reported the arrest and that caused …"; a that-clause
    starts with its subject ("said that talks would resume")."""
    toks = ctx.toks
    if k + 1 >= hi:
        return False
    after = toks[k + 2].tag if k + 2 < hi else ""
    if toks[k + 1].tag == "MD" and toks[k - 1].tag.startswith("NN"):
        return True  # "asked the court to consider remedies that could include …": a relative, not what was said
    if toks[k + 1].tag == "VBN":  # the tag list's guess for "caused", "led": a verb when an object follows
        return after in VERB_FOLLOWERS  # not "that wounded soldiers were …"
    return toks[k + 1].tag in FINITE_TAGS and after not in FINITE_TAGS


def past_phrases(ctx: ArticleContext, k: int, hi: int) -> int:
    """Past the adverbs and prepositional phrases after a cue ("on Tuesday", "in an interview with X"); not
    past a quantity, which starts the claim ("said at least 30 businesses …", "said about 1,200 homes …")."""
    toks = ctx.toks
    while k < hi:
        tok = toks[k]
        if quantity_at(ctx, k, hi) or subordinator_at(ctx, k, hi):
            return k
        if tok.tag == "RB" and tok.low not in ("not", "never"):  # "told them not to travel": part of the claim
            k += 1
            continue
        infinitive = k + 1 < hi and tok.tag == "TO" and toks[k + 1].tag == "VB"  # "vowed to protect"
        if tok.tag not in ("IN", "TO") or infinitive or tok.low in ("that", "whether"):
            return k  # "whether" opens a reported question ("asked whether …"), not a phrase to step over
        k += 1
        if k < hi and toks[k].tag == "PRP":
            k += 1
            continue
        span = ctx.scan.after(k, hi)
        if span is None:
            return k
        k = span[1]
    return k


QUOTED_NAME_WORDS = 4  # at most this many capitalised words in quotation marks after an addressee: a name
# A pronoun object standing for what was said before ("stated this in a comment", "reported it on Monday").
ANAPHORIC_OBJECTS = frozenset({"this", "it", "these", "those"})


def claim(
    ctx: ArticleContext, cue: CueHit, source: Source | None, after: bool, lo: int, hi: int, sentence: Sentence
) -> tuple[Span | None, bool]:
    """The claim of a cue and whether it is a direct quote."""
    j = cue.last
    if after and source is not None:
        return claim_before(ctx, cue.first, lo, sentence)
    if ctx.toks[cue.first].low in ("put", "puts") and ctx.toks[cue.last - 1].low == "at":
        j = cue.first + 1  # "put the number of dead at 5,200": the figure and what it counts are the claim
    if cue.name in ctx.vocab.addressee | ctx.vocab.writer_contact | ctx.vocab.citing and not asked_if(ctx, j, hi):
        while j + 1 < hi and ctx.toks[j].tag == "RB" and ctx.toks[j + 1].low == "to":
            j += 1  # "spoke anonymously to the agency"
        if j + 1 < hi and ctx.toks[j].low == "to" and cue.name in ctx.vocab.writer_contact:
            j += 1  # "spoke to the BBC": the one spoken to, as "told the BBC"
        obj = ctx.scan.after(j, hi)
        if obj is not None:
            j = addressees.outlet_end(ctx, obj) if cue.name in ctx.vocab.addressee else obj[1]
            while j + 1 < hi and ctx.toks[j].low in ("and", "or") and (more := ctx.scan.after(j + 1, hi)) is not None:
                j = more[1]  # "citing state media and two officials", "told Reuters and the BBC": one object
        elif j < hi and ctx.toks[j].tag == "PRP":
            j += 1
        j = _past_quoted_name(ctx, j, hi)
    near = source is not None and 0 <= cue.first - source.last <= 1  # '"…," X said', not '"…," X told Y, adding'

    opening = role_before(ctx, source.first, lo) if near and source is not None else 0  # '"…," the president, X, said'
    if near and quote_just_before(ctx, opening, lo):
        quoted = claim_before(ctx, opening, lo, sentence)  # '"We will be out here," X said in a video …'
        if quoted[1]:
            return quoted
    if near and _parenthetical(ctx, source, cue, lo, hi):
        return trimmed(ctx, sentence.start, sentence.end), False  # "The defendant, the judge noted, had lied"
    claim = claim_after(ctx, j, hi, sentence, addressee=cue.name in ctx.vocab.addressee)
    if claim is not None and cue.name in ctx.vocab.writer_contact and not claim[1]:
        first = ctx.tok_at(claim[0].start) if claim[0] is not None else hi
        writer_asks = source is not None and source.kind == "self" and asked_if(ctx, first, hi)
        if first < hi and (ctx.toks[first].tag.startswith("VB") or writer_asks):
            return None, False  # "Parents I spoke with … said …": the verb is the contacts'; "I asked X whether …"
    if claim is not None and claim[0] is not None and cue.only == ("self",) and not claim[1]:
        first = ctx.tok_at(claim[0].start)
        if not (ctx.toks[first].text[:1].isdigit() or (first > 0 and ctx.toks[first - 1].low == "that")):
            return None, False  # "I called an old friend", "I have seen a copy": an act, not a finding
    if claim is not None:
        return claim
    if source is None or cue.name in ctx.vocab.writer_contact:
        return None, False
    # "As the Ledger noted in its report, …": past the channel's phrase when the sentence opens with "As"
    comma = _comma_after_adjuncts(ctx, past_phrases(ctx, j, hi) if ctx.toks[lo].low == "as" else j, hi)
    if source.first - lo <= SHORT_INTRO_TOKENS and comma is not None and comma + 1 < hi:
        if _statement_participle(ctx, comma + 1):
            return None, False  # "X hit back, insisting that …": the participle carries what was said
        resumed = _past_citing_aside(ctx, comma + 1, hi)
        if resumed is not None:  # "Tass reported, citing a source, that …": the claim is after the aside
            start = ctx.toks[resumed].end if ctx.toks[resumed].low == "that" else ctx.toks[resumed].start
            return trimmed(ctx, start, reported_end(ctx, start, sentence.end)), False
        return trimmed(ctx, ctx.toks[comma].end, sentence.end), False  # "As the SNHR's database shows, …"
    if source.role and source.first - 1 > lo and ctx.words(lo, source.first - 1) == source.role:
        return None, False  # "The spokesman of ORG, X, stated this …": the role set off before the name, no claim
    role = role_before(ctx, source.first, lo)  # "CLAIM, the Commissioner of Police, X, has said": not the role
    titled = lo < role < source.first and ctx.toks[role].low in ("the", "a", "an", "its", "their", "his", "her")
    titled = titled and any(ctx.vocab.is_person_noun(ctx.toks[k].low) for k in range(role, source.first))
    return claim_before(ctx, role if titled else source.first, lo, sentence)


def _past_quoted_name(ctx: ArticleContext, j: int, hi: int) -> int:
    """Past a name in quotation marks right after an addressee ('spoke to the news agency “Ria Novosti”'): a few
    capitalised words, not speech; ``j`` itself otherwise."""
    if j >= hi or ctx.toks[j].text not in QUOTE_MARKS:
        return j
    quote = ctx.quote_by_start.get(ctx.toks[j].start)
    if quote is None:
        return j
    words = quote.text.strip(QUOTE_MARKS + ".,").split()
    if not 0 < len(words) <= QUOTED_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return j
    after = addressees.past_programme(ctx, ctx.tok_at(quote.end), hi)  # 'NBC's "Today" show that …'
    if after < hi and ctx.toks[after].text not in "," + CLAUSE_END and ctx.toks[after].low != "that":
        return j  # 'told residents “Stay Inside Now” as the storm neared': words said, with more after them
    return after


def _parenthetical(ctx: ArticleContext, source: Source, cue: CueHit, lo: int, hi: int) -> bool:
    """An attribution set off by commas inside the clause it reports ("The toll, officials said, will rise"): the
    clause runs on both sides of it, so the claim is the whole sentence (as an interrupted quotation's is)."""
    toks = ctx.toks
    opens = source.first - 1 > lo and toks[source.first - 1].text == ","
    closes = cue.last + 1 < hi and toks[cue.last].text == ","
    if not (opens and closes) or any(toks[k].text in QUOTE_MARKS for k in range(lo, hi)):
        return False
    before = range(lo, source.first - 1)
    return not any(toks[k].text == "," for k in before) and toks[cue.last + 1].tag in FINITE_TAGS | {"RB"}


def _participle_cue(ctx: ArticleContext, k: int) -> bool:
    """A participle at token ``k``, or a cue in its -ing form the tagger took for a noun ("warning", "noting")."""
    tok = ctx.toks[k]
    return tok.tag == "VBG" or (k in ctx.cue_firsts and tok.low.endswith("ing"))


def _statement_participle(ctx: ArticleContext, k: int) -> bool:
    """A participle cue of a second statement at ``k`` ("insisting", "saying"), not one that names another
    party ("citing X", "speaking to Y")."""
    if not _participle_cue(ctx, k):
        return False
    named = ctx.vocab.takes_object
    return any(cue.cue not in named for _, _, cue in ctx.cue_hits.within(k, k + 1))


def _past_citing_aside(ctx: ArticleContext, k: int, hi: int) -> int | None:
    """The token after ", citing X," when a participle naming another source opens at ``k``, or None."""
    if not _participle_cue(ctx, k) or _statement_participle(ctx, k):
        return None
    obj = ctx.scan.after(k + 1, hi)
    if obj is None or obj[1] + 1 >= hi or ctx.toks[obj[1]].text != ",":
        return None
    return obj[1] + 1


def _comma_after_adjuncts(ctx: ArticleContext, j: int, hi: int) -> int | None:
    """The comma right after a cue, past adverbs and words of time ("As I wrote here last week, …")."""
    toks = ctx.toks
    for k in range(j, min(hi, j + SHORT_INTRO_TOKENS + 1)):
        if toks[k].text == ",":
            return k
        if not (toks[k].tag == "RB" or toks[k].low in ctx.vocab.time_words or toks[k].low in TIME_GLUE):
            return None
    return None


def _time_follows(ctx: ArticleContext, k: int, hi: int) -> bool:
    """Only glue words ("late on", "early this") stand between token ``k`` and a word of time."""
    while k < hi and ctx.toks[k].low in TIME_GLUE:
        k += 1
    return k < hi and ctx.toks[k].low in ctx.vocab.time_words


def after_comma(ctx: ArticleContext, k: int, lo: int) -> bool:
    """A comma just before token ``k``, or a quotation's closing mark right after a comma ('"…," per X')."""
    texts = ctx.toks.texts
    return k > lo and (texts[k - 1] == "," or (k - 1 > lo and texts[k - 1] in QUOTE_MARKS and texts[k - 2] == ","))


def according_claim(
    ctx: ArticleContext, cue: CueHit, source: Source, lo: int, hi: int, sentence: Sentence
) -> tuple[Span | None, bool]:
    """'According to X, CLAIM' or 'CLAIM, according to X'."""
    toks = ctx.toks
    intro = cue.first - lo <= SHORT_INTRO_TOKENS
    end = source.last
    while end + 1 < hi and (toks[end].low in TIME_GLUE - {","} or toks[end].low in ctx.vocab.time_words):
        end += 1  # "According to a report by AFP on Tuesday, …"
    end = end if end > source.last and toks[end - 1].low in ctx.vocab.time_words else source.last
    if end < hi and toks[end].text == "," and intro:
        end = past_apposition(ctx, end, hi, source.kind)  # "According to X, DCP …, …", "the complaint, one of …,"
        quote = ctx.quote_by_start.get(toks[end + 1].start) if end + 1 < hi else None
        return (continued(ctx, quote), True) if quote else (trimmed(ctx, toks[end].end, sentence.end), False)
    if cue.first > lo and toks[cue.first - 1].text in "," + QUOTE_MARKS:
        return claim_before(ctx, cue.first, lo, sentence)
    return claim_after(ctx, source.last, hi, sentence) or (None, False)
