"""Loaded language: emotive and judging words, from well-kept resources, in the voice they belong to.

Where the words come from, and the principles that keep them precise (docs/methods/loaded.md):

- **VADER** (``vaderSentiment``'s ``vader_lexicon.txt``, MIT licence), by word class (the tag TextBlob's
  lexicon gives the word, or an adjective ending where it has none), each from its threshold in
  data/loaded.toml: adjectives (a lower valence for negative ones than for positive ones), with the -ly adverb
  of a negative one; participles only where they work as adjectives ("terrified families", "were
  devastated"), not as verbs ("had defeated", "had been bullied"); nouns for a person by an agent ending
  ("racists", "warmonger"); other nouns only when strongly negative and used as nouns ("chaos", "fury",
  "a travesty"; not "to ruin"). Positive nouns are left out: VADER rates how pleasant the thing is
  ("heart", "reward"), not whether the writer judges; so are verbs (they name what happened) and VADER's own
  adverbs (degree: "perfectly", "badly").
- **TextBlob** (its Pattern adjective lexicon): an adjective counts when its subjectivity and its polarity
  (either way) reach the thresholds of data/loaded.toml.
- the lexicon's own ``[loaded] words``: what no resource has (epithets such as "mob", "thugs", "regime",
  vivid verbs, idioms such as "running battles"), each class documented in the lexicon file.

Minus ``[loaded] plain``: words a resource scores but that name an event, a legal status or an official
reaction rather than judge it ("killed", "criminal", "welcome"). Sentiment scores are TextBlob's and are
not touched here.

Voices: a word inside quotation marks attributed to a speaker counts for the speaker (``loaded_quoted``);
inside quotation marks with no speaker (scare quotes) for neither. A word that is someone else's
characterisation is left out: after a reporting frame ("accused of", "branded"), in the complement of a
characterising verb ("portrayed X as a dictator", "classify HTS as a terrorist organisation"), before the
designator ("a terrorist group listed by the UN", "in the eyes of much of the world"), after hearsay ("is
said to be"), denied by the writer ("is not the work of agitators"), or asked in a yes/no question ("Is
the group still a terrorist organisation?"). Everything else, headlines included, is the writer's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ..lexicon.model import Lexicon
from ..model import LoadedWord, SourcingResult, Span
from ..text.doc import Doc
from ..text.phrases import PhraseIndex, inflections
from ..text.tokens import PUNCT
from .loaded_constructions import construction_spans
from .loaded_context import STOPS, accused_charges, after_link, denied
from .loaded_news import news_words, plain_idioms, sentence_adverbs, vivid_compound
from .loaded_register import literal_sense
from .loaded_scope import held_back
from .loaded_words import NOUN, PARTICIPLE, adverb_forms, plural, resource_words, thresholds, vader_valence

# Words of a reporting frame: what follows is someone else's characterisation ("accused of abandoning",
# "branded a traitor", "designated as a terrorist organisation"), not the writer's loaded word.
REPORTING_FRAMES = (
    "accused of",
    "accusing",
    "accuses",
    "branded",
    "branding",
    "labelled",
    "labeled",
    "dismissed as",
    "denounced as",
    "portrayed as",
    "described as",
    "designated",
    "designation",
    "listed as",
    "classed as",
    "classified as",
    "proscribed",
    "recognized as",
    "recognised as",
    "considered",
    "considers",
    "regarded as",
    "calls",
    "called",
    "calling",
    "call",
    "dubbed",
    "told they are",
    "banned",
    "said to be",
    "by all accounts",
    "by many accounts",
    "by several accounts",
    "by most accounts",
    "by some accounts",
    "reported to be",
    "alleged to be",
    "rumoured to be",
    "rumored to be",
    # an emotion someone else voices is theirs ("expressed his horror", "voiced outrage")
    "expressed",
    "expressing",
    "voiced",
)
FRAME_WINDOW = 3  # tokens between the frame and the word
# Verbs whose object is then characterised after "as": "portrayed the candidate as a dictator",
# "classify HTS as a terrorist organization", "described himself as an admirer of …", "mocked as a coward".
CHARACTERISING_VERBS = (
    "portray",
    "depict",
    "paint",
    "cast",
    "describe",
    "brand",
    "label",
    "classify",
    "class",
    "designate",
    "list",
    "regard",
    "consider",
    "dismiss",
    "denounce",
    "mock",
    "deride",
    "hail",
    "present",
    "recognise",
    "recognize",
    "ban",
    "proscribe",
    "characterise",
    "characterize",
    "condemn",
    "decry",
    "smear",
    "caricature",
    "stereotype",
    # someone's view: "many who view the proposals as punitive", "seen as a betrayal by …"
    "view",
    "perceive",
    "sees",
    "saw",
    "seen",
)
AS_WINDOW = 6  # tokens between the verb and "as"
AS_REACH = 6  # tokens after "as" that are the characterisation
# A designator named right after a category, in brackets or not: "a terrorist group listed by the UN", "in the
# eyes of …", "a terrorist organisation (banned in Russia)".
AFTER_FRAMES = (
    "listed by",
    "designated by",
    "proscribed by",
    "banned by",
    "classified by",
    "classed by",
    "recognised by",
    "recognized by",
    "regarded by",
    "considered by",
    "branded by",
    "labelled by",
    "labeled by",
    "in the eyes of",
    "banned in",
    "outlawed in",
    "proscribed in",
)
AFTER_REACH = 4  # tokens between the word and the designator
QUESTION_OPENERS = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "should", "does", "do", "did", "has", "have"}
)
# Where a participle works as an adjective: after a linking verb ("were terrified") ...
ADJECTIVE_SLOT_BEFORE = frozenset(
    {"is", "are", "was", "were", "seemed", "seems", "looked", "looks", "felt", "feels", "left", "appeared", "became"}
)
# ... and where it is a verb: after an auxiliary of the perfect or the passive ("had defeated", "been bullied").
VERB_SLOT_BEFORE = frozenset({"have", "has", "had", "having", "been", "be", "being", "'ve", "'d"})
# Before an "-ed" adjective, these make it a clause's verb ("which experienced delays", "they suffered").
SUBJECT_BEFORE = frozenset({"who", "which", "he", "she", "it", "they", "we", "i"})
# "regime" after a common noun is a set of rules ("prison regime", "sanctions regime"), not a government.
RULES_SENSE = frozenset({"regime", "regimes"})
# Before a word that is a noun in VADER, these make it a verb ("to ruin", "would curse", "did not harm").
VERB_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "not"})
CLAUSE_OPENERS = frozenset({":", "–", "—"})
CLAUSE_STOPS = STOPS


class LoadedVocabulary:
    """One lexicon's loaded words: resource forms minus the plain ones, the lexicon's own list, and the frames."""

    def __init__(self, lexicon: Lexicon) -> None:
        plain: set[str] = set()
        for word in lexicon.loaded_plain:
            low = word.lower()
            plain |= {low} if " " in low else inflections(low) | adverb_forms(low) | {plural(low)}
        self.words = {form: v for form, v in resource_words().items() if form not in plain}
        # a plain idiom takes out any loaded word inside it ("in defiance of a curfew": in breach of it)
        idioms = {p for p in plain if " " in p} | plain_idioms()
        self.plain_phrases: PhraseIndex[str] = PhraseIndex(((p, p, False) for p in sorted(idioms)), inflect=False)
        # the lexicon's own words, then the news vocabulary of data/loaded_news.toml (the lexicon's form wins)
        own = _with_adverbs(lexicon.loaded)
        known = {w.lower() for w in own}
        news = [w for w in _with_adverbs(news_words()) if w not in known]
        # a news word capitalised mid-sentence is a name ("Crooks was a registered Republican")
        self.news_only = frozenset(news)
        listed = [*own, *news]
        self.listed: PhraseIndex[str] = PhraseIndex(((w, w.lower(), False) for w in listed), inflect=True)
        self.sentence_adverbs = sentence_adverbs()
        self.frames: PhraseIndex[str] = PhraseIndex(((f, f, False) for f in REPORTING_FRAMES), inflect=False)
        self.characterising = frozenset(f for v in CHARACTERISING_VERBS for f in inflections(v))
        self.after: PhraseIndex[str] = PhraseIndex(((f, f, False) for f in AFTER_FRAMES), inflect=False)
        # the heads of bodies' names ("Court", "Council", "Party"): "Superior Court" opening a sentence is a name
        self.body_heads = frozenset(w.lower() for w in lexicon.source_words("organization_heads"))


def _with_adverbs(words: Iterable[str]) -> list[str]:
    out = []
    for w in words:
        out.append(w)
        if " " not in w and w.islower():
            out.extend(sorted(adverb_forms(w)))
    return out


def vocabulary(lexicon: Lexicon) -> LoadedVocabulary:
    return lexicon.compiled.memo("loaded.vocabulary", LoadedVocabulary)


def _speaker_quotes(doc: Doc, sourcing: SourcingResult | None) -> list[Span]:
    """The quotations attributed to a speaker (a direct quote whose words sourcing found)."""
    if sourcing is None:
        return []
    claims = [a.claim for a in sourcing.attributions if a.direct_quote and a.claim is not None]
    return [q for q in doc.quotes if any(c.start < q.end and q.start < c.end for c in claims)]


class _Sentences:
    """The scored sentences as token ranges, looked up by bisection (no per-token table)."""

    def __init__(self, doc: Doc) -> None:
        items = sorted((lo, hi, index) for index, (lo, hi) in doc.token_ranges.items() if hi > lo)
        self.los = [lo for lo, _hi, _i in items]
        self.items = items

    def of(self, i: int) -> tuple[int, int, int] | None:
        """(first token, one past the last, sentence index) of the sentence holding token ``i``."""
        k = bisect_right(self.los, i) - 1
        if k < 0:
            return None
        lo, hi, index = self.items[k]
        return (lo, hi, index) if i < hi else None


def _candidates(doc: Doc, vocab: LoadedVocabulary, sentences: _Sentences) -> dict[int, tuple]:
    """First token -> (last token, end offset, word, source, score, kind) of every listed or resource word."""
    tokens = doc.tokens
    found: dict[int, tuple] = {}
    idioms = {i for m in vocab.plain_phrases.find(tokens) for i in range(m.first, m.last)}
    for m in vocab.listed.find(tokens):
        if sentences.of(m.first) is not None and m.first not in idioms:
            found[m.first] = (m.last, m.end, m.payload, "list", 1.0, "list")
    for first, last in construction_spans(tokens):  # "turning the country into a graveyard": one span
        if first not in found and first not in idioms and sentences.of(first) is not None:
            for k in range(first + 1, last):
                found.pop(k, None)
            found[first] = (last, tokens.ends[last - 1], " ".join(tokens.lows[first:last]), "list", 1.0, "list")
    for i in tokens.positions(vocab.sentence_adverbs):
        if i not in found and _opens_clause(doc, i, sentences):
            found[i] = (i + 1, tokens.ends[i], tokens.lows[i], "list", 1.0, "list")
    for i in tokens.positions({w for w in tokens.where if "-" in w and vivid_compound(w)}):
        if i not in found and sentences.of(i) is not None:
            found[i] = (i + 1, tokens.ends[i], tokens.lows[i], "list", 1.0, "list")
    covered = idioms | {i for first, (last, *_rest) in found.items() for i in range(first, last)}
    words = vocab.words
    for i in tokens.positions(words.keys()):
        if i in covered or sentences.of(i) is None:
            continue
        word, source, score, kind = words[tokens.lows[i]]
        found[i] = (i + 1, tokens.ends[i], word, source, score, kind)
    return found


def _opens_clause(doc: Doc, i: int, sentences: _Sentences) -> bool:
    """'Incredibly, the firm …', '…; predictably, nobody …': a sentence adverb at the head of its sentence or
    clause, with a comma after it."""
    where = sentences.of(i)
    texts = doc.tokens.texts
    if where is None or i + 1 >= where[1] or texts[i + 1] != ",":
        return False
    return i == where[0] or texts[i - 1] in CLAUSE_STOPS or doc.tokens.lows[i - 1] in ("and", "but")


def _framed(doc: Doc, vocab: LoadedVocabulary, sentences: _Sentences) -> set[int]:
    """Tokens that are a reported characterisation: after a reporting frame, or after "as" of a characterising verb."""
    tokens = doc.tokens
    lows, texts = tokens.lows, tokens.texts
    # A possessive after the frame opens its object, not its characterisation ("called the dictator's downfall …").
    framed = {
        m.last + k for m in vocab.frames.find(tokens) for k in range(FRAME_WINDOW) if m.last + k not in tokens.short
    }
    for v in tokens.positions(vocab.characterising):
        where = sentences.of(v)
        if where is None:
            continue
        framed.update(after_link(texts, lows, v, where[1], "as", AS_WINDOW, AS_REACH))
    return framed


def _designated_after(doc: Doc, vocab: LoadedVocabulary, last: int, hi: int, after_starts: set[int]) -> bool:
    """Is the word followed, in its clause, by its designator ("a terrorist group listed by the UN")?"""
    texts = doc.tokens.texts
    for k in range(last, min(hi, last + AFTER_REACH + 1)):
        if k in after_starts:
            return True
        if texts[k] in CLAUSE_STOPS and texts[k] != "(" and not (texts[k] == "," and k == last):
            return False
    return False


def _asked(doc: Doc, lo: int, hi: int) -> bool:
    """A yes/no question ("Explainer: Is the group still a terrorist organisation?") asserts nothing."""
    texts, lows = doc.tokens.texts, doc.tokens.lows
    if texts[hi - 1] != "?":
        return False
    opener = lo
    for k in range(lo, min(hi, lo + 4)):
        if texts[k] == ":":
            opener = k + 1
    return opener < hi and lows[opener] in QUESTION_OPENERS


def _adjective_slot(doc: Doc, first: int, lo: int, hi: int) -> bool:
    """Does a participle work as an adjective here: before a noun ("terrified families") or after a linking
    verb ("were devastated"), and not after an auxiliary ("had defeated", "had been bullied") or before "by"?"""
    tokens = doc.tokens
    before = tokens.lows[first - 1] if first > lo else ""
    after = first + 1
    if before in VERB_SLOT_BEFORE:
        return False
    if after < hi and tokens.lows[after] == "by":
        return False
    if after < hi and tokens.texts[after] not in CLAUSE_STOPS:
        tag = tokens[after].tag
        if tag.startswith(("NN", "JJ")) or (tag == "" and tokens.texts[after][:1].isalpha()):
            return True
    return before in ADJECTIVE_SLOT_BEFORE


def _rules_sense(doc: Doc, first: int, lo: int) -> bool:
    """'prison regime', 'a regime for online speech': 'regime' after a lower-case common noun, or before "for" or
    "of" and one, is a set of rules."""
    tokens = doc.tokens
    if tokens.lows[first] not in RULES_SENSE:
        return False
    if first + 2 < len(tokens) and tokens.lows[first + 1] in ("for", "of") and tokens.texts[first + 2][:1].islower():
        return tokens.lows[first + 2] not in ("the", "his", "her", "its", "their")  # "a regime for online speech"
    if first - 1 < lo:
        return False
    prev = tokens[first - 1]
    return prev.tag in ("NN", "NNS") and prev.text[:1].islower() and "'" not in prev.text


def find_loaded(
    doc: Doc, lexicon: Lexicon, sourcing: SourcingResult | None = None
) -> tuple[tuple[LoadedWord, ...], tuple[LoadedWord, ...]]:
    """(the writer's loaded words, those inside a speaker's quotation), in text order."""
    if not doc.token_ranges:
        return (), ()
    vocab = vocabulary(lexicon)
    sentences = _Sentences(doc)
    found = _candidates(doc, vocab, sentences)
    if not found:
        return (), ()
    tokens, text = doc.tokens, doc.text
    framed = _framed(doc, vocab, sentences) | accused_charges(doc, lambda i: (sentences.of(i) or (0, i + 1))[1])
    after_starts = {m.first for m in vocab.after.find(tokens)}
    speaker = _speaker_quotes(doc, sourcing)
    asked: dict[int, bool] = {}
    writer: list[LoadedWord] = []
    quoted: list[LoadedWord] = []
    for first in sorted(found):
        last, end, word, source, score, kind = found[first]
        lo, hi, index = sentences.of(first) or (0, 0, 0)
        if index not in asked:
            asked[index] = _asked(doc, lo, hi)
        if (
            first in framed
            or asked[index]
            or _is_name_part(doc, first, last, lo, hi, lone=word in vocab.news_only, heads=vocab.body_heads)
            or denied(doc, first, lo)
            or held_back(doc, first, lo, hi)
            or _designated_after(doc, vocab, last, hi, after_starts)
            or (kind == PARTICIPLE and not _adjective_slot(doc, first, lo, hi))
            or (kind == NOUN and first > lo and tokens.lows[first - 1] in VERB_BEFORE)
            or (kind != "list" and _resource_verb(doc, first, lo))
            or (kind == "list" and (_rules_sense(doc, first, lo) or literal_sense(tokens.lows, first, last, hi)))
        ):
            continue
        start = tokens.starts[first]
        item = LoadedWord(word, Span.of(text, start, end), index, source, score)
        quote = doc.quoted(start)
        if quote is None:
            writer.append(item)
        elif any(q.start == quote.start for q in speaker):
            quoted.append(LoadedWord(word, item.span, item.sentence, source, score, "quoted"))
    return tuple(writer), tuple(quoted)


def _resource_verb(doc: Doc, first: int, lo: int) -> bool:
    """'which experienced delays', 'they suffered': a resource's "-ed" adjective right after a subject is the
    clause's verb (the lexicon's own vivid verbs, "who stormed", stay loaded)."""
    lows = doc.tokens.lows
    return first > lo and lows[first].endswith("ed") and lows[first - 1] in SUBJECT_BEFORE


def _is_name_part(
    doc: Doc, first: int, last: int, lo: int, hi: int, *, lone: bool = False, heads: frozenset[str] = frozenset()
) -> bool:
    """A capitalised word inside a run of capitalised words mid-sentence is part of a name ("Hope Not Hate");
    with ``lone``, so is one capitalised on its own ("Crooks was a registered Republican"); opening a sentence,
    one before a body's head ("Superior Court Judge X found …", ``heads``)."""
    tokens = doc.tokens
    if not tokens.texts[first][:1].isupper():
        return False

    def cap(i: int) -> bool:
        return lo <= i < hi and tokens.texts[i][:1].isupper() and tokens[i].tag != PUNCT

    sentence_start = first == lo or tokens.texts[first - 1] in CLAUSE_OPENERS  # "…”: Defiant Trump survives"
    if sentence_start and cap(last) and tokens.lows[last] in heads:
        return True  # "Superior Court Judge …", "Liberal Party leaders …": a body's name
    before, after = cap(first - 1) and not sentence_start, cap(last)
    if sentence_start or not (before or after or lone):
        return False  # a loaded word opening a sentence ("Tyrant Bashar al-Assad …") is the writer's
    # A headline in title case ("Tyrant Bolts To Moscow") is not a name: most of its words are capitalised.
    words = [i for i in range(lo, hi) if tokens.texts[i][:1].isalnum()]
    return not (len(words) >= 3 and sum(cap(i) for i in words) >= 0.6 * len(words))


__all__ = [
    "LoadedVocabulary",
    "find_loaded",
    "plural",
    "resource_words",
    "thresholds",
    "vader_valence",
]
