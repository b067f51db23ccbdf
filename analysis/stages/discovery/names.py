"""Names in an article: runs of capitalised words, their aliases, and the label sink every reader writes to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...lexicon.model import Lexicon
from ...model import ActorLabel, Span
from ...text.doc import Doc
from ...text.nounphrase import Scanner
from ...text.textblob_en import tag_lexicon
from ...text.tokens import PUNCT
from .history import historical_sentences
from .modifiers import orientation_words
from .relatives import relative_act_verbs
from .vocabulary import person_nouns, time_words
from .words import (
    FAMILY_NOUNS,
    FORMER_QUALIFIERS,
    MAX_LABEL_TOKENS,
    MONTHS_AND_DAYS,
    NOT_NAMES,
    ORG_HEADS,
    TITLE_WORDS,
)


class NameReader:
    """One article's tokens, the names found so far and their aliases, and the labels emitted."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.text = doc.text
        particles = {p.lower() for p in lexicon.source_words("name_particles")}
        roles = {r.lower() for r in lexicon.source_words("roles") if " " not in r}
        # "Sheikh Hasina": an honorific that is part of the name is a name word, not a title
        self.titles = (TITLE_WORDS | roles) - {w.lower() for w in lexicon.source_words("name_honorifics")}
        self.person_suffixes = tuple(lexicon.source_words("person_suffixes"))
        self.time_words = time_words(lexicon)
        self.orientation = orientation_words(lexicon)  # "centre-right", "governing": a label before a name
        self.act_verbs = relative_act_verbs(lexicon)  # "who fled to …": a relative clause reporting an act
        self.particles = particles
        starts = {lo for lo, _hi in doc.token_ranges.values()}
        self.sentence_starts = starts
        self.nouns = person_nouns(lexicon)
        self.scanner = Scanner(
            self.toks,
            sentence_starts=starts,
            lexical=self.nouns.group_heads | self.titles,
            particles=particles,
            role_heads=self.titles,
        )
        self._tags: dict[int, str] = {}
        self._lexicon_tags = tag_lexicon()
        texts = self.toks.texts
        self.caps = [i for i, w in enumerate(texts) if w[:1].isupper() or w[:3].lower() == "al-"]
        heads = self.nouns.heads
        self.heads = sorted({*self.toks.positions(heads), *self.toks.positions(heads, short=True)})
        self.surnames: dict[str, str] = {}  # last word of a full name -> the name
        self.by_title: dict[str, str] = {}  # a title word the article gave a name -> that name (latest)
        self.by_former: dict[str, str] = {}  # ... given with a qualifier ("ousted president X") -> that name
        self.by_body: dict[str, str] = {}  # a body named in a title ("FTX founder X") -> the first name given it
        self.former = FORMER_QUALIFIERS
        self.history = historical_sentences(doc)  # sentences about an earlier story
        self._sentence_of_head = -1
        self.last_named: tuple[str, tuple[int, int]] | None = None  # the sentence's last name read, for aliases
        self.people: dict[str, int] = {}  # the lexicon's persons named so far -> mentions
        self.counts: dict[str, int] = {}  # multi-word names (and their surnames) -> mentions so far
        # group head -> its first noun phrase's mention, actor and sentence; and the group labelled last (for
        # "these thugs")
        self.by_head: dict[str, tuple[tuple[int, int], str, int]] = {}
        self.last_group: tuple[tuple[int, int], str, int] | None = None
        self.by_age: dict[str, str] = {}  # "20-year-old" -> the person given that age
        self.ages = self._age_tokens()  # "20-year-old" tokens, for "the 20-year-old" standing in for a person
        self.out: list[ActorLabel] = []
        self.pending: list[int] = []  # stand-ins read before any name (a headline's): resolved at the end
        self.taken: list[tuple[int, int]] = []
        self.lo = 0  # the first token of the sentence being read

    def _age_tokens(self) -> list[int]:
        """The tokens that are ages ("20-year-old"), found in the text (fast) and mapped to tokens."""
        toks, text = self.toks, self.text
        found, at = [], text.find("-year-old")
        while at >= 0:
            k = bisect_right(toks.starts, at) - 1
            if k >= 0 and toks.lows[k].removesuffix("'s").endswith("-year-old"):  # "the 82-year-old's party"
                found.append(k)
            at = text.find("-year-old", at + 9)
        return found

    # --- names ------------------------------------------------------------------------------------------

    def _cap(self, i: int, lo: int) -> bool:
        toks = self.toks
        word = toks.texts[i]
        if word == ".":
            return self.scanner.initial_stop(i)  # "Mary K. Butler": a middle initial inside the name
        if not word[:1].isupper():  # "al-Sham", "bin-Salman": a particle glued to a capitalised word
            head, dash, rest = word.partition("-")
            return bool(dash) and head.lower() in self.particles and rest[:1].isupper()
        tag = self.tag(i)
        if tag == PUNCT or toks.lows[i] in NOT_NAMES:
            return False
        if i == lo:  # a sentence-initial word is a name only if the tag list does not know it as a common word
            return tag in ("", "NNP", "NNPS") or word.isupper()
        # mid-sentence a capitalised word is a name word; at another sentence's start the scanner decides
        return i not in self.sentence_starts or self.scanner.capitalised(i)

    def tag(self, i: int) -> str:
        """Token ``i``'s most likely tag (PUNCT for punctuation), looked up once, without building a Tok."""
        found = self._tags.get(i)
        if found is None:
            toks = self.toks
            if toks.is_word(i):
                found = self._lexicon_tags.get(toks.lows[i]) or self._lexicon_tags.get(toks.texts[i]) or ""
            else:
                found = PUNCT
            self._tags[i] = found
        return found

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
            or low in self.nouns.group_heads
            or low in self.nouns.label_nouns
            or low in ORG_HEADS
            or (
                low.endswith(self.person_suffixes)
                and self.tag(i).startswith("NN")
                and len(low) > 4
                and low not in FAMILY_NOUNS
            )
            or _hyphenated_person(self, i)
        )

    def _actor_of(self, first: int, last: int) -> str:
        words = list(self.toks.texts[first:last])
        words[-1] = words[-1].removesuffix("'s")
        name = " ".join(words).replace(" . ", ". ")  # "Mary K. Butler": an initial's full stop stays with it
        if len(words) == 1:
            return self.surnames.get(words[0].lower().removesuffix("'s"), name.removesuffix("'s"))
        self.surnames.setdefault(words[-1].lower().removesuffix("'s"), name)
        return name

    def emit(self, first: int, last: int, actor: str, mention: tuple[int, int], how: str, pattern: str, index: int):
        last = next((k for k in range(first + 1, last) if self._time_phrase(k)), last)  # "the President | on June 24"
        if last <= first or last - first > MAX_LABEL_TOKENS:
            return
        start, end = self.toks.starts[first], self.toks.ends[last - 1]
        at = bisect_left(self.taken, (end,))  # taken spans never overlap: sorted by start, their ends rise too
        if at and self.taken[at - 1][1] > start:
            return
        if self.doc.quoted(start) is not None:
            return
        self.taken.insert(at, (start, end))
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

    def _time_phrase(self, k: int) -> bool:
        """A preposition that starts a date or time ("on June 24", "in 2000"): where a label ends."""
        toks = self.toks
        if self.tag(k) != "IN" or k + 1 >= len(toks.lows):
            return False
        nxt = toks.lows[k + 1]
        return nxt[:1].isdigit() or nxt in MONTHS_AND_DAYS

    def _clause_end(self, j: int, hi: int) -> int:
        """The token where an apposition or relative clause stops: the next comma, dash, bracket or end."""
        toks = self.toks
        k = j
        while k < hi and toks.texts[k] not in {",", ";", ".", ":", "(", ")", "–", "—", "?", "!", '"', "“", "”"}:
            k += 1
        return k

    def protagonist(self) -> str | None:
        """The person named most often so far: who "the former president" most likely is (a person of the
        lexicon first, when it has one)."""
        if self.people:
            return max(self.people.items(), key=lambda kv: kv[1])[0]
        counts = {a: n for a, n in self.counts.items() if not _dateline(a)}
        if not counts:
            return None
        for actor in self._headline_names():
            if actor in counts:
                counts[actor] += 1  # the headline names the story's main person ("Bankman-Fried freed on bond")
        return max(counts.items(), key=lambda kv: kv[1])[0]

    def _headline_names(self) -> set[str]:
        """The full names whose surname a headline holds (headlines are not read for names: title case)."""
        toks, ranges = self.toks, self.doc.token_ranges
        return {
            self.surnames[low]
            for index in self.doc.headings
            if index in ranges
            for low in (toks.lows[k].removesuffix("'s") for k in range(*ranges[index]))
            if low in self.surnames
        }

    def _names_a_person(self, label: str) -> bool:
        """Does a label's text hold a word for a person ("a major donor to …", "Kremlin spokesman")?"""
        nouns = self.nouns
        for word in label.lower().split():
            if word in self.titles or word in nouns.heads or word in nouns.label_nouns:
                return True
            if word.endswith(self.person_suffixes) and len(word) > 4:
                return True
        return False

    def person_referent(self) -> str | None:
        """Whom "he" or "she" most likely is: of the names given a title, an age, a qualifier or a label with a
        word for a person (a person's marks), the one named most often; else the protagonist."""
        marked = {*self.by_title.values(), *self.by_age.values(), *self.by_former.values(), *self.people}
        marked |= {a.actor for a in self.out if a.how in PERSON_HOWS and self._names_a_person(a.label)}
        if marked:
            return max(marked, key=lambda a: self.people.get(a, 0) + self.counts.get(a, 0))
        return self.protagonist()


PERSON_HOWS = frozenset({"title", "premodifier", "apposition"})


def _dateline(name: str) -> bool:
    """'NEW YORK', 'NASSAU': a name in capitals with a word of four letters or more is a dateline, not a person."""
    words = name.split()
    return all(w.isupper() for w in words) and any(len(w) >= 4 for w in words)


def _hyphenated_person(reader, i: int) -> bool:
    """'anarcho-capitalist', 'ex-minister', 'self-made-billionaire': a lower-case compound the tagger does not
    know whose last part is a noun for a person."""
    word = reader.toks.texts[i]
    if "-" not in word or not word[:1].islower():  # the cheap tests first
        return False
    if word.lower().endswith("-in-chief"):
        return True  # "commander-in-chief", "editor-in-chief"
    if reader.tag(i):
        return False
    last = word.rsplit("-", 1)[1].lower()
    return (
        last in reader.titles
        or last in reader.nouns.label_nouns
        or last in reader.nouns.stand_in_heads
        or (last.endswith(reader.person_suffixes) and len(last) > 4)
    )
