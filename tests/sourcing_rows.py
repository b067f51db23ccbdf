"""Shared readers for the sourcing rule tests: what the analysis attributes in one short body text, read with the
general-news lexicon under a throwaway headline (a first line is read as the headline)."""

from __future__ import annotations

from analysis import Article, analyze, load_lexicon

GENERAL = load_lexicon("general-news")
LEAD = "The day in brief.\n\n"


def read(text: str) -> list[tuple]:
    """(kind, source, cue, claim, direct quote) of each attribution the analysis finds in ``text``'s body."""
    found = analyze(Article(id="t", text=LEAD + text), GENERAL).sourcing.attributions
    return [(a.kind, a.source, a.cue, a.claim.text if a.claim else None, a.direct_quote) for a in found]


def sources(text: str) -> set[tuple[str, str]]:
    """The (kind, source) pairs of ``text``'s attributions."""
    return {(row[0], row[1]) for row in read(text)}
