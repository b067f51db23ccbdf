"""Discovery without a lexicon: the actors an article names and the labels it pins on each.

Nothing here knows the event. It reads the tokens, their word-class guesses and English grammar
(docs/methods/discovery.md):

- **names**: runs of capitalised words (with particles: "Ahmed al-Sharaa", "Recep Tayyip Erdoğan"); a
  later surname alone ("Starmer") or a title the article gave the name ("the Prime Minister") is the same
  actor (aliases merged within the article);
- **titles and pre-modifiers**: the words before a name that end on an office, an honorific or a noun for a
  person or a group ("Prime Minister Keir Starmer", "Kremlin spokesman Dmitry Peskov", "far-right group
  Revuelta", "20-year-old loner Thomas Crooks"); a title belongs to the name it is attached to;
- **appositions and relative clauses**: "X, a … ," / "X, the … ," / "X, who …" / "X, which …", and "the … , X,";
- **predicates and designations**: "X is a …", "X was branded / designated / banned as …";
- **category nouns**: a noun phrase whose head is a word for people in a group or a role ("a baying mob",
  "hundreds of rioters", "the gunman", "the former president") is a label that is its own mention; one with a
  title as head stands for the actor who was given that title earlier.

Labels inside quotation marks are the speaker's and are left out (abstain rather than guess the voice);
sentences in title case (headlines) are read only for category nouns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence

from ..lexicon.model import Lexicon
from ..model import ActorLabel, Span
from ..text.doc import Doc
from ..text.nounphrase import Scanner
from ..text.tokens import PUNCT
from .actors import Mention

# Offices and honorifics that make the words before a name a title ("Home Secretary", "Chief Constable").
TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "sir",
        "lord",
        "lady",
        "mr",
        "mrs",
        "ms",
        "dr",
        "congressman",
        "congresswoman",
        "senator",
        "governor",
        "mayor",
        "constable",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "chief",
        "head",
        "commander",
        "general",
        "colonel",
        "captain",
        "judge",
        "imam",
        "pope",
        "archbishop",
        "bishop",
        "sheikh",
        "emir",
        "mp",
        "ambassador",
        "envoy",
        "chairman",
        "chair",
        "founder",
        "premier",
        "monarch",
        "officer",
        "superintendent",
        "inspector",
        "sergeant",
        "commissioner",
        "minister",
        "deputy",
        "vice",
    ]
)
# Nouns for people, in a group or in a role: a noun phrase with one of these as its head is a label.
GROUP_HEADS = frozenset(
    [
        "crowd",
        "crowds",
        "mob",
        "mobs",
        "gang",
        "gangs",
        "thug",
        "thugs",
        "yob",
        "yobs",
        "hooligan",
        "hooligans",
        "rioter",
        "rioters",
        "protester",
        "protesters",
        "protestor",
        "protestors",
        "demonstrator",
        "demonstrators",
        "counter-protesters",
        "youths",
        "patriots",
        "racists",
        "bigots",
        "gunman",
        "gunmen",
        "shooter",
        "sniper",
        "assassin",
        "attacker",
        "assailant",
        "firefighter",
        "migrants",
        "rebels",
        "fighters",
        "militants",
        "extremists",
        "revolutionaries",
        "insurgents",
        "jihadists",
        "terrorists",
        "agitators",
    ]
)
# Heads that stand in for one person already named ("the dictator", "the former president").
STAND_IN_HEADS = frozenset(
    [
        "president",
        "leader",
        "ruler",
        "dictator",
        "tyrant",
        "despot",
        "butcher",
        "fugitive",
        "minister",
        "secretary",
        "monarch",
        "king",
        "queen",
        "candidate",
        "nominee",
        "chief",
        "director",
        "governor",
        "mayor",
        "activist",
        "founder",
    ]
)
HEADS = GROUP_HEADS | STAND_IN_HEADS
TITLE_CASE_SMALL_WORDS = frozenset(["to", "as", "in", "on", "at", "for", "with", "and", "of", "after", "from", "by"])
# Words that make an organisation name ("far-right group Revuelta", "the online newspaper elDiario.es").
ORG_HEADS = frozenset(
    ["group", "party", "movement", "organisation", "organization", "outfit", "faction", "newspaper", "union"]
)
DEMONSTRATIVES = frozenset({"this", "these", "those", "that"})
QUANTITY_HEADS = frozenset(
    [
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "gangs",
        "groups",
        "group",
        "crowds",
        "number",
        "handful",
        "band",
        "bands",
    ]
)
LINKING = frozenset({"is", "was", "are", "were", "remains", "remained", "became", "becomes"})
DESIGNATING = frozenset(
    [
        "designated",
        "branded",
        "labelled",
        "labeled",
        "classed",
        "classified",
        "proscribed",
        "listed",
        "banned",
        "described",
        "recognized",
        "recognised",
        "regarded",
        "dismissed",
        "denounced",
    ]
)
RELATIVES = frozenset({"who", "which", "whose"})
ARTICLES = frozenset({"a", "an", "the"})
NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "i",
    ]
)
# Nouns for relatives: "his father Hafez" names a relation, not a label the article chose.
FAMILY_NOUNS = frozenset(
    ["father", "mother", "brother", "sister", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin"]
)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_LABEL_TOKENS = 14
MAX_NAME_TOKENS = 5


class _Reader:
    """One article: its names, their aliases and the labels found, in one pass over the scored sentences."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.text = doc.text
        particles = {p.lower() for p in lexicon.source_words("name_particles")}
        roles = {r.lower() for r in lexicon.source_words("roles") if " " not in r}
        self.titles = TITLE_WORDS | roles
        self.person_suffixes = tuple(lexicon.source_words("person_suffixes"))
        self.particles = particles
        starts = {lo for lo, _hi in doc.token_ranges.values()}
        self.scanner = Scanner(
            self.toks, sentence_starts=starts, lexical=GROUP_HEADS | self.titles, particles=particles
        )
        texts = self.toks.texts
        self.caps = [i for i, w in enumerate(texts) if w[:1].isupper() or ("-" in w and w[:2].lower() == "al")]
        self.heads = sorted({*self.toks.positions(HEADS), *self.toks.positions(HEADS, short=True)})
        self.surnames: dict[str, str] = {}  # last word of a full name -> the name
        self.by_title: dict[str, str] = {}  # a title word the article gave a name -> that name (latest)
        self.people: dict[str, int] = {}  # the lexicon's persons named so far -> mentions
        self.counts: dict[str, int] = {}  # multi-word names (and their surnames) -> mentions so far
        self.by_head: dict[str, tuple[int, int]] = {}  # group head -> its first noun phrase (for "these thugs")
        self.out: list[ActorLabel] = []
        self.taken: list[tuple[int, int]] = []
        self.lo = 0  # the first token of the sentence being read

    # --- names ------------------------------------------------------------------------------------------

    def _cap(self, i: int, lo: int) -> bool:
        toks = self.toks
        if not toks.texts[i][:1].isupper():
            return toks.lows[i] in self.particles and "-" in toks.texts[i] and self.scanner.capitalised(i)
        tok = toks[i]
        if tok.tag == PUNCT or tok.low in NOT_NAMES:
            return False
        if i == lo:  # a sentence-initial word is a name only if the tag list does not know it as a common word
            if not tok.text[:1].isupper():
                return False
            return tok.tag in ("", "NNP", "NNPS") or tok.text.isupper()
        return self.scanner.capitalised(i)

    def names(self, lo: int, hi: int, sentence_lo: int | None = None) -> list[tuple[int, int]]:
        """Runs of capitalised words (lower-case particles inside allowed) in tokens lo..hi."""
        toks, out = self.toks, []
        start = lo if sentence_lo is None else sentence_lo
        caps = self.caps[bisect_left(self.caps, lo) : bisect_left(self.caps, hi)]
        free = lo
        for i in caps:
            if i < free or not self._cap(i, start):
                continue
            j = i + 1
            while j < hi and (
                self._cap(j, start) or (toks.lows[j] in self.particles and j + 1 < hi and self._cap(j + 1, start))
            ):
                j += 1
            out.append((i, j))
            free = j
        return out

    def _is_title(self, i: int) -> bool:
        return self.toks.bases[i] in self.titles

    def _personish(self, i: int) -> bool:
        low = self.toks.bases[i]
        return (
            low in self.titles
            or low in GROUP_HEADS
            or low in ORG_HEADS
            or (
                low.endswith(self.person_suffixes)
                and self.toks[i].tag.startswith("NN")
                and len(low) > 4
                and low not in FAMILY_NOUNS
            )
        )

    def _actor_of(self, first: int, last: int) -> str:
        words = list(self.toks.texts[first:last])
        words[-1] = words[-1].removesuffix("'s")
        name = " ".join(words)
        if len(words) == 1:
            return self.surnames.get(words[0].lower().removesuffix("'s"), name.removesuffix("'s"))
        self.surnames.setdefault(words[-1].lower().removesuffix("'s"), name)
        return name

    # --- labels -----------------------------------------------------------------------------------------

    def emit(self, first: int, last: int, actor: str, mention: tuple[int, int], how: str, pattern: str, index: int):
        if last <= first or last - first > MAX_LABEL_TOKENS:
            return
        start, end = self.toks.starts[first], self.toks.ends[last - 1]
        if any(s < end and start < e for s, e in self.taken):
            return
        if self.doc.quoted(start) is not None:
            return
        self.taken.append((start, end))
        m_start, m_end = self.toks.starts[mention[0]], self.toks.ends[mention[1] - 1]
        self.out.append(
            ActorLabel(
                actor,
                self.text[start:end],
                "",
                Span.of(self.text, start, end),
                Span.of(self.text, m_start, m_end),
                pattern,
                index,
                discovered=True,
                how=how,
            )
        )

    def _clause_end(self, j: int, hi: int) -> int:
        """The token where an apposition or relative clause stops: the next comma, dash, bracket or end."""
        toks = self.toks
        k = j
        while k < hi and toks.texts[k] not in {",", ";", ".", ":", "(", ")", "–", "—", "?", "!", '"', "“", "”"}:
            k += 1
        return k

    def read_sentence(self, index: int, lo: int, hi: int) -> None:
        toks = self.toks
        self.lo = lo
        # A headline in title case capitalises its small words too ("Tyrant Bolts To Moscow As Rebels Take City").
        caps = self.caps[bisect_left(self.caps, lo) : bisect_left(self.caps, hi)]
        title_case = any(toks.lows[i] in TITLE_CASE_SMALL_WORDS for i in caps if i != lo)
        if not title_case:
            for first, last in self.names(lo, hi):
                self._name_labels(index, lo, hi, first, last)
        self._category(index, lo, hi)

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

    def protagonist(self) -> str | None:
        """The person named most often so far: who "the former president" most likely is (a person of the
        lexicon first, when it has one)."""
        if self.people:
            return max(self.people.items(), key=lambda kv: kv[1])[0]
        if not self.counts:
            return None
        return max(self.counts.items(), key=lambda kv: kv[1])[0]


def discover_labels(doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention] = ()) -> tuple[ActorLabel, ...]:
    """Labels the article pins on the actors it names (or describes), found without the lexicon's labels.

    ``mentions`` (of the lexicon's actors) tell which person "the former president" most likely is."""
    reader = _Reader(doc, lexicon)
    persons = {a.name for a in lexicon.actors if a.kind == "person"}
    by_sentence: dict[int, list[str]] = {}
    for m in mentions:
        if m.actor in persons:
            by_sentence.setdefault(m.sentence, []).append(m.actor)
    for index, (lo, hi) in doc.token_ranges.items():
        for actor in by_sentence.get(index, ()):
            reader.people[actor] = reader.people.get(actor, 0) + 1
        if hi > lo:
            reader.read_sentence(index, lo, hi)
    return tuple(sorted(reader.out, key=lambda a: (a.span.start, a.actor)))


def merge_labels(known: Collection[ActorLabel], discovered: Collection[ActorLabel]) -> tuple[ActorLabel, ...]:
    """The lexicon's labels, and the discovered ones that overlap none of them, in text order."""
    spans = [(a.span.start, a.span.end) for a in known]
    extra = [d for d in discovered if not any(s < d.span.end and d.span.start < e for s, e in spans)]
    return tuple(sorted([*known, *extra], key=lambda a: (a.span.start, a.actor)))


__all__ = ["GROUP_HEADS", "STAND_IN_HEADS", "TITLE_WORDS", "discover_labels", "merge_labels"]
