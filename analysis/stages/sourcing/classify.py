"""Sources' kinds: what a noun phrase beside a cue names — a named person (with role), an anonymous source,
a news agency, an organization or a document — or nothing."""

from __future__ import annotations

import re

from ...text.nounphrase import is_capitalised, is_word
from ...text.tokens import PUNCT
from .context import ArticleContext, Source
from .lead_nouns import lead_noun_kind
from .place_words import compass_only
from .refinements import ONE_OF_THEM, news_agency_name, people_head, unnamed_bodies
from .relatives import ing_form
from .vocabulary import ARTICLES, NAME_JOINERS, _forms


def core_end_of(ctx: ArticleContext, first: int, last: int) -> int:
    """Where a phrase's core ends: at its first preposition outside brackets ("a report | by the agency")."""
    depth = 0
    for i in range(first + 1, last):
        tok = ctx.toks[i]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth == 0 and (ctx.scan.preposition(i) or tok.low == "by"):
            return i
        passive = tok.tag == "VBD" and i + 1 < last and ctx.toks[i + 1].low == "by"  # "a letter signed by …"
        passive = passive or (ctx.toks[i - 1].tag == "NNS" and ing_form(tok))  # "Residents gathering in …"
        if (
            depth == 0
            and (tok.tag in ("VBN", "VBG") or passive)
            and ctx.toks[i - 1].tag.startswith("NN")
            and not ctx.scan.capitalised(i)
            and not _modifies_body(ctx, i, last)
        ):
            return i  # "one person briefed on …", "figures compiled by …": a clause after the noun
    return last


def _modifies_body(ctx: ArticleContext, i: int, last: int) -> bool:
    """A participle right before the head noun of a body that ends the phrase ("the world governing body", "the
    organising committee"): a modifier, not a clause after the noun before it."""
    nxt = i + 1
    return nxt + 1 == last and ctx.vocab.is_in(ctx.toks[nxt].low, ctx.vocab.organizations)


def head_of(ctx: ArticleContext, first: int, core_end: int) -> int:
    """The noun a phrase is built on: its last word that is not a modifier or in brackets."""
    depth, best = 0, None
    for i in range(core_end - 1, first - 1, -1):
        tok = ctx.toks[i]
        depth += (tok.text == ")") - (tok.text == "(")
        if depth or tok.tag == PUNCT or tok.text in "()":
            continue
        if best is None:
            best = i
        participle = tok.tag in ("VBN", "VBG") and i > first  # "Figures compiled …", "people familiar …"
        if participle or tok.tag.startswith(("JJ", "RB")):
            if ctx.scan.capitalised(i) or tok.low in ctx.vocab.lexical:
                return i
            continue
        return i
    return best if best is not None else core_end - 1


def role_end(ctx: ArticleContext, first: int, last: int) -> int:
    """Where the role words at the start of a capitalised run end ("Deputy Foreign Minister …")."""
    cut = first
    for _, end, _ in ctx.role_hits.within(first, last):
        cut = max(cut, end)
    for i in range(first, last):
        tok = ctx.toks[i]
        # "Rear Adm. Karen Voss", "Col. Andre Whitfield"; not a middle initial ("Mary K. Butler")
        abbreviated = tok.text.endswith(".") and i + 1 < last and not ctx.scan.initial_stop(i)
        if tok.low.endswith(("'s", "s'")) or (tok.text.isupper() and len(tok.text) > 1 and i + 1 < last) or abbreviated:
            cut = max(cut, i + 1)  # "Russia's Sergei Lavrov", "US President Joe Biden"
    return cut


def name_run(ctx: ArticleContext, first: int, head: int) -> tuple[int, int] | None:
    """The personal name a phrase ends on, without the role words before it."""
    i = head
    while i >= first and (ctx.scan.capitalised(i) or ctx.toks[i].low in ctx.vocab.particles):
        i -= 1
    if i == head:
        return None
    if ctx.toks[i + 1].low == "the":
        i += 1  # "…, The Tidewater Record reported": the article is not part of the name
    start = role_end(ctx, i + 1, head + 1)
    if start > head:
        return None
    joined = i >= 1 and ctx.toks[i].low in NAME_JOINERS and ctx.scan.capitalised(i - 1)
    if joined and (ctx.toks[i].low not in ("and", "&") or ctx.scan.institution_and(i, 0, head + 1)):
        return None  # "Ministry of Human Resources and Emiratisation": the end of a body's name
    return (start, head + 1) if looks_like_person(ctx, start, head + 1) else None


def _acronym_led(ctx: ArticleContext, first: int, name: tuple[int, int]) -> bool:
    """One capitalised word right after an acronym that is no title ("NHS England", "BBC Scotland"): a body;
    "RFS Commissioner Greg Halloran", "Local MP Priya Sandhu" stay people."""
    k = name[0] - 1
    if name[1] - name[0] != 1 or k < first:
        return False
    word = ctx.toks[k].text
    return len(word) >= 2 and word.isupper() and word.isalpha() and not ctx.vocab.is_in(word, ctx.vocab.roles)


def _followed_by_which(ctx: ArticleContext, last: int) -> bool:
    toks = ctx.toks
    return last + 1 < len(toks) and toks[last].text == "," and toks[last + 1].low == "which"


def tail_name(ctx: ArticleContext, first: int, last: int) -> tuple[int, int] | None:
    """A personal name at the end of a longer phrase ("Bureau of Meteorology senior meteorologist Jade Nguyen",
    "Minister of Emergency Situations Nurlan Seitkali"): its last two capitalised words, after role words."""
    toks = ctx.toks
    end = last
    while end > first and toks[end - 1].low in ctx.vocab.time_words:
        end -= 1  # "… Nguyen today"
    i = end
    while i > first and (ctx.scan.capitalised(i - 1) or toks[i - 1].low in ctx.vocab.particles):
        i -= 1
    if end - i < 2 or (i == first and end - first <= 3):
        return None  # a short run on its own is name_run's to judge
    if i > first and toks[i - 1].low in NAME_JOINERS and end - i <= 2:
        return None  # "Observatory for Human Rights", "a site in Al Reem": part of another name
    start = max(i, end - 2)
    if toks[start].low in ctx.vocab.particles or (start > i and toks[start - 1].low in ctx.vocab.particles):
        start = max(i, start - 1)  # "Abu Mohammed al-Julani"
    if any(toks[k].low in ctx.vocab.roles for k in range(start, end)):
        return None
    return (start, end) if looks_like_person(ctx, start, end) else None


def common_noun_at_start(ctx: ArticleContext, i: int) -> bool:
    """A sentence's first word that is a common noun, capitalised only because it starts it ("Retailers")."""
    tag = ctx.toks[i].tag
    return i in ctx.sentence_firsts and tag in ("NN", "NNS") and ctx.vocab.is_in(ctx.toks[i].low, ctx.vocab.lexical_any)


def looks_like_person(ctx: ArticleContext, first: int, last: int) -> bool:
    toks, vocab = ctx.toks, ctx.vocab
    words = [toks[i] for i in range(first, last) if is_word(toks[i])]
    if not words or (not is_capitalised(words[0], vocab.particles) and words[0].low not in vocab.particles):
        return False
    if any(w.low in vocab.time_words for w in words) or compass_only(words):
        return False  # "Tuesday", "March": a date, not a name; "the HSE South East": a region
    if len(words) == 1:
        only = words[0]
        if only.text.isupper() and len(only.text) > 1:
            return False  # an acronym: HTS, SNHR
        common_start = first in ctx.sentence_firsts and only.tag and not only.tag.startswith("NNP")
        common_start = common_start and not surname_before(ctx, first)  # "Pierce said" after "Jordan Pierce"
        if common_start or any(f in vocab.lexical for f in _forms(only.low)):
            return False  # a common word that starts the sentence: "Sources", "Militants"
        if first > 0 and toks[first - 1].low in ("a", "an"):
            return False  # "a Democrat", "a Palestinian": one of a group, not a name
    last_word = words[-1].low
    if any(vocab.is_in(last_word, g) for g in (vocab.organizations, vocab.agency_heads, vocab.documents)):
        return False
    if len(words) >= 2 and aged(ctx, last):
        return True  # "Jordan Pierce, 19,": an age makes a person, though "Jordan" is a country
    if ctx.metonym_hits.within(first, last) or ctx.agency_hits.within(first, last) or ctx.body_hits.within(first, last):
        return False
    for m in ctx.mentions_in(toks[first].start, toks[last - 1].end):
        if vocab.actor_kinds.get(m.actor) not in ("person", None) and m.span.text.lower() in vocab.actor_own_names:
            return False
    return True


COMMON_WORD_TAGS = frozenset({"VB", "VBP", "NN", "JJ"})  # what a tagger makes of "Pierce", "Park", "Young"


def surname_at_start(ctx: ArticleContext, i: int) -> bool:
    """A sentence's first word that the tagger read as a common word but that is a surname named before."""
    tok = ctx.toks[i]
    if i not in ctx.sentence_firsts or tok.tag not in COMMON_WORD_TAGS or not tok.text[:1].isupper():
        return False
    return tok.low not in ctx.vocab.lexical_any and surname_before(ctx, i)


def surname_before(ctx: ArticleContext, i: int) -> bool:
    """The word at ``i`` ended a two-word capitalised name earlier in the text ("Jordan Pierce" … "Pierce said"),
    or began one with a hyphenated given name after it, family name first ("Park Ji-hoon" … "Park said"), so at
    the start of a sentence it is that surname, not the common word ("pierce", "park") the tagger saw."""
    word = re.escape(ctx.toks[i].text)
    earlier = ctx.text[: ctx.toks[i].start]
    western = re.search(r"\b[A-Z][\w'’.-]+\s+" + word + r"\b", earlier)
    return western is not None or re.search(r"\b" + word + r"\s+[A-Z][a-z]+-[a-z]+\b", earlier) is not None


def aged(ctx: ArticleContext, last: int) -> bool:
    """A name followed by an age in commas ("Leonard Haskett, 61,"): a person's way of being named."""
    toks = ctx.toks
    if last + 2 >= len(toks) or toks[last].text != "," or not toks[last + 1].text.isdigit():
        return False
    return toks[last + 2].text in (",", ".") and 0 < int(toks[last + 1].text) < 120


def classify(ctx: ArticleContext, first: int, last: int, zone_end: int) -> Source | None:
    """What kind of source a noun phrase names, or None if it names none."""
    toks, vocab = ctx.toks, ctx.vocab
    core_end = core_end_of(ctx, first, last)
    head = head_of(ctx, first, core_end)
    if core_end < last and toks[core_end].low == "of" and vocab.is_in(toks[head].low, vocab.collectives):
        inner = classify(ctx, core_end + 1, last, zone_end)  # "a section of Syrian officials"
        if inner is not None and inner.kind in ("anonymous", "organization"):
            return inner._replace(name=ctx.bare(first, last), first=first, last=last)
    head_tok = toks[head]
    anonymous_marker = ctx.marker_between(toks[first].start, zone_end)
    one = (anonymous_marker and vocab.is_in(head_tok.low, vocab.collectives)) or one_of_them(ctx, first)
    if last - first == 1 and one:  # "One, who asked not to be named,", "One wrote: …", "Another said …"
        return Source("anonymous", ctx.bare(first, last), "", first, last)
    tail = tail_name(ctx, first, last)
    # "Akim of Karaganda region Daulet Sarsenov": the name after the title's "of" phrase
    after_of = tail is not None and tail[0] >= core_end and not vocab.is_in(toks[head].low, vocab.organizations)
    name = tail if after_of else name_run(ctx, first, head) or tail
    possessive = any(toks.lows[i].endswith("'") or toks.lows[i].endswith("'s") for i in range(first, last))
    agencies = ctx.agency_hits.within(first, core_end)
    if agencies and _acronym_defined_otherwise(ctx, agencies[0]):
        agencies = []  # "Straits Pacific Airlines (SPA) … SPA said": the text's own acronym, not the Saudi agency

    if (vocab.is_in(head_tok.low, vocab.documents) and not _named_head(ctx, first, head)) or (
        possessive and vocab.is_in(toks[last - 1].low, vocab.documents)
    ):
        return Source("document", issuer(ctx, first, last, head), "", first, last)
    lower_head = not ctx.scan.capitalised(head) or common_noun_at_start(ctx, head)
    if (unnamed := _unnamed_person(ctx, (first, last, core_end, head), after_of, lower_head)) is not None:
        return unnamed
    people = people_head(ctx, first, head)  # a word for people, in a name no title marks a person's
    if not lower_head and head > first and people and head_tok.low.endswith("s") and ctx.scan.capitalised(head - 1):
        return Source("organization", ctx.bare(first, last), "", first, last)  # "NSW Farmers said"
    # "the Coast Guard", "Police Scotland": a capitalised body's name, though "guard" can be a person
    body_name = not lower_head and head > first and ctx.scan.capitalised(head - 1)
    body_name = body_name and vocab.is_in(head_tok.low, vocab.organizations) and not news_agency_name(ctx, head)
    titled = tail is not None and tail[0] > first and vocab.is_in(toks[tail[0] - 1].low, vocab.roles)
    if titled and body_name:
        name, body_name = tail, False  # "Reserve Bank of India (RBI) Governor Sanjay Khurana": the body's officer
    if vocab.is_in(head_tok.low, vocab.anonymous) and name is None and not body_name:
        return Source("anonymous", ctx.bare(first, last), "", first, last)
    if agencies and not (anonymous_marker and vocab.is_in(head_tok.low, vocab.anonymous)):
        return Source("agency", agencies[0][2].name, "", first, last)
    if body_name:
        return Source("organization", organization_name(ctx, first, last), "", first, last)  # "the Coast Guard"
    run = name or capital_run(ctx, first, core_end)
    described = described_kind(ctx, first, last, run) if run else None
    if described is not None:  # "the medical charity Frontline Medical Relief", "state news agency SUNA"
        return Source(described, ctx.words(*_outlet_run(ctx, first, run)), "", first, last)
    if vocab.is_in(toks[last - 1].low, vocab.organizations) and not ctx.scan.capitalised(last - 1) and name is not None:
        return Source("organization", organization_name(ctx, first, last), "", first, last)  # "… of State's office"
    if name is not None and name[0] == first + 1 and toks[first].low == "the" and name[1] - name[0] >= 2:
        return Source("organization", organization_name(ctx, first, last), "", first, last)  # "the Fraternal Order …"
    if name is not None and name[1] - name[0] == 1 and last < len(toks) and _followed_by_which(ctx, last):
        return Source("organization", organization_name(ctx, first, last), "", first, last)  # "Qarmet, which …"
    if name is not None and _acronym_led(ctx, first, name):
        return Source("organization", organization_name(ctx, first, last), "", first, last)  # "NHS England"
    if name is not None:
        role = role_text(ctx, first, name[0])
        return Source("named", ctx.words(*name), role, first, last)
    if (
        lower_head
        and not agencies
        and head > first
        and toks[head - 1].low == "news"
        and head_tok.low.startswith("agenc")
    ):
        plural = head_tok.low == "agencies"
        return Source("anonymous" if plural else "agency", ctx.bare(first, last), "", first, last)
    if lower_head and vocab.is_in(head_tok.low, vocab.agency_heads):
        return Source(_outlet_kind(ctx, first, last, head, anonymous_marker), ctx.bare(first, last), "", first, last)
    if is_organization(ctx, first, core_end, head):
        kind = "anonymous" if anonymous_marker or unnamed_bodies(ctx, first, head) else "organization"
        return Source(kind, organization_name(ctx, first, last), "", first, last)
    if name is None and head == last - 1 and vocab.is_in(head_tok.low, vocab.roles) and toks[first].low in ARTICLES:
        return Source("anonymous", ctx.bare(first, last), "", first, last, role_only=True)  # "the Minister"
    nounlike = head_tok.tag[:2] in ("NN", "") or head_tok.low in vocab.lexical
    if lower_head and nounlike and vocab.is_person_noun(head_tok.low):
        return Source("anonymous", ctx.bare(first, last), "", first, last, role_only=True)
    return None


def _named_head(ctx: ArticleContext, first: int, head: int) -> bool:
    """A document word that ends an outlet's or a body's name ("Bloomberg Law reported", "the US Geological
    Survey said", data: organization_heads); "The Mueller Report" stays a document."""
    if head > first and ctx.scan.capitalised(head) and ctx.agency_hits.within(first, head):
        return True
    return any(end == head + 1 for _, end, _ in ctx.body_hits.within(first, head + 1))


GROUP_LOOKBACK_TOKENS = 30  # about a sentence: how far back "One wrote" finds the group it is one of


def one_of_them(ctx: ArticleContext, i: int) -> bool:
    """ "One" or "Another" opening a clause on its own: one of a group just named ("Fans left tributes. One
    wrote: …"; "Others pointed out …" after "Lawyers were divided"); "No one said", "any one of them" are not."""
    toks, vocab = ctx.toks, ctx.vocab
    if toks[i].low not in ONE_OF_THEM or (i > 0 and toks[i - 1].low in ("no", "any", "every", "the")):
        return False
    if not (i in ctx.sentence_firsts or (i > 0 and toks[i - 1].text in ",;")):
        return False
    reach = GROUP_LOOKBACK_TOKENS * (2 if toks[i].low == "others" else 1)  # "Others" may follow one named member
    before = range(max(0, i - reach), i)  # the group: a plural of people just before
    return any(toks[k].tag == "NNS" and vocab.is_in(toks[k].low, vocab.anonymous) for k in before)


def one_of_group(ctx: ArticleContext, k: int, lo: int) -> Source | None:
    """The one who speaks out of a group a pronoun points to ("A retired teacher among them", "One of them",
    "Two of them"): an unnamed person or persons, the phrase kept whole."""
    toks = ctx.toks
    span = ctx.scan.before(k - 1, lo)
    if span is None and (toks[k - 2].tag == "CD" or toks[k - 2].low in ("one", "some", "several", "many", "most")):
        span = (k - 2, k - 1)
    if span is None or span[1] != k - 1:
        return None
    found = classify(ctx, span[0], span[1], toks[k].end)
    if found is not None and found.kind not in ("anonymous", "named"):
        return None
    return Source("anonymous", ctx.bare(span[0], k + 1), "", span[0], k + 1)


def _acronym_defined_otherwise(ctx: ArticleContext, hit) -> bool:
    """An agency's acronym that the text spells out as another name ("Straits Pacific Airlines (SPA)")."""
    first, last, agency = hit
    acronym = ctx.toks[first].text
    if last - first != 1 or not acronym.isupper() or len(acronym) < 2:
        return False
    at = ctx.text.find(f"({acronym})")
    if at < 0:
        return False
    before = ctx.text[max(0, at - len(agency.name) - 2) : at].strip().lower()
    return not before.endswith(agency.name.lower())


def _outlet_kind(ctx: ArticleContext, first: int, last: int, head: int, anonymous_marker: bool) -> str:
    """ "the agency" points back to an outlet named before; "state media", "local media", "Russian news agencies"
    name no outlet: a vague collective, so an anonymous source; "The Dhaka Ledger newspaper" is an outlet."""
    toks = ctx.toks
    plural = toks[head].low.endswith("s") or toks[head].low == "media"  # "Moroccan media": a plural, no outlet
    definite = toks[first].low in ("the", "this") and last - first == 2 and not plural
    named_outlet = head > first and ctx.scan.capitalised(head - 1) and not toks[head - 1].tag.startswith("JJ")
    return "agency" if (definite and not anonymous_marker) or (named_outlet and not plural) else "anonymous"


def capital_run(ctx: ArticleContext, first: int, end: int) -> tuple[int, int] | None:
    """The capitalised words a phrase ends on ("… news agency SUNA"), or None."""
    i = end
    while i > first and ctx.scan.capitalised(i - 1):
        i -= 1
    return (i, end) if i < end else None


def _outlet_run(ctx: ArticleContext, first: int, run: tuple[int, int]) -> tuple[int, int]:
    """An outlet's whole name when it ends on an outlet word ("GB News", not "News" after the acronym)."""
    whole = capital_run(ctx, first, run[1])
    return whole if whole and ctx.toks[whole[1] - 1].low in ctx.vocab.outlet_ends else run


def described_kind(ctx: ArticleContext, first: int, last: int, name: tuple[int, int]) -> str | None:
    """The kind a lower-case noun right before or after a name gives it ("the charity Frontline Medical Relief",
    "broadcaster Radio Harbour", "The Dhaka Ledger newspaper"), or an outlet's name ("The Tidewater Record")."""
    toks, vocab = ctx.toks, ctx.vocab
    if news_agency_name(ctx, name[1] - 1):
        return "agency"  # "the Ghana News Agency"
    if (lead := lead_noun_kind(ctx, name)) is not None:
        return lead  # "Insurer Aviva said", "Brokerage Jefferies said": the sentence opens on the body's trade
    for k in (name[0] - 1, name[1]):
        if first <= k < last and not ctx.scan.capitalised(k) and toks[k].tag != "POS":
            news_agency = k == name[0] - 1 and k > first and toks.lows[k - 1] == "news" and toks.lows[k] == "agency"
            if news_agency or vocab.is_in(toks[k].low, vocab.agency_heads):
                return "agency"
            if vocab.is_in(toks[k].low, vocab.organizations):
                return "organization"
    ends_outlet = toks[name[1] - 1].low in vocab.outlet_words and name[1] - name[0] >= 2
    if ends_outlet and name[0] > 0 and toks[name[0] - 1].low == "the":
        return "agency"
    whole = capital_run(ctx, first, name[1])  # "GB News", "Sky News": the run with its acronym
    if whole is not None and whole[1] - whole[0] >= 2 and toks[whole[1] - 1].low in vocab.outlet_ends:
        return "agency"
    return None


def _unnamed_person(
    ctx: ArticleContext, where: tuple[int, int, int, int], after_of: bool, lower: bool
) -> Source | None:
    """Someone unnamed, though a name is in the phrase: one of a person's circle ("The family of PC X": the name
    after "of" is whose they are), or an officer of a named body ("Amnesty International's director")."""
    first, last, core_end, head = where
    if after_of and ctx.toks[head].low in ctx.vocab.possessors and ctx.toks[core_end].low == "of":
        return Source("anonymous", ctx.bare(first, last), "", first, last)
    if _officer_of(ctx, first, core_end, head, lower):
        return Source("anonymous", ctx.bare(first, last), "", first, last, role_only=True)
    return None


def _officer_of(ctx: ArticleContext, first: int, core_end: int, head: int, lower_head: bool) -> bool:
    """ "Amnesty International's South Asia Director", "the World Bank's chief economist": an unnamed officer of
    a named body (a title or a person word after the body's possessive), not the body nor an outlet."""
    toks, vocab = ctx.toks, ctx.vocab
    if head != core_end - 1:
        return False
    owner = next((k for k in range(first, head) if toks[k].low.endswith(("'s", "’s"))), None)
    if owner is None or not ctx.body_hits.within(first, owner + 1):
        return False  # a place's ("Spain's grid operator", "Chile's regulator") may be a body itself
    title = vocab.is_in(toks[head].low, vocab.roles)
    return title or (lower_head and vocab.is_person_noun(toks[head].low))


def is_organization(ctx: ArticleContext, first: int, core_end: int, head: int) -> bool:
    vocab, head_tok = ctx.vocab, ctx.toks[head]
    start, end = ctx.toks[first].start, ctx.toks[core_end - 1].end
    if vocab.is_in(head_tok.low, vocab.organizations):
        return True
    if head_tok.text.isupper() and len(head_tok.text) > 1 and head_tok.text.isalpha():
        return not vocab.is_in(head_tok.low, vocab.roles)  # an acronym names a body: HTS, SNHR; not "the MP"
    if ctx.metonym_hits.within(first, core_end) or ctx.body_hits.within(first, core_end):
        return True  # "Moscow", "Amnesty International"
    return any(vocab.actor_kinds.get(m.actor) not in ("person", None) for m in ctx.mentions_in(start, end))


def organization_name(ctx: ArticleContext, first: int, last: int) -> str:
    """An organisation's name; a lexicon actor's own name when the phrase is just that actor."""
    bare = ctx.bare(first, last)
    start, end = ctx.toks[first].start, ctx.toks[last - 1].end
    for m in ctx.mentions_in(start, end):
        if ctx.vocab.actor_kinds.get(m.actor) == "organization":
            return m.actor  # every alias of an organisation names that organisation
        if m.span.text.lower() in ctx.vocab.actor_own_names and bare.lower() == m.span.text.lower():
            return m.actor
    return bare


def issuer(ctx: ArticleContext, first: int, last: int, head: int) -> str:
    """Who issued a document: the owner before a possessive, or the body after "from/by/of"."""
    for i in range(first, last):
        if ctx.toks[i].low.endswith(("'s", "'")):
            end = i + 1
            if end < last and ctx.toks[end].text == "(":
                close = next((k for k in range(end, last) if ctx.toks[k].text == ")"), None)
                end = close + 1 if close is not None else end
            return organization_name(ctx, first, end)
    for i in range(head + 1, last - 1):
        if ctx.toks[i].low in ("from", "by", "of"):
            return organization_name(ctx, i + 1, last)
    return ctx.bare(first, last)


def role_text(ctx: ArticleContext, first: int, name_first: int) -> str:
    if name_first > first and ctx.toks[first].low in ARTICLES:
        first += 1
    return ctx.words(first, name_first)
