"""Scope rules of framing terms from the fourth Syria blind set (helper s25-syria): when a lexicon word in the
text is about somebody or something else than the event's referent, kept apart so the older modules stay small:

- an office named after "as" ("decided to step down as president") is the post, not a title pinned on him;
- a wish or a plan to leave ("Pakistanis who wish to leave Syria") is no departure;
- a departure noun of somebody else ("the evacuation of Pakistanis", "the flight of civilians");
- a terror word followed by its examples ("terrorist groups such as the Islamic State") is about those;
- a relative clause on another name reaches a term only as its predicate ("the PKK, which Ankara lists as a
  terrorist group"), not as the object of an act ("Türkiye, which backed the opposition").

From the fifth Syria blind set (helper s25-syria5):
- a capture noun whose "of" names a common noun other than the capital or the state ("the capture of the Syrian
  side of Mount Hermon", "the seizure of the airport") is another place taken;
- "proxy" before another noun ("its proxy network", "a proxy war") names a kind of war, not the fighters;
- a state word seated in another capital ("the clerical regime in Tehran") is another country's state;
- a departure whose subject is a group of other people ("all Iranian staff had evacuated the embassy").

From the sixth Syria blind set (helper s25-syria6):
- a term right after ", then" ("the Nusra Front, then al-Qaeda's affiliate", "Assad, then president") describes
  the past, in apposition;
- a state word after "new" or "interim" ("the new regime says …") is the successor's government, not his state;
- "took control of" a common noun other than the capital or the state ("of the demilitarised zone") is another
  place taken;
- a verb's object that is a title ("toppled the longtime dictator X") is the person, not a thing.

From the seventh Syria blind set (helper s26-syria7):
- a term after "was once" / "formerly" ("HTS … was once al-Qaeda's branch in Syria") describes the past, like
  ", then";
- a bare office word after an indefinite article ("a sitting president enjoyed immunity") is any holder of the
  office, not a title pinned on him.

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


# A capture noun's object that is the event itself: "the capture of the capital", "the seizure of power".
CAPTURED_HEADS = frozenset(
    {"capital", "city", "country", "power", "government", "regime", "palace", "presidency", "control", "state"}
)
CAPTURE_NOUNS = frozenset({"capture", "seizure", "takeover"})
MODIFIER_TAGS = ("JJ", "VBN", "VBG")  # words before the head of the captured thing
# Nouns a fighters word may modify and still name the fighters ("proxy forces", "proxy militias").
FIGHTER_HEADS = frozenset({"forces", "force", "fighters", "militias", "militia", "groups", "group", "army", "troops"})
STATE_NOUNS = frozenset({"regime", "regimes", "government", "dictatorship"})
# Groups of other people who leave ("staff", "diplomats"): a departure with one of them as its subject is theirs.
LEAVING_GROUPS = OTHER_PEOPLE | {"staff", "personnel", "workers", "employees", "students", "crew", "aides"}


# Words after ", then" that open a past description of the name before it: determiners only.
THEN_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "their"})
APPOSITION_OPENERS = frozenset({",", "(", "—", "–"})
# Before a state word: the government that came after his ("the new regime", "the interim government").
SUCCESSORS = frozenset({"new", "incoming", "interim", "transitional", "successor", "next"})


def past_apposition(doc: Doc, first: int, lo: int) -> bool:
    """'the Nusra Front, then al-Qaeda's affiliate in Syria', 'Assad, then president,': a noun phrase after
    ", then" describes what the name was, not what the article calls it now (", then entered Damascus" stays)."""
    toks = doc.tokens
    k = first - 1
    if k >= lo and toks.lows[k] in THEN_DETERMINERS:
        k -= 1
    if k - 1 < lo or toks.lows[k] != "then" or toks.texts[k - 1] not in APPOSITION_OPENERS:
        return False
    return not toks[first].tag.startswith("VB")


# "was once al-Qaeda's branch", "had once been its affiliate", ", formerly the Nusra Front": the past, not now.
ONCE_WORDS = frozenset({"once", "formerly"})
ONCE_BEFORE = frozenset({"was", "were", "is", "are", "had", "has", "been"}) | APPOSITION_OPENERS
# An indefinite article (and at most one adjective) before a bare office word: "a sitting president", "any leader".
INDEFINITES = frozenset({"a", "an", "any", "every"})


def once_past(doc: Doc, first: int, lo: int) -> bool:
    """'HTS … was once al-Qaeda's branch in Syria', 'had once been its affiliate', ', formerly the Nusra Front':
    a noun phrase after "once" / "formerly" says what the group was, not what the article calls it now ("was
    once again designated a terrorist group" keeps the term: "again" stands between)."""
    toks = doc.tokens
    lows = toks.lows
    k = first - 1
    if k >= lo and lows[k] in THEN_DETERMINERS:
        k -= 1
    if k >= lo and lows[k] == "been":
        k -= 1
    if k - 1 < lo or lows[k] not in ONCE_WORDS:
        return False
    return (lows[k - 1] in ONCE_BEFORE or toks.texts[k - 1] in APPOSITION_OPENERS) and not toks[first].tag.startswith(
        "VB"
    )


def generic_title(doc: Doc, first: int, last: int, lo: int) -> bool:
    """'a sitting president enjoyed immunity', 'any leader who …': a bare office word after an indefinite article
    names whoever holds the office, not a title pinned on him ("President X" and "Assad, a president who …" in
    apposition stay; so does a name after it: "a President Assad")."""
    toks = doc.tokens
    lows = toks.lows
    if last - first != 1 or lows[first] not in OFFICE_WORDS:
        return False
    k = first - 1
    if k >= lo and toks[k].tag.startswith(("JJ", "VBG", "VBN")) and lows[k] not in INDEFINITES:
        k -= 1
    if k < lo or lows[k] not in INDEFINITES or (k > lo and toks.texts[k - 1] in APPOSITION_OPENERS):
        return False
    return last >= len(toks) or not toks.texts[last][:1].isupper()


def successor_state(doc: Doc, first: int, last: int, lo: int) -> bool:
    """'The new regime says …', 'the interim government': a state word after "new" names the government that
    followed his, not his state ("the former regime", "the regime" stay)."""
    lows = doc.tokens.lows
    return last - first == 1 and first - 1 >= lo and lows[first - 1] in SUCCESSORS and lows[first] in STATE_NOUNS


def title_object(doc: Doc, k: int) -> bool:
    """'toppled the dictator', 'toppled the longtime dictator Bashar al-Assad': an object (after its article) that
    is a title, or a noun before one, is a person, not a thing ("toppled a statue" is a thing)."""
    toks = doc.tokens
    if toks.lows[k] in TITLE_HEADS:
        return True
    return k + 1 < len(toks) and toks.lows[k + 1] in TITLE_HEADS and toks[k].tag.startswith(("NN", "JJ"))


def other_named_subject(doc: Doc, first: int, lo: int, target_ends: frozenset[int]) -> bool:
    """'Joe Biden left office', 'Maher fled to Iraq': a proper name (or a capitalised word the tagger does not
    know: "Lavrov flew") right before the departure, no mention of the family's target (and no title of his: "the
    President left"), is the one who left."""
    toks = doc.tokens
    if toks.lows[first] not in SELF_LEAVING:
        return False
    k = first - 1
    while k >= lo and toks.lows[k] in SUBJECT_FILLERS:
        k -= 1
    if k < lo or toks[k].tag not in ("NNP", "") or not toks.texts[k][:1].isupper() or toks.lows[k] in TITLE_HEADS:
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


def captured_other_thing(doc: Doc, first: int, last: int, sentence_end: int) -> bool:
    """'the capture of the Syrian side of Mount Hermon', 'had taken control of the demilitarised zone': a capture
    noun (or "control") whose "of" object is headed by a common noun other than the capital, the state or power
    ("the capture of Damascus" has no common head: it stays)."""
    toks = doc.tokens
    lows = toks.lows
    if last >= len(toks) or lows[last] != "of":
        return False
    if not (last - first == 1 and lows[first] in CAPTURE_NOUNS) and lows[last - 1] != "control":
        return False
    k = last + 1
    if k < len(toks) and lows[k] in ("the", "a", "an", "its", "their"):
        k += 1
    while k < len(toks) and toks.ends[k] <= sentence_end and (_modifier(toks, k) or toks.texts[k][:1].isupper()):
        k += 1  # adjectives, participles and names before the head: "the Syrian side", "the demilitarized zone"
    if k >= len(toks) or toks.ends[k] > sentence_end:
        return False
    return toks[k].tag.startswith("NN") and toks.texts[k][:1].islower() and toks.bases[k] not in CAPTURED_HEADS


def _modifier(toks, k: int) -> bool:
    """An adjective or participle before a head noun ("southern", "occupied", an unknown "demilitarized")."""
    tag = toks[k].tag
    return tag.startswith(MODIFIER_TAGS) or (tag == "" and toks.lows[k].endswith(("ed", "ing")))


def proxy_modifier(doc: Doc, first: int, last: int) -> bool:
    """'its proxy network', 'a proxy war': a bare "proxy" before a common noun that is no fighters' noun."""
    toks = doc.tokens
    if last - first != 1 or toks.lows[first] != "proxy" or last >= len(toks):
        return False
    return toks[last].tag.startswith("NN") and toks.texts[last][:1].islower() and toks.lows[last] not in FIGHTER_HEADS


def seated_elsewhere(doc: Doc, first: int, last: int, sentence_end: int, own_places: frozenset[str]) -> bool:
    """'the clerical regime in Tehran': a bare state word followed by "in" and a capitalised place that is none of
    the event's own ("the regime in Damascus" stays)."""
    toks = doc.tokens
    if last - first != 1 or toks.lows[first] not in STATE_NOUNS or last + 1 >= len(toks) or toks.lows[last] != "in":
        return False
    word = toks.texts[last + 1]
    return toks.ends[last + 1] <= sentence_end and word[:1].isupper() and word.lower() not in own_places


def others_left(doc: Doc, first: int, lo: int) -> bool:
    """'All Iranian staff had evacuated the embassy', 'diplomats left': a group of other people as the subject
    of the departure, with only auxiliaries and adverbs between."""
    lows = doc.tokens.lows
    k = first - 1
    while k >= lo and lows[k] in SUBJECT_FILLERS:
        k -= 1
    return k >= lo and lows[k] in LEAVING_GROUPS


__all__ = [
    "captured_other_thing",
    "office_not_title",
    "other_named_subject",
    "others_departure",
    "others_left",
    "past_apposition",
    "predicate_of_clause",
    "proxy_modifier",
    "seated_elsewhere",
    "successor_state",
    "title_object",
    "wish_to_leave",
    "with_other_examples",
]
