"""Transparency signals (placeholder until the transparency stage lands)."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .model import Article, FramingResult, Sentence, SentimentResult, SourcingResult, TransparencyResult


def analyze_transparency(
    article: Article,
    sentences: Sequence[Sentence],
    framing: FramingResult,
    sentiment: SentimentResult,
    sourcing: SourcingResult,
    lexicon: Lexicon,
) -> TransparencyResult:
    return TransparencyResult(0.0, ())
