"""Where each actor is named: every alias occurrence, minus phrases that name someone else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .lexicon import Lexicon
from .model import Sentence, Span


class Mention(NamedTuple):
    actor: str
    span: Span
    sentence: int


def find_mentions(text: str, sentences: Sequence[Sentence], lexicon: Lexicon) -> tuple[Mention, ...]:
    """Actor mentions in scored (non-boilerplate) sentences, in text order."""
    out: list[Mention] = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        blocked = [(m.start, m.end) for m in lexicon.not_alias_matcher.finditer(text, sentence.start, sentence.end)]
        for m in lexicon.actor_matcher.finditer(text, sentence.start, sentence.end):
            if any(m.start < e and s < m.end for s, e in blocked):
                continue
            out.append(Mention(m.payload, Span.of(text, m.start, m.end), sentence.index))
    return tuple(out)
