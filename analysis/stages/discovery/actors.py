"""Category nouns: a noun phrase whose head is a word for people in a group or a role is a label on the actor
it stands for (an unnamed crowd, or the person given that title earlier)."""

from __future__ import annotations

from bisect import bisect_left

from ...text.tokens import PUNCT
from .names import NameReader
from .words import (
    ARTICLES,
    DEMONSTRATIVES,
    FINITE_TAGS,
    GROUP_HEADS,
    LINKING,
    QUANTITY_HEADS,
    STAND_IN_HEADS,
)


class CategoryReader(NameReader):
    """Finds category-noun labels in one sentence."""

    def _np_before(self, i: int, lo: int) -> int:
        """The first token of the noun phrase whose head is token ``i``: its modifiers and determiner."""
        toks = self.toks
        k = i
        while k - 1 >= lo:
            tok = toks[k - 1]
            tag = tok.tag
            if tag in ("DT", "PRP$", "PDT") or toks.lows[k - 1] in DEMONSTRATIVES:
                k -= 1
                break
            if tag.startswith(("JJ", "NN", "CD", "RBS")) or (tag == "" and "-" in tok.text) or tok.text.endswith("'s"):
                k -= 1
                continue
            if tag == "VBN" and k == i:  # "bloodied", "masked" right before the head
                k -= 1
                continue
            if tag == "RB" and toks[k].tag.startswith("JJ"):
                k -= 1
                continue
            break
        if k - 2 >= lo and toks.lows[k - 1] == "of" and toks.bases[k - 2] in QUANTITY_HEADS:
            k -= 2  # "hundreds of rioters", "gangs of men"
            if (k - 1 >= lo and toks[k - 1].tag in ("DT", "CD", "JJ")) or (k - 1 >= lo and toks.lows[k - 1] == "about"):
                k -= 1
        return k

    def _subject_before_link(self, first: int, lo: int) -> tuple[int, int] | None:
        """'Some were hardened racists': the subject before the linking verb that ends right before ``first``."""
        toks = self.toks
        if first - 1 < lo or toks.lows[first - 1] not in LINKING:
            return None
        k = first - 1
        while k - 1 >= lo and toks[k - 1].tag != PUNCT and toks[k - 1].tag not in FINITE_TAGS:
            k -= 1
        return (k, first - 1) if k < first - 1 else None

    def _category(self, index: int, lo: int, hi: int) -> None:
        toks = self.toks
        for i in self.heads[bisect_left(self.heads, lo) : bisect_left(self.heads, hi)]:
            base = toks.bases[i]
            stand_in = base in STAND_IN_HEADS
            if not (base in GROUP_HEADS or stand_in):
                continue
            if i + 1 < hi and (self.scanner.capitalised(i + 1) or toks[i + 1].tag.startswith("NN")):
                continue  # "rebel fighters" ends on its last noun; "President Putin" is a title
            first = self._np_before(i, lo)
            if stand_in and any(self.scanner.capitalised(x) and x != lo for x in range(first, i)):
                continue  # "Syrian President Bashar" is read with the name
            low0 = toks.lows[first]
            how = "demonstrative" if low0 in DEMONSTRATIVES else "other"
            mention: tuple[int, int] = (first, i + 1)
            actor = " ".join(toks.texts[first : i + 1])
            after = self._apposed_name(i + 1, hi)
            if after is not None:  # "The sicko sniper, 20-year-old loner Thomas Crooks", "Its leader, Ahmed al-Sharaa"
                mention, actor, how = after[0], after[1], "apposition"
            elif stand_in:
                if low0 not in ARTICLES and low0 not in DEMONSTRATIVES and toks[first].tag != "PRP$":
                    continue  # a bare "president" is a word, not a stand-in
                actor = self.by_title.get(base) or self.protagonist() or actor
            else:
                subject = self._subject_before_link(first, lo)
                if subject is not None:
                    mention, how = subject, "predicate"
                elif how == "demonstrative":
                    earlier = self.by_head.get(base)
                    if earlier is not None:
                        mention = earlier
                self.by_head.setdefault(base, (first, i + 1))
            self.emit(first, i + 1, actor, mention, how, "category", index)

    def _apposed_name(self, j: int, hi: int) -> tuple[tuple[int, int], str] | None:
        """After a noun phrase (and an 'of …' phrase): ', NAME' -> the name's tokens and actor."""
        toks = self.toks
        k = j
        if k < hi and toks.lows[k] in ("of", "for"):
            k += 1
            while k < hi and toks.texts[k] != "," and k - j < 6:
                k += 1
        if k + 1 >= hi or toks.texts[k] != ",":
            return None
        runs = [r for r in self.names(k + 1, hi) if r[0] <= k + 4]
        if not runs:
            return None
        first, last = runs[0]
        split = max((x for x in range(first, last - 1) if self._is_title(x)), default=None)
        name_first = split + 1 if split is not None else first
        return (name_first, last), self._actor_of(name_first, last)
