"""Context rules of loaded language that look beyond the word (docs/methods/loaded.md), kept apart from
``stages.loaded`` so each stays small:

- an accusation's object is the accuser's: "Ministers accused him of plotting a summer of chaos", "critics
  who criticised the council for its shambolic response" (the verb, its object, then "of" / "for");
- a word the writer sets aside with "rather than" / "instead of" is not asserted ("defiant rather than
  fearful", "a protest rather than a riot"), nor one denied with a copula and a negation ("is not the work
  of agitators", but not "was not only brutal but …"); framing terms are held to the same rule ("HTS is not a
  terrorist group").
"""

from __future__ import annotations

from collections.abc import Callable

from ..text.doc import Doc
from ..text.phrases import inflections

# Verbs whose object is followed by the charge: what comes after the linking word is the accuser's view.
ACCUSING = {"accuse": "of", "criticise": "for", "criticize": "for", "condemn": "for", "fault": "for"}
OBJECT_REACH = 4  # tokens between the verb and its linking word ("accused the interior minister of")
CHARGE_REACH = 6  # tokens after the linking word that are the charge
# Words that set the next word aside: "defiant rather than fearful", "a protest instead of a riot".
SET_ASIDE = (("rather", "than"), ("instead", "of"))
SET_ASIDE_REACH = 2  # tokens between "than" / "of" and the word ("rather than a riot")
STOPS = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "–", "—"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "being", "'s", "isn't", "aren't", "wasn't", "weren't"})
NEGATIONS = frozenset({"not", "never", "n't", "isn't", "aren't", "wasn't", "weren't"})
NEGATION_REACH = 4  # tokens between the negation and the word ("is not the work of")
ADDING = frozenset({"only", "just", "merely", "simply"})  # "was not only brutal but …" asserts the word


def _accusing_forms() -> dict[str, str]:
    return {form: link for verb, link in ACCUSING.items() for form in inflections(verb)}


_ACCUSING_FORMS = _accusing_forms()


def accused_charges(doc: Doc, sentence_end: Callable[[int], int]) -> set[int]:
    """Tokens of the charge after an accusing verb and its object ("accused him of [plotting a summer of
    chaos]"); ``sentence_end`` gives one past the last token of a token's sentence."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    out: set[int] = set()
    for v in doc.tokens.positions(_ACCUSING_FORMS.keys()):
        out.update(
            after_link(texts, lows, v, sentence_end(v), _ACCUSING_FORMS[lows[v]], OBJECT_REACH + 1, CHARGE_REACH)
        )
    return out


def after_link(texts: list[str], lows: list[str], v: int, hi: int, link: str, window: int, reach: int) -> range:
    """The tokens after ``link`` when it follows token ``v`` within ``window`` tokens ("accused him of [...]",
    "described the march as [...]"): at most ``reach`` of them, none past a stop; empty if no link comes first."""
    for a in range(v + 1, min(hi, v + 1 + window)):
        if texts[a] in STOPS:
            break
        if lows[a] == link:
            end = a + 1
            while end < min(hi, a + 1 + reach) and texts[end] not in STOPS:
                end += 1
            return range(a + 1, end)
    return range(0)


def set_aside_at(lows: list[str], k: int, lo: int) -> bool:
    """Do tokens ``k - 1, k`` (in the sentence from ``lo``) read "rather than" or "instead of"?"""
    return k - 1 >= lo and (lows[k - 1], lows[k]) in SET_ASIDE


def denied(doc: Doc, first: int, lo: int) -> bool:
    """'… is not the work of agitators': a word the writer denies, a copula and a negation just before; or one
    set aside by "rather than" / "instead of" ("defiant rather than fearful")."""
    lows, texts = doc.tokens.lows, doc.tokens.texts
    for k in range(first - 1, max(lo, first - 1 - NEGATION_REACH) - 1, -1):
        if texts[k] in STOPS:
            return False
        if first - k <= SET_ASIDE_REACH + 1 and set_aside_at(lows, k, lo):
            return True
        if lows[k] in NEGATIONS:
            if lows[k + 1] in ADDING:
                return False
            return lows[k] in COPULAS or (k - 1 >= lo and lows[k - 1] in COPULAS)
    return False


__all__ = ["SET_ASIDE_REACH", "STOPS", "accused_charges", "after_link", "denied", "set_aside_at"]
