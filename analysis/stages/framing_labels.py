"""Labels an event lexicon pins on its actors ("regime leader" before Assad's name, "X, the jihadist group"),
each where the label is about that actor, merged with the labels discovery finds without a lexicon."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.model import Lexicon
from ..model import ActorLabel, Sentence, Span
from ..text.doc import Doc
from ..text.phrases import group_by_sentence
from .actors import Mention

# How a label and a name may be joined for the label to count for that actor (case ignored).
LABEL_BEFORE_NAME = {
    "label before name": re.compile(r"\s+|\s*,\s*"),
    "led by": re.compile(r",?\s+(?:led|headed|spearheaded|dominated)\s+by\s+(?:the\s+)?"),
}

# An apposition's modifiers are adjectives and nouns: not a verb of saying or designating, a conjunction, or a
# preposition (", a day after rebel fighters swept in" is a time phrase, not an apposition).
_MODIFIER = r"(?!(?:that|which|who|whom|whose|is|was|are|were|as|by|calls?|called|considers?|considered|designates?|designated|labels?|labell?ed|brands?|branded|describes?|described|regards?|regarded|known|says?|said|and|or|but|after|before|since|when|while|in|on|at|for|of|from|with|to|into|during)\b)[\w'’-]+\s+"

LABEL_AFTER_NAME = {
    "name before label": re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?|-led\s+|-backed\s+"),
    "apposition": re.compile(rf",\s+(?:(?:which|who)\s+(?:is|was|are|were)\s+)?(?:a|an|the)\s+(?:{_MODIFIER}){{0,3}}"),
    "predicate": re.compile(rf"\s+(?:is|was|remains|remained)\s+(?:a|an|the)\s+(?:{_MODIFIER}){{0,2}}"),
}

DEMONSTRATIVE_LOOKBACK_SENTENCES = 30  # the group the article has been talking about

_DEMONSTRATIVE = re.compile(r"(?:these|those|such)\s+(?:[\w'’-]+\s+)?", re.IGNORECASE)

_MENTIONED = re.compile(r"(?:word|term|phrase|label)\s*$", re.IGNORECASE)
# The same without quotation marks, right before the term: "argue the word terrorist is now doing harm".
_MENTIONED_BARE = re.compile(r"\bthe\s+(?:word|term|label)\s+$", re.IGNORECASE)
# Bare titles that, with another actor named and the target not, are that other actor's ("the head of state").
BARE_TITLES = frozenset({"head of state", "president", "the president"})


def named_other(
    doc: Doc,
    first: int,
    actor_ends: set[int],
    sentence: Sentence,
    own: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
) -> bool:
    """Is the term right after a name that is none of the lexicon's actors (not a nationality adjective, nor a
    possessive of a name in the lexicon's own terms, ``own``: "Syria's new rulers")? With ``countries``, a word
    ending in a bare "-an" is a nationality only if it is a country plus the ending (not "Taliban")."""
    k = first - 1
    if k < 0 or doc.tokens.starts[k] < sentence.start:
        return False
    tok = doc.tokens[k]
    if doc.tokens.starts[k] == sentence.start and tok.tag != "":
        return False  # a sentence's first word is capitalised anyway; a word the tagger does not know is a name
    if "-" in tok.text or not tok.text[:1].isupper() or tok.tag not in ("", "NNP"):
        return False  # "Islamist-led rebels", "Iran-backed regime": a compound, not a name
    low = tok.text.lower()
    if low in FAITH_ADJECTIVES:
        return False
    if low.endswith(NATIONALITY_ENDINGS) and (
        not countries
        or not low.endswith("an")
        or low.endswith("ian")
        or any(low.endswith(e) and low[: -len(e)] in countries for e in ("n", "an"))
    ):
        return False  # "Takfiri", "Sunni", "Sudanese": adjectives; a bare "-an" only after a country ("Taliban")
    if tok.text.removesuffix("'s").removesuffix("’s").lower() in own:
        return False  # "Syria's new rulers", "the Baath regime": a name of the lexicon's own terms
    return doc.tokens.ends[k] not in actor_ends


NATIONALITY_ENDINGS = ("ian", "ese", "ish", "i", "an")
# Faith adjectives are capitalised but name no group: "an Islamic terrorist group" is the term's own head's.
FAITH_ADJECTIVES = frozenset({"islamic", "muslim", "christian", "jewish", "catholic", "shiite", "alawite", "druze"})


def mentioned_word(doc: Doc, start: int, end: int) -> bool:
    """'The word "fled" was not used': a word only mentioned, alone in its quotation marks after "word"
    (or unquoted, right after "the word")."""
    if _MENTIONED_BARE.search(doc.text, max(0, start - 16), start):
        return True
    quote = doc.quoted(start)
    if quote is None or quote.end - quote.start > (end - start) + 3:
        return False
    return _MENTIONED.search(doc.text, max(0, quote.start - 12), quote.start) is not None


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


def _demonstrative_referent(
    text: str, label_start: int, sentence: Sentence, mentions: Sequence[Mention], kinds: dict[str, str], kind: str
) -> Mention | None:
    """'These terrorists …': the actor of the label's kind named last in the sentences just before."""
    if not kind:
        return None
    lead = text[sentence.start : label_start]
    m = _DEMONSTRATIVE.search(lead)
    if m is None or m.end() != len(lead):
        return None
    earlier = [
        x
        for x in mentions
        if x.span.end <= label_start
        and sentence.index - DEMONSTRATIVE_LOOKBACK_SENTENCES <= x.sentence
        and kinds.get(x.actor) == kind
    ]
    return earlier[-1] if earlier else None


def find_actor_labels(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> tuple[ActorLabel, ...]:
    """Labels applied to actors by apposition, adjacency, 'led by', '-led', 'X is a …' or 'these …'."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    kinds = {a.name: a.kind for a in lexicon.actors}
    text, sentences = doc.text, doc.sentences
    labels_by = group_by_sentence(lexicon.compiled.labels.find(doc.tokens), sentences) if lexicon.labels else {}
    out: list[ActorLabel] = []
    for sentence in sentences:
        if sentence.index not in labels_by:
            continue
        named = by_sentence.get(sentence.index, [])
        for lm in labels_by[sentence.index]:
            candidates = []
            for mention in named:
                if mention.span.overlaps(lm.start, lm.end):
                    continue
                pattern = _pin(text, lm.start, lm.end, mention, sentence)
                if pattern:
                    distance = min(abs(mention.span.start - lm.end), abs(lm.start - mention.span.end))
                    candidates.append((distance, pattern, mention))
            if not candidates:
                referent = _demonstrative_referent(text, lm.start, sentence, mentions, kinds, lm.payload.applies_to)
                if referent is not None:
                    candidates.append((0, "demonstrative", referent))
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
