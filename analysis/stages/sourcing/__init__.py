"""Sourcing: who an article lets speak, through which verb, and what it attributes to them.

Stages in the manner of the BBC's Citron, each its own module over one per-article context (``context``):
``cues`` (verbs and phrases of saying), ``sources`` and ``classify`` (who speaks, and what kind of source
that is), ``references`` (pronouns and "the agency" pointed back to their source), ``claims`` (what is
attributed). docs/methods/sourcing.md says what this catches and what it misses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...lexicon.model import Lexicon
from ...model import SOURCE_KINDS, Attribution, SourcingResult
from ...text.doc import Doc
from ..actors import Mention
from . import cataphora, credits
from .context import ArticleContext
from .reading import read_sentence
from .vocabulary import ROUND, Vocabulary, vocabulary

__all__ = ["Vocabulary", "analyze_sourcing", "summarize", "vocabulary"]


def summarize(
    attributions: Sequence[Attribution],
) -> tuple[dict[str, int], dict[str, float], tuple[str, ...], dict[str, int]]:
    """Counts and shares of attributions per kind, the distinct sources other than the writer (a person named
    three times, or named once and then "she" twice, is one), and the distinct sources per kind."""
    counts = Counter(a.kind for a in attributions)
    total = len(attributions)
    shares = {k: round(counts.get(k, 0) / total, ROUND) if total else 0.0 for k in SOURCE_KINDS}
    distinct = tuple(dict.fromkeys(a.source for a in attributions if a.kind != "self"))
    people = Counter(kind for kind, _ in dict.fromkeys((a.kind, a.source.lower()) for a in attributions))
    return {k: counts.get(k, 0) for k in SOURCE_KINDS}, shares, distinct, {k: people.get(k, 0) for k in SOURCE_KINDS}


def analyze_sourcing(doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention] = ()) -> SourcingResult:
    """Every attribution in the scored sentences, with counts, shares and distinct sources."""
    ctx = ArticleContext(doc, lexicon, mentions)
    attributions: list[Attribution] = []
    for sentence in doc.scored:
        # a headline restates the body's attributions; a short "Source: X" line under a story or chart does not
        attributions.extend(read_sentence(ctx, sentence, heading=sentence.index in doc.headings))
    attributions = cataphora.named_after(ctx, attributions)  # "…, the governor said." then "Gov. X told …"
    attributions = credits.finished(doc, attributions)  # bylines; "reported, citing X, that CLAIM"
    counts, shares, distinct, distinct_counts = summarize(attributions)
    return SourcingResult(tuple(attributions), counts, shares, distinct, distinct_counts)
