"""Cues: the verbs and phrases of saying in a sentence, minus the ones used as nouns or inside quotations."""

from __future__ import annotations

from ...model import Sentence
from ...text.nounphrase import is_determiner
from ...text.quotes import QUOTE_MARKS
from ...text.tokens import PUNCT
from . import classify, real_copy
from .context import ArticleContext, CueHit
from .vocabulary import SUBJECT_QUANTIFIERS, VERB_FOLLOWERS

# Adverbs that stand before a verb, not before a noun: "also projects", "later reported", "previously stated".
VERB_ADVERBS = frozenset({"also", "later", "previously", "earlier", "separately", "further", "repeatedly", "again"})


def noun_use(ctx: ArticleContext, first: int, last: int, lo: int, hi: int) -> bool:
    """A cue word that is mostly a noun ("state", "claims") and is not followed the way a verb of
    saying is (by "that", a quotation, punctuation, a determiner, a pronoun or a preposition)."""
    if last - first != 1 or not ctx.toks[first].tag.startswith("NN"):
        return False
    if (last >= hi or ctx.toks[last].text == ".") and first - 2 >= lo and ctx.toks[first - 1].tag == "NN":
        return ctx.toks[first - 2].tag.startswith("VB")  # "… would accept cabinet posts.": an object's noun
    if last >= hi:
        return False
    after = ctx.toks[last]
    if ctx.scan.capitalised(last) and first > lo and ctx.toks[first - 1].text in "," + QUOTE_MARKS:
        return False  # "…, reports TASS."
    before = ctx.toks[first - 1] if first > lo else None
    if before is not None and before.tag == "NNP" and ctx.toks[first].low in ctx.vocab.cue_place_nouns:
        return True  # "Washington state Superior Court Judge X": after one place's name, the place's noun
    if ctx.scan.capitalised(last) and first > lo and ctx.scan.capitalised(first - 1):
        return False  # "Kazinform News Agency quotes Vice Minister …": a name, the verb, a name
    if first - 2 >= lo and ctx.toks[first - 1].text in QUOTE_MARKS and ctx.toks[first - 2].text == ",":
        return False  # 'The report, "Nowhere to Turn," documents cases …': after a quoted title, the verb
    if after.tag == PUNCT or after.low == "that" or after.text[:1].isdigit():
        return False  # "… show 214 homes", "… report that"
    if first > lo and ctx.toks[first - 1].low in VERB_ADVERBS:
        return False  # "The RBI also projects …": an adverb that only goes before a verb
    if first > lo and ctx.toks[first - 1].tag == "NNS" and ctx.toks[first].low == ctx.toks[first].text.lower():
        return False  # "Humanitarian partners report shortages": a plural subject, so a verb
    compound = first - 1 > lo and ctx.toks[first - 1].tag == "NN" and ctx.toks[first - 2].tag.startswith("JJ")
    if compound and ctx.toks[first].tag == "NNS" and after.tag in ("IN", "DT"):
        return True  # "civil service posts for …": the last noun of a compound
    return after.tag not in VERB_FOLLOWERS


def cues(ctx: ArticleContext, sentence: Sentence, lo: int, hi: int) -> list[CueHit]:
    blocked = [(f, e) for f, e, _ in ctx.not_cue_hits.within(lo, hi) + ctx.marker_hits.within(lo, hi)]
    out: list[CueHit] = []
    for first, last, cue in ctx.cue_hits.within(lo, hi):
        start = ctx.offsets[first]
        if out and out[-1].last == first and ctx.toks[first].tag.startswith("NN"):
            continue  # "described reports that …", "denied claims": the object of a cue, a noun
        if ctx.inside_quote(start) or any(first < e and f < last for f, e in blocked):
            continue
        if last in ctx.adjunct_ends and ctx.adjunct_ends[last] < first:
            continue  # "said in a radio interview that …": the channel's noun, not a cue of its own
        if first in ctx.adjunct_ends and ctx.toks[first].low in ctx.vocab.release_verbs:
            continue  # "said in a statement posted to its website": the channel's participle, not a second cue
        if ctx.text[start].isupper() and first != lo:
            continue  # "the United States", "the State Department"
        before = ctx.toks[first - 1] if first > lo else None
        quantifier = before is not None and before.low in SUBJECT_QUANTIFIERS  # "X and Y both said"
        quantifier = quantifier or (before is not None and classify.one_of_them(ctx, first - 1))  # "Another said"
        if before is not None and is_determiner(before) and not ctx.scan.capitalised(first - 1) and not quantifier:
            continue  # a noun: "a report", "his claims"
        if _verbs_object(ctx, first, lo):
            continue  # "investigators will probe claims that …": the cue word is the object of a verb
        if _modified_noun(ctx, first, last, lo, hi):
            continue  # "during a television interview", "a police report said": the cue word is a noun
        if real_copy.not_saying(ctx, cue.cue, first, last, hi):
            continue  # "found the pair guilty", "analyst forecasts of $1.82": a verdict, a forecast's noun
        if noun_use(ctx, first, last, lo, hi) or _gerund_noun(ctx, first, lo):
            continue  # "state sovereignty", "report card", "for more ORG reporting"
        if last < hi and ctx.toks[last].low in ("nothing", "little") and not _pronoun_subject(ctx, last + 1, hi):
            continue  # "… and said nothing": nothing is attributed; not "said nothing unlawful happened"
        if _object_relative(ctx, first, last, lo, hi):
            continue  # "messages, which the US leader later posted online": the thing was posted, nothing said
        if _an_act(ctx, last, hi, ctx.vocab.act_objects.get(cue.cue)):
            continue  # "declared a state of emergency", "dismissed the lawsuit", "conceded the race": done, not said
        naming = ctx.toks[first].low.endswith("ing") or ctx.toks[first].low.startswith("hail")
        if cue.cue == "described" and naming and not _names_it(ctx, last, hi):
            continue  # "calling relatives back home", "fans hailed the striker": not "hailed it as a win"
        if cue.cue == "ruled" and not _a_ruling(ctx, last, hi, participle=ctx.toks[first].low.endswith("ing")):
            continue  # "His family had ruled the republic": governing, not a decision
        if cue.only and last < hi and (ctx.toks[last].tag in ("VBG", "RB", "EX") or ctx.toks[last].low == "there"):
            continue  # "the documents found there", "companies found breaking the rule": not a finding
        out.append(CueHit(cue.cue, cue.type, first, last, cue.only))
    return out


def _verbs_object(ctx: ArticleContext, first: int, lo: int) -> bool:
    """A cue word right after a verb that follows a modal or "to" ("will review claims", "to probe reports"), which
    the tagger may read as a noun: the cue word is that verb's object; not after an adverb ("will also claim")."""
    toks = ctx.toks
    if first - 2 < lo or toks[first - 2].tag not in ("MD", "TO") or not toks[first].low.endswith("s"):
        return False
    verb = toks[first - 1]
    return verb.text.isalpha() and verb.text.islower() and not verb.tag.startswith("RB") and verb.low != "not"


def _modified_noun(ctx: ArticleContext, first: int, last: int, lo: int, hi: int) -> bool:
    """A one-word cue tagged as a singular noun after a determiner and one singular lower-case noun or adjective,
    with a preposition or a stop after it: "during a television interview on Monday", "a radio interview." name a
    thing; "Figures released by the ministry show 1,000 …" and "The documents state that …" are verbs."""
    toks = ctx.toks
    if last - first != 1 or first - 2 < lo or toks[first].tag != "NN":
        return False
    modifier = toks[first - 1]
    if modifier.tag not in ("NN", "JJ") or not modifier.text.islower() or not is_determiner(toks[first - 2]):
        return False
    return last >= hi or toks[last].tag == "IN" or toks[last].text in ",.;:"


def _object_relative(ctx: ArticleContext, first: int, last: int, lo: int, hi: int) -> bool:
    """A cue of putting out in an object relative clause ("which the US leader posted online"): what was put out
    is the thing before "which", and nothing is said; unless a verb follows ("which the agency posted was fake")."""
    toks = ctx.toks
    if toks[first].low not in ctx.vocab.release_verbs:
        return False  # "reports …, which Korvia confirmed": a cue of saying takes the reports as its claim
    k = first - 1
    while k > lo and first - k <= RELATIVE_REACH and toks[k].low not in ("which", "that"):
        if toks[k].tag.startswith(("VB", "MD")) or toks[k].text in ",;:":
            return False
        k -= 1
    if k <= lo or toks[k].low not in ("which", "that") or k + 1 == first or toks[k - 1].text != ",":
        return False
    return last >= hi or not toks[last].tag.startswith(("VB", "MD"))


RELATIVE_REACH = 6  # tokens between "which" and the cue: the subject of the relative clause and an adverb


def _a_ruling(ctx: ArticleContext, last: int, hi: int, participle: bool = False) -> bool:
    """ "ruled" as a decision: the clause ends after it or one of the lexicon's ruling followers comes next,
    past a time phrase ("ruled Wednesday that …", "ruled this month", "ruled late on Friday"); "ruling" only
    before "that" (", ruling that …"; not "ruling out a crisis", "the ruling party")."""
    toks, time_words = ctx.toks, ctx.vocab.time_words
    if participle:
        return last < hi and toks[last].low == "that"
    while last < hi and (
        toks[last].low in time_words
        or (
            toks[last].low in RULING_TIME_GLUE and last + 1 < hi and toks[last + 1].low in time_words | RULING_TIME_GLUE
        )
    ):
        last += 1
    if last >= hi or toks[last].tag == PUNCT:
        return True
    two = f"{toks[last].low} {toks[last + 1].low}" if last + 1 < hi else ""
    return toks[last].low in ctx.vocab.ruling_followers or two in ctx.vocab.ruling_followers


RULING_TIME_GLUE = frozenset({"this", "last", "late", "early", "on"})  # "ruled late on Friday", "ruled this week"


ACT_REACH = 8  # tokens after the cue within which its object stands


def _an_act(ctx: ArticleContext, last: int, hi: int, acts: frozenset[str] | None) -> bool:
    """ "declared a state of emergency", "dismissed a defamation lawsuit", "conceded the race", "recalled 300
    products": the object (before any "that", comma, quotation or word of talk, ``act_stops``) is one of the
    lexicon's acts for that cue (``<cue>_acts``), so the verb reports a deed, not words."""
    for k in range(last, min(hi, last + ACT_REACH)) if acts else ():
        tok = ctx.toks[k]
        if tok.text in QUOTE_MARKS and _quoted_modifier(ctx, k, last):
            continue  # 'declared a "red" day': a quoted word inside the object, not a quotation
        if tok.low == "that" or tok.text in ",;.:" or tok.text in QUOTE_MARKS:
            return False
        if tok.low in ctx.vocab.act_stops:
            return False
        if tok.low in acts:
            return True
    return False


NAMING_REACH = 6  # tokens after "calling", "branding" within which the name given (a quotation or "as") starts


def _names_it(ctx: ArticleContext, last: int, hi: int) -> bool:
    """A describing participle that gives its object a name: a quotation or "as" follows before the clause ends
    ("calling it “a disgrace”", "describing the plan as reckless"); not "calling relatives back home"."""
    for k in range(last, min(hi, last + NAMING_REACH)):
        tok = ctx.toks[k]
        if tok.text in QUOTE_MARKS or tok.low == "as":
            return True
        if tok.text in ",;.:":
            return False
    return False


def _quoted_modifier(ctx: ArticleContext, k: int, last: int) -> bool:
    """A quotation mark around one word after a determiner ('a "red" day'), opening or closing it."""
    toks = ctx.toks
    if k - 1 > last and toks[k - 2].text in QUOTE_MARKS and is_determiner(toks[k - 3]):
        return True  # the closing mark
    return k > last and is_determiner(toks[k - 1]) and k + 2 < len(toks) and toks[k + 2].text in QUOTE_MARKS


GERUND_OWNERS = frozenset({"more", "our", "its", "their", "his", "her", "your"})


def _gerund_noun(ctx: ArticleContext, first: int, lo: int) -> bool:
    """An -ing cue used as a noun after a name it belongs to: "For more Rights Watch reporting on …", "our
    reporting", "their BBC reporting"; the name is no speaker."""
    toks = ctx.toks
    if not toks[first].low.endswith("ing"):
        return False
    k = first - 1
    while k > lo and ctx.scan.capitalised(k):
        k -= 1
    return k >= lo and toks[k].low in GERUND_OWNERS


def _pronoun_subject(ctx: ArticleContext, i: int, hi: int) -> bool:
    """ "nothing"/"little" as the subject of the claim's own verb ("said nothing unlawful had happened", "said
    little was known"): a finite verb after it, past adjectives and "or" only."""
    toks = ctx.toks
    while i < hi and (toks[i].tag.startswith("JJ") or toks[i].low == "or"):
        i += 1
    return i < hi and toks[i].tag in ("VBD", "VBZ", "VBP", "MD")
