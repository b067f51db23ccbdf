"""Reading one sentence: cues, then each cue's source and claim, as attributions."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Attribution, Sentence
from ...text.quotes import QUOTE_MARKS, quote_inside
from . import claim_span, claims, coordination, cues, labels, pairs, questions, quotations, references, sources
from .context import ArticleContext, CueHit, Source
from .passive_citing import add_cited
from .refinements import finding_with_clause, relays_speaker, said_this, vague_reports
from .vocabulary import DATELINE_RE, EMBED_RE


def attribution(ctx: ArticleContext, source: Source, cue: CueHit, claim, sentence: Sentence) -> Attribution:
    claim_span, direct = claim if claim else (None, False)
    if _speaks_of_itself(ctx, source, claim_span, direct):
        source = source._replace(kind="organization")
    return Attribution(
        kind=source.kind,
        source=source.name,
        cue=cue.name,
        cue_type=cue.type,
        direct_quote=bool(direct and claim_span is not None),
        span=ctx.span(source.first, source.last),
        cue_span=ctx.span(cue.first, cue.last),
        claim=claim_span,
        sentence=sentence.index,
        role=source.role,
        refers_to=source.name if source.refers else "",
    )


def _speaks_of_itself(ctx: ArticleContext, source: Source, claim_span, direct: bool) -> bool:
    """A bare name that is a body, not a person: one word the text never gives a first name, title or
    honorific ("GridNorth said", "Gardaí have confirmed"), or a name whose claim starts "its …" ("Fine Gael
    said its candidates …"); "Grant Shapps said it was a disgrace" stays a person."""
    if source.kind != "named" or source.role or source.refers:
        return False
    if " " not in source.name and not references.person_evidence(ctx, source.name):
        return not _party_tag(ctx, source)
    if references.body_in_full(ctx, source.name):
        return True  # "Straits Pacific said" where the text names "Straits Pacific Airlines"
    if references.named_in_full_each_time(ctx, source.name) and not _personal_claim(claim_span):
        return True  # "Andes Copper said" each time; not "X told TASS that the call she received …"
    if references.described_as_body(ctx, source.first, source.last):
        return True  # "Shreve Ready, the city's emergency preparedness office"
    if claim_span is None or direct:
        return False
    first = claim_span.text.split(" ", 1)[0].lower()
    return first == "its" and not references.surname_alone(ctx, source.name)


FREE_RELATIVES = frozenset({"what", "whatever"})  # "what he said", "whatever she told them": a thing, not a claim


def _free_relative(ctx: ArticleContext, subject: Source | None, after: bool, cue: CueHit, lo: int) -> bool:
    """ "what he said", "whatever she told them": a thing said, whose words are not given; "what the council
    called 'insubordination'" still names it (the describing cue)."""
    if subject is None or after or subject.first <= lo or cue.name == "described":
        return False
    return ctx.toks[subject.first - 1].low in FREE_RELATIVES


PERSONAL_WORDS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _personal_claim(claim_span) -> bool:
    """The claim speaks of the source as a man or a woman ("… the call she received …"): a person, not a body."""
    return claim_span is not None and any(w in PERSONAL_WORDS for w in re.findall(r"[a-z]+", claim_span.text.lower()))


PARTY_TAG_RE = re.compile(r",\s+[DRI]-[A-Z]")  # US style "Ortega, D-Ward 3", "Smith, R-Texas": a politician


def _party_tag(ctx: ArticleContext, source: Source) -> bool:
    """The name is followed by a US party-and-district tag: a person, whatever else the text says."""
    return PARTY_TAG_RE.match(ctx.text, ctx.toks[source.last - 1].end) is not None


# A newsletter's run-in label before the item it introduces ("What the EU says:", "What they're saying:").
SAYING_HEADING_RE = re.compile(r"\s*What\b[^:.\n]{0,40}?\b(?:say|says|said|saying)\s*:\s*")
FOOTAGE_CUE = "shows"  # what pictures show: an outlet as its subject stands for its footage


def _outlet(ctx: ArticleContext, source: Source) -> bool:
    """A news outlet or broadcast medium ("State broadcaster MRTV", "Local television"), not its own outlet."""
    if source.kind == "agency":
        return not ctx.is_own(source.name)
    return source.kind == "anonymous" and ctx.vocab.is_in(ctx.toks[source.last - 1].low, ctx.vocab.agency_heads)


REQUEST_CUE = "urged"  # the cue a request is filed under ("asked X to …" is a request, like "urged X to …")


def _request(ctx: ArticleContext, cue: CueHit, hi: int) -> bool:
    """ "asked the commission to delay …": someone asked to do something, a request (not the writer's contact)."""
    if cue.name != "asked":
        return False
    obj = ctx.scan.after(cue.last, hi)
    end = obj[1] if obj is not None else cue.last
    return end + 1 < hi and ctx.toks[end].low == "to" and ctx.toks[end + 1].tag == "VB"


def _handed_on(ctx: ArticleContext, earlier: Attribution, later: Attribution) -> bool:
    """A claimless cue followed by a comma and a participle that carries the claim ("hit back, insisting …",
    "hit back on Instagram last night, writing that …": no clause of its own between, and no audience)."""
    if earlier.claim is not None or later.claim is None:
        return False
    end, participle = ctx.tok_at(earlier.cue_span.end), ctx.tok_at(later.cue_span.start)
    if participle == end + 1 and ctx.toks[end].text == ",":
        return True
    if participle <= end or ctx.toks[participle - 1].text != "," or earlier.cue in ctx.vocab.takes_object:
        return False  # "X told reporters, adding that …" is two statements
    return not claims.finite_between(ctx, end, participle - 1)


def _according_source(ctx: ArticleContext, cue: CueHit, lo: int, hi: int) -> Source | None:
    """Who "according to" names: a pronoun ("According to him") or the noun phrase after it; a bare "per" only
    after a comma, or a quotation's closing mark after one ('…, per Reuters', '"…," per ESPN'; not "$2 per share")."""
    if ctx.toks[cue.first].low == "per" and not claims.after_comma(ctx, cue.first, lo):
        return None
    if cue.last < hi and ctx.toks[cue.last].tag == "PRP":
        return sources.pronoun(ctx, cue.last, lo)
    span = ctx.scan.after(cue.last, hi)
    if span is None:
        return None
    found = sources.checked(ctx, span, sources.clause_end(ctx, span[1], hi))
    by_outlet = _report_by_outlet(ctx, found, hi)
    return by_outlet or found


def _report_by_outlet(ctx: ArticleContext, found: Source | None, hi: int) -> Source | None:
    """ "according to a report by Study Digest": the outlet whose report it is, named with its report (as "a
    report by AFP"); a body's report ("a report by the Environment Agency") stays a document, author and all."""
    toks = ctx.toks
    if found is None or found.kind != "document" or found.last + 1 >= hi or toks[found.last].low != "by":
        return None
    author = ctx.scan.after(found.last + 1, hi)
    by = sources.checked(ctx, author, sources.clause_end(ctx, author[1], hi)) if author else None
    if by is None or by.refers:
        return None
    if by.kind == "organization":
        return found._replace(last=by.last)  # the body's document, its author kept in the phrase
    return Source("agency", by.name, "", found.first, by.last) if by.kind in ("agency", "named") else None


def _may_speak(ctx: ArticleContext, subject: Source, cue: CueHit, lo: int) -> bool:
    """Not the writer's own outlet ("Kazinform correspondent reports" in Kazinform's copy) or its staff ("Our Rome
    correspondent X says"), and of a kind the cue allows ("workers found …": only a report or a body finds)."""
    if subject.kind == "agency" and ctx.is_own(subject.name):
        return False
    if subject.kind in ("named", "anonymous") and _own_staff(ctx, subject, lo):
        return False  # "Our correspondent X says", "Our correspondent in Seville says"
    if subject.kind == "document" and vague_reports(ctx, subject.first, subject.last):
        return False  # "Reports from Tehran suggested …": no document named
    if not cue.only or subject.kind in cue.only:
        return True
    toks, vocab = ctx.toks, ctx.vocab
    return toks[cue.first].low in vocab.findings_with_that and finding_with_clause(ctx, subject.first, cue.last)


def _embedded_post(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence is on a line that embeds an agency's post ("#WATCH | …"), which restates the body."""
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    return EMBED_RE.match(ctx.text, line, sentence.end) is not None


def _own_staff(ctx: ArticleContext, source: Source, lo: int) -> bool:
    """A person introduced as the outlet's own staff ("Our Rome correspondent X", "ATN's correspondent X" in
    ATN's copy): the writer's outlet, not a source."""
    toks = ctx.toks
    start = max(lo, source.first - STAFF_REACH)
    staff = next((k for k in range(start, source.last) if toks[k].low in ctx.vocab.newsroom_roles), None)
    if staff is None:
        return False
    return any(toks[k].low == "our" or ctx.is_own(POSSESSIVE_RE.sub("", toks[k].text)) for k in range(start, staff))


STAFF_REACH = 6  # tokens before a name within which "Our … correspondent" or "ATN's … reporter" stands
POSSESSIVE_RE = re.compile(r"['’]s?$")


def read_sentence(ctx: ArticleContext, sentence: Sentence, heading: bool = False) -> list[Attribution]:
    """The attributions of one sentence; of a heading only a "Source: X" line's (a headline restates the body)."""
    if _embedded_post(ctx, sentence):
        return []
    lo, hi = _reading_start(ctx, sentence), ctx.tok_at(sentence.end)
    found: list[Attribution] = []

    def add(source: Source | None, cue: CueHit, claim, *, together: bool = True) -> None:
        if source is None:
            return
        if together:
            source, others = pairs.together(ctx, source, lo, hi)  # "TRT and Anadolu Agency reported"
            for other in others:
                add(other, cue, claim, together=False)
        _keep(ctx, found, attribution(ctx, source, cue, claim, sentence), cue.name)

    vocab = ctx.vocab
    credits = labels.credit_line(ctx, lo, hi)
    for source, cue in credits:  # "Source: Bar and Bench": the line attributes the whole item
        add(source, cue, (None, False), together=False)
    if credits or heading:
        return found
    found_cues = cues.cues(ctx, sentence, lo, hi)
    described: set[int] = set()  # tokens right after an "according to" source
    for cue in found_cues:
        if _in_relative_aside(ctx, cue, found_cues, lo, hi):
            continue  # "Kessler, who on Sunday had urged members to …, said": what he said is after the aside
        if cue.name == "according to":
            source = _according_source(ctx, cue, lo, hi)
            if source is not None and _may_speak(ctx, source, cue, lo):  # not "according to our correspondent"
                add(source, cue, claims.according_claim(ctx, cue, source, lo, hi, sentence))
                described.add(source.last)
            continue
        if cue.first in described:
            continue  # "according to vote totals announced Thursday": the participle describes the source
        if cue.name in vocab.citing and cue.last < hi and ctx.toks[cue.last].low == "by":
            add_cited(ctx, cue, lo, hi, sentence, add)  # "X was cited by Y as saying …"
            continue
        subject, after = sources.subject(ctx, cue, lo, hi)
        if _free_relative(ctx, subject, after, cue, lo):
            continue  # "The manager revealed what he said in the dressing room": what was said is not given
        subject = coordination.nearer_speaker(ctx, found, cue, subject, lo) or subject  # "… confirmed X and said Y"
        if found and participle_after_comma(ctx, cue, lo) and _goes_on(ctx, found[-1], cue):
            subject = sources.same_speaker(ctx, found[-1], cue) or subject  # "X told reporters, adding that …"
        elif subject is None and not found and participle_after_comma(ctx, cue, lo) and cue.name not in vocab.citing:
            subject = sources.sentence_subject(ctx, lo, cue.first)  # "The judge dismissed the case, saying …"
        if nested(ctx, found, cue, subject):
            continue  # "X said officers believed …": the officers' belief is part of what X said
        obj = sources.object(ctx, cue, hi) if cue.name in vocab.takes_object else None
        writer = subject is not None and subject.kind == "self"
        if cue.name in vocab.writer_contact and writer:
            k = sources.skip_back(ctx, cue.first - 1, lo)
            if obj is None and k > lo:
                obj = sources.checked(ctx, ctx.scan.before(k, lo), ctx.toks[k].start)  # "diplomats I spoke to"
            elif obj is not None and cue.name == "asked" and questions.asks_a_question(ctx, obj, hi):
                obj = None  # "I asked X whether …": a question; X is a source only where X answers
        elif cue.name in vocab.writer_contact and cue.name not in vocab.addressee:
            if not _request(ctx, cue, hi) and not questions.asked_aloud(ctx, cue, hi):
                continue  # "Assad asked …", "Assad contacted …": not an attribution; 'She asked: "Why?"' is one
            cue, obj = (cue if questions.asked_aloud(ctx, cue, hi) else cue._replace(name=REQUEST_CUE)), None
        if obj is not None and obj.kind == "agency" and ctx.is_own(obj.name):
            obj = None  # "…, he told AFP" in an AFP story: the writer's own outlet
        subject = _as_footage(ctx, subject, cue)  # "Local television showed …": the outlet's footage
        if subject is not None and not _may_speak(ctx, subject, cue, lo):
            subject = None
        claim = claims.claim(ctx, cue, subject, after, lo, hi, sentence)
        if cue.name not in vocab.citing or subject is not None:
            add(subject, cue, claim)
        addressed = cue.name in vocab.addressee and not writer
        published = cue.name in vocab.publishing and obj is not None and obj.kind == "agency"
        if obj is not None and (not addressed or published):  # "told residents", "told TASS": an audience
            add(obj, cue, claim if claim[0] is not None else (None, False))
    if not found:
        label = colon_label(ctx, lo, hi)  # '12:15 Marches Police: "Please avoid the A49."'
        if label is not None:
            source, cue, claim = label
            add(source, cue, claim)
    return said_this(ctx, inside_final_claims(cut_claims(ctx, shared_claims(ctx, inside_sources(found)))))


def _reading_start(ctx: ArticleContext, sentence: Sentence) -> int:
    """The first token past a dateline ("MOSCOW (Reuters) -": where, not who) or a run-in label ("What X says:")."""
    lo = ctx.tok_at(sentence.start)
    for pattern in (DATELINE_RE, SAYING_HEADING_RE):
        lead = pattern.match(ctx.text, ctx.toks[lo].start if lo < len(ctx.toks) else sentence.start, sentence.end)
        if lead is not None:
            lo = ctx.tok_at(lead.end())
    return lo


def _keep(ctx: ArticleContext, found: list[Attribution], at: Attribution, cue: str) -> None:
    """Add an attribution unless its source already has one from this cue; a weaker one on the same span gives
    way ("Parents I spoke with … said", "X, citing Y, said", "X hit back, insisting …": once)."""
    vocab = ctx.vocab
    same_span = [a for a in found if (a.span.start, a.span.end) == (at.span.start, at.span.end)]
    weak = vocab.writer_contact | vocab.citing
    for a in [a for a in same_span if (a.cue in weak and cue not in weak) or _handed_on(ctx, a, at)]:
        found.remove(a)
        ctx.history.remove(a)
        same_span.remove(a)
    second_statement = cue not in vocab.citing and all(a.cue_span != at.cue_span for a in same_span)
    if not same_span or (second_statement and at.claim is not None):
        found.append(at)
        ctx.history.append(at)


def _as_footage(ctx: ArticleContext, subject: Source | None, cue: CueHit) -> Source | None:
    """An outlet or broadcast medium that "showed" something stands for its footage, a document."""
    if subject is not None and cue.name == FOOTAGE_CUE and _outlet(ctx, subject):
        return subject._replace(kind="document")
    return subject


def _in_relative_aside(ctx: ArticleContext, cue: CueHit, found_cues, lo: int, hi: int) -> bool:
    """A cue inside ", who … ," when a cue of saying (not "citing") follows the closing comma: the aside
    describes the speaker ("Kessler, who had urged members to …, said …")."""
    toks, lows = ctx.toks, ctx.toks.lows
    k, stop = cue.first - 1, max(lo, cue.first - ASIDE_REACH)
    while k > stop and lows[k] != "," and lows[k] != "who":
        k -= 1
    if k <= lo or toks[k].low != "who" or toks[k - 1].text != ",":
        return False
    ends = range(cue.last, min(hi, cue.last + ASIDE_REACH))
    close = next((j for j in ends if toks[j].text in (",", ";") or toks[j].text in QUOTE_MARKS), None)
    if close is None or toks[close].text != ",":
        return False
    citing = ctx.vocab.citing
    return any(0 < other.first - close <= 3 and other.name not in citing for other in found_cues)


ASIDE_REACH = 40  # tokens from a cue back to ", who" and on to the closing comma: an aside is a clause, not a page


def inside_sources(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue lies inside another's source ("Parents who spoke at the meeting said …":
    "spoke" describes the parents who said it)."""
    return [
        a
        for a in found
        if not any(b is not a and b.span.start <= a.cue_span.start and a.cue_span.end <= b.span.end for b in found)
    ]


MAX_LABEL_TOKENS = 8
LABEL_BULLETS = frozenset({"–", "—", "-", "•", "*"})


def colon_label(ctx: ArticleContext, lo: int, hi: int):
    """A speaker's name as a label before a colon and a quotation (live blogs, transcripts): the source, the
    colon as its cue, the quotation as its claim; None if the sentence is not such a label."""
    toks, texts = ctx.toks, ctx.toks.texts
    for c in range(lo + 1, min(hi - 1, lo + MAX_LABEL_TOKENS + 2)):
        if texts[c] != ":" or texts[c - 1][:1].isdigit():  # the token lists: this runs for every sentence
            continue
        quote = ctx.quote_by_start.get(toks[c + 1].start) if toks[c + 1].text in QUOTE_MARKS else None
        if quote is None:
            return None
        start = lo
        while start < c and toks[start].text in LABEL_BULLETS:
            start += 1  # "– Daniel Ekwueme, NHS Providers: …" in a round-up of reactions
        span = ctx.scan.before(c, start)
        while span is not None and span[0] < c and toks[span[0]].text[:1].isdigit():
            span = (span[0] + 1, span[1])  # "12:15 Marches Police": the time is not the speaker
        if span is None or span[0] >= span[1] or span[0] - start > 3:
            return None
        source = sources.checked(ctx, span, toks[c].start)
        if span[0] - 1 > start and toks[span[0] - 1].text == ",":
            person = ctx.scan.before(span[0] - 1, start)
            named = sources.checked(ctx, person, toks[c].start) if person and person[0] == start else None
            if named is not None and named.kind == "named":  # "Name, Organisation:": the person, of that body
                source = named._replace(role=ctx.words(*span), last=span[1])
        if source is None or source.kind == "self":
            return None
        return source, CueHit(":", "neutral", c, c + 1), (quotations.continued(ctx, quote), True)
    return None


def _goes_on(ctx: ArticleContext, earlier: Attribution, cue: CueHit) -> bool:
    """The participle cue goes on with the earlier attribution's speaker (claims.speakers_participle)."""
    return claims.speakers_participle(ctx, ctx.tok_at(earlier.cue_span.end), cue.first)


def participle_after_comma(ctx: ArticleContext, cue: CueHit, lo: int) -> bool:
    """ "…, adding that …", "…, saying …": a second statement of the clause's own speaker."""
    return cue.first > lo and ctx.toks[cue.first - 1].text == "," and ctx.toks[cue.first].low.endswith("ing")


def nested(ctx: ArticleContext, found: list[Attribution], cue: CueHit, subject: Source | None) -> bool:
    """A cue inside the reported (not quoted) claim of an attribution found before it in the sentence; not one
    whose speaker is set off by a comma ("…, the agency reported"), which frames the whole sentence."""
    start = ctx.toks[cue.first].start
    inside = [
        a
        for a in found
        if a.claim is not None
        and not a.direct_quote
        and a.claim.start < start < a.claim.end
        and a.cue not in ctx.vocab.citing
    ]
    toks = ctx.toks
    if subject is not None and subject.first > 1 and toks[subject.first - 1].text in "," + QUOTE_MARKS:
        if toks[subject.first - 1].text != "," and toks[subject.first - 2].text != ",":
            return bool(inside)  # '"…," the newspaper reported' frames the sentence; a mark alone does not
        # "…, the agency reported" frames the whole sentence; "X said A and stressed B" is still X's one claim
        return any(a.span.start == ctx.toks[subject.first].start for a in inside)
    return bool(inside)


def inside_final_claims(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose source and cue lie inside the reported claim of another ("India has called for
    …, the MEA said": India's call is part of what the ministry said); a news outlet relaying a statement, or a
    source it cites, keeps it ("X said …, Interfax reported", "X claimed …, Reuters reported, citing sources")."""

    def inside(a: Attribution, b: Attribution) -> bool:
        claim = b.claim
        return (
            a is not b
            and claim is not None
            and not b.direct_quote
            and b.kind != "agency"
            and b.cue != "citing"
            and not relays_speaker(a, b)
            and claim.start <= a.span.start
            and a.cue_span is not None
            and a.cue_span.end <= claim.end
        )

    return [a for a in found if not any(inside(a, b) for b in found)]


def shared_claims(ctx: ArticleContext, found: list[Attribution]) -> list[Attribution]:
    """An outlet told or a source cited shares the claim of the attribution beside it."""
    vocab = ctx.vocab
    out = []
    for at in found:
        if at.claim is None and at.cue in vocab.shares_claim and at.kind != "self":
            near = [o for o in found if o.claim is not None and o is not at]
            if near:
                other = min(near, key=lambda o: abs(o.span.start - at.span.start))
                at = replace(at, claim=other.claim, direct_quote=other.direct_quote)
        out.append(at)
    return out


def cut_claims(ctx: ArticleContext, found: list[Attribution]) -> list[Attribution]:
    """A claim stops where another source of the same sentence starts after a comma."""
    out = []
    for at in found:
        claim = at.claim
        if claim is not None:
            for other in (o for o in found if o is not at):  # its own words inside it: "The toll, X said, will rise"
                for piece in (other.span, other.cue_span):
                    if piece is None or not claim.start < piece.start < claim.end:
                        continue
                    before = ctx.text[claim.start : piece.start].rstrip()
                    if before.endswith(",") or (before[-1:] in QUOTE_MARKS and before[:-1].endswith(",")):
                        cut = claim_span.trimmed(ctx, claim.start, claim.start + len(before))
                        claim = cut if cut is not None else claim
        if claim is at.claim:
            out.append(at)
            continue
        quote = ctx.quote_by_start.get(claim.start) if claim is not None else None
        whole = quote is not None and quote.end == claim.end  # '"Q," X said, according to Y': Y's claim is Q
        out.append(replace(at, claim=quote_inside(quote), direct_quote=True) if whole else replace(at, claim=claim))
    return out
