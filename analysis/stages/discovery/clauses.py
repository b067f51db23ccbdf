"""Tests on the clause around a name: is it the subject, is an apposition an office or an affiliation, does a
predicate describe a place."""

from __future__ import annotations

from .designations import DesignationReader
from .words import ARTICLES, DESIGNATING, DESIGNATING_VERBS, FAMILY_NOUNS, FINITE_TAGS, LINKING, ORG_HEADS

# Words before an office in an apposition without an article ("X, former prime minister of …").
ROLE_QUALIFIERS = frozenset(
    {"former", "acting", "interim", "deputy", "then", "now", "outgoing", "new", "current", "senior"}
)
# Words before a name that make it the object of something, not the subject a predicate is about.
NOT_A_SUBJECT_TAGS = ("VB", "IN", "TO")
# ... except verbs of saying and thinking, which open a clause with its own subject ("police said X was a …").
CLAUSE_VERBS = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "believe",
        "believed",
        "believes",
        "think",
        "thinks",
        "thought",
        "claimed",
        "claims",
        "reported",
        "knew",
        "know",
        "knows",
        "confirmed",
        "added",
        "insisted",
        "noted",
        "argued",
        "warned",
        "that",
    }
)


# Personal pronouns a predicate label may follow ("He was a disciple of …", "They are nurses, …").
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# Where such a clause may open: the sentence's start, or after "that", "and", "but", a comma.
PRONOUN_OPENERS = frozenset({"that", "and", "but", ","})
# Adverbs between the verb and the predicate ("he was also a gambler").
PREDICATE_ADVERBS = frozenset({"also", "still", "now", "once", "always", "simply", "merely", "really", "clearly"})
# Heads of a predicate that says where or how much, not what someone is ("a long way from", "a lot of").
NOT_A_ROLE = frozenset(
    {"way", "lot", "bit", "matter", "question", "time", "day", "year", "moment", "part", "number", "result"}
    | {"sign", "step", "case", "fact", "thing", "problem", "reason", "chance", "surprise", "shock", "relief"}
    | {"reminder", "example", "measure", "test", "lesson", "warning", "mystery", "risk"}
)


class ClauseReader(DesignationReader):
    """Clause tests the label reader asks around one name."""

    def _bare_role(self, k: int, end: int) -> bool:
        """'X, commander of the …,' / 'X, former prime minister of …,': an office with no article, then "of",
        "for" or "at" (the body it is held in)."""
        toks = self.toks
        x = k
        while x < end and toks.texts[x][:1].islower() and toks.lows[x] in ROLE_QUALIFIERS:
            x += 1
        roles = x
        while (
            x < end and toks.texts[x][:1].islower() and (self._is_title(x) or toks.bases[x] in self.nouns.label_nouns)
        ):
            x += 1
        if roles < x == end and toks.lows[k] in ("then", "now"):
            return True  # "X, then chancellor,", "X, now ambassador,": the whole apposition is a dated office
        if not (roles < x < end and toks.lows[x] in ("of", "for", "at")):
            return False
        return not any(self.tag(y) in FINITE_TAGS for y in range(x, end))  # ", commander of the guard X resigned"

    def _reduced_designation(self, k: int, end: int) -> tuple[int, int] | None:
        """'a group Moscow still calls terrorist', 'a group the Supreme Court has banned as …': a noun, a
        name (the agent), then a designating verb. Returns where the agent starts and where the verb is."""
        toks = self.toks
        x = k + 1
        while x < end and toks.texts[x][:1].islower() and (self.tag(x) == "" or self.tag(x).startswith(("JJ", "NN"))):
            x += 1  # the noun and its modifiers ("" = a word the tag list does not know: "jihadist")
        agent = x
        if agent == k + 1 or agent >= end:
            return None
        x += toks.lows[x] == "the"
        if x >= end or not toks.texts[x][:1].isupper():
            return None
        while x < end and toks.texts[x][:1].isupper():
            x += 1
        x += x < end and toks.lows[x] in ("still", "now", "has", "have", "had", "also")
        x += x < end and toks.lows[x] in ("has", "have", "had")
        if x < end and (toks.lows[x] in DESIGNATING_VERBS or toks.lows[x] in DESIGNATING):
            return agent, x
        return None

    def _affiliation(self, k: int, end: int) -> bool:
        """'Mazón, of the conservative Popular Party,': "of" and a name ending on a party or a group word."""
        toks = self.toks
        if toks.lows[k] != "of" or end - k < 3 or end >= len(toks) or toks.texts[end] != ",":
            return False
        return toks.texts[end - 1][:1].isupper() and toks.lows[end - 1] in ORG_HEADS

    def _inside_phrase(self, mention: tuple[int, int], lo: int) -> bool:
        """'One man from Afghanistan, who …': a name after a noun and a preposition; the clause is the noun's."""
        toks = self.toks
        k = mention[0] - 1
        if k >= lo and self.tag(k) == "DT":
            k -= 1
        return (
            k - 1 >= lo
            and self.tag(k) == "IN"
            and toks.lows[k] != "of"
            and self.tag(k - 1).startswith("NN")
            and not toks.texts[k - 1][:1].isupper()  # "on Monday after X, the …": a date, not a noun X belongs to
        )

    def _is_subject(self, mention: tuple[int, int], lo: int) -> bool:
        """Is the name the subject of the verb after it ("X was a …"), not an object ("the attempt to kill X was")?"""
        toks = self.toks
        k = mention[0] - 1
        while k >= lo and (self._is_title(k) or self.tag(k).startswith(("JJ", "NNP")) or toks.lows[k] in ARTICLES):
            k -= 1
        return k < lo or not self.tag(k).startswith(NOT_A_SUBJECT_TAGS) or toks.lows[k] in CLAUSE_VERBS

    def _place_predicate(self, k: int, end: int) -> bool:
        """'America is a country with …', 'X, a quiet mountain village': a phrase whose head (the last noun of
        its first run of modifiers and nouns) is a word for a place describes a place, not a label on an actor;
        'a street movement' is a movement."""
        toks = self.toks
        head = None
        for x in range(k + 1, end):
            tag = self.tag(x)
            if not tag.startswith(("JJ", "NN")) and tag != "":
                break
            if tag.startswith("NN"):
                head = x
        return head is not None and toks.bases[head] in self.nouns.place_heads

    def _place_last(self, k: int, end: int) -> bool:
        """'the state's only maximum-security prison': a phrase with no preposition whose last noun is a place."""
        tags = [self.tag(x) for x in range(k + 1, end)]
        return (
            bool(tags) and tags[-1] == "NN" and "IN" not in tags and self.toks.bases[end - 1] in self.nouns.place_heads
        )

    def _place_or_kin(self, k: int, end: int) -> bool:
        """An apposition on a place ("a quiet mountain village") or a kinship ("a younger brother of X", "the
        great-grandson of the founder"): a relation, not a label; "a mother of three", "the son of two law professors"
        characterise, and stay (ftx-collapse-2022 gold)."""
        if self._place_predicate(k, end) or self._place_last(k, end) or self._owned_kin(k, end):
            return True
        x = k + 1
        while x < end and (self.tag(x).startswith(("JJ", "NN")) or self.tag(x) == "") and self.toks.lows[x] != "of":
            x += 1
        if x + 1 >= end or self.toks.lows[x] != "of" or x == k + 1 or self.tag(x + 1) == "CD":
            return False
        kin = self.toks.bases[x - 1].removeprefix("great-").removeprefix("great-").removeprefix("step")
        return kin in FAMILY_NOUNS

    def _owned_kin(self, k: int, end: int) -> bool:
        """'X, Depp's girlfriend in the 1990s,', 'X, his wife,': a possessive and a relative's noun say whose
        relation X is, not what X is (helper s25-labels5); "X, Depp's lawyer," is a role and stays."""
        toks = self.toks
        owner = toks.texts[k].endswith(("'s", "’s")) and toks.texts[k][:1].isupper()
        if not owner and toks.lows[k] not in ("his", "her", "their"):
            return False
        x = k + 1
        while x < end and self.tag(x).startswith("JJ"):
            x += 1
        return x < end and toks.bases[x] in FAMILY_NOUNS

    def _pronoun_predicate(self, index: int, lo: int, hi: int) -> None:
        """'He was a disciple of …', 'It is clear that he was also a gambler who …', 'They are nurses, …': a
        predicate noun phrase after a personal pronoun opening its clause is a label on whom the pronoun is;
        the pronoun is its mention (the actor: the article's main person for "he" and "she", else the pronoun)."""
        toks = self.toks
        lows = toks.lows
        for p in range(lo, hi - 2):
            if lows[p] not in SUBJECT_PRONOUNS or (p > lo and lows[p - 1] not in PRONOUN_OPENERS):
                continue
            k = p + 1
            if lows[k] not in LINKING:
                continue
            k += 1
            while k < hi and lows[k] in PREDICATE_ADVERBS:
                k += 1
            if k >= hi or not self._role_phrase(k, hi, lows[p] == "they"):
                continue
            end = self._clause_end(k + 1, hi)
            if self._place_predicate(k, end):
                continue
            named = (self.person_referent() if lows[p] != "they" else "") or toks.texts[p]
            self.emit(k, end, named, (p, p + 1), "predicate", "predicate", index)

    def _role_phrase(self, k: int, hi: int, plural: bool) -> bool:
        """Does a noun phrase for what someone is start at ``k`` ("a disciple", "an heir"; for "they" also a bare
        plural, "nurses")? Not a kinship ("the daughter of"), an amount or a manner ("a long way", "a lot")."""
        toks = self.toks
        low = toks.lows[k]
        if low in ("a", "an"):
            start = k + 1
        elif low == "the":
            start = k + 1
            if not any(self._personish(x) for x in range(start, min(hi, start + 3))):
                return False  # "the first to …", "the only one": not a role
        elif plural and self.tag(k) == "NNS":
            start = k
        else:
            return False
        heads = [x for x in range(start, min(hi, start + 4)) if self.tag(x).startswith("NN")]
        return bool(heads) and toks.bases[heads[0]] not in NOT_A_ROLE | FAMILY_NOUNS


def name_list(toks, k: int, end: int) -> bool:
    """Does the phrase after a name's comma, tokens ``k`` to ``end``, continue a list of names ("The United States,
    the European Union and Turkey list …")? A name (after "the"), then "and" / "or" and another name: a
    coordination, not an apposition."""
    first = k + 1 if toks.lows[k] == "the" else k
    if first >= end or not toks.texts[first][:1].isupper():
        return False
    for x in range(first + 1, end - 1):
        if toks.lows[x] in ("and", "or"):
            nxt = x + 2 if toks.lows[x + 1] == "the" and x + 2 < end else x + 1
            return toks.texts[nxt][:1].isupper()
    return False
