"""Framing: which word each article chooses in each term family, and which labels it pins on actors.

Term families, poles, actors and labels all come from the lexicon. A family with a ``target`` (how
Assad left, what he is called) counts a match only where it can be about that actor: the actor is
named in the same paragraph or the sentence before, and a title is not followed by someone else's
name ("President Vladimir Putin" is not a title for Assad).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from statistics import fmean

from ..lexicon.model import Lexicon
from ..model import ActorLabel, FamilySummary, FramingResult, Sentence, Span, TermMatch
from ..text.doc import Doc
from ..text.intervals import Intervals
from ..text.phrases import group_by_sentence
from .actors import Mention
from .discovery import discover_labels, merge_labels
from .discovery.vocabulary import person_nouns
from .framing_context import EVENT, REFUGE, TermContext, excluded, title_first, without_inner
from .framing_labels import BARE_TITLES, find_actor_labels, mentioned_word, named_other
from .framing_scope import predicate_of_clause, title_object
from .loaded_context import denied

ROUND = 4
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
# Words before a title that leave it the target's; the lexicon adds its own ([framing] title_qualifiers: "Syrian").
TITLE_QUALIFIERS = frozenset({"the", "a", "former", "ousted", "deposed", "toppled"})


# How far back (in scored sentences) a targeted term may look for its actor: "The former president,
# who flew to Russia, ..." opens a paragraph that does not name him again.
TARGET_LOOKBACK_SENTENCES = 3
TITLE_LOOKBACK_SENTENCES = 6  # "the former president" reaches further back than "fled"
TITLE_WORDS = frozenset({"president"})  # a title right before a name, telling who a bare "head of state" is
HEADLINE_LOOKAHEAD_SENTENCES = 2
COLLECTIVES = frozenset({"family", "clan", "dynasty"})  # namesakes that include the target himself


class _TargetContext:
    """Where each actor is named, and where someone else who shares the name is (Assad's wife)."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon):
        sentences = doc.sentences
        self.sentences = list(doc.scored)
        self.position = {s.index: i for i, s in enumerate(self.sentences)}
        self.by_sentence = {(m.sentence, m.actor) for m in mentions}
        para_of = {s.index: s.paragraph for s in sentences}
        self.by_paragraph = {(para_of[m.sentence], m.actor) for m in mentions}
        self.namesakes = {
            (index, m.payload)
            for index, found in group_by_sentence(lexicon.compiled.not_aliases.find(doc.tokens), sentences).items()
            for m in found
        }
        # the namesakes who are other people (Asma, Maher), not the family he belongs to ("the Assad family's rule")
        self.other_people = {
            (index, m.payload)
            for index, found in group_by_sentence(lexicon.compiled.not_aliases.find(doc.tokens), sentences).items()
            for m in found
            if doc.tokens.lows[m.last - 1] not in COLLECTIVES
        }
        self.mentions_at = {m.span.start: m for m in mentions}
        self.title_qualifiers = TITLE_QUALIFIERS | {_folded(q) for q in lexicon.title_qualifiers}
        self.first_mention: dict[str, int] = {}
        for m in mentions:
            self.first_mention.setdefault(m.actor, m.sentence)

    def named_before(self, sentence: Sentence, actor: str) -> bool:
        first = self.first_mention.get(actor)
        return first is not None and first <= sentence.index

    def near(self, sentence: Sentence, actor: str, *, lookback: int = TARGET_LOOKBACK_SENTENCES) -> bool:
        """Is the actor named in this sentence, its paragraph or just before (after, for a headline)?"""
        if (sentence.index, actor) in self.by_sentence:
            return True
        if (sentence.index, actor) in self.namesakes:
            return False  # "al-Assad's wife ... fled": about someone else with the name
        if (sentence.paragraph, actor) in self.by_paragraph:
            return True
        i = self.position[sentence.index]
        window = self.sentences[max(0, i - lookback) : i]
        if i == 0 or (
            self.sentences[i - 1].paragraph != sentence.paragraph
            and i + 1 < len(self.sentences)
            and (self.sentences[i + 1].paragraph != sentence.paragraph)
        ):
            window = [*window, *self.sentences[i + 1 : i + 1 + HEADLINE_LOOKAHEAD_SENTENCES]]
        return any((s.index, actor) in self.by_sentence for s in window)


def _folded(word: str) -> str:
    return word.lower().replace("’", "'")


def _is_title_of_someone_else(
    text: str, start: int, end: int, sentence: Sentence, ctx: _TargetContext, target: str
) -> bool:
    """'President Vladimir Putin', 'US President', 'UAE President': a title that belongs to another person."""
    follow = _NAME_AFTER.match(text, end, sentence.end)
    if follow and follow.group().strip() not in {"Of", "And"}:
        mention = ctx.mentions_at.get(follow.end() - len(follow.group().strip()))
        if mention is None or mention.actor != target:
            return True
    before = _WORD_BEFORE.search(text, sentence.start, start)
    if (
        before
        and text[before.end() : start].strip() == ""
        and (before.start(1) > sentence.start or before.group(1).endswith(("'s", "’s")))
    ):
        word = before.group(1)
        if word[:1].isupper() and _folded(word) not in ctx.title_qualifiers:
            return True
    return False


NAME_LINKS = frozenset({"of", "for"})  # "the Organization for the Liberation of the Levant"


def _inside_name(doc: Doc, first: int, sentence: Sentence) -> bool:
    """Is a capitalised term part of a body's name ("Organization for the Liberation …", "Coalition of
    Opposition …")? A capitalised word, then "of" or "for" (and "the"), then the term, inside the sentence."""
    toks = doc.tokens
    if not toks.texts[first][:1].isupper():
        return False
    k = first - 1
    if k >= 0 and toks.lows[k] == "the":
        k -= 1
    if k < 1 or toks.lows[k] not in NAME_LINKS:
        return False
    head = k - 1
    return toks.starts[head] > sentence.start and toks.texts[head][:1].isupper()


def _after_block_words(doc: Doc, lexicon: Lexicon) -> set[int]:
    """Token positions right after a ``not_after`` phrase ("Syrians fleeing"): a targeted term there is about others."""
    index = lexicon.compiled.not_after
    return {m.last for m in index.find(doc.tokens)} if index else set()


def _modifier_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Family id -> the words its own terms put before their head ("Syrian" in "Syrian president"), once per
    lexicon: such a word before a term is part of the term, not a sign that it is about someone else."""
    allowed: dict[str, frozenset[str]] = {}
    for family in lexicon.families:
        words: set[str] = set()
        for term in family.terms:
            for variant in term.variants or (term.term,):
                parts = variant.lower().replace("(", "").replace(")", "").split()
                words.update(p.removesuffix("'s") for p in parts[:-1])
        allowed[family.id] = frozenset(words)
    return allowed


class _Referents:
    """What a term may be about besides the family's subject: who else the sentence names, and how."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon, labels: Sequence[ActorLabel]):
        self.doc = doc
        compiled = lexicon.compiled
        self.namesake_ends = {m.last for m in compiled.not_aliases.find(doc.tokens)} if compiled.not_aliases else set()
        spans = Intervals((m.span.start, m.span.end) for m in mentions)
        # Labels discovery pinned on a name that is none of the lexicon's actors ("the Islamic State, a jihadist
        # group", "the ANC, once branded terrorist by Washington"): a term inside one is about that name.
        self.others = [
            (a.span.start, a.span.end, a.how)
            for a in labels
            if a.discovered
            and a.how in PINNING_HOWS
            and not a.actor_span.overlaps(a.span.start, a.span.end)
            and a.actor_span.text[:1].isupper()
            and not spans.overlaps(a.actor_span.start, a.actor_span.end)
        ]
        self.allowed = lexicon.compiled.memo("framing.allowed", _modifier_words)
        targets = {f.target for f in lexicon.families if f.target}
        self.target_starts = {m.span.start for m in mentions if m.actor in targets}
        # who "his" is: the person of the lexicon named last before each offset
        persons = {a.name for a in lexicon.actors if a.kind == "person"}
        self.person_mentions = [(m.span.start, m.actor) for m in mentions if m.actor in persons]
        self.targets = targets
        # mentions right after "President" ("Russian President Vladimir Putin"): who "the head of state" is
        toks = doc.tokens
        self.titled = [
            (m.span.start, m.actor, m.sentence)
            for m in mentions
            if (k := doc.token_at(m.span.start) - 1) >= 0 and toks.lows[k] in TITLE_WORDS
        ]

    def titled_other(self, offset: int, target: str, sentence: Sentence) -> bool:
        """Was the last person called by a title before ``offset`` (a few sentences back) someone other than
        ``target``? Then a bare "the head of state" there is that person ("… without the head of state")."""
        before = [(actor, at) for start, actor, at in self.titled if start < offset]
        return bool(before) and before[-1][0] != target and sentence.index - before[-1][1] <= TITLE_LOOKBACK_SENTENCES

    def elsewhere(self, m, family, sentence: Sentence) -> bool:
        """Is this match about someone or something other than the family's subject?"""
        toks = self.doc.tokens
        first, last = m.first, m.last
        if first in self.namesake_ends and (family.target or toks.lows[first - 1] not in COLLECTIVES):
            return True  # "Hafez al-Assad seized power": the namesake's act; "the Assad family regime" is his state
        low = toks.lows[first]
        if low in POSSESSIVES and last - first > 1 and not self._possessor_is_target(m.start):
            return True  # "his government" after "President Vladimir Putin": not Assad's
        if family.kind == "title" and first > 0 and toks.lows[first - 1] in NOT_YET:
            return True  # "marrying the future president in 2000": a title he did not hold then
        if any(s <= m.start and m.end <= e and self._pinned(first, s, how) for s, e, how in self.others):
            return True
        single = last - first == 1
        tag = toks[first].tag
        if single and tag.startswith("NN") and self._modified_by_other(first, family, sentence):
            return True  # "the Putin regime", "the Zionist regime", "the Soviet collapse"
        if (
            single
            and tag in ("VBD", "VBN", "VBG")
            and (family.target or family.kind == EVENT)
            and (
                self._other_subject(first, sentence)
                if m.payload.pole in LEAVING_POLES
                else self._other_object(last, sentence)
            )
        ):
            return True  # "his forces were fleeing", "crowds toppled a statue", "footage captured the moment"
        if single and family.target and not family.kind and low.endswith("s") and tag == "NNS":
            singular = low[:-1]
            if singular in self.allowed.get(family.id, ()) or _is_variant(family, singular):
                return True  # "flights to Africa": one man's flight is singular
        return bool(
            family.kind == REFUGE
            and single
            and last < len(toks)
            and toks.texts[last][:1].islower()
            and toks[last].tag.startswith("NN")
        )  # "asylum seekers", "asylum decisions": the process for others, not what he was given

    def _pinned(self, first: int, start: int, how: str) -> bool:
        """A relative clause pins its term only as predicate ("which Ankara lists as terrorist", not "which backed the
        opposition")."""
        return how != "relative" or predicate_of_clause(self.doc, first, self.doc.token_at(start))

    def _modified_by_other(self, first: int, family, sentence: Sentence) -> bool:
        toks = self.doc.tokens
        k = first - 1
        if k < 0 or toks.starts[k] <= sentence.start:
            return False
        if first + 1 < len(toks) and toks[first + 1].tag in ("DT", "PRP$"):
            return False  # "Kremlin shelters its client": a verb, with its subject before it
        word = toks.texts[k]
        if not word[:1].isupper() or toks.starts[k] in self.target_starts or "-" in word:
            return False
        return toks.bases[k] not in self.allowed.get(family.id, ()) and toks.lows[k] not in self.allowed.get(
            family.id, ()
        )

    def _possessor_is_target(self, offset: int) -> bool:
        # a name right after "President" is a person's too ("President Ahmed al-Sharaa … His government")
        before = sorted(
            [(s, a) for s, a in self.person_mentions if s < offset] + [(s, a) for s, a, _ in self.titled if s < offset]
        )
        return bool(before) and before[-1][1] in self.targets

    def _other_subject(self, first: int, sentence: Sentence) -> bool:
        """The verb's subject is a group ("the remnants of Assad's forces were fleeing", "Russians who fled")."""
        toks = self.doc.tokens
        k = first - 1
        while k >= 0 and toks.starts[k] >= sentence.start and toks.lows[k] in AUXILIARIES:
            k -= 1
        if k < 0 or toks.starts[k] < sentence.start:
            return False
        tag = toks[k].tag
        return tag in ("NNS", "NNPS") or (tag == "" and toks.lows[k].endswith("ians"))

    def _other_object(self, last: int, sentence: Sentence) -> bool:
        """The verb's object is a common noun other than the capital, the state or power ("a statue"); a
        participle after a determiner qualifies the noun instead ("the deposed Syrian president")."""
        toks = self.doc.tokens
        if last - 2 >= 0 and toks.lows[last - 2] in ("the", "a", "an", "its", "his", "this"):
            return False
        k = last
        if k < len(toks) and toks.lows[k] in ("a", "an", "the"):
            k += 1
        while k < len(toks) and toks.ends[k] <= sentence.end and toks[k].tag.startswith("JJ"):
            k += 1
        if k >= len(toks) or toks.ends[k] > sentence.end:
            return False
        word = toks.texts[k]
        if toks.lows[last] in ("a", "an", "the") and title_object(self.doc, k):
            return False  # "toppled the longtime dictator X": a person ("deposed Syrian leader": a participle)
        nounish = toks[k].tag.startswith("NN") or (toks[k].tag == "VBZ" and word.endswith("s"))  # "positions"
        return nounish and word[:1].islower() and toks.bases[k] not in EVENT_OBJECTS


def _is_variant(family, word: str) -> bool:
    return any(word == v.lower() for t in family.terms for v in (t.variants or (t.term,)))


# Constructions that pin a label on one name (a term inside one is about that name).
PINNING_HOWS = frozenset({"apposition", "designation", "relative", "predicate", "premodifier"})
POSSESSIVES = frozenset({"his", "her"})
# Verbs of leaving are about their subject ("his forces were fleeing"); verbs of removal and capture about
# their object ("crowds toppled a statue").
LEAVING_POLES = frozenset({"flight", "voluntary"})
NOT_YET = frozenset({"future", "would-be"})
EVENT_OBJECTS = frozenset(
    {"capital", "city", "country", "power", "government", "regime", "palace", "presidency", "control", "state"}
)
AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "had", "has", "have", "been", "who", "that", "which", "reportedly"}
)


def _bare_title_of_other(text: str, m, target: str, named: set[str], referents, sentence: Sentence) -> bool:
    """A bare "head of state" that is another actor's: one named in the sentence without the target ("the head
    of state, meaning President Putin"), or the last one titled before it ("… 'not without the head of state'")."""
    if text[m.start : m.end].lower() not in BARE_TITLES or target in named:
        return False
    return bool(named - {target}) or referents.titled_other(m.start, target, sentence)


def find_terms(
    doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon, labels: Sequence[ActorLabel] = ()
) -> tuple[TermMatch, ...]:
    """Every family term in the scored sentences, with its pole and position (``labels``: the discovered
    labels, which tell when a term is pinned on a name that is none of the lexicon's actors)."""
    text, sentences, compiled = doc.text, doc.sentences, lexicon.compiled
    ctx = _TargetContext(doc, mentions, lexicon)
    referents = _Referents(doc, mentions, lexicon, labels)
    targets = {f.target for f in lexicon.families if f.target}
    found: list[TermMatch] = []
    ignored_by = group_by_sentence(compiled.ignore.find(doc.tokens), sentences) if compiled.ignore else {}
    blocked_after = _after_block_words(doc, lexicon)
    where = TermContext.of(doc, mentions, lexicon, person_nouns(lexicon).countries)
    actors_in: dict[int, set[str]] = {}
    mention_ends = {m.span.end for m in mentions}
    for mention in mentions:
        actors_in.setdefault(mention.sentence, set()).add(mention.actor)
    titled: dict[tuple[int, str], list[tuple[int, int]]] = {}  # (sentence, target) -> spans of his title terms
    for family in title_first(lexicon.families):
        by_sentence = group_by_sentence(compiled.terms[family.id].find(doc.tokens), sentences)
        for sentence in ctx.sentences:
            if sentence.index not in by_sentence:
                continue
            ignored = [(g.start, g.end) for g in ignored_by.get(sentence.index, ())]
            for m in by_sentence[sentence.index]:
                if any(m.start < e and s < m.end for s, e in ignored):
                    continue
                if family.target and m.first in blocked_after:
                    continue
                if excluded(m, family, sentence, where, family.kind == EVENT):
                    continue  # "became president in 2000", "did not intend to step down", "captured Aleppo"
                if mentioned_word(doc, m.start, m.end) or referents.elsewhere(m, family, sentence):
                    continue
                if denied(doc, m.first, doc.token_at(sentence.start)):
                    continue  # "HTS is not a terrorist group": a word the sentence denies
                if sentence.index not in doc.headings and _inside_name(doc, m.first, sentence):
                    continue
                if not family.target and named_other(doc, m.first, mention_ends, sentence, where.own, where.countries):
                    continue  # "Hezbollah terrorists", "the PKK/YPG terror group": a label on another group
                named = actors_in.get(sentence.index, set())
                if not family.target and any(
                    (sentence.index, t) in ctx.other_people and t not in named for t in targets
                ):
                    continue  # "His brother Maher al-Assad has not been granted asylum": the namesake's
                if family.kind == "title" and _bare_title_of_other(text, m, family.target, named, referents, sentence):
                    continue
                lookback = TITLE_LOOKBACK_SENTENCES if family.kind == "title" else TARGET_LOOKBACK_SENTENCES
                if (
                    family.target
                    and not any(e <= m.start or m.end <= b for b, e in titled.get((sentence.index, family.target), ()))
                    and not ctx.near(sentence, family.target, lookback=lookback)
                ):  # "The dictator ran away": a title of his in the sentence is a mention of him
                    # "the deposed president", far from his name, is still the article's president
                    # ... but not a bare "The President", which in a story about two presidents may be either.
                    definite = _THE_BEFORE.search(text, sentence.start, m.start) is not None
                    bare_title = text[m.start : m.end] == "President"
                    if not (
                        family.kind == "title"
                        and definite
                        and not bare_title
                        and ctx.named_before(sentence, family.target)
                    ):
                        continue
                if family.kind == "title" and _is_title_of_someone_else(
                    text, m.start, m.end, sentence, ctx, family.target
                ):
                    continue
                if family.kind == "title":
                    titled.setdefault((sentence.index, family.target), []).append((m.start, m.end))
                term = m.payload
                position = family.pole(term.pole).position
                found.append(
                    TermMatch(family.id, term.term, term.pole, position, Span.of(text, m.start, m.end), sentence.index)
                )
    found.sort(key=lambda t: (t.span.start, t.family))
    return without_inner(found, lexicon)


def summarize_families(terms: Sequence[TermMatch], lexicon: Lexicon) -> tuple[FamilySummary, ...]:
    """Per family: how often each pole was chosen, its share, and the mean position."""
    out = []
    for family in lexicon.families:
        chosen = [t for t in terms if t.family == family.id]
        counts = Counter(t.pole for t in chosen)
        total = sum(counts.values())
        shares = {p.id: round(counts.get(p.id, 0) / total, ROUND) if total else 0.0 for p in family.poles}
        position = round(fmean(t.position for t in chosen), ROUND) if chosen else None
        ordered_terms = tuple(dict.fromkeys(t.term for t in chosen))
        out.append(
            FamilySummary(
                family.id,
                family.label,
                {p.id: counts.get(p.id, 0) for p in family.poles},
                shares,
                position,
                ordered_terms,
            )
        )
    return tuple(out)


def analyze_framing(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> FramingResult:
    discovered = discover_labels(doc, lexicon, mentions)
    terms = find_terms(doc, mentions, lexicon, discovered)
    labels = merge_labels(find_actor_labels(doc, mentions, lexicon), discovered)
    families = summarize_families(terms, lexicon)
    positions = [f.position for f in families if f.position is not None]
    overall = round(fmean(positions), ROUND) if positions else None
    return FramingResult(terms, labels, families, overall)


__all__ = ["analyze_framing", "find_actor_labels", "find_terms", "summarize_families"]
