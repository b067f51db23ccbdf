"""Result types shared by every stage: frozen dataclasses that keep character spans into the text.

Every number FrameLens shows is built from these, so a view can always point back to the words that
produced it. ``to_dict`` methods define the JSON contract of ``python -m analysis`` (public API:
extend it, never rename a field).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``, so the text always matches the offsets."""
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its place in the text; ``boilerplate`` ones are shown but never scored."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as given: the text verbatim plus what is known about where it came from.

    ``boilerplate`` holds the spans that are not the article's own voice (navigation, share links,
    an NGO's "about" text, a reader's comment); they stay in the text and are left out of every score.
    """

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    outlet_kind: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    language: str = "en"
    boilerplate: tuple[Span, ...] = ()
    origin: str = ""
    notes: str = ""

    def metadata(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "outlet_kind": self.outlet_kind,
            "author": self.author,
            "date": self.date,
            "url": self.url,
            "language": self.language,
            "notes": self.notes,
        }


# --- framing -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A word choice from a lexicon family: ``term`` is the lexicon's canonical term."""

    family: str
    term: str
    pole: str
    position: float
    span: Span
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "term": self.term,
            "pole": self.pole,
            "position": self.position,
            **self.span.to_dict(),
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class ActorLabel:
    """A label the text applies to an actor; ``span`` is the label's words, ``actor_span`` the name."""

    actor: str
    label: str
    pole: str
    span: Span
    actor_span: Span
    pattern: str
    sentence: int
    # Found in the text itself (``stages.discovery``), not from the lexicon's label list; then ``pole`` is "".
    discovered: bool = False
    how: str = ""  # the construction: title, premodifier, apposition, relative, predicate, designation, other …
    voice: str = "writer"  # writer, or quoted (inside a quotation: the speaker's label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "label": self.label,
            "pole": self.pole,
            **self.span.to_dict(),
            "actor_text": self.actor_span.text,
            "actor_start": self.actor_span.start,
            "actor_end": self.actor_span.end,
            "pattern": self.pattern,
            "sentence": self.sentence,
            "discovered": self.discovered,
            "how": self.how,
            "voice": self.voice,
        }


@dataclass(frozen=True, slots=True)
class FamilySummary:
    """How one article chose within one term family: counts and shares per pole, mean position."""

    family: str
    label: str
    counts: dict[str, int]
    shares: dict[str, float]
    position: float | None
    terms: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "label": self.label,
            "counts": dict(self.counts),
            "shares": dict(self.shares),
            "position": self.position,
            "terms": list(self.terms),
        }


@dataclass(frozen=True, slots=True)
class LoadedWord:
    """A loaded or emotive word or phrase (``stages.loaded``): where it is, why it counts, and whose voice it is.

    ``source`` names the resource that scored it: "vader" (the VADER lexicon's valence), "textblob"
    (TextBlob's subjectivity), or "list" (the lexicon's own [loaded] words); ``score`` is that resource's value.
    """

    word: str  # the form looked up (lower case), e.g. "ruthless" for "ruthlessly"
    span: Span
    sentence: int
    source: str
    score: float
    voice: str = "writer"  # writer, or quoted (inside a quotation attributed to a speaker)

    def to_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            **self.span.to_dict(),
            "sentence": self.sentence,
            "source": self.source,
            "score": self.score,
            "voice": self.voice,
        }


@dataclass(frozen=True, slots=True)
class FramingResult:
    terms: tuple[TermMatch, ...]
    actor_labels: tuple[ActorLabel, ...]
    families: tuple[FamilySummary, ...]
    position: float | None
    # Loaded words in the writer's own voice; those inside a speaker's quotation are in ``loaded_quoted``
    # (scare-quoted words count for neither).
    loaded: tuple[LoadedWord, ...] = ()
    loaded_quoted: tuple[LoadedWord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "terms": [t.to_dict() for t in self.terms],
            "actor_labels": [a.to_dict() for a in self.actor_labels],
            "families": [f.to_dict() for f in self.families],
            "loaded": [w.to_dict() for w in self.loaded],
            "loaded_quoted": [w.to_dict() for w in self.loaded_quoted],
        }


# --- sentiment ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Assessment:
    """One word (with its modifiers) that TextBlob scored, located in the text where possible."""

    words: str
    polarity: float
    subjectivity: float
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "words": self.words,
            "polarity": self.polarity,
            "subjectivity": self.subjectivity,
        }
        out.update(self.span.to_dict() if self.span else {"text": None, "start": None, "end": None})
        return out


@dataclass(frozen=True, slots=True)
class SentenceSentiment:
    index: int
    span: Span
    polarity: float
    subjectivity: float
    assessments: tuple[Assessment, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            **self.span.to_dict(),
            "polarity": self.polarity,
            "subjectivity": self.subjectivity,
            "assessments": [a.to_dict() for a in self.assessments],
        }


@dataclass(frozen=True, slots=True)
class ActorSentiment:
    """Mean sentiment of the sentences that name an actor through any alias."""

    actor: str
    polarity: float
    subjectivity: float
    mentions: int
    sentences: tuple[int, ...]
    mention_spans: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "polarity": self.polarity,
            "subjectivity": self.subjectivity,
            "mentions": self.mentions,
            "sentences": list(self.sentences),
            "mention_spans": [s.to_dict() for s in self.mention_spans],
        }


@dataclass(frozen=True, slots=True)
class SentimentResult:
    polarity: float
    subjectivity: float
    sentences: tuple[SentenceSentiment, ...]
    actors: tuple[ActorSentiment, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "polarity": self.polarity,
            "subjectivity": self.subjectivity,
            "sentences": [s.to_dict() for s in self.sentences],
            "actors": {a.actor: a.to_dict() for a in self.actors},
        }


# --- sourcing ----------------------------------------------------------------------------------

SOURCE_KINDS = ("named", "anonymous", "agency", "organization", "document", "self")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the text lets speak: the source mention, the cue, and what is attributed to it."""

    kind: str
    source: str
    cue: str
    cue_type: str
    direct_quote: bool
    span: Span
    cue_span: Span | None
    claim: Span | None
    sentence: int
    role: str = ""
    # For a pronoun or description that points back ("she", "the agency", "Mr Haddad" after "Omar Haddad"): the
    # source it points to (also in ``source``); "" for a source named where it speaks.
    refers_to: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "refers_to": self.refers_to or None,
            "role": self.role,
            "cue": self.cue,
            "cue_type": self.cue_type,
            "direct_quote": self.direct_quote,
            **self.span.to_dict(),
            "cue_span": self.cue_span.to_dict() if self.cue_span else None,
            "claim": self.claim.to_dict() if self.claim else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class SourcingResult:
    """``counts`` counts attributions (one person quoted three times: 3); ``distinct_counts`` counts the people
    and bodies behind them (that person: 1), which is what "how many named sources?" asks."""

    attributions: tuple[Attribution, ...]
    counts: dict[str, int]
    shares: dict[str, float]
    distinct_sources: tuple[str, ...]
    distinct_counts: dict[str, int] = field(default_factory=dict)

    @property
    def people(self) -> dict[str, int]:
        """Distinct sources per kind, what every view shows students (the mention counts where a file made
        before distinct counts existed has none)."""
        return self.distinct_counts or self.counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "attributions": [a.to_dict() for a in self.attributions],
            "counts": dict(self.counts),
            "shares": dict(self.shares),
            "distinct_sources": list(self.distinct_sources),
            "distinct_counts": dict(self.distinct_counts),
        }


# --- transparency ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signal:
    """One transparency signal: its raw value, its 0–1 score, its weight and the spans behind it."""

    name: str
    label: str
    value: float
    score: float
    weight: float
    explanation: str
    evidence: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "value": self.value,
            "score": self.score,
            "weight": self.weight,
            "explanation": self.explanation,
            "evidence": [s.to_dict() for s in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class TransparencyResult:
    score: float
    signals: tuple[Signal, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "signals": [s.to_dict() for s in self.signals]}


# --- the whole report --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything FrameLens says about one article; the one thing views and exports read."""

    article: Article
    sentences: tuple[Sentence, ...]
    framing: FramingResult
    sentiment: SentimentResult
    sourcing: SourcingResult
    transparency: TransparencyResult
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.article.metadata(),
            "boilerplate": [s.to_dict() for s in self.article.boilerplate],
            "warnings": list(self.warnings),
            "sentences": [
                {**s.span.to_dict(), "index": s.index, "paragraph": s.paragraph, "boilerplate": s.boilerplate}
                for s in self.sentences
            ],
            "framing": self.framing.to_dict(),
            "sentiment": self.sentiment.to_dict(),
            "sourcing": self.sourcing.to_dict(),
            "transparency": self.transparency.to_dict(),
        }
