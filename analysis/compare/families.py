"""Candidate term families across a set: the different words the articles use for the same people or events.

Built from what discovery finds in each article (``stages.discovery``), so it works for any story
(docs/methods/discovery.md, "Suggested families"):

- **one named actor, several labels**: an actor named in the set (names merged across articles by a shared
  surname) and called by at least two different labels ("former president", "dictator", "President");
- **an unnamed crowd or armed group**: the category nouns used for people in a group ("protesters",
  "rioters", "thugs", "a mob"; "rebels", "militants", "terrorists");
- **one unnamed attacker**: "the gunman", "the shooter", "the sniper";
- **what happened**: the nouns for the events themselves ("clashes", "riots", "disorder", "unrest");
- **the disaster**: the nouns for a natural disaster with the adjectives the article chose ("deadly floods",
  "biblical floods", "the disaster").

A family is suggested when its terms are at least two distinct words used in the set. Each comes with the
spans that show it, so the teacher sees the words in their sentences before accepting it into a lexicon
(then sets the poles and notes). A suggestion is evidence to look at, not a finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lexicon.model import Lexicon
from ..model import Article, Span
from ..stages.actors import find_mentions
from ..stages.discovery import GROUP_HEADS, discover_labels
from ..text.doc import Doc
from ..text.phrases import PhraseIndex

MIN_TERMS = 2
MAX_TERMS = 20
MAX_EVIDENCE = 3  # spans kept per term
ATTACKER_HEADS = frozenset(["gunman", "shooter", "sniper", "assassin", "attacker", "assailant"])
CROWD_HEADS = GROUP_HEADS - ATTACKER_HEADS - {"firefighter", "migrants"}
# Nouns for the events themselves (English, not one story's).
EVENT_WORDS = (
    "clashes",
    "riot",
    "riots",
    "rioting",
    "disorder",
    "unrest",
    "violence",
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "thuggery",
    "rampage",
    "frenzy",
    "chaos",
    "attack",
    "shooting",
    "incident",
    "incidents",
    "uprising",
    "insurrection",
    "assassination attempt",
    "attempted assassination",
    "assassination bid",
    "offensive",
    "takeover",
    "liberation",
    "fall",
    "collapse",
)
# Nouns for a natural disaster (English, not one story's): their own family, apart from the human events.
DISASTER_WORDS = (
    "flood",
    "floods",
    "flooding",
    "flash floods",
    "disaster",
    "catastrophe",
    "storm",
    "torrent",
    "deluge",
    "earthquake",
    "wildfire",
    "wildfires",
    "hurricane",
    "cyclone",
    "typhoon",
    "tsunami",
    "landslide",
    "drought",
    "heatwave",
)
ADJECTIVE_TAGS = ("JJ", "JJS", "JJR")
_LEADING = re.compile(r"^(?:the|a|an|this|these|those|that|his|her|its|their|our|some|many|all)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SuggestedFamily:
    """A candidate term family: its terms (lower case, no leading article) and where each was used."""

    id: str
    label: str
    kind: str  # actor | group | attacker | event
    terms: tuple[str, ...]
    evidence: tuple[tuple[str, str, Span], ...] = field(default=())  # (article id, term, span)
    actor: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "actor": self.actor,
            "terms": list(self.terms),
            "evidence": [{"article": a, "term": t, **s.to_dict()} for a, t, s in self.evidence],
            "discovered": True,
        }


def term_of(text: str) -> str:
    """A label as a family term: lower case, spaces folded, without a leading article or possessive."""
    term = " ".join(text.split()).lower().replace("’", "'")
    term = _LEADING.sub("", term)
    return term.removesuffix("'s").strip(" ,.;:")


def _family_id(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return (slug or "family")[:40]


class _Collector:
    def __init__(self) -> None:
        self.terms: dict[str, list[tuple[str, str, Span]]] = {}

    def add(self, article_id: str, term: str, span: Span) -> None:
        if term:
            self.terms.setdefault(term, []).append((article_id, term, span))

    def family(self, fid: str, label: str, kind: str, actor: str = "") -> SuggestedFamily | None:
        if len(self.terms) < MIN_TERMS:
            return None
        ranked = sorted(self.terms.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_TERMS]
        evidence = tuple(e for _term, found in ranked for e in found[:MAX_EVIDENCE])
        return SuggestedFamily(fid, label, kind, tuple(t for t, _ in ranked), evidence, actor)


def _event_index() -> PhraseIndex[tuple[str, str]]:
    """The event and disaster nouns, each with the family it belongs to."""
    entries = [(w, ("events", w), False) for w in EVENT_WORDS] + [(w, ("disaster", w), False) for w in DISASTER_WORDS]
    return PhraseIndex(entries, inflect=False)


def _with_adjectives(doc: Doc, first: int, word: str) -> str:
    """'deadly floods', 'the worst natural disaster': the noun with the adjectives right before it, which are
    the article's own choice of words for the same thing."""
    toks, k = doc.tokens, first
    while k - 1 >= 0 and first - k < 3 and toks[k - 1].tag.startswith(ADJECTIVE_TAGS) and toks.texts[k - 1].islower():
        k -= 1
    return " ".join([*toks.lows[k:first], word]) if k < first else word


def _surname(actor: str) -> str:
    """The last name word, without a particle glued to it ("Bashar al-Assad" and "Bashar Assad" -> "assad")."""
    words = [
        w.rsplit("-", 1)[-1] if w[:3].lower() in ("al-", "el-") else w for w in re.findall(r"[^\W\d_][\w'-]*", actor)
    ]
    words = [w for w in words if w[:1].isupper()]
    return words[-1].lower() if words else ""


def suggest_families(articles: Sequence[Article], lexicon: Lexicon) -> tuple[SuggestedFamily, ...]:
    """Candidate term families across ``articles`` (see the module docstring), most used first."""
    if len(articles) < 2:
        return ()
    by_actor: dict[str, _Collector] = {}
    names: dict[str, str] = {}  # surname -> the longest name seen
    crowd, attacker = _Collector(), _Collector()
    happened = {"events": _Collector(), "disaster": _Collector()}
    index = lexicon.compiled.memo("families.events", lambda _lex: _event_index())
    for article in articles:
        doc = Doc(article)
        labels = discover_labels(doc, lexicon, find_mentions(doc, lexicon))
        for lab in labels:
            term = term_of(lab.label)
            head = term.rsplit(" ", 1)[-1] if term else ""
            if lab.pattern == "category" and lab.how != "apposition" and lab.actor == lab.label:
                if head in ATTACKER_HEADS:
                    attacker.add(article.id, term, lab.span)
                elif head in CROWD_HEADS:
                    crowd.add(article.id, term, lab.span)
                continue
            key = _surname(lab.actor)
            if not key:
                continue
            if len(lab.actor) > len(names.get(key, "")):
                names[key] = lab.actor
            by_actor.setdefault(key, _Collector()).add(article.id, term, lab.span)
        for m in index.find(doc.tokens):
            if doc.quoted(m.start) is None:
                kind, word = m.payload
                if kind == "disaster" and m.last < len(doc.tokens) and doc.tokens[m.last].tag.startswith("NN"):
                    continue  # "flood warnings", "a flood mob": a modifier of another noun, not the disaster's name
                term = _with_adjectives(doc, m.first, word) if kind == "disaster" else word
                happened[kind].add(article.id, term, Span.of(doc.text, doc.tokens.starts[m.first], m.end))
    out: list[SuggestedFamily] = []
    for key, collector in sorted(by_actor.items(), key=lambda kv: -sum(len(v) for v in kv[1].terms.values())):
        name = names[key]
        fam = collector.family(_family_id(name), f"What {name} is called", "actor", name)
        if fam is not None:
            out.append(fam)
    for collector, fid, label, kind in (
        (crowd, "crowd", "What the people in the crowd (or the armed groups) are called", "group"),
        (attacker, "attacker", "What the attacker is called", "attacker"),
        (happened["events"], "events", "What the events are called", "event"),
        (happened["disaster"], "disaster", "What the disaster is called", "event"),
    ):
        fam = collector.family(fid, label, kind)
        if fam is not None:
            out.append(fam)
    return tuple(out)


# The pole every accepted term starts on: the teacher then adds poles and moves terms (Lexicon page).
UNSORTED_POLE = ("unsorted", "not sorted yet", 0.0)


def accept_suggestion(data: dict[str, Any], family: SuggestedFamily | dict[str, Any]) -> dict[str, Any]:
    """A lexicon's data with a suggested family added (one click on the Lexicon page): every term on one
    pole, "not sorted yet", for the teacher to split into poles and annotate. The id gets a number if taken."""
    from ..lexicon import edit

    fam = family.to_dict() if isinstance(family, SuggestedFamily) else dict(family)
    taken = {str(f.get("id")) for f in data.get("families", []) if isinstance(f, dict)}
    base = _family_id(str(fam.get("id") or "family"))[:36]
    fid, n = base, 2
    while fid in taken:
        fid, n = f"{base}_{n}", n + 1
    new = edit.add_family(
        data, family_id=fid, label=str(fam.get("label") or fid), poles=[UNSORTED_POLE], note="Suggested by discovery."
    )
    seen: set[str] = set()
    for term in fam.get("terms") or ():
        term = str(term).strip()
        if term and term.lower() not in seen:
            seen.add(term.lower())
            new = edit.add_term(new, fid, term=term, pole=UNSORTED_POLE[0])
    return new


__all__ = ["UNSORTED_POLE", "SuggestedFamily", "accept_suggestion", "suggest_families", "term_of"]
