"""Framing quality on real-copy-shaped passages: precision and recall of framing terms, actor labels and loaded words.

The development set lives in ``benchmarks/devsets/framing/<event>/`` (one folder per event, see
``docs/framing-constructions.md`` for how it was built and the gold rules). Each passage is a ``NNN_slug.txt``
with a ``NNN_slug.toml`` of gold marks; every mark is a context string that occurs exactly once in the text,
with the target in ``[[ ]]`` (no brackets: the whole string is the target).

What is scored, from the public JSON of ``analyze(...).to_dict()`` (unknown fields are ignored):

- framing terms (Syria passages, analysed with ``load_lexicon("syria-2024")``): span overlap, then also with
  the right family and with the right pole;
- unrelated lexicon: every other passage through ``analyze(article)`` with no lexicon argument (the library's
  default); each framing term it emits is counted (target 0), unless the lexicon the library chose is the
  event's own (``own_lexicon`` in its ``event.toml``: one shipped for that event after its passages were
  written), whose spans are listed apart;
- actor labels (Syria with syria-2024, the other events with general-news only): label spans overlap and
  either the mention spans overlap or the predicted actor's name shares a capitalised word with the gold
  actor; per event and per construction (``how``);
- loaded words: ``framing.loaded`` if a version provides it, else the evidence of the transparency signal
  ``loaded_language``; precision against all gold loaded items (a hit on a quoted or scare-quoted item is a
  false positive for the writer's voice), recall on writer-voice items;
- term families: if ``compare_articles(...).to_dict()`` has ``suggested_families``, pairwise grouping
  precision and recall against each event's concept groups (``event.toml``); else "not available".

Usage::

    python benchmarks/score_framing.py [--code DIR] [--split dev|holdout|all] [--record] [--details]

``--code DIR`` is put first on ``sys.path`` before ``analysis`` is imported (``--code /work/baseline`` scores
a frozen copy); by default the code of this repository is scored. Importable for tests:
``load_devset(directory, split)``, ``check_gold(directory)``, ``score(passages) -> Scores``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEVSET_DIR = ROOT / "benchmarks" / "devsets" / "framing"
SYRIA_LEXICON = "syria-2024"
GENERAL_LEXICON = "general-news"
SPLITS = ("dev", "holdout", "all")
VOICES = ("writer", "quoted", "scare")
HOWS = (
    "title",
    "premodifier",
    "apposition",
    "relative",
    "predicate",
    "led-by",
    "designation",
    "demonstrative",
    "other",
)
TRAP_KINDS = ("term", "label", "loaded")
# Words that never decide that two actor names are the same actor.
NAME_STOPWORDS = {"the", "a", "an", "of", "and", "for", "in", "on", "to", "al", "el", "bin"}
# How FrameLens's own label patterns map onto the gold constructions (for precision per construction).
PATTERN_HOW = {
    "label before name": "premodifier",
    "name before label": "premodifier",
    "apposition": "apposition",
    "predicate": "predicate",
    "led by": "led-by",
    "demonstrative": "demonstrative",
}
_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\b", re.IGNORECASE)


class GoldError(ValueError):
    """The development set cannot be used as it is; the message lists every problem."""


# --- the gold ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """One gold mark resolved to character offsets in its passage."""

    kind: str  # term | label | loaded | trap
    start: int
    end: int
    text: str
    voice: str = "writer"
    family: str = ""
    pole: str = ""
    actor: str = ""
    how: str = ""
    mention: tuple[int, int] | None = None
    why: str = ""
    kinds: tuple[str, ...] = TRAP_KINDS

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(slots=True)
class Event:
    slug: str
    name: str
    kind: str
    lexicon: str
    own_lexicon: str = ""  # a lexicon shipped for this event after its passages were written
    families: dict[str, list[str]] = field(default_factory=dict)
    family_labels: dict[str, str] = field(default_factory=dict)

    @property
    def is_syria(self) -> bool:
        return self.lexicon == SYRIA_LEXICON


@dataclass(slots=True)
class Passage:
    event: Event
    id: str
    text: str
    meta: dict[str, Any]
    terms: list[Mark] = field(default_factory=list)
    labels: list[Mark] = field(default_factory=list)
    loaded: list[Mark] = field(default_factory=list)
    traps: list[Mark] = field(default_factory=list)

    @property
    def split(self) -> str:
        return str(self.meta.get("split", "dev"))


def occurrences(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text``, overlapping ones included."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def resolve(text: str, context: str) -> tuple[int, int]:
    """The target's offsets: ``context`` must occur exactly once; ``[[ ]]`` marks the target inside it."""
    if context.count("[[") > 1 or context.count("[[") != context.count("]]"):
        raise ValueError(f"{context!r}: at most one [[target]]")
    if "[[" in context:
        before, rest = context.split("[[", 1)
        target, after = rest.split("]]", 1)
        if not target:
            raise ValueError(f"{context!r}: empty [[ ]]")
    else:
        before, target, after = "", context, ""
    plain = before + target + after
    starts = occurrences(text, plain)
    if len(starts) != 1:
        raise ValueError(f"{plain!r} occurs {len(starts)} times (must be exactly once)")
    start = starts[0] + len(before)
    return start, start + len(target)


def _load_event(folder: Path) -> Event:
    data = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    head = data.get("event", {})
    event = Event(
        folder.name,
        str(head.get("name", folder.name)),
        str(head.get("kind", "")),
        str(head.get("lexicon", "")),
        str(head.get("own_lexicon", "")),
    )
    for fam in data.get("family", []):
        event.families[str(fam["id"])] = [str(w).lower() for w in fam.get("words", [])]
        event.family_labels[str(fam["id"])] = str(fam.get("label", fam["id"]))
    return event


def _parse_passage(event: Event, txt: Path, problems: list[str]) -> Passage:
    text = txt.read_text(encoding="utf-8")
    gold = tomllib.loads(txt.with_suffix(".toml").read_text(encoding="utf-8"))
    passage = Passage(event, f"{event.slug}/{txt.stem}", text, dict(gold.get("meta", {})))
    where = f"{event.slug}/{txt.with_suffix('.toml').name}"

    def span(context: Any, what: str) -> tuple[int, int] | None:
        try:
            return resolve(text, str(context))
        except ValueError as exc:
            problems.append(f"{where}: {what}: {exc}")
            return None

    for i, t in enumerate(gold.get("term", [])):
        s = span(t.get("text", ""), f"term {i + 1}")
        if s:
            passage.terms.append(
                Mark(
                    "term",
                    *s,
                    text[s[0] : s[1]],
                    str(t.get("voice", "writer")),
                    str(t.get("family", "")),
                    str(t.get("pole", "")),
                )
            )
    for i, lab in enumerate(gold.get("label", [])):
        s = span(lab.get("label", ""), f"label {i + 1}")
        mention = None
        for key in ("mention", "refers"):
            if key in lab:
                mention = span(lab[key], f"label {i + 1} {key}")
        how = str(lab.get("how", "other"))
        if how not in HOWS:
            problems.append(f"{where}: label {i + 1}: how {how!r} is not one of {', '.join(HOWS)}")
        if s:
            passage.labels.append(
                Mark(
                    "label",
                    *s,
                    text[s[0] : s[1]],
                    str(lab.get("voice", "writer")),
                    actor=str(lab.get("actor", "")),
                    how=how,
                    mention=mention,
                )
            )
    for i, w in enumerate(gold.get("loaded", [])):
        s = span(w.get("text", ""), f"loaded {i + 1}")
        if s:
            passage.loaded.append(Mark("loaded", *s, text[s[0] : s[1]], str(w.get("voice", "writer"))))
    for i, t in enumerate(gold.get("trap", [])):
        s = span(t.get("text", ""), f"trap {i + 1}")
        kinds = tuple(str(k) for k in t.get("kinds", TRAP_KINDS))
        if s:
            passage.traps.append(Mark("trap", *s, text[s[0] : s[1]], why=str(t.get("why", "")), kinds=kinds))
    for mark in [*passage.terms, *passage.labels, *passage.loaded]:
        if mark.voice not in VOICES:
            problems.append(
                f"{where}: {mark.kind} {mark.text!r}: voice {mark.voice!r} is not one of {', '.join(VOICES)}"
            )
    if passage.split not in ("dev", "holdout"):
        problems.append(f"{where}: split {passage.split!r} is not dev or holdout")
    return passage


def _read(directory: Path) -> tuple[list[Passage], list[str]]:
    problems: list[str] = []
    passages: list[Passage] = []
    folders = sorted(p for p in Path(directory).iterdir() if p.is_dir() and (p / "event.toml").exists())
    if not folders:
        problems.append(f"{directory}: no event folders (each needs an event.toml)")
    for folder in folders:
        event = _load_event(folder)
        for txt in sorted(folder.glob("[0-9]*.txt")):
            if not txt.with_suffix(".toml").exists():
                problems.append(f"{event.slug}/{txt.name}: no gold file {txt.with_suffix('.toml').name}")
                continue
            passages.append(_parse_passage(event, txt, problems))
    return passages, problems


def check_gold(directory: Path = DEVSET_DIR, lexicon_families: dict[str, set[str]] | None = None) -> list[str]:
    """Every problem with the gold: contexts not found exactly once, unknown family/pole/concept ids.

    ``lexicon_families`` maps the syria-2024 family ids to their pole ids (the test passes the lexicon's);
    without it only the concept ids of each event.toml are checked.
    """
    passages, problems = _read(directory)
    for p in passages:
        for t in p.terms:
            if p.event.is_syria and lexicon_families is not None:
                if t.family not in lexicon_families:
                    problems.append(f"{p.id}: term {t.text!r}: family {t.family!r} is not in {SYRIA_LEXICON}")
                elif t.pole not in lexicon_families[t.family]:
                    problems.append(f"{p.id}: term {t.text!r}: pole {t.pole!r} is not a pole of {t.family!r}")
            elif not p.event.is_syria and t.family not in p.event.families:
                problems.append(f"{p.id}: term {t.text!r}: concept {t.family!r} is not in event.toml")
    return problems


def load_devset(directory: Path = DEVSET_DIR, split: str = "all") -> list[Passage]:
    """The passages of ``split`` (dev, holdout or all); raises GoldError if any gold mark does not resolve."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}; got {split!r}")
    passages, problems = _read(Path(directory))
    if problems:
        raise GoldError("\n".join(problems))
    return [p for p in passages if split == "all" or p.split == split]


# --- what FrameLens says ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pred:
    start: int
    end: int
    text: str
    family: str = ""
    pole: str = ""
    actor: str = ""
    mention: tuple[int, int] | None = None
    how: str = ""

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _spans(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [
        x
        for x in items or ()
        if isinstance(x, dict) and _int(x.get("start")) is not None and _int(x.get("end")) is not None
    ]


def predicted_terms(d: dict[str, Any]) -> list[Pred]:
    terms = _spans((d.get("framing") or {}).get("terms", ()))
    return [
        Pred(t["start"], t["end"], str(t.get("text", "")), str(t.get("family", "")), str(t.get("pole", "")))
        for t in terms
    ]


def _label_how(label: dict[str, Any], text: str) -> str:
    if isinstance(label.get("how"), str) and label["how"] in HOWS:
        return label["how"]
    pattern = str(label.get("pattern", ""))
    how = PATTERN_HOW.get(pattern, "other")
    a_end, l_start = _int(label.get("actor_end")), label["start"]
    if pattern == "apposition" and a_end is not None and _RELATIVE.match(text, a_end):
        return "relative"
    if pattern == "label before name" and text[l_start : l_start + 1].isupper():
        return "title"
    return how


def predicted_labels(d: dict[str, Any], text: str) -> list[Pred]:
    out = []
    for lab in _spans((d.get("framing") or {}).get("actor_labels", ())):
        a_start, a_end = _int(lab.get("actor_start")), _int(lab.get("actor_end"))
        mention = (a_start, a_end) if a_start is not None and a_end is not None else None
        out.append(
            Pred(
                lab["start"],
                lab["end"],
                str(lab.get("text", "")),
                actor=str(lab.get("actor", "")),
                mention=mention,
                how=_label_how(lab, text),
            )
        )
    return out


def predicted_loaded(d: dict[str, Any]) -> list[Pred]:
    """``framing.loaded`` when a version has it, else the evidence of the ``loaded_language`` signal."""
    framing = d.get("framing") or {}
    if isinstance(framing.get("loaded"), list):
        items = _spans(framing["loaded"])
    else:
        signals = (d.get("transparency") or {}).get("signals", ())
        items = [
            e
            for s in signals or ()
            if isinstance(s, dict) and s.get("name") == "loaded_language"
            for e in _spans(s.get("evidence", ()))
        ]
    seen, out = set(), []
    for x in items:
        if (x["start"], x["end"]) not in seen:
            seen.add((x["start"], x["end"]))
            out.append(Pred(x["start"], x["end"], str(x.get("text", ""))))
    return out


# --- matching -----------------------------------------------------------------------------------------------


def name_words(name: str) -> set[str]:
    """The capitalised words of an actor name, lower-cased ("Hayat Tahrir al-Sham (HTS)" -> hayat, tahrir, sham, hts)."""
    words = re.findall(r"[^\W\d_][\w']*", name)
    return {w.lower() for w in words if w[:1].isupper() and w.lower() not in NAME_STOPWORDS}


def label_matches(pred: Pred, gold: Mark) -> bool:
    if not pred.overlaps(gold.start, gold.end):
        return False
    if gold.mention is not None and pred.mention is not None:
        ms, me = gold.mention
        if pred.mention[0] < me and ms < pred.mention[1]:
            return True
    predicted = {w.lower() for w in re.findall(r"[^\W\d_][\w']*", pred.actor)}
    return bool(name_words(gold.actor) & predicted)


@dataclass(slots=True)
class PR:
    """Precision and recall counts: ``tp_pred`` of ``n_pred`` predictions right, ``tp_gold`` of ``n_gold`` found."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: PR) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.n_gold if self.n_gold else None


def overlap_pr(
    preds: Sequence[Pred], golds: Sequence[Mark], ok: Callable[[Pred, Mark], bool], *, recall_on=None
) -> tuple[PR, list[Pred], list[Mark]]:
    """Span-overlap precision/recall (not one-to-one: any overlap that satisfies ``ok`` counts).

    ``recall_on`` (a predicate on gold marks) restricts the gold to the marks that count, for recall and for
    precision alike: a prediction that matches only gold outside it (a quoted loaded word, say) is a false
    positive. Returns the counts, the false positives and the misses.
    """
    targets = [g for g in golds if recall_on is None or recall_on(g)]
    fps = [p for p in preds if not any(ok(p, g) for g in golds if recall_on is None or recall_on(g))]
    misses = [g for g in targets if not any(ok(p, g) for p in preds)]
    return PR(len(preds) - len(fps), len(preds), len(targets) - len(misses), len(targets)), fps, misses


def _overlap(p: Pred, g: Mark) -> bool:
    return p.overlaps(g.start, g.end)


def _same_family(p: Pred, g: Mark) -> bool:
    return p.overlaps(g.start, g.end) and p.family == g.family


def _same_pole(p: Pred, g: Mark) -> bool:
    return p.overlaps(g.start, g.end) and p.family == g.family and p.pole == g.pole


def _writer(g: Mark) -> bool:
    return g.voice == "writer"


# --- term families (compare) ------------------------------------------------------------------------------


def _contains(term: str, word: str) -> bool:
    """Does the gold word (a phrase) contain the suggested term as whole words, or the other way round?"""
    term, word = term.lower().strip(), word.lower().strip()
    if not term or not word:
        return False
    if term == word:
        return True
    short, long_ = (term, word) if len(term) <= len(word) else (word, term)
    return re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", long_) is not None


def family_pairs(suggested: Sequence[dict[str, Any]], groups: dict[str, list[str]]) -> PR:
    """Pairwise grouping: two terms of one suggested family are a correct pair when they stand for gold words
    of the same concept group. Precision counts pairs whose two terms both stand for some gold word; recall
    counts the gold same-group pairs of distinct words that some suggested family holds together."""

    def group_of(term: str) -> str | None:
        votes = Counter(g for g, words in groups.items() for w in words if _contains(term, w))
        return votes.most_common(1)[0][0] if votes else None

    pr = PR()
    found_pairs: set[tuple[str, str, str]] = set()
    for fam in suggested:
        terms = [str(t) for t in (fam.get("terms") or []) if isinstance(t, str)] if isinstance(fam, dict) else []
        mapped = [(t, group_of(t)) for t in dict.fromkeys(terms)]
        mapped = [(t, g) for t, g in mapped if g is not None]
        for i, (_t1, g1) in enumerate(mapped):
            for _t2, g2 in mapped[i + 1 :]:
                pr.n_pred += 1
                pr.tp_pred += g1 == g2
        for g, words in groups.items():
            for i, w1 in enumerate(words):
                for w2 in words[i + 1 :]:
                    t1 = [t for t in terms if _contains(t, w1)]
                    t2 = [t for t in terms if _contains(t, w2)]
                    if any(a != b for a in t1 for b in t2):
                        found_pairs.add((g, w1, w2))
    for words in groups.values():
        n = len(set(words))
        pr.n_gold += n * (n - 1) // 2
    pr.tp_gold = len(found_pairs)
    return pr


# --- scoring ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """One false positive or miss, with where it is."""

    what: str  # e.g. "term FP", "label miss"
    passage: str
    text: str
    sentence: str
    note: str = ""


@dataclass(slots=True)
class Scores:
    split: str
    passages: int
    terms: PR = field(default_factory=PR)
    terms_writer: PR = field(default_factory=PR)
    terms_family: PR = field(default_factory=PR)
    terms_pole: PR = field(default_factory=PR)
    terms_by_family: dict[str, PR] = field(default_factory=dict)
    unrelated: list[tuple[str, str, str, str]] = field(default_factory=list)  # passage, family, pole, text
    own_lexicon: list[tuple[str, str, str, str]] = field(default_factory=list)  # the same, from the event's own
    labels_writer: PR = field(default_factory=PR)
    labels_all: PR = field(default_factory=PR)
    labels_by_event: dict[str, tuple[PR, PR]] = field(default_factory=dict)
    labels_by_how: dict[str, PR] = field(default_factory=dict)
    loaded: PR = field(default_factory=PR)
    loaded_on_quoted: int = 0
    loaded_by_event: dict[str, PR] = field(default_factory=dict)
    families: dict[str, PR] | None = None
    families_note: str = ""
    traps: list[Finding] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)

    def headline(self) -> dict[str, float | int | None]:
        """The figures a test holds floors on (None where nothing was measured)."""
        fam = self.family_total()
        return {
            "syria_terms_precision": self.terms.precision,
            "syria_terms_recall": self.terms.recall,
            "syria_terms_family_precision": self.terms_family.precision,
            "syria_terms_family_recall": self.terms_family.recall,
            "syria_terms_pole_precision": self.terms_pole.precision,
            "syria_terms_pole_recall": self.terms_pole.recall,
            "unrelated_lexicon_spans": len(self.unrelated),
            "labels_writer_precision": self.labels_writer.precision,
            "labels_writer_recall": self.labels_writer.recall,
            "labels_all_precision": self.labels_all.precision,
            "labels_all_recall": self.labels_all.recall,
            "loaded_precision": self.loaded.precision,
            "loaded_recall": self.loaded.recall,
            "families_pair_precision": fam.precision if fam else None,
            "families_pair_recall": fam.recall if fam else None,
        }

    def family_total(self) -> PR | None:
        if self.families is None:
            return None
        total = PR()
        for pr in self.families.values():
            total.add(pr)
        return total


def _sentence(d: dict[str, Any], text: str, start: int, end: int) -> str:
    for s in d.get("sentences") or ():
        if isinstance(s, dict) and _int(s.get("start")) is not None and s["start"] <= start < s.get("end", -1):
            return " ".join(str(s.get("text", "")).split())
    lo = max(text.rfind("\n", 0, start), 0)
    hi = text.find("\n", end)
    return " ".join(text[lo : hi if hi >= 0 else len(text)].split())


def _trap_hits(p: Passage, kind: str, fps: Sequence[Pred], d: dict[str, Any], out: list[Finding]) -> None:
    for trap in p.traps:
        if kind not in trap.kinds:
            continue
        for fp in fps:
            if fp.overlaps(trap.start, trap.end):
                note = f"{fp.family}/{fp.pole}" if fp.family else (fp.actor or "")
                out.append(
                    Finding(
                        f"trap hit ({kind})",
                        p.id,
                        fp.text,
                        _sentence(d, p.text, fp.start, fp.end),
                        f"{note} — {trap.why}".strip(" —"),
                    )
                )


class _Analysis:
    """The analysis library, imported on first use (so ``--code`` can be put on sys.path first)."""

    def __init__(self) -> None:
        from analysis import Article, analyze, load_lexicon

        self.Article, self.analyze, self.load_lexicon = Article, analyze, load_lexicon
        self._lexicons: dict[str, Any] = {}

    def lexicon(self, name: str) -> Any:
        if name not in self._lexicons:
            self._lexicons[name] = self.load_lexicon(name)
        return self._lexicons[name]

    def article(self, p: Passage) -> Any:
        return self.Article(
            id=p.id, text=p.text, outlet=str(p.meta.get("outlet", "")), outlet_kind=str(p.meta.get("outlet_kind", ""))
        )

    def chosen_lexicon(self, p: Passage) -> str:
        """The lexicon ``analyze(article)`` applies to the passage ("" if this version cannot say)."""
        try:
            from analysis.lexicon.fit import choose_lexicon
        except ImportError:
            return ""
        return choose_lexicon([self.article(p)])[0]

    def report(self, p: Passage, lexicon: str | None) -> dict[str, Any]:
        article = self.article(p)
        report = self.analyze(article) if lexicon is None else self.analyze(article, self.lexicon(lexicon))
        return report.to_dict()

    def compare(self, passages: Sequence[Passage]) -> dict[str, Any] | None:
        from analysis.compare import compare_articles

        if len(passages) < 2:
            return None
        return compare_articles([self.article(p) for p in passages], claims=False).to_dict()


def score(passages: Sequence[Passage], *, split: str = "all", details: bool = True) -> Scores:
    """Run the analysis on every passage and score it against the gold (see the module docstring)."""
    lib = _Analysis()
    scores = Scores(split, len(passages))
    how_pr: dict[str, PR] = {h: PR() for h in HOWS}
    by_event: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_event[p.event.slug].append(p)
    scores.events = {slug: len(ps) for slug, ps in by_event.items()}
    finds = scores.findings

    for p in passages:
        if p.event.is_syria:
            d = lib.report(p, SYRIA_LEXICON)
            labels_d = d
            terms = predicted_terms(d)
            pr, fps, misses = overlap_pr(terms, p.terms, _overlap)
            scores.terms.add(pr)
            scores.terms_writer.add(overlap_pr(terms, p.terms, _overlap, recall_on=_writer)[0])
            fam_pr, fam_fps, _ = overlap_pr(terms, p.terms, _same_family)
            scores.terms_family.add(fam_pr)
            scores.terms_pole.add(overlap_pr(terms, p.terms, _same_pole)[0])
            for family in {t.family for t in p.terms} | {t.family for t in terms}:
                fam_terms = [t for t in terms if t.family == family]
                fam_gold = [g for g in p.terms if g.family == family]
                scores.terms_by_family.setdefault(family, PR()).add(overlap_pr(fam_terms, fam_gold, _overlap)[0])
            _trap_hits(p, "term", fps, d, scores.traps)
            if details:
                finds += [
                    Finding("term FP", p.id, f.text, _sentence(d, p.text, f.start, f.end), f"{f.family}/{f.pole}")
                    for f in fps
                ]
                finds += [
                    Finding("term miss", p.id, m.text, _sentence(d, p.text, m.start, m.end), f"{m.family}/{m.pole}")
                    for m in misses
                ]
                wrong = [f for f in fam_fps if f not in fps]
                finds += [
                    Finding(
                        "term wrong family", p.id, f.text, _sentence(d, p.text, f.start, f.end), f"{f.family}/{f.pole}"
                    )
                    for f in wrong
                ]
        else:
            default = lib.report(p, None)
            own = bool(p.event.own_lexicon) and lib.chosen_lexicon(p) == p.event.own_lexicon
            for t in predicted_terms(default):
                (scores.own_lexicon if own else scores.unrelated).append((p.id, t.family, t.pole, t.text))
                for trap in p.traps:
                    if "term" in trap.kinds and t.overlaps(trap.start, trap.end):
                        scores.traps.append(
                            Finding(
                                "trap hit (term)",
                                p.id,
                                t.text,
                                _sentence(default, p.text, t.start, t.end),
                                f"{t.family}/{t.pole} — {trap.why}",
                            )
                        )
            labels_d = lib.report(p, GENERAL_LEXICON)
            d = labels_d

        # actor labels
        labels = predicted_labels(labels_d, p.text)
        w_pr, _, _ = overlap_pr(labels, p.labels, label_matches, recall_on=_writer)
        a_pr, a_fps, a_misses = overlap_pr(labels, p.labels, label_matches)
        scores.labels_writer.add(w_pr)
        scores.labels_all.add(a_pr)
        ev = scores.labels_by_event.setdefault(p.event.slug, (PR(), PR()))
        ev[0].add(w_pr)
        ev[1].add(a_pr)
        for how in HOWS:
            gold_how = [g for g in p.labels if g.how == how]
            pred_how = [x for x in labels if x.how == how]
            right = sum(1 for x in pred_how if any(label_matches(x, g) for g in p.labels))
            found = sum(1 for g in gold_how if any(label_matches(x, g) for x in labels))
            how_pr[how].add(PR(right, len(pred_how), found, len(gold_how)))
        _trap_hits(p, "label", a_fps, labels_d, scores.traps)
        if details:
            finds += [
                Finding(
                    "label FP", p.id, f.text, _sentence(labels_d, p.text, f.start, f.end), f"on {f.actor!r} ({f.how})"
                )
                for f in a_fps
            ]
            finds += [
                Finding(
                    "label miss",
                    p.id,
                    m.text,
                    _sentence(labels_d, p.text, m.start, m.end),
                    f"{m.actor} / {m.how} / {m.voice}",
                )
                for m in a_misses
            ]

        # loaded words
        loaded = predicted_loaded(d)
        l_pr, l_fps, l_misses = overlap_pr(loaded, p.loaded, _overlap, recall_on=_writer)
        scores.loaded.add(l_pr)
        scores.loaded_by_event.setdefault(p.event.slug, PR()).add(l_pr)
        on_quoted = [x for x in l_fps if any(x.overlaps(g.start, g.end) for g in p.loaded if g.voice != "writer")]
        scores.loaded_on_quoted += len(on_quoted)
        _trap_hits(p, "loaded", l_fps, d, scores.traps)
        if details:
            for f in l_fps:
                note = "on a quoted/scare-quoted item" if f in on_quoted else ""
                finds.append(Finding("loaded FP", p.id, f.text, _sentence(d, p.text, f.start, f.end), note))
            finds += [Finding("loaded miss", p.id, m.text, _sentence(d, p.text, m.start, m.end)) for m in l_misses]

    scores.labels_by_how = how_pr

    # term families from compare
    families: dict[str, PR] = {}
    for slug, ps in by_event.items():
        groups = ps[0].event.families
        result = lib.compare(ps)
        if result is None or not groups:
            continue
        if "suggested_families" not in result:
            scores.families, scores.families_note = None, "not available (compare output has no suggested_families)"
            break
        families[slug] = family_pairs(result.get("suggested_families") or [], groups)
    else:
        scores.families = families
    return scores


# --- output -------------------------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _row(name: str, pr: PR) -> dict[str, Any]:
    return {
        "": name,
        "precision": _f(pr.precision),
        "recall": _f(pr.recall),
        "right / predicted": f"{pr.tp_pred} / {pr.n_pred}",
        "found / gold": f"{pr.tp_gold} / {pr.n_gold}",
    }


COLUMNS = ("", "precision", "recall", "right / predicted", "found / gold")


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(str(r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def _listed(spans: Sequence[tuple[str, str, str, str]]) -> str:
    return " — " + "; ".join(f"{pid}: '{txt}' ({fam}/{pole})" for pid, fam, pole, txt in spans) if spans else ""


def report_markdown(s: Scores, *, details: bool = False, table: Callable[..., str] = _table) -> str:
    out = [
        f"Split **{s.split}**: {s.passages} passages ("
        + ", ".join(f"{slug} {n}" for slug, n in sorted(s.events.items()))
        + "). Span overlap; precision beside recall.",
        "",
        "### Framing terms (Syria passages, `load_lexicon('syria-2024')`)",
        "",
        table(
            [
                _row("span overlap", s.terms),
                _row("span overlap, writer-voice gold (recall)", s.terms_writer),
                _row("with the right family", s.terms_family),
                _row("with the right pole", s.terms_pole),
                *[_row(f"family `{f}`", pr) for f, pr in sorted(s.terms_by_family.items())],
            ],
            COLUMNS,
        ),
        "",
        "### Unrelated lexicon (non-Syria passages, `analyze(article)` with no lexicon; target 0)",
        "",
        f"Framing spans from a lexicon not made for the passage's event: **{len(s.unrelated)}**" + _listed(s.unrelated),
        "",
        f"Spans from the event's own shipped lexicon (`own_lexicon` in event.toml; not scored, no term gold): "
        f"{len(s.own_lexicon)}" + _listed(s.own_lexicon),
        "",
        "### Actor labels (Syria: syria-2024; other events: general-news, discovery only)",
        "",
        table([_row("writer-voice labels", s.labels_writer), _row("all labels", s.labels_all)], COLUMNS),
        "",
        table(
            [
                r
                for slug, (w, a) in sorted(s.labels_by_event.items())
                for r in (_row(f"{slug}, writer voice", w), _row(f"{slug}, all", a))
            ],
            COLUMNS,
        ),
        "",
        "Per construction (`how`; precision = predictions FrameLens assigned to that construction by its own pattern):",
        "",
        table([_row(how, pr) for how, pr in s.labels_by_how.items() if pr.n_gold or pr.n_pred], COLUMNS),
        "",
        "### Loaded words (writer's voice)",
        "",
        table(
            [_row("all events", s.loaded), *[_row(slug, pr) for slug, pr in sorted(s.loaded_by_event.items())]],
            COLUMNS,
        ),
        "",
        f"Predicted spans on quoted or scare-quoted gold (counted as false positives): {s.loaded_on_quoted}.",
        "",
        "### Term families (`compare_articles` → `suggested_families`, pairwise)",
        "",
    ]
    if s.families is None:
        out.append(s.families_note or "not available")
    else:
        total = s.family_total() or PR()
        out.append(
            table([_row("all events", total), *[_row(slug, pr) for slug, pr in sorted(s.families.items())]], COLUMNS)
        )
    out += ["", f"### Traps hit: {len(s.traps)}", ""]
    out += [f"- {t.passage}: '{t.text}' {t.note} — “{t.sentence}”" for t in s.traps]
    if details:
        out += ["", "### False positives and misses", ""]
        for f in s.findings:
            out.append(
                f"- **{f.what}** {f.passage}: '{f.text}'" + (f" ({f.note})" if f.note else "") + f" — “{f.sentence}”"
            )
    return "\n".join(out).rstrip() + "\n"


def _common() -> Any:
    """benchmarks/common.py, loaded by path (importing it puts the repo root on sys.path)."""
    spec = importlib.util.spec_from_file_location("framelens_bench_common", ROOT / "benchmarks" / "common.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, help="directory whose `analysis` package is scored (default: this repo)")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--record", action="store_true", help="append the tables to benchmarks/RESULTS.md")
    parser.add_argument("--details", action="store_true", help="list every false positive and miss with its sentence")
    parser.add_argument("--devset", type=Path, default=DEVSET_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    code = (args.code or ROOT).resolve()
    if "analysis" in sys.modules:
        raise SystemExit("analysis is already imported; run score_framing.py as a script to choose --code")
    sys.path.insert(0, str(code))
    passages = load_devset(args.devset, args.split)
    scores = score(passages, split=args.split, details=args.details)
    import analysis

    where = Path(analysis.__file__).resolve().parent.parent
    common = _common() if args.record else None
    tables = common.table if common else _table
    body = f"Code scored: `{where}`.\n\n" + report_markdown(scores, details=args.details, table=tables)
    if common:
        common.record(f"Framing quality on the development set ({args.split})", body)
    else:
        print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
