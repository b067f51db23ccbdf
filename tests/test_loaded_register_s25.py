"""The journalistic register (data/loaded_register.toml, analysis/stages/loaded_register.py): entries that
recur across events count in the writer's voice with their inflections; in a quotation they are the speaker's;
after a reporting frame nobody's; and a listed speech verb in its physical sense ("slammed the door") is plain.
Each rule with negative rows."""

from __future__ import annotations

import tomllib

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article
from analysis.stages import loaded_news, loaded_register


def _voices(text: str) -> tuple[list[str], list[str]]:
    d = analyze(Article(id="t", text=text), load_lexicon("general-news")).to_dict()
    writer = [w["text"].lower() for w in d["framing"]["loaded"]]
    quoted = [w["text"].lower() for w in d["framing"]["loaded_quoted"]]
    return writer, quoted


def test_register_file_is_commented_lists_of_lower_case_entries():
    text = loaded_register.REGISTER_FILE.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert text.lstrip().startswith("#")
    for cls in ("speech", "adjectives", "disorder", "verb_phrases"):
        words = data[cls]["words"]
        assert words and all(w == w.lower().strip() for w in words), cls
        assert len(words) == len(set(words)), cls


def test_register_entries_join_the_news_vocabulary_with_their_forms():
    forms = set(loaded_news.news_words())
    assert {"grovel", "damning", "hype", "fought for his political life", "catalogue of failures"} <= forms
    assert {"battling to save her premiership", "litany of scandals"} <= forms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister issued a grovelling apology to the families.", "grovelling"),
        ("The chief executive grovelled on breakfast television.", "grovelled"),
        ("The inquiry published a damning report on Wednesday.", "damning"),
        ("Police recorded an alarming rise in thefts from cars.", "alarming"),
        ("The coverage descended into hysteria within hours.", "hysteria"),
        ("Officials hyped the threat for a week.", "hyped"),
        ("The prime minister is fighting for his political life.", "fighting for his political life"),
        ("She fought for her political survival all summer.", "fought for her political survival"),
        ("The governor faces a battle to save his job.", "battle to save his job"),
        ("The review uncovered a catalogue of failures at the council.", "catalogue of failures"),
        ("Critics slammed the plan as reckless.", "slammed"),
        ("The opposition blasted the minister over the delays.", "blasted"),
    ],
)
def test_register_word_is_the_writers(text, word):
    assert word in _voices(text)[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # physical senses of a listed speech verb
        ("He slammed the door and left the room.", "slammed"),
        ("A lorry slammed into a concrete barrier on the motorway.", "slammed"),
        ("The driver slammed on the brakes.", "slammed"),
        ("The gates slammed shut behind the last fan.", "slammed"),
        ("The rocket blasted off from Florida at dawn.", "blasted"),
        ("Engineers blasted through the rock to reach the miners.", "blasted"),
        # plain senses the entries do not make
        ("The patient is fighting for survival in intensive care.", "fighting for survival"),
        ("The shop sent a catalogue of products to every house.", "catalogue"),
        # someone else's characterisation, and a denial
        ("Campaigners described the report as damning.", "damning"),
        ("The minister was accused of grovelling to donors.", "grovelling"),
    ],
)
def test_plain_or_reported_sense_is_not_the_writers(text, word):
    assert word not in _voices(text)[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"This is hysteria," the minister said.', "hysteria"),
        ('"It is a damning verdict on the board," Smith said.', "damning"),
        ('"They slammed the plan without reading it," the mayor said.', "slammed"),
    ],
)
def test_register_word_in_a_quotation_is_the_speakers(text, word):
    writer, quoted = _voices(text)
    assert word not in writer
    assert word in quoted


@pytest.mark.parametrize(
    ("lows", "literal"),
    [
        (["he", "slammed", "the", "door"], True),
        (["it", "slammed", "into", "a", "wall"], True),
        (["she", "slammed", "the", "plan"], False),
        (["critics", "slammed"], False),
        (["they", "praised", "the", "door"], False),
        (["he", "slammed", "on", "the", "brakes"], True),
        (["it", "was", "slammed", "on", "social", "media"], False),
    ],
)
def test_literal_sense_looks_past_two_small_words_only(lows, literal):
    i = lows.index("slammed") if "slammed" in lows else 1
    assert loaded_register.literal_sense(lows, i, i + 1, len(lows)) is literal
