"""Sources named together: a list of outlets or a pair ("according to TASS and RIA Novosti", "Putin and Erdogan
said"), and two bodies or outlets the noun-phrase scanner read as one name ("State-run broadcaster TRT and Anadolu Agency
reported", "the Law Guild of Kenya and Rights Watch Kenya said"): one source each, sharing the cue and claim."""

from __future__ import annotations

from . import classify, references
from .context import ArticleContext, Source
from .sources import finished

BODY_KINDS = ("agency", "organization")
SOURCE_KINDS = ("named", "anonymous", "agency", "organization")
JOINERS = frozenset({"and", "&"})


def together(ctx: ArticleContext, found: Source, lo: int, hi: int) -> tuple[Source, list[Source]]:
    """The source to keep for ``found`` and the others named with it (split from its span, or listed beside it)."""
    if (shared := shared_preposition(ctx, found, lo)) is not None:
        return shared, []  # "Officials from the ministry and the army said": one group of people
    split = split_pair(ctx, found)
    others = split[1:]
    found = split[0] if split else found
    return found, others + coordinated(ctx, found, lo, hi)


GROUP_PREPOSITIONS = frozenset({"from", "of"})


def shared_preposition(ctx: ArticleContext, found: Source, lo: int) -> Source | None:
    """People "from" or "of" a body and a second body after "and" ("Observers from the bloc and the European
    Union said"): the second body is the preposition's second object, so the source is the whole group, anonymous."""
    toks = ctx.toks
    if found.kind not in BODY_KINDS or found.first - 2 < lo or toks[found.first - 1].low != "and":
        return None
    prev = ctx.scan.before(found.first - 1, lo)
    at = next((m for m in range(prev[0] + 1, prev[1] - 1) if toks[m].low in GROUP_PREPOSITIONS), None) if prev else None
    if at is None:
        return None
    other = classify.classify(ctx, *prev, toks[prev[1] - 1].end)
    if other is None or other.kind != "anonymous" or other.role_only or other.first != prev[0]:
        return None
    body = classify.classify(ctx, at + 1, prev[1], toks[prev[1] - 1].end)
    if body is None or body.kind not in BODY_KINDS:
        return None  # "Dozens of residents and the council said": two sources
    return Source("anonymous", ctx.bare(other.first, found.last), "", other.first, found.last)


def split_pair(ctx: ArticleContext, found: Source) -> list[Source]:
    """The two sources of a body or outlet span joined by "and" when each side is one on its own (an outlet
    the lists know, or a body whose own head says so); [] when the span is one name ("Bar and Bench", "the
    Ministry of Land, Infrastructure and Transport", "Hampshire and Isle of Wight Constabulary")."""
    if found.kind not in BODY_KINDS or found.refers:
        return []
    toks = ctx.toks
    for m in range(found.first + 1, found.last - 1):
        if toks[m].low not in JOINERS or _inside_outlet(ctx, m):
            continue
        left = classify.classify(ctx, found.first, m, toks[m - 1].end)
        right = classify.classify(ctx, m + 1, found.last, toks[found.last - 1].end)
        if _stands_alone(ctx, left) and _stands_alone(ctx, right):
            return [finished(ctx, left), finished(ctx, right)]
    return []


def _inside_outlet(ctx: ArticleContext, m: int) -> bool:
    return any(first < m < last for first, last, _ in ctx.agency_hits.within(max(0, m - 6), m + 6))


def _stands_alone(ctx: ArticleContext, part: Source | None) -> bool:
    if part is None or part.kind not in BODY_KINDS:
        return False
    if part.kind == "agency":
        return bool(ctx.agency_hits.within(part.first, part.last))
    core_end = classify.core_end_of(ctx, part.first, part.last)
    return classify.is_organization(ctx, part.first, core_end, classify.head_of(ctx, part.first, core_end))


def coordinated(ctx: ArticleContext, found: Source, lo: int, hi: int) -> list[Source]:
    """Sources named together with ``found`` ("according to TASS and RIA Novosti", "Tass and RIA, which
    reported", "Putin and Erdogan said"): one source each, sharing the cue and the claim. Outlets may be listed
    with commas; other kinds only as a pair joined by "and", and both of the same kind."""
    if found.kind in ("self", "document"):
        return []
    if found.kind != "agency":
        return _pair(ctx, found, lo, hi) + _pair_after(ctx, found, hi)
    toks, out = ctx.toks, []
    j = found.last
    while j + 1 < hi and toks[j].low in ("and", ",", "&") and toks[j + 1].low not in ("and", "that", "which"):
        nxt = ctx.scan.after(j + 1 if toks[j].low != "," or toks[j + 1].low != "and" else j + 2, hi)
        other = classify.classify(ctx, *nxt, toks[nxt[1] - 1].end) if nxt else None
        if other is None or other.kind != "agency":
            break
        out.append(other)
        j = other.last
    i = found.first
    while i - 2 >= lo and toks[i - 1].low in ("and", ",", "&"):
        prev = ctx.scan.before(i - 1, lo)
        other = classify.classify(ctx, *prev, toks[prev[1] - 1].end) if prev else None
        if other is None or other.kind != "agency":
            break
        out.append(other)
        i = other.first
    return out


def _pair(ctx: ArticleContext, found: Source, lo: int, hi: int) -> list[Source]:
    toks = ctx.toks
    if found.first - 2 >= lo and toks[found.first - 1].low == "and":
        prev = ctx.scan.before(found.first - 1, lo)
        if prev is not None and (prev[0] == lo or toks[prev[0] - 1].text in ",:;("):
            other = classify.classify(ctx, *prev, toks[prev[1] - 1].end)
            bare = other is not None and found.kind == "organization" and _bare_body_name(ctx, other)
            if bare:
                other = other._replace(kind="organization")  # "Both GridNorth and Eirlink Water said"
            alone = bare or (other is not None and _body_alone(ctx, other))
            if other is not None and other.kind == found.kind and not other.role_only and alone:
                return [finished(ctx, other)]
    return []


def _pair_after(ctx: ArticleContext, found: Source, hi: int) -> list[Source]:
    """A second source named after ``found`` and "and" where the clause ends ("citing state media outlets and
    two Iranian officials", "according to police and witnesses"): one more source, with its own kind."""
    toks, j = ctx.toks, found.last
    if not (j + 1 < hi and toks[j].low == "and"):
        return []
    nxt = ctx.scan.after(j + 1, hi)
    if nxt is None or not (nxt[1] >= hi or toks[nxt[1]].text in ",.;:" or toks[nxt[1]].low == "that"):
        return []
    if _names_after_preposition(ctx, found, nxt):
        return []  # "citing dealers in Chennai and Hyderabad": a second place, not a second source
    other = classify.classify(ctx, *nxt, toks[nxt[1] - 1].end)
    if other is None or other.kind not in SOURCE_KINDS or other.role_only:
        return []
    return [finished(ctx, other)]


def _names_after_preposition(ctx: ArticleContext, found: Source, nxt: tuple[int, int]) -> bool:
    """``found`` ends on a preposition's capitalised object ("dealers in Chennai", "officials in Kyiv") and the
    phrase after "and" is capitalised too: the two names share the preposition."""
    toks, scan = ctx.toks, ctx.scan
    k = found.last - 1
    while k > found.first and scan.capitalised(k):
        k -= 1
    if k == found.last - 1 or k <= found.first or toks[k].tag != "IN":
        return False
    return all(scan.capitalised(m) for m in range(*nxt))


def _bare_body_name(ctx: ArticleContext, other: Source) -> bool:
    """A one-word name the text never gives a person's first name, title or honorific."""
    return other.kind == "named" and " " not in other.name and not references.person_evidence(ctx, other.name)


def _body_alone(ctx: ArticleContext, other: Source) -> bool:
    """A body named before "and" stands on its own when its own head says so ("the Red Cross and …"); "The
    Irish Nurses and Midwives Organisation" is one name."""
    if other.kind != "organization":
        return True
    core_end = classify.core_end_of(ctx, other.first, other.last)
    return classify.is_organization(ctx, other.first, core_end, classify.head_of(ctx, other.first, core_end))
