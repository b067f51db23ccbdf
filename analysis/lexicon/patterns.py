"""Boilerplate line patterns: a small, safe pattern language for the lines around an article.

A lexicon's ``[boilerplate] line_patterns`` are matched against whole lines, case ignored, runs of white
space read as one space. The language has literal text and two marks only:

- ``*``      any text, including none:                    ``share on *``, ``* on facebook``
- ``{a,b}``  one of the comma-separated choices, a choice may be empty:  ``skip to {main ,}content``

Matching is linear in the line's length whatever the pattern: the text between the ``*`` marks is found
with plain string search, left to right (for ``*``-only patterns the leftmost place is always right), so no
uploaded pattern can stall the server — as a regular expression such as ``^(a+)+$`` can, for hours.
A lexicon has at most ``MAX_FORMS`` forms in all (after choices), and only lines of at most
``MAX_LINE_CHARS`` characters are compared (boilerplate lines are short).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product

MAX_FORMS = 512
MAX_WILDCARDS = 4
MAX_PATTERN_CHARS = 200
MAX_LINE_CHARS = 200
_CHOICE_RE = re.compile(r"\{([^{}]*)\}")
_SPACE_RE = re.compile(r"\s+")
REGEX_MARKS = frozenset("^$\\()+?[]")  # "|" is left out: "Like | Reply" is ordinary text


class PatternError(ValueError):
    """A line pattern that is not in the safe language; the message says why and how to write it."""


def squash(line: str) -> str:
    """A line as patterns see it: lower case, white space folded, no spaces around."""
    return _SPACE_RE.sub(" ", line.strip().lower())


def forms(pattern: str) -> list[str]:
    """The concrete forms of one pattern (its choices expanded), or ``PatternError`` saying what is wrong."""
    if not pattern.strip():
        raise PatternError("an empty line pattern matches nothing")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternError(f"{pattern[:40]!r}…: a line pattern may have at most {MAX_PATTERN_CHARS} characters")
    parts = _CHOICE_RE.split(pattern)
    literal = "".join(parts[::2])
    if "{" in literal or "}" in literal:
        raise PatternError(f"{pattern!r}: '{{' and '}}' must come in pairs around choices, and not nested")
    choices = [(part,) if i % 2 == 0 else tuple(part.split(",")) for i, part in enumerate(parts)]
    count = 1
    for c in choices:
        count *= len(c)
    if count > MAX_FORMS:
        raise PatternError(f"{pattern!r}: its {{…}} choices make {count:,} forms; at most {MAX_FORMS} are allowed")
    out = [squash("".join(combo)) for combo in product(*choices)]
    for form in out:
        if form.count("*") > MAX_WILDCARDS:
            raise PatternError(f"{pattern!r}: at most {MAX_WILDCARDS} '*' are allowed in a pattern")
    return out


def looks_like_regex(pattern: str) -> bool:
    """A pattern written as a regular expression (as lexicons were before this language): it matches literally."""
    return bool(REGEX_MARKS & set(pattern))


class _Glob:
    """One form: the literal pieces between its ``*`` marks."""

    __slots__ = ("pieces",)

    def __init__(self, form: str) -> None:
        self.pieces = form.split("*")

    def matches(self, line: str) -> bool:
        pieces = self.pieces
        if len(pieces) == 1:
            return line == pieces[0]
        first, last = pieces[0], pieces[-1]
        if len(first) + len(last) > len(line) or not line.startswith(first) or not line.endswith(last):
            return False
        at, end = len(first), len(line) - len(last)
        for piece in pieces[1:-1]:
            found = line.find(piece, at, end)
            if found < 0:
                return False
            at = found + len(piece)
        return True


class LinePatterns:
    """Compiled line patterns: ``matches(line)`` is True when any pattern matches the whole line.

    Forms are filed by their first character, so a line is compared only with the forms that can match it.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self._by_first: dict[str, list[_Glob]] = {}
        self._open: list[_Glob] = []  # forms that start with '*'
        total = 0
        for pattern in patterns:
            for form in forms(pattern):
                total += 1
                glob = _Glob(form)
                if form.startswith("*"):
                    self._open.append(glob)
                else:
                    self._by_first.setdefault(form[:1], []).append(glob)
        if total > MAX_FORMS:
            raise PatternError(f"the line patterns make {total:,} forms in all; at most {MAX_FORMS} are allowed")

    def __bool__(self) -> bool:
        return bool(self._by_first or self._open)

    def matches(self, line: str) -> bool:
        if len(line) > MAX_LINE_CHARS:
            return False
        line = squash(line)
        candidates = self._by_first.get(line[:1], ())
        return any(g.matches(line) for g in candidates) or any(g.matches(line) for g in self._open)
