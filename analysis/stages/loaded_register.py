"""The journalistic register of loaded words (data/loaded_register.toml): entries that recur across events,
added to the news vocabulary, and the plain, physical sense of a listed verb ("slammed the door") that takes one
out. Read once per process; docs/loaded-resource-study.md (stop 25) has the counts behind each entry.
"""

from __future__ import annotations

from functools import cache

from ..resources import DATA_DIR, read_toml
from ..text.phrases import inflections

REGISTER_FILE = DATA_DIR / "loaded_register.toml"
# Words one may pass (two at most) between a literal verb and the word that makes it literal ("slammed the door",
# "slammed on the brakes"); "slammed on social media" stays loaded, since "social" is no listed word.
PASSABLE = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "on"})


@cache
def register_data() -> dict:
    """The file, read once; a missing or broken one raises ``SettingsError`` naming it and the line."""
    return read_toml(REGISTER_FILE)


def shape_phrases(data: dict) -> set[str]:
    """HEAD of OBJECT for every listed head and object ("catalogue of failures", "litany of scandals")."""
    shapes = data.get("shapes", {})
    heads = [str(h).lower() for h in shapes.get("heads", [])]
    return {f"{h} of {str(o).lower()}" for h in heads for o in shapes.get("objects", [])}


@cache
def literal_followers() -> dict[str, frozenset[str]]:
    """Every form of a [literal] verb -> the words after it that make it physical."""
    out: dict[str, frozenset[str]] = {}
    for verb, after in register_data().get("literal", {}).items():
        words = frozenset(str(w).lower() for w in after)
        for form in inflections(str(verb).lower()):
            out[form] = words
    return out


def literal_sense(lows: list[str], first: int, last: int, hi: int) -> bool:
    """Is the one-word verb at ``first`` physical here ("slammed the door", "blasted off"), by what follows it?"""
    if last != first + 1:
        return False
    after = literal_followers().get(lows[first])
    if after is None:
        return False
    k = last
    while k < min(hi, last + 2) and lows[k] in PASSABLE and lows[k] not in after:
        k += 1
    return k < hi and lows[k] in after


__all__ = ["REGISTER_FILE", "literal_followers", "literal_sense", "register_data", "shape_phrases"]
