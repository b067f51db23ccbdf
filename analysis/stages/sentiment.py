"""TextBlob polarity and subjectivity: per sentence, for the article, and toward each actor.

TextBlob's pattern analyser (offline, shipped with the package) scores adjectives and a few verbs
from a general-purpose lexicon; it returns the scored words ("assessments"), which are the evidence.
The article's figure is the mean over every scored word of its body, which is what TextBlob gives
for the whole text, computed here from the sentences so nothing is analysed twice.

The analyser is TextBlob's own (same class, code and lexicon), copied once its lexicon is loaded so
that each word look-up is a plain dict look-up: TextBlob's lazy dict checks whether it still has to load
on every ``word in lexicon``, a large share of the analyser's time. The scores are identical (tested).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
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
    score = loaded_analyser()(sentence.text)
    assessments = []
    cursor = 0
    lowered = sentence.text.lower()
    for words, polarity, subjectivity, _label in score.assessments:
        span = _locate(sentence, lowered, words, cursor)
        if span is not None:
            cursor = span.end - sentence.start
        assessments.append(Assessment(" ".join(words), round(polarity, ROUND), round(subjectivity, ROUND), span))
    return SentenceSentiment(
        sentence.index, sentence.span, round(score[0], ROUND), round(score[1], ROUND), tuple(assessments)
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
