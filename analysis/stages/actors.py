"""Where each actor is named: every alias occurrence, minus phrases that name someone else."""

from __future__ import annotations

from typing import NamedTuple

from ..lexicon.model import Lexicon
from ..model import Span
from ..text.doc import Doc
from ..text.phrases import group_by_sentence


class Mention(NamedTuple):
    actor: str
    span: Span
    sentence: int


def find_mentions(doc: Doc, lexicon: Lexicon) -> tuple[Mention, ...]:
    """Actor mentions in scored (non-boilerplate) sentences, in text order."""
    compiled = lexicon.compiled
    if not compiled.actors:
        return ()
    found = group_by_sentence(compiled.actors.find(doc.tokens), doc.sentences)
    blocked_by = group_by_sentence(compiled.not_aliases.find(doc.tokens), doc.sentences) if compiled.not_aliases else {}
    out: list[Mention] = []
    text = doc.text
    for index in sorted(found):
        blocked = [(b.start, b.end) for b in blocked_by.get(index, ())]
        for m in found[index]:
            if not any(m.start < e and s < m.end for s, e in blocked):
                out.append(Mention(m.payload, Span.of(text, m.start, m.end), index))
    return tuple(out)
