"""Category nouns: a noun phrase whose head is a word for people in a group or a role is a label on the actor
it stands for (an unnamed crowd, or the person given that title earlier)."""

from __future__ import annotations

from bisect import bisect_left

from ...text.tokens import PUNCT
from .modifiers import name_head
from .people import DETERMINERS, PeopleReader
from .words import (
    DEMONSTRATIVES,
    FORMER_QUALIFIERS,
    GENERIC_WORDS,
    NATIONALITY_ENDINGS,
    PLAIN_GROUP_HEADS,
    QUANTITY_HEADS,
)

# Verbs whose complement is a designation ("called a thug", "branded thugs").
CALLING = frozenset({"called", "branded", "labelled", "labeled", "dubbed", "termed", "calling", "call", "calls"})
APPROXIMATELY = frozenset({"about", "around", "some", "nearly", "almost", "over", "more", "fewer", "up"})
NEGATIONS = frozenset({"not", "never", "no", "nor"})
# What opens a designation's complement after its object ("called the leader a 'crook'", "branded them “traitors”").
COMPLEMENT_OPENERS = frozenset({"a", "an", '"', "“", "'", "‘"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SINGULAR_DEMONSTRATIVES = frozenset({"this", "that"})
# What turns a country's name into its adjective: Bangladesh-i, Pakistan-i, Syria-n, Kenya-n.
DEMONYM_ENDINGS = ("i", "n", "an", "ian")


class CategoryReader(PeopleReader):
    """Finds category-noun labels in one sentence."""

    def _np_before(self, i: int, lo: int) -> int:
        """The first token of the noun phrase whose head is token ``i``: its modifiers and determiner."""
        toks = self.toks
        k = i
        adjective = False
        while k - 1 >= lo:
            tag, word = self.tag(k - 1), toks.texts[k - 1]
            if toks.lows[k - 1] in SINGULAR_DEMONSTRATIVES and self._plural_head(i):
                break  # "reported that hard-right agitators …": a conjunction, not "that mob"
            if tag in ("DT", "PRP$", "PDT") or toks.lows[k - 1] in DEMONSTRATIVES:
                k -= 1
                break
            if adjective and tag.startswith("NN") and not word[:1].isupper() and "'" not in word:
                break  # "the extraordinary moment jubilant crowds": a noun before the adjectives ends the phrase
            adjective = adjective or tag.startswith("JJ")
            if (
                tag.startswith(("JJ", "NN", "CD", "RBS"))
                or (tag == "" and ("-" in word or word.replace(",", "").isdigit()))
                or (tag == "" and toks.lows[k - 1] in self.by_body)  # "the former FTX chief"
                or word.endswith("'s")
            ):
                k -= 1
                continue
            if tag == "VBN" and k == i:  # "bloodied", "masked" right before the head
                k -= 1
                continue
            if tag == "VBD" and k == i and k - 2 >= lo and self.tag(k - 2) == "DT" and self._stand_in_head(i):
                k -= 1  # "the hated strongman": a past form between a determiner and an epithet is a participle
                continue
            if tag == "RB" and self.tag(k).startswith("JJ"):
                k -= 1
                continue
            break
        if k - 1 >= lo and toks.texts[k][:1].isdigit() and toks.lows[k - 1] in APPROXIMATELY:
            k -= 1  # "about 700 people"
        if k - 2 >= lo and toks.lows[k - 1] == "of" and toks.bases[k - 2] in QUANTITY_HEADS:
            k -= 2  # "hundreds of rioters", "gangs of men"
            if (k - 1 >= lo and self.tag(k - 1) in ("DT", "CD", "JJ")) or (k - 1 >= lo and toks.lows[k - 1] == "about"):
                k -= 1
        return k

    def _category(self, index: int, lo: int, hi: int) -> None:
        toks = self.toks
        self._sentence_of_head = index
        for i in self.heads[bisect_left(self.heads, lo) : bisect_left(self.heads, hi)]:
            base = toks.bases[i]
            nouns = self.nouns
            stand_in = base in nouns.stand_in_heads
            plain = base in nouns.plain_people
            if not (base in nouns.group_heads or stand_in or plain) or self._bare_before(i, lo, base):
                continue  # "the opposition", "a group": a bare group word, read no further
            if self._compound_goes_on(i, hi) or name_head(self, i, index):
                continue  # the noun phrase goes on, or the group word ends a name ("Economic Freedom Fighters")
            first = self._np_before(i, lo)
            words = {toks.lows[x] for x in range(first, i)}
            if words & GENERIC_WORDS:
                continue  # "every protester", "the next shooter": nobody in particular
            if first - 1 >= lo and toks.lows[first - 1] in NEGATIONS:
                continue  # "they are not a mob": the writer denies the label
            if self._pretended(first, lo):
                continue  # "dressed as a firefighter", "impersonating a firefighter": a role pretended
            if (
                first - 1 >= lo
                and toks.lows[first - 1] in CALLING
                and not toks.texts[i].endswith(("'s", "’s"))
                and not (stand_in and i + 1 < hi and toks.lows[i + 1] in COMPLEMENT_OPENERS)  # "called the leader a …"
            ):
                continue  # "was called a thug": the complement of someone's designation
            if base in nouns.bare_groups and not (
                self._modified(first, i) and (base in PLAIN_GROUP_HEADS or self._acts(i, hi, first, lo))
            ):
                continue  # "the crowd", "a group": who was there; "armed groups entered …" characterises them
            acts = plain and (self._acts(i, hi, first, lo) or self._subject_before_link(first, lo) is not None)
            if plain and not ((self._characterised(first, i) and acts) or self._did(first, i, hi)):
                continue  # "people", "the residents", "charged 27 people": plain words, not a label on the crowd
            if not stand_in and index in self.history:
                continue  # "when peaceful protesters filled the streets in 2011": another story's crowd
            if stand_in and self._someone_elses_office(first, i, lo):
                continue  # "Syrian President Bashar" is read with the name; "the Kremlin's spokesman" is theirs
            self._category_label(index, lo, hi, first, i, stand_in)

    def _category_label(self, index: int, lo: int, hi: int, first: int, i: int, stand_in: bool) -> None:
        toks = self.toks
        base, low0 = toks.bases[i], toks.lows[first]
        how = "demonstrative" if low0 in DEMONSTRATIVES else "other"
        mention: tuple[int, int] = (first, i + 1)
        actor = " ".join(toks.texts[first : i + 1])
        pending = False
        after = self._apposed_name(i + 1, hi)
        owner = self._owner_name(first, i, lo, hi)
        if after is not None:  # "The sicko sniper, 20-year-old loner Thomas Crooks", "Its leader, Ahmed al-Sharaa"
            mention, actor, how = after[0], after[1], "apposition"
        elif owner is not None:  # "Hezbollah terrorists", "militants of the Hayat Tahrir al-Sham group"
            mention, actor, how = owner[0], owner[1], owner[2]
        elif stand_in:
            if low0 not in DEFINITE and self.tag(first) != "PRP$" and not self._headline_epithet(first, i, index):
                return  # a bare "president" is a word, "a candidate" anyone: not a stand-in
            resolved = self._stand_in_for(first, i)
            unheld = self.by_head.get(f"office:{base}") if resolved is None else None
            if unheld is not None:  # "the state governor" …; "the governor blamed …": the same unnamed holder
                mention, resolved = unheld[0], unheld[1]
            elif resolved is None:
                if not self._unheld_office(first, i, index):
                    return
                self.by_head[f"office:{base}"] = (mention, actor, index)
            actor, pending = resolved or actor, resolved == ""  # a headline's "the fugitive president": at the end
        else:
            subject = self._subject_before_link(first, lo)
            if subject is not None:
                mention, how = subject, "predicate"
            elif how == "demonstrative":
                earlier = self.by_head.get(base) or (self._recent_group(index) if self._plural_head(i) else None)
                if earlier is not None:  # "these thugs" after "hard-right agitators": the same crowd
                    mention, actor = earlier[0], earlier[1]
            self.by_head.setdefault(base, (mention, actor, index))
        emitted = len(self.out)
        self.emit(first, i + 1, actor, mention, how, "category", index)
        if stand_in and not pending and len(self.out) > emitted and _described_after(toks, i, hi):
            self._apposition_after(index, lo, hi, i + 1, actor, mention)  # "The judge, a former …," (s25-labels)
        if len(self.out) > emitted and how != "predicate":
            self._predicate_after(index, hi, i + 1, actor, mention)
        if pending and len(self.out) > emitted:
            self.pending.append(emitted)
        elif len(self.out) > emitted and not stand_in and how in ("other", "predicate") and self._plural_head(i):
            self.last_group = (mention, actor, index)

    def _bare_before(self, i: int, lo: int, base: str) -> bool:
        """A group word ("group", "opposition", "crowd") with nothing but a determiner or a clause boundary
        before it: it will not be a label, and it is the commonest head, so it is let go at once."""
        if base not in self.nouns.bare_groups:
            return False
        k = i - 1
        return k < lo or self.toks.lows[k] in DETERMINERS or self.tag(k) in ("DT", "PRP$", "IN", "CC", PUNCT)

    def _compound_goes_on(self, i: int, hi: int) -> bool:
        """Does the noun phrase go on after token ``i`` ("rebel fighters", "President Putin")? A noun-tagged
        word that is the verb of the clause ("the mob storms the hotel", "thugs chant …") does not."""
        toks = self.toks
        j = i + 1
        if j >= hi or toks.texts[i].endswith(("'s", "’s")):
            return False  # "the dictator's downfall": a possessive ends its noun phrase
        if self.scanner.capitalised(j):
            return True
        if not self.tag(j).startswith("NN"):
            return False
        if self._sentence_of_head not in self.doc.headings:
            return True  # in running text two nouns are a compound ("the grooming gangs scandal")
        plural_head = toks.lows[i].endswith("s")
        verb_like = toks.lows[j].endswith("s") and not toks.lows[j].endswith("ss")
        after = self.tag(j + 1) if j + 1 < hi else PUNCT
        if plural_head and not verb_like and (after in ("DT", "IN", "PRP$", "TO", PUNCT) or j + 1 >= hi):
            return False  # "thugs chant ‘…’"
        return not (not plural_head and verb_like and after in ("DT", "NN", "NNS", "PRP$", "IN"))

    def _someone_elses_office(self, first: int, i: int, lo: int) -> bool:
        """A capitalised word in a stand-in's phrase that is neither a title nor a nationality names another
        body ("the Kremlin's spokesman", "UAE President"); a possessive names another office holder."""
        toks = self.toks
        for x in range(first, i):
            if x == lo and (toks.lows[x] in DEFINITE or self.tag(x) == "JJ"):
                continue  # "The …", "Runaway president …": capitalised as the sentence's first word
            word = toks.texts[x]
            if word.endswith("'s") and toks.lows[x] not in ("his", "her", "its"):
                return True
            if toks.lows[x] in self.by_body:
                continue  # "the former FTX chief" after "FTX founder X": the body of a title given to a name
            if self.scanner.capitalised(x) and not self._is_title(x) and not word.endswith(NATIONALITY_ENDINGS):
                return True
        return False

    def _stand_in_for(self, first: int, i: int) -> str | None:
        """Who "the former president" is: the person given that title (with a qualifier, the one given it with
        one), else the person named most often; "" if nobody is named yet (a headline), None to abstain."""
        toks = self.toks
        base = toks.bases[i]
        qualified = any(toks.lows[x] in FORMER_QUALIFIERS for x in range(first, i))
        if qualified and base in self.by_former:
            return self.by_former[base]
        found = self.by_title.get(base) if not qualified else None
        for other in () if found or qualified else self.nouns.synonyms.get(base, ()):
            found = found or self.by_title.get(other)  # "the premier" after "Prime Minister X"
        found = found or next((self.by_body[w] for w in toks.lows[first:i] if w in self.by_body), None)
        if found:
            return found
        if base not in self.nouns.epithets and not qualified:
            return None  # "the king" with no king named: abstain
        return self.protagonist() or ""

    def _owner_name(self, first: int, i: int, lo: int, hi: int) -> tuple[tuple[int, int], str, str] | None:
        """The name a group noun belongs to: right before it ("Hezbollah terrorists") or after "of" ("militants
        of the Hayat Tahrir al-Sham group")."""
        toks = self.toks
        base = toks.bases[i]
        if base not in self.nouns.group_heads:
            return None
        k = first - 1
        if (
            first == i
            and k > lo
            and self._cap(k, lo)
            and not self._is_title(k)
            and self.tag(k - 1) != "DT"
            and not self._demonym(k)
        ):
            return (k, k + 1), self._actor_of(k, k + 1), "premodifier"
        if i + 2 < hi and toks.lows[i + 1] == "of":
            start = i + 2 + (toks.lows[i + 2] == "the")
            runs = [r for r in self.names(start, min(hi, start + 6), lo) if r[0] == start]
            if runs and " ".join(toks.lows[runs[0][0] : runs[0][1]]) not in self.nouns.places:  # not "… of Syria"
                return runs[0], self._actor_of(*runs[0]), "other"
        return None

    def _demonym(self, k: int) -> bool:
        """'Bangladeshi protesters', 'Syrian civilians': a nationality adjective (tagged one, or a country of the
        lexicon's metonyms plus an ending) says where a group is from; it is not a name that owns the group."""
        if self.tag(k) == "JJ":
            return True
        word = self.toks.lows[k]
        countries = self.nouns.countries
        return any(word.endswith(e) and word[: -len(e)] in countries for e in DEMONYM_ENDINGS)

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
        start, identified = k + 1, False
        if toks.lows[start] in ("identified", "named"):  # ", identified by the FBI as 20-year-old X"
            at = next((x for x in range(start + 1, min(hi, start + 8)) if toks.lows[x] == "as"), None)
            start, identified = (at + 1, True) if at is not None else (start, False)
        runs = [r for r in self.names(start, hi) if r[0] <= start + 3]
        if not runs:
            return None
        first, last = runs[0]
        between = range(k + 1, first)
        if not identified and any(
            not (self.tag(x).startswith(("JJ", "NN", "CD")) or "-" in toks.texts[x]) for x in between
        ):
            return None  # ", identified by the FBI as …", ", whatever the Moncloa's …": not an apposed name
        split = max((x for x in range(first, last - 1) if self._is_title(x)), default=None)
        name_first = split + 1 if split is not None else first
        return (name_first, last), self._actor_of(name_first, last)


def _described_after(toks, i: int, hi: int) -> bool:
    """After a stand-in, ", a …" or ", who is/was …": what the person is (helper s25-labels); not an act ("who once
    commanded …") nor an absolute phrase ("the monarch, his suit splattered …")."""
    if i + 3 >= hi or toks.texts[i + 1] != ",":
        return False
    nxt = toks.lows[i + 2]
    return nxt in ("a", "an") or (nxt == "who" and toks.lows[i + 3] in ("is", "was"))
