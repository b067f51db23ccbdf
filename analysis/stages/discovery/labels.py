"""Labels joined to a name by syntax: titles and pre-modifiers, appositions, relative clauses, predicates,
designations."""

from __future__ import annotations

from ...text.tokens import PUNCT
from .names import NameReader
from .words import (
    ARTICLES,
    DESIGNATING,
    FINITE_TAGS,
    LINKING,
    MAX_NAME_TOKENS,
    RELATIVES,
)


class LabelReader(NameReader):
    """Reads one sentence: the names in it and the labels syntax joins to each."""

    def _name_labels(self, index: int, lo: int, hi: int, first: int, last: int) -> None:
        toks = self.toks
        # a title inside the run: everything up to its last office word ("Secret Service Director Kimberly Cheatle")
        split = None
        for k in range(first, last - 1):
            if self._is_title(k):
                split = k
        name_first = split + 1 if split is not None else first
        if last - name_first > MAX_NAME_TOKENS or name_first >= last:
            return
        if all(self._is_title(k) for k in range(name_first, last)):
            return
        actor = self._actor_of(name_first, last)
        if " " in actor and not any(toks.texts[k].endswith("'s") for k in range(name_first, last - 1)):
            self.counts[actor] = self.counts.get(actor, 0) + 1
        mention = (name_first, last)
        # the words before the run that end on a person noun ("Kremlin spokesman", "far-right group")
        label_first = first if split is not None else None
        head = split if split is not None else first - 1
        if split is None and first - 1 >= lo and toks[first - 1].tag != PUNCT and self._personish(first - 1):
            label_first = first - 1
        if label_first is not None:
            before = self.scanner.before(label_first + 1 if split is None else first, lo)
            if (
                before is not None
                and before[0] < label_first
                and (toks.lows[before[0]] not in ARTICLES or before[0] + 1 < label_first)
            ):
                label_first = before[0]
            while label_first < head and (toks.lows[label_first] in ARTICLES or toks.texts[label_first].isdigit()):
                if toks.lows[label_first] in ("a", "an"):
                    label_first = head + 1  # "a group Moscow still calls …": not a title
                    break
                label_first += 1
            how = "title" if self._is_title(head) else "premodifier"
            if label_first <= head:
                self.emit(label_first, head + 1, actor, mention, how, "label before name", index)
            for k in range(label_first, head + 1):
                if self._is_title(k):
                    self.by_title[toks.bases[k]] = actor
        self._after_name(index, hi, last, actor, mention)

    def _after_name(self, index: int, hi: int, j: int, actor: str, mention: tuple[int, int]) -> None:
        toks = self.toks
        if j >= hi:
            return
        if toks.texts[j] == ",":
            opening = mention[0] - 1 == self.lo or (mention[0] - 2 == self.lo and toks[self.lo].tag == "DT")
            if opening and toks[mention[0] - 1].tag in ("IN", "TO"):
                return  # "In Geneva, the U.N. envoy …": an opening phrase, not an apposition
            k = j + 1
            if k < hi and toks[k].tag == "CD" and k + 1 < hi and toks.texts[k + 1] == ",":
                k += 2  # "Corey Comperatore, 50, a former fire chief"
            if k >= hi:
                return
            low = toks.lows[k]
            end = self._clause_end(k + 1, hi)
            if low in RELATIVES:
                if any(toks.lows[x] == "known" for x in range(k, end)):
                    return  # "who is better known as Y": an alias, not a label
                self.emit(k, end, actor, mention, "relative", "apposition", index)
            elif low in ARTICLES or toks[k].tag in ("PRP$",):
                if end + 1 < hi and toks.texts[end] == "," and self._cap(end + 1, -1):
                    return  # "X, the U.N. envoy, Geir Pedersen": the apposition is the next name's
                cut = next(
                    (x for x in range(k + 1, end) if toks[x].tag in FINITE_TAGS or toks.lows[x] in RELATIVES), end
                )
                if any(toks[x].tag.startswith("NN") and not toks.texts[x][:1].isupper() for x in range(k + 1, cut)):
                    self.emit(k, cut, actor, mention, "apposition", "apposition", index)
            return
        low = toks.lows[j]
        if low in LINKING and j + 1 < hi:
            k = j + 1
            if toks.lows[k] in DESIGNATING:
                self._designation(index, hi, k, actor, mention)
            elif toks.lows[k] in ARTICLES:
                end = self._clause_end(k + 1, hi)
                self.emit(k, end, actor, mention, "predicate", "predicate", index)
        elif low in DESIGNATING:
            self._designation(index, hi, j, actor, mention)

    def _designation(self, index: int, hi: int, k: int, actor: str, mention: tuple[int, int]) -> None:
        toks = self.toks
        end = self._clause_end(k + 1, hi)
        stop = next((x for x in range(k + 1, end) if toks.lows[x] == "by"), end)
        if any(toks.lows[x] == "as" for x in range(k + 1, stop)) or stop > k + 1:
            self.emit(k, stop, actor, mention, "designation", "designation", index)
