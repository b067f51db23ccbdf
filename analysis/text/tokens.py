"""Word tokens of one text with offsets, their lower-case keys, and a guess at each word's class.

One pass of one regular expression (``TOKEN_RE``) gives every word and punctuation mark; every stage and
every phrase index reads these tokens instead of scanning the text again. Word classes come from the tag
lexicon TextBlob ships (offline, no NLTK data): each word's most likely tag is looked up, no tagger is run.
The guess is coarse ("live" is a verb); the stages use it only to find where a noun phrase starts and stops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from itertools import accumulate
from typing import NamedTuple

from .textblob_en import tag_lexicon

# Acronyms with dots (U.S., U.N.), words with inner hyphens, apostrophes or dots (al-Sharaa, Russia's,
# vzglyad.ru), numbers with thousands separators (1,100), a plural possessive (Rights'), or one punctuation mark.
# Titles abbreviated with a stop before a name ("Rear Adm. Karen Voss", "Dr. Roe") stay one token.
TITLE_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Adm|Col|Gen|Lt|Sgt|Capt|Maj|Cmdr|Cdr|Rep|Sen|Gov|Supt|Insp|Det|Rev|Fr|Hon|Brig|Cpl|Pte|Rt"
)
# The capital look-ahead lets the two branches that start with one fail at once elsewhere (20% of the time).
TOKEN_RE = re.compile(
    rf"(?=[A-Z])(?:(?:{TITLE_ABBREVIATIONS})\.(?=\s+[A-Z])|(?:[A-Z]\.){{2,}})|\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
    r"|\w+(?:[-'’.]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]"
)
PUNCT = "P"
# A compound such as "HTS-led rebels" names HTS: a phrase may end on the part before these endings.
COMPOUND_ENDINGS = ("led", "backed", "linked", "controlled", "aligned", "dominated", "run")
_COMPOUND_RE = re.compile(r"^(.+?)-(?:" + "|".join(COMPOUND_ENDINGS) + r")$", re.IGNORECASE)


def fold(text: str) -> str:
    """Curly apostrophes and backticks as straight ones, one character for one (offsets stay the same)."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


def strip_possessive(word: str) -> str:
    if word.endswith("'s") and len(word) > 2:
        return word[:-2]
    return word[:-1] if word.endswith("'") and len(word) > 1 else word


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str  # lower case, apostrophes folded
    tag: str  # the word's most likely tag ("" if unknown), or PUNCT


class Tokens:
    """The tokens of one text as parallel lists; a token's tag is looked up when a stage first reads it.

    ``lows`` are the keys phrases match on. A token may also end a phrase as its *short form* (``short``):
    without a possessive ("Russia's" -> "russia") or before a compound ending ("HTS-led" -> "hts"); the match
    then ends where the short form ends (``short_end``), as a reader would mark it.
    """

    def __init__(self, text: str) -> None:
        folded = fold(text)
        found = list(TOKEN_RE.finditer(folded))
        self.text = text
        self.texts = [m.group() for m in found]  # as written, apostrophes folded
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.lows = [w.lower() for w in self.texts]
        self.short: dict[int, str] = {}  # token index -> short form as written
        for i, word in enumerate(self.texts):
            if "'" in word or "-" in word:
                cut = _short_form(word)
                if cut:
                    self.short[i] = cut
        self._toks: list[Tok | None] = [None] * len(found)
        self.matches: dict[object, tuple] = {}  # phrase index -> its matches over the whole text (PhraseIndex.find)

    def __len__(self) -> int:
        return len(self.texts)

    def short_end(self, i: int) -> int:
        return self.starts[i] + len(self.short[i])

    @cached_property
    def bases(self) -> list[str]:
        """Lower-case forms without a possessive ending (for looking up names)."""
        return [w if "'" not in w else strip_possessive(w) for w in self.lows]

    @cached_property
    def where(self) -> dict[str, list[int]]:
        """The positions of each token, by its lower-case form (``lows``)."""
        at: dict[str, list[int]] = {}
        for i, low in enumerate(self.lows):
            if low in at:
                at[low].append(i)
            else:
                at[low] = [i]
        return at

    @cached_property
    def where_short(self) -> dict[str, list[int]]:
        """The positions of each short form, lower case."""
        at: dict[str, list[int]] = {}
        for i, cut in self.short.items():
            at.setdefault(cut.lower(), []).append(i)
        return at

    def positions(self, words: Iterable[str], *, short: bool = False) -> list[int]:
        """Where any of ``words`` (lower case) stands as a token (or, with ``short``, as a short form), in order."""
        where = self.where_short if short else self.where
        if not isinstance(words, (set, frozenset)):
            found = [where[w] for w in set(words) if w in where]
        elif 2 * len(words) > len(where):  # measured: C walking the text's words wins from about here
            found = [where[w] for w in words.intersection(where)]
        else:
            found = [where[w] for w in words if w in where]
        if len(found) == 1:
            return found[0]
        return sorted(i for positions in found for i in positions)

    @cached_property
    def words_before(self) -> list[int]:
        """How many word tokens (not punctuation) come before each token: words in i..j = [j] - [i]."""
        return [0, *accumulate([w[0].isalnum() or w[0] == "_" for w in self.texts])]

    def is_word(self, i: int) -> bool:
        first = self.texts[i][0]
        return first.isalnum() or first == "_"

    def _month_at(self, i: int) -> bool:
        """A capitalised "May" after a preposition or a day's number, or before a number: the month."""
        before = self.lows[i - 1] if i > 0 else ""
        after = self.texts[i + 1] if i + 1 < len(self.texts) else ""
        return before in MONTH_BEFORE or before.isdigit() or after.isdigit()

    def __getitem__(self, i: int) -> Tok:
        tok = self._toks[i]
        if tok is None:
            start, end = self.starts[i], self.ends[i]
            word, low = self.text[start:end], self.lows[i]
            first = word[0]
            if first.isalnum() or first == "_":  # is_word, inlined: this runs for most tokens of every text
                tags = tag_lexicon()
                tag = tags.get(low) or tags.get(word) or ""
                if word == "May" and self._month_at(i):
                    tag = "NNP"  # "in May", "on 3 May", "May 12": the month, not the modal verb
            else:
                tag = PUNCT
            tok = self._toks[i] = Tok(start, end, word, low, tag)
        return tok


# Words before a capitalised "May" that make it the month ("in May", "since May", "last May", "3 May").
MONTH_BEFORE = frozenset(
    {"in", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid", "this", "during"}
    | {"before", "after", "through", "to", "on", "between", "and", "or", "throughout", "that"}
)


def _short_form(word: str) -> str:
    """The short form a token may end a phrase as ("" if none): no possessive, or before a compound ending."""
    base = strip_possessive(word)
    if base != word:
        return base
    m = _COMPOUND_RE.match(word)
    return m.group(1) if m else ""


def tokenize(text: str) -> Tokens:
    """Every word and punctuation mark of ``text`` with offsets."""
    return Tokens(text)
