"""Boilerplate: the lines around an article that are not its own voice (share links, "Skip to content").

They stay in the text, are shown greyed, and are left out of every score. Lines come from the lexicon's
``[boilerplate] line_patterns``; an article may also carry spans marked by hand (the case study's metadata).
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon.model import Lexicon
from ..model import Article, Span
from ..text.sentences import lines


def detect_boilerplate(text: str, lexicon: Lexicon) -> tuple[Span, ...]:
    """Lines that match the lexicon's boilerplate patterns (share links, 'Skip to content' …)."""
    patterns = lexicon.compiled.boilerplate
    if not patterns:
        return ()
    return tuple(span for span in lines(text) if patterns.matches(span.text))


def with_boilerplate(article: Article, lexicon: Lexicon) -> Article:
    """The article with pattern-detected boilerplate lines added to any it already marks."""
    found = detect_boilerplate(article.text, lexicon)
    known = {(s.start, s.end) for s in article.boilerplate}
    extra = tuple(s for s in found if (s.start, s.end) not in known)
    if not extra:
        return article
    merged = tuple(sorted((*article.boilerplate, *extra), key=lambda s: s.start))
    return replace(article, boilerplate=merged)
