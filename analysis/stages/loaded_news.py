"""News-loaded vocabulary no sentiment resource scores (data/loaded_news.toml): vivid verbs, pejorative nouns,
metaphors, judging adjectives and adverbs of news copy, by class, and the sentence adverbs that judge only at
the head of a clause ("Incredibly, …"). Read once per process; docs/methods/loaded.md says why each class.
"""

from __future__ import annotations

from functools import cache

from ..resources import LOADED_NEWS_FILE, read_toml
from ..text.phrases import inflections
from .loaded_register import register_data, shape_phrases
from .loaded_words import plural

NEWS_FILE = LOADED_NEWS_FILE
# Classes whose entries match as written (single lower-case words also take their inflections and -ly adverb).
PLAIN_CLASSES = ("speech", "violence", "disorder", "people", "adjectives", "adverbs", "phrases")


# Possessives and reflexives an idiom agrees with its subject in: "line their pockets" is also "lined his
# pockets", "lie their way" also "lied her way"; one listed form stands for all of its row.
AGREEING = (
    ("their", "his", "her", "its", "my", "our", "your"),
    ("themselves", "himself", "herself", "itself", "myself", "ourselves", "yourself"),
)


@cache
def news_data() -> dict:
    """The file, read once; a missing or broken one raises ``SettingsError`` naming it and the line."""
    return read_toml(NEWS_FILE)


_data = news_data


def _agreeing(rest: str) -> set[str]:
    """The phrase's tail with each possessive or reflexive word in every person ("their way" -> "his way" …)."""
    forms = {rest}
    for row in AGREEING:
        forms = {" ".join(w if w not in row else alt for w in f.split()) for f in forms for alt in row}
    return forms


def _verb_phrase_forms(phrase: str, irregular: dict[str, list[str]]) -> set[str]:
    """'lash out' -> lash out, lashes out, lashed out, lashing out; irregular heads from [irregular]; a
    possessive or reflexive in the tail in every person ("line their pockets" -> "lined his pockets")."""
    head, _, rest = phrase.partition(" ")
    heads = {head, *irregular.get(head, ())}
    if head not in irregular:
        heads |= inflections(head)
    return {f"{h} {r}" for h in heads for r in _agreeing(rest)}


@cache
def news_words() -> tuple[str, ...]:
    """Every entry of the file and of data/loaded_register.toml that counts wherever it stands, verb phrases
    expanded to their forms."""
    out: set[str] = set()
    for data in (_data(), register_data()):  # the register file (stop 25) has the same classes
        for cls in PLAIN_CLASSES:
            out |= {str(w).lower() for w in data.get(cls, {}).get("words", [])}
        irregular = {str(k): [str(f) for f in v] for k, v in data.get("irregular", {}).items()}
        for phrase in data.get("verb_phrases", {}).get("words", []):
            out |= _verb_phrase_forms(str(phrase).lower(), irregular)
    out |= shape_phrases(register_data())
    return tuple(sorted(out | _figurative(_data().get("figurative", {}))))


def _figurative(data: dict) -> set[str]:
    """Disaster nouns in their figurative shapes: NOUN of ABSTRACT, MODIFIER NOUN (with the noun's plural)."""
    nouns = [str(n).lower() for n in data.get("nouns", [])]
    nouns += [plural(n) for n in nouns if " " not in n]
    out = {f"{n} of {a}" for n in nouns for a in (str(a).lower() for a in data.get("abstract", []))}
    return out | {f"{m} {n}" for n in nouns for m in (str(m).lower() for m in data.get("modifiers", []))}


@cache
def sentence_adverbs() -> frozenset[str]:
    """Adverbs that judge only where they open a sentence or clause before a comma."""
    return frozenset(str(w).lower() for w in _data().get("sentence_adverbs", {}).get("words", []))


@cache
def plain_idioms() -> frozenset[str]:
    """Fixed phrases whose loaded-looking word is plain ("grand slam")."""
    return frozenset(str(w).lower() for w in _data().get("plain_idioms", {}).get("words", []))


@cache
def compound_suffixes() -> frozenset[str]:
    """Second halves that make a hyphenated compound vivid ("crime-ridden", "scandal-plagued")."""
    return frozenset(str(w).lower() for w in _data().get("compounds", {}).get("suffixes", []))


# First halves after which a compound of a people word sides or negates instead of sneering ("anti-mob").
SIDING_PREFIXES = frozenset({"anti", "pro", "non", "counter"})


@cache
def compound_people() -> frozenset[str]:
    """Second halves that make a hyphenated compound a sneer at people ("eco-zealots", "eco-mob")."""
    return frozenset(str(w).lower() for w in _data().get("compounds", {}).get("people", []))


def vivid_compound(low: str) -> bool:
    """'war-torn', 'smoke-choked': a hyphenated word whose last part is a listed suffix after a word of 3+;
    'eco-zealots': a listed people word after a first half of 2+ letters that does not side or negate."""
    head, dash, tail = low.rpartition("-")
    if not dash or not head[-1:].isalpha():
        return False
    if tail in compound_people():
        return len(head) >= 2 and head.split("-")[0] not in SIDING_PREFIXES
    return len(head) >= 3 and tail in compound_suffixes()


__all__ = [
    "NEWS_FILE",
    "compound_suffixes",
    "news_data",
    "news_words",
    "plain_idioms",
    "sentence_adverbs",
    "vivid_compound",
]
