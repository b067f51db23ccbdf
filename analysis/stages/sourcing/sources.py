"""Sources: the noun phrase that says who speaks for each cue — before it, after it ("…, said X"), in
apposition, or its object ("citing X", "told TASS") — with pronouns and references resolved."""

from __future__ import annotations

from ...model import Attribution
from ...text.quotes import QUOTE_MARKS
from . import chains, classify, outlet_names, quotations, references
from .adverbials import skip_back
from .appositions import closes_apposition
from .context import ArticleContext, CueHit, Source
from .outlet_spans import through_outlet
from .refinements import opening_adverbial, role_of_body
from .relatives import reduced_relative, relative_verb
from .vocabulary import (
    ARTICLES,
    BE_FORMS,
    CLAUSE_END,
    MAX_APPOSITION_TOKENS,
    MAX_ROLE_TOKENS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    TIME_GLUE,
    WRITER,
    WRITER_SUBJECTS,
)


def pronoun(ctx: ArticleContext, i: int, lo: int) -> Source | None:
    low = ctx.toks[i].low
    if low in WRITER_SUBJECTS:
        return Source("self", WRITER, "", i, i + 1)
    if low in PERSON_PRONOUNS:
        subject = sentence_subject(ctx, lo, i)
        if subject is not None and subject.kind == "named":
            return Source("named", subject.name, subject.role, i, i + 1, refers=True)
        person = references.person_before(ctx, lo, i)  # "When I put that to a British official, she replied"
        if person is not None:
            return person._replace(first=i, last=i + 1, role_only=False, refers=True)
        singular = references.last_singular(ctx)
        newcomer = references.person_just_named(ctx, lo, i, singular)
        if newcomer is not None:  # "New mother X could not reach … . “…,” she said": X, not an older speaker
            return newcomer._replace(first=i, last=i + 1, role_only=False, refers=True)
        if singular is None:
            named = references.person_named_before(ctx, i)
            return named._replace(first=i, last=i + 1, role_only=False, refers=True) if named else None
        return references.source_like(ctx, singular, i, i + 1)
    if low in THING_PRONOUNS:
        subject = sentence_subject(ctx, lo, i)
        if (
            subject is not None
            and subject.kind in ("organization", "agency")
            and i > lo
            and ctx.toks[i - 1].text == ","
        ):
            return subject._replace(first=i, last=i + 1, role_only=False, refers=True)  # "ORG has …, it said"
        return references.source_like(ctx, references.last_of(ctx, ("organization", "agency", "document")), i, i + 1)
    if low in PLURAL_PRONOUNS:
        return references.source_like(ctx, references.last_of(ctx, ("anonymous", "organization", "agency")), i, i + 1)
    return None


def classified(ctx: ArticleContext, span: tuple[int, int] | None, zone_end: int) -> Source | None:
    if span is None:
        return None
    first, last = through_outlet(ctx, span)  # "the Press and Journal": an outlet's name read whole
    if last - first == 1 and ctx.toks[first].low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
        return None
    return classify.classify(ctx, first, last, zone_end)


def finished(ctx: ArticleContext, found: Source | None) -> Source | None:
    """A classified source with references resolved and a surname given in full."""
    if found is None:
        return None
    found = references.resolve(ctx, outlet_names.named_outlet(ctx, found))
    if found.kind == "organization" and found.name.isupper():
        found = found._replace(name=references.acronym_of(ctx, found.name) or found.name)  # "the USGS"
    if found.kind == "named":
        found = found._replace(name=references.full_name(ctx, found.name))
    return found


def checked(ctx: ArticleContext, span: tuple[int, int] | None, zone_end: int) -> Source | None:
    return finished(ctx, classified(ctx, span, zone_end))


def subject(ctx: ArticleContext, cue: CueHit, lo: int, hi: int) -> tuple[Source | None, bool]:
    """The source before a cue (or right after it: '…,” said X'); True if it came after."""
    toks = ctx.toks
    lo = ctx.past_fronted_time(lo, cue.first)  # "In the first half Coyle said": the speaker after the time phrase
    k = quotations.past_title(ctx, skip_back(ctx, cue.first - 1, lo), lo)
    if k < lo:
        return None, False
    relative = restrictive_relative(ctx, k, lo, toks[cue.first].start)
    if relative is not None:
        return relative, False
    tok = toks[k]
    if (tok.low in BE_FORMS or tok.low == "as") and cue.name not in ctx.vocab.citing:
        agent = passive_agent(ctx, cue, hi)
        if agent is not None:
            return agent, False  # "It was reported by Interfax that …", "as reported by the British media"
    if tok.low in BE_FORMS or tok.low == "to":
        return None, False  # passive ("is being called") or infinitive ("declined to say")
    takes_object = cue.name in ctx.vocab.takes_object
    if tok.text == "," or tok.text in QUOTE_MARKS:
        after = None if takes_object or closes_apposition(ctx, k, lo) else after_cue(ctx, cue, hi)
        if after is not None:
            return after, True
        return (apposition(ctx, k, lo, cue) or _stray_comma(ctx, k, lo, cue) if tok.text == "," else None), False
    if tok.low in ("and", "but"):
        return clause_subject(ctx, lo, k), False  # "X said … but insisted …"
    if tok.low in PLURAL_PRONOUNS and k - 2 >= lo and toks[k - 1].low in ("among", "of"):
        part = classify.one_of_group(ctx, k, lo)  # "A retired teacher among them said", "One of them said"
        if part is not None:
            return part, False
    if tok.low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | WRITER_SUBJECTS:
        return pronoun(ctx, k, lo), False
    if tok.low in ("which", "who") and k - 1 >= lo and ctx.toks[k - 1].text == ",":
        head = ctx.scan.before(k - 1, lo)  # "a 2022 report of the UN commission, which concluded …"
        found = checked(ctx, head, toks[cue.first].start) if head else None
        return found, False
    aged = references.aged_description(ctx, k - 1, k + 1) if k > lo else None
    if aged is not None:
        return aged, False  # "The 68-year-old said"
    span = ctx.scan.before(k + 1, lo)
    if span is None and classify.one_of_them(ctx, k):
        return Source("anonymous", tok.text, "", k, k + 1), False  # "Another said …": one more of a group
    if span in (None, (k, k + 1)) and classify.surname_at_start(ctx, k):
        return finished(ctx, Source("named", toks[k].text, "", k, k + 1)), False  # "Pierce said", "Park told"
    span = reduced_relative(ctx, span, lo)
    found = classified(ctx, span, toks[cue.first].start)
    if span is not None and (found is None or found.role_only):
        holder = finished(ctx, found) if found is not None else None
        if holder is not None and holder.refers:
            return holder, False  # "The defendant, the judge noted, …": the judge named before, not the defendant
        named = name_before_comma(ctx, span[0], lo, toks[cue.first].start)
        if named is not None:
            return named._replace(role=ctx.words(*span)), False
    if found is not None and found.kind == "document" and span is not None and toks[cue.first].low.endswith("ing"):
        issuer = _issuer(ctx, span[0], cue, lo, hi)
        if issuer is not None:
            return issuer, False  # "X issued a statement saying …": X speaks, through the statement
    return finished(ctx, found), False


def _issuer(ctx: ArticleContext, first: int, cue: CueHit, lo: int, hi: int) -> Source | None:
    """Who put out the document that a participle cue follows ("The ministry issued a statement saying …",
    "Ruiz released a video saying …"): the subject of the lexicon's release verb before it, or None."""
    toks = ctx.toks
    verb = first - 1
    if verb > lo and toks[verb].low == "out":
        verb -= 1  # "put out a statement saying"
    if verb <= lo or toks[verb].low not in ctx.vocab.release_verbs:
        return None
    found, _after = subject(ctx, cue._replace(first=verb, last=verb + 1), lo, hi)
    return found if found is not None and found.kind != "document" else None


def restrictive_relative(ctx: ArticleContext, k: int, lo: int, zone_end: int) -> Source | None:
    """'Parents who spoke at Tuesday's meeting said': the people before "who", the clause kept in the span;
    'Parents I spoke with … said': the people the writer spoke with."""
    toks = ctx.toks
    for w in range(k, max(lo, k - MAX_ROLE_TOKENS) - 1, -1):
        tok = toks[w]
        that = tok.low == "that" and w < k and relative_verb(ctx, w + 1, k)  # "a park that borders the lake"
        if tok.text in ",;:()" or tok.text in QUOTE_MARKS or (tok.low in ("that", "which") and not that):
            return None
        contact = (
            w < k and tok.text in ("I", "we") and toks[w + 1].tag.startswith("VB")
        )  # "Parents I spoke with … said"
        if tok.low != "who" and not contact and not that:
            continue
        head = ctx.scan.before(w, lo)
        if head is None or head[1] != w or (w < k and not ctx.clean_left(head[0], lo)):
            return None  # "I spoke to a nurse who said …" needs no clean start; a longer clause does
        found = classified(ctx, head, zone_end)
        if found is None or found.kind not in ("anonymous", "named", "organization" if that else "named"):
            return None
        return finished(ctx, found if contact or w == k else found._replace(last=k + 1))
    return None


def document_by(ctx: ArticleContext, span: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """A document and its author as one phrase: "A report by the Environment Agency" (not just the agency)."""
    if span is None or span[0] - 2 < lo or ctx.toks[span[0] - 1].low != "by":
        return span
    doc = ctx.scan.before(span[0] - 1, lo)
    if doc is not None and ctx.vocab.is_in(ctx.toks[doc[1] - 1].low, ctx.vocab.documents):
        return (doc[0], span[1])
    return span


def passive_agent(ctx: ArticleContext, cue: CueHit, hi: int) -> Source | None:
    """The source after "by" in a passive report: "was reported by Interfax", "as reported by state media"."""
    if cue.last + 1 >= hi or ctx.toks[cue.last].low != "by":
        return None
    span = ctx.scan.after(cue.last + 1, hi)
    return checked(ctx, span, clause_end(ctx, span[1], hi)) if span else None


def after_cue(ctx: ArticleContext, cue: CueHit, hi: int) -> Source | None:
    """'…,” said Dmitry Peskov, the Kremlin spokesman': the source after the cue, with its role."""
    if cue.last >= hi or ctx.toks[cue.last].low == "that":
        return None
    aged = references.aged_description(ctx, cue.last, hi)  # "…,” said the 27-year-old"
    if aged is not None:
        return aged
    span = ctx.scan.after(cue.last, hi)
    if span is None:
        return _after_role_words(ctx, cue, hi)  # '…," says lead author Dr. X'
    while span[1] - span[0] > 1 and ctx.toks[span[1] - 1].low in ctx.vocab.time_words:
        span = (span[0], span[1] - 1)  # "…, said the Network today."
    quoted = ctx.toks[cue.first - 1].text in QUOTE_MARKS
    follows = ctx.toks[span[1]] if span[1] < hi else None
    relative = follows is not None and follows.low in ("who", "whose")  # "…, said a junior who asked …"
    marker = span[1] in ctx.marker_firsts  # "…, said a BMC official on condition of anonymity"
    marker = marker or _time_then_end(ctx, span[1], hi)  # "…, said the Levant Rights Network today."
    if not quoted and follows is not None and follows.text not in "," + CLAUSE_END and not (relative or marker):
        return None  # "…, said Washington was reviewing": Washington is what was said, not who
    found = checked(ctx, span, clause_end(ctx, span[1], hi))
    if found is None:
        return None
    if found.kind == "anonymous" and span[1] + 1 < hi and ctx.toks[span[1]].text == ",":
        named = _name_in_apposition(ctx, span[1] + 1, hi)
        if named is not None:  # "…,” said another passenger, Dzafran Azmi, a 28-year-old student."
            return named._replace(role=ctx.words(*span), first=span[0])
    role = appositive_role(ctx, span[1], hi)
    return found._replace(role=role) if role and found.kind == "named" and not found.role else found


ROLE_WORDS_AFTER_CUE = 2  # '…," says lead author Dr. X': lower-case role words the phrase scanner stops at


def _after_role_words(ctx: ArticleContext, cue: CueHit, hi: int) -> Source | None:
    """A quotation's speaker named after the cue behind a role's lower-case words ("says lead author Dr. X"),
    which the tagger may read as a verb; only a person's name, the words kept as the role."""
    k = cue.last
    while k < min(hi, cue.last + ROLE_WORDS_AFTER_CUE) and ctx.toks[k].text.isalpha() and ctx.toks[k].text.islower():
        k += 1
    if k == cue.last or ctx.toks[cue.first - 1].text not in QUOTE_MARKS + ",":
        return None
    named = _name_in_apposition(ctx, k, hi)
    return named._replace(role=ctx.words(cue.last, k), first=cue.last) if named is not None else None


def _name_in_apposition(ctx: ArticleContext, i: int, hi: int) -> Source | None:
    """A person's name set off by commas (or ending the clause) right after a description, or None."""
    span = ctx.scan.after(i, hi)
    if span is None or span[0] != i or not ctx.phrase_ends(span[1], hi):  # "…, in a statement": its channel
        return None
    found = checked(ctx, span, clause_end(ctx, span[1], hi))
    return found if found is not None and found.kind == "named" and " " in found.name else None


def _time_then_end(ctx: ArticleContext, i: int, hi: int) -> bool:
    """A time phrase that ends the clause at token ``i`` ("today.", "on Monday,")."""
    k = i
    while k < hi and (ctx.toks[k].low in ctx.vocab.time_words or ctx.toks[k].low in TIME_GLUE - {","}):
        k += 1
    return k > i and ctx.toks[k - 1].low in ctx.vocab.time_words and (k >= hi or ctx.toks[k].text in "," + CLAUSE_END)


def clause_end(ctx: ArticleContext, i: int, hi: int) -> int:
    while i < hi and ctx.toks[i].text not in "," + CLAUSE_END:
        i += 1
    return ctx.toks[i].start if i < hi else ctx.toks[hi - 1].end


def appositive_role(ctx: ArticleContext, i: int, hi: int) -> str:
    """The role set off by commas after a name: ', the Kremlin spokesman,'."""
    if i + 1 >= hi or ctx.toks[i].text != ",":
        return ""
    first = ctx.toks[i + 1]
    if not (first.low in ARTICLES or first.tag == "PRP$" or first.low.endswith("'s")):
        return ""
    j = i + 1
    while j < hi and j - i <= MAX_ROLE_TOKENS and ctx.toks[j].text not in "," + CLAUSE_END:
        if ctx.toks[j].tag in ("WP", "WDT") or ctx.toks[j].low in ("who", "which", "when", "while"):
            break
        j += 1
    return ctx.words(i + 1, j)


def name_before_comma(ctx: ArticleContext, first: int, lo: int, zone_end: int) -> Source | None:
    """'Yuri Lyamin, a senior researcher at the AST Center said': the name before the role."""
    if first - 1 <= lo or ctx.toks[first - 1].text != ",":
        return None
    span = ctx.scan.before(first - 1, lo)
    if span is None or not ctx.clean_left(span[0], lo):
        return None
    found = checked(ctx, span, zone_end)
    return found if found is not None and found.kind == "named" else None


def apposition(ctx: ArticleContext, comma: int, lo: int, cue: CueHit) -> Source | None:
    """'NAME, ROLE, said' and 'ROLE, NAME, said': the name, with the other part as its role."""
    toks = ctx.toks
    skipped = False
    opening = _participle_opening(ctx, comma, lo)  # "X, speaking after beating Y 6-3, 6-4 at Z, said"
    if opening is not None:
        comma, skipped = opening, True
    m = chains.relative_opening(ctx, comma, lo) or _comma_before(ctx, comma, lo)
    # "Sue Carver, 58, whose bungalow …, told": a relative clause and an age between the name and the cue
    while m is not None and _aside(ctx, m, comma):
        comma, m, skipped = m, _comma_before(ctx, m, lo), True
    if m is not None and skipped and opening_adverbial(ctx, lo, m):
        m = None  # "Earlier, a Saudi official, speaking on condition of anonymity, said"
    if m is None:
        span = ctx.scan.before(comma, lo) if skipped else None
        if span is None and skipped and _body_before_which(ctx, comma, lo):
            return Source("organization", toks[lo].text, "", lo, lo + 1)  # "Unite, which backed him, said"
        found = checked(ctx, span, toks[cue.first].start) if span and ctx.clean_left(span[0], lo) else None
        return chains.said_of_a_body(ctx, found, comma)  # "Norrland Foods, which packs …, said"
    zone_end = toks[cue.first].start
    span0 = document_by(ctx, ctx.scan.before(m, lo), lo)
    src0 = classified(ctx, span0, zone_end) if span0 and ctx.clean_left(span0[0], lo) else None
    span1 = ctx.scan.after(m + 1, comma)
    src1 = classified(ctx, span1, zone_end) if span1 else None
    choice = _apposition_choice(ctx, src0, src1, span0, span1, m, comma)
    if choice is None or choice.kind != "named":  # "X, Director, ORG, CITY, said": the person at the head
        choice = chains.chain_head(ctx, comma, lo, zone_end) or choice
    return finished(ctx, choice)


def _stray_comma(ctx: ArticleContext, comma: int, lo: int, cue: CueHit) -> Source | None:
    """ "Her uncle Martin, said: “…”": a comma between the sentence's whole subject and its cue (a house-style slip
    of UK regional copy) before a colon, a quotation or "that"; not "In the town, said …"."""
    nxt = ctx.toks[cue.last].text if cue.last < len(ctx.toks) else ""
    if comma + 1 != cue.first or not (nxt in (":", "that") or nxt in QUOTE_MARKS):
        return None
    span = ctx.scan.before(comma, lo)
    if span is None or span[1] != comma or not ctx.clean_left(span[0], lo):
        return None
    return checked(ctx, span, ctx.toks[cue.first].start)


def _participle_opening(ctx: ArticleContext, comma: int, lo: int) -> int | None:
    """The comma that opens a participle phrase ending at ``comma``, over the commas inside it (a score, a list):
    "Valsecchi, speaking after beating Y 6-3, 6-4 at the China Open, said"; None if there is none."""
    toks = ctx.toks
    for j in range(comma - 1, max(lo, comma - MAX_APPOSITION_TOKENS * 2) - 1, -1):
        if toks[j].text in QUOTE_MARKS:
            return None
        if toks[j].text == "," and j + 1 < comma and toks[j + 1].tag == "VBG" and j + 1 not in ctx.cue_firsts:
            return j if j < _comma_before(ctx, comma, lo) else None  # only over inner commas
    return None


def _aside(ctx: ArticleContext, m: int, comma: int) -> bool:
    """What stands between two commas after a name without being its role: a relative clause (", whose house
    flooded,"), an age (", 58,"), an adverb (", however,"), a participle phrase (", speaking after the match,")
    or a home town (", of Millbrook,")."""
    toks = ctx.toks
    if toks[m + 1].low in ("who", "whose", "which"):
        return True  # ", whose house flooded,", "Unite, which supported him,"
    if m + 2 == comma and (toks[m + 1].text.isdigit() or toks[m + 1].tag == "RB"):
        return True  # ", 58,", ", however,"
    if toks[m + 1].tag == "VBG" and m + 1 not in ctx.cue_firsts:
        return True  # ", speaking after the match,"
    place = range(m + 2, comma)
    return toks[m + 1].low in ("of", "from") and 0 < len(place) <= 3 and all(ctx.scan.capitalised(k) for k in place)


def _body_before_which(ctx: ArticleContext, comma: int, lo: int) -> bool:
    """A sentence that opens "Name, which …,": "which" is said of a body, never of a person, so the one
    capitalised word before it (which the tagger may read as a verb: "Unite") is a body's name."""
    toks = ctx.toks
    return comma == lo + 1 and toks[comma].text == "," and toks[lo + 2].low == "which" and toks[lo].text[:1].isupper()


def _comma_before(ctx: ArticleContext, comma: int, lo: int) -> int | None:
    """The comma that opens the stretch ending at ``comma`` (None past a quote or too far back)."""
    m = comma - 1
    while m >= lo and comma - m <= MAX_APPOSITION_TOKENS and ctx.toks[m].text != ",":
        if ctx.toks[m].text in QUOTE_MARKS:
            return None
        m -= 1
    return m if m >= lo and ctx.toks[m].text == "," else None


def _apposition_choice(ctx, src0, src1, span0, span1, m: int, comma: int) -> Source | None:
    """Of 'A, B, said': the named one, with the other as its role; else A."""
    toks = ctx.toks
    chunk = ctx.words(m + 1, comma)
    opener = toks[m + 1]
    role = chunk if opener.low in ARTICLES or opener.tag == "PRP$" or opener.low.endswith("'s") else ""
    titled = src0 is not None and ctx.vocab.is_in(toks[span0[1] - 1].low, ctx.vocab.roles)  # "Austria's governor, X,"
    body = src0 is not None and src0.kind == "organization" and not ctx.scan.capitalised(span0[1] - 1) and not titled
    if body and src1 is not None and src1.kind == "named" and span1 == (m + 1, comma):
        return src1._replace(kind="organization", role="")  # "His publisher, Harbour House, said"
    one_word = src0 is not None and src0.kind == "named" and " " not in src0.name and toks[span0[0]].low in ARTICLES
    if one_word and ctx.vocab.is_person_noun(src0.name):
        src0 = src0._replace(kind="anonymous", role_only=True)  # "the Commissioner of Police, Mr X,": a title
    if src0 is not None and src0.kind == "named":
        if src1 is not None and src1.kind == "organization" and src1.first == m + 1 and opener.low in ARTICLES:
            return src0._replace(kind="organization", role="")  # "HTS, the group whose fighters …"
        return src0._replace(role=src0.role or role)
    described = src0 is None or src0.role_only or src0.kind == "anonymous" or titled  # "The cabinet member …, X,"
    described = described or role_of_body(ctx, span0)  # "The Programme Manager of the … Programme, X,"
    if src1 is not None and src1.kind == "named" and span1 == (m + 1, comma) and described:
        return src1._replace(role=src1.role or (ctx.words(*span0) if span0 else ""))  # "its leader, X, said"
    own_name = src1 is not None and src1.kind in ("organization", "agency") and span1 == (m + 1, comma)
    described_body = src0 is None or (src0.kind == "organization" and not ctx.scan.capitalised(span0[1] - 1))
    if own_name and described_body:
        return src1  # "…, Turkey's disaster and emergency agency, AFAD, said": the body's own name
    return src0


def clause_subject(ctx: ArticleContext, lo: int, k: int) -> Source | None:
    """'X called for … and said …': the subject the clause started with."""
    i = lo
    acronym = ctx.toks[lo].text.isupper() and len(ctx.toks[lo].text) > 1  # "UP Chief Secretary …", not "up"
    if (ctx.toks[lo].tag in ("IN", "RB", "VBG") and not acronym) or ctx.toks[lo].low == "according":
        comma = next((j for j in range(lo, k) if ctx.toks[j].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < k and ctx.toks[i].low in PERSON_PRONOUNS | THING_PRONOUNS:
        return pronoun(ctx, i, lo)  # "She says A, and says B": the pronoun speaks twice
    span = ctx.scan.after(i, k)
    if span is None:
        return None
    found = checked(ctx, span, ctx.toks[k].start)
    close = next((j for j in range(span[1] + 1, k) if ctx.toks[j].text == ","), None) if span[1] < k else None
    if found is not None and found.kind != "named" and ctx.toks[span[1]].text == "," and close is not None:
        # "Portugal's prime minister, X, told … but said …", "The manufacturer, Aerion, offered … and said …"
        return apposition(ctx, close, i, CueHit("", "neutral", k, k + 1)) or found
    return found


def sentence_subject(ctx: ArticleContext, lo: int, before: int) -> Source | None:
    found = clause_subject(ctx, lo, before)
    return found if found is not None and found.last <= before else None


def object(ctx: ArticleContext, cue: CueHit, hi: int) -> Source | None:
    if cue.last >= hi:
        return None
    span = ctx.scan.after(cue.last, hi)
    return checked(ctx, span, clause_end(ctx, span[1], hi)) if span else None


def same_speaker(ctx: ArticleContext, earlier: Attribution, cue: CueHit) -> Source | None:
    """The speaker of an earlier attribution of the sentence, for a second statement ("…, adding that …")."""
    first, last = ctx.tok_at(earlier.span.start), ctx.tok_at(earlier.span.end)
    if earlier.cue in ctx.vocab.citing:
        return None
    return Source(earlier.kind, earlier.source, earlier.role, first, last, refers=bool(earlier.refers_to))
