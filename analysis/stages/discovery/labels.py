"""Labels joined to a name by syntax: titles and pre-modifiers, appositions (after the name and before it),
relative clauses, predicates and designations."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...text.tokens import PUNCT
from .clauses import PREDICATE_ADVERBS, ClauseReader, name_list
from .history import past_in_year, predecessor_term
from .modifiers import (
    alias,
    closes_apposition,
    demonym_head,
    demonym_stand_in,
    kin,
    led_by_person,
    names_another,
    orientation_before,
    party_noun,
    place_continues,
    reduced_relative,
    time_apposition,
)
from .relatives import reports_act
from .words import (
    ARTICLES,
    COURTESY,
    DESIGNATING,
    DESIGNATING_VERBS,
    FAMILY_NOUNS,
    FINITE_TAGS,
    LINKING,
    MAX_NAME_TOKENS,
    ORG_HEADS,
    POST_NOMINALS,
    RELATIVES,
)

_AGE = re.compile(r"\d{1,3}-year-old")
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
ALIAS_BEFORE = frozenset({"as", "the", "aka", "alias", "formerly"})
APPOSITION_STARTS = frozenset({*ARTICLES, "its", "his", "her", "their"})


class LabelReader(ClauseReader):
    """Reads the names of one sentence and the labels syntax joins to each."""

    def _name_labels(self, index: int, lo: int, hi: int, first: int, last: int) -> None:
        toks = self.toks
        bases, texts, lows = toks.bases, toks.texts, toks.lows
        # a title inside the run: everything up to its last office word ("Secret Service Director Kimberly Cheatle")
        split = None
        if last - first > 1:
            for k in range(first, last - 1):
                if bases[k] in self.titles:
                    split = k
        if split is not None and texts[split].endswith(("'s", "’s")):
            return  # "Prime Minister's Questions", "the President's Office": an office's thing, not a title + name
        name_first = split + 1 if split is not None else first
        if split is not None and last - name_first == 1 and toks.lows[name_first] in self.nouns.institutions:
            return  # "the Justice Department", "the Defence Ministry": an office's body, not a title + name
        post = last - 1 > name_first and texts[last - 1] in POST_NOMINALS
        if post:
            last -= 1  # "Judge Martin Hale KC": the letters after the name are a title
        if last - name_first > MAX_NAME_TOKENS or name_first >= last:
            return
        if toks.lows[last - 1] in self.nouns.place_names:
            return  # "King Street", "the Key Bridge": a place, not an actor with a title
        if bases[last - 1] in self.titles and all(bases[k] in self.titles for k in range(name_first, last)):
            return
        after = texts[last] if last < hi else ""
        if after[:1].islower() and _modifier_run(self, last, hi):
            return  # "the Islamist faction Hayat Tahrir al-Sham": "Islamist" is part of the next name's label
        actor = demonym_stand_in(self, index, lo, hi, name_first, last) or self._actor_of(name_first, last)
        if (last - name_first > 1 or " " in actor) and not any(
            texts[k].endswith("'s") for k in range(name_first, last - 1)
        ):
            self.counts[actor] = self.counts.get(actor, 0) + 1  # a surname alone counts for its full name
        mention = (name_first, last)
        before = lows[first - 1] if first > lo else ""
        if before in ALIAS_BEFORE and alias(self, first, lo) and self.last_named is not None:
            actor, mention = self.last_named  # "David Miles, known online as the English Wanderer, a core activist"
        else:
            self.last_named = (actor, mention)
            emitted = len(self.out)
            labelled = self._label_before(index, lo, first, split, actor, mention) or (
                split is None and orientation_before(self, index, lo, first, actor, mention)
            )
            if before == "," and (not labelled or split is not None):  # "A police spokesman, Senior Supt X,"
                _apposition_before(self, index, lo, first, actor, mention)
            elif len(self.out) > emitted and split is None:
                _apposition_before_label(self, index, lo, actor, mention)
            if _designated(self, first, last, lo):
                self._designated_object(index, lo, hi, first, last, actor, mention)
            if "by" in lows[max(lo, first - 5) : first]:
                self._led_by(index, lo, first, actor, mention)
        if post or after in POST_NOMINALS:
            self.emit(last, last + 1, actor, mention, "title", "name before label", index)  # "Martin Hale KC"
            last += 1
            after = texts[last] if last < hi else ""
        if last + 1 < hi and lows[last] in REFLEXIVES and lows[last + 1] in LINKING:
            last += 1  # "Fain himself is a …": the emphatic pronoun belongs to the name (helper s25-labels)
        if last < hi and (
            after in ("(", ",", "of")
            or lows[last] in LINKING
            or lows[last] in DESIGNATING_VERBS
            or bases[last] in ORG_HEADS
        ):
            self._after_name(index, lo, hi, last, actor, mention)

    def _label_before(
        self, index: int, lo: int, first: int, split: int | None, actor: str, mention: tuple[int, int]
    ) -> bool:
        """The words before the run that end on a person noun ("Kremlin spokesman", "far-right group"), or an
        age ("20-year-old Thomas Crooks"); True if a label was read there."""
        toks = self.toks
        label_first = first if split is not None else None
        head = split if split is not None else first - 1
        if (
            split is None
            and first - 1 >= lo
            and self.tag(first - 1) != PUNCT
            and (self._personish(first - 1) or _AGE.fullmatch(toks.lows[first - 1]) or kin(self, first - 1, lo))
        ):
            label_first = first - 1
        if label_first is None:
            return False
        if split is None and label_first - 1 >= lo and toks.lows[label_first - 1] in ("a", "an"):
            return True  # "a group Moscow still calls …": a reduced relative, not a title
        before = self.scanner.before(label_first + 1 if split is None else first, lo)
        if (
            before is not None
            and before[0] < label_first
            and (toks.lows[before[0]] not in ARTICLES or before[0] + 1 < label_first)
        ):
            label_first = before[0]
        ofs = [k for k in range(label_first + 1, head) if toks.lows[k] == "of" and toks.bases[k - 1] in FAMILY_NOUNS]
        if ofs:
            label_first = (
                ofs[-1] + 1
            )  # "the British-born wife of ousted Syrian dictator X": his title starts after "of"
        label_first = _after_predicate(self, label_first, head, lo)
        times = [k for k in range(label_first, head) if toks.lows[k] in self.time_words]
        if times:
            label_first = times[-1] + 1  # "on Thursday morning Mr Johnson": the time is not part of the title
        if label_first > head:
            return True  # "decided to grant al-Assad": a verb, not a title
        while label_first < head and (toks.lows[label_first] in ARTICLES or toks.texts[label_first].isdigit()):
            if toks.lows[label_first] in ("a", "an"):
                return True
            label_first += 1
        how = "title" if self._is_title(head) else "premodifier"
        if all(toks.lows[k] in COURTESY for k in range(label_first, head + 1)):
            return True  # "Mr Putin": house style, not a label
        if label_first <= head:
            self.emit(label_first, head + 1, actor, mention, how, "label before name", index)
        for k in range(label_first, head + 1):
            if _AGE.fullmatch(toks.lows[k]):
                self.by_age[toks.lows[k]] = actor  # "20-year-old Thomas Crooks": "the 20-year-old" later is him
        qualified = any(toks.lows[k] in self.former for k in range(label_first, head + 1))
        for k in range(label_first, head + 1):
            if toks.texts[k][:1].isupper() and not self._is_title(k) and not toks.texts[k].endswith(("'s", "’s")):
                self.by_body.setdefault(toks.lows[k], actor)  # "FTX founder X": "the former FTX chief" is X
            if self._is_title(k) or (k == head and toks.bases[k] in self.nouns.epithets):
                self.by_title[toks.bases[k]] = actor  # "economist X": "the economist" later is X
                if qualified:
                    self.by_former[toks.bases[k]] = actor
        return True

    def _after_name(self, index: int, lo: int, hi: int, j: int, actor: str, mention: tuple[int, int]) -> None:
        toks = self.toks
        if j >= hi:
            return
        if closes_apposition(self, lo, hi, j, mention):
            self._linked(index, lo, hi, j + 1, actor, mention)  # "Its leader, President X, is a …"
            return
        j = _past_home(toks, j, hi)  # "Senator Tim Scott of South Carolina, the committee's top Republican,"
        if toks.texts[j] == "(" and j + 3 < hi and toks.texts[j + 2] == ")" and toks.texts[j + 1].isupper():
            j += 3  # "Hayat Tahrir al-Sham (HTS), a former al-Qaeda affiliate,": the acronym is the name again
        if toks.texts[j] == ",":
            end = self._apposition_after(index, lo, hi, j, actor, mention)
            if end is not None and end < hi and toks.texts[end] == "," and end + 1 < hi:
                self._linked(index, lo, hi, end + 1, actor, mention)  # "HTS, which …, is listed as …"
            return
        if toks.bases[j] in ORG_HEADS and j + 2 < hi and toks.texts[j + 1] == "(":
            j += 1  # "the Hayat Tahrir al-Sham group (banned in Russia as …)"
        if toks.texts[j] == "(" and j + 1 < hi and toks.lows[j + 1] in DESIGNATING:
            self._designation(index, hi, j + 1, actor, mention)  # "the HTS group (banned in Russia as …)"
            return
        self._linked(index, lo, hi, j, actor, mention)

    def _linked(self, index: int, lo: int, hi: int, j: int, actor: str, mention: tuple[int, int]) -> None:
        """'X is a …' (a predicate), 'X is (internationally) recognised as …', 'X was branded …' (designations)."""
        toks = self.toks
        low = toks.lows[j]
        if low in DESIGNATING_VERBS and j + 2 < hi and toks.lows[j + 1] in REFLEXIVES and toks.lows[j + 2] == "as":
            self._designation(index, hi, j + 2, actor, mention)  # "Revuelta presents itself as …"
            return
        if low not in LINKING or j + 1 >= hi:
            return
        k = j + 1
        if toks.lows[k] in ("been", "being"):
            k += 1
        if k + 1 < hi and toks.lows[k] in PREDICATE_ADVERBS and toks.lows[k + 1] in ARTICLES:
            k += 1  # "X is now the weaker partner"
        adverb = k + 1 < hi and toks.lows[k].endswith("ly") and toks.lows[k + 1] in DESIGNATING
        if (adverb or (k < hi and toks.lows[k] in DESIGNATING)) and self._is_subject(mention, lo):
            self._designation(index, hi, k, actor, mention)  # "is (internationally) recognized as …"
        elif k < hi and toks.lows[k] in ARTICLES and self._is_subject(mention, lo):
            end = self._clause_end(k + 1, hi)
            if not self._place_predicate(k, end):
                self.emit(k, end, actor, mention, "predicate", "predicate", index)

    def _apposition_after(
        self, index: int, lo: int, hi: int, j: int, actor: str, mention: tuple[int, int]
    ) -> int | None:
        """'X, a … ,' / 'X, the … ,' / 'X, who …' / 'X, backed by …': the label's end token, or None."""
        toks = self.toks
        if self._inside_phrase(mention, lo):
            return None
        k = j + 1
        if k + 1 < hi and toks.texts[k].isdigit() and toks.texts[k + 1] == ",":
            self.by_age[f"{toks.texts[k]}-year-old"] = actor  # "the 50-year-old" later is him
            k += 2  # "Corey Comperatore, 50, a former fire chief"
        if k >= hi or name_list(toks, k, end := self._clause_end(k + 1, hi)) or time_apposition(self, k, end):
            return None  # "The United States, the European Union and Turkey list …": names; "X, a year after …"
        low = toks.lows[k]
        if low in RELATIVES:
            if any(toks.lows[x] == "known" for x in range(k, end)):
                return None  # "who is better known as Y": an alias, not a label
            if reports_act(self, k + 1, end):
                return None  # "who has said he never …", "who was in Ghana when …": what he did, not what he is
            if _relative_of_another(self, k, mention, actor, lo) or names_another(self, k, end):
                return None  # the clause belongs to another noun, or names another actor ("whose party Y …")
            if low != "whose" and (past_in_year(self, k + 1, end) or predecessor_term(self, k + 1, end)):
                return None  # "which came to power in 1994", "who ran Syria for thirty years before him": history
            self.emit(k, end, actor, mention, "relative", "apposition", index)
            return end
        adverb = (low in ("once", "long") or self.tag(k) == "RB") and k + 1 < hi and toks.lows[k + 1] in DESIGNATING
        if low in DESIGNATING or adverb:
            self._designation(index, hi, k + adverb, actor, mention)  # "X, once (long) branded terrorist by …,"
            return end
        if self.tag(k) in ("VBN", "VBD") and k + 1 < hi and toks.lows[k + 1] == "by":
            if not led_by_person(self, k, end):  # "ORG, led by X,": who leads it, not what it is
                self.emit(k, end, actor, mention, "apposition", "apposition", index)  # "X, backed by Ankara,"
            return end
        if self._bare_role(k, end) or self._affiliation(k, end):
            self.emit(k, end, actor, mention, "apposition", "apposition", index)  # "X, commander of …,"
            return end
        if low == "one" and k + 2 < end and toks.lows[k + 1] == "of" and _opens_phrase(self, k + 2):
            cut = next((x for x in range(k + 3, end) if toks.lows[x] in RELATIVES or toks.lows[x] == "that"), end)
            self.emit(k, cut, actor, mention, "apposition", "apposition", index)  # "X, one of the top officials,"
            return end
        if not (low in ARTICLES or self.tag(k) == "PRP$" or toks.texts[k].endswith("'s")):
            return None
        if end + 1 < hi and toks.texts[end] == "," and self._cap(end + 1, -1):
            return None  # "X, the U.N. envoy, Geir Pedersen": the apposition is the next name's
        cut = next(
            (
                x
                for x in range(k + 1, end)
                if (
                    self.tag(x) in FINITE_TAGS and not _compound_noun(self, x, end) and not reduced_relative(self, k, x)
                )
                or toks.lows[x] in RELATIVES
                or toks.lows[x] == "that"
            ),
            end,
        )
        if cut < end and toks.lows[cut] in DESIGNATING:
            self.emit(k, cut, actor, mention, "apposition", "apposition", index)
            self._designation(index, hi, cut, actor, mention)  # "X, a group banned as terrorist in Russia,"
            return end
        agent = self._reduced_designation(k, end)
        if agent is not None:  # "X, a group the Russian Supreme Court has banned as terrorist,"
            if agent[0] - k > 2:  # "a jihadist group …" is a label too; a bare "a group" is not
                self.emit(k, agent[0], actor, mention, "apposition", "apposition", index)
            self._designation(index, hi, agent[1], actor, mention)
            return end
        if cut < end and toks.lows[cut] not in RELATIVES and toks.lows[cut] != "that":
            return None  # ", a source in the Kremlin said": the subject of a new clause, not an apposition
        if _described(self, k, cut) and not self._place_or_kin(k, cut):  # "Boone, a … college town": a place
            self.emit(k, cut, actor, mention, "apposition", "apposition", index)
        return end


def _apposition_before(
    reader: LabelReader, index: int, lo: int, first: int, actor: str, mention: tuple[int, int]
) -> None:
    """'The imam of the mosque, Ibrahim Hussein, said …', 'Vox's trade union, Solidaridad, …': a noun
    phrase for a person or a body right before the name and a comma."""
    toks = reader.toks
    comma = first - 1
    if comma - 1 <= lo or toks.texts[comma] != "," or place_continues(reader, comma, lo):
        return  # (and "the electrician from Kokomo, Indiana": a place's state, no actor)
    after = mention[1]
    if after < len(toks) and toks.texts[after] not in (",", ".", ";") and not reader.tag(after).startswith("VB"):
        return
    k = comma - 1
    while k >= lo and reader.tag(k) != PUNCT and comma - k <= 10:
        low = toks.lows[k]
        if low in APPOSITION_STARTS or reader.tag(k) == "PRP$" or toks.texts[k].endswith("'s"):
            if k - 2 >= lo and toks.lows[k - 1] in ("of", "for", "at", "in"):
                k -= 2  # "The imam of the mosque, X": the phrase goes on before its "of …"
                continue
            break
        if reader.tag(k) in FINITE_TAGS or low in RELATIVES:
            return
        k -= 1
    else:
        return
    start = k
    # the phrase opens its clause or is a verb's object ("The royal couple and the head of …, X", "declared
    # Mexico's ambassador, X, persona …"), not a preposition's ("According to the Russian Foreign Ministry, X")
    verb_object = start > lo and reader.tag(start - 1) in ("VBD", "VBZ", "VBP")
    owner = toks.texts[start].endswith("'s") and start - 1 >= lo
    if owner and toks.lows[start - 1] in ARTICLES:
        start -= 1  # "The ring's leader, X,": the owner's article opens the phrase
    elif owner and reader.tag(start - 1) not in ("IN", "CC", PUNCT) and not verb_object:
        return
    if start > lo and reader.tag(start - 1) not in ("CC", PUNCT) and toks.lows[start - 1] != "and" and not verb_object:
        return
    heads = [x for x in range(start, comma) if reader._personish(x)]
    if heads:
        reader.emit(start, comma, actor, mention, "apposition", "apposition", index)


def _apposition_before_label(reader: LabelReader, index: int, lo: int, actor: str, mention: tuple[int, int]) -> None:
    """'Its best-known thinker, the philosopher X,': an apposition before the label just read before a name."""
    toks = reader.toks
    start = bisect_left(toks.starts, reader.out[-1].span.start)
    if start - 1 > lo and toks.lows[start - 1] in ARTICLES:
        start -= 1  # the label's article
    if start - 1 > lo and toks.texts[start - 1] == ",":
        _apposition_before(reader, index, lo, start, actor, mention)


def _designated(reader: LabelReader, first: int, last: int, lo: int) -> bool:
    """Is the name the object of a designating verb ("called (the) X …")? Not when it modifies a person noun
    after it ("called the Brazilian leader a …": the leader is the object)."""
    lows, texts = reader.toks.lows, reader.toks.texts
    if last < len(texts) and texts[last][:1].islower() and reader._personish(last):
        return False
    before = lows[first - 1] if first > lo else ""
    return before in DESIGNATING_VERBS or (before == "the" and first - 2 >= lo and lows[first - 2] in DESIGNATING_VERBS)


def _described(reader: LabelReader, k: int, cut: int) -> bool:
    """Does the phrase after "X, a/the" describe someone: a common noun, an office, an epithet tagged an
    adjective ("the beleaguered incumbent"), an untagged person compound ("the self-styled anarcho-capitalist")
    or a party noun ("X, the U.S. Attorney for …,", "X, a Democrat,")?"""
    toks, tag = reader.toks, reader.tag
    return (
        any(
            (tag(x).startswith("NN") and not toks.texts[x][:1].isupper())
            or reader._is_title(x)
            or toks.bases[x] in reader.nouns.stand_in_heads
            or (not tag(x) and reader._personish(x))
            for x in range(k + 1, cut)
        )
        or party_noun(reader, k, cut)
        or demonym_head(reader, k, cut)
    )


def _compound_noun(reader: LabelReader, x: int, end: int) -> bool:
    """'a London think tank': a word tagged as a plural verb between a modifier and the noun that ends the
    phrase is the first half of a compound noun, not the verb of a new clause."""
    tags = reader.tag
    return (
        tags(x) == "VBP"
        and x + 1 < end
        and tags(x + 1) == "NN"
        and (x + 2 == end or tags(x + 2) == "IN")
        and tags(x - 1) in ("NNP", "NN", "JJ")
    )


def _relative_of_another(reader: LabelReader, k: int, mention: tuple[int, int], actor: str, lo: int) -> bool:
    """A relative clause that belongs to another noun than the name before it: "which" after a person ("the rule
    of Al-Assad, which was backed by Iran": the rule), or a name that is the object of a preposition after a
    person noun ("a source close to the Kremlin, who spoke …": the source)."""
    lows = reader.toks.lows
    if lows[k] == "which" and actor in reader.people:
        return True
    p = mention[0] - 1
    if p >= lo and lows[p] == "the":
        p -= 1
    if p < lo or lows[p] not in ATTACHING_PREPOSITIONS:
        return False
    q = p - 1
    if q >= lo and lows[q] == "close":
        q -= 1  # "a source close to …"
    if q < lo:
        return False
    common_noun = reader.tag(q).startswith("NN") and reader.toks.texts[q][:1].islower()
    place_of = lows[k] == "which" and lows[p] == "in" and reader.toks.texts[q].islower()  # "a plant in Ohio, which"
    return reader._personish(q) or place_of or (lows[k] == "who" and common_noun and actor not in reader.people)


def _past_home(toks, j: int, hi: int) -> int:
    """'X of South Carolina,': the comma after a name's "of" + a capitalised place (up to three words), else ``j``."""
    if toks.lows[j] != "of":
        return j
    k = j + 1
    while k < hi and k - j <= 3 and toks.texts[k][:1].isupper():
        k += 1
    return k if k > j + 1 and k < hi and toks.texts[k] == "," else j


def _opens_phrase(reader: LabelReader, k: int) -> bool:
    """Does a noun phrase open at ``k`` ("the …", "its …", "Wirecard's …", "the best-known …")?"""
    low = reader.toks.lows[k]
    return low in ARTICLES or reader.tag(k) == "PRP$" or reader.toks.texts[k].endswith(("'s", "’s"))


ATTACHING_PREPOSITIONS = frozenset({"of", "for", "to", "at", "from", "with", "in"})


def _modifier_run(reader: LabelReader, last: int, hi: int) -> bool:
    """A capitalised word right before a lower-case person or group noun and a name is a modifier."""
    toks = reader.toks
    return (
        last + 1 < hi
        and toks.texts[last][:1].islower()
        and reader._personish(last)
        and reader._cap(last + 1, -1)
        and reader.tag(last) != PUNCT
    )


def _after_predicate(reader: LabelReader, label_first: int, head: int, lo: int) -> int:
    """Where the label starts once a preposition or a clause's verb inside it is left out ("the supervision
    of | former Prime Minister X", "Assad personally contacted | UAE President X", "to | grant X"); a
    participle after an article stays ("the ousted President")."""
    start = label_first
    for k in range(label_first, head + 1):
        tag = reader.tag(k)
        before = reader.tag(k - 1) if k - 1 >= lo else ""
        if k == start and tag in ("RB", "VBG"):
            start = k + 1  # "Meanwhile former Prime Minister X", "including President X": not part of the title
        elif tag in ("IN", "TO") or (
            tag.startswith("VB") and (before in ("RB", "MD", "TO", "PRP", "NNP", "NNS") or before.startswith("VB"))
        ):
            start = k + 1
        elif k == head and before == "TO":
            start = k + 1  # "to grant al-Assad": the tagger's noun is the infinitive
    return start
