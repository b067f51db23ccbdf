"""The one entry point: ``analyze(article, lexicon) -> ArticleReport``.

Data flows one way: article -> one ``Doc`` (sentences, tokens, quoted passages, built once) -> actor
mentions -> framing, sentiment, sourcing -> transparency. Each stage reads the Doc and returns frozen
results with spans; no stage re-reads the raw text to guess what another meant.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace

from .errors import SettingsError
from .lexicon.fit import lexicon_for
from .lexicon.model import Lexicon
from .model import Article, ArticleReport, TransparencyResult
from .stages.actors import find_mentions
from .stages.boilerplate import with_boilerplate
from .stages.framing import analyze_framing
from .stages.loaded import find_loaded
from .stages.sentiment import analyze_sentiment
from .stages.sourcing import analyze_sourcing
from .stages.transparency import analyze_transparency
from .text.doc import Doc
from .text.tokens import Tokens

NOT_ENGLISH_WARNING = (
    "This text does not look like English: FrameLens's word lists and TextBlob's sentiment are "
    "English-only, so its measures will be mostly empty or wrong."
)
NO_TRANSPARENCY_WARNING = "Transparency was not scored: {problem}"

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
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def analyze(article: Article, lexicon: Lexicon | None = None, *, tokens: Tokens | None = None) -> ArticleReport:
    """Analyse one article with a lexicon (default: the shipped lexicon that fits it, ``lexicon.fit``);
    ``tokens``: the text's tokens if the caller already made them (the fit did), so they are not made twice."""
    lexicon = lexicon or lexicon_for([article])
    doc = Doc(with_boilerplate(article, lexicon), tokens=tokens)
    mentions = find_mentions(doc, lexicon)
    framing = analyze_framing(doc, mentions, lexicon)
    sentiment = analyze_sentiment(doc, mentions)
    sourcing = analyze_sourcing(doc, lexicon, mentions)
    loaded, loaded_quoted = find_loaded(doc, lexicon, sourcing)  # after sourcing: who is quoted decides the voice
    framing = replace(framing, loaded=loaded, loaded_quoted=loaded_quoted)
    warnings: list[str] = [] if doc.english else [NOT_ENGLISH_WARNING]
    try:
        transparency = analyze_transparency(doc, framing, sentiment, sourcing, lexicon)
    except SettingsError as problem:  # a broken data/transparency.toml: the other measures still stand
        transparency = TransparencyResult(0.0, ())
        warnings.append(NO_TRANSPARENCY_WARNING.format(problem=problem))
    return ArticleReport(doc.article, doc.sentences, framing, sentiment, sourcing, transparency, tuple(warnings))


def analyze_all(articles: Iterable[Article], lexicon: Lexicon | None = None) -> list[ArticleReport]:
    """Analyse a set with one lexicon (default: the shipped lexicon that fits the whole set)."""
    articles = list(articles)
    lexicon = lexicon or lexicon_for(articles)
    return [analyze(a, lexicon) for a in articles]
