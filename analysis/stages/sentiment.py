"""TextBlob polarity and subjectivity: per sentence, for the article, and toward each actor.

TextBlob's pattern analyser (offline, shipped with the package) scores adjectives and a few verbs
from a general-purpose lexicon; it returns the scored words ("assessments"), which are the evidence.
The article's figure is the mean over every scored word of its body, which is what TextBlob gives
for the whole text, computed here from the sentences so nothing is analysed twice.

The analyser is TextBlob's own (same class, code and lexicon), copied once its lexicon is loaded so
that each word look-up is a plain dict look-up: TextBlob's lazy dict checks whether it still has to load
on every ``word in lexicon``, a large share of the analyser's time. Its tokenizer (half of the rest) runs
once per distinct space-separated chunk (``pattern_words``). The scores are identical (tested).
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache
from statistics import fmean
from typing import Any

from ..model import ActorSentiment, Assessment, Sentence, SentenceSentiment, SentimentResult, Span
from ..text.doc import Doc
from ..text.textblob_en import pattern_sentiment
from .actors import Mention

ROUND = 4


def _loaded_class(analyser_type: type) -> type:
    """TextBlob's English pattern analyser class with dict's own methods: no lazy-load check per look-up."""
    methods = ("__contains__", "__getitem__", "__iter__", "__len__", "get", "keys", "items", "values")
    return type("_LoadedSentiment", (analyser_type,), {name: getattr(dict, name) for name in methods})


@cache
def loaded_analyser() -> Any:
    """A copy of ``textblob.en.sentiment`` after loading, sharing its entries and settings."""
    original = pattern_sentiment()
    len(original)  # the lazy dict loads its lexicon on first use
    cls = _loaded_class(type(original))
    analyser = cls.__new__(cls)
    dict.update(analyser, dict.items(original))
    analyser.__dict__.update(original.__dict__)
    return analyser


# Distinct chunks ("said,", "“We") whose TextBlob tokens are kept: about 10 MB at most, shared by every
# article of the process (a chunk's tokens are a pure function of the chunk; nothing else is kept).
CHUNK_CACHE_SIZE = 100_000


@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def _chunk_words(chunk: str) -> tuple[str, tuple[str, ...]]:
    """TextBlob's tokens of one chunk without spaces: as written, joined by spaces (the emoticon rule reads
    case), and lower case, as its analyser reads them."""
    words = " ".join(loaded_analyser().tokenizer(chunk)).split()
    return " ".join(words), tuple(w.lower() for w in words)


@cache
def _joining_patterns() -> tuple[Any, Any]:
    """TextBlob's two rules that join tokens across chunks: sarcasm "( ! )" and emoticons ": )"."""
    text = importlib.import_module("textblob._text")  # a submodule: textblob's package __init__ stays unrun
    return text.RE_SARCASM, text.RE_EMOTICONS


def pattern_words(text: str) -> list[str]:
    """The words TextBlob's analyser scores in ``text``, in order, exactly as its tokenizer gives them.

    The tokenizer's rules act within a chunk between spaces, except two that join tokens (sarcasm and
    emoticons); so the tokens are those of each chunk, cached, unless one of those two could apply, when
    the whole text goes through the tokenizer as TextBlob sends it.
    """
    chunks = [_chunk_words(chunk) for chunk in text.split()]
    joined = " ".join(written for written, _ in chunks)
    if any(pattern.search(joined) for pattern in _joining_patterns()):
        return [w.lower() for w in " ".join(loaded_analyser().tokenizer(text)).split()]
    return [w for _, lowered in chunks for w in lowered]


def _mean(values: Sequence[float]) -> float:
    """TextBlob's average: summed left to right, 0 when empty."""
    total = 0.0
    for v in values:
        total += v
    return total / float(len(values) or 1)


def pattern_score(text: str) -> tuple[float, float, list[Any]]:
    """``(polarity, subjectivity, assessments)`` as ``textblob.en.sentiment(text)`` gives them."""
    assessed = loaded_analyser().assessments(((w, None) for w in pattern_words(text)), True)
    return _mean([a[1] for a in assessed]), _mean([a[2] for a in assessed]), assessed


def _find_word(lowered: str, word: str, start: int) -> int:
    """Index of ``word`` as a whole word in ``lowered`` from ``start``, or -1 (str.find: no regex per word)."""
    at = lowered.find(word, start)
    while at >= 0:
        before_ok = at == 0 or not lowered[at - 1].isalnum()
        end = at + len(word)
        if before_ok and (end == len(lowered) or not lowered[end].isalnum()):
            return at
        at = lowered.find(word, at + 1)
    return -1


def _locate(sentence: Sentence, lowered: str, words: Sequence[str], search_from: int) -> Span | None:
    """Find the assessed words inside the sentence (TextBlob gives them lower-cased, without offsets)."""
    if not words:
        return None
    first = _find_word(lowered, words[0], search_from)
    if first < 0:
        first = _find_word(lowered, words[0], 0)
    last = _find_word(lowered, words[-1], first) if first >= 0 else _find_word(lowered, words[-1], 0)
    if last < 0:
        return None
    start = first if 0 <= first <= last and last - first < 80 else last
    end = last + len(words[-1])
    return Span(sentence.start + start, sentence.start + end, sentence.text[start:end])


def sentence_sentiment(sentence: Sentence) -> SentenceSentiment:
    polarity, subjectivity, assessed = pattern_score(sentence.text)
    assessments = []
    cursor = 0
    lowered = sentence.text.lower()
    for words, word_polarity, word_subjectivity, _label in assessed:
        span = _locate(sentence, lowered, words, cursor)
        if span is not None:
            cursor = span.end - sentence.start
        assessments.append(
            Assessment(" ".join(words), round(word_polarity, ROUND), round(word_subjectivity, ROUND), span)
        )
    return SentenceSentiment(
        sentence.index, sentence.span, round(polarity, ROUND), round(subjectivity, ROUND), tuple(assessments)
    )


def _mean_of_assessments(items: Sequence[SentenceSentiment]) -> tuple[float, float]:
    scored = [a for s in items for a in s.assessments]
    if not scored:
        return 0.0, 0.0
    return round(fmean(a.polarity for a in scored), ROUND), round(fmean(a.subjectivity for a in scored), ROUND)


def analyze_sentiment(doc: Doc, mentions: Sequence[Mention]) -> SentimentResult:
    """Sentiment of every scored sentence, of the body, and of the sentences naming each actor."""
    scored = [sentence_sentiment(s) for s in doc.scored]
    by_index = {s.index: s for s in scored}
    polarity, subjectivity = _mean_of_assessments(scored)

    per_actor: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        per_actor[mention.actor].append(mention)
    actors = []
    for actor, found in per_actor.items():
        indices = tuple(sorted({m.sentence for m in found}))
        items = [by_index[i] for i in indices if i in by_index]
        a_pol, a_subj = _mean_of_assessments(items)
        actors.append(ActorSentiment(actor, a_pol, a_subj, len(found), indices, tuple(m.span for m in found)))
    actors.sort(key=lambda a: (-a.mentions, a.actor))
    return SentimentResult(polarity, subjectivity, tuple(scored), tuple(actors))
