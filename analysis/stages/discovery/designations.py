"""Designations and led-by: labels a text reports as a third party's ("listed as a terrorist organisation by
the UN", "Russia classifies HTS as …", "a group Moscow still calls terrorist"), and the label of a group pinned
on the group that leads it ("the rebels are led by HTS")."""

from __future__ import annotations

from ...text.tokens import PUNCT
from .names import NameReader
from .words import DESIGNATING_VERBS, DESIGNATION_STOPS, GROUP_HEADS, LEADING, LINKING, ORG_HEADS, RELATIVES

LED_BY_HEADS = GROUP_HEADS | ORG_HEADS | frozenset({"coalition", "alliance", "factions", "forces", "groups"})
MAX_LED_BY_GAP = 8  # tokens of a relative clause between the group and "led by"


class DesignationReader(NameReader):
    """Designations and led-by constructions around one name."""

    def _designation(self, index: int, hi: int, k: int, actor: str, mention: tuple[int, int]) -> None:
        """From the designating word to its agent or the clause end: 'listed as a terrorist organisation'."""
        toks = self.toks
        end = self._clause_end(k + 1, hi)
        stop = next((x for x in range(k + 1, end) if toks.lows[x] in DESIGNATION_STOPS), end)
        if stop > k + 1 and (
            any(toks.lows[x] == "as" for x in range(k + 1, stop)) or self.tag(k + 1).startswith(("JJ", "NN", "DT"))
        ):
            self.emit(k, stop, actor, mention, "designation", "designation", index)

    def _designated_object(
        self, index: int, lo: int, hi: int, first: int, last: int, actor: str, mention: tuple[int, int]
    ) -> None:
        """'Russia and Türkiye classify HTS as a terrorist organization': the name right after a designating
        verb, then "as" (or the label itself: "calls it terrorist")."""
        toks = self.toks
        verb = first - 1
        if verb - 1 >= lo and toks.lows[verb] == "the":
            verb -= 1  # "classify the Nusra Front as …"
        if verb < lo or toks.lows[verb] not in DESIGNATING_VERBS or self.tag(verb).startswith("NN"):
            return
        if toks.texts[last - 1].endswith(("'s", "’s")):
            return  # "called Yun's declaration illegal": the verb designates his thing, not him
        k = last
        if k < hi and toks.lows[k] == "as":
            k += 1
        end = self._clause_end(k, hi)
        stop = next((x for x in range(k, end) if toks.lows[x] in DESIGNATION_STOPS), end)
        if stop > k and any(self.tag(x).startswith(("JJ", "NN")) for x in range(k, stop)):
            self.emit(k, stop, actor, mention, "designation", "designation", index)

    def _led_by(self, index: int, lo: int, first: int, actor: str, mention: tuple[int, int]) -> None:
        """'The rebels are led by HTS', 'the rebel coalition that toppled him is led by HTS', 'factions led by
        HTS': the group's noun phrase is a label on the group that leads it."""
        toks = self.toks
        by = first - 1
        if "by" not in toks.lows[max(lo, first - 5) : first]:
            return
        while by - 1 > lo and toks.lows[by] != "by" and first - by <= 4 and self.tag(by) != PUNCT:
            if toks.lows[by] in ("a", "an"):
                return  # "led by a group Moscow still calls terrorist": a reduced relative, not the leader
            by -= 1  # "led by the Takfiri outfit Hayat Tahrir al-Sham", "led by the Islamist faction HTS"
        if by - 1 < lo or toks.lows[by] != "by" or toks.lows[by - 1] not in LEADING:
            return
        k = by - 2
        if k >= lo and toks.lows[k] in LINKING:
            k -= 1
        if k >= lo and toks.texts[k] == ",":
            k -= 1
        head = k if k >= lo and toks.bases[k] in LED_BY_HEADS else None
        if head is None:  # a relative clause between: "the rebel coalition that toppled him is led by"
            for x in range(k, max(lo, k - MAX_LED_BY_GAP) - 1, -1):
                if toks.lows[x] in RELATIVES or toks.lows[x] == "that":
                    if x - 1 >= lo and toks.bases[x - 1] in LED_BY_HEADS:
                        head = x - 1
                    break
        if head is None:
            return
        start = self._np_start(head, lo)
        self.emit(start, head + 1, actor, mention, "led-by", "led by", index)

    def _np_start(self, head: int, lo: int) -> int:
        """The first word of the noun phrase ending at ``head``: its determiner and modifiers."""
        k = head
        while k - 1 >= lo and self.tag(k - 1).startswith(("JJ", "NN", "DT", "VBN", "PRP$", "CD")):
            k -= 1
            if self.tag(k) in ("DT", "PRP$"):
                break
        return k
