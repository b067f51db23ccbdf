"""Credit lines and cited-source asides after the sentences are read: "This article was written by X, a reporter
for Y" credits the writer (no attribution), and "Y reported, citing documents and people familiar with it, that
CLAIM" attributes only what follows the "that". From US regional and wire copy (helper s25-real2)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Attribution, Span
from ...text.doc import Doc

# The story's own credit line: "This article was written by …", "The story was reported by …".
CREDIT_RE = re.compile(
    r"(?:this|the)\s+(?:article|story|report|piece|column|item|feature)\s+(?:was|is|has\s+been)\s+"
    r"(?:written|reported|compiled|produced|contributed)\s+by\s*$",
    re.IGNORECASE,
)
CREDIT_CUES = frozenset({"wrote", "reported"})
# A claim opened by a participle naming whom the report cites, up to the "that" of what it reported.
CITING_ASIDE_RE = re.compile(r"(?:citing|quoting)\s[^\"“”]{1,160}?,\s+that\s+(?=\S)", re.IGNORECASE)


def finished(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` without the story's credit line, each claim past a leading citing aside."""
    out = []
    for at in attributions:
        if at.cue in CREDIT_CUES and _credited(doc, at):
            continue  # "This article was written by Lori Aratani": a byline, not a source
        claim = at.claim
        if claim is not None and claim.text[:1] in "cCqQ" and (aside := CITING_ASIDE_RE.match(claim.text)):
            at = replace(at, claim=Span.of(doc.text, claim.start + aside.end(), claim.end))
        out.append(at)
    return out


def _credited(doc: Doc, at: Attribution) -> bool:
    """The words from the sentence's start to the source are a credit line ("The story was reported by")."""
    start = doc.sentences[at.sentence].start
    return (
        0 <= at.span.start - start <= CREDIT_CHARS and CREDIT_RE.fullmatch(doc.text[start : at.span.start]) is not None
    )


CREDIT_CHARS = 60  # the longest credit line's words before the name
