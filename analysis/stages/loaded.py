"""Loaded language: emotive and judging words, from well-kept resources, in the voice they belong to.

Where the words come from (docs/methods/loaded.md):

- **VADER** (``vaderSentiment``'s ``vader_lexicon.txt``, MIT licence): valence −4…+4 for 7,500 words,
  nouns, verbs and slang among them ("chaos" −2.7, "frenzy" −1.3). A word counts from
  ``VADER_MIN_VALENCE`` (absolute value) up.
- **TextBlob** (its Pattern adjective lexicon): a word counts when its subjectivity is at least
  ``TEXTBLOB_MIN_SUBJECTIVITY`` and its polarity at least ``TEXTBLOB_MIN_POLARITY`` either way ("sickening",
  "ruthless").
- the lexicon's own ``[loaded] words``: what no resource has ("mob", "thugs", "rampage", "regime", phrases
  such as "running battles").

Minus ``[loaded] plain``: words a resource scores but that name an event or a state rather than judge it
("killed", "riot", "arrested", "war"). Each word also matches its regular inflections and its adverb
("ruthless" -> "ruthlessly"). Sentiment scores are TextBlob's and are not touched here.

Voices: a word inside quotation marks attributed to a speaker counts for the speaker (``loaded_quoted``);
inside quotation marks with no speaker (scare quotes, "what the media call 'thugs'") for neither; a word
right after a reporting frame ("accused of", "branded", "designated as") is the third party's and is left
out. Everything else, headlines included, is the writer's (``loaded``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..lexicon.model import Lexicon
from ..model import LoadedWord, SourcingResult, Span
from ..text.doc import Doc
from ..text.phrases import PhraseIndex, inflections
from ..text.textblob_en import pattern_sentiment, tag_lexicon
from ..text.tokens import PUNCT

VADER_MIN_VALENCE = 2.0
TEXTBLOB_MIN_SUBJECTIVITY = 0.9
TEXTBLOB_MIN_POLARITY = 0.5
ROUND = 3
VERB_TAG = "VB"
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
VADER_MIN_PARTICIPLE = 2.5
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
    "told they are",
    "banned",
)
FRAME_WINDOW = 3  # tokens between the frame and the word
_WORD_RE = re.compile(r"[a-z][a-z'-]*[a-z]")


@cache
def vader_valence() -> dict[str, float]:
    """VADER's word valences (single words only; emoticons left out), read from the file its package ships."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - vaderSentiment is a requirement
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if _WORD_RE.fullmatch(word):
            try:
                out[word] = float(rest.split("\t", 1)[0])
            except ValueError:
                continue
    return out


@cache
def textblob_polarity() -> dict[str, tuple[float, float]]:
    """TextBlob's word -> (polarity, subjectivity), averaged over its senses (the lexicon's ``None`` entry)."""
    analyser = pattern_sentiment()
    analyser.load()
    out = {}
    for word, senses in dict.items(analyser):
        values = senses.get(None) if isinstance(senses, dict) else None
        if values and " " not in word:
            out[word] = (float(values[0]), float(values[1]))
    return out


def adverb_forms(word: str) -> set[str]:
    """The -ly adverb of an adjective: ruthless -> ruthlessly, angry -> angrily, tragic -> tragically."""
    if word.endswith("ly") or len(word) < 4:
        return set()
    if word.endswith("y"):
        return {word[:-1] + "ily"}
    if word.endswith("ic"):
        return {word + "ally"}
    if word.endswith("le"):
        return {word[:-1] + "y"}
    return {word + "ly"}


@cache
def resource_words() -> dict[str, tuple[str, str, float]]:
    """Every form a resource counts as loaded -> (word looked up, resource, score), before [loaded] plain."""
    out: dict[str, tuple[str, str, float]] = {}
    for word, (polarity, subjectivity) in textblob_polarity().items():
        if subjectivity >= TEXTBLOB_MIN_SUBJECTIVITY and abs(polarity) >= TEXTBLOB_MIN_POLARITY:
            for form in {word, *adverb_forms(word)}:
                out.setdefault(form, (word, "textblob", round(polarity, ROUND)))
    tags = tag_lexicon()
    for word, valence in vader_valence().items():
        # Verbs name what happened ("killed", "attacked", "celebrate"); VADER's judging words are its nouns,
        # adjectives and adverbs. Vivid verbs come from the lexicon's own list.
        # Participles that say how someone feels ("terrified", "devastated") count from VADER_MIN_PARTICIPLE.
        tag = tags.get(word, "")
        strong = abs(valence) >= (VADER_MIN_PARTICIPLE if tag in PARTICIPLE_TAGS else VADER_MIN_VALENCE)
        if strong and (tag in PARTICIPLE_TAGS or not tag.startswith(VERB_TAG)):
            entry = (word, "vader", valence)
            out[word] = entry
            for form in inflections(word) | adverb_forms(word):
                out.setdefault(form, entry)
    return out


class LoadedVocabulary:
    """One lexicon's loaded words: resource forms minus the plain ones, and the lexicon's own list (phrases)."""

    def __init__(self, lexicon: Lexicon) -> None:
        plain: set[str] = set()
        for word in lexicon.loaded_plain:
            low = word.lower()
            plain |= {low} if " " in low else inflections(low) | adverb_forms(low)
        self.words = {form: v for form, v in resource_words().items() if form not in plain}
        self.listed: PhraseIndex[str] = PhraseIndex(
            ((w, w.lower(), False) for w in _with_adverbs(lexicon.loaded)), inflect=True
        )
        self.frames: PhraseIndex[str] = PhraseIndex(((f, f, False) for f in REPORTING_FRAMES), inflect=False)


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


def find_loaded(
    doc: Doc, lexicon: Lexicon, sourcing: SourcingResult | None = None
) -> tuple[tuple[LoadedWord, ...], tuple[LoadedWord, ...]]:
    """(the writer's loaded words, those inside a speaker's quotation), in text order."""
    vocab = vocabulary(lexicon)
    tokens, text = doc.tokens, doc.text
    ranges = doc.token_ranges
    if not ranges:
        return (), ()
    sentence_of: dict[int, int] = {}
    for index, (lo, hi) in ranges.items():
        for i in range(lo, hi):
            sentence_of[i] = index
    found: dict[int, tuple[int, int, str, str, float]] = {}  # first token -> (last token, end, word, source, score)
    for m in vocab.listed.find(tokens):
        if m.first in sentence_of:
            found[m.first] = (m.last, m.end, m.payload, "list", 1.0)
    covered = {i for first, (last, *_rest) in found.items() for i in range(first, last)}
    words = vocab.words
    for i in tokens.positions(words.keys()):
        if i in covered or i not in sentence_of:
            continue
        word, source, score = words[tokens.lows[i]]
        found[i] = (i + 1, tokens.ends[i], word, source, score)
    if not found:
        return (), ()
    framed = {m.last + k for m in vocab.frames.find(tokens) for k in range(FRAME_WINDOW)}
    speaker = _speaker_quotes(doc, None if sourcing is None else sourcing)
    writer: list[LoadedWord] = []
    quoted: list[LoadedWord] = []
    for first in sorted(found):
        last, end, word, source, score = found[first]
        if first in framed or _is_name_part(doc, first, last):
            continue
        start = tokens.starts[first]
        item = LoadedWord(word, Span.of(text, start, end), sentence_of[first], source, score)
        quote = doc.quoted(start)
        if quote is None:
            writer.append(item)
        elif any(q.start == quote.start for q in speaker):
            quoted.append(LoadedWord(word, item.span, item.sentence, source, score, "quoted"))
    return tuple(writer), tuple(quoted)


def _is_name_part(doc: Doc, first: int, last: int) -> bool:
    """A capitalised word inside a run of capitalised words mid-sentence is part of a name ("Hope Not Hate")."""
    tokens = doc.tokens
    if not tokens.texts[first][:1].isupper():
        return False

    def cap(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].tag != PUNCT and tokens.texts[i][:1].isupper()

    index = next((s for s, (lo, hi) in doc.token_ranges.items() if lo <= first < hi), None)
    sentence_start = index is not None and doc.token_ranges[index][0] == first
    before, after = cap(first - 1) and not sentence_start, cap(last)
    if sentence_start or not (before or after):
        return False  # a loaded word opening a sentence ("Tyrant Bashar al-Assad …") is the writer's
    # A headline in title case ("Tyrant Bolts To Moscow") is not a name: most of its words are capitalised.
    if index is not None:
        lo, hi = doc.token_ranges[index]
        words = [i for i in range(lo, hi) if tokens[i].tag != PUNCT]
        if words and sum(cap(i) for i in words) >= 0.6 * len(words) and len(words) >= 3:
            return False
    return True


__all__ = [
    "TEXTBLOB_MIN_POLARITY",
    "TEXTBLOB_MIN_SUBJECTIVITY",
    "VADER_MIN_VALENCE",
    "LoadedVocabulary",
    "find_loaded",
    "resource_words",
    "vader_valence",
]
