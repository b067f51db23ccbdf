"""Every matcher a stage needs, compiled once per lexicon and kept on it (``lexicon.compiled``).

All of them are ``text.phrases.PhraseIndex`` (the one phrase engine) or sets of words; the boilerplate
lines use the safe pattern language of ``patterns``. A stage that derives more from a lexicon (the sourcing
vocabulary) keeps it here too, through ``memo``, so nothing is compiled twice or cached anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from threading import RLock
from typing import TYPE_CHECKING, Any, TypeVar

from ..text.phrases import PhraseIndex, word_index
from .patterns import LinePatterns

if TYPE_CHECKING:
    from .model import Agency, Cue, Label, Lexicon, Term

T = TypeVar("T")


def looks_case_sensitive(alias: str) -> bool:
    """Short all-capital aliases (HTS, SNHR, UN) match only in capitals, so "hts" in a URL does not count."""
    return alias.isupper() and len(alias) <= 5


class Compiled:
    """The compiled matchers of one lexicon, each built on first use and shared by every article."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._memo: dict[str, Any] = {}
        self._lock = RLock()  # a builder may ask for another memo (the sourcing vocabulary asks for word lists)

    @cached_property
    def terms(self) -> dict[str, PhraseIndex[Term]]:
        """Per family id: its terms and their variants (single lower-case words with their inflections)."""
        return {
            fam.id: PhraseIndex(
                ((v, t, t.case_sensitive) for t in fam.terms for v in (t.variants or (t.term,))), inflect=True
            )
            for fam in self._lexicon.families
        }

    @cached_property
    def actors(self) -> PhraseIndex[str]:
        lex = self._lexicon
        return PhraseIndex((a, actor.name, looks_case_sensitive(a)) for actor in lex.actors for a in actor.aliases)

    @cached_property
    def not_aliases(self) -> PhraseIndex[str]:
        """Phrases that contain an alias but name someone else ("Asma al-Assad")."""
        return PhraseIndex((n, actor.name, False) for actor in self._lexicon.actors for n in actor.not_aliases)

    @cached_property
    def labels(self) -> PhraseIndex[Label]:
        return PhraseIndex((v, lab, False) for lab in self._lexicon.labels for v in (lab.variants or (lab.label,)))

    @cached_property
    def ignore(self) -> PhraseIndex[str]:
        """Names inside which term words do not count ("… Coalition of Opposition and Revolutionary Forces")."""
        return word_index(self._lexicon.ignore)

    @cached_property
    def not_after(self) -> PhraseIndex[str]:
        """Words right before a targeted term that make it about someone else ("Syrians fleeing")."""
        return word_index(self._lexicon.not_after)

    @cached_property
    def cues(self) -> PhraseIndex[Cue]:
        return PhraseIndex((f, cue, False) for cue in self._lexicon.cues for f in (cue.cue, *cue.forms))

    @cached_property
    def agencies(self) -> PhraseIndex[Agency]:
        return PhraseIndex((a, ag, ag.case_sensitive) for ag in self._lexicon.agencies for a in (ag.name, *ag.aliases))

    @cached_property
    def hedges(self) -> PhraseIndex[str]:
        return word_index(self._lexicon.hedges)

    @cached_property
    def loaded(self) -> PhraseIndex[str]:
        return word_index(self._lexicon.loaded)

    @cached_property
    def boilerplate(self) -> LinePatterns:
        return LinePatterns(self._lexicon.boilerplate_patterns)

    def source_words(self, key: str) -> PhraseIndex[str]:
        """One of the lexicon's ``[sources]`` word lists as an index (roles, metonyms, anonymity markers …)."""
        return self.memo(f"sources.{key}", lambda lex: word_index(lex.source_words(key)))

    def memo(self, name: str, build: Callable[[Lexicon], T]) -> T:
        """What ``build(lexicon)`` returns, built once per lexicon (for structures a stage derives from it)."""
        found = self._memo.get(name)
        if found is None:
            with self._lock:
                found = self._memo.get(name)
                if found is None:
                    found = self._memo[name] = build(self._lexicon)
        return found
