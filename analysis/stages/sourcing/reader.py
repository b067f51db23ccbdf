"""Sourcing: who the article lets speak, through which verb, and what it attributes to them.

Follows the cue–source–content idea of quotation extractors such as the BBC's citron: find a verb of
saying (the lexicon's cues), the noun phrase beside it that names the source, and the words attributed
to it. The kind of source (named person, anonymous, agency, organization, document, the writer) comes
from the lexicon's word lists; pronouns and phrases such as "the agency" point back to the last
compatible source. docs/methods/sourcing.md says what this catches and what it misses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

from ...lexicon.model import Agency, Cue, Lexicon
from ...model import SOURCE_KINDS, Attribution, Sentence, SourcingResult, Span
from ...text.doc import Doc
from ...text.nounphrase import Scanner, is_capitalised, is_determiner, is_word
from ...text.phrases import Match, PhraseIndex
from ...text.quotes import QUOTE_MARKS, quote_inside
from ...text.tokens import PUNCT, Tokens
from ..actors import Mention

ROUND = 4
WRITER = "the writer"
CLAUSE_END = ".;!?"
# English grammar the rules below lean on (closed word classes, not news knowledge).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
WRITER_SUBJECTS = frozenset({"i", "we"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
NEGATIONS = frozenset({"not", "never", "n't"})
AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do"})
ANAPHORIC = frozenset({"the", "this", "that"})
ARTICLES = frozenset({"a", "an", "the"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB_FOLLOWERS = frozenset({"DT", "PRP", "PRP$", "IN", "TO", "RB"})
# A wire dateline before the first sentence ("MOSCOW/BEIRUT, Dec 9 - "): where, not what was said.
DATELINE_RE = re.compile(r"[A-Z][A-Z/ .'’-]{2,}(?:,[^–—\n-]{1,24})?\s+[-–—]\s+")
MAX_APPOSITION_TOKENS = 30
MAX_ROLE_TOKENS = 16
CLAIM_LOOKAHEAD = 16
MARKER_GLUE_WORDS = 2  # short anonymity markers ("close to") join a noun phrase like a preposition
SHORT_INTRO_TOKENS = 4  # "In fact, according to …": what comes before is only an introduction


# --- vocabulary -------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """A noun and the singulars it may have (sources -> source, agencies -> agency)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return frozenset(forms)


@dataclass(frozen=True)
class Vocabulary:
    """The lexicon's sourcing word lists, folded and compiled once per lexicon."""

    anonymous: frozenset[str]
    agency_heads: frozenset[str]
    documents: frozenset[str]
    organizations: frozenset[str]
    collectives: frozenset[str]
    roles: frozenset[str]
    cue_index: PhraseIndex[Cue]
    agency_index: PhraseIndex[Agency]
    role_index: PhraseIndex[str]
    metonym_index: PhraseIndex[str]
    marker_index: PhraseIndex[str]
    not_cue_index: PhraseIndex[str]
    particles: frozenset[str]
    person_suffixes: tuple[str, ...]
    citing: frozenset[str]
    writer_contact: frozenset[str]
    addressee: frozenset[str]
    lexical: frozenset[str]
    actor_kinds: dict[str, str]
    actor_own_names: frozenset[str]

    @cached_property
    def takes_object(self) -> frozenset[str]:
        """Cues that can name a second party: citing, addressing, the writer's contacts."""
        return self.citing | self.addressee | self.writer_contact

    @cached_property
    def shares_claim(self) -> frozenset[str]:
        """Cues whose source shares the claim of the attribution beside it."""
        return self.citing | self.addressee

    @classmethod
    def of(cls, lexicon: Lexicon) -> Vocabulary:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicon.source_words(key))

        roles = words("roles")
        single = lambda ws: frozenset(w for w in ws if " " not in w)  # noqa: E731
        nouns = words("anonymous_heads") | words("agency_heads") | words("document_heads") | words("organization_heads")
        own_names = set()
        for actor in lexicon.actors:
            own_names.add(actor.name.split(" (")[0].lower())
            own_names.add(actor.aliases[0].lower())
        return cls(
            anonymous=single(words("anonymous_heads")),
            agency_heads=single(words("agency_heads")),
            documents=single(words("document_heads")),
            organizations=single(words("organization_heads")),
            collectives=words("collective_heads"),
            roles=single(roles),
            cue_index=lexicon.compiled.cues,
            agency_index=lexicon.compiled.agencies,
            role_index=lexicon.compiled.source_words("roles"),
            metonym_index=lexicon.compiled.source_words("metonyms"),
            marker_index=lexicon.compiled.source_words("anonymous_markers"),
            not_cue_index=lexicon.compiled.source_words("not_cues"),
            particles=words("name_particles"),
            person_suffixes=tuple(words("person_suffixes")),
            citing=words("citing_cues"),
            writer_contact=words("writer_contact_cues"),
            addressee=words("addressee_cues"),
            lexical=single(nouns | roles),
            actor_kinds={a.name: a.kind for a in lexicon.actors},
            actor_own_names=frozenset(own_names),
        )

    def is_in(self, word: str, group: frozenset[str]) -> bool:
        return not _forms(word.lower()).isdisjoint(group)

    def is_person_noun(self, word: str) -> bool:
        low = word.lower()
        return self.is_in(low, self.roles) or any(f.endswith(self.person_suffixes) for f in _forms(low) if len(f) > 4)


class Hits:
    """The matches of one phrase index in one text, in order, to ask which fall inside a phrase."""

    def __init__(self, found: list[Match]) -> None:
        self.found = [(m.first, m.last, m.payload) for m in found]
        self.firsts = [f for f, _, _ in self.found]

    def within(self, first: int, last: int) -> list[tuple[int, int, object]]:
        i = bisect_left(self.firsts, first)
        out = []
        while i < len(self.found) and self.found[i][0] < last:
            if self.found[i][1] <= last:
                out.append(self.found[i])
            i += 1
        return out


def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """The compiled sourcing vocabulary of a lexicon, built once and kept on it."""
    return lexicon.compiled.memo("sourcing.vocabulary", Vocabulary.of)


# --- one article --------------------------------------------------------------------------------


class Source(NamedTuple):
    """A source as found: its kind, normalised name, role and the tokens that name it."""

    kind: str
    name: str
    role: str
    first: int
    last: int  # one past the last token
    role_only: bool = False


class _Cue(NamedTuple):
    name: str
    type: str
    first: int
    last: int


class _Reader:
    """Reads the attributions of one article, sentence by sentence, remembering earlier sources."""

    def __init__(self, doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention]):
        text, sentences = doc.text, doc.sentences
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.vocab = vocabulary(lexicon)
        self.toks: Tokens = doc.tokens
        self.offsets = self.toks.starts
        self.quotes = doc.quotes
        self.quote_by_start = {q.start: q for q in self.quotes}
        self.quote_by_end = {q.end: q for q in self.quotes}
        self.sentence_firsts = {self._tok_at(s.start) for s in sentences}
        vocab = self.vocab
        self.cue_hits = Hits(vocab.cue_index.find(self.toks))
        self.not_cue_hits = Hits(vocab.not_cue_index.find(self.toks))
        self.marker_hits = Hits(vocab.marker_index.find(self.toks))
        self.agency_hits = Hits(vocab.agency_index.find(self.toks))
        self.metonym_hits = Hits(vocab.metonym_index.find(self.toks))
        self.role_hits = Hits(vocab.role_index.find(self.toks))
        self.markers = [(self.toks[f].start, self.toks[e - 1].end) for f, e, _ in self.marker_hits.found]
        glue = {i for f, e, _ in self.marker_hits.found if e - f <= MARKER_GLUE_WORDS for i in range(f, e)}
        self.scan = Scanner(
            self.toks,
            sentence_starts=self.sentence_firsts,
            lexical=self.vocab.lexical,
            particles=self.vocab.particles,
            glue=glue,
        )
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.history: list[Attribution] = []
        self._full_names: dict[str, str] = {}

    # --- small helpers

    def _tok_at(self, offset: int) -> int:
        return bisect_left(self.offsets, offset)

    def _span(self, first: int, last: int) -> Span:
        return Span.of(self.text, self.toks[first].start, self.toks[last - 1].end)

    def _words(self, first: int, last: int) -> str:
        return self.text[self.toks[first].start : self.toks[last - 1].end] if last > first else ""

    def _bare(self, first: int, last: int) -> str:
        """A phrase without its leading article and trailing possessive ("the SNHR's" -> "SNHR")."""
        if last - first > 1 and self.toks[first].low in ARTICLES:
            first += 1
        words = self._words(first, last)
        for ending in ("'s", "’s", "’", "'"):
            if words.endswith(ending):
                return words[: -len(ending)]
        return words

    def _inside_quote(self, offset: int) -> bool:
        return self.doc.quoted(offset) is not None

    def _clean_left(self, first: int, lo: int) -> bool:
        """The phrase starts a clause: at the sentence start or after a comma, quote, colon or dash."""
        return first == lo or self.toks[first - 1].text in f",:;({QUOTE_MARKS}–—-"

    # --- cues

    def _noun_use(self, first: int, last: int, lo: int, hi: int) -> bool:
        """A cue word that is mostly a noun ("state", "claims") and is not followed the way a verb of
        saying is (by "that", a quotation, punctuation, a determiner, a pronoun or a preposition)."""
        if last - first != 1 or not self.toks[first].tag.startswith("NN") or last >= hi:
            return False
        after = self.toks[last]
        if self.scan.capitalised(last) and first > lo and self.toks[first - 1].text in "," + QUOTE_MARKS:
            return False  # "…, reports TASS."
        if after.tag == PUNCT or after.low == "that":
            return False
        return after.tag not in VERB_FOLLOWERS

    def _cues(self, sentence: Sentence, lo: int, hi: int) -> list[_Cue]:
        blocked = [(f, e) for f, e, _ in self.not_cue_hits.within(lo, hi) + self.marker_hits.within(lo, hi)]
        out = []
        for first, last, cue in self.cue_hits.within(lo, hi):
            start = self.offsets[first]
            if self._inside_quote(start) or any(first < e and f < last for f, e in blocked):
                continue
            if self.text[start].isupper() and first != lo:
                continue  # "the United States", "the State Department"
            before = self.toks[first - 1] if first > lo else None
            if before is not None and is_determiner(before) and not self.scan.capitalised(first - 1):
                continue  # a noun: "a report", "his claims"
            if self._noun_use(first, last, lo, hi):
                continue  # "state sovereignty", "report card"
            out.append(_Cue(cue.cue, cue.type, first, last))
        return out

    # --- classifying a noun phrase

    def _marker_between(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _ in self.markers)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _core_end(self, first: int, last: int) -> int:
        depth = 0
        for i in range(first + 1, last):
            tok = self.toks[i]
            depth += (tok.text == "(") - (tok.text == ")")
            if depth == 0 and self.scan.preposition(i):
                return i
        return last

    def _head(self, first: int, core_end: int) -> int:
        """The noun a phrase is built on: its last word that is not a modifier or in brackets."""
        depth, best = 0, None
        for i in range(core_end - 1, first - 1, -1):
            tok = self.toks[i]
            depth += (tok.text == ")") - (tok.text == "(")
            if depth or tok.tag == PUNCT or tok.text in "()":
                continue
            if best is None:
                best = i
            if not tok.tag.startswith(("JJ", "RB")) or self.scan.capitalised(i) or tok.low in self.vocab.lexical:
                return i
        return best if best is not None else core_end - 1

    def _role_end(self, first: int, last: int) -> int:
        """Where the role words at the start of a capitalised run end ("Deputy Foreign Minister …")."""
        cut = first
        for _, end, _ in self.role_hits.within(first, last):
            cut = max(cut, end)
        for i in range(first, last):
            tok = self.toks[i]
            if tok.low.endswith(("'s", "s'")) or (tok.text.isupper() and len(tok.text) > 1 and i + 1 < last):
                cut = max(cut, i + 1)  # "Russia's Sergei Lavrov", "US President Joe Biden"
        return cut

    def _name_run(self, first: int, head: int) -> tuple[int, int] | None:
        """The personal name a phrase ends on, without the role words before it."""
        i = head
        while i >= first and (self.scan.capitalised(i) or self.toks[i].low in self.vocab.particles):
            i -= 1
        if i == head:
            return None
        start = self._role_end(i + 1, head + 1)
        if start > head:
            return None
        return (start, head + 1) if self._looks_like_person(start, head + 1) else None

    def _looks_like_person(self, first: int, last: int) -> bool:
        toks, vocab = self.toks, self.vocab
        words = [toks[i] for i in range(first, last) if is_word(toks[i])]
        if not words or (not is_capitalised(words[0], vocab.particles) and words[0].low not in vocab.particles):
            return False
        if len(words) == 1:
            only = words[0]
            if only.text.isupper() and len(only.text) > 1:
                return False  # an acronym: HTS, SNHR
            if (first in self.sentence_firsts and only.tag) or any(f in vocab.lexical for f in _forms(only.low)):
                return False  # a common word that starts the sentence: "Sources", "Militants"
        last_word = words[-1].low
        if any(vocab.is_in(last_word, g) for g in (vocab.organizations, vocab.agency_heads, vocab.documents)):
            return False
        if self.metonym_hits.within(first, last) or self.agency_hits.within(first, last):
            return False
        for m in self._mentions_in(toks[first].start, toks[last - 1].end):
            if vocab.actor_kinds.get(m.actor) not in ("person", None) and m.span.text.lower() in vocab.actor_own_names:
                return False
        return True

    def classify(self, first: int, last: int, zone_end: int) -> Source | None:
        """What kind of source a noun phrase names, or None if it names none."""
        toks, vocab = self.toks, self.vocab
        core_end = self._core_end(first, last)
        head = self._head(first, core_end)
        if core_end < last and toks[core_end].low == "of" and vocab.is_in(toks[head].low, vocab.collectives):
            inner = self.classify(core_end + 1, last, zone_end)  # "a section of Syrian officials"
            if inner is not None and inner.kind in ("anonymous", "organization"):
                return inner._replace(name=self._bare(first, last), first=first, last=last)
        head_tok = toks[head]
        start = toks[first].start
        name = self._name_run(first, head)
        possessive = any(toks.lows[i].endswith("'") or toks.lows[i].endswith("'s") for i in range(first, last))
        anonymous_marker = self._marker_between(start, zone_end)
        agencies = self.agency_hits.within(first, core_end)

        if vocab.is_in(head_tok.low, vocab.documents) or (
            possessive and vocab.is_in(toks[last - 1].low, vocab.documents)
        ):
            return Source("document", self._issuer(first, last, head), "", first, last)
        if vocab.is_in(head_tok.low, vocab.anonymous) and name is None:
            return Source("anonymous", self._bare(first, last), "", first, last)
        if agencies and not anonymous_marker:
            return Source("agency", agencies[0][2].name, "", first, last)
        if name is not None:
            role = self._role_text(first, name[0])
            return Source("named", self._words(*name), role, first, last)
        lower_head = not self.scan.capitalised(head)
        if lower_head and vocab.is_in(head_tok.low, vocab.agency_heads):
            kind = "anonymous" if anonymous_marker else "agency"
            return Source(kind, self._bare(first, last), "", first, last)
        if self._is_organization(first, core_end, head):
            kind = "anonymous" if anonymous_marker else "organization"
            return Source(kind, self._organization_name(first, last), "", first, last)
        nounlike = head_tok.tag[:2] in ("NN", "") or head_tok.low in vocab.lexical
        if lower_head and nounlike and vocab.is_person_noun(head_tok.low):
            return Source("anonymous", self._bare(first, last), "", first, last, role_only=True)
        return None

    def _is_organization(self, first: int, core_end: int, head: int) -> bool:
        vocab, head_tok = self.vocab, self.toks[head]
        start, end = self.toks[first].start, self.toks[core_end - 1].end
        if vocab.is_in(head_tok.low, vocab.organizations):
            return True
        if head_tok.text.isupper() and len(head_tok.text) > 1 and head_tok.text.isalpha():
            return True  # an acronym names a body: HTS, SNHR, IISS
        if self.metonym_hits.within(first, core_end):
            return True
        return any(vocab.actor_kinds.get(m.actor) not in ("person", None) for m in self._mentions_in(start, end))

    def _organization_name(self, first: int, last: int) -> str:
        """An organisation's name; a lexicon actor's own name when the phrase is just that actor."""
        bare = self._bare(first, last)
        start, end = self.toks[first].start, self.toks[last - 1].end
        for m in self._mentions_in(start, end):
            if self.vocab.actor_kinds.get(m.actor) == "organization":
                return m.actor  # every alias of an organisation names that organisation
            if m.span.text.lower() in self.vocab.actor_own_names and bare.lower() == m.span.text.lower():
                return m.actor
        return bare

    def _issuer(self, first: int, last: int, head: int) -> str:
        """Who issued a document: the owner before a possessive, or the body after "from/by/of"."""
        for i in range(first, last):
            if self.toks[i].low.endswith(("'s", "'")):
                end = i + 1
                if end < last and self.toks[end].text == "(":
                    close = next((k for k in range(end, last) if self.toks[k].text == ")"), None)
                    end = close + 1 if close is not None else end
                return self._organization_name(first, end)
        for i in range(head + 1, last - 1):
            if self.toks[i].low in ("from", "by", "of"):
                return self._organization_name(i + 1, last)
        return self._bare(first, last)

    def _role_text(self, first: int, name_first: int) -> str:
        if name_first > first and self.toks[first].low in ARTICLES:
            first += 1
        return self._words(first, name_first)

    # --- resolving references

    def _last(self, kinds: tuple[str, ...], contains: str = "") -> Attribution | None:
        for at in reversed(self.history):
            if at.kind in kinds and contains.lower() in at.source.lower():
                return at
        return None

    def _as(self, antecedent: Attribution | None, first: int, last: int) -> Source | None:
        if antecedent is None:
            return None
        return Source(antecedent.kind, antecedent.source, antecedent.role, first, last)

    def _pronoun(self, i: int, lo: int) -> Source | None:
        low = self.toks[i].low
        if low in WRITER_SUBJECTS:
            return Source("self", WRITER, "", i, i + 1)
        if low in PERSON_PRONOUNS:
            subject = self._sentence_subject(lo, i)
            if subject is not None and subject.kind == "named":
                return Source("named", subject.name, subject.role, i, i + 1)
            return self._as(self._last(("named", "anonymous")), i, i + 1)
        if low in THING_PRONOUNS:
            return self._as(self._last(("organization", "agency", "document")), i, i + 1)
        if low in PLURAL_PRONOUNS:
            return self._as(self._last(("anonymous", "organization", "agency")), i, i + 1)
        return None

    def _resolve(self, found: Source) -> Source:
        """ "the agency", "the source", "the expert": the last source of that kind, if any."""
        toks, vocab = self.toks, self.vocab
        if toks[found.first].low not in ANAPHORIC or found.kind not in ("agency", "organization", "anonymous"):
            return found
        head = self._head(found.first, self._core_end(found.first, found.last))
        head_tok = toks[head]
        if self.scan.capitalised(head) or (head_tok.low.endswith("s") and not head_tok.low.endswith("ss")):
            return found  # a name, or a plural: not a reference back
        bare_head = self._core_end(found.first, found.last) == found.last
        if found.kind == "agency":
            antecedent = self._last(("agency",))
        elif found.kind == "organization":
            antecedent = self._last(("organization", "document"), head_tok.low) or self._last(("organization",))
        elif vocab.is_in(head_tok.low, vocab.anonymous) and not vocab.is_in(head_tok.low, vocab.roles):
            # "the Kremlin source" after "a Kremlin source", else any earlier "… source"
            antecedent = self._last(("anonymous",), self._bare(found.first, found.last)) or self._last(
                ("anonymous",), head_tok.low
            )
        elif bare_head:
            antecedent = self._last(("named",)) or self._last(("anonymous",))  # "the expert", "the scientist"
        else:
            antecedent = None  # "the head of …" describes someone, it does not point back
        return self._as(antecedent, found.first, found.last) or found

    def _full_name(self, name: str) -> str:
        """A surname alone ("Peskov") as the full name used earlier ("Dmitry Peskov")."""
        if " " in name:
            return name
        for at in reversed(self.history):
            if at.kind == "named" and " " in at.source and name in at.source.split():
                return at.source
        return self._name_in_text(name) or name

    def _name_in_text(self, name: str) -> str:
        """The first place the text gives ``name`` with a first name before it (worked out once per name)."""
        known = self._full_names.get(name)
        if known is None:
            known = self._full_names[name] = self._search_name_in_text(name)
        return known

    def _search_name_in_text(self, name: str) -> str:
        if not (name[:1].isupper() or "-" in name):
            return ""
        texts = self.toks.texts
        key = name.lower()
        for i in sorted({*self.toks.positions({key}), *self.toks.positions({key}, short=True)}):
            if i == 0 or texts[i] != name:
                continue
            first = i
            while first > 0 and (self.scan.capitalised(first - 1) or self.toks[first - 1].low in self.vocab.particles):
                first -= 1
            first = self._role_end(first, i + 1)
            if first < i and self._looks_like_person(first, i + 1):
                return self._words(first, i + 1)
        return ""

    # --- finding the source of a cue

    def _skip_back(self, k: int, lo: int) -> int:
        while k >= lo and (self.toks[k].tag in ("RB", "MD") or self.toks[k].low in AUXILIARIES):
            if self.toks[k].low in NEGATIONS:
                return -1
            k -= 1
        return k

    def _classified(self, span: tuple[int, int] | None, zone_end: int) -> Source | None:
        if span is None:
            return None
        first, last = span
        if last - first == 1 and self.toks[first].low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            return None
        return self.classify(first, last, zone_end)

    def _finished(self, found: Source | None) -> Source | None:
        """A classified source with references resolved and a surname given in full."""
        if found is None:
            return None
        found = self._resolve(found)
        if found.kind == "named":
            found = found._replace(name=self._full_name(found.name))
        return found

    def _checked(self, span: tuple[int, int] | None, zone_end: int) -> Source | None:
        return self._finished(self._classified(span, zone_end))

    def _subject(self, cue: _Cue, lo: int, hi: int) -> tuple[Source | None, bool]:
        """The source before a cue (or right after it: '…,” said X'); True if it came after."""
        toks = self.toks
        k = self._skip_back(cue.first - 1, lo)
        if k < lo:
            return None, False
        tok = toks[k]
        if tok.low in BE_FORMS or tok.low == "to":
            return None, False  # passive ("is being called") or infinitive ("declined to say")
        takes_object = cue.name in self.vocab.takes_object
        if tok.text == "," or tok.text in QUOTE_MARKS:
            after = None if takes_object else self._after_cue(cue, hi)
            if after is not None:
                return after, True
            return (self._apposition(k, lo, cue) if tok.text == "," else None), False
        if tok.low == "and":
            return self._clause_subject(lo, k), False
        if tok.low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | WRITER_SUBJECTS:
            return self._pronoun(k, lo), False
        span = self.scan.before(k + 1, lo)
        found = self._classified(span, toks[cue.first].start)
        if span is not None and (found is None or found.role_only):
            named = self._name_before_comma(span[0], lo, toks[cue.first].start)
            if named is not None:
                return named._replace(role=self._words(*span)), False
        return self._finished(found), False

    def _after_cue(self, cue: _Cue, hi: int) -> Source | None:
        """'…,” said Dmitry Peskov, the Kremlin spokesman': the source after the cue, with its role."""
        if cue.last >= hi or self.toks[cue.last].low == "that":
            return None
        span = self.scan.after(cue.last, hi)
        if span is None:
            return None
        quoted = self.toks[cue.first - 1].text in QUOTE_MARKS
        if not quoted and span[1] < hi and self.toks[span[1]].text not in "," + CLAUSE_END:
            return None  # "…, said Washington was reviewing": Washington is what was said, not who
        found = self._checked(span, self._clause_end(span[1], hi))
        if found is None:
            return None
        role = self._appositive_role(span[1], hi)
        return found._replace(role=role) if role and found.kind == "named" and not found.role else found

    def _clause_end(self, i: int, hi: int) -> int:
        while i < hi and self.toks[i].text not in "," + CLAUSE_END:
            i += 1
        return self.toks[i].start if i < hi else self.toks[hi - 1].end

    def _appositive_role(self, i: int, hi: int) -> str:
        """The role set off by commas after a name: ', the Kremlin spokesman,'."""
        if i + 1 >= hi or self.toks[i].text != ",":
            return ""
        first = self.toks[i + 1]
        if not (first.low in ARTICLES or first.tag == "PRP$" or first.low.endswith("'s")):
            return ""
        j = i + 1
        while j < hi and j - i <= MAX_ROLE_TOKENS and self.toks[j].text not in "," + CLAUSE_END:
            if self.toks[j].tag in ("WP", "WDT") or self.toks[j].low in ("who", "which", "when", "while"):
                break
            j += 1
        return self._words(i + 1, j)

    def _name_before_comma(self, first: int, lo: int, zone_end: int) -> Source | None:
        """'Yuri Lyamin, a senior researcher at the AST Center said': the name before the role."""
        if first - 1 <= lo or self.toks[first - 1].text != ",":
            return None
        span = self.scan.before(first - 1, lo)
        if span is None or not self._clean_left(span[0], lo):
            return None
        found = self._checked(span, zone_end)
        return found if found is not None and found.kind == "named" else None

    def _apposition(self, comma: int, lo: int, cue: _Cue) -> Source | None:
        """'NAME, ROLE, said' and 'ROLE, NAME, said': the name, with the other part as its role."""
        toks = self.toks
        m = comma - 1
        while m >= lo and comma - m <= MAX_APPOSITION_TOKENS and toks[m].text != ",":
            if toks[m].text in QUOTE_MARKS:
                return None
            m -= 1
        if m < lo or toks[m].text != ",":
            return None
        zone_end = toks[cue.first].start
        span0 = self.scan.before(m, lo)
        src0 = self._checked(span0, zone_end) if span0 and self._clean_left(span0[0], lo) else None
        span1 = self.scan.after(m + 1, comma)
        src1 = self._checked(span1, zone_end) if span1 else None
        chunk = self._words(m + 1, comma)
        opener = toks[m + 1]
        role = chunk if opener.low in ARTICLES or opener.tag == "PRP$" or opener.low.endswith("'s") else ""
        if src0 is not None and src0.kind == "named":
            if src1 is not None and src1.kind == "organization" and src1.first == m + 1 and opener.low in ARTICLES:
                return src0._replace(kind="organization", role="")  # "HTS, the group whose fighters …"
            return src0._replace(role=src0.role or role)
        if src1 is not None and src1.kind == "named" and span1 == (m + 1, comma) and (src0 is None or src0.role_only):
            return src1._replace(role=src1.role or (self._words(*span0) if span0 else ""))  # "its leader, X, said"
        if src0 is not None:
            return src0
        return None

    def _clause_subject(self, lo: int, k: int) -> Source | None:
        """'X called for … and said …': the subject the clause started with."""
        i = lo
        if self.toks[lo].tag in ("IN", "RB", "VBG") or self.toks[lo].low == "according":
            comma = next((j for j in range(lo, k) if self.toks[j].text == ","), None)
            if comma is None:
                return None
            i = comma + 1
        span = self.scan.after(i, k)
        return self._checked(span, self.toks[k].start) if span else None

    def _sentence_subject(self, lo: int, before: int) -> Source | None:
        found = self._clause_subject(lo, before)
        return found if found is not None and found.last <= before else None

    def _object(self, cue: _Cue, hi: int) -> Source | None:
        if cue.last >= hi:
            return None
        span = self.scan.after(cue.last, hi)
        return self._checked(span, self._clause_end(span[1], hi)) if span else None

    # --- claims

    def _trimmed(self, start: int, end: int) -> Span | None:
        """A claim without the spaces, commas, final stop and unmatched quotation mark around it."""
        text = self.text
        while start < end and text[start] in " ,:;–—-":
            start += 1
        while end > start and text[end - 1] in " .,;:!?":
            end -= 1
        inner = text[start:end]
        if end > start and text[end - 1] in QUOTE_MARKS and sum(inner.count(q) for q in QUOTE_MARKS) % 2:
            end -= 1
            while end > start and text[end - 1] in " .,;:!?":
                end -= 1
        return Span.of(text, start, end) if end > start else None

    def _quote_ending_at(self, end: int) -> Span | None:
        quote = self.quote_by_end.get(end)
        return quote_inside(quote) if quote is not None else None

    def _claim_before(self, first: int, lo: int, sentence: Sentence) -> tuple[Span | None, bool]:
        """What comes before the source: the quotation it closes, or the clause before the comma."""
        k = first - 1
        while k >= lo and self.toks[k].text == ",":
            k -= 1
        if k < lo:
            return None, False
        if self.toks[k].text in QUOTE_MARKS:
            quoted = self._quote_ending_at(self.toks[k].end)
            if quoted is not None and not self.text[sentence.start : quoted.start - 1].strip():
                return quoted, True
        dateline = DATELINE_RE.match(self.text, sentence.start, self.toks[k].end)
        return self._trimmed(dateline.end() if dateline else sentence.start, self.toks[k].end), False

    def _claim_after(self, j: int, hi: int, sentence: Sentence) -> tuple[Span | None, bool] | None:
        """What follows the cue: a that-clause, a quotation or the clause itself; None if nothing does."""
        toks = self.toks
        if j + 1 < hi and toks[j].low == "as" and toks[j + 1].tag == "VBG":
            j += 2  # "quoted a source as saying …"
        for k in range(j, min(hi, j + CLAIM_LOOKAHEAD)):
            tok = toks[k]
            if tok.low == "that":
                return self._trimmed(toks[k].end, sentence.end), False
            if tok.text in QUOTE_MARKS:
                quote = self.quote_by_start.get(tok.start)
                if quote is not None:
                    return quote_inside(quote), True
            if tok.tag in FINITE_TAGS or tok.text in CLAUSE_END:
                break
        k = self._past_phrases(j, hi)
        if k >= hi or toks[k].text in "," + CLAUSE_END or toks[k].tag in ("WP", "WDT"):
            return None
        return self._trimmed(toks[k].start, sentence.end), False

    def _past_phrases(self, k: int, hi: int) -> int:
        """Past the adverbs and prepositional phrases after a cue ("on Tuesday", "in an interview with X")."""
        toks = self.toks
        while k < hi:
            tok = toks[k]
            if tok.tag == "RB":
                k += 1
                continue
            infinitive = k + 1 < hi and tok.tag == "TO" and toks[k + 1].tag == "VB"  # "vowed to protect"
            if tok.tag not in ("IN", "TO") or infinitive or tok.low == "that":
                return k
            k += 1
            if k < hi and toks[k].tag == "PRP":
                k += 1
                continue
            span = self.scan.after(k, hi)
            if span is None:
                return k
            k = span[1]
        return k

    def _claim(
        self, cue: _Cue, source: Source | None, after: bool, lo: int, hi: int, sentence: Sentence
    ) -> tuple[Span | None, bool]:
        """The claim of a cue and whether it is a direct quote."""
        j = cue.last
        if after and source is not None:
            return self._claim_before(cue.first, lo, sentence)
        if cue.name in self.vocab.addressee | self.vocab.writer_contact | self.vocab.citing:
            obj = self.scan.after(j, hi)
            if obj is not None:
                j = obj[1]
            elif j < hi and self.toks[j].tag == "PRP":
                j += 1
        claim = self._claim_after(j, hi, sentence)
        if claim is not None:
            return claim
        if source is None or cue.name in self.vocab.writer_contact:
            return None, False
        if source.first - lo <= SHORT_INTRO_TOKENS and j + 1 < hi and self.toks[j].text == ",":
            return self._trimmed(self.toks[j].end, sentence.end), False  # "As the SNHR's database shows, …"
        return self._claim_before(source.first, lo, sentence)

    def _according_claim(
        self, cue: _Cue, source: Source, lo: int, hi: int, sentence: Sentence
    ) -> tuple[Span | None, bool]:
        """'According to X, CLAIM' or 'CLAIM, according to X'."""
        toks = self.toks
        intro = cue.first - lo <= SHORT_INTRO_TOKENS
        if source.last < hi and toks[source.last].text == "," and intro:
            return self._trimmed(toks[source.last].end, sentence.end), False
        if cue.first > lo and toks[cue.first - 1].text in "," + QUOTE_MARKS:
            return self._claim_before(cue.first, lo, sentence)
        return self._claim_after(source.last, hi, sentence) or (None, False)

    # --- the sentence

    def _attribution(self, source: Source, cue: _Cue, claim, sentence: Sentence) -> Attribution:
        claim_span, direct = claim if claim else (None, False)
        return Attribution(
            kind=source.kind,
            source=source.name,
            cue=cue.name,
            cue_type=cue.type,
            direct_quote=bool(direct and claim_span is not None),
            span=self._span(source.first, source.last),
            cue_span=self._span(cue.first, cue.last),
            claim=claim_span,
            sentence=sentence.index,
            role=source.role,
        )

    def read_sentence(self, sentence: Sentence) -> list[Attribution]:
        lo, hi = self._tok_at(sentence.start), self._tok_at(sentence.end)
        found: list[Attribution] = []

        def add(source: Source | None, cue: _Cue, claim) -> None:
            if source is None:
                return
            at = self._attribution(source, cue, claim, sentence)
            if all((a.span.start, a.span.end) != (at.span.start, at.span.end) for a in found):
                found.append(at)
                self.history.append(at)

        vocab = self.vocab
        for cue in self._cues(sentence, lo, hi):
            if cue.name == "according to":
                if cue.last < hi and self.toks[cue.last].tag == "PRP":
                    source = self._pronoun(cue.last, lo)  # "According to him"
                else:
                    span = self.scan.after(cue.last, hi)
                    source = self._checked(span, self._clause_end(span[1], hi)) if span else None
                if source is not None:
                    add(source, cue, self._according_claim(cue, source, lo, hi, sentence))
                continue
            subject, after = self._subject(cue, lo, hi)
            obj = self._object(cue, hi) if cue.name in vocab.takes_object else None
            writer = subject is not None and subject.kind == "self"
            if cue.name in vocab.writer_contact and writer:
                k = self._skip_back(cue.first - 1, lo)
                if obj is None and k > lo:
                    obj = self._checked(self.scan.before(k, lo), self.toks[k].start)  # "diplomats I spoke to"
            elif cue.name in vocab.writer_contact and cue.name not in vocab.addressee:
                continue  # "Assad asked …", "Assad contacted …": not an attribution
            claim = self._claim(cue, subject, after, lo, hi, sentence)
            if cue.name not in vocab.citing or subject is not None:
                add(subject, cue, claim)
            if obj is not None and (cue.name not in vocab.addressee or obj.kind == "agency" or writer):
                add(obj, cue, claim if claim[0] is not None else (None, False))
        return self._cut_claims(self._shared_claims(found))

    def _shared_claims(self, found: list[Attribution]) -> list[Attribution]:
        """An outlet told or a source cited shares the claim of the attribution beside it."""
        vocab = self.vocab
        out = []
        for at in found:
            if at.claim is None and at.cue in vocab.shares_claim:
                near = [o for o in found if o.claim is not None and o is not at]
                if near:
                    other = min(near, key=lambda o: abs(o.span.start - at.span.start))
                    at = replace(at, claim=other.claim, direct_quote=other.direct_quote)
            out.append(at)
        return out

    def _cut_claims(self, found: list[Attribution]) -> list[Attribution]:
        """A claim stops where another source of the same sentence starts after a comma."""
        out = []
        for at in found:
            claim = at.claim
            if claim is not None:
                for other in found:
                    for piece in (other.span, other.cue_span):
                        if piece is None or not claim.start < piece.start < claim.end:
                            continue
                        before = self.text[claim.start : piece.start].rstrip()
                        if before.endswith(","):
                            cut = self._trimmed(claim.start, claim.start + len(before))
                            claim = cut if cut is not None else claim
            out.append(replace(at, claim=claim) if claim is not at.claim else at)
        return out


def summarize(attributions: Sequence[Attribution]) -> tuple[dict[str, int], dict[str, float], tuple[str, ...]]:
    """Counts and shares per kind, and the distinct sources other than the writer."""
    counts = Counter(a.kind for a in attributions)
    total = len(attributions)
    shares = {k: round(counts.get(k, 0) / total, ROUND) if total else 0.0 for k in SOURCE_KINDS}
    distinct = tuple(dict.fromkeys(a.source for a in attributions if a.kind != "self"))
    return {k: counts.get(k, 0) for k in SOURCE_KINDS}, shares, distinct


def analyze_sourcing(doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention] = ()) -> SourcingResult:
    """Every attribution in the scored sentences, with counts, shares and distinct sources."""
    reader = _Reader(doc, lexicon, mentions)
    attributions: list[Attribution] = []
    for sentence in doc.scored:
        attributions.extend(reader.read_sentence(sentence))
    counts, shares, distinct = summarize(attributions)
    return SourcingResult(tuple(attributions), counts, shares, distinct)
