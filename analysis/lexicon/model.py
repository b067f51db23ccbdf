"""The parts of a lexicon as frozen types: families and poles, terms, actors, labels, cues, agencies.

``Lexicon`` is the merged, checked whole; ``lexicon.compiled`` holds every matcher built from it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compiled import Compiled


@dataclass(frozen=True, slots=True)
class Pole:
    id: str
    label: str
    position: float


@dataclass(frozen=True, slots=True)
class Term:
    family: str
    term: str
    pole: str
    variants: tuple[str, ...]
    note: str = ""
    case_sensitive: bool = False


# What a family's ``kind`` tells the framing stage (a lexicon file sets it; "" is a plain family):
FAMILY_KINDS = {
    "": "a plain family of words for one thing",
    "title": "titles of the target: a title is someone else's when another name follows it",
    "event": "what happened to a place: its verbs count only with that place or its rule as their object",
    "refuge": "protection one actor gives another: not in another place, not as a modifier ('asylum seekers')",
}


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    label: str
    note: str
    poles: tuple[Pole, ...]
    terms: tuple[Term, ...]
    target: str = ""
    kind: str = ""  # one of FAMILY_KINDS: how the framing stage reads the family's terms in context

    def pole(self, pole_id: str) -> Pole:
        return next(p for p in self.poles if p.id == pole_id)


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    not_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Label:
    label: str
    pole: str
    variants: tuple[str, ...]
    applies_to: str = ""  # actor kind a bare "these <label>" refers back to ("group", "person")


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    type: str
    forms: tuple[str, ...]
    note: str = ""
    only: tuple[str, ...] = ()  # the kinds of source this cue can have ("found": a document or a body); () any


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    case_sensitive: bool = False


@dataclass(frozen=True)
class Lexicon:
    """A merged, checked lexicon. ``data`` is the plain dict it was built from (for editing and export)."""

    name: str
    title: str
    axis_low: str
    axis_high: str
    families: tuple[Family, ...]
    actors: tuple[Actor, ...]
    labels: tuple[Label, ...]
    cues: tuple[Cue, ...]
    agencies: tuple[Agency, ...]
    sources: dict[str, tuple[str, ...]]
    hedges: tuple[str, ...]
    loaded: tuple[str, ...]
    boilerplate_patterns: tuple[str, ...]
    ignore: tuple[str, ...]
    not_after: tuple[str, ...]
    data: dict[str, Any] = field(repr=False, compare=False)
    # Problems that leave the lexicon usable (an empty family, a pattern written as a regular expression …),
    # each naming the line: shown where the lexicon is uploaded or edited.
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # What the classroom pages say for this event ([classroom] intro and questions); empty for general lexicons.
    intro: str = ""
    questions: tuple[str, ...] = ()
    # Words a sentiment resource scores but that describe rather than judge ("killed", "riot"): never loaded.
    loaded_plain: tuple[str, ...] = ()
    # Capitalised words that may stand before the target's title and leave it his ("Syrian President"), where
    # another ("US President") makes it someone else's ([framing] title_qualifiers).
    title_qualifiers: tuple[str, ...] = ()
    # Names whose fall is the event ("Damascus fell"), beside the state, its capital and its rule
    # ([framing] event_subjects; see the "event" family kind).
    event_subjects: tuple[str, ...] = ()

    @cached_property
    def fingerprint(self) -> str:
        """A stable hash of the content, for caches."""
        blob = json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    @property
    def is_event(self) -> bool:
        """An event lexicon names actors or term families; a general one has only words of any story."""
        return bool(self.families or self.actors)

    def family(self, family_id: str) -> Family:
        return next(f for f in self.families if f.id == family_id)

    @cached_property
    def compiled(self) -> Compiled:
        """Every matcher the stages need, compiled on first use (``lexicon.compiled``)."""
        from .compiled import Compiled

        return Compiled(self)

    def source_words(self, key: str) -> tuple[str, ...]:
        return self.sources.get(key, ())
