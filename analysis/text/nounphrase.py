"""Noun phrases without a parser: word tokens with offsets, a guess at each word's class, and the
phrase that ends right before (or starts right after) a given token.

Word classes come from the tag lexicon TextBlob ships (offline, no NLTK data): the most likely tag of
each word is looked up, no tagger is run, so a sentence costs microseconds. The guess is coarse
("live" is a verb, "further" an adjective); the sourcing stage uses it only to find where a speaker's
name starts and stops.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from textblob.en import lexicon as _TAGS

from .phrases import expand

P = TypeVar("P")

# Acronyms with dots (U.S., U.N.), words with inner hyphens, apostrophes or dots (al-Sharaa, Russia's,
# vzglyad.ru), a plural possessive (Rights'), or one punctuation mark.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]")
PUNCT = "P"

# English grammar, not news knowledge: prepositions that stay inside a speaker's noun phrase
# ("sources in the Kremlin", "a researcher at the AST Center"), and word classes by tag.
NP_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for"})
DETERMINER_TAGS = frozenset({"DT", "PRP$", "CD", "PDT"})
NOUNISH_PREFIXES = ("NN", "JJ", "CD", "VBN", "VBG", "FW")
MODIFIER_PREFIXES = ("JJ", "RB", "VBN", "VBG")
FUNCTION_TAGS = frozenset({"RB", "IN", "CC", "DT", "PRP", "PRP$", "WRB", "WP", "WDT", "MD", "TO", "EX", "UH"})
MAX_PARENTHESIS_TOKENS = 14


def _fold(text: str) -> str:
    """Curly apostrophes as straight ones (str.replace is many times faster than a translate table)."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


# The tag lexicon is TextBlob's lazily loaded dict, whose own methods go through a Python-level check on
# every call; dict's methods read it directly.
_TAG_GET = dict.get
_TAG_COUNT = dict.__len__


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str  # lower case
    tag: str  # the word's most likely tag ("" if unknown), or PUNCT


def _tag(word: str, low: str) -> str:
    if not _TAG_COUNT(_TAGS):
        _TAGS.get("")  # load it
    return _TAG_GET(_TAGS, low) or _TAG_GET(_TAGS, word) or ""


class Tokens:
    """The tokens of one text as parallel lists; a token's tag is looked up when a stage first reads it."""

    def __init__(self, text: str) -> None:
        folded = _fold(text)  # one character for one: the offsets stay those of ``text``
        found = list(TOKEN_RE.finditer(folded))
        words = [m.group() for m in found]
        starts = [m.start() for m in found]
        self.text = text
        self.texts = words
        self.starts = starts
        self.lows = [w.lower() for w in words]
        # without a possessive ending, for matching names: "Russia's" and "Rights'" hold a name
        self.bases = [w if "'" not in w else strip_possessive(w) for w in self.lows]
        self.text_bases = [w if "'" not in w else strip_possessive(w) for w in words]
        self._toks: list[Tok | None] = [None] * len(words)

    def __len__(self) -> int:
        return len(self.texts)

    @cached_property
    def where(self) -> dict[str, list[int]]:
        """The positions of each token, by its lower-case form without a possessive (``bases``)."""
        at: dict[str, list[int]] = {}
        for i, base in enumerate(self.bases):
            if base in at:
                at[base].append(i)
            else:
                at[base] = [i]
        return at

    def positions(self, words: Iterable[str]) -> list[int]:
        """Where any of ``words`` (lower case, no possessive) stands, in text order."""
        where = self.where
        found = [where[w] for w in where.keys() & words]
        if len(found) == 1:
            return found[0]
        return sorted(i for positions in found for i in positions)

    @cached_property
    def words_before(self) -> list[int]:
        """How many word tokens (not punctuation) come before each token: words in i..j = [j] - [i]."""
        return [0, *accumulate([w[0].isalnum() for w in self.texts])]

    def __getitem__(self, i: int) -> Tok:
        tok = self._toks[i]
        if tok is None:
            word, low = self.text[self.starts[i] : self.starts[i] + len(self.texts[i])], self.lows[i]
            tag = _tag(word, low) if (word[0].isalnum() or word[0] == "_") else PUNCT
            tok = self._toks[i] = Tok(self.starts[i], self.starts[i] + len(word), word, low, tag)
        return tok


def strip_possessive(word: str) -> str:
    if word.endswith("'s") and len(word) > 2:
        return word[:-2]
    return word[:-1] if word.endswith("'") and len(word) > 1 else word


@lru_cache(maxsize=32)
def tokenize(text: str) -> Tokens:
    """Every word and punctuation mark of ``text`` with offsets (cached: stages share one pass)."""
    return Tokens(text)


class _Node(Generic[P]):
    """One word of a phrase trie: the words that may follow, and the phrases that end here."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node[P]] = {}
        self.ends: list[tuple[tuple[str, ...], P, bool]] = []  # (words, payload, case-sensitive), in order


class PhraseIndex(Generic[P]):
    """Phrases found by whole tokens, leftmost-longest, walking a trie of words: one dictionary
    look-up per token, and only a phrase's own next words after that.

    A faster stand-in for one long regular expression of alternatives; ``(optional)`` words expand as
    in lexicon phrases, case-sensitive phrases compare the tokens as written. Of two phrases of the same
    length the one given first wins.
    """

    def __init__(self, entries: Iterable[tuple[str, P, bool]]) -> None:
        root: dict[str, _Node[P]] = {}
        for phrase, payload, case_sensitive in entries:
            for form in sorted(expand(phrase)):
                words = tuple(w if case_sensitive else strip_possessive(w.lower()) for w in TOKEN_RE.findall(form))
                if not words:
                    continue
                level, node = root, None
                for word in words:
                    node = level.setdefault(strip_possessive(word.lower()), _Node())
                    level = node.next
                assert node is not None
                node.ends.append((words, payload, case_sensitive))
        self._root = root
        self._firsts = frozenset(root)

    def find(self, tokens: Tokens, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, P]]:
        """(first token, one past the last, payload) of every match between tokens ``lo`` and ``hi``."""
        hi = len(tokens) if hi is None else hi
        candidates = tokens.positions(self._firsts)
        return self._walk(tokens, candidates[bisect_left(candidates, lo) : bisect_left(candidates, hi)], lo, hi)

    def find_each(self, tokens: Tokens, ranges: Sequence[tuple[int, int]]) -> list[list[tuple[int, int, P]]]:
        """``find`` in each (lo, hi) range, with the tokens that can start a phrase looked up once."""
        candidates = tokens.positions(self._firsts)
        return [
            self._walk(tokens, candidates[bisect_left(candidates, lo) : bisect_left(candidates, hi)], lo, hi)
            for lo, hi in ranges
        ]

    def _walk(self, tokens: Tokens, candidates: list[int], lo: int, hi: int) -> list[tuple[int, int, P]]:
        """The longest phrase at each candidate token, left to right, none overlapping."""
        lows, texts, root = tokens.bases, tokens.text_bases, self._root
        out, free = [], lo
        for i in candidates:
            if i < free:
                continue
            best, node, j = None, root[lows[i]], i + 1
            while True:
                for words, payload, case_sensitive in node.ends:
                    if not case_sensitive or tuple(texts[i:j]) == words:
                        best = (i, j, payload)
                        break
                if j >= hi or (node := node.next.get(lows[j])) is None:
                    break
                j += 1
            if best is not None:
                out.append(best)
                free = best[1]
        return out


def is_word(tok: Tok) -> bool:
    return tok.tag != PUNCT


def is_capitalised(tok: Tok, particles: Collection[str] = ()) -> bool:
    """A word that can be part of a name: capitalised, or a particle glued to one ("al-Sharaa")."""
    if tok.text[:1].isupper():
        return True
    head, _, rest = tok.text.partition("-")
    return bool(rest) and head.lower() in particles and rest[:1].isupper()


def is_determiner(tok: Tok) -> bool:
    return tok.tag in DETERMINER_TAGS


class Scanner:
    """Finds noun phrases among one text's tokens; ``glue`` marks extra tokens that join a phrase
    ("close to" in "sources close to the Kremlin"), ``lexical`` words always count as nouns."""

    def __init__(
        self,
        toks: Tokens,
        *,
        sentence_starts: Collection[int],
        lexical: Collection[str],
        particles: Collection[str],
        glue: Collection[int] = (),
    ) -> None:
        self.toks = toks
        self.sentence_starts = sentence_starts
        self.lexical = lexical
        self.particles = particles
        self.glue = glue

    def capitalised(self, i: int) -> bool:
        """A capitalised word that is not just a sentence-initial verb or function word ("However", "Avoid")."""
        tok = self.toks[i]
        if not is_capitalised(tok, self.particles):
            return False
        if tok.text.isupper() and len(tok.text) > 1:
            return True  # an acronym, even where it looks like a word: "US President"
        return not (i in self.sentence_starts and tok.tag and not tok.tag.startswith(("NN", "JJ", "CD")))

    def nounish(self, i: int) -> bool:
        tok = self.toks[i]
        if not is_word(tok):
            return False
        if tok.low in self.lexical or self.capitalised(i):
            return True
        return tok.tag == "" or tok.tag.startswith(NOUNISH_PREFIXES)

    def preposition(self, i: int) -> bool:
        return self.toks.lows[i] in NP_PREPOSITIONS or i in self.glue

    def _preposition_start(self, i: int, lo: int) -> int:
        """The first token of the prepositions that end at token ``i`` ("close to")."""
        while i - 1 >= lo and self.preposition(i - 1):
            i -= 1
        return i

    def _open_parenthesis(self, i: int, lo: int) -> int | None:
        for k in range(i - 1, max(lo, i - MAX_PARENTHESIS_TOKENS) - 1, -1):
            if self.toks[k].text == "(":
                return k
        return None

    def _close_parenthesis(self, i: int, hi: int) -> int | None:
        for k in range(i + 1, min(hi, i + MAX_PARENTHESIS_TOKENS)):
            if self.toks[k].text == ")":
                return k
        return None

    def before(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``j``, not reaching before token ``lo``."""
        toks = self.toks
        i, start = j - 1, None
        while i >= lo:
            tok = toks[i]
            if tok.text == ")":
                k = self._open_parenthesis(i, lo)
                if k is None:
                    break
                start, i = k, k - 1
                continue
            if self.preposition(i):
                k = self._preposition_start(i, lo)
                if start is None or k - 1 < lo or not self.nounish(k - 1) or is_determiner(toks[k - 1]):
                    break
                i = k - 1
                continue
            if is_determiner(tok) and not self.capitalised(i):
                start = i
                k = self._preposition_start(i - 1, lo) if i - 1 >= lo and self.preposition(i - 1) else i
                if k < i and k - 1 >= lo and self.nounish(k - 1):
                    i = k - 1
                    continue
                break
            if self.nounish(i) or (tok.tag == "RB" and start is not None and toks[i + 1].tag.startswith("JJ")):
                start, i = i, i - 1
                continue
            break
        return self.trimmed(start, j) if start is not None else None

    def after(self, i: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``i``, not reaching token ``hi``."""
        toks = self.toks
        j = i
        while j < hi:
            tok = toks[j]
            if tok.text == "(" and j > i:
                k = self._close_parenthesis(j, hi)
                if k is None:
                    break
                j = k + 1
                continue
            if self.preposition(j):
                k = j
                while k < hi and self.preposition(k):
                    k += 1
                if j == i or k >= hi or not (self.nounish(k) or is_determiner(toks[k])):
                    break
                j = k
                continue
            if is_determiner(tok) or self.nounish(j):
                j += 1
                continue
            if tok.tag == "RB" and j + 1 < hi and toks[j + 1].tag.startswith("JJ"):
                j += 1
                continue
            if tok.tag in ("VB", "VBP") and j > i and self.nounish(j - 1) and (j + 1 >= hi or not is_word(toks[j + 1])):
                j += 1  # a noun the tag list calls a verb, ending the phrase: "a conference call."
                continue
            break
        return self.trimmed(i, j) if j > i else None

    def trimmed(self, start: int, end: int) -> tuple[int, int] | None:
        """Drop trailing modifiers and prepositions: a noun phrase ends on a noun or a name."""
        while end > start:
            last = end - 1
            tok = self.toks[last]
            if self.preposition(last) or (is_determiner(tok) and not self.capitalised(last)):
                end -= 1
            elif tok.tag.startswith(MODIFIER_PREFIXES) and tok.low not in self.lexical and not self.capitalised(last):
                if last == start:
                    break
                end -= 1
            else:
                break
        return (start, end) if end > start else None
