"""One unnamed person singled out by "one" who acts: "One City insider called …", "One man was arrested" (helper
labels3-s24; seen in wire, tabloid and court copy of the FTX and LA wildfires stories). The phrase is its own
mention. A quotation's speaker ("one fund manager said") is left alone: the sets disagree on it."""

from __future__ import annotations

from ...text.tokens import PUNCT
from .people import REPORTED_BEFORE, VICTIM_WORDS, PeopleReader
from .words import FINITE_TAGS

MAX_ONE_PHRASE = 4  # "one" and up to four words: "one Cape Town fund manager"
# Verbs of speaking, plain and emotive: "one fund manager said", "one senator fumed".
SPEAKING = frozenset(
    {"said", "says", "told", "tells", "added", "recalled", "explained", "asked", "warned"}
) | frozenset(
    {"shouted", "sobbed", "fumed", "cried", "screamed", "wept", "insisted", "admitted", "complained", "joked"}
)


class CountedReader(PeopleReader):
    """Reads "one" + a singular word for a person as a label on that unnamed person, when the person acts
    ("one spectator dead", "a story about one young man", "one of the women", "one woman said" are left alone)."""

    def _one_person(self, index: int, lo: int, hi: int) -> None:
        lows = self.toks.lows
        for k in range(lo, hi - 1):
            if lows[k] != "one" or not self._one_opens(k, lo):
                continue
            head, x = None, k + 1
            while x < hi and x - k <= MAX_ONE_PHRASE and lows[x] != "of" and self._noun_or_modifier(x):
                head = x if self._singular_person(x) else None
                x += 1
            if head is None or head + 1 != x:
                continue  # the phrase must end on the word for a person ("one City insider", not "one City")
            if not self._one_acts(k, x, lo, hi):
                continue
            self.emit(k, x, " ".join(self.toks.texts[k:x]), (k, x), "other", "category", index)

    def _one_opens(self, k: int, lo: int) -> bool:
        """'One man …', '… and one insider called …': "one" opens its noun phrase (not "about one young man")."""
        if k == lo:
            return True
        before = self.tag(k - 1)
        return before in (PUNCT, "CC") or self.toks.lows[k - 1] in REPORTED_BEFORE

    def _noun_or_modifier(self, x: int) -> bool:
        tag = self.tag(x)
        return self.toks.is_word(x) and (tag.startswith(("JJ", "NN")) or (not tag and "-" in self.toks.texts[x]))

    def _singular_person(self, x: int) -> bool:
        """A singular word for a person ("insider", "fund manager", "road-blocker", "man"), not a plural."""
        tag, base = self.tag(x), self.toks.bases[x]
        if tag in ("NNS", "NNPS") or self.toks.texts[x][:1].isupper():
            return False
        nouns = self.nouns
        plural = base[:-3] + "men" if base.endswith("man") else base + "s"  # "man" -> "men", "investor" -> "investors"
        known = nouns.plain_people | nouns.group_heads | nouns.label_nouns | nouns.stand_in_heads | self.titles
        return base in known or plural in known or (self._personish(x) and base not in nouns.bare_groups)

    def _one_acts(self, k: int, x: int, lo: int, hi: int) -> bool:
        """The person is the subject of a finite verb that is neither one of speaking (the earlier sets leave "one
        woman said", "said one official" unmarked) nor what happened to a victim ("one spectator died")."""
        lows = self.toks.lows
        if k > lo and lows[k - 1] in REPORTED_BEFORE:
            return False  # "said one road-blocker": a quotation's speaker
        if x >= hi or not (self.tag(x) in FINITE_TAGS or (self.tag(x) == "VBN" and lows[x + 1 : x + 2] != ["by"])):
            return False  # the tagger's "VBN" right after the phrase is its past verb ("One insider called …")
        if lows[x] in SPEAKING or (x + 1 < hi and self.toks.texts[x + 1] in (":", "“", '"')):
            return False  # "one woman shouted", "One woman sobbed: …": a quotation's speaker
        return not any(w in VICTIM_WORDS for w in lows[x : min(hi, x + 3)])
