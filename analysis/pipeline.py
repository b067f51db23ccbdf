"""The one entry point: ``analyze(article, lexicon) -> ArticleReport``.

Data flows one way: text -> sentences -> actor mentions -> framing, sentiment, sourcing ->
transparency. Each stage returns frozen results with spans; no stage re-reads another's guesses.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from .lexicon.load import Lexicon, load_lexicon
from .model import Article, ArticleReport
from .stages.actors import find_mentions
from .stages.boilerplate import with_boilerplate
from .stages.framing import analyze_framing
from .stages.sentiment import analyze_sentiment
from .stages.sourcing.reader import analyze_sourcing
from .stages.transparency import analyze_transparency
from .text.nounphrase import tokenize
from .text.phrases import word_starts
from .text.quotes import quote_spans
from .text.sentences import looks_english, split_sentences

NOT_ENGLISH_WARNING = (
    "This text does not look like English: FrameLens's word lists and TextBlob's sentiment are "
    "English-only, so its measures will be mostly empty or wrong."
)

# Passes over an article's text that its stages share, cached by the text.
TEXT_CACHES = (word_starts, tokenize, quote_spans)


def clear_text_caches() -> None:
    """Forget the shared passes, so that analysing a text again costs what the first time did
    (benchmarks that time one article several times call it before each run)."""
    for cached in TEXT_CACHES:
        cached.cache_clear()


WARM_UP_TEXT = (
    "Rebels took the capital, officials said.\nThe president fled to Moscow, according to a report by the news agency."
)


# Objects allocated between two collections of the youngest generation; CPython's default is 700. An
# analysis allocates tens of thousands of short-lived objects, so at 700 the collector runs dozens of
# times per article. A/B in bench_analysis style (5 x 300 articles, after gc.freeze): throughput
# 0.75x the floor at 700, 0.82x at 20,000. The cost is a few MB more garbage held between collections.
GC_YOUNG_THRESHOLD = 20_000


def prepare_process(lexicon: Lexicon | None = None) -> None:
    """Ready a process that will analyse many articles (a batch worker, the CLI): one short analysis loads
    every word list and TextBlob's lexicons, then ``gc.freeze()`` sets them aside, so later garbage
    collections walk only the articles' own objects instead of every loaded word again and again; and
    the youngest generation is collected less often (``GC_YOUNG_THRESHOLD``).
    """
    analyze(Article(id="warm-up", text=WARM_UP_TEXT), lexicon)
    clear_text_caches()
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def analyze(article: Article, lexicon: Lexicon | None = None) -> ArticleReport:
    """Analyse one article with a lexicon (default: the shipped event lexicon)."""
    lexicon = lexicon or load_lexicon()
    article = with_boilerplate(article, lexicon)
    text = article.text
    sentences = split_sentences(text, article.boilerplate)
    mentions = find_mentions(text, sentences, lexicon)
    framing = analyze_framing(text, sentences, mentions, lexicon)
    sentiment = analyze_sentiment(sentences, mentions)
    sourcing = analyze_sourcing(text, sentences, lexicon, mentions)
    transparency = analyze_transparency(article, sentences, framing, sentiment, sourcing, lexicon)
    warnings = () if looks_english(text) else (NOT_ENGLISH_WARNING,)
    return ArticleReport(article, sentences, framing, sentiment, sourcing, transparency, warnings)


def analyze_all(articles: Iterable[Article], lexicon: Lexicon | None = None) -> list[ArticleReport]:
    lexicon = lexicon or load_lexicon()
    return [analyze(a, lexicon) for a in articles]
