"""Sourcing (placeholder until the sourcing stage lands): who the article lets speak."""

from __future__ import annotations

from collections.abc import Sequence

from .actors import Mention
from .lexicon import Lexicon
from .model import SOURCE_KINDS, Sentence, SourcingResult


def analyze_sourcing(
    text: str, sentences: Sequence[Sentence], lexicon: Lexicon, mentions: Sequence[Mention] = ()
) -> SourcingResult:
    return SourcingResult((), {k: 0 for k in SOURCE_KINDS}, {k: 0.0 for k in SOURCE_KINDS}, ())
