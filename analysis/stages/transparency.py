"""Transparency signals: how much an article lets readers check it, never whether it is true.

Each signal has a value, a 0–1 score, a weight, a plain-language explanation with the numbers filled
in, and the spans behind it. Weights, targets, word lists and wording live in data/transparency.toml;
the article's score is 100 × the weighted mean of the signals that apply to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import SettingsError
from ..lexicon.model import Lexicon
from ..model import (
    SOURCE_KINDS,
    Article,
    Attribution,
    FramingResult,
    Sentence,
    SentimentResult,
    Signal,
    SourcingResult,
    Span,
    TransparencyResult,
)
from ..resources import TRANSPARENCY_FILE, read_toml
from ..text.doc import Doc
from ..text.phrases import PhraseIndex, word_index
from ..text.quotes import QUOTE_MARKS

SCALES = ("presence", "at_least", "share", "at_most", "unchecked", "diversity")
ROUND = 4
EXAMPLES = 3
_PLACEHOLDER_RE = re.compile(r"\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}")
# A figure: digits not glued to letters or hyphens ("Ilyushin-76", "14-year" and "No. 4528-1" are names).
_NUMBER_RE = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)*(?![\w-])")
_LIST_NUMBER_RE = re.compile(r"\s*\d+[.)]\s")
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"


@dataclass(frozen=True)
class SignalSpec:
    """One signal as data/transparency.toml describes it."""

    name: str
    label: str
    weight: float
    scale: str
    params: dict[str, float]
    templates: dict[str, str]
    source: str


@dataclass(frozen=True)
class Settings:
    signals: dict[str, SignalSpec]
    round: int
    opinion: PhraseIndex[str]
    allegations: PhraseIndex[str]
    figures: PhraseIndex[str]
    date_re: re.Pattern[str]
    byline_res: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=4)
def load_settings(path: Path = TRANSPARENCY_FILE) -> Settings:
    """Signals, weights and word lists from the data file (read once per process)."""
    data = read_toml(Path(path))
    signals = {}
    for name, raw in data.get("signals", {}).items():
        where = f"{Path(path).name} (signals.{name})"
        scale = raw.get("scale")
        if scale not in SCALES:
            raise SettingsError(f"{where}: scale must be one of {SCALES}, not {scale!r}")
        if not isinstance(raw.get("weight"), int | float) or raw["weight"] < 0:
            raise SettingsError(f"{where}: weight must be a number >= 0")
        if not isinstance(raw.get("explain"), str) or not isinstance(raw.get("label"), str):
            raise SettingsError(f"{where}: needs a label and an explain template")
        params = {k: float(v) for k, v in raw.items() if isinstance(v, int | float) and k != "weight"}
        templates = {k: v for k, v in raw.items() if k.startswith("explain")}
        signals[name] = SignalSpec(
            name, raw["label"], float(raw["weight"]), scale, params, templates, raw.get("source", "")
        )
    words = data.get("words", {})
    month_names = sorted(words.get("months", []), key=len, reverse=True)
    months = "|".join(re.escape(m) for m in month_names)
    # A date starts with a digit or a month's first letter: the lookahead rejects other places at once.
    initials = re.escape("".join(sorted({m[0] for m in month_names if m})))
    date_re = re.compile(
        rf"\b(?=[\d{initials}])(?:{_ISO_DATE}|\d{{1,2}}\s+(?:{months})\b\.?(?:,?\s+\d{{4}})?|(?:{months})\b\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?|(?:{months})\s+\d{{4}})"
    )
    return Settings(
        signals=signals,
        round=int(data.get("score", {}).get("round", 1)),
        opinion=word_index(words.get("opinion", [])),
        allegations=word_index(words.get("allegations", [])),
        figures=word_index(words.get("figures", [])),
        date_re=date_re,
        byline_res=tuple(re.compile(p, re.MULTILINE) for p in words.get("byline_patterns", [])),
    )


def fill(template: str, values: dict[str, Any]) -> str:
    """A template with {name} replaced by its value and {name|one|many} by the words for that number
    (``#`` in them stands for the number)."""

    def one(m: re.Match[str]) -> str:
        key, singular, plural = m.groups()
        value = values.get(key, m.group())
        if singular is None:
            return str(value)
        return (singular if value == 1 else plural).replace("#", str(value))

    return _PLACEHOLDER_RE.sub(one, template)


@lru_cache(maxsize=8)
def _first_person_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """First-person words as written: "I" only in capitals, the others lower-case or capitalised."""
    forms = {w if w == "I" else f for w in words for f in (w.lower(), w.lower().capitalize())}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b")


# --- what one article gives the signals ----------------------------------------------------------


@dataclass
class Measure:
    """A signal's raw value, its evidence, the numbers for its explanation and which template fits."""

    value: float
    evidence: tuple[Span, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)
    case: str = "explain"
    applies: bool = True


class _Body:
    """The scored sentences of an article, with helpers to look inside them."""

    def __init__(self, doc: Doc, settings: Settings):
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.sentences = list(doc.scored)
        self.ranges = doc.token_ranges
        self.words = doc.words
        self.quotes = doc.quotes
        self.dates = [(m.start(), m.end()) for m in settings.date_re.finditer(doc.text)]  # in order, apart
        self._date_starts = [start for start, _ in self.dates]
        paragraphs: dict[int, int] = {}
        for s in doc.sentences:
            paragraphs[s.paragraph] = paragraphs.get(s.paragraph, 0) + 1
        self.paragraph_sizes = paragraphs
        self._found: dict[int, dict[int, list[Span]]] = {}  # id(index) -> sentence -> spans

    def outside_quotes(self, start: int) -> bool:
        return self.doc.quoted(start) is None

    def in_date(self, at: int) -> bool:
        """Whether offset ``at`` is inside a date (a binary search: a text of many dates stays linear)."""
        i = bisect_right(self._date_starts, at) - 1
        return i >= 0 and at < self.dates[i][1]

    def per_100(self, count: int) -> float:
        return round(100 * count / self.words, 2) if self.words else 0.0

    def is_heading(self, sentence: Sentence, max_words: float) -> bool:
        """A line that stands alone and is short: a headline or a subheading."""
        return self.paragraph_sizes.get(sentence.paragraph) == 1 and len(sentence.text.split()) <= max_words

    def found(self, index: PhraseIndex[str], sentence: Sentence) -> list[Span]:
        """The index's phrases in one scored sentence (all sentences are searched on first use)."""
        by_sentence = self._found.get(id(index))
        if by_sentence is None:
            order, text = list(self.ranges), self.text
            each = index.find_each(self.tokens, [self.ranges[i] for i in order])
            by_sentence = {
                i: [Span.of(text, m.start, m.end) for m in hits] for i, hits in zip(order, each, strict=True)
            }
            self._found[id(index)] = by_sentence
        return by_sentence[sentence.index]

    def matches(self, index: PhraseIndex[str], *, skip_names: bool = True) -> list[Span]:
        """Matches in the writer's own voice: body sentences, outside quotation marks."""
        out = []
        for s in self.sentences:
            for m in self.found(index, s):
                if not self.outside_quotes(m.start):
                    continue
                if skip_names and self.text[m.start].isupper() and m.start != s.start:
                    continue  # "May" the month, "Plot" in a name
                out.append(m)
        return out


def _examples(spans: Sequence[Span]) -> str:
    seen = list(dict.fromkeys(s.text.lower() for s in spans))[:EXAMPLES]
    return ", ".join(f"'{w}'" for w in seen)


def _cited(sourcing: SourcingResult) -> list[Attribution]:
    return [a for a in sourcing.attributions if a.kind != "self"]


# --- the signals ----------------------------------------------------------------------------------


def _byline(article: Article, body: _Body, settings: Settings) -> Measure:
    author, evidence = article.author.strip(), ()
    if author:
        at = article.text.find(author)
        evidence = (Span.of(article.text, at, at + len(author)),) if at >= 0 else ()
    else:
        for regex in settings.byline_res:
            m = regex.search(article.text)
            if m:
                author, evidence = m.group(1), (Span.of(article.text, m.start(1), m.end(1)),)
                break
    return Measure(1.0 if author else 0.0, evidence, {"author": author}, "explain" if author else "explain_zero")


def _date(article: Article, body: _Body, settings: Settings) -> Measure:
    spec = settings.signals["date"]
    text = article.text
    if article.date:
        at = text.find(article.date)
        found = settings.date_re.search(text) if at < 0 else None
        evidence = (Span.of(text, at, at + len(article.date)),) if at >= 0 else ()
        if found:
            evidence = (Span.of(text, found.start(), found.end()),)
        return Measure(1.0, evidence, {"date": article.date})
    found = settings.date_re.search(text)
    if found:
        value = spec.params.get("text_date_value", 0.5)
        return Measure(value, (Span.of(text, found.start(), found.end()),), {"date": found.group()}, "explain_text")
    return Measure(0.0, (), {}, "explain_zero")


def _sourcing_density(body: _Body, sourcing: SourcingResult, spec: SignalSpec) -> Measure:
    cited = _cited(sourcing)
    rate = body.per_100(len(cited))
    values = {"count": len(cited), "words": body.words, "rate": f"{rate:.1f}", "target": f"{spec.params['target']:g}"}
    return Measure(rate, tuple(a.span for a in cited), values, "explain" if cited else "explain_zero")


def _named_sources(sourcing: SourcingResult) -> Measure:
    cited = _cited(sourcing)
    anonymous = [a for a in cited if a.kind == "anonymous"]
    total = len(cited)
    values = {"record": total - len(anonymous), "total": total, "anonymous": len(anonymous)}
    value = round((total - len(anonymous)) / total, ROUND) if total else 0.0
    return Measure(value, tuple(a.span for a in anonymous), values, "explain" if total else "explain_zero")


def _source_diversity(sourcing: SourcingResult) -> Measure:
    cited = _cited(sourcing)
    kinds = [k for k in SOURCE_KINDS if any(a.kind == k for a in cited)]
    first_of: dict[str, Span] = {}
    for a in cited:
        first_of.setdefault(a.source, a.span)
    values = {"distinct": len(first_of), "kinds": len(kinds), "kind_list": ", ".join(kinds)}
    return Measure(float(len(first_of)), tuple(first_of.values()), values, "explain" if cited else "explain_zero")


def _direct_quotes(sourcing: SourcingResult) -> Measure:
    claims = {(a.claim.start, a.claim.end): a.claim for a in sourcing.attributions if a.direct_quote and a.claim}
    return Measure(
        float(len(claims)), tuple(claims.values()), {"count": len(claims)}, "explain" if claims else "explain_zero"
    )


def _rate_of(spans: list[Span], body: _Body) -> Measure:
    rate = body.per_100(len(spans))
    values = {"count": len(spans), "rate": f"{rate:.1f}", "examples": _examples(spans)}
    return Measure(rate, tuple(spans), values, "explain" if spans else "explain_zero")


def _loaded_verbs(sourcing: SourcingResult) -> Measure:
    total = len(sourcing.attributions)
    loaded = [a for a in sourcing.attributions if a.cue_type == "loaded" and a.cue_span is not None]
    distinct = {(a.cue_span.start, a.cue_span.end): a.cue_span for a in loaded if a.cue_span}
    values = {"count": len(distinct), "total": total, "examples": _examples(list(distinct.values()))}
    if not total:
        return Measure(0.0, (), values, "explain_none", applies=False)
    return Measure(
        round(len(loaded) / total, ROUND), tuple(distinct.values()), values, "explain" if loaded else "explain_zero"
    )


def _exclamations(body: _Body, spec: SignalSpec) -> Measure:
    found = []
    for s in body.sentences:
        end = s.text.rstrip(" )]" + QUOTE_MARKS)
        if not end or end[-1] not in "!?" or not body.outside_quotes(s.start + len(end) - 1):
            continue
        if end[-1] == "?" and body.is_heading(s, spec.params.get("heading_max_words", 0)):
            continue  # "What happened?" as a subheading
        found.append(s.span)
    return Measure(float(len(found)), tuple(found), {"count": len(found)}, "explain" if found else "explain_zero")


def _first_person(body: _Body, lexicon: Lexicon, settings: Settings) -> Measure:
    words = tuple(lexicon.source_words("first_person")) or ("I", "we", "my", "our", "me", "us")
    pronoun_re = _first_person_re(words)
    opinions = body.matches(settings.opinion, skip_names=False)
    evidence, sentences = list(opinions), 0
    for s in body.sentences:
        hits = [m for m in pronoun_re.finditer(body.text, s.start, s.end) if body.outside_quotes(m.start())]
        if hits:
            sentences += 1
            if not any(o.overlaps(hits[0].start(), hits[0].end()) for o in opinions):
                evidence.append(Span.of(body.text, hits[0].start(), hits[0].end()))
    evidence.sort(key=lambda sp: sp.start)
    values = {"count": sentences, "opinions": len(opinions), "examples": _examples(opinions) or "none"}
    return Measure(float(sentences), tuple(evidence), values, "explain" if sentences else "explain_zero")


def _fact_spans(sentence: Sentence, body: _Body, settings: Settings) -> list[Span]:
    """Figures and accusation words in a sentence (dates, years and list numbers are not figures)."""
    text = body.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    out = []
    for m in _NUMBER_RE.finditer(text, sentence.start, sentence.end):
        digits = m.group().replace(",", "")
        if body.in_date(m.start()) or (len(digits) == 4 and digits[:2] in ("19", "20")):
            continue
        if m.start() == sentence.start and _LIST_NUMBER_RE.match(text, line_start) and line_start == m.start():
            continue
        out.append(Span.of(text, m.start(), m.end()))
    for index in (settings.figures, settings.allegations):
        out += body.found(index, sentence)
    return sorted(out, key=lambda sp: sp.start)


def _unattributed(body: _Body, sourcing: SourcingResult, settings: Settings) -> Measure:
    attributed = {i for a in sourcing.attributions for i in (a.sentence, a.sentence + 1)}
    claims = [a.claim for a in sourcing.attributions if a.claim is not None]
    facts, evidence, count = 0, [], 0
    for s in body.sentences:
        spans = _fact_spans(s, body, settings)
        if not spans:
            continue
        facts += 1
        if s.index in attributed or any(c.overlaps(s.start, s.end) for c in claims):
            continue
        count += 1
        evidence += spans
    values = {"count": count, "facts": facts}
    if not facts:
        return Measure(0.0, (), values, "explain_none", applies=False)
    return Measure(float(count), tuple(evidence), values, "explain" if count else "explain_zero")


# --- scores ---------------------------------------------------------------------------------------


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def scale_score(spec: SignalSpec, measure: Measure) -> float:
    """A signal's 0–1 score from its value, by the scale data/transparency.toml gives it."""
    p, v = spec.params, measure.value
    if spec.scale in ("presence", "share"):
        score = v
    elif spec.scale == "at_least":
        score = v / p["target"] if p.get("target") else 1.0
    elif spec.scale == "at_most":
        free, limit = p.get("free", 0.0), p.get("limit", 1.0)
        score = 1.0 if v <= free else 1.0 - (v - free) / max(limit - free, 1e-9)
    elif spec.scale == "unchecked":
        score = 1.0 - v / (measure.values.get("facts", 0) + p.get("prior", 0.0) or 1.0)
    else:  # diversity
        sources = v / p["target_sources"] if p.get("target_sources") else 1.0
        kinds = measure.values.get("kinds", 0) / p["target_kinds"] if p.get("target_kinds") else 1.0
        score = (_clamp(sources) + _clamp(kinds)) / 2
    return round(_clamp(score), ROUND)


def analyze_transparency(
    doc: Doc, framing: FramingResult, sentiment: SentimentResult, sourcing: SourcingResult, lexicon: Lexicon
) -> TransparencyResult:
    """Every signal of data/transparency.toml for one article, and the weighted 0–100 score."""
    settings = load_settings()
    article = doc.article
    body = _Body(doc, settings)
    signals = settings.signals
    measures: dict[str, Callable[[], Measure]] = {
        "byline": lambda: _byline(article, body, settings),
        "date": lambda: _date(article, body, settings),
        "sourcing_density": lambda: _sourcing_density(body, sourcing, signals["sourcing_density"]),
        "named_sources": lambda: _named_sources(sourcing),
        "source_diversity": lambda: _source_diversity(sourcing),
        "direct_quotes": lambda: _direct_quotes(sourcing),
        "hedging": lambda: _rate_of(body.matches(lexicon.compiled.hedges), body),
        # The writer's loaded words as the loaded-language stage found them (stages.loaded: resources + list).
        "loaded_language": lambda: _rate_of([w.span for w in framing.loaded], body),
        "loaded_verbs": lambda: _loaded_verbs(sourcing),
        "exclamations": lambda: _exclamations(body, signals["exclamations"]),
        "first_person": lambda: _first_person(body, lexicon, settings),
        "unattributed": lambda: _unattributed(body, sourcing, settings),
    }
    out = []
    for name, spec in signals.items():
        if name not in measures:
            raise SettingsError(f"{TRANSPARENCY_FILE.name}: no code computes the signal {name!r}")
        measure = measures[name]()
        template = spec.templates.get(measure.case) or spec.templates["explain"]
        values = {**{k: f"{v:g}" for k, v in spec.params.items()}, **measure.values}
        out.append(
            Signal(
                name=name,
                label=spec.label,
                value=round(measure.value, ROUND),
                score=scale_score(spec, measure),
                weight=spec.weight if measure.applies else 0.0,
                explanation=fill(template, values),
                evidence=tuple(sorted(measure.evidence, key=lambda sp: sp.start)),
            )
        )
    total = sum(s.weight for s in out)
    score = round(100 * sum(s.weight * s.score for s in out) / total, settings.round) if total else 0.0
    return TransparencyResult(score, tuple(out))
