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
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence, TermMatch
from ..text.doc import Doc
from . import framing_scope as scope
from .discovery.history import YEAR_RE, years_by_sentence
from .loaded_context import NEGATIONS, STOPS

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
    | {"ask", "asks", "asked", "asking", "request", "requested", "so", "far", "yet"}  # "none had so far asked to leave"
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
RELATIVE_REACH = 20  # tokens back to the clause's comma: "the PKK, which Turkey, the US and the EU list as a terror…"
EVENT, REFUGE = "event", "refuge"  # the family kinds whose terms this module reads in their place
# A non-restrictive insertion that a comma closes: ", who reached Sydney in 2016," dates only itself.
_INSERTION = re.compile(r",\s+(?:who|which|whose|a|an)\b")
# Advice or orders to leave are no departure: "those still in Syria should leave the country".
ADVICE = frozenset({"should", "must", "ought", "advised", "urged", "told", "warned"})  # not "asked": carried out
ADVICE_REACH = 3  # words between the adviser's verb and "to": "urged all foreigners to leave"
# Verbs of naming: under a negation the name is mentioned, not applied ("Don't call them terrorists").
NAMING = frozenset({"call", "calling", "label", "labelling", "labeling", "brand", "branding", "dub", "term"})
NAMING_REACH = 3  # "call them", "call the group", "label HTS as"
# Plural heads that "other" makes somebody else's: "ISIL and other groups designated as terrorist".
GROUP_NOUNS = frozenset({"groups", "organisations", "organizations", "factions", "movements", "outfits"})
OTHERS_REACH = 5
# A bare verb of falling is the event only with the state, its capital or its rule as its subject: "the regime fell".
FALL_VERBS = frozenset({"fell", "falls"})
# Subjects whose fall is the event; the lexicon adds its place names ([framing] event_subjects: "Damascus").
STATE_SUBJECTS = frozenset({"regime", "government", "state", "capital", "rule", "dynasty"})
FALL_FILLERS = frozenset({"has", "had", "finally", "quickly", "swiftly", "then", "suddenly", "effectively"})
# A bare "end" is the event only with a rule as its object or subject: "ended five decades of Assad rule".
END_WORDS = frozenset({"end", "ends", "ended", "ending"})
# ... "dictatorship" too, the state word of the lexicon: "ended the Assad dictatorship" (helper s26-syria7).
RULE_NOUNS = frozenset({"rule", "reign", "regime", "dynasty", "era", "dictatorship"})
END_REACH = 10  # "ending more than half a century of Baath Party rule"
# A preposition other than "of" after the end's object closes it: "ended thirteen years of resistance against his rule"
END_CLOSERS = frozenset({"against", "by", "with", "from", "over", "under", "after", "before", "at", "on", "in", "for"})
# ... and so does, right after the end word too, a conjunction that opens another clause ("That arrangement ended
# when the regime fell": the regime is the next clause's subject, not what ended).
CLAUSE_OPENERS = frozenset({"when", "while", "because", "until", "although", "though", "once"})


def event_year(data: dict) -> int | None:
    """The lexicon's event year (``[meta] date = "2024-12-08"``), the floor below which a year is history."""
    found = YEAR_RE.match(str(data.get("meta", {}).get("date", "")))
    return int(found.group()) if found else None


class HistoryClauses:
    """Where the old years of the scored sentences are: a term after an old year in its sentence, or in the
    same clause as one, is a historical mention ("Bashar became president in 2000", "seized power in 1970")."""

    def __init__(self, doc: Doc, floor: int | None = None):
        self.doc = doc
        text = doc.text
        # "his backer since 2015": a span that reaches the present, not history
        years = years_by_sentence(doc, skip=lambda at: _SINCE.search(text, max(0, at - 8), at) is not None)
        newest = max([y for v in years.values() for _, y in v] + [floor or 0])
        self.old = {i: [at for at, y in v if y < newest] for i, v in years.items() if all(y < newest for _, y in v)}

    def covers(self, sentence: Sentence, start: int) -> bool:
        """Is the term at ``start`` dated by an old year of its sentence (before it, or in its clause)?"""
        years = self.old.get(sentence.index)
        if not years:
            return False
        text = self.doc.text
        if any(at < start and not _enclosed(text, sentence.start, at, start) for at in years):
            return True
        return any(at > start and CLAUSE_BREAK.search(text, start, at) is None for at in years)


def _enclosed(text: str, lo: int, at: int, start: int) -> bool:
    """Is the year at ``at`` inside an insertion that a comma closes before the term ("X, a pharmacist who came in
    2016, said the rebels had taken the capital")? Then it dates only the insertion."""
    opened = [g for g in _INSERTION.finditer(text, lo, at)]
    if not opened:
        return False
    close = text.find(",", at, start)
    return close != -1 and not any(c in text[opened[-1].end() : close] for c in ';:"“”')


def advised(doc: Doc, first: int, lo: int) -> bool:
    """'should leave the country', 'were urged to leave': advice or an order to go, not a departure."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    k = first - 1
    while k >= lo and lows[k] in ("not", "also"):
        k -= 1
    if k >= lo and lows[k] in ADVICE:
        return True
    if k < lo or lows[k] != "to":
        return False
    for j in range(k - 1, max(lo, k - 1 - ADVICE_REACH) - 1, -1):  # "urged all foreigners to leave"
        if texts[j] in STOPS or texts[j] == ",":
            return False
        if lows[j] in ADVICE:
            return True
    return False


def named_not_applied(doc: Doc, first: int, lo: int) -> bool:
    """'Don't call them terrorists', 'refused to label the group terrorist': a naming verb under a negation
    just before the term: the word is mentioned, not applied."""
    lows = doc.tokens.lows
    for k in range(first - 1, max(lo, first - 1 - NAMING_REACH) - 1, -1):
        if lows[k] in NAMING:
            return any(
                lows[j] in MORE_NEGATIONS | {"refused", "refuse", "stop", "stopped"} for j in range(max(lo, k - 3), k)
            )
    return False


def of_other_groups(doc: Doc, first: int, lo: int) -> bool:
    """'ISIL and other groups designated as terrorist': the term's head is "other" groups, not the lexicon's."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    for k in range(first - 1, max(lo, first - 1 - OTHERS_REACH) - 1, -1):
        if texts[k] in STOPS or texts[k] == ",":
            return False
        if lows[k] in GROUP_NOUNS and k > lo and lows[k - 1] == "other":
            return True
    return False


def refuge_elsewhere(doc: Doc, last: int, sentence: Sentence, bounds: tuple) -> bool:
    """'sought refuge in Türkiye': protection in a place that is no mention of the lexicon's actors (Russia)."""
    toks = doc.tokens
    k = last
    if k + 1 >= len(toks) or toks.lows[k] != "in" or toks.ends[k + 1] > sentence.end:
        return False
    word = toks.texts[k + 1]
    return word[:1].isupper() and toks.starts[k + 1] not in bounds[0]


def fall_without_state(doc: Doc, first: int, last: int, lo: int, subjects: frozenset[str] = STATE_SUBJECTS) -> bool:
    """A bare 'fell' / 'falls' whose subject is not the state, its capital or its rule ("prices fell")."""
    lows = doc.tokens.lows
    if last - first != 1 or lows[first] not in FALL_VERBS:
        return False
    k = first - 1
    while k >= lo and lows[k] in FALL_FILLERS:
        k -= 1
    return k < lo or lows[k] not in subjects


def end_without_rule(doc: Doc, first: int, last: int, sentence: Sentence) -> bool:
    """A bare 'end' / 'ended' with no rule after it in its clause ("the end of the year") nor just before it
    ("Assad's rule ends"); "the rule of law" is no rule of his."""
    toks = doc.tokens
    lows, texts = toks.lows, toks.texts
    if last - first != 1 or lows[first] not in END_WORDS:
        return False
    if first > 0 and lows[first - 1] in RULE_NOUNS and toks.starts[first - 1] >= sentence.start:
        return False
    for k in range(last, min(len(toks), last + END_REACH)):
        closes = lows[k] in CLAUSE_OPENERS or (k > last and lows[k] in END_CLOSERS)
        if toks.ends[k] > sentence.end or texts[k] in (".", ";", ",") or closes:
            return True
        if lows[k] in RULE_NOUNS:
            return k + 2 < len(toks) and lows[k + 1] == "of" and lows[k + 2] == "law"
    return True


def title_first(families) -> list:
    """The families with the title ones first (a title found in a sentence tells who its other terms are about)."""
    return sorted(families, key=lambda f: f.kind != "title")


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
    return word[:1].isupper() and toks[k].tag in ("NNP", "") and word.lower().removesuffix("'s") not in own


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
    if (
        j < 1
        or any(toks.texts[x] in (".", ";") for x in range(j, first))
        or not scope.predicate_of_clause(doc, first, j + 1)
    ):
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
    subjects: frozenset[str] = STATE_SUBJECTS  # what may fall: the state, its capital, its rule, the lexicon's places
    target_ends: frozenset[int] = frozenset()  # end offsets of the mentions of the families' targets

    @classmethod
    def of(cls, doc: Doc, mentions, lexicon, countries: frozenset[str]) -> TermContext:
        starts = frozenset(m.span.start for m in mentions)
        ends = frozenset(m.span.end for m in mentions)
        own = lexicon.compiled.memo("framing.own_names", own_names)
        subjects = STATE_SUBJECTS | {name.lower() for name in lexicon.event_subjects}
        targets = {f.target for f in lexicon.families if f.target}
        target_ends = frozenset(m.span.end for m in mentions if m.actor in targets)
        history = HistoryClauses(doc, event_year(lexicon.data))
        return cls(doc, history, (starts, ends), own, countries, subjects, target_ends)


def excluded(m, family, sentence: Sentence, where: TermContext, captures: bool) -> bool:
    """Is the match about something else by one of this module's rules (``captures``: the family's verbs take
    a place as their object)?"""
    doc = where.doc
    if (family.target or captures or family.kind == REFUGE) and where.history.covers(sentence, m.start):
        return True  # "became president of Syria in 2000", "was given shelter in Russia in 2014": history
    lo = doc.token_at(sentence.start)
    if denied_act(doc, m.first, lo) or named_not_applied(doc, m.first, lo) or scope.past_apposition(doc, m.first, lo):
        return True  # "… or seek refuge", "don't call them terrorists", "the Nusra Front, then al-Qaeda's affiliate"
    if scope.once_past(doc, m.first, lo):
        return True  # "was once al-Qaeda's branch in Syria"
    if family.target and family.kind == "title":
        # "step down as president", "a sitting president enjoyed immunity"
        return scope.office_not_title(doc, m.first, m.last, lo) or scope.generic_title(doc, m.first, m.last, lo)
    if family.target:
        leave = advised(doc, m.first, lo) or scope.wish_to_leave(doc, m.first, lo)
        leave = leave or scope.other_named_subject(doc, m.first, lo, where.target_ends)  # "Joe Biden left office"
        leave = leave or scope.others_left(doc, m.first, lo)  # "all Iranian staff had evacuated the embassy"
        return not family.kind and (leave or scope.others_departure(doc, m.first, m.last, where.bounds[0]))
    if captures and (
        fall_without_state(doc, m.first, m.last, lo, where.subjects) or end_without_rule(doc, m.first, m.last, sentence)
    ):
        return True
    if not captures and scope.successor_state(doc, m.first, m.last, lo):
        return True  # "the new regime says …": the successor's government
    if family.kind == REFUGE and refuge_elsewhere(doc, m.last, sentence, where.bounds):
        return True
    if scope.proxy_modifier(doc, m.first, m.last) or scope.seated_elsewhere(
        doc, m.first, m.last, sentence.end, where.own
    ):
        return True  # "its proxy network", "the clerical regime in Tehran"
    terror = "terror" in doc.text[m.start : m.end].lower()
    if terror and (of_other_groups(doc, m.first, lo) or removed_designation(doc, m.first, lo)):
        return True
    if terror and scope.with_other_examples(doc, m.last, doc.token_at(sentence.end), where.bounds[0]):
        return True  # "terrorist groups such as the Islamic State"
    if other_group(doc, m.first, m.last, sentence, where.bounds, where.own):
        return True
    if captures and scope.captured_other_thing(doc, m.first, m.last, sentence.end):
        return True  # "the capture of the Syrian side of Mount Hermon"
    return captures and m.last - m.first == 1 and other_place(doc, m.last, sentence, where.own)


__all__ = ["HistoryClauses", "TermContext", "denied_act", "event_year", "excluded", "other_group", "other_place"]
__all__ += ["EVENT", "REFUGE", "own_names", "removed_designation", "title_first", "without_inner"]


def without_inner(found: Sequence[TermMatch], lexicon) -> tuple[TermMatch, ...]:
    """The terms (in text order) less those inside a longer term of another family about something else."""
    targets_of = {f.id: f.target for f in lexicon.families}
    events = {f.id for f in lexicon.families if f.kind == EVENT}
    by_family: dict[str, list[TermMatch]] = {}
    for t in found:
        by_family.setdefault(t.family, []).append(t)
    starts = {f: [t.span.start for t in terms] for f, terms in by_family.items()}
    return tuple(t for t in found if not _inside_longer(t, by_family, starts, targets_of, events))


def _inside_longer(
    term: TermMatch,
    by_family: dict[str, list[TermMatch]],
    starts: dict[str, list[int]],
    targets_of: dict[str, str],
    events: set[str],
) -> bool:
    """Is ``term`` part of a longer term of another family about something else ("Syrian government" in "the new
    Syrian government": the victors, not Assad's state)? Two families about the same person both stand ("ousted"
    in "ousted Syrian President": how he left, and his title). A family's terms never overlap each other, so only
    its last term starting at or before ``term`` can hold it."""
    s, e = term.span.start, term.span.end
    own = targets_of.get(term.family, "")
    for family, terms in by_family.items():
        if family == term.family or (own and targets_of.get(family, "") == own) or (family in events and not own):
            continue  # "the fall of the Assad regime": what happened to the state still names the state
        at = bisect_right(starts[family], s) - 1
        if at >= 0:
            o = terms[at].span
            if e <= o.end and o.end - o.start > e - s:
                return True
    return False
