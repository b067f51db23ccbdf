"""What the sourcing stages share for one article: its tokens, quoted passages and word-list hits, the noun
phrase scanner, the sources found so far (for references back), and small helpers over token ranges."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, TypeVar

from ...lexicon.model import Lexicon
from ...model import Attribution, Span
from ...text.doc import Doc
from ...text.nounphrase import Scanner
from ...text.phrases import Match
from ...text.quotes import QUOTE_MARKS
from ...text.tokens import Tokens
from ..actors import Mention
from . import real_copy
from .vocabulary import ARTICLES, GLUE_ENDINGS, MARKER_GLUE_WORDS, vocabulary

T = TypeVar("T")


FRONT_OPENERS = frozenset({"in", "on", "for", "during", "over", "throughout", "last", "this", "earlier", "later", "by"})
FRONT_FILLERS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "rest",
        "past",
        "same",
        "coming",
        "few",
        "early",
        "late",
        "last",
        "this",
        "next",
        "on",
        "at",
        "in",
    }
)
FRONT_TOKENS = 7  # a fronted time phrase is this short


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


class Source(NamedTuple):
    """A source as found: its kind, normalised name, role and the tokens that name it."""

    kind: str
    name: str
    role: str
    first: int
    last: int  # one past the last token
    role_only: bool = False
    refers: bool = False  # a pronoun or description pointing back to a source named before ("she", "the agency")


class CueHit(NamedTuple):
    """A verb or phrase of saying found in a sentence: its lexicon cue, cue type and tokens."""

    name: str
    type: str
    first: int
    last: int
    only: tuple[str, ...] = ()  # kinds of source the cue allows (() any)


# Where a wire story names its own agency: "MOSCOW (Reuters) -", "Jaipur, Mar 4 (PTI)", "KAZINFORM –".
DATELINE_CHARS = 300
_CREDIT_RE = re.compile(r"\(([^()\n]{2,40})\)|^\s*([A-Z][A-Za-z]{2,30})\s*[–—-]", re.MULTILINE)


def _spells_out(before: str, acronym: str) -> bool:
    """The bracketed ``acronym`` is made of the initials of the capitalised words just before it."""
    if not acronym.isupper() or not acronym.isalpha():
        return False
    words = [w for w in before.split()[-len(acronym) - 2 :] if w[:1].isupper()]
    return "".join(w[0] for w in words[-len(acronym) :]) == acronym


def _same_outlet(outlet: str, aliases: set[str]) -> bool:
    """The outlet's name is one of the agency's names, or one holds every word of the other ("ABC News")."""
    words = set(outlet.split()) - {"the"}
    return outlet in aliases or any((set(a.split()) - {"the"}) <= words or words <= set(a.split()) for a in aliases)


def own_outlet(doc: Doc, agency_hits: Hits) -> frozenset[str]:
    """The agency names that are the article's own outlet (its metadata, or the credit in its dateline):
    the outlet a quote was given to is the writer, not a source ("…, he told AFP" in an AFP story)."""
    names: set[str] = set()
    outlet = " ".join(doc.article.outlet.lower().split())
    for _first, _last, agency in agency_hits.found:
        aliases = {a.lower() for a in (agency.name, *agency.aliases)}
        if outlet and _same_outlet(outlet, aliases):
            names.add(agency.name)
    head = doc.text[:DATELINE_CHARS]
    for m in _CREDIT_RE.finditer(head):
        credit = (m.group(1) or m.group(2) or "").strip()
        if m.group(1) and _spells_out(head[: m.start()], credit):
            continue  # "China Media Group (CMG) reported": the acronym of the name before it, not a dateline credit
        for first, _last, agency in agency_hits.found:
            if doc.tokens.starts[first] >= DATELINE_CHARS:
                break
            if credit and credit.lower() in {a.lower() for a in (agency.name, *agency.aliases)}:
                names.add(agency.name)
    return frozenset(names)


class ArticleContext:
    """One article as the sourcing stages read it, with the attributions found so far (``history``)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, mentions: Sequence[Mention]) -> None:
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
        self.sentence_firsts = {self.tok_at(s.start) for s in sentences}
        vocab = self.vocab
        self.cue_hits = Hits(vocab.cue_index.find(self.toks))
        self.cue_firsts = frozenset(f for f in self.cue_hits.firsts if not real_copy.bare_per(self.toks, f))
        self.not_cue_hits = Hits(vocab.not_cue_index.find(self.toks))
        self.marker_hits = Hits(vocab.marker_index.find(self.toks))
        self.agency_hits = Hits(vocab.agency_index.find(self.toks))
        self.metonym_hits = Hits(vocab.metonym_index.find(self.toks))
        self.body_hits = Hits([m for m in vocab.body_index.find(self.toks) if m.last - m.first > 1])
        self.role_hits = Hits(vocab.role_index.find(self.toks))
        self.adjunct_ends = {m.last: m.first for m in vocab.adjunct_index.find(self.toks)}
        self.marker_firsts = frozenset(f for f, _, _ in self.marker_hits.found)
        self.markers = [(self.toks[f].start, self.toks[e - 1].end) for f, e, _ in self.marker_hits.found]
        # markers that end in a preposition ("close to", "familiar with") join a noun phrase like one
        glue = {
            i
            for f, e, _ in self.marker_hits.found
            if e - f <= MARKER_GLUE_WORDS and self.toks.lows[e - 1] in GLUE_ENDINGS
            for i in range(f, e)
        }
        glue |= set(self._body_on())  # "the Committee on Foreign Investment": one body's name
        self.scan = Scanner(
            self.toks,
            sentence_starts=self.sentence_firsts,
            lexical=self.vocab.lexical,
            particles=self.vocab.particles,
            glue=glue,
            body_heads=self.vocab.organizations,
            role_heads=self.vocab.roles,
            stops=frozenset(self.adjunct_ends.values()),
        )
        self.own = own_outlet(doc, self.agency_hits)
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.history: list[Attribution] = []
        self._per_name: dict[tuple[Callable[..., Any], str], Any] = {}
        self._heading_spans = [(s.start, s.end) for s in doc.sentences if s.index in doc.headings]

    def _body_on(self):
        """ "on" between a capitalised body's head and a capitalised word ("Committee on Foreign Investment",
        "Commission on Human Rights"): part of the body's name."""
        toks, vocab = self.toks, self.vocab
        for i in toks.positions(("on",)):  # only where "on" stands: this runs for every article
            if not 0 < i < len(toks) - 1:
                continue
            before, after = toks[i - 1], toks[i + 1]
            named = before.text[:1].isupper() and after.text[:1].isupper() and after.low not in vocab.time_words
            if named and vocab.is_in(before.low, vocab.organizations):
                yield i  # not "The Council on Monday said"

    def per_name(self, work: Callable[[ArticleContext, str], T], name: str) -> T:
        """``work(self, name)``, worked out once per name and article: the reference checks ask the same name
        again for every cue, and each answer is a scan of the whole text."""
        key = (work, name)
        if key not in self._per_name:
            self._per_name[key] = work(self, name)
        return self._per_name[key]

    def is_own(self, name: str) -> bool:
        """The outlet ``name`` is the article's own (its metadata or dateline credit), so the writer."""
        outlet = " ".join(self.doc.article.outlet.lower().split())
        return name in self.own or (bool(outlet) and _same_outlet(outlet, {" ".join(name.lower().split())}))

    def in_heading(self, offset: int) -> bool:
        """The offset lies in a headline or subheading."""
        return any(start <= offset < end for start, end in self._heading_spans)

    def tok_at(self, offset: int) -> int:
        return bisect_left(self.offsets, offset)

    def span(self, first: int, last: int) -> Span:
        return Span.of(self.text, self.toks[first].start, self.toks[last - 1].end)

    def words(self, first: int, last: int) -> str:
        return self.text[self.toks[first].start : self.toks[last - 1].end] if last > first else ""

    def bare(self, first: int, last: int) -> str:
        """A phrase without its leading article and trailing possessive ("the SNHR's" -> "SNHR")."""
        if last - first > 1 and self.toks[first].low in ARTICLES:
            first += 1
        words = self.words(first, last)
        for ending in ("'s", "’s", "’", "'"):
            if words.endswith(ending):
                return words[: -len(ending)]
        return words

    def inside_quote(self, offset: int) -> bool:
        return self.doc.quoted(offset) is not None

    def phrase_ends(self, j: int, hi: int) -> bool:
        """Token ``j`` closes a speaker's phrase: the clause ends, a comma, or a channel phrase opens ("in a
        statement", "at a news conference")."""
        return j >= hi or self.toks[j].text in ",.;!?" or j in self.scan.stops

    def past_fronted_time(self, lo: int, before: int) -> int:
        """Past a time phrase that opens the sentence with no comma after it, up to a capitalised word ("In the
        first half Coyle said", "On Monday afternoon Chief Superintendent X said"); else ``lo``."""
        toks, vocab = self.toks, self.vocab
        if lo >= before or toks[lo].low not in FRONT_OPENERS:
            return lo
        k, timed = lo + 1, False
        while k < before and k - lo <= FRONT_TOKENS:
            low = toks[k].low
            if low in vocab.time_words or low in vocab.period_words or low[:1].isdigit():
                timed = True
            elif low not in FRONT_FILLERS:
                break
            k += 1
        return k if timed and k < before and self.scan.capitalised(k) else lo

    def clean_left(self, first: int, lo: int) -> bool:
        """The phrase starts a clause: at the sentence start or after a comma, quote, colon or dash."""
        return first == lo or self.toks[first - 1].text in f",:;({QUOTE_MARKS}–—-"

    def marker_between(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _ in self.markers)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                out.append(self.mentions[i])
            i += 1
        return out
