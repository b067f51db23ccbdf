"""Designations and led-by: labels a text reports as a third party's ("listed as a terrorist organisation by
the UN", "Russia classifies HTS as …", "a group Moscow still calls terrorist"), and the label of a group pinned
on the group that leads it ("the rebels are led by HTS")."""

from __future__ import annotations

from bisect import bisect_left

from ...text.tokens import PUNCT
from .names import NameReader
from .words import (
    DESIGNATING_VERBS,
    DESIGNATING_WITH_AS,
    DESIGNATION_STOPS,
    GROUP_HEADS,
    LEADING,
    LINKING,
    ORG_HEADS,
    RELATIVES,
)

LED_BY_HEADS = GROUP_HEADS | ORG_HEADS | frozenset({"coalition", "alliance", "factions", "forces", "groups"})
# Verbs that cast someone as something ("portrayed the candidate as a dictator", "was presented by the media
# as a visionary", "rejected him as an ally"): the phrase after "as" is a designation.
CASTING_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("describe", ("", "s", "d")),
        ("portray", ("", "s", "ed")),
        ("present", ("", "s", "ed")),
        ("depict", ("", "s", "ed")),
        ("regard", ("", "s", "ed")),
        ("hail", ("", "s", "ed")),
        ("dismiss", ("", "es", "ed")),
        ("reject", ("", "s", "ed")),
        ("paint", ("", "s", "ed")),
        ("view", ("", "s", "ed")),
        ("cast", ("", "s")),
        ("see", ("", "s", "n")),
        ("denounce", ("", "s", "d")),
        ("brand", ("", "s", "ed")),
        ("label", ("", "s", "led", "ed")),
    )
    for end in ends
)
# Verbs of naming whose object is followed by the name given ("calling him a fighter").
NAMING_VERBS = frozenset({"calling", "called", "call", "calls", "dubbed", "dubbing", "branding", "branded"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Who a naming verb's object may be: a pronoun, or the subject itself ("she calls herself a …"; helper s25-labels).
NAMED_PRONOUNS = OBJECT_PRONOUNS | {"himself", "herself"}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# Words between a passive casting verb and its subject ("was widely seen as", ", once hailed as").
PASSIVE_WORDS = frozenset({"was", "were", "is", "are", "been", "being", "has", "have", "had", "widely", "once", "long"})
MAX_CAST_GAP = 8  # tokens between a casting verb and its "as"
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
        elif stop < end and toks.lows[stop] == "by":  # "dismissed by its rivals as the voice of …": the "as" phrase
            at = next((x for x in range(stop + 1, end) if toks.lows[x] == "as"), end)
            if at + 1 < end and self.tag(at + 1).startswith(("JJ", "NN", "DT")):
                self.emit(at + 1, end, actor, mention, "designation", "designation", index)

    def _designated_object(
        self, index: int, lo: int, hi: int, first: int, last: int, actor: str, mention: tuple[int, int]
    ) -> None:
        """'Russia and Türkiye classify HTS as a terrorist organization': the name right after a designating
        verb, then "as" (or the label itself: "calls it terrorist")."""
        toks = self.toks
        verb = first - 1
        if verb - 1 >= lo and toks.lows[verb] == "the":
            verb -= 1  # "classify the Nusra Front as …"
        if verb < lo or toks.lows[verb] not in DESIGNATING_VERBS:
            return
        if self.tag(verb).startswith("NN") and (verb - 1 < lo or self.tag(verb - 1) != "RB"):
            return  # a noun ("the call"); after an adverb it is the verb ("privately call X a …"; helper s25-labels)
        if toks.texts[last - 1].endswith(("'s", "’s")):
            return  # "called Yun's declaration illegal": the verb designates his thing, not him
        if self._asked(verb, lo, hi):
            return  # "who still calls HTS a terrorist group?": a question, nobody's designation
        k = last
        if k < hi and toks.lows[k] == "as":
            k += 1
        elif toks.lows[verb] in DESIGNATING_WITH_AS:
            return
        end = self._clause_end(k, hi)
        stop = next((x for x in range(k, end) if toks.lows[x] in DESIGNATION_STOPS), end)
        if stop > k and any(self.tag(x).startswith(("JJ", "NN")) or _untagged_word(self, x) for x in range(k, stop)):
            self.emit(k, stop, actor, mention, "designation", "designation", index)

    def _asked(self, verb: int, lo: int, hi: int) -> bool:
        """Is the designating verb's subject the question word of a direct question ("who (still) calls …?")?"""
        if self.toks.texts[hi - 1] != "?":
            return False
        k = verb - 1
        while k >= lo and self.tag(k) == "RB":
            k -= 1
        return k >= lo and self.toks.lows[k] in ("who", "which", "what")

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

    def _cast_as(self, index: int, lo: int, hi: int) -> None:
        """'portrayed the Republican candidate as a dictator in waiting', 'was presented by American media as a
        visionary', 'calling him a fighter': a designation of a person who is not named there (a pronoun or a
        stand-in); the object, or the pronoun subject of a passive, is its mention."""
        toks = self.toks
        lows = toks.lows
        for x in range(lo + 1, hi - 1):
            if lows[x] == "as":
                verb = next(
                    (v for v in range(x - 1, max(lo, x - MAX_CAST_GAP) - 1, -1) if lows[v] in CASTING_VERBS), None
                )
                start = x + 1
            elif lows[x] in NAMED_PRONOUNS and lows[x - 1] in NAMING_VERBS:
                verb, start = x - 1, x + 1
            else:
                continue
            if verb is None or not self._phrase_starts(start, hi):
                continue
            mention = self._cast_object(verb, x, lo)
            if mention is None:
                continue
            end = self._clause_end(start, hi)
            stop = next((y for y in range(start, end) if lows[y] in DESIGNATION_STOPS), end)
            label_first = x if lows[x] == "as" else start
            actor = self._referent(mention)
            self.emit(label_first, stop, actor, mention, "designation", "designation", index)

    def _referent(self, mention: tuple[int, int]) -> str:
        """Who a pronoun or a stand-in is: the person "he" most likely is, or the actor a label read on the same
        noun phrase was pinned on ("the defendant" -> the person it stands in for); else its words."""
        toks = self.toks
        words = " ".join(toks.texts[mention[0] : mention[1]])
        if toks.lows[mention[0]] in NAMED_PRONOUNS | SUBJECT_PRONOUNS:
            return self.person_referent() or words
        start = toks.starts[mention[0]]
        return next((a.actor for a in self.out if a.span.start == start), words)

    def _phrase_starts(self, k: int, hi: int) -> bool:
        """Does a noun phrase start at ``k`` ("a visionary", "the architect of", "far-right thugs"), not a name
        ("as Trump being …")?"""
        toks = self.toks
        return k < hi and (
            toks.lows[k] in ("a", "an", "the", "his", "her", "their")
            or (self.tag(k).startswith(("JJ", "NN")) and toks.texts[k][:1].islower())
        )

    def _person_head(self, k: int) -> bool:
        """A head noun for a person by the word lists (not by its ending: "incident" is no person)."""
        base, nouns = self.toks.bases[k], self.nouns
        return base in self.titles or base in nouns.heads or base in nouns.label_nouns

    def _cast_object(self, verb: int, x: int, lo: int) -> tuple[int, int] | None:
        """Whom the casting verb is about: its object right after it (a pronoun, or a noun phrase for a person:
        "the defendant", "the Republican candidate"), or for a passive ("was presented by …") a pronoun subject
        before it; None for a thing ("described the move as …") or a name (read with the name)."""
        toks = self.toks
        lows = toks.lows
        if toks.lows[x] in NAMED_PRONOUNS:
            return (x, x + 1)
        obj = verb + 1
        if obj < x and lows[obj] in OBJECT_PRONOUNS:
            return (obj, obj + 1)
        if obj < x and lows[obj] in ("the", "his", "her", "their", "its") and lows[obj] != "by":
            heads = [k for k in range(obj + 1, x) if self.tag(k).startswith("NN")]
            if heads and heads[-1] == x - 1 and self._person_head(heads[-1]):
                return (obj, x)  # "the defendant", "the Republican candidate"
            return None
        if obj < x and lows[obj] != "by":
            return None
        k = verb - 1
        while k >= lo and lows[k] in PASSIVE_WORDS:
            k -= 1
        if k >= lo and lows[k] in SUBJECT_PRONOUNS:
            return (k, k + 1)
        if k > lo and toks.texts[k] == ",":
            return self._label_before_comma(k)  # "The shamed tycoon, once hailed as …": a reduced relative
        if k >= lo and lows[k] == "and" and lows[lo] in SUBJECT_PRONOUNS:
            return (lo, lo + 1)  # "He sat with lawmakers … and was presented by … as …": the sentence's subject
        return None

    def _label_before_comma(self, comma: int) -> tuple[int, int] | None:
        """The mention of a category label read right before ``comma`` ("The shamed tycoon,"), in tokens."""
        toks = self.toks
        end = toks.ends[comma - 1]
        for a in reversed(self.out):
            if a.span.end == end and a.how in ("other", "demonstrative"):
                first = bisect_left(toks.starts, a.actor_span.start)
                return (first, comma)
        return None


def _untagged_word(reader, x: int) -> bool:
    """A lower-case word the tagger does not know ("a hothead"): a noun of the label, not punctuation or a name."""
    text = reader.toks.texts[x]
    return not reader.tag(x) and text.isalpha() and text.islower()
