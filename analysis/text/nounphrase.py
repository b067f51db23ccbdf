"""Noun phrases without a parser: the phrase that ends right before (or starts right after) a given token.

It reads the tokens and word-class guesses of ``tokens.Tokens``; the sourcing stage uses it to find where a
speaker's name starts and stops.
"""

from __future__ import annotations

from collections.abc import Collection

from .tokens import PUNCT, Tok, Tokens

# English grammar, not news knowledge: prepositions that stay inside a speaker's noun phrase
# ("sources in the Kremlin", "a researcher at the AST Center"), and word classes by tag.
NP_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for"})
DETERMINER_TAGS = frozenset({"DT", "PRP$", "CD", "PDT"})
NOUNISH_PREFIXES = ("NN", "JJ", "CD", "VBN", "VBG", "FW")
MODIFIER_PREFIXES = ("JJ", "RB", "VBN", "VBG")
MAX_PARENTHESIS_TOKENS = 14
NAME_LIKE_VERB_TAGS = frozenset({"VB", "VBP", "MD"})
PORTFOLIO_TAGS = frozenset({"NN", "NNS", "JJ"})  # "Justice", "Health", "Social": common words, not names
MAX_PORTFOLIO_WORDS = 3  # capitalised words between "and" and the role word ("and Social Care Secretary")


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
        body_heads: Collection[str] = (),
        role_heads: Collection[str] = (),
        stops: Collection[int] = (),
    ) -> None:
        self.toks = toks
        self.stops = stops  # tokens that open a phrase about the saying ("in a statement"), which ends a noun phrase
        self.sentence_starts = sentence_starts
        self.lexical = lexical
        self.particles = particles
        self.glue = glue
        self.body_heads = body_heads
        self.role_heads = role_heads

    def capitalised(self, i: int) -> bool:
        """A capitalised word that is not just a sentence-initial verb or function word ("However", "Avoid")."""
        word = self.toks.texts[i]
        if word == ".":
            return self.initial_stop(i)
        if not word[:1].isupper() and "-" not in word:
            return False  # what is_capitalised says, read off the token list (this runs for most tokens)
        tok = self.toks[i]
        if not is_capitalised(tok, self.particles):
            return False
        if tok.text.isupper() and len(tok.text) > 1:
            return True  # an acronym, even where it looks like a word: "US President"
        if not (i in self.sentence_starts and tok.tag and not tok.tag.startswith(("NN", "JJ", "CD"))):
            return True
        # a first name the tag list calls a verb ("Sue Carver", "Mark Evans", "Will Jones"): a name when a
        # capitalised noun follows
        if tok.tag not in NAME_LIKE_VERB_TAGS or i + 1 >= len(self.toks):
            return False
        nxt = self.toks[i + 1]
        return nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.tag.startswith("NN")

    def nounish(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.text == "." and self.initial_stop(i):
            return True
        if not is_word(tok) or tok.text == "I":
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

    def institution_and(self, i: int, lo: int, end: int | None = None) -> bool:
        """ "and" inside a body's name: "Ministry of Human Resources and Emiratisation" (a capitalised run on
        both sides, with "of"/"for" in the run before it, or a run after it up to ``end`` that ends on a body's
        head word)."""
        toks = self.toks
        if toks.lows[i] not in ("and", "&") or i - 1 < lo or not self.capitalised(i - 1):
            return False
        if "both" in toks.lows[max(lo, i - 6) : i]:
            return False  # "Both GridNorth and Eirlink Water said": two bodies
        if end is not None and toks.texts[end - 1] == ")" and (opening := self._open_parenthesis(end - 1, i)):
            end = opening  # "the Food and Drug Administration (FDA) said": the name ends before its acronym
        if (
            end is not None
            and toks.lows[end - 1] in self.body_heads
            and all(self.capitalised(m) or toks.lows[m] in ("of", "for") for m in range(i + 1, end))
        ):
            return True  # "The Irish Nurses and Midwives Organisation", "Food and Drug Administration"
        k = i - 1
        while k >= lo and (self.capitalised(k) or toks.lows[k] in ("of", "for", "the")):
            if toks.lows[k] in ("of", "for") and k - 1 >= lo and self.capitalised(k - 1):
                return True
            k -= 1
        return False

    def initial_stop(self, i: int) -> bool:
        """The full stop of a middle initial, between two parts of a name ("Mary K. Butler"): it counts as part of
        the name, so every capitalised run reads the name whole."""
        texts = self.toks.texts
        if texts[i] != "." or i < 2 or i + 1 >= len(texts):
            return False
        letter, before, after = texts[i - 1], texts[i - 2], texts[i + 1]
        return (
            len(letter) == 1
            and letter.isupper()
            and self.toks.starts[i] == self.toks.starts[i - 1] + 1
            and before[:1].isupper()
            and before[1:2].islower()
            and after[:1].isupper()
            and after[1:2].islower()
        )

    def title_and(self, i: int, lo: int, hi: int) -> bool:
        """ "and" joining two portfolios of one title before a name: "Justice and Police Minister Kenneth Amoksi",
        "Health and Social Care Secretary Wes Streeting" (one capitalised common word before it, capitalised
        words after it up to a role word, a capitalised word after that); not "John Smith and Foreign Minister"."""
        toks = self.toks
        if toks.lows[i] != "and" or i - 1 < lo or not self.capitalised(i - 1):
            return False
        if (i - 2 >= lo and self.capitalised(i - 2)) or toks[i - 1].tag not in PORTFOLIO_TAGS:
            return False
        m = i + 1
        while m < hi and m - i <= MAX_PORTFOLIO_WORDS and self.capitalised(m):
            if toks.lows[m] in self.role_heads:
                return m + 1 < hi and self.capitalised(m + 1)
            m += 1
        return False

    def compound_and(self, i: int, lo: int, end: int) -> bool:
        """ "and" joining two modifiers of one body's head: "the fire and rescue services", "of the search and
        rescue team" (a lone modifier after a determiner, lower-case words after it up to a body's head word);
        not "the mayor and police", where both sides are sources of their own."""
        toks = self.toks
        if toks.lows[i] != "and" or i - 2 < lo or end - i < 3:
            return False
        modifier, det = toks[i - 1], toks[i - 2]
        if not modifier.text.isalpha() or not modifier.text.islower() or modifier.low in self.lexical:
            return False
        if not (is_determiner(det) or det.low in ("of", "for")) or toks.lows[end - 1] not in self.body_heads:
            return False
        return all(toks[m].text.isalpha() and toks[m].text.islower() for m in range(i + 1, end))

    def before(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``j``, not reaching before token ``lo``."""
        toks = self.toks
        i, start = j - 1, None
        while i >= lo:
            tok = toks[i]
            if (
                start is not None
                and start == i + 1
                and self.capitalised(start)
                and (self.institution_and(i, lo, j) or self.title_and(i, lo, j))
            ) or (start == i + 1 and self.compound_and(i, lo, j)):
                i -= 1
                continue
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
                if j == i or k >= hi or j in self.stops or not (self.nounish(k) or is_determiner(toks[k])):
                    break  # "said the company in a statement": the channel is no part of the speaker
                if self.capitalised(j - 1) and not self.capitalised(k) and not is_determiner(toks[k]):
                    break  # "said Foreign Minister X in response to …": a name, then an adverbial
                j = k
                continue
            if tok.tag in ("VBD", "VBN") and j > i and self.capitalised(j - 1) and not self.capitalised(j):
                break  # "Chief Minister Ashok Rathore expressed grief": the verb after a name
            if is_determiner(tok) and j > i and not is_determiner(toks[j - 1]) and not self.preposition(j - 1):
                break  # "told TDs an extra 40 posts": a determiner after a noun starts the next phrase
            if is_determiner(tok) or self.nounish(j) or (j > i and self.title_and(j, i, hi)):
                j += 1
                continue
            if j > i and j + 1 < hi and self.capitalised(j + 1) and self.institution_and(j, i):
                j += 1  # "according to the Ministry of Agriculture and Rural Affairs": one body's name
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
