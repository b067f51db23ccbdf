"""Precision rules of loaded language on a word's scope (docs/methods/loaded.md), kept apart from
``stages.loaded`` so each stays small. A candidate word is held back where it is not the writer's judgement:

- denied by a determiner or a contrast: "no outraged editorials", "passed without chaos", "a mistake, not
  a disaster" (not "no less brutal", "not only brutal");
- the emotion of one named person told as a fact about her or him: "Kowalski was terrified of the tap water",
  "she was furious at the delay" (data/loaded_news.toml [reported_emotion]); on a crowd or a group the writer
  pins it ("Furious holidaymakers", "Friends of the victims are furious") it stays loaded;
- a technical sense: "a catastrophic failure of the car", "the catastrophic loss of the pressure chamber"
  ([technical]; not "a catastrophic failure of leadership");
- the name a distancing modifier disowns: "a self-styled visionary" (the modifier itself stays loaded).
"""

from __future__ import annotations

from functools import cache

from ..text.doc import Doc
from .loaded_context import STOPS
from .loaded_news import news_data

# "no outraged editorials", "without chaos": a determiner that denies the noun phrase it opens.
DENYING = frozenset({"no", "without"})
# ... except where "no" makes an idiom that asserts ("no less brutal", "no doubt shocking", "no mean feat").
NO_IDIOMS = frozenset(
    {"less", "more", "doubt", "wonder", "matter", "longer", "sooner", "end", "shortage", "small", "mean", "lack"}
)
# "a mistake, not a disaster": "not" opening a contrast after a stop or a conjunction ...
CONTRAST_BEFORE = frozenset({"and", "but", "yet", "if", "or"})
# ... unless it adds rather than denies ("not only brutal but …", "not least the chaos").
NOT_ADDING = frozenset({"only", "just", "merely", "simply", "least", "without", "even"})
NOT_REACH = 3  # tokens between "not" and the word ("not a disaster", "not the real chaos")
# Singular linking verbs of a reported state ("she was terrified", "Kurtz seemed furious"), and the adverb slot.
LINKING = frozenset(
    {"was", "is", "'s", "felt", "feels", "seemed", "seems", "looked", "looks", "became", "grew", "got", "remained"}
)
PERFECT = frozenset({"had", "has"})  # "had been furious", "has been terrified"
DEGREE = frozenset({"so", "very", "too", "quite", "still", "left", "really"})
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
PARENTHETICAL_REACH = 6  # tokens of one ", 44, from Bolton," between a name and its verb
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})


@cache
def _section(name: str) -> dict:
    return news_data().get(name, {})


@cache
def emotion_words() -> frozenset[str]:
    """Emotion words that are reported when told of one named person ([reported_emotion])."""
    return frozenset(str(w).lower() for w in _section("reported_emotion").get("words", []))


@cache
def distancing_words() -> frozenset[str]:
    """'so-called', 'self-styled': modifiers that disown the name after them ([distancing])."""
    return frozenset(str(w).lower() for w in _section("distancing").get("words", []))


def denied_by_determiner(doc: Doc, first: int, lo: int) -> bool:
    """'no outraged editorials', 'without chaos', 'no real chaos'; or 'a mistake, not a disaster'."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    if first - 1 >= lo and lows[first - 1] in DENYING:
        return True
    if first - 2 >= lo and lows[first - 2] in DENYING and lows[first - 1] not in NO_IDIOMS:
        return doc.tokens[first - 1].tag.startswith(("JJ", "RB"))  # "no real chaos", not "no time smearing"
    for k in range(first - 1, max(lo, first - 1 - NOT_REACH) - 1, -1):
        if texts[k] in STOPS:
            return False
        if lows[k] == "not":
            opens = k == lo or texts[k - 1] in STOPS or lows[k - 1] in CONTRAST_BEFORE
            # a noun phrase follows ("not a disaster", "not the real chaos"), not a clause ("not before he had")
            phrase = first == k + 1 or lows[k + 1] in DETERMINERS
            return opens and phrase and lows[k + 1] not in NOT_ADDING
    return False


def _subject_before(doc: Doc, verb: int, lo: int) -> int | None:
    """The token before a verb once commas' asides are skipped ("Mottram, 44, from Bolton, was"), and a
    relative "who"; None at the sentence's start."""
    texts, lows = doc.tokens.texts, doc.tokens.lows
    k = verb - 1
    if k >= lo and texts[k] == ",":
        comma = k  # walk back over each short aside to the comma that opens the first one
        while True:
            j = comma - 1
            while j >= lo and texts[j] != "," and comma - j <= PARENTHETICAL_REACH:
                j -= 1
            if j < lo or texts[j] != ",":
                break
            comma = j
        k = comma - 1
    if k >= lo and lows[k] == "who":
        k -= 1
    return k if k >= lo else None


def reported_emotion(doc: Doc, first: int, lo: int) -> bool:
    """'she was terrified of the trip', 'Kowalski, 38, was furious at the delay': an emotion word after a
    singular linking verb whose subject is one named person (a name, "he", "she", "I")."""
    tokens = doc.tokens
    lows = tokens.lows
    if lows[first] not in emotion_words():
        return False
    k = first - 1
    if k >= lo and (lows[k] in DEGREE or (lows[k].endswith("ly") and lows[k] not in LINKING)):
        k -= 1  # "was visibly furious", "was so terrified"
    if k >= lo and lows[k] == "been" and k - 1 >= lo and lows[k - 1] in PERFECT:
        k -= 1  # "had been furious"
    elif k < lo or lows[k] not in LINKING:
        return False
    subject = _subject_before(doc, k, lo)
    if subject is None:
        return False
    if lows[subject] in PERSON_PRONOUNS:
        return True
    text = tokens.texts[subject]
    return text[:1].isupper() and not text.isupper() and tokens[subject].tag in ("", "NNP")


def technical_sense(doc: Doc, first: int, hi: int) -> bool:
    """'a catastrophic failure of the car': a listed modifier before a failure noun of equipment, not one
    of something abstract or human ("a catastrophic failure of leadership")."""
    lows = doc.tokens.lows
    section = _section("technical")
    if lows[first] not in {str(w).lower() for w in section.get("modifiers", [])}:
        return False
    head = first + 1
    if head >= hi or lows[head] not in {str(w).lower() for w in section.get("heads", [])}:
        return False
    k = head + 1
    if k < hi and lows[k] == "of":
        k += 1
        while k < hi and lows[k] in DETERMINERS:
            k += 1
        return not (k < hi and lows[k] in {str(w).lower() for w in section.get("figurative", [])})
    return True


def disowned(doc: Doc, first: int, lo: int) -> bool:
    """'a self-styled visionary': the word is in the name a distancing modifier just before it disowns."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    for k in range(first - 1, max(lo, first - 3) - 1, -1):
        if lows[k] in distancing_words():
            return True
        if texts[k] in STOPS or lows[k] in ("of", "who", "which", "that", "and", "or"):
            return False
    return False


def held_back(doc: Doc, first: int, lo: int, hi: int) -> bool:
    """Is the candidate at ``first`` (in the sentence ``lo``..``hi``) denied, reported, technical or disowned?"""
    return (
        denied_by_determiner(doc, first, lo)
        or reported_emotion(doc, first, lo)
        or technical_sense(doc, first, hi)
        or disowned(doc, first, lo)
    )


__all__ = ["denied_by_determiner", "disowned", "emotion_words", "held_back", "reported_emotion", "technical_sense"]
