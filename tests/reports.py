"""Reports for the app's tests: the case study analysed once, and hand-made reports with chosen layers."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import cache

from analysis import analyze, load_case_study, load_lexicon
from analysis.model import (
    SOURCE_KINDS,
    ActorLabel,
    Article,
    ArticleReport,
    Attribution,
    FramingResult,
    Sentence,
    SentimentResult,
    Signal,
    SourcingResult,
    Span,
    TermMatch,
    TransparencyResult,
)

PAYLOAD = '<script>alert("x")</script>'
TAGS = re.compile(r"<sup[^>]*>.*?</sup>|<[^>]+>")


@cache
def case_reports() -> tuple[ArticleReport, ...]:
    lexicon = load_lexicon()
    return tuple(analyze(a, lexicon) for a in load_case_study())


def make_report(
    text: str,
    *,
    title: str = "t",
    outlet: str = "o",
    terms: tuple[TermMatch, ...] = (),
    labels: tuple[ActorLabel, ...] = (),
    attributions: tuple[Attribution, ...] = (),
    boilerplate: tuple[Span, ...] = (),
    signals: tuple[Signal, ...] = (),
    article_id: str = "a",
) -> ArticleReport:
    """A hand-made report, so every layer (also sourcing and transparency) can be tested on its own."""
    article = Article(id=article_id, text=text, title=title, outlet=outlet, boilerplate=boilerplate)
    sentences = (Sentence(0, 0, len(text), text, 0),)
    counts = {k: sum(a.kind == k for a in attributions) for k in SOURCE_KINDS}
    shares = {k: v / max(1, len(attributions)) for k, v in counts.items()}
    return ArticleReport(
        article,
        sentences,
        FramingResult(terms, labels, (), None),
        SentimentResult(0.0, 0.0, (), ()),
        SourcingResult(attributions, counts, shares, ()),
        TransparencyResult(50.0, signals),
    )


def term(text: str, word: str, position: float, pole: str = "p") -> TermMatch:
    start = text.index(word)
    return TermMatch("fam", word, pole, position, Span.of(text, start, start + len(word)), 0)


def attribution(text: str, source: str, kind: str) -> Attribution:
    start = text.index(source)
    return Attribution(kind, source, "said", "neutral", False, Span.of(text, start, start + len(source)), None, None, 0)


def visible_text(markup: str) -> str:
    """What a reader sees: tags and the small [tag] superscripts removed, entities decoded."""
    return html.unescape(TAGS.sub("", markup.replace("<br>", "\n")))


def scored(article_id: str, position: float | None, transparency: float) -> ArticleReport:
    """A report with only a framing position and a transparency score (for the default pair)."""
    base = make_report("x", article_id=article_id)
    return replace(base, framing=FramingResult((), (), (), position), transparency=TransparencyResult(transparency, ()))
