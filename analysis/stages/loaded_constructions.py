"""Loaded metaphors with an object slot (data/loaded_news.toml [constructions]): VERB ... PREPOSITION TARGET,
as "turning the country into a graveyard", "plunged the party into chaos", "engulfed the club in scandal".

A list of fixed phrases cannot hold them, because the object between the verb and the preposition is any
noun phrase; the target word is what makes them figurative ("turned the hall into a shelter", "engulfed in
flames" are plain), so only the listed targets count. Read once per process; docs/methods/loaded.md says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..text.phrases import inflections
from ..text.tokens import Tokens
from .loaded_context import STOPS
from .loaded_news import news_data

# Words allowed between the preposition and the target: an article, a possessive, one intensifier.
FILLERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "total", "utter", "complete", "virtual"})


@dataclass(frozen=True, slots=True)
class Construction:
    """One metaphor shape: any form of ``verbs``, at most ``gap`` tokens of object, ``preposition``, a target."""

    name: str
    verbs: frozenset[str]
    preposition: str
    targets: frozenset[str]
    gap: int


@cache
def constructions() -> tuple[Construction, ...]:
    """The [constructions] tables of the news file, verbs expanded to their regular and listed forms."""
    out = []
    for name, table in sorted(news_data().get("constructions", {}).items()):
        verbs: set[str] = set()
        for v in table.get("verbs", []):
            verbs |= inflections(str(v).lower())
        verbs |= {str(f).lower() for f in table.get("forms", [])}
        targets = frozenset(str(t).lower() for t in table.get("targets", []))
        out.append(Construction(name, frozenset(verbs), str(table["preposition"]), targets, int(table["gap"])))
    return tuple(out)


def _target_end(lows: list[str], k: int, hi: int, targets: frozenset[str]) -> int | None:
    """One past the last token of a target starting at ``k`` after at most two fillers ("into a ghost town")."""
    for _skip in range(3):
        for size in (3, 2, 1):
            if k + size <= hi and " ".join(lows[k : k + size]) in targets:
                return k + size
        if k >= hi or lows[k] not in FILLERS:
            return None
        k += 1
    return None


def construction_spans(tokens: Tokens) -> list[tuple[int, int]]:
    """(first, one past last) token of every listed metaphor with an object slot, leftmost first."""
    lows, texts = tokens.lows, tokens.texts
    out: list[tuple[int, int]] = []
    for c in constructions():
        for v in tokens.positions(c.verbs):
            hi = len(lows)
            for k in range(v + 1, min(hi, v + c.gap + 2)):
                if texts[k] in STOPS:
                    break
                if lows[k] == c.preposition:
                    end = _target_end(lows, k + 1, hi, c.targets)
                    if end is not None:
                        out.append((v, end))
                    break
    return sorted(out)


__all__ = ["Construction", "construction_spans", "constructions"]
