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


# A process that analyses many articles (``prepare_process``) collects garbage between articles, not
# during them: an automatic collection mid-analysis walks the article's whole working set (tens of
# thousands of tokens and spans, all still alive), one between articles walks only what is left. A/B on
# 300 synthetic articles with the Syria lexicon (3 runs each, same machine): 2.70 s with the youngest
# generation's threshold at 20,000, 2.55 s collecting the youngest generation after each article, peak
# memory 87 -> 84 MB. A full collection every ``FULL_COLLECTION_EVERY`` articles frees older cycles.
FULL_COLLECTION_EVERY = 100
_between = {"dedicated": False, "analysed": 0, "was_enabled": True}


def prepare_process(lexicon: Lexicon | None = None) -> None:
    """Ready a process that will analyse many articles (a batch worker, the CLI): one short analysis loads
    every word list and TextBlob's lexicons, then ``gc.freeze()`` sets them aside, so later garbage
    collections walk only the articles' own objects instead of every loaded word again and again; and
    automatic collection gives way to ``between_articles``. Never called in the app's shared server.
    """
    analyze(Article(id="warm-up", text=WARM_UP_TEXT), lexicon)
    gc.collect()
    gc.freeze()
    if not _between["dedicated"]:
        _between.update(dedicated=True, was_enabled=gc.isenabled())
    gc.disable()


def release_process() -> None:
    """Undo ``prepare_process``'s collection policy (the CLI run in-process, as tests do, hands the process
    back as it found it); the frozen word lists stay set aside."""
    if _between["dedicated"]:
        _between["dedicated"] = False
        if _between["was_enabled"]:
            gc.enable()


def between_articles() -> None:
    """After each article in a process readied by ``prepare_process``: collect the article's garbage cycles
    (the youngest generation), and everything every ``FULL_COLLECTION_EVERY`` articles; elsewhere nothing."""
    if not _between["dedicated"]:
        return
    _between["analysed"] += 1
    gc.collect(2 if _between["analysed"] % FULL_COLLECTION_EVERY == 0 else 0)


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
