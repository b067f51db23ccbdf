"""Find lexicon phrases in text: longest match first, whole words only, offsets kept.

A phrase may mark optional words in parentheses ("ousted (syrian) president") and single
lower-case words also match their regular inflections (rebel -> rebels, topple -> toppled).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from ..model import Sentence

P = TypeVar("P", bound=Hashable)

_OPTIONAL_RE = re.compile(r"\(([^()]+)\)")
_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Letters, digits and hyphens glue words together: "anti-government" does not contain "government".
_BEFORE = r"(?<![\w-])"
# ... except for "-led"/"-backed" compounds, which keep the name: "HTS-led rebels" names HTS.
_AFTER = r"(?![\w]|-(?!(?:led|backed|linked|controlled|aligned|dominated|run)\b)\w)"
MAX_REMEMBERED_MATCHES = 10_000  # distinct matched strings whose payload a matcher keeps
# Where a phrase can start: a run of word characters not glued to a word or hyphen before it (_BEFORE).
_WORD_START_RE = re.compile(r"(?<![\w-])\w+")
_FIRST_RUN_RE = re.compile(r"\w+")


# Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` leaves alone (or makes
# two characters of): folded first, so a word's key is what the case-insensitive regex would match.
_REGEX_CASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
_REGEX_CASE_FOLDS_RE = re.compile("[İıſ\u212a]")


def _key(word: str) -> str:
    """A word's look-up key: lower case, with the regex's extra case equivalences folded."""
    return word.translate(_REGEX_CASE_FOLDS).lower()


@lru_cache(maxsize=8)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word (its ``_key``) starts in a text: one pass that every matcher reuses (cached, so
    the stages of one article share it). Read off the sourcing stage's tokens, which every analysis
    builds anyway; a regex scan where those cannot give the same answer."""
    if not _REGEX_CASE_FOLDS_RE.search(text):
        from .nounphrase import tokenize

        tokens = tokenize(text)
        found = _starts_from_tokens(text, tokens.starts, tokens.texts, tokens.lows)
        if found is not None:
            return found
    return _scanned_word_starts(text.translate(_REGEX_CASE_FOLDS))


def _scanned_word_starts(text: str) -> dict[str, list[int]]:
    at: dict[str, list[int]] = {}
    for m in _WORD_START_RE.finditer(text):
        at.setdefault(m.group().lower(), []).append(m.start())
    return at


def _starts_from_tokens(text: str, starts: list[int], words: list[str], lows: list[str]) -> dict[str, list[int]] | None:
    """``_scanned_word_starts`` from word tokens (``nounphrase.TOKEN_RE``: runs of word characters joined
    by - ' . and tokens of one other character). A token's first run starts a word unless a hyphen comes
    right before it; runs after ' or . inside it start words, runs after - do not. None where lower
    case changes a token's length, so the two could differ."""
    at: dict[str, list[int]] = {}
    for start, word, low in zip(starts, words, lows, strict=True):
        first = word[0]
        if not (first.isalnum() or first == "_"):
            continue
        if len(low) != len(word):
            return None
        if "-" in word or "'" in word or "." in word:
            for m in _FIRST_RUN_RE.finditer(low):
                at_char = start + m.start()
                if at_char and text[at_char - 1] == "-":
                    continue
                at.setdefault(m.group(), []).append(at_char)
        elif not (start and text[start - 1] == "-"):
            if low in at:
                at[low].append(start)
            else:
                at[low] = [start]
    return at


class Match(NamedTuple, Generic[P]):
    start: int
    end: int
    payload: P


def normalize(phrase: str, *, case_sensitive: bool = False) -> str:
    """The lookup key of a phrase: folded quotes and spaces, lower case unless asked otherwise."""
    key = _SPACE_RE.sub(" ", phrase.translate(_QUOTES)).strip()
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


def expand(phrase: str, *, inflect: bool = False) -> set[str]:
    """Every concrete form of a phrase: optional words in or out, inflections of single words."""
    parts = _OPTIONAL_RE.split(phrase)
    # parts alternate: literal, optional, literal, optional, ...
    choices: list[tuple[str, ...]] = []
    for i, part in enumerate(parts):
        choices.append((part,) if i % 2 == 0 else (part, ""))
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


def _char_pattern(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’‘`]"
    return re.escape(ch)


def _trie_pattern(forms: Iterable[str]) -> str:
    """One regex for many phrases, as a character trie: each position is tried once, not once per phrase.

    Python's ``re`` tries alternatives one after another; a trie shares common prefixes, which makes a
    lexicon of hundreds of variants several times faster to search. Longer continuations come first.
    """
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in form.translate(_QUOTES):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends_here = "" in node
        branches = [_char_pattern(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
        if ends_here:
            body = f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return build(trie)


class PhraseMatcher(Generic[P]):
    """Leftmost-longest, non-overlapping matches of many phrases, each mapped to a payload."""

    def __init__(
        self,
        entries: Iterable[tuple[str, P]],
        *,
        case_sensitive: bool = False,
        inflect: bool = False,
    ) -> None:
        self.case_sensitive = case_sensitive
        self._payloads: dict[str, P] = {}
        self._seen: dict[str, P | None] = {}  # matched text as written -> payload
        for phrase, payload in entries:
            for form in expand(phrase, inflect=inflect):
                self._payloads.setdefault(normalize(form, case_sensitive=case_sensitive), payload)
        self._regex: re.Pattern[str] | None = None
        if self._payloads:
            flags = 0 if case_sensitive else re.IGNORECASE
            self._regex = re.compile(f"{_BEFORE}(?:{_trie_pattern(self._payloads)}){_AFTER}", flags)
        # The first word of every form: the regex is tried only where such a word starts, not at every
        # character (one pass over the text's words serves all matchers). None: some form starts with
        # a non-word character, so the whole text is searched.
        firsts = {_first_run(form) for form in self._payloads}
        self._first_words: frozenset[str] | None = None if None in firsts else frozenset(firsts)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return self._regex is not None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[P]]:
        if self._regex is None:
            return
        stop = len(text) if end is None else end
        payload_of = self._payload_of
        for m in self._search(text, start, stop):
            payload = payload_of(m.group())
            if payload is not None:
                yield Match(m.start(), m.end(), payload)

    def _payload_of(self, found: str) -> P | None:
        """The payload of a matched string, normalised once per distinct string (names recur)."""
        seen = self._seen
        if found in seen:
            return seen[found]
        payload = self._payloads.get(normalize(found, case_sensitive=self.case_sensitive))
        if len(seen) < MAX_REMEMBERED_MATCHES:
            seen[found] = payload
        return payload

    def _search(self, text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
        """What ``regex.finditer`` finds, trying the regex only at words that can begin a form.

        Every match starts where _BEFORE holds, with the form's first run of word characters; so
        trying the anchored regex at those word starts, left to right, skipping what a match covers,
        finds the same leftmost-longest matches as scanning every character, several times faster.
        (Words are keyed by ``_key``, which folds the letters the regex equates with ASCII ones; for
        lexicon forms that start with other non-ASCII letters, ``str.lower`` is assumed to agree with
        the regex's simple case folding.)
        """
        regex, firsts = self._regex, self._first_words
        assert regex is not None
        if firsts is None:
            yield from regex.finditer(text, start, stop)
            return
        at = word_starts(text)
        candidates = sorted(p for word in firsts & at.keys() for p in at[word])
        # ``stop`` inside a word: that word's cut-off start is a word of its own to the regex
        cut = _cut_word_start(text, stop)
        free = start
        for p in candidates[bisect_left(candidates, start) :]:
            if p >= cut:
                break
            if p < free:
                continue
            m = regex.match(text, p, stop)
            if m is not None:
                free = m.end()
                yield m
        if cut < stop:
            yield from regex.finditer(text, max(free, cut, start), stop)


def _cut_word_start(text: str, stop: int) -> int:
    """Where the word that ``stop`` cuts in two starts, or ``stop`` if it falls between words."""
    if stop >= len(text) or not _FIRST_RUN_RE.match(text, stop):
        return stop
    start = stop
    while start > 0 and _FIRST_RUN_RE.match(text, start - 1, start):
        start -= 1
    return start


def _first_run(form: str) -> str | None:
    """The lower-cased word characters a form starts with, or None if it starts with anything else."""
    m = _FIRST_RUN_RE.match(form)
    return _key(m.group()) if m else None


class MatcherPair(Generic[P]):
    """Case-sensitive and case-insensitive phrases searched together, overlaps resolved longest-first."""

    def __init__(self, entries: Iterable[tuple[str, P, bool]], *, inflect: bool = False) -> None:
        entries = list(entries)
        self._matchers = [
            PhraseMatcher(((p, v) for p, v, cs in entries if cs), case_sensitive=True),
            PhraseMatcher(((p, v) for p, v, cs in entries if not cs), inflect=inflect),
        ]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Match[P]]:
        found = [m for matcher in self._matchers for m in matcher.finditer(text, start, end)]
        return longest_first(found)


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

    Searching the text once is much cheaper than once per sentence; a match that runs past its
    sentence's end or lies in boilerplate is dropped, as a per-sentence search would never find it.
    """
    scored = [s for s in sentences if not s.boilerplate]
    starts = [s.start for s in scored]
    out: dict[int, list[Match[P]]] = {}
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= scored[i].end:
            out.setdefault(scored[i].index, []).append(m)
    return out
