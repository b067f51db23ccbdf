"""Plain words for people and group nouns: when a noun phrase on one is a group that acted (a label), when it
is a group something was done to (not one), and which group "these …" points back to."""

from __future__ import annotations

from bisect import bisect_left

from ...text.tokens import PUNCT
from .names import NameReader
from .words import FINITE_TAGS, LINKING, QUANTITY_HEADS

# Adjectives that say which people, not what they are like ("other people", "many residents").
NOT_CHARACTERISING = frozenset({"other", "many", "more", "most", "few", "several", "some", "such", "own", "same"})
# What happens to people, or what they are given, not what they do ("have died", "were injured", "received
# asylum"): victims or recipients, not a crowd.
VICTIM_WORDS = frozenset(
    {"died", "die", "dead", "killed", "injured", "wounded", "drowned", "missing", "displaced", "trapped", "stranded"}
    | {"perished", "hurt", "evacuated", "rescued", "unaccounted", "homeless"}  # "… were evacuated", "… remain homeless"
    | {"lost"}  # "nearly 40 people have tragically lost their lives", "… lost their homes"
    | {"received", "receive", "receives", "given", "granted", "awarded"}
)
# Verbs of saying right before a subject: what follows is reported speech ("told they are bigots").
REPORTED_BEFORE = frozenset({"told", "tell", "tells", "said", "say", "says", "claimed", "claims", "insisted"})
BE_FORMS = frozenset({"is", "are", "was", "were"})
QUESTION_WORDS = frozenset({"who", "what", "which", "whom", "whose"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Words after which a noun phrase opens a clause; prepositions that may stand between it and its verb.
CLAUSE_OPENERS = frozenset({"that", "when", "as", "after", "while", "before", "because", "and", "but", "until"})
PHRASE_PREPOSITIONS = frozenset({"of", "from", "in", "at", "across", "near", "outside", "inside"})
MAX_PHRASE_TOKENS = 12
# Military ranks that stand in for a holder only (stand_in_synonyms "general = general"; helper s25-labels5).
RANKS = frozenset({"general", "colonel"})
GROUP_LOOKBACK_SENTENCES = 6  # "these young men": the group labelled in the last few sentences


# Verbs of pretending to a role: the category noun after them (or after their "as") is no one's label.
PRETENDING = frozenset(
    {"dressed", "disguised", "posing", "posed", "masquerading", "impersonating", "impersonated", "impersonate"}
)


class PeopleReader(NameReader):
    """Tests on the people nouns of one sentence: characterised, acting, the subject of a predicate."""

    def _subject_before_link(self, first: int, lo: int) -> tuple[int, int] | None:
        """'Some were hardened racists': the subject before the linking verb that ends right before ``first``."""
        toks = self.toks
        if first - 1 < lo or toks.lows[first - 1] not in LINKING:
            return None
        k = first - 1
        while k - 1 >= lo and self.tag(k - 1) != PUNCT and self.tag(k - 1) not in FINITE_TAGS:
            k -= 1
        if k - 1 >= lo and toks.lows[k - 1] in REPORTED_BEFORE:
            return None  # "told they are bigots": someone else's accusation, reported
        if toks.lows[k] in QUESTION_WORDS:
            return None  # "Who is the suspect?": a question, not a name the label is pinned on
        return (k, first - 1) if k < first - 1 else None

    def _age_stand_ins(self, index: int, lo: int, hi: int) -> None:
        """'The 30-year-old was due to testify': an age with no noun after it stands in for the person given
        that age ("20-year-old X", "X, 50,"), else for the person "he" or "she" would be (not a firm named more)."""
        toks = self.toks
        for x in self.ages[bisect_left(self.ages, lo) : bisect_left(self.ages, hi)]:
            det = x - 1
            while det - 1 >= lo and self.tag(det) in ("JJ", "") and toks.texts[det][:1].islower():
                det -= 1  # "The scruffy 30-year-old": an adjective between the determiner and the age
            if det < lo or toks.lows[det] not in DETERMINERS or toks.lows[det] in ("a", "an"):
                continue
            age, owner = toks.lows[x].removesuffix("'s"), toks.lows[x].endswith("'s")  # "the 82-year-old's party"
            if not owner and x + 1 < hi and (self.tag(x + 1).startswith("NN") or self.scanner.capitalised(x + 1)):
                continue  # "the 20-year-old gunman", "the 20-year-old Thomas": read with the noun or the name
            actor = self.by_age.get(age) or self.person_referent()  # an age is a person's, never a firm's
            if actor:
                how = "demonstrative" if toks.lows[det] in ("this", "that") else "other"
                self.emit(det, x + 1, actor, (det, x + 1), how, "category", index)

    def _plural_head(self, i: int) -> bool:
        """Is token ``i`` a plural people noun?"""
        return _plural(self.toks.lows[i], self.nouns.plain_people)

    def _predicate_after(self, index: int, hi: int, j: int, actor: str, mention: tuple[int, int]) -> None:
        """'The suspect was a man from …': a predicate after a category noun is a label on the same actor."""
        toks = self.toks
        if j + 1 >= hi or toks.lows[j] not in LINKING or toks.lows[j + 1] not in ("a", "an", "the"):
            return
        end = self._clause_end(j + 2, hi)
        if any(self.tag(x).startswith("NN") for x in range(j + 2, end)):
            self.emit(j + 1, end, actor, mention, "predicate", "predicate", index)

    def _recent_group(self, index: int) -> tuple[tuple[int, int], str, int] | None:
        """The group labelled last, if within a few sentences: who "these …" most likely points back to."""
        last = self.last_group
        return last if last is not None and index - last[2] <= GROUP_LOOKBACK_SENTENCES else None

    def _did(self, first: int, i: int, hi: int) -> bool:
        """'The people who turned up', 'the men who were doing it': a definite plain noun that a relative clause
        says acted (a past verb, or "were" + "-ing") is the group that did it; not "the people who were hurt".
        A bare plural opening its clause does too ("People who had spent five days digging …")."""
        toks = self.toks
        j = i + 1
        bare = first == i and self._opens_clause(first, self.lo)
        if (toks.lows[first] != "the" and not bare) or j + 1 >= hi or toks.lows[j] != "who":
            return False
        verb = toks.lows[j + 1]
        if verb in VICTIM_WORDS or (self.tag(j + 1) not in ("VBD", "VBZ", "VBP") and verb not in BE_FORMS):
            return False
        return verb not in BE_FORMS or (j + 2 < hi and self.tag(j + 2) == "VBG")

    def _modified(self, first: int, i: int) -> bool:
        """Is there a word before the head other than its determiner ("a baying crowd", "armed groups")?"""
        lows = self.toks.lows
        return any(lows[x] not in DETERMINERS and self.tag(x) not in ("DT", "PRP$") for x in range(first, i))

    def _characterised(self, first: int, i: int) -> bool:
        """A plain people noun with an adjective, a participle, a number or a quantity before it."""
        toks = self.toks
        for x in range(first, i):
            tag = self.tag(x)
            lower = toks.texts[x][:1].islower() or x == self.lo
            participle = not tag and "-" in toks.lows[x] and toks.lows[x].endswith(("ing", "ed"))  # "flag-waving"
            number = toks.texts[x].replace(",", "").isdigit()
            if x == i - 1 and tag == "NN" and lower and _kind_noun(toks.lows[x], toks.lows[i]):
                return True  # "currency traders", "industry executives", "cable pundits": a noun says which kind
            if toks.lows[x] in NOT_CHARACTERISING:
                continue  # "a few hundred workers", "many angry residents": the words after it may count or characterise
            if ((tag.startswith(("JJ", "CD", "VBN", "VBG")) or participle) and lower) or number:
                return True
            if toks.bases[x] in QUANTITY_HEADS:
                return True
        return False

    def _acts(self, i: int, hi: int, first: int, lo: int) -> bool:
        """Is the noun phrase ending at ``i`` the subject of the next verb ("about 700 people gathered")? Not of
        a passive or a state ("four men were detained", "two men are in hospital"): that is done to them. A
        phrase that opens its clause may have a prepositional phrase before its verb ("thousands of nurses
        across the city's hospitals went on strike")."""
        j = self._past_phrase(i + 1, hi) if self._opens_clause(first, lo) else i + 1
        lows = self.toks.lows
        if j + 1 < hi and self.tag(j) == "RB" and lows[j] not in ("not", "never"):
            j += 1  # "some executives privately call …", "protesters later marched" (helper s25-labels)
        if any(w in VICTIM_WORDS for w in lows[j : min(hi, j + 4)]):
            return False  # "thousands of people have died": what happened to them, not what they did
        if j + 1 < hi and lows[j] in ("have", "has", "had") and lows[j + 1] == "been":
            return self.tag(j + 2) == "VBG" if j + 2 < hi else False  # "had been throwing", not "had been held"
        if j + 1 < hi and lows[j] in BE_FORMS:
            # "were throwing bricks", "were among those who …"; not "were detained", "are in hospital"
            return self.tag(j + 1) == "VBG" or lows[j + 1] == "among"
        return j < hi and (self.tag(j) in FINITE_TAGS or self.tag(j) == "VBN" or lows[j] in ("who", "had"))

    def _opens_clause(self, first: int, lo: int) -> bool:
        """Does the noun phrase open its clause (the sentence's start, a comma, a conjunction, "that")?"""
        k = first - 1
        return k < lo or self.tag(k) in (PUNCT, "CC") or self.toks.lows[k] in CLAUSE_OPENERS

    def _past_phrase(self, j: int, hi: int) -> int:
        """After a head noun, the first token past a prepositional phrase if a finite verb ends it ("nurses
        across several hospital systems | went"), else ``j`` itself."""
        toks = self.toks
        if j >= hi or toks.lows[j] not in PHRASE_PREPOSITIONS:
            return j
        for k in range(j + 1, min(hi, j + MAX_PHRASE_TOKENS)):
            tag = self.tag(k)
            if tag == PUNCT or toks.lows[k] in ("who", "which", "that", "and", "or"):
                return j
            if tag in ("VBD", "VBZ", "VBP") and toks.texts[k][:1].islower():
                return k
        return j

    def _unheld_office(self, first: int, i: int, index: int) -> bool:
        """'the state governor', 'the Spanish prime minister' with no governor or prime minister named: a
        qualified office in lower case stands for its holder in this story, a label that is its own mention
        (a bare "the king", a capitalised "the Prime Minister's office" and a historical sentence are left; a rank,
        "the little-known general", "the attorney general's", needs a holder given the rank)."""
        toks = self.toks
        return (
            toks.lows[first] == "the"
            and i - first >= 2
            and toks.lows[i].removesuffix("'s") not in RANKS
            and self._is_title(i)
            and toks.texts[i][:1].islower()
            and index not in self.history
            and index not in self.doc.headings
        )

    def _headline_epithet(self, first: int, i: int, index: int) -> bool:
        """'Runaway president bolts …': a headline drops its articles, so a modified stand-in opening it is one
        (an unmodified "president" is still just a word)."""
        return index in self.doc.headings and first == self.lo and first < i and self.tag(first) != "DT"

    def _pretended(self, first: int, lo: int) -> bool:
        """A role someone pretends to ("dressed as a firefighter", "impersonating a police officer"): no actor
        holds it. (An indefinite possessive stays a label: "a would-be assassin's bullet".)"""
        lows = self.toks.lows
        before = lows[first - 1] if first - 1 >= lo else ""
        if before in PRETENDING:
            return True
        return before == "as" and first - 2 >= lo and lows[first - 2] in PRETENDING

    def _stand_in_head(self, i: int) -> bool:
        return self.toks.bases[i] in self.nouns.stand_in_heads


# Nouns before a people noun that say whose they are, not what kind ("government troops", "police officers"), and the
# plainest heads, before which a noun is most often a mistagged adjective ("earnest people").
OWNER_NOUNS = frozenset({"government", "army", "police", "security", "state", "regime", "military"})
BASIC_PEOPLE = frozenset({"people", "men", "women", "individuals"})


def _kind_noun(modifier: str, head: str) -> bool:
    """Does a noun right before a plain people noun say which kind of people they are (helper s25-labels)?"""
    return modifier not in OWNER_NOUNS and head not in BASIC_PEOPLE and not modifier.endswith(("'s", "’s"))


def _plural(word: str, plain_people: frozenset[str]) -> bool:
    """A plural people noun ("thugs", "people", "men"): what "these" and "those" point back to."""
    return word in plain_people or (word.endswith("s") and not word.endswith("ss"))
