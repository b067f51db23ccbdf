"""Historical sentences: those that tell an earlier story than the article's ("came to power in 2000")."""

from __future__ import annotations

import re

from ...text.doc import Doc

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def historical_sentences(doc: Doc) -> set[int]:
    """Sentences whose years are all older than the newest year the article mentions: history, not the story."""
    years: dict[int, list[int]] = {}
    for s in doc.scored:
        found = [int(y) for y in _YEAR.findall(s.text)]
        if found:
            years[s.index] = found
    if not years:
        return set()
    newest = max(max(v) for v in years.values())
    return {i for i, v in years.items() if max(v) < newest}
