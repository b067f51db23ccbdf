"""The one phrase engine: lexicon phrases found among a text's tokens, leftmost-longest, with offsets.

A phrase may mark optional words in parentheses ("ousted (syrian) president"); single lower-case words can
also match their regular inflections (rebel -> rebels, topple -> toppled). Phrases are cut into tokens the
way texts are (``tokens.TOKEN_RE``), so whole words only: "government" is not found in "anti-government",
and "forces" not in "rebel-forces". A phrase's last word may match a token's short form: "Assad" is found in
"Assad's" and "HTS" in "HTS-led", the match ending where the name ends.

The index is a trie of words: each candidate token costs one dictionary look-up, then only the phrase's own
next words. Every stage's word list (actors, terms, labels, verbs of saying, agencies, hedges …) is one index.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import product
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from .tokens import TOKEN_RE, Tokens, fold

if TYPE_CHECKING:
    from ..model import Sentence

P = TypeVar("P", bound=Hashable)

_OPTIONAL_RE = re.compile(r"\(([^()]+)\)")
_SPACE_RE = re.compile(r"\s+")
# A phrase with more optional words than this expands to too many forms (2**n) to be a word list entry.
MAX_OPTIONAL_GROUPS = 8
MAX_FORMS = 2**MAX_OPTIONAL_GROUPS


class TooManyForms(ValueError):
    """A phrase that would expand to more than MAX_FORMS concrete forms."""


def normalize(phrase: str, *, case_sensitive: bool = False) -> str:
    """The look-up key of a phrase: folded quotes and spaces, lower case unless asked otherwise."""
    key = _SPACE_RE.sub(" ", fold(phrase)).strip()
    return key if case_sensitive else key.lower()


def inflections(word: str) -> set[str]:
    """Regular English inflections of one word (rebel -> rebels, topple -> toppled, oust -> ousting)."""
    forms = {word, word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def count_forms(phrase: str) -> int:
    """How many concrete forms a phrase's optional words give (2 per optional group), without expanding it."""
    return 2 ** len(_OPTIONAL_RE.findall(phrase))


def expand(phrase: str, *, inflect: bool = False) -> set[str]:
    """Every concrete form of a phrase: optional words in or out, inflections of single words.

    Raises ``TooManyForms`` for a phrase of more than MAX_OPTIONAL_GROUPS optional groups, before expanding.
    """
    groups = len(_OPTIONAL_RE.findall(phrase))
    if groups > MAX_OPTIONAL_GROUPS:
        raise TooManyForms(
            f"{phrase[:60]!r} has {groups} optional (…) parts, which would make {2**groups:,} forms; "
            f"use at most {MAX_OPTIONAL_GROUPS}, or list the forms as separate variants"
        )
    parts = _OPTIONAL_RE.split(phrase)
    # parts alternate: literal, optional, literal, optional, ...
    choices = [(part,) if i % 2 == 0 else (part, "") for i, part in enumerate(parts)]
    forms = set()
    for combo in product(*choices):
        form = _SPACE_RE.sub(" ", " ".join(c for c in combo if c.strip())).strip()
        if form:
            forms.add(form)
    if inflect:
        for form in list(forms):
            if " " not in form and form.islower() and form.isalpha():
                forms |= inflections(form)
    return forms


class Match(NamedTuple, Generic[P]):
    """A phrase found: character offsets, its payload, and the tokens it covers (``first`` .. ``last`` - 1)."""

    start: int
    end: int
    payload: P
    first: int
    last: int


class _Node:
    """One word of a phrase trie: the words that may follow, and the phrases that end here."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[tuple[tuple[str, ...], object, bool]] = []  # (words as written, payload, case-sensitive)


class PhraseIndex(Generic[P]):
    """Many phrases, each with a payload, found leftmost-longest and without overlaps in a text's tokens.

    ``entries`` are (phrase, payload, case-sensitive) triples; case-sensitive phrases compare the tokens as
    written (apostrophes folded). Of two phrases of the same length the one given first wins.
    """

    def __init__(self, entries: Iterable[tuple[str, P, bool]], *, inflect: bool = False) -> None:
        root: dict[str, _Node] = {}
        self.forms = 0
        for phrase, payload, case_sensitive in entries:
            for form in sorted(expand(phrase, inflect=inflect and not case_sensitive)):
                words = tuple(TOKEN_RE.findall(fold(form)))
                if not words:
                    continue
                level, node = root, None
                for word in words:
                    node = level.setdefault(word.lower(), _Node())
                    level = node.next
                assert node is not None
                node.ends.append((words, payload, case_sensitive))
                self.forms += 1
        self._root = root
        self._firsts = frozenset(root)

    def __bool__(self) -> bool:
        return bool(self._root)

    def may_occur(self, lowered: str) -> bool:
        """False when no phrase can match a text whose folded lower-case form is ``lowered``: none of the
        phrases' first words is even a substring of it (a cheap test before tokenising a text for one index)."""
        return any(first in lowered for first in self._firsts)

    def find(self, tokens: Tokens, lo: int = 0, hi: int | None = None) -> list[Match[P]]:
        """Every match between tokens ``lo`` and ``hi`` (token indices), in text order.

        Over the whole text the answer is kept on ``tokens`` (``Tokens.matches``), so two stages, or the
        lexicon fit and the analysis, that search one text's tokens with one index do it once.
        """
        hi = len(tokens) if hi is None else hi
        whole = lo == 0 and hi >= len(tokens)
        if whole and (kept := tokens.matches.get(self)) is not None:
            return list(kept)
        candidates = self._candidates(tokens)
        found = self._walk(tokens, candidates[bisect_left(candidates, lo) : bisect_left(candidates, hi)], lo, hi)
        if whole:
            tokens.matches[self] = tuple(found)
        return found

    def find_each(self, tokens: Tokens, ranges: Sequence[tuple[int, int]]) -> list[list[Match[P]]]:
        """``find`` in each (lo, hi) token range, with the tokens that can start a phrase looked up once."""
        candidates = self._candidates(tokens)
        return [
            self._walk(tokens, candidates[bisect_left(candidates, lo) : bisect_left(candidates, hi)], lo, hi)
            for lo, hi in ranges
        ]

    def finditer(self, tokens: Tokens) -> Iterator[Match[P]]:
        return iter(self.find(tokens))

    def _candidates(self, tokens: Tokens) -> list[int]:
        full = tokens.positions(self._firsts)
        short = tokens.positions(self._firsts, short=True) if tokens.short else []
        return sorted({*full, *short}) if short else full

    def _walk(self, tokens: Tokens, candidates: list[int], lo: int, hi: int) -> list[Match[P]]:
        """The longest phrase at each candidate token, left to right, none overlapping."""
        out: list[Match[P]] = []
        free = lo
        for i in candidates:
            if i < free:
                continue
            best = self._longest_at(tokens, i, hi)
            if best is not None:
                out.append(best)
                free = best.last
        return out

    def _longest_at(self, tokens: Tokens, i: int, hi: int) -> Match[P] | None:
        lows, short, root = tokens.lows, tokens.short, self._root
        best: Match[P] | None = None
        level, j = root, i
        while j < hi:
            if j in short:  # the phrase may end on this token's short form ("Assad" in "Assad's")
                node = level.get(short[j].lower())
                if node is not None and node.ends:
                    found = self._ending(tokens, node, i, j, tokens.short_end(j), short_last=True)
                    if found is not None:
                        best = found
            node = level.get(lows[j])
            if node is None:
                break
            if node.ends:
                found = self._ending(tokens, node, i, j, tokens.ends[j], short_last=False)
                if found is not None:
                    best = found
            level, j = node.next, j + 1
        return best

    @staticmethod
    def _ending(tokens: Tokens, node: _Node, i: int, j: int, end: int, *, short_last: bool) -> Match[P] | None:
        """The first phrase ending at ``node`` whose case fits the tokens i..j (``short_last``: j's short form)."""
        for words, payload, case_sensitive in node.ends:
            if case_sensitive:
                written = [*tokens.texts[i:j], tokens.short[j] if short_last else tokens.texts[j]]
                if tuple(written) != words:
                    continue
            return Match(tokens.starts[i], end, payload, i, j + 1)  # type: ignore[arg-type]
        return None


def longest_first(matches: Iterable[Match[P]]) -> list[Match[P]]:
    """Drop matches that overlap a longer (then earlier) one; the result is in text order."""
    chosen: list[Match[P]] = []
    starts: list[int] = []  # of the chosen matches, sorted; chosen matches never overlap each other
    ends: list[int] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_right(starts, m.start)
        if (i == 0 or ends[i - 1] <= m.start) and (i == len(starts) or m.end <= starts[i]):
            chosen.append(m)
            starts.insert(i, m.start)
            ends.insert(i, m.end)
    return sorted(chosen, key=lambda m: m.start)


def group_by_sentence(matches: Iterable[Match[P]], sentences: Sequence[Sentence]) -> dict[int, list[Match[P]]]:
    """Matches found once over the whole text, grouped by the scored sentence that holds each one.

    A match that runs past its sentence's end or lies in boilerplate is dropped, as a per-sentence search
    would never find it.
    """
    scored = [s for s in sentences if not s.boilerplate]
    starts = [s.start for s in scored]
    out: dict[int, list[Match[P]]] = {}
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= scored[i].end:
            out.setdefault(scored[i].index, []).append(m)
    return out


def word_index(phrases: Iterable[str], *, inflect: bool = False) -> PhraseIndex[str]:
    """A plain word list as an index whose payload is the phrase itself (case ignored)."""
    return PhraseIndex(((p, p, False) for p in phrases), inflect=inflect)
