"""Scope rules of framing terms from the fourth Syria blind set (helper s25-syria): when a lexicon word in the
text is about somebody or something else than the event's referent, kept apart so the older modules stay small:

- an office named after "as" ("decided to step down as president") is the post, not a title pinned on him;
- a wish or a plan to leave ("Pakistanis who wish to leave Syria") is no departure;
- a departure noun of somebody else ("the evacuation of Pakistanis", "the flight of civilians");
- a terror word followed by its examples ("terrorist groups such as the Islamic State") is about those;
- a relative clause on another name reaches a term only as its predicate ("the PKK, which Ankara lists as a
  terrorist group"), not as the object of an act ("Türkiye, which backed the opposition").

Each rule reads a few tokens around a match the lexicon already found: no loop over the document.
"""

from __future__ import annotations

from ..text.doc import Doc

OFFICE_WORDS = frozenset({"president", "leader", "head"})  # "as president", "as head of state"
WISHES = frozenset(
    {"wish", "wishes", "wishing", "want", "wants", "wanting", "hope", "hopes", "hoping", "plan", "plans", "planning"}
)
DEPARTURE_NOUNS = frozenset({"evacuation", "departure", "exit", "flight", "escape", "exile"})
OTHER_PEOPLE = frozenset(
    {"civilians", "refugees", "families", "residents", "foreigners", "nationals", "citizens", "people", "diplomats"}
)
EXAMPLE_OPENERS = (("such", "as"), ("like",), ("including",))
EXAMPLE_REACH = 2  # "terrorist groups such as …": tokens from the term's end to its examples
PREDICATE_CUES = frozenset(
    {
        "as", "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "called", "calls", "call",
        "labelled", "labeled", "branded", "designated", "designates", "considered", "considers", "deemed", "named",
    }
)  # fmt: skip
PREDICATE_REACH = 3
MEMBER_NOUNS = frozenset(
    {"fighters", "militants", "gunmen", "men", "troops", "members"}
)  # "which sent fighters"  # "which Russia lists as a terrorist organisation": "as" 1-3 tokens before the term


SUBJECT_FILLERS = frozenset({"had", "has", "have", "was", "reportedly", "then", "later", "finally", "also", "quietly"})
TITLE_HEADS = frozenset({"president", "leader", "ruler", "dictator", "autocrat", "despot", "tyrant", "strongman"})
# Departure verbs whose subject is the one who left ("Maher fled"); not "Moscow evacuated me", "rebels ousted him".
SELF_LEAVING = frozenset(
    {
        "left", "leave", "leaves", "leaving", "fled", "flee", "flees", "fleeing", "escaped", "escapes", "departed",
        "slipped", "flew", "flies", "ran", "bolted", "bolts", "went", "stepped", "resigned",
    }
)  # fmt: skip


def other_named_subject(doc: Doc, first: int, lo: int, target_ends: frozenset[int]) -> bool:
    """'Joe Biden left office', 'Maher fled to Iraq': a proper name right before the departure that is no mention
    of the family's target (and no title of his: "the President left") is the one who left."""
    toks = doc.tokens
    if toks.lows[first] not in SELF_LEAVING:
        return False
    k = first - 1
    while k >= lo and toks.lows[k] in SUBJECT_FILLERS:
        k -= 1
    if k < lo or toks[k].tag != "NNP" or toks.lows[k] in TITLE_HEADS:
        return False
    return toks.ends[k] not in target_ends


def office_not_title(doc: Doc, first: int, last: int, lo: int) -> bool:
    """'step down as president', 'sworn in as president': after "as", a bare office word names the post (not
    before a name: "as President Bashar al-Assad fled", a title)."""
    toks = doc.tokens
    lows = toks.lows
    if not (first > lo and lows[first - 1] == "as" and last - first == 1 and lows[first] in OFFICE_WORDS):
        return False
    return last >= len(toks) or not toks.texts[last][:1].isupper()


def wish_to_leave(doc: Doc, first: int, lo: int) -> bool:
    """'who wish to leave Syria', 'plans to leave the country': a wish or a plan, not a departure."""
    lows = doc.tokens.lows
    return first - 2 >= lo and lows[first - 1] == "to" and lows[first - 2] in WISHES


def others_departure(doc: Doc, first: int, last: int, starts: frozenset[int]) -> bool:
    """'the evacuation of Pakistanis', 'the flight of civilians': a departure noun whose "of" names a capitalised
    word that is none of the lexicon's mentions, or a plural of people ("the exit of his aides" stays his)."""
    toks = doc.tokens
    if last - first != 1 or toks.lows[first] not in DEPARTURE_NOUNS or last + 1 >= len(toks):
        return False
    if toks.lows[last] != "of":
        return False
    k = last + 1
    word = toks.texts[k]
    return toks.lows[k] in OTHER_PEOPLE or (word[:1].isupper() and toks.starts[k] not in starts)


def with_other_examples(doc: Doc, last: int, hi: int, starts: frozenset[int]) -> bool:
    """'Terrorist groups such as the Islamic State and al-Qaeda': the examples after the term, none of them a
    mention of the lexicon's actors, say whom it is about ("terrorist groups such as HTS" stays)."""
    toks = doc.tokens
    lows = toks.lows
    for k in range(last, min(hi, last + EXAMPLE_REACH)):
        for opener in EXAMPLE_OPENERS:
            end = k + len(opener)
            if tuple(lows[k:end]) != opener:
                continue
            if end < hi and lows[end] == "the":
                end += 1
            if end < hi and toks.texts[end][:1].isupper():
                return toks.starts[end] not in starts
    return False


def predicate_of_clause(doc: Doc, first: int, relative: int) -> bool:
    """Is the term the predicate of its relative clause ("which Russia lists as a terrorist organisation", "which
    is a terrorist group") rather than the object of an act ("which backed the opposition")?"""
    lows = doc.tokens.lows
    if first - relative <= 2 or lows[first] in MEMBER_NOUNS:
        return True  # the term opens the clause; "Hezbollah, which sent fighters": its own members
    return any(lows[k] in PREDICATE_CUES for k in range(max(relative, first - PREDICATE_REACH), first))


__all__ = [
    "office_not_title",
    "other_named_subject",
    "others_departure",
    "predicate_of_clause",
    "wish_to_leave",
    "with_other_examples",
]
