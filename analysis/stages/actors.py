"""Where each actor is named: every alias occurrence, minus phrases that name someone else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon.load import Lexicon
from ..model import Sentence, Span
from ..text.phrases import group_by_sentence


class Mention(NamedTuple):
    actor: str
    span: Span
    sentence: int


def find_mentions(text: str, sentences: Sequence[Sentence], lexicon: Lexicon) -> tuple[Mention, ...]:
    """Actor mentions in scored (non-boilerplate) sentences, in text order."""
    found = group_by_sentence(lexicon.actor_matcher.finditer(text), sentences)
    blocked_by = group_by_sentence(lexicon.not_alias_matcher.finditer(text), sentences)
    out: list[Mention] = []
    for index in sorted(found):
        blocked = [(b.start, b.end) for b in blocked_by.get(index, ())]
        for m in found[index]:
            if not any(m.start < e and s < m.end for s, e in blocked):
                out.append(Mention(m.payload, Span.of(text, m.start, m.end), index))
    return tuple(out)
