"""The loaded words two well-kept resources give, by word class: VADER's valences and TextBlob's adjectives.

What counts and why is in ``stages.loaded``'s docstring and docs/methods/loaded.md; this module only reads the
resources (offline: both ship their lexicons in their packages) and applies the thresholds of data/loaded.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import SettingsError
from ..resources import LOADED_FILE, read_toml
from ..text.textblob_en import pattern_sentiment, tag_lexicon

ROUND = 3
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
NOUN_TAGS = frozenset({"NN", "NNS"})
# Agent endings that make a noun a word for a person ("racists", "warmonger", "fraudster", "coward").
PERSON_ENDINGS = ("ist", "ists", "er", "ers", "monger", "mongers", "ster", "sters", "ard", "ards")
# Endings that make a word TextBlob's tag list lacks an adjective ("hellish", "moronic", "torturous").
ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ish", "ive", "ic", "able", "ible")
# Kinds of resource word: how the match is checked in its sentence.
ADJECTIVE, PARTICIPLE, PERSON, NOUN = "adjective", "participle", "person", "noun"

_WORD_RE = re.compile(r"[a-z][a-z'-]*[a-z]")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The score each word class must reach (data/loaded.toml; VADER -4..4, TextBlob 0..1 and -1..1)."""

    adjective: float
    adjective_negative: float
    participle: float
    person_negative: float
    noun_negative: float
    positive_subjectivity: float
    subjectivity: float
    polarity: float


_FIELDS = {
    "vader": ("adjective", "adjective_negative", "participle", "person_negative", "noun_negative"),
    "textblob": ("subjectivity", "polarity", "positive_subjectivity"),
}
_RANGES = {"vader": (0.0, 4.0), "textblob": (0.0, 1.0)}


@cache
def thresholds() -> Thresholds:
    """The thresholds of data/loaded.toml; a missing or out-of-range one raises ``SettingsError`` naming it."""
    data = read_toml(LOADED_FILE)
    values: dict[str, float] = {}
    for table, names in _FIELDS.items():
        low, high = _RANGES[table]
        for name in names:
            value = data.get(table, {}).get(name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
                raise SettingsError(
                    f"{LOADED_FILE.name}: [{table}] {name} must be a number from {low} to {high}, not {value!r}"
                )
            values[name] = float(value)
    return Thresholds(**values)


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


def plural(noun: str) -> str:
    """The regular plural of a noun: havoc -> havocs, fury -> furies, travesty -> travesties, mess -> messes."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _judging_adverbs(word: str, polarity: float, tag: str) -> set[str]:
    """The -ly adverbs that judge: from negative base adjectives only ("ruthlessly", "cruelly"); from positive
    ones they are mostly degree or manner in news copy ("perfectly", "greatly"). None from a comparative or
    a plural ("duller", "idiots")."""
    if polarity >= 0 or tag in ("JJR", "JJS") or (word.endswith("s") and not word.endswith(("ss", "ous"))):
        return set()
    return adverb_forms(word)


def _textblob_kind(tag: str) -> str | None:
    """The class a TextBlob word counts in by its usual tag: an adjective, a participle (checked in its
    sentence like VADER's), or none where the word is mostly a verb, noun or adverb ("elect", "rose", "base",
    "kind"; adverbs judge only as the -ly form of a judging adjective)."""
    if tag in PARTICIPLE_TAGS:
        return PARTICIPLE
    if tag == "" or tag in ADJECTIVE_TAGS:
        return ADJECTIVE
    return None


@cache
def _boosters() -> frozenset[str]:
    """VADER's own degree words ("extremely", "utterly"): intensity, not judgement."""
    try:
        from vaderSentiment.vaderSentiment import BOOSTER_DICT
    except ImportError:  # pragma: no cover - vaderSentiment is a requirement
        return frozenset()
    return frozenset(BOOSTER_DICT)


def _vader_kind(word: str, valence: float, tag: str, t: Thresholds, subjectivity: float | None) -> str | None:
    """Which class a VADER word counts in (None: it does not count), by its tag and valence; a positive
    adjective also needs TextBlob's subjectivity where TextBlob has the word ("brave" yes, "strong" no)."""
    if tag == "" and word.endswith(ADJECTIVE_ENDINGS):
        tag = "JJ"
    if tag in ADJECTIVE_TAGS:
        if valence <= -t.adjective_negative:
            return ADJECTIVE
        agreed = subjectivity is None or subjectivity >= t.positive_subjectivity
        return ADJECTIVE if valence >= t.adjective and agreed else None
    if tag in PARTICIPLE_TAGS:
        return PARTICIPLE if abs(valence) >= t.participle else None
    if tag in ("", *NOUN_TAGS) and word.endswith(PERSON_ENDINGS) and len(word) > 5:
        return PERSON if valence <= -t.person_negative else None
    if tag in NOUN_TAGS and valence <= -t.noun_negative:
        return NOUN
    return None


def _vader_forms(word: str, valence: float, kind: str, tag: str) -> set[str]:
    """The forms a VADER word counts in besides itself: an adjective's judging adverb, a noun's plural."""
    if kind == ADJECTIVE:
        return _judging_adverbs(word, valence, tag)
    if kind in (PERSON, NOUN) and tag != "NNS" and not word.endswith("s"):
        return {plural(word)}
    return set()


@cache
def resource_words() -> dict[str, tuple[str, str, float, str]]:
    """Every form a resource counts as loaded -> (word looked up, resource, score, kind), before [loaded] plain."""
    out: dict[str, tuple[str, str, float, str]] = {}
    t = thresholds()
    tags = tag_lexicon()
    blob = textblob_polarity()
    for word, (polarity, subjectivity) in blob.items():
        tag = tags.get(word, "")
        kind = _textblob_kind(tag)
        if kind and subjectivity >= t.subjectivity and abs(polarity) >= t.polarity:
            forms = _judging_adverbs(word, polarity, tag) if kind == ADJECTIVE else set()
            for form in {word, *forms}:
                out.setdefault(form, (word, "textblob", round(polarity, ROUND), kind))
    for word, valence in vader_valence().items():
        tag = tags.get(word, "")
        kind = _vader_kind(word, valence, tag, t, blob[word][1] if word in blob else None)
        if kind is None:
            continue
        entry = (word, "vader", valence, kind)
        out[word] = entry
        for form in _vader_forms(word, valence, kind, tag):
            out.setdefault(form, entry)
    for word in _boosters():
        out.pop(word, None)
    return out
