"""Historical sentences: those that tell an earlier story than the article's ("came to power in 2000")."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...text.doc import Doc

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def historical_sentences(doc: Doc) -> set[int]:
    """Sentences whose years are all older than the newest year the article mentions: history, not the story."""
    found = [(m.start(), int(m.group())) for m in _YEAR.finditer(doc.text)]  # one pass over the text
    if not found:
        return set()
    scored = doc.scored
    starts = [s.start for s in scored]
    years: dict[int, list[int]] = {}
    for at, year in found:
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < scored[k].end:
            years.setdefault(scored[k].index, []).append(year)
    if not years:
        return set()
    newest = max(max(v) for v in years.values())
    return {i for i, v in years.items() if max(v) < newest}
