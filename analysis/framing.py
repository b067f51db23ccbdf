"""Framing: which word each article chooses in each term family, and which labels it pins on actors.

Term families, poles, actors and labels all come from the lexicon. A family with a ``target`` (how
Assad left, what he is called) counts a match only where it can be about that actor: the actor is
named in the same paragraph or the sentence before, and a title is not followed by someone else's
name ("President Vladimir Putin" is not a title for Assad).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from statistics import fmean

from .actors import Mention
from .lexicon import Family, Lexicon
from .matcher import longest_first
from .model import ActorLabel, FamilySummary, FramingResult, Sentence, Span, TermMatch

ROUND = 4
# How a label and a name may be joined for the label to count for that actor (case ignored).
LABEL_BEFORE_NAME = {
    "label before name": re.compile(r"\s+|\s*,\s*"),
    "led by": re.compile(r",?\s+(?:led|headed|spearheaded|dominated)\s+by\s+(?:the\s+)?"),
}
_MODIFIER = r"(?!(?:that|which|who|whom|whose|is|was|are|were|as|by|calls?|called|considers?|considered|designates?|designated|labels?|labell?ed|brands?|branded|describes?|described|regards?|regarded|known|says?|said|and|or|but)\b)[\w'’-]+\s+"
LABEL_AFTER_NAME = {
    "name before label": re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?|-led\s+|-backed\s+"),
    "apposition": re.compile(rf",\s+(?:(?:which|who)\s+(?:is|was|are|were)\s+)?(?:a|an|the)\s+(?:{_MODIFIER}){{0,3}}"),
    "predicate": re.compile(rf"\s+(?:is|was|remains|remained)\s+(?:a|an|the)\s+(?:{_MODIFIER}){{0,2}}"),
}
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
TITLE_QUALIFIERS = {"syrian", "syria's", "syria’s", "the", "a", "former", "ousted", "deposed", "toppled"}


def _paragraph_targets(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> tuple[set, set]:
    """(paragraph, actor) and (sentence, actor) pairs where an actor is named."""
    para_of = {s.index: s.paragraph for s in sentences}
    by_paragraph = {(para_of[m.sentence], m.actor) for m in mentions}
    by_sentence = {(m.sentence, m.actor) for m in mentions}
    return by_paragraph, by_sentence


def _about_target(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    family: Family,
    context: tuple[set, set],
    mentions_at: dict[int, Mention],
    previous: Sentence | None,
    next_sentence: Sentence | None,
) -> bool:
    by_paragraph, by_sentence = context
    target = family.target
    if not target:
        return True
    in_paragraph = (sentence.paragraph, target) in by_paragraph
    lone_line = (
        previous is not None
        and previous.paragraph != sentence.paragraph
        and (next_sentence is None or next_sentence.paragraph != sentence.paragraph)
    )
    if not in_paragraph and not (lone_line and (previous.index, target) in by_sentence):
        return False
    if family.kind != "title":
        return True
    # A title followed by another person's name is that person's title.
    follow = _NAME_AFTER.match(text, end, sentence.end)
    if follow:
        name_start = follow.end() - len(follow.group().strip())
        mention = mentions_at.get(name_start)
        if (mention is None or mention.actor != target) and follow.group().strip() not in {"Of", "And"}:
            return False
    before = _WORD_BEFORE.search(text, sentence.start, start)
    if (before and before.end() == start) or (before and text[before.end() : start].isspace()):
        word = before.group(1)
        if word[:1].isupper() and word.lower() not in TITLE_QUALIFIERS and before.start(1) > sentence.start:
            return False  # "US President", "UAE President", "Ukrainian President"
    return True


def find_terms(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[TermMatch, ...]:
    """Every family term in the scored sentences, with its pole and position."""
    context = _paragraph_targets(sentences, mentions)
    mentions_at = {m.span.start: m for m in mentions}
    found: list[TermMatch] = []
    for family in lexicon.families:
        matcher = lexicon.term_matchers[family.id]
        for i, sentence in enumerate(sentences):
            if sentence.boilerplate:
                continue
            previous = sentences[i - 1] if i else None
            following = sentences[i + 1] if i + 1 < len(sentences) else None
            ignored = [(g.start, g.end) for g in lexicon.ignore_matcher.finditer(text, sentence.start, sentence.end)]
            for m in matcher.finditer(text, sentence.start, sentence.end):
                if any(m.start < e and s < m.end for s, e in ignored):
                    continue
                if not _about_target(text, m.start, m.end, sentence, family, context, mentions_at, previous, following):
                    continue
                term = m.payload
                position = family.pole(term.pole).position
                found.append(
                    TermMatch(family.id, term.term, term.pole, position, Span.of(text, m.start, m.end), sentence.index)
                )
    found.sort(key=lambda t: (t.span.start, t.family))
    return tuple(found)


def _pin(text: str, label_start: int, label_end: int, mention: Mention, sentence: Sentence) -> str | None:
    """The pattern by which a label in the same sentence applies to this mention, or None."""
    if label_end <= mention.span.start:
        gap_start, gap_end, patterns = label_end, mention.span.start, LABEL_BEFORE_NAME
    elif mention.span.end <= label_start:
        gap_start, gap_end, patterns = mention.span.end, label_start, LABEL_AFTER_NAME
    else:
        return None
    if gap_end - gap_start > 80:
        return None
    for name, regex in patterns.items():
        if regex.fullmatch(text, gap_start, gap_end) or (name == "label before name" and gap_start == gap_end):
            return name
    return None


def find_actor_labels(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[ActorLabel, ...]:
    """Labels applied to actors by apposition, adjacency, 'led by', '-led' or 'X is a …'."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[ActorLabel] = []
    for sentence in sentences:
        named = by_sentence.get(sentence.index)
        if sentence.boilerplate or not named:
            continue
        for lm in lexicon.label_matcher.finditer(text, sentence.start, sentence.end):
            candidates = []
            for mention in named:
                if mention.span.overlaps(lm.start, lm.end):
                    continue
                pattern = _pin(text, lm.start, lm.end, mention, sentence)
                if pattern:
                    distance = min(abs(mention.span.start - lm.end), abs(lm.start - mention.span.end))
                    candidates.append((distance, pattern, mention))
            pinned: set[str] = set()
            for _distance, pattern, mention in sorted(candidates, key=lambda c: c[0]):
                if mention.actor in pinned:
                    continue
                pinned.add(mention.actor)
                out.append(
                    ActorLabel(
                        mention.actor,
                        lm.payload.label,
                        lm.payload.pole,
                        Span.of(text, lm.start, lm.end),
                        mention.span,
                        pattern,
                        sentence.index,
                    )
                )
    return tuple(sorted(out, key=lambda a: (a.span.start, a.actor)))


def summarize_families(terms: Sequence[TermMatch], lexicon: Lexicon) -> tuple[FamilySummary, ...]:
    """Per family: how often each pole was chosen, its share, and the mean position."""
    out = []
    for family in lexicon.families:
        chosen = [t for t in terms if t.family == family.id]
        counts = Counter(t.pole for t in chosen)
        total = sum(counts.values())
        shares = {p.id: round(counts.get(p.id, 0) / total, ROUND) if total else 0.0 for p in family.poles}
        position = round(fmean(t.position for t in chosen), ROUND) if chosen else None
        ordered_terms = tuple(dict.fromkeys(t.term for t in chosen))
        out.append(
            FamilySummary(
                family.id,
                family.label,
                {p.id: counts.get(p.id, 0) for p in family.poles},
                shares,
                position,
                ordered_terms,
            )
        )
    return tuple(out)


def analyze_framing(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], lexicon: Lexicon
) -> FramingResult:
    terms = find_terms(text, sentences, mentions, lexicon)
    labels = find_actor_labels(text, sentences, mentions, lexicon)
    families = summarize_families(terms, lexicon)
    positions = [f.position for f in families if f.position is not None]
    overall = round(fmean(positions), ROUND) if positions else None
    return FramingResult(terms, labels, families, overall)


__all__ = ["analyze_framing", "find_actor_labels", "find_terms", "longest_first", "summarize_families"]
