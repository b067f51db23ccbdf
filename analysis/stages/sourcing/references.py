"""References back: "the agency", "the expert", a surname alone — the earlier source each one points to."""

from __future__ import annotations

import re

from ...model import Attribution
from . import classify, titles
from .context import ArticleContext, Source
from .named_bodies import named_body_before
from .person_signs import personal_sign
from .refinements import named_before_head
from .vocabulary import ANAPHORIC, WRITER_SUBJECTS


def is_plural(at: Attribution) -> bool:
    """A group ("residents in Ashbridge", "Western diplomats"): "he" or "she" does not point to it."""
    words = at.source.lower().split()
    return at.kind == "anonymous" and bool(words) and any(w.endswith("s") and not w.endswith("ss") for w in words[:3])


REFERENCE_REACH = 200  # attributions back that a pronoun or description may point to: a page, not a book


def last_of(ctx: ArticleContext, kinds: tuple[str, ...], contains: str = "") -> Attribution | None:
    """The latest attribution of one of ``kinds`` whose source holds ``contains``, among the last
    REFERENCE_REACH (each reference looks back; unbounded, a long text of references took quadratic time)."""
    history, want = ctx.history, contains.lower()
    for k in range(len(history) - 1, max(-1, len(history) - 1 - REFERENCE_REACH), -1):
        at = history[k]
        if at.kind in kinds and want in at.source.lower():
            return at
    return None


def source_like(ctx: ArticleContext, antecedent: Attribution | None, first: int, last: int) -> Source | None:
    if antecedent is None:
        return None
    return Source(antecedent.kind, antecedent.source, antecedent.role, first, last, refers=True)


def resolve(ctx: ArticleContext, found: Source) -> Source:
    """ "the agency", "the source", "the expert": the last source of that kind, if any."""
    toks, vocab = ctx.toks, ctx.vocab
    if toks[found.first].low not in ANAPHORIC or found.kind not in ("agency", "organization", "anonymous"):
        return found
    head = classify.head_of(ctx, found.first, classify.core_end_of(ctx, found.first, found.last))
    head_tok = toks[head]
    title = (  # "the Minister said", "The Vice Minister said", "the veteran Tory MP": a title for the person named before
        found.kind != "agency" and ctx.scan.capitalised(head) and vocab.is_in(head_tok.low, vocab.roles)
    )
    if ctx.agency_hits.within(found.first, found.last):
        return found  # "the AFP news agency" names its outlet
    if any(toks[k].low.endswith(("'s", "’s")) for k in range(found.first, found.last)):
        return found  # "the agency's interlocutor": someone of the agency's, not a person named before
    if (ctx.scan.capitalised(head) and not title) or (head_tok.low.endswith("s") and not head_tok.low.endswith("ss")):
        return found  # a name, or a plural: not a reference back
    if named_before_head(ctx, found.first, head):
        return found  # "the UK Maritime Trade Operations agency": a body's own name
    if title:
        speaker = last_of(ctx, ("named",))  # "The Finance Minister" after "Finance Minister X": X, if not the speaker
        return (
            titles.titled_person(ctx, found, head, speaker)
            or source_like(ctx, speaker, found.first, found.last)
            or found
        )
    if found.role_only and found.last - found.first == 2 and vocab.is_in(head_tok.low, vocab.roles):
        holder = last_of(ctx, ("named",))  # "the judge noted" after "U.S. District Judge X"
        if holder is not None and _holds_title(ctx, holder, head_tok.low):
            return source_like(ctx, holder, found.first, found.last)
    bare_head = classify.core_end_of(ctx, found.first, found.last) == found.last
    if found.kind == "agency":
        antecedent = last_of(ctx, ("agency",))
    elif found.kind == "organization" and head_tok.low == "agency" and bare_head:
        # "the agency": the news agency named before if there is one, else the body ("the Environment Agency")
        antecedent = last_of(ctx, ("agency",)) or last_of(ctx, ("organization",), "agency")
    elif found.kind == "organization":
        antecedent = last_of(ctx, ("organization",), head_tok.low)
        issued = None if antecedent is not None else last_of(ctx, ("document",), head_tok.low)
        if issued is not None:  # "the district" after "the district's report": the body that issued it
            return Source("organization", issued.source, "", found.first, found.last, refers=True)
        last_body = last_of(ctx, ("organization",))
        since = last_body.span.start if last_body is not None else 0
        body = None if antecedent is not None else named_body_before(ctx, head_tok.low, found, since)
        if body is not None:
            return body  # "the school" after "Covenant School released a statement", not the last body to speak
        antecedent = antecedent or last_of(ctx, ("organization",))
    elif vocab.is_in(head_tok.low, vocab.anonymous) and not vocab.is_in(head_tok.low, vocab.roles):
        # "the Kremlin source" after "a Kremlin source", else any earlier "… source"
        antecedent = (
            last_of(ctx, ("anonymous",), ctx.bare(found.first, found.last))
            or last_of(ctx, ("anonymous",), head_tok.low)
            or _role_holder(ctx, found.first + 1, head)
        )
    elif bare_head and vocab.is_person_noun(head_tok.low):
        antecedent = last_of(ctx, ("named",)) or last_of(ctx, ("anonymous",))  # "the expert", "the scientist"
        if antecedent is not None and _introduced_since(ctx, head_tok.low, antecedent, found.first):
            return found  # "… wanted to question a banker … . the banker had claimed": the one just introduced
    else:
        antecedent = None  # "the head of …" describes someone, it does not point back
    return source_like(ctx, antecedent, found.first, found.last) or found


def _introduced_since(ctx: ArticleContext, head: str, antecedent: Attribution, first: int) -> bool:
    """A person of that noun was brought in with "a"/"an" somewhere before, outside the antecedent's own mention
    and role ("wanted to question a banker …", "A driver who fled …"), so "the banker" is that person, not the
    earlier speaker ("X, a banker, said … The banker said" still points back)."""
    if head in antecedent.role.lower():
        return False
    own = range(antecedent.span.start, max(antecedent.span.end, antecedent.cue_span.end))
    pattern = rf"\ban?\s+(?:[\w-]+\s+)?{re.escape(head)}\b"
    return any(m.start() not in own for m in re.finditer(pattern, ctx.text[: ctx.toks[first].start], re.IGNORECASE))


AGE_RE = re.compile(r"\d{1,3}-year-old")


def aged_description(ctx: ArticleContext, i: int, limit: int) -> Source | None:
    """ "the 27-year-old" (or "the 33-year-old Kenyan") at token ``i``: the person last named, as sports and
    court copy refer back to a speaker by age; None if the tokens are no such description."""
    toks = ctx.toks
    if i + 1 >= limit or toks[i].low != "the" or not AGE_RE.fullmatch(toks[i + 1].low):
        return None
    last = i + 2
    if last < limit and toks[last].text[:1].isupper() and toks[last].text.isalpha():
        last += 1  # "the 33-year-old Kenyan"
    return source_like(ctx, last_of(ctx, ("named",)), i, last)


def _holds_title(ctx: ArticleContext, holder: Attribution, title: str) -> bool:
    """The person was given the title: in the role found with them, or before their name ("Judge Harold Brandt")."""
    if title in holder.role.lower().split():
        return True
    return re.search(rf"\b{re.escape(title)}\s+{re.escape(holder.source)}\b", ctx.text, re.IGNORECASE) is not None


def _role_holder(ctx: ArticleContext, first: int, head: int) -> Attribution | None:
    """ "the police boss" after "Regional Police Commander X": the person last named whose role has the
    description's modifier, when no unnamed source it could point back to was met."""
    named = last_of(ctx, ("named",))
    if named is None or first >= head:
        return None
    # the role given with any mention of the person ("Achieng said" after "police commander Rose Achieng")
    role = {
        w for at in ctx.history if at.kind == "named" and at.source == named.source for w in at.role.lower().split()
    }
    return named if role and all(ctx.toks[k].low in role for k in range(first, head)) else None


def acronym_of(ctx: ArticleContext, acronym: str) -> str:
    """The body named before whose initials the acronym is ("USGS" after "US Geological Survey"), or ""."""
    for at in reversed(ctx.history):
        if at.kind == "organization" and _initials(at.source) == acronym:
            return at.source
    return ""


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w if w.isupper() else w[0] for w in words)


def full_name(ctx: ArticleContext, name: str) -> str:
    """A surname alone ("Peskov", "Mr Peskov") as the full name used earlier ("Dmitry Peskov")."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".").lower() in ctx.vocab.honorifics:
        name = " ".join(words[1:])  # "Mr Haddad" is Haddad
    if " " in name:
        return name
    for at in reversed(ctx.history):
        if at.kind == "named" and " " in at.source and name in at.source.split():
            return at.source
    return name_in_text(ctx, name) or name


def name_in_text(ctx: ArticleContext, name: str) -> str:
    """The first place the text gives ``name`` with a first name before it (worked out once per name)."""
    return ctx.per_name(search_name_in_text, name)


def search_name_in_text(ctx: ArticleContext, name: str) -> str:
    if not (name[:1].isupper() or "-" in name):
        return ""
    texts = ctx.toks.texts
    key = name.lower()
    for i in sorted({*ctx.toks.positions({key}), *ctx.toks.positions({key}, short=True)}):
        if i == 0 or (texts[i] != name and ctx.toks.short.get(i) != name):
            continue  # "Donald Trump's confidant" names him too
        first = i
        while first > 0 and (ctx.scan.capitalised(first - 1) or ctx.toks[first - 1].low in ctx.vocab.particles):
            first -= 1
        first = classify.role_end(ctx, first, i)  # the possessive of the name itself is no role ("Trump's")
        if first < i and classify.looks_like_person(ctx, first, i + 1):
            return f"{ctx.words(first, i)} {name}"
    return ""


def last_singular(ctx: ArticleContext) -> Attribution | None:
    """The last named or anonymous source that is one person: what "he" or "she" points back to."""
    for at in reversed(ctx.history):
        if at.kind == "named" or (at.kind == "anonymous" and not is_plural(at)):
            return at
    return None


def person_evidence(ctx: ArticleContext, name: str) -> bool:
    """The text treats a one-word name as a person's: somewhere it has a first name, an honorific or a title
    before it ("Dmitry Peskov", "Mr Peskov", "President Putin"), or a personal sign after it ("Peskov, who …",
    "Peskov condemned what he called …"). Worked out once per name."""
    return ctx.per_name(_search_person_evidence, name)


def _search_person_evidence(ctx: ArticleContext, name: str) -> bool:
    if name_in_text(ctx, name):
        return True
    texts, vocab = ctx.toks.texts, ctx.vocab
    for i in ctx.toks.positions({name.lower()}):
        if texts[i] == name:
            before = ctx.toks[i - 1].low.rstrip(".") if i > 0 else ""
            if before in vocab.honorifics or vocab.is_in(before, vocab.roles) or personal_sign(ctx, i):
                return True
    return False


def body_in_full(ctx: ArticleContext, name: str) -> bool:
    """Somewhere the text gives the name a body's last word ("Straits Pacific" … "Straits Pacific Airlines",
    "Bluewater" … "Bluewater Expeditions"): the name is that body's short form, not a person's. Worked out once
    per name."""
    return ctx.per_name(_body_in_full, name)


def _body_in_full(ctx: ArticleContext, name: str) -> bool:
    words = name.split()
    toks, vocab = ctx.toks, ctx.vocab
    for i in toks.positions({words[0].lower()}):
        end = i + len(words)
        if not (end < len(toks) and list(toks.texts[i:end]) == words and ctx.scan.capitalised(end)):
            continue
        if vocab.is_in(toks[end].low, vocab.organizations) and not vocab.is_in(toks[end].low, vocab.roles):
            return True
    return False


def named_in_full_each_time(ctx: ArticleContext, name: str) -> bool:
    """A two-word name that the body gives in full at least twice and never shortens: no word of
    it stands alone and no honorific or title comes before it ("Harbour City said … Harbour City have …").
    News style names a person in full once, then by surname ("Sue Carver … Carver said"); a body keeps its
    name. Worked out once per name."""
    return ctx.per_name(_kept_in_full, name)


def _kept_in_full(ctx: ArticleContext, name: str) -> bool:
    words = name.split()
    toks, vocab = ctx.toks, ctx.vocab
    if len(words) != 2 or any(w.lower() in vocab.particles for w in words):
        return False  # "Al Dhaheri": Arabic style repeats a name in full; "Det Ch Insp Karen Lowe" has a title
    texts = toks.texts
    inside: set[int] = set()
    body_uses = 0
    for i in toks.positions({words[0].lower()}):
        end = i + len(words)
        if list(texts[i:end]) != words:
            continue
        if _person_before_or_after(ctx, i, end):
            return False
        inside.update(range(i, end))
        body_uses += not ctx.in_heading(toks[i].start)
    if body_uses < 2:
        return False
    lows = {w.lower() for w in words}
    return not any(i not in inside and texts[i] in words and _stands_alone(ctx, i) for i in toks.positions(lows))


def _stands_alone(ctx: ArticleContext, i: int) -> bool:
    """A word of a name used on its own ("Carver said", "Mr Carver"), not inside another name ("Cal Fire" …
    "the County Fire", "Pawnee Fire"): a capitalised neighbour that is no honorific or title makes another name."""
    toks, vocab = ctx.toks, ctx.vocab
    for j in (i - 1, i + 1):
        if not (0 <= j < len(toks)) or not ctx.scan.capitalised(j) or (j == i - 1 and i in ctx.sentence_firsts):
            continue
        low = toks[j].low.rstrip(".")
        if low not in vocab.honorifics and not vocab.is_in(low, vocab.roles):
            return False
    return True


def _person_before_or_after(ctx: ArticleContext, i: int, end: int) -> bool:
    """A title, honorific or rank before a name ("Chairman Hiroshi Maeda", "Det Ch Insp Karen Lowe", "Minister
    of Emergency Situations Nurlan Abenov") or an age after it ("Leonard Haskett, 61,"): a person's name."""
    toks, vocab = ctx.toks, ctx.vocab
    before = toks[i - 1].low.rstrip(".") if i > 0 else ""
    if before in vocab.honorifics or vocab.is_in(before, vocab.roles):
        return True
    if i > 0 and ctx.scan.capitalised(i - 1) and i not in ctx.sentence_firsts:
        return True
    return classify.aged(ctx, end)


APPOSITION_WORDS = 8  # how far an apposition after a name may run before its closing comma


def described_as_body(ctx: ArticleContext, first: int, last: int) -> bool:
    """A name whose apposition is a body's description ("Shreve Ready, the city's emergency preparedness
    office," or "The manufacturer, Aerion,"): the name is that body's, not a person's."""
    toks = ctx.toks
    if last < len(toks) and toks[last].text == ",":
        k = last + 1
        stop = min(len(toks), k + APPOSITION_WORDS)
        if k < stop and toks[k].low in ("the", "a", "an"):
            end = next((j for j in range(k, stop) if toks[j].text in (",", ".", ";")), None)
            if end is not None and _body_head(ctx, classify.head_of(ctx, k, classify.core_end_of(ctx, k, end))):
                return True  # the apposition's head, not its last word: "a teacher at the school" is a person
    if first >= 2 and toks[first - 1].text == "," and _body_head(ctx, first - 2):
        k = first - 2
        return k >= 1 and toks[k - 1].low in ("the", "a", "an")  # "The manufacturer, Aerion,"
    return False


def _body_head(ctx: ArticleContext, i: int) -> bool:
    tok = ctx.toks[i]
    vocab = ctx.vocab
    if ctx.scan.capitalised(i) or vocab.is_person_noun(tok.low) or vocab.is_in(tok.low, vocab.roles):
        return False
    return vocab.is_in(tok.low, vocab.organizations)


def surname_alone(ctx: ArticleContext, name: str) -> bool:
    """The last word of a name also stands alone in the text ("Sue Carver … Carver said"): a person's way."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    texts = ctx.toks.texts
    return any(texts[i] == last and (i == 0 or texts[i - 1] != words[-2]) for i in ctx.toks.positions({last.lower()}))


PERSON_LOOKBACK_TOKENS = 120  # about three sentences: how far back "she" may point to a person not yet a source


def person_named_before(ctx: ArticleContext, i: int) -> Source | None:
    """The nearest person named (first name and surname) in the text before token ``i``, when no source is
    there to point back to: "Elena Vasquez studied the skull. '…,' she told Live Science"."""
    toks = ctx.toks
    k = i - 1
    stop = max(0, i - PERSON_LOOKBACK_TOKENS)
    while k >= stop:
        if not ctx.scan.capitalised(k) or ctx.inside_quote(toks[k].start):
            k -= 1
            continue
        last = k + 1
        while k - 1 >= stop and ctx.scan.capitalised(k - 1):
            k -= 1
        if last - k >= 2 and classify.looks_like_person(ctx, k, last):
            found = classify.classify(ctx, k, last, toks[last - 1].end)
            if found is not None and found.kind == "named":
                return found
        k -= 1
    return None


def person_just_named(ctx: ArticleContext, lo: int, i: int, singular: Attribution | None) -> Source | None:
    """A person named in full as the subject of the sentence before the pronoun's, after the last source a
    pronoun could point to: the person the writer has just introduced ("X could not reach … . '…,' she said"), an
    adverb or two before the verb too ("Finance Minister X also declined to comment. He told reporters …")."""
    if singular is None:
        return None
    named = person_named_before(ctx, i)
    if named is None or named.name == singular.source or ctx.toks[named.first].start < singular.span.end:
        return None
    previous = max((f for f in ctx.sentence_firsts if f < lo), default=lo)
    toks = ctx.toks
    verb = named.last
    while verb < lo - 1 and toks[verb].tag == "RB":
        verb += 1  # "X also declined to comment", "X then left"
    subject = named.last < lo and toks[verb].tag in ("VBD", "MD", "VBZ")  # "Priya Nair could not reach …"
    return named if previous <= named.first and subject else None


def person_before(ctx: ArticleContext, lo: int, i: int) -> Source | None:
    """The person the writer spoke to earlier in the sentence ("When I put that to a British official, she
    replied"): what "she" points to there, though that person is not (yet) a source."""
    toks, vocab = ctx.toks, ctx.vocab
    if not any(toks[k].low in WRITER_SUBJECTS and toks[k].text in ("I", "We", "we") for k in range(lo, i)):
        return None
    for k in range(i - 1, lo - 1, -1):
        if ctx.inside_quote(toks[k].start):
            continue
        tok = toks[k]
        if not tok.text[:1].isalpha() or tok.low in WRITER_SUBJECTS:
            continue
        if not (vocab.is_in(tok.low, vocab.anonymous) or vocab.is_person_noun(tok.low) or ctx.scan.capitalised(k)):
            continue
        span = ctx.scan.before(k + 1, lo)
        found = classify.classify(ctx, *span, toks[k].end) if span else None
        place = span is not None and span[0] > lo and toks[span[0] - 1].low in ("near", "in", "at", "from", "of")
        if found is not None and found.kind in ("named", "anonymous") and span[1] == k + 1 and not place:
            return found
    return None
