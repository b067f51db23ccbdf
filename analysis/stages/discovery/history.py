"""Historical sentences: those that tell an earlier story than the article's ("came to power in 2000")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ...text.doc import Doc

YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def years_by_sentence(doc: Doc, skip: Callable[[int], bool] | None = None) -> dict[int, list[tuple[int, int]]]:
    """Each scored sentence's years as (offset, year), in one pass over the text; ``skip(offset)`` leaves a year
    out. The one reader of years for discovery's and framing's historical mentions."""
    scored = doc.scored
    starts = [s.start for s in scored]
    years: dict[int, list[tuple[int, int]]] = {}
    for m in YEAR_RE.finditer(doc.text):
        at = m.start()
        if skip is not None and skip(at):
            continue
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < scored[k].end:
            years.setdefault(scored[k].index, []).append((at, int(m.group())))
    return years


def historical_sentences(doc: Doc) -> set[int]:
    """Sentences whose years are all older than the newest year the article mentions: history, not the story."""
    years = years_by_sentence(doc)
    if not years:
        return set()
    newest = max(y for v in years.values() for _, y in v)
    return {i for i, v in years.items() if max(y for _, y in v) < newest}


# A year after "in": when the clause's past event happened ("who came to power in 1994").
_PAST_TENSE_AUXILIARIES = frozenset({"was", "were", "had"})


def past_in_year(reader, k: int, end: int) -> bool:
    """'X, which came to power in 1994,', 'X, who was forced out in 2018,': a relative clause in the past tense
    dated by "in YEAR" tells history, not what X is ("who has been in custody since 2020" is a state, kept;
    the caller leaves "whose" clauses alone: "whose two sons vanished in 2012" characterises X)."""
    lows = reader.toks.lows
    dated = any(lows[x] == "in" and YEAR_RE.fullmatch(lows[x + 1] or "") for x in range(k, end - 1))
    if not dated:
        return False
    verbs = [x for x in range(k, end) if reader.tag(x).startswith("VB")]
    if not verbs:
        return False
    v = verbs[0]
    if lows[v] in ("has", "have", "is", "are") or lows[v + 1] == "in":
        return False  # "who won in 2019": the bare event that made X what X is (tests of labels-s20) stays
    # "which led …": the tagger's participle right after the relative is the clause's past tense
    return reader.tag(v) == "VBD" or lows[v] in _PAST_TENSE_AUXILIARIES or (v == k and reader.tag(v) == "VBN")


def years_span(lows, k: int, end: int) -> bool:
    """'who governed from 2015 to 2019', 'who served between 2002 and 2009': a term of office with both its
    years is a historical fact about the person, not a label (the catalogue's "history" constructions)."""
    years = [x for x in range(k, end) if len(lows[x]) == 4 and lows[x].isdigit()]
    return len(years) >= 2 and any(lows[y - 1] in ("from", "between") for y in years[:1])


SUCCESSOR_PRONOUNS = frozenset({"him", "her", "them"})


def predecessor_term(reader, k: int, end: int) -> bool:
    """'His father, who ran the country for thirty years before him,': a past clause that ends on "before him"
    tells a predecessor's term, history, not what the actor is now (helper labels3-s24)."""
    lows = reader.toks.lows
    return (
        end - k >= 3
        and lows[end - 2] == "before"
        and lows[end - 1] in SUCCESSOR_PRONOUNS
        and any(reader.tag(x) == "VBD" for x in range(k, end - 2))
    )
