"""The nouns discovery reads as words for people: the grammar's own lists (words.py) widened by the lexicon's
``[sources]`` lists of person nouns, so that a new kind of story needs data, not code."""

from __future__ import annotations

from dataclasses import dataclass

from ...lexicon.model import Lexicon
from .modifiers import INSTITUTIONS
from .words import EPITHET_STAND_INS, GROUP_HEADS, PLACE_HEADS, PLAIN_GROUP_HEADS, PLAIN_PEOPLE, STAND_IN_HEADS


@dataclass(frozen=True, slots=True)
class PersonNouns:
    """Head nouns by what a noun phrase built on them is: a role before a name, a category, a stand-in."""

    label_nouns: frozenset[str]  # "boss", "tycoon": the words before a name end on one ("Regional boss X")
    group_heads: frozenset[str]  # a category noun that labels an unnamed actor ("the gunman", "the suspect")
    stand_in_heads: frozenset[str]  # stands in for a person named before ("the dictator", "the tycoon")
    epithets: frozenset[str]  # ... an epithet, not an office: with no holder named, the article's main person
    plain_people: frozenset[str]  # plain words for people: a label only characterised and acting
    bare_groups: frozenset[str]  # "crowd", "groups": a label only with a modifier ("armed groups"), and acting
    synonyms: dict[str, tuple[str, ...]]  # a stand-in's head -> the title words it stands for ("premier" -> prime)
    places: frozenset[str]  # countries and capitals (the lexicon's metonyms): "the opposition of Syria" is not Syria
    heads: frozenset[str]  # every head above
    place_heads: frozenset[str]  # "village", "town": a phrase built on one describes a place, not an actor
    place_names: frozenset[str]  # "Street", "Road": a name that ends on one is a place ("King Street")
    countries: frozenset[str]  # the metonyms' last words ("bangladesh", "korea"): "Bangladeshi" is where from
    institutions: frozenset[str]  # "Department", "Motors": after a title word, a body's or firm's name, no person


def _words(lexicon: Lexicon, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.source_words(key))


def person_nouns(lexicon: Lexicon) -> PersonNouns:
    """The lexicon's person nouns, built once per lexicon."""
    return lexicon.compiled.memo("discovery.person_nouns", _build)


def _build(lexicon: Lexicon) -> PersonNouns:
    epithets = EPITHET_STAND_INS | _words(lexicon, "stand_in_epithets")
    bare = PLAIN_GROUP_HEADS | _words(lexicon, "modified_group_heads")
    group = GROUP_HEADS | _words(lexicon, "unnamed_person_heads") | bare
    stand_in = STAND_IN_HEADS | epithets
    plain = frozenset(p.lower() for p in PLAIN_PEOPLE) | _words(lexicon, "plain_person_heads")
    label = _words(lexicon, "label_person_nouns")
    synonyms = _synonyms(lexicon.source_words("stand_in_synonyms"))
    stand_in = stand_in | frozenset(synonyms)
    places = _words(lexicon, "metonyms")
    heads = group | stand_in | plain
    place_heads = PLACE_HEADS | _words(lexicon, "place_heads")
    return PersonNouns(
        label,
        group,
        stand_in,
        epithets,
        plain,
        bare,
        synonyms,
        places,
        heads,
        place_heads,
        _words(lexicon, "place_name_words"),
        frozenset(p.split()[-1] for p in places),
        INSTITUTIONS | _words(lexicon, "title_led_name_words"),
    )


def _synonyms(entries: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """'premier = prime minister' -> {"premier": ("prime", "minister")}: what a stand-in may have been titled."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        head, _eq, words = entry.partition("=")
        out[head.strip().lower()] = tuple(w.lower() for w in words.split())
    return out


def time_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words of time ("Thursday", "morning"), where a title before a name stops; built once."""
    return lexicon.compiled.memo("discovery.time_words", lambda lex: _words(lex, "time_words"))
