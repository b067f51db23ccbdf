"""Claims and omissions: statements that report the same fact, grouped across articles.

Each body sentence that looks like a report of a fact (a number, a name or an event verb) is turned into
tokens: word stems, numbers, lexicon actors and framing-family words. Sentences of different articles are
scored by TF-IDF cosine of those tokens and grouped by average linkage; each group is a claim whose status
per article is reported, absent, or different (other figures, or opposite framing terms of one family).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from ..lexicon.model import Lexicon
from ..model import Article, Sentence, Span
from ..text.doc import Doc

REPORTED, ABSENT, DIFFERENT = "reported", "absent", "different"
STATUSES = (REPORTED, ABSENT, DIFFERENT)

NUMBER_RE = re.compile(
    r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand)\b)?(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[^\W\d_](?:\w|[-'’](?=\w))*")
# A statement ends with a full stop or an exclamation mark (closing quotes allowed): headings and questions do not.
STATEMENT_END_RE = re.compile(r"[.!][\"'”’)\]]*$")
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True)
class ClaimSettings:
    """Options from data/compare.toml [claims] (and the shared stop words)."""

    max_articles: int
    min_words: int
    link: float
    number_weight: int
    name_weight: int
    min_pole_gap: float
    event_verbs: frozenset[str]
    months: tuple[str, ...]
    synonyms: Mapping[str, str]
    stop_words: frozenset[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, stop_words: Sequence[str] = ()) -> ClaimSettings:
        synonyms: dict[str, str] = {}
        for group in data.get("synonyms", ()):
            canonical = stem(group[0].lower())
            for word in group:
                synonyms[stem(word.lower())] = canonical
        return cls(
            max_articles=int(data["max_articles"]),
            min_words=int(data["min_words"]),
            link=float(data["link"]),
            number_weight=int(data["number_weight"]),
            name_weight=int(data["name_weight"]),
            min_pole_gap=float(data["min_pole_gap"]),
            event_verbs=frozenset(stem(v.lower()) for v in data.get("event_verbs", ())),
            months=tuple(m.lower() for m in data.get("months", ())),
            synonyms=synonyms,
            stop_words=frozenset(w.lower() for w in stop_words),
        )


@dataclass(frozen=True)
class ClaimEvidence:
    """A sentence of article ``id`` that reports the claim."""

    id: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.span.to_dict()}


@dataclass(frozen=True)
class Claim:
    """One fact across the set: its status per article id and the sentences that report it.

    ``reasons`` say why an article's status is "different" (the figures or framing terms that disagree).
    """

    summary: str
    articles: dict[str, str]
    evidence: tuple[ClaimEvidence, ...]
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "articles": dict(self.articles),
            "evidence": [e.to_dict() for e in self.evidence],
            "reasons": list(self.reasons),
        }


# --- sentences as tokens -------------------------------------------------------------------------


def stem(word: str) -> str:
    """A light suffix stripper: inflections of one word share a stem (guaranteed/guarantee, bases/base)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", "i"), ("ied", "i"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w[-2] in "su"):
            w = w[: len(w) - len(suffix)] + keep
            break
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    w = w.rstrip("e") or w
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


@dataclass(frozen=True)
class Number:
    """A figure in a sentence: its value and kind ("quantity", "date" or "year")."""

    value: float
    kind: str
    text: str


@cache
def _month_patterns(months: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True)) or "(?!)"
    before = re.compile(rf"\b(?:{names})\.?\s*$", re.IGNORECASE)
    after = re.compile(rf"^\s*(?:of\s+)?(?:{names})\b", re.IGNORECASE)
    return before, after


def find_numbers(text: str, *, months: tuple[str, ...] = ()) -> tuple[Number, ...]:
    """Figures in a sentence, each a quantity, a day of a ``months`` month, or a year; list markers left out."""
    month_before, month_after = _month_patterns(months)
    out = []
    for m in NUMBER_RE.finditer(text):
        digits, decimals, scale = m.group(1), m.group(2) or "", (m.group(3) or "").lower()
        if m.start() == 0 and text[m.end() : m.end() + 1] in (".", ")") and not scale:
            continue
        value = float(digits.replace(",", "") + decimals) * SCALE.get(scale, 1.0)
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 12]
        if month_before.search(before) or month_after.search(after):
            kind = "date" if value <= 31 else "year"
        elif "," not in digits and not decimals and not scale and 1900 <= value <= 2099:
            kind = "year"
        else:
            kind = "quantity"
        out.append(Number(value, kind, m.group()))
    return tuple(out)


@dataclass(frozen=True)
class FactSentence:
    """A candidate fact: one sentence, its tokens, figures and framing terms (family, pole position, term)."""

    article: int
    sentence: Sentence
    tokens: tuple[str, ...]
    numbers: tuple[Number, ...]
    framing: tuple[tuple[str, float, str], ...]


def _sentence_facts(article_index: int, doc: Doc, sentence: Sentence, lexicon: Lexicon, settings: ClaimSettings):
    text, (start, end) = doc.text, (sentence.start, sentence.end)
    lo, hi = doc.token_ranges[sentence.index]
    covered: list[tuple[int, int]] = []
    tokens: list[str] = []
    framing: list[tuple[str, float, str]] = []
    for family_id, index in lexicon.compiled.terms.items():
        family = lexicon.family(family_id)
        for m in index.find(doc.tokens, lo, hi):
            covered.append((m.start, m.end))
            framing.append((family_id, family.pole(m.payload.pole).position, text[m.start : m.end]))
            tokens.append(f"family:{family_id}")
    for m in lexicon.compiled.actors.find(doc.tokens, lo, hi):
        if any(m.start < e and s < m.end for s, e in covered):
            continue
        covered.append((m.start, m.end))
        tokens.append(f"actor:{m.payload}")
    numbers = find_numbers(sentence.text, months=settings.months)
    for number in numbers:
        weight = settings.number_weight if number.kind == "quantity" else 1
        tokens.extend([f"{number.kind}:{number.value:g}"] * weight)
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]
    has_name = any(t.startswith("actor:") for t in tokens)
    has_event = False
    for position, (w_start, w_end, word) in enumerate(words):
        if any(w_start < e and s < w_end for s, e in covered):
            continue
        lower = word.lower()
        if lower in settings.stop_words or len(lower) < 2:
            continue
        token = stem(lower)
        has_event = has_event or token in settings.event_verbs
        token = settings.synonyms.get(token, token)
        if position > 0 and word[0].isupper():
            has_name = True
            tokens.extend([token] * settings.name_weight)
        else:
            tokens.append(token)
    statement = STATEMENT_END_RE.search(sentence.text) is not None
    fact_like = statement and len(words) >= settings.min_words and (numbers or has_name or has_event)
    if not fact_like:
        return None
    return FactSentence(article_index, sentence, tuple(tokens), numbers, tuple(framing))


def fact_sentences(articles: Sequence[Article], *, lexicon: Lexicon, settings: ClaimSettings) -> list[FactSentence]:
    """Body sentences (boilerplate left out) that report something: figures, names or an event verb."""
    out = []
    for index, article in enumerate(articles):
        doc = Doc(article)
        for sentence in doc.scored:
            fact = _sentence_facts(index, doc, sentence, lexicon, settings)
            if fact is not None:
                out.append(fact)
    return out


def sentence_scores(facts: Sequence[FactSentence]) -> np.ndarray:
    """Cosine of the sentences' token TF-IDF (sublinear tf): the score that links two statements."""
    if not facts:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(analyzer=lambda tokens: tokens, sublinear_tf=True, min_df=1)
    try:
        matrix = vectorizer.fit_transform([f.tokens for f in facts])
    except ValueError:
        return np.zeros((len(facts), len(facts)))
    return np.clip((matrix @ matrix.T).toarray(), 0.0, 1.0)


# --- grouping and statuses -----------------------------------------------------------------------


def group_sentences(scores: np.ndarray, *, link: float) -> list[list[int]]:
    """Average-linkage groups whose members score ``link`` or more with each other on average."""
    n = scores.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    distances = 1.0 - scores
    np.fill_diagonal(distances, 0.0)
    distances = np.clip((distances + distances.T) / 2.0, 0.0, 1.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - link, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return list(groups.values())


@dataclass(frozen=True)
class _Version:
    """What one article says in a claim: its figures by kind and its mean pole position per family."""

    numbers: dict[str, frozenset[float]]
    number_text: dict[str, tuple[str, ...]]
    framing: dict[str, float]
    framing_text: dict[str, tuple[str, ...]]


def _version(facts: Sequence[FactSentence]) -> _Version:
    numbers: dict[str, set[float]] = {}
    number_text: dict[str, list[str]] = {}
    positions: dict[str, list[float]] = {}
    words: dict[str, list[str]] = {}
    for fact in facts:
        for number in fact.numbers:
            numbers.setdefault(number.kind, set()).add(number.value)
            number_text.setdefault(number.kind, []).append(number.text)
        for family, position, text in fact.framing:
            positions.setdefault(family, []).append(position)
            words.setdefault(family, []).append(text)
    return _Version(
        {k: frozenset(v) for k, v in numbers.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in number_text.items()},
        {k: sum(v) / len(v) for k, v in positions.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in words.items()},
    )


def _disagreements(a: _Version, b: _Version, *, min_pole_gap: float, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """(what, a's words, b's words) for each way two versions of a claim disagree."""
    out = []
    for kind in sorted(a.numbers.keys() & b.numbers.keys()):
        if not a.numbers[kind] & b.numbers[kind]:
            label = {"quantity": "figures", "date": "dates", "year": "years"}.get(kind, kind)
            out.append((label, ", ".join(a.number_text[kind]), ", ".join(b.number_text[kind])))
    for family in sorted(a.framing.keys() & b.framing.keys()):
        p, q = a.framing[family], b.framing[family]
        if p * q < 0 and abs(p - q) >= min_pole_gap:
            label = f"wording ({lexicon.family(family).label})"
            out.append((label, ", ".join(a.framing_text[family]), ", ".join(b.framing_text[family])))
    return out


def _statuses(
    members: Sequence[FactSentence], ids: Sequence[str], *, settings: ClaimSettings, lexicon: Lexicon
) -> tuple[dict[str, str], tuple[str, ...]]:
    by_article: dict[int, list[FactSentence]] = {}
    for fact in members:
        by_article.setdefault(fact.article, []).append(fact)
    versions = {a: _version(f) for a, f in by_article.items()}
    reporting = sorted(versions)
    disagree: dict[int, int] = dict.fromkeys(reporting, 0)
    reasons = []
    for i, a in enumerate(reporting):
        for b in reporting[i + 1 :]:
            found = _disagreements(versions[a], versions[b], min_pole_gap=settings.min_pole_gap, lexicon=lexicon)
            if found:
                disagree[a] += 1
                disagree[b] += 1
                reasons.extend(f"{what}: {ids[a]} says {x}; {ids[b]} says {y}" for what, x, y in found)
    statuses = dict.fromkeys(ids, ABSENT)
    for a in reporting:
        agree = len(reporting) - disagree[a]  # itself included
        statuses[ids[a]] = DIFFERENT if disagree[a] and disagree[a] >= agree else REPORTED
    return statuses, tuple(reasons)


def summarize(text: str, *, limit: int = 160) -> str:
    """A sentence trimmed to ``limit`` characters at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def find_claims(
    articles: Sequence[Article], *, lexicon: Lexicon, settings: ClaimSettings
) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    """Claims across the articles (shared ones first) and notes on what was left out."""
    if len(articles) > settings.max_articles:
        note = (
            f"Claims compare sentences pairwise, so they are worked out for up to {settings.max_articles} "
            f"articles; this set has {len(articles)}. Compare a smaller selection to see claims."
        )
        return (), (note,)
    ids = [a.id for a in articles]
    facts = fact_sentences(articles, lexicon=lexicon, settings=settings)
    groups = group_sentences(sentence_scores(facts), link=settings.link)
    claims = []
    for group in groups:
        members = sorted((facts[i] for i in group), key=lambda f: (f.article, f.sentence.start))
        statuses, reasons = _statuses(members, ids, settings=settings, lexicon=lexicon)
        evidence = tuple(ClaimEvidence(ids[f.article], f.sentence.span) for f in members)
        summary = summarize(min((f.sentence.text for f in members), key=len))
        claims.append((Claim(summary, statuses, evidence, reasons), members[0]))
    reporting = lambda claim: sum(s != ABSENT for s in claim.articles.values())  # noqa: E731
    claims.sort(key=lambda c: (-reporting(c[0]), c[1].article, c[1].sentence.start))
    return tuple(c for c, _ in claims), ()
