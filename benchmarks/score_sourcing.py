"""Sourcing quality on newsroom-like passages: the analysis's attributions against hand-made gold.

The passages in ``benchmarks/devsets/sourcing`` were written for this benchmark (never copied from real
articles) on the patterns catalogued in ``docs/sourcing-constructions.md``; each ``NNN_slug.txt`` has a
``NNN_slug.toml`` with its gold: every attribution (source mention, cue, claim, kind, who it is, direct
quote or not) and the traps (text that must not be read as a source). That document also states the gold
rules.

Usage::

    python benchmarks/score_sourcing.py [--code DIR] [--split dev|holdout|all] [--record] [--details]

``--code DIR`` puts DIR first on ``sys.path`` before ``analysis`` is imported (``--code /path/to/frozen/copy``
scores another checkout); the default is this repository. ``--details`` lists every false positive and
false negative with its sentence; ``--record`` appends the tables to ``benchmarks/RESULTS.md``.

Importable (standard library only; ``analysis`` is imported when the default analyser first runs)::

    passages = load_devset(DEVSET, "dev")
    scores = score(passages)                 # or score(passages, analyse=my_function)
    scores.headline()                        # the figures tests hold floors on

``analyse(passage)`` returns the attribution dicts of the public JSON contract
(``report.to_dict()["sourcing"]["attributions"]``); unknown fields are ignored and missing ones are
treated as absent. A prediction matches a gold attribution when their source spans overlap (one to one;
the largest overlap first, then the same cue span).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devsets" / "sourcing"
KINDS = ("named", "anonymous", "agency", "organization", "document", "self")
SPLITS = ("dev", "holdout")
META_KEYS = ("outlet", "outlet_kind", "style", "event", "split", "lexicon")
QUOTE_MARKS = "\"'“”‘’«»„‹›"
CLAIM_F1 = 0.8  # a claim's bounds are right at this character-level F1 or above
ELLIPSIS = " ... "  # inside [[ ]]: from the first piece to the next occurrence of the last piece
WINDOW = 160  # characters shown around a span when no sentence boundary is near

Span = tuple[int, int]


class GoldError(ValueError):
    """The gold of a passage does not resolve against its text."""


# --- gold -------------------------------------------------------------------------------------


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def resolve(text: str, context: str) -> Span:
    """The span a gold context string points at.

    ``context`` occurs exactly once in ``text`` with its target inside ``[[ ]]`` (no brackets: the whole
    string is the target). A long target may be written ``[[first words ... last words]]``: the context up
    to the first words occurs exactly once, and the target ends at the next occurrence of the last words
    (with the context after them).
    """
    if not isinstance(context, str) or not context:
        raise GoldError(f"not a context string: {context!r}")
    if context.count("[[") > 1 or context.count("]]") > 1 or context.count("[[") != context.count("]]"):
        raise GoldError(f"one [[target]] per context: {context!r}")
    if "[[" in context:
        left, rest = context.split("[[", 1)
        inner, right = rest.split("]]", 1)
    else:
        left, inner, right = "", context, ""
    if not inner.strip():
        raise GoldError(f"empty target: {context!r}")
    if ELLIPSIS in inner:
        first, last = inner.split(ELLIPSIS, 1)
        heads = _occurrences(text, left + first)
        if len(heads) != 1:
            raise GoldError(f"{len(heads)} occurrences of {left + first!r} (need exactly 1): {context!r}")
        start = heads[0] + len(left)
        tail = text.find(last + right, start + len(first))
        if tail < 0:
            raise GoldError(f"{last + right!r} not found after {first!r}: {context!r}")
        return start, tail + len(last)
    found = _occurrences(text, left + inner + right)
    if len(found) != 1:
        raise GoldError(f"{len(found)} occurrences (need exactly 1): {context!r}")
    start = found[0] + len(left)
    return start, start + len(inner)


@dataclass(frozen=True)
class GoldAttribution:
    index: int
    kind: str
    entity: str
    source: Span
    cue: Span | None
    quote: bool
    claim: Span | None
    constructions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trap:
    span: Span
    why: str


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    meta: Mapping[str, Any]
    attributions: tuple[GoldAttribution, ...]
    traps: tuple[Trap, ...]

    @property
    def outlet(self) -> str:
        return str(self.meta.get("outlet", ""))

    @property
    def outlet_kind(self) -> str:
        return str(self.meta.get("outlet_kind", ""))

    @property
    def split(self) -> str:
        return str(self.meta.get("split", ""))

    @property
    def lexicon(self) -> str:
        return str(self.meta.get("lexicon") or "general-news")

    @property
    def words(self) -> int:
        return len(self.text.split())


def _read(toml_path: Path) -> tuple[str, dict[str, Any]]:
    text_path = toml_path.with_suffix(".txt")
    if not text_path.is_file():
        raise GoldError(f"{toml_path.name}: no {text_path.name} beside it")
    try:
        gold = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{toml_path.name}: {exc}") from exc
    return text_path.read_text(encoding="utf-8"), gold


PAIRED_MARKS = {"”": "“", "’": "‘", "»": "«", "›": "‹"}


def _wrapped_in_quotes(claim: str) -> bool:
    """A claim that starts with a quotation mark, or ends with one that closes nothing inside it (a
    partial quote at the end of reported speech, 'said it was "unacceptable"', keeps its closing mark)."""
    claim = claim.strip()
    if not claim or claim[0] in QUOTE_MARKS:
        return bool(claim)
    last = claim[-1]
    if last in PAIRED_MARKS:
        return PAIRED_MARKS[last] not in claim
    if last in "\"'":
        return claim.count(last) % 2 == 1
    return False


def gold_problems(toml_path: Path | str) -> list[str]:
    """Everything wrong with one passage's gold (empty when it validates): each context occurs exactly
    once, each target lies inside it, claims carry no quotation marks at their ends, fields are known."""
    toml_path = Path(toml_path)
    try:
        text, gold = _read(toml_path)
    except GoldError as exc:
        return [str(exc)]
    problems: list[str] = []
    meta = gold.get("meta", {})
    for key in META_KEYS:
        if not isinstance(meta.get(key), str) or not meta.get(key):
            problems.append(f"[meta] {key} missing")
    if meta.get("split") not in SPLITS:
        problems.append(f"[meta] split must be one of {SPLITS}, not {meta.get('split')!r}")
    if not isinstance(meta.get("constructions", []), list):
        problems.append("[meta] constructions must be a list")
    sources: list[Span] = []
    for i, att in enumerate(gold.get("attribution", []), 1):
        where = f"attribution {i}"
        if att.get("kind") not in KINDS:
            problems.append(f"{where}: kind {att.get('kind')!r} is not one of {KINDS}")
        if not isinstance(att.get("entity"), str) or not att.get("entity", "").strip():
            problems.append(f"{where}: entity missing")
        if not isinstance(att.get("quote", False), bool):
            problems.append(f"{where}: quote must be true or false")
        if "source" not in att:
            problems.append(f"{where}: source missing")
        for key in ("source", "cue", "claim"):
            if key not in att:
                continue
            try:
                span = resolve(text, att[key])
            except GoldError as exc:
                problems.append(f"{where} {key}: {exc}")
                continue
            if key == "source":
                sources.append(span)
            if key == "claim" and _wrapped_in_quotes(text[span[0] : span[1]]):
                claim = text[span[0] : span[1]]
                problems.append(f"{where} claim: leave the quotation marks out: {claim[:40]!r}…{claim[-40:]!r}")
        if att.get("quote") and "claim" not in att:
            problems.append(f"{where}: a direct quote needs its claim")
    for i, trap in enumerate(gold.get("trap", []), 1):
        try:
            start, end = resolve(text, trap.get("text", ""))
        except GoldError as exc:
            problems.append(f"trap {i}: {exc}")
            continue
        if not trap.get("why"):
            problems.append(f"trap {i}: why missing")
        if any(start < e and s < end for s, e in sources):
            problems.append(f"trap {i}: overlaps a gold source span")
    return problems


def load_passage(toml_path: Path | str) -> Passage:
    """One passage and its resolved gold; raises GoldError listing every problem."""
    toml_path = Path(toml_path)
    problems = gold_problems(toml_path)
    if problems:
        raise GoldError(f"{toml_path.name}: " + "; ".join(problems))
    text, gold = _read(toml_path)
    attributions = tuple(
        GoldAttribution(
            index=i,
            kind=att["kind"],
            entity=att["entity"].strip(),
            source=resolve(text, att["source"]),
            cue=resolve(text, att["cue"]) if "cue" in att else None,
            quote=bool(att.get("quote", False)),
            claim=resolve(text, att["claim"]) if "claim" in att else None,
            constructions=tuple(att.get("construction", ())),
        )
        for i, att in enumerate(gold.get("attribution", []), 1)
    )
    traps = tuple(Trap(resolve(text, t["text"]), t["why"]) for t in gold.get("trap", []))
    return Passage(toml_path.stem, text, dict(gold["meta"]), attributions, traps)


def passage_files(directory: Path | str = DEVSET) -> list[Path]:
    return sorted(Path(directory).glob("*.toml"))


def load_devset(directory: Path | str = DEVSET, split: str = "all") -> list[Passage]:
    """The passages of one split ("dev", "holdout" or "all"), gold resolved; raises GoldError if any
    passage's gold does not validate."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, holdout or all, not {split!r}")
    passages = [load_passage(p) for p in passage_files(directory)]
    return [p for p in passages if split == "all" or p.split == split]


# --- predictions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Predicted:
    span: Span | None
    kind: str
    name: str
    cue: Span | None
    claim: Span | None
    quote: bool
    text: str


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _span_of(obj: Any, text: str) -> Span | None:
    """(start, end) of a dict with start/end, or of its text when that occurs once; else None."""
    if not isinstance(obj, Mapping):
        return None
    start, end = _int(obj.get("start")), _int(obj.get("end"))
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    words = obj.get("text")
    if isinstance(words, str) and words and len(_occurrences(text, words)) == 1:
        at = text.find(words)
        return at, at + len(words)
    return None


def normalise(name: str) -> str:
    return " ".join(str(name).lower().replace("’", "'").split())


def predicted(attributions: Iterable[Mapping[str, Any]], text: str) -> list[Predicted]:
    """The public JSON attribution dicts, read tolerantly (unknown fields ignored, missing ones absent)."""
    out = []
    for a in attributions:
        if not isinstance(a, Mapping):
            continue
        span = _span_of(a, text)
        name = a.get("refers_to") or a.get("source") or a.get("text") or ""
        out.append(
            Predicted(
                span=span,
                kind=str(a.get("kind", "")),
                name=normalise(name),
                cue=_span_of(a.get("cue_span"), text),
                claim=_span_of(a.get("claim"), text),
                quote=bool(a.get("direct_quote", False)),
                text=text[span[0] : span[1]] if span else str(a.get("text", "")),
            )
        )
    return out


@cache
def _lexicon(name: str) -> Any:
    from analysis import load_lexicon

    return load_lexicon(name)


def default_analyse(passage: Passage) -> list[dict[str, Any]]:
    """The analysis as the dashboard runs it, with the passage's outlet and lexicon."""
    from analysis import Article, analyze

    try:
        article = Article(id=passage.id, text=passage.text, outlet=passage.outlet, outlet_kind=passage.outlet_kind)
    except TypeError:  # an Article without outlet_kind
        article = Article(id=passage.id, text=passage.text, outlet=passage.outlet)
    return analyze(article, _lexicon(passage.lexicon)).to_dict()["sourcing"]["attributions"]


# --- matching and figures ---------------------------------------------------------------------


def overlap(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_f1(gold: Span | None, pred: Span | None) -> float:
    """Character-level F1 of two spans (1.0 when both are absent, 0.0 when one is)."""
    if gold is None and pred is None:
        return 1.0
    shared = overlap(gold, pred)
    if not shared or gold is None or pred is None:
        return 0.0
    p, r = shared / (pred[1] - pred[0]), shared / (gold[1] - gold[0])
    return 2 * p * r / (p + r)


def match(gold: Sequence[GoldAttribution], preds: Sequence[Predicted]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs whose source spans overlap: the largest overlap
    first, then the pair whose cue spans overlap too, then text order."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            shared = overlap(g.source, p.span)
            if shared:
                same_cue = overlap(g.cue, p.cue) > 0
                candidates.append((-shared, not same_cue, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def claim_right(g: GoldAttribution, p: Predicted) -> bool:
    return span_f1(g.claim, p.claim) >= CLAIM_F1


def sentence_at(text: str, span: Span) -> str:
    """The sentence (or line) around a span, with the span marked [[like this]]."""
    start, end = span
    left = max(text.rfind("\n", 0, start) + 1, start - WINDOW, 0)
    for stop in (". ", "? ", "! "):
        at = text.rfind(stop, left, start)
        if at >= 0:
            left = max(left, at + 2)
    line_end = text.find("\n", end)
    right = min(len(text) if line_end < 0 else line_end, end + WINDOW)
    for stop in (". ", "? ", "! "):
        at = text.find(stop, end, right)
        if at >= 0:
            right = min(right, at + 1)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).strip()


@dataclass
class Finding:
    passage: str
    kind: str
    words: str
    sentence: str
    note: str = ""


@dataclass
class Scores:
    passages: int = 0
    words: int = 0
    gold: int = 0
    predicted: int = 0
    unlocated: int = 0  # predictions without a usable span
    matched: int = 0
    kind_right: int = 0
    strict: int = 0
    gold_by_kind: Counter = field(default_factory=Counter)
    found_by_kind: Counter = field(default_factory=Counter)  # matched with the right kind
    matched_by_kind: Counter = field(default_factory=Counter)  # matched, any kind
    predicted_by_kind: Counter = field(default_factory=Counter)
    right_by_predicted_kind: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold kind, predicted kind) over matched pairs
    claim_f1s: list[float] = field(default_factory=list)
    quote_right: int = 0
    distinct: list[tuple[str, int, int]] = field(default_factory=list)  # (passage, gold, predicted)
    traps: int = 0
    trap_hits: list[Finding] = field(default_factory=list)
    gold_by_construction: Counter = field(default_factory=Counter)
    found_by_construction: Counter = field(default_factory=Counter)
    false_positives: list[Finding] = field(default_factory=list)
    false_negatives: list[Finding] = field(default_factory=list)
    kind_errors: list[Finding] = field(default_factory=list)
    bound_errors: list[Finding] = field(default_factory=list)

    @staticmethod
    def _ratio(a: float, b: float) -> float:
        return a / b if b else 0.0

    @property
    def precision(self) -> float:
        """Predictions whose source matches a gold one of the same kind."""
        return self._ratio(self.kind_right, self.predicted)

    @property
    def strict_precision(self) -> float:
        """Predictions right in source, kind, direct-quote flag and claim bounds."""
        return self._ratio(self.strict, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.kind_right, self.gold)

    @property
    def recall_any_kind(self) -> float:
        return self._ratio(self.matched, self.gold)

    def recall_of(self, kind: str) -> float:
        return self._ratio(self.found_by_kind[kind], self.gold_by_kind[kind])

    def precision_of(self, kind: str) -> float:
        return self._ratio(self.right_by_predicted_kind[kind], self.predicted_by_kind[kind])

    @property
    def claim_f1(self) -> float:
        return self._ratio(sum(self.claim_f1s), len(self.claim_f1s))

    @property
    def quote_accuracy(self) -> float:
        return self._ratio(self.quote_right, self.matched)

    @property
    def distinct_mae(self) -> float:
        return self._ratio(sum(abs(g - p) for _, g, p in self.distinct), len(self.distinct))

    def headline(self) -> dict[str, float]:
        """The figures a test holds floors on (distinct_mae and trap_hits: lower is better)."""
        out = {
            "precision": self.precision,
            "strict_precision": self.strict_precision,
            "recall": self.recall,
            "claim_f1": self.claim_f1,
            "quote_accuracy": self.quote_accuracy,
            "distinct_mae": self.distinct_mae,
            "trap_hits": float(len(self.trap_hits)),
        }
        out.update({f"recall_{k}": self.recall_of(k) for k in KINDS})
        return out


def _distinct_gold(passage: Passage) -> int:
    return len({normalise(g.entity) for g in passage.attributions if g.kind != "self"})


def _distinct_predicted(preds: Sequence[Predicted]) -> int:
    return len({p.name for p in preds if p.kind != "self" and p.name})


def score_passage(scores: Scores, passage: Passage, attributions: Iterable[Mapping[str, Any]]) -> None:
    """Add one passage's predictions to the running figures."""
    text, gold = passage.text, passage.attributions
    preds = predicted(attributions, passage.text)
    located = [p for p in preds if p.span is not None]
    scores.passages += 1
    scores.words += passage.words
    scores.gold += len(gold)
    scores.predicted += len(preds)
    scores.unlocated += len(preds) - len(located)
    for g in gold:
        scores.gold_by_kind[g.kind] += 1
        for c in g.constructions:
            scores.gold_by_construction[c] += 1
    for p in preds:
        scores.predicted_by_kind[p.kind] += 1
    pairs = match(gold, located)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        g, p = gold[gi], located[pi]
        scores.matched += 1
        scores.matched_by_kind[g.kind] += 1
        scores.confusion[(g.kind, p.kind)] += 1
        quote_ok = g.quote == p.quote
        scores.quote_right += quote_ok
        if g.claim is not None:
            scores.claim_f1s.append(span_f1(g.claim, p.claim))
        if g.kind != p.kind:
            scores.kind_errors.append(
                Finding(passage.id, g.kind, p.text, sentence_at(text, g.source), f"predicted {p.kind} ({p.name})")
            )
            continue
        scores.kind_right += 1
        scores.found_by_kind[g.kind] += 1
        scores.right_by_predicted_kind[p.kind] += 1
        for c in g.constructions:
            scores.found_by_construction[c] += 1
        if quote_ok and claim_right(g, p):
            scores.strict += 1
        else:
            why = [] if quote_ok else [f"direct_quote {p.quote}, gold {g.quote}"]
            if not claim_right(g, p):
                got = text[p.claim[0] : p.claim[1]] if p.claim else None
                want = text[g.claim[0] : g.claim[1]] if g.claim else None
                why.append(f"claim F1 {span_f1(g.claim, p.claim):.2f}: got {_short(got)!r}, gold {_short(want)!r}")
            scores.bound_errors.append(Finding(passage.id, g.kind, p.text, sentence_at(text, g.source), "; ".join(why)))
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            cue = text[g.cue[0] : g.cue[1]] if g.cue else "-"
            scores.false_negatives.append(
                Finding(
                    passage.id,
                    g.kind,
                    text[g.source[0] : g.source[1]],
                    sentence_at(text, g.source),
                    f"cue {cue!r}, entity {g.entity!r}",
                )
            )
    for pi, p in enumerate(located):
        if pi not in matched_p:
            assert p.span is not None
            scores.false_positives.append(
                Finding(passage.id, p.kind, p.text, sentence_at(text, p.span), f"source {p.name!r}")
            )
    for p in preds:
        if p.span is None:
            scores.false_positives.append(Finding(passage.id, p.kind, p.text, "(no usable span)", f"source {p.name!r}"))
    for trap in passage.traps:
        scores.traps += 1
        for p in located:
            if overlap(trap.span, p.span):
                scores.trap_hits.append(Finding(passage.id, p.kind, p.text, sentence_at(text, trap.span), trap.why))
    scores.distinct.append((passage.id, _distinct_gold(passage), _distinct_predicted(preds)))


def _short(s: str | None, n: int = 70) -> str | None:
    if s is None or len(s) <= n:
        return s
    return s[: n // 2] + " … " + s[-n // 2 :]


def score(
    passages: Iterable[Passage], analyse: Callable[[Passage], Iterable[Mapping[str, Any]]] | None = None
) -> Scores:
    """Precision, recall, claim overlap, quote accuracy, distinct sources and trap hits over passages."""
    analyse = analyse or default_analyse
    scores = Scores()
    for passage in passages:
        score_passage(scores, passage, analyse(passage))
    return scores


# --- report -----------------------------------------------------------------------------------


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}"
        return "" if v is None else str(v)

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


HEADLINE_COLUMNS = (
    "split",
    "passages",
    "gold",
    "predicted",
    "precision (source + kind)",
    "strict precision",
    "recall",
    "recall (span, any kind)",
    "claim F1",
    "direct-quote accuracy",
    "distinct-source MAE",
    "trap hits",
)


def headline_row(name: str, s: Scores) -> dict[str, Any]:
    return {
        "split": name,
        "passages": s.passages,
        "gold": s.gold,
        "predicted": s.predicted,
        "precision (source + kind)": s.precision,
        "strict precision": s.strict_precision,
        "recall": s.recall,
        "recall (span, any kind)": s.recall_any_kind,
        "claim F1": s.claim_f1,
        "direct-quote accuracy": s.quote_accuracy,
        "distinct-source MAE": s.distinct_mae,
        "trap hits": f"{len(s.trap_hits)} / {s.traps}",
    }


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def report(scores: Scores, by_split: Mapping[str, Scores], *, details: bool = False) -> str:
    out = [
        "### Headline (precision first)",
        "",
        table([headline_row(k, v) for k, v in by_split.items()], HEADLINE_COLUMNS),
    ]
    out += [
        "",
        "Precision: share of predicted attributions whose source span overlaps a gold one of the same kind. "
        f"Strict: also the direct-quote flag and the claim (character F1 ≥ {CLAIM_F1}, or both absent). "
        "Claim F1: mean over matched pairs whose gold has a claim. Distinct-source MAE: per passage, "
        "|distinct predicted sources − distinct gold entities| (the writer excluded).",
        "",
        "### Recall per gold kind",
        "",
        table(
            [
                {
                    "kind": k,
                    "gold": scores.gold_by_kind[k],
                    "found, kind right": scores.found_by_kind[k],
                    "recall": scores.recall_of(k),
                    "span found, any kind": scores.matched_by_kind[k],
                }
                for k in KINDS
            ]
            + [
                {
                    "kind": "all",
                    "gold": scores.gold,
                    "found, kind right": scores.kind_right,
                    "recall": scores.recall,
                    "span found, any kind": scores.matched,
                }
            ],
            ("kind", "gold", "found, kind right", "recall", "span found, any kind"),
        ),
        "",
        "### Precision per predicted kind",
        "",
        table(
            [
                {
                    "predicted kind": k,
                    "predicted": scores.predicted_by_kind[k],
                    "right kind": scores.right_by_predicted_kind[k],
                    "precision": scores.precision_of(k),
                }
                for k in sorted(scores.predicted_by_kind, key=_kind_order)
            ],
            ("predicted kind", "predicted", "right kind", "precision"),
        ),
        "",
        "### Kind confusion over matched pairs (rows: gold, columns: predicted)",
        "",
        table(
            [{"gold \\ predicted": g, **{k: scores.confusion[(g, k)] or "" for k in KINDS}} for g in KINDS],
            ("gold \\ predicted", *KINDS),
        ),
        "",
        "### Recall per construction (gold attributions tagged with it)",
        "",
        table(
            [
                {
                    "construction": c,
                    "gold": n,
                    "found, kind right": scores.found_by_construction[c],
                    "recall": scores._ratio(scores.found_by_construction[c], n),
                }
                for c, n in sorted(scores.gold_by_construction.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
            ("construction", "gold", "found, kind right", "recall"),
        ),
        "",
        f"### Trap hits ({len(scores.trap_hits)} of {scores.traps} traps' text taken as a source)",
        "",
    ]
    out += [f"- {f.passage}: {f.note} — predicted {f.kind} {f.words!r} in: {f.sentence}" for f in scores.trap_hits] or [
        "- none"
    ]
    if details:
        out += ["", "### Distinct sources per passage", ""]
        out.append(
            table(
                [
                    {"passage": p, "gold entities": g, "predicted sources": n, "error": n - g}
                    for p, g, n in scores.distinct
                ],
                ("passage", "gold entities", "predicted sources", "error"),
            )
        )
        for title, findings in (
            ("False positives (predicted, no gold source overlaps)", scores.false_positives),
            ("False negatives (gold, no prediction overlaps)", scores.false_negatives),
            ("Kind errors (spans match, kinds differ)", scores.kind_errors),
            ("Quote flag or claim bounds wrong (source and kind right)", scores.bound_errors),
        ):
            out += ["", f"### {title}: {len(findings)}", ""]
            out += [f"- {f.passage} [{f.kind}] {f.words!r} — {f.note} — {f.sentence}" for f in findings] or ["- none"]
    return "\n".join(out)


def _git_revision(directory: Path) -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=directory, capture_output=True, text=True)
    except OSError:
        return "unknown"
    return rev.stdout.strip() or "not a git checkout"


def _import_common() -> Any:
    """benchmarks/common.py by path, after ``analysis`` is loaded, so its sys.path change cannot shadow --code."""
    spec = importlib.util.spec_from_file_location("benchmarks_common", ROOT / "benchmarks" / "common.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="directory holding the analysis package to score")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--devset", type=Path, default=DEVSET, help=argparse.SUPPRESS)
    parser.add_argument("--record", action="store_true", help="append the tables to benchmarks/RESULTS.md")
    parser.add_argument("--details", action="store_true", help="list every false positive and false negative")
    args = parser.parse_args(argv)
    code = args.code.resolve()
    sys.path.insert(0, str(code))
    import analysis  # loaded from --code before anything else can shadow it

    loaded_from = Path(analysis.__file__).resolve().parent.parent
    try:
        passages = load_devset(args.devset, "all")
    except GoldError as exc:
        print(f"gold does not validate: {exc}", file=sys.stderr)
        return 2
    chosen = [p for p in passages if args.split == "all" or p.split == args.split]
    results = {name: Scores() for name in (*SPLITS, "all")}
    for passage in chosen:
        attributions = list(default_analyse(passage))
        score_passage(results[passage.split], passage, attributions)
        score_passage(results["all"], passage, attributions)
    by_split = {k: v for k, v in results.items() if v.passages and (args.split == "all" or k == args.split)}
    shown = results["all"] if args.split == "all" else results[args.split]
    devset = Path(args.devset).resolve()
    where = devset.relative_to(ROOT) if devset.is_relative_to(ROOT) else devset
    intro = (
        f"Code scored: `{loaded_from}` (commit {_git_revision(loaded_from)}); devset `{where}`, split {args.split}: "
        f"{shown.passages} passages, {shown.words:,} words, {shown.gold} gold attributions, {shown.traps} traps."
    )
    body = intro + "\n\n" + report(shown, by_split, details=args.details)
    if args.record:
        common = _import_common()
        record_body = intro + "\n\n" + report(shown, by_split, details=False)
        common.record(f"Sourcing quality on the dev corpus ({args.split})", record_body)
        if args.details:
            print(report(shown, by_split, details=True))
    else:
        print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
