"""Context rules of framing terms that look beyond the word, kept apart from ``stages.framing`` so each stays small:

- history by clause: a year older than the event dates only its own clause, or what follows it ("… left
  Damascus, ending a rule that began when his father seized power in a 1970 coup": the flight is today's);
- a capture of another place ("captured Aleppo"), another group's fighters ("fighters of the East Turkistan
  Islamic Movement", "the PKK, which Ankara lists as a terrorist organisation");
- a denied act ("did not intend to step down or seek refuge") and a removed designation ("revoked the
  group's designation as a Foreign Terrorist Organization", "took the Taliban off its list of terrorist
  organisations"; but "will not lift the terrorism designation" still designates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Sentence
from ..text.doc import Doc
from .loaded_context import NEGATIONS, STOPS

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# Where a clause ends: a semicolon or dash, a quotation mark ("… has run away," said X, who came in 2013), a
# relative pronoun, or a comma before a word that opens a new clause (", ending a rule that began …"); the
# commas of an apposition (", Bashar al-Assad, in 2023") do not end one.
CLAUSE_BREAK = re.compile(
    r"[;:–—\"“”]|\b(?:which|who|whose)\b"
    r"|,\s+(?:[a-z]+ing|when|while|as|after|before|and|but|since|although|though|until)\b"
)

# Words between a negation and the act it denies: "did not intend to step down", "none had sought asylum".
INTENT_WORDS = frozenset(
    {"intend", "intended", "plan", "planned", "want", "wanted", "consider", "considered", "mean", "meant", "wish"}
    | {"wished", "seek", "seeking", "sought", "to", "or", "and", "ever", "even", "once", "had", "has", "have", "did"}
)
MORE_NEGATIONS = NEGATIONS | {"didn't", "doesn't", "don't", "won't", "wouldn't", "no", "none", "nobody"}
COORDINATED_REACH = 2  # words of the first of two acts: "step down"
NEGATION_REACH = 7  # "did not intend to step down or seek refuge": 6 tokens back from "refuge"
# Words that take a designation away: "revoked the designation", "removed HTS from its list", "took … off".
REMOVALS = frozenset(
    {"revoke", "revoked", "revokes", "revoking", "revocation", "lift", "lifted", "lifts", "lifting", "remove"}
    | {"removed", "removes", "removing", "removal", "delist", "delisted", "delisting", "deproscribe"}
    | {"deproscribed", "deproscribing", "deproscription", "rescind", "rescinded", "off"}
)
# A removal not (yet) made leaves the designation standing: "should be removed", "will lift", "the intent to revoke".
UNREALISED = frozenset({"should", "would", "could", "must", "may", "might", "will", "to", "wants", "seeks", "urged"})
TAKE_FORMS = frozenset({"take", "took", "taken", "takes", "taking"})
REMOVAL_REACH = 9  # "revoked the group's designation as a Foreign Terrorist Organization"
RELATIVES = frozenset({"which", "who", "whom", "that"})
RELATIVE_REACH = 14  # tokens back from the term to its relative clause's comma


def event_year(data: dict) -> int | None:
    """The lexicon's event year (``[meta] date = "2024-12-08"``), the floor below which a year is history."""
    found = _YEAR.match(str(data.get("meta", {}).get("date", "")))
    return int(found.group()) if found else None


class HistoryClauses:
    """Where the old years of the scored sentences are: a term after an old year in its sentence, or in the
    same clause as one, is a historical mention ("Bashar became president in 2000", "seized power in 1970")."""

    def __init__(self, doc: Doc, floor: int | None = None):
        self.doc = doc
        scored = doc.scored
        starts = [s.start for s in scored]
        years: dict[int, list[tuple[int, int]]] = {}
        for m in _YEAR.finditer(doc.text):
            if _SINCE.search(doc.text, max(0, m.start() - 8), m.start()):
                continue  # "his backer since 2015": a span that reaches the present, not history
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < scored[k].end:
                years.setdefault(scored[k].index, []).append((m.start(), int(m.group())))
        newest = max([y for v in years.values() for _, y in v] + [floor or 0])
        self.old = {i: [at for at, y in v if y < newest] for i, v in years.items() if all(y < newest for _, y in v)}

    def covers(self, sentence: Sentence, start: int) -> bool:
        """Is the term at ``start`` dated by an old year of its sentence (before it, or in its clause)?"""
        years = self.old.get(sentence.index)
        if not years:
            return False
        if any(at < start for at in years):
            return True
        text = self.doc.text
        return any(CLAUSE_BREAK.search(text, start, at) is None for at in years)


def other_place(doc: Doc, last: int, sentence: Sentence, own: frozenset[str]) -> bool:
    """'captured Aleppo', 'took control of Homs': a capture verb whose object is a place name other than the
    family's own (the capitalised words of its variants, "Damascus")."""
    toks = doc.tokens
    k = last
    if k + 1 < len(toks) and toks.lows[k] == "control" and toks.lows[k + 1] == "of":
        k += 2
    if k < len(toks) and toks.lows[k] == "the" and k + 2 < len(toks) and toks.lows[k + 1] in ("city", "town"):
        k += 3  # "the city of Hama"
    if k >= len(toks) or toks.ends[k] > sentence.end:
        return False
    word = toks.texts[k]
    return word[:1].isupper() and toks[k].tag in ("NNP", "") and word.lower() not in own


def other_group(
    doc: Doc, first: int, last: int, sentence: Sentence, mention_bounds: tuple[set, set], own: frozenset[str]
) -> bool:
    """'fighters of the East Turkistan Islamic Movement' (a name after "of"), 'the PKK, which Ankara lists as a
    terrorist organisation' (a relative clause on a name): the term is about a name none of the lexicon's actors."""
    toks = doc.tokens
    starts, ends = mention_bounds
    k = last + (1 if last < len(toks) and toks.lows[last] == "of" else len(toks))
    if k < len(toks) and toks.lows[k] == "the":
        k += 1
    if k < len(toks) and toks.ends[k] <= sentence.end and toks.texts[k][:1].isupper():
        return toks.starts[k] not in starts and toks.lows[k] not in own
    j = next(
        (
            x
            for x in range(first - 1, max(0, first - RELATIVE_REACH), -1)
            if toks.texts[x] == ","
            and x + 1 < first
            and toks.lows[x + 1] in RELATIVES
            and toks.starts[x] > sentence.start
        ),
        0,
    )  # the nearest ", which" before the term ("the PKK, which Ankara, the US and the EU list as …")
    if j < 1 or any(toks.texts[x] in (".", ";") for x in range(j, first)):
        return False
    head = j - 1
    if toks.texts[head] == ")" and head > 0:
        head -= 1  # "the Kurdistan Workers' Party (PKK), which …"
    name = toks.texts[head]
    return (
        name[:1].isupper()
        and toks.ends[head] not in ends
        and toks.starts[head] > sentence.start
        and name.lower() not in own
    )


def denied_act(doc: Doc, first: int, lo: int) -> bool:
    """'did not intend to step down or seek refuge', 'never fled': a negation governing the act, with only
    words of intending, "to" and "or" between (a clause break or any other word ends the search)."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    free = 0  # after "or" / "and", the words of the first act ("step down or seek refuge")
    for k in range(first - 1, max(lo, first - 1 - NEGATION_REACH) - 1, -1):
        if texts[k] in STOPS:
            return False
        if lows[k] in MORE_NEGATIONS:
            return True
        if lows[k] in ("or", "and"):
            free = COORDINATED_REACH
        elif lows[k] in INTENT_WORDS:
            free = 0
        elif free:
            free -= 1
        else:
            return False
    return False


def removed_designation(doc: Doc, first: int, lo: int) -> bool:
    """'revoked the designation of HTS as a terrorist organisation', 'took the Taliban off its list of terrorist
    organisations': a removal before the term in its clause, not itself negated ("will not lift")."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    for k in range(first - 1, max(lo, first - 1 - REMOVAL_REACH) - 1, -1):
        if texts[k] in STOPS:
            return False
        if lows[k] not in REMOVALS:
            continue
        if lows[k] == "off" and not any(lows[j] in TAKE_FORMS for j in range(max(lo, k - 4), k)):
            continue
        return not any(lows[j] in MORE_NEGATIONS | UNREALISED for j in range(max(lo, k - 3), k))
    return False


def own_names(lexicon) -> frozenset[str]:
    """The capitalised words of the lexicon's own term variants ("Damascus", "Baathist"), once per lexicon: a
    name among them after a term is the term's own subject, not another place or group."""
    return frozenset(
        word.lower().removesuffix("'s")
        for family in lexicon.families
        for term in family.terms
        for variant in term.variants or (term.term,)
        for word in variant.replace("(", "").replace(")", "").split()
        if word[:1].isupper()
    )


@dataclass(frozen=True, slots=True)
class TermContext:
    """What this module's rules read of one document: its dated clauses, where the lexicon's actors are named,
    the lexicon's own capitalised words and the countries whose nationality adjectives are not names."""

    doc: Doc
    history: HistoryClauses
    bounds: tuple[frozenset[int], frozenset[int]]  # start and end offsets of the lexicon's mentions
    own: frozenset[str]
    countries: frozenset[str]

    @classmethod
    def of(cls, doc: Doc, mentions, lexicon, countries: frozenset[str]) -> TermContext:
        starts = frozenset(m.span.start for m in mentions)
        ends = frozenset(m.span.end for m in mentions)
        own = lexicon.compiled.memo("framing.own_names", own_names)
        return cls(doc, HistoryClauses(doc, event_year(lexicon.data)), (starts, ends), own, countries)


def excluded(m, family, sentence: Sentence, where: TermContext, captures: bool) -> bool:
    """Is the match about something else by one of this module's rules (``captures``: the family's verbs take
    a place as their object)?"""
    doc = where.doc
    if (family.target or captures) and where.history.covers(sentence, m.start):
        return True  # "became president of Syria in 2000": a historical mention, not today's framing
    lo = doc.token_at(sentence.start)
    if denied_act(doc, m.first, lo):
        return True
    if family.target:
        return False
    if "terror" in doc.text[m.start : m.end].lower() and removed_designation(doc, m.first, lo):
        return True
    if other_group(doc, m.first, m.last, sentence, where.bounds, where.own):
        return True
    return captures and m.last - m.first == 1 and other_place(doc, m.last, sentence, where.own)


__all__ = ["HistoryClauses", "TermContext", "denied_act", "event_year", "excluded", "other_group", "other_place"]
__all__ += ["own_names", "removed_designation"]
