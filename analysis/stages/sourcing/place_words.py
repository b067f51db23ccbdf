"""Words of direction that make up a region's name: "the HSE South East", "NHS North West", "Police Scotland's
North East division" end on a region, never on a person's name (helper s25-h11, Irish health copy). A lone
"West" or "North" can still be a surname ("West said"), so only a run of two or more counts."""

from __future__ import annotations

from collections.abc import Sequence

from ...text.tokens import Tok

COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west"}
    | {"south-east", "south-west", "central", "mid", "midlands"}
)


def compass_only(words: Sequence[Tok]) -> bool:
    """True when two or more words are all words of direction ("South East", "North West Midlands")."""
    return len(words) >= 2 and all(w.low in COMPASS for w in words)
