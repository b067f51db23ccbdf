"""Discovery without a lexicon: the actors an article names and the labels it pins on each.

Nothing here knows the event. It reads the tokens, their word-class guesses and English grammar
(docs/methods/discovery.md):

- **names**: runs of capitalised words (with particles: "Ahmed al-Sharaa", "Recep Tayyip Erdoğan"); a
  later surname alone ("Starmer") or a title the article gave the name ("the Prime Minister") is the same
  actor (aliases merged within the article);
- **titles and pre-modifiers**: the words before a name that end on an office, an honorific or a noun for a
  person or a group ("Prime Minister Keir Starmer", "Kremlin spokesman Dmitry Peskov", "far-right group
  Revuelta", "20-year-old loner Thomas Crooks"); a title belongs to the name it is attached to;
- **appositions and relative clauses**: "X, a … ," / "X, the … ," / "X, who …" / "X, which …", and "the … , X,";
- **predicates and designations**: "X is a …", "X was branded / designated / banned as …";
- **category nouns**: a noun phrase whose head is a word for people in a group or a role ("a baying mob",
  "hundreds of rioters", "the gunman", "the former president") is a label that is its own mention; one with a
  title as head stands for the actor who was given that title earlier.

Labels inside quotation marks are the speaker's and are left out (abstain rather than guess the voice);
sentences in title case (headlines) are read only for category nouns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import replace

from ...lexicon.model import Lexicon
from ...model import ActorLabel
from ...text.doc import Doc
from ...text.intervals import Intervals
from ..actors import Mention
from .actors import CategoryReader
from .counted import CountedReader
from .labels import LabelReader
from .words import GROUP_HEADS, STAND_IN_HEADS, TITLE_CASE_SMALL_WORDS, TITLE_WORDS


class _Reader(LabelReader, CategoryReader, CountedReader):
    """One article: its names, their aliases and the labels found, in one pass over the scored sentences."""

    def read_sentence(self, index: int, lo: int, hi: int) -> None:
        toks = self.toks
        self.lo = lo
        # A headline in title case capitalises its small words too ("Tyrant Bolts To Moscow As Rebels Take City").
        caps = self.caps[bisect_left(self.caps, lo) : bisect_left(self.caps, hi)]
        title_case = index in self.doc.headings and (
            any(toks.lows[i] in TITLE_CASE_SMALL_WORDS for i in caps if i != lo)
            or _capitalised_throughout(toks, lo, hi)
        )
        if not title_case:
            self._pronoun_predicate(index, lo, hi)
            for first, last in self.names(lo, hi):
                self._name_labels(index, lo, hi, first, last)
        self._category(index, lo, hi)
        self._one_person(index, lo, hi)
        if not title_case:
            self._cast_as(index, lo, hi)
        if self.ages:
            self._age_stand_ins(index, lo, hi)


def _capitalised_throughout(toks, lo: int, hi: int) -> bool:
    """A headline whose every word of four letters or more is capitalised ("Suspect Identified, Arrested",
    "Student Protests Lead to …"): title case even when its small words stay lower-case."""
    words = [toks.texts[i] for i in range(lo, hi) if toks.is_word(i) and len(toks.texts[i]) > 3]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def discover_labels(doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention] = ()) -> tuple[ActorLabel, ...]:
    """Labels the article pins on the actors it names (or describes), found without the lexicon's labels.

    ``mentions`` (of the lexicon's actors) tell which person "the former president" most likely is."""
    reader = _Reader(doc, lexicon)
    persons = {a.name for a in lexicon.actors if a.kind == "person"}
    by_sentence: dict[int, list[str]] = {}
    for m in mentions:
        if m.actor in persons:
            by_sentence.setdefault(m.sentence, []).append(m.actor)
    for index, (lo, hi) in doc.token_ranges.items():
        for actor in by_sentence.get(index, ()):
            reader.people[actor] = reader.people.get(actor, 0) + 1
        if hi > lo:
            reader.read_sentence(index, lo, hi)
    main = reader.protagonist()
    for i in reader.pending if main else ():
        reader.out[i] = replace(reader.out[i], actor=main)  # a headline's stand-in: the article's main person
    return tuple(sorted(reader.out, key=lambda a: (a.span.start, a.actor)))


def merge_labels(known: Collection[ActorLabel], discovered: Collection[ActorLabel]) -> tuple[ActorLabel, ...]:
    """The lexicon's labels, and the discovered ones that overlap none of them, in text order."""
    spans = Intervals((a.span.start, a.span.end) for a in known)
    extra = [d for d in discovered if not spans.overlaps(d.span.start, d.span.end)]
    return tuple(sorted([*known, *extra], key=lambda a: (a.span.start, a.actor)))


__all__ = ["GROUP_HEADS", "STAND_IN_HEADS", "TITLE_WORDS", "discover_labels", "merge_labels"]
