"""What a view is given: one small frozen object with the session's articles, reports, selection and lexicon."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from analysis.lexicon.model import Lexicon
from analysis.model import Article, ArticleReport
from app.render.classroom import Classroom
from app.render.selection import article_labels


@dataclass(frozen=True, slots=True)
class Context:
    """One run's view of the session; ``toml_text`` is the lexicon's TOML (None: the shipped one)."""

    articles: tuple[Article, ...]
    reports: tuple[ArticleReport, ...]  # the articles that could be analysed, in order
    by_id: Mapping[str, ArticleReport]
    labels: Mapping[str, str]  # article id -> its short, unique name
    selected: tuple[ArticleReport, ...]  # the articles chosen to compare, in the order chosen
    lexicon: Lexicon
    toml_text: str | None
    classroom: Classroom
    slots: Mapping[str, int] = field(default_factory=dict)  # article id -> its colour slot (place among all loaded)
    fixes: str = ""  # a digest of the session's corrections ("" for none): part of every cache key
    corrections: tuple = ()  # the session's corrections (analysis.corrections.Correction)

    def slots_of(self, reports: Sequence[ArticleReport]) -> list[int]:
        """The colour slot of each report: an article keeps its colour and marker in every chart."""
        return [self.slots.get(r.article.id, i) for i, r in enumerate(reports)]

    def choose(self, ids: Sequence[str]) -> Context:
        """The same context with these articles (those that are loaded) chosen to compare."""
        return replace(self, selected=tuple(self.by_id[i] for i in ids if i in self.by_id))


def make_context(
    articles: Sequence[Article],
    reports: Sequence[ArticleReport],
    *,
    lexicon: Lexicon,
    toml_text: str | None,
    classroom: Classroom,
    selection: Sequence[str] = (),
    fixes: str = "",
    corrections: Sequence = (),
) -> Context:
    by_id = {r.article.id: r for r in reports}
    labels = dict(zip(by_id, article_labels(list(by_id.values())), strict=True))
    return Context(
        articles=tuple(articles),
        reports=tuple(reports),
        by_id=MappingProxyType(by_id),
        labels=MappingProxyType(labels),
        selected=tuple(by_id[i] for i in selection if i in by_id),
        lexicon=lexicon,
        toml_text=toml_text,
        classroom=classroom,
        slots=MappingProxyType({i: n for n, i in enumerate(by_id)}),
        fixes=fixes,
        corrections=tuple(corrections),
    )
