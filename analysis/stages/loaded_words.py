"""The loaded words two well-kept resources give, by word class: VADER's valences and TextBlob's adjectives.

What counts and why is in ``stages.loaded``'s docstring and docs/methods/loaded.md; this module only reads the
resources (offline: both ship their lexicons in their packages) and applies the thresholds below.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..text.textblob_en import pattern_sentiment, tag_lexicon

VADER_MIN_VALENCE = 2.0
TEXTBLOB_MIN_SUBJECTIVITY = 0.9
TEXTBLOB_MIN_POLARITY = 0.5
ROUND = 3
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
VADER_MIN_PARTICIPLE = 2.5
# Agent endings that make a noun a word for a person ("racists", "warmonger", "fraudster", "coward").
PERSON_ENDINGS = ("ist", "ists", "er", "ers", "monger", "mongers", "ster", "sters", "ard", "ards")
# Kinds of resource word: how the match is checked in its sentence.
ADJECTIVE, PARTICIPLE, PERSON = "adjective", "participle", "person"

_WORD_RE = re.compile(r"[a-z][a-z'-]*[a-z]")


@cache
def vader_valence() -> dict[str, float]:
    """VADER's word valences (single words only; emoticons left out), read from the file its package ships."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - vaderSentiment is a requirement
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if _WORD_RE.fullmatch(word):
            try:
                out[word] = float(rest.split("\t", 1)[0])
            except ValueError:
                continue
    return out


@cache
def textblob_polarity() -> dict[str, tuple[float, float]]:
    """TextBlob's word -> (polarity, subjectivity), averaged over its senses (the lexicon's ``None`` entry)."""
    analyser = pattern_sentiment()
    analyser.load()
    out = {}
    for word, senses in dict.items(analyser):
        values = senses.get(None) if isinstance(senses, dict) else None
        if values and " " not in word:
            out[word] = (float(values[0]), float(values[1]))
    return out


def adverb_forms(word: str) -> set[str]:
    """The -ly adverb of an adjective: ruthless -> ruthlessly, angry -> angrily, tragic -> tragically."""
    if word.endswith("ly") or len(word) < 4:
        return set()
    if word.endswith("y"):
        return {word[:-1] + "ily"}
    if word.endswith("ic"):
        return {word + "ally"}
    if word.endswith("le"):
        return {word[:-1] + "y"}
    return {word + "ly"}


def _judging_adverbs(word: str, polarity: float) -> set[str]:
    """The -ly adverbs that judge: from negative adjectives only ("ruthlessly", "cruelly"); from positive ones
    they are mostly degree or manner in news copy ("perfectly", "greatly")."""
    return adverb_forms(word) if polarity < 0 else set()


@cache
def _boosters() -> frozenset[str]:
    """VADER's own degree words ("extremely", "utterly"): intensity, not judgement."""
    try:
        from vaderSentiment.vaderSentiment import BOOSTER_DICT
    except ImportError:  # pragma: no cover - vaderSentiment is a requirement
        return frozenset()
    return frozenset(BOOSTER_DICT)


def _vader_kind(word: str, valence: float, tag: str) -> str | None:
    """Which class a VADER word counts in (None: it does not count), by its tag and valence."""
    if tag in ADJECTIVE_TAGS:
        return ADJECTIVE if abs(valence) >= VADER_MIN_VALENCE else None
    if tag in PARTICIPLE_TAGS:
        return PARTICIPLE if abs(valence) >= VADER_MIN_PARTICIPLE else None
    if tag in ("", "NN", "NNS") and valence <= -VADER_MIN_VALENCE and word.endswith(PERSON_ENDINGS) and len(word) > 5:
        return PERSON
    return None


@cache
def resource_words() -> dict[str, tuple[str, str, float, str]]:
    """Every form a resource counts as loaded -> (word looked up, resource, score, kind), before [loaded] plain."""
    out: dict[str, tuple[str, str, float, str]] = {}
    tags = tag_lexicon()
    for word, (polarity, subjectivity) in textblob_polarity().items():
        if tags.get(word, "").startswith("RB"):
            continue  # adverbs judge only when made from a judging adjective (above)
        if subjectivity >= TEXTBLOB_MIN_SUBJECTIVITY and abs(polarity) >= TEXTBLOB_MIN_POLARITY:
            for form in {word, *_judging_adverbs(word, polarity)}:
                out.setdefault(form, (word, "textblob", round(polarity, ROUND), ADJECTIVE))
    for word, valence in vader_valence().items():
        kind = _vader_kind(word, valence, tags.get(word, ""))
        if kind is None:
            continue
        entry = (word, "vader", valence, kind)
        out[word] = entry
        forms = _judging_adverbs(word, valence) if kind == ADJECTIVE else ({word + "s"} if kind == PERSON else set())
        for form in forms:
            out.setdefault(form, entry)
    for word in _boosters():
        out.pop(word, None)
    return out
