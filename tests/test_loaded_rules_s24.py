"""Stop 24 rules of the loaded stage: metaphors with an object slot (data/loaded_news.toml [constructions]),
idioms whose possessive agrees with the subject ("lied his way"), and the catalogue's new entries; each with
the literal or conventional uses that must stay unmarked (docs/loaded-phrases.md)."""

from __future__ import annotations

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article
from analysis.stages import loaded_news
from analysis.stages.loaded_constructions import constructions


def writer_words(text: str) -> list[str]:
    d = analyze(Article(id="t", text=text), load_lexicon("general-news")).to_dict()
    return [w["text"] for w in d["framing"]["loaded"]]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "His forces answered with barrel bombs, turning the country into a graveyard.",
            "turning the country into a graveyard",
        ),
        ("The strike has turned the city centre into a ghost town.", "turned the city centre into a ghost town"),
        ("Critics say the minister transformed the inquiry into a farce.", "transformed the inquiry into a farce"),
        ("The vote plunged the governing party into chaos.", "plunged the governing party into chaos"),
        ("The announcement sent the pound into freefall.", "sent the pound into freefall"),
        ("The resignation threw the cabinet into disarray.", "threw the cabinet into disarray"),
        ("The row has engulfed the club in scandal.", "engulfed the club in scandal"),
        ("A region engulfed in grief buried its dead.", "engulfed in grief"),
    ],
)
def test_metaphor_with_an_object_slot_is_one_span(text, span):
    assert span in writer_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers turned the sports hall into a shelter for families.",
        "The old warehouse was turned into a field hospital.",
        "The car plunged into the river after the crash.",
        "The bus plunged off the road and into a ravine.",
        "The church was engulfed in flames within minutes.",
        "Smoke engulfed the street, and residents fled.",
        "She turned the corner and walked into a shop.",
        "They turned around. Into chaos they went.",  # a sentence stop ends the slot
    ],
)
def test_plain_turns_plunges_and_engulfings_stay_unmarked(text):
    words = writer_words(text)
    assert not any(w.lower().split()[0] in {"turned", "turn", "plunged", "engulfed"} for w in words), words


def test_every_construction_has_verbs_a_preposition_and_targets():
    shapes = {c.name: c for c in constructions()}
    assert {"turn_into", "plunge_into", "engulf_in"} <= set(shapes)
    for c in shapes.values():
        assert c.verbs and c.targets and c.preposition in {"into", "in", "through"} and 0 < c.gap <= 6
        assert not {"crisis", "turmoil", "flames", "battleground", "shelter"} & c.targets


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He lied his way into the job.", "lied his way"),
        ("They muscled their way to the front of the queue.", "muscled their way"),
        ("She bluffed her way past the guards.", "bluffed her way"),
        ("The firm conned its way into the contract.", "conned its way"),
        ("The ministers lined his pockets for years.", "lined his pockets"),
    ],
)
def test_possessive_in_an_idiom_agrees_with_the_subject(text, span):
    assert span in writer_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd made their way to the square.",
        "Protesters forced their way into the building.",
        "She fought her way back into the race.",
        "He worked his way up from the shop floor.",
    ],
)
def test_plain_ways_of_getting_somewhere_stay_unmarked(text):
    assert not [w for w in writer_words(text) if "way" in w.lower()]


def test_agreement_expands_possessives_and_reflexives():
    forms = set(loaded_news.news_words())
    assert {"lined his pockets", "lining her pockets", "lied his way", "lying their way"} <= forms
    assert {"muscled its way", "bluffed my way"} <= forms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels threw in the towel after a week.", "threw in the towel"),
        ("All the talk of reform came to naught.", "came to naught"),
        ("Such words will stick in the throat of the families.", "stick in the throat"),
        ("The budget nearly crashed the economy.", "crashed the economy"),
        ("It was a clown show from start to finish.", "clown show"),
        ("The ineptitude of the ministry was plain to see.", "ineptitude"),
        ("Untold sums were spent on the palace.", "Untold"),
        ("The plan went monumentally wrong.", "monumentally"),
        ("The budget was universally panned by economists.", "panned"),
        ("Hundreds were barrelling past the fences.", "barrelling"),
        ("The hearing was a plague of misinformation.", "plague of misinformation"),
        ("The directors got off scot-free.", "scot-free"),
    ],
)
def test_catalogue_entries_are_found(text, word):
    assert word in writer_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The monumental buildings of the capital stood empty.",
        "A plague of locusts destroyed the crops.",
        "The army dropped barrel bombs on the town.",
        "Investors dumped British assets and the pound plunged to its lowest level.",
        "Yields fell sharply after the announcement.",
    ],
)
def test_literal_and_conventional_uses_stay_unmarked(text):
    assert not [
        w for w in writer_words(text) if w.lower() in {"monumental", "plague", "barrel", "plunged", "dumped", "sharply"}
    ]


def test_a_listed_idiom_inside_a_quotation_is_the_speakers():
    d = analyze(Article(id="t", text='"They have thrown the country into chaos," the senator said.'))
    d = d.to_dict()["framing"]
    assert not d["loaded"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The eco-zealots blocked the road again.", "eco-zealots"),
        ("The eco-mob staged another slow march.", "eco-mob"),
        ("Keyboard-warriors piled in online.", "Keyboard-warriors"),
        ("Western media fell over themselves to condemn his detention.", "fell over themselves"),
        ("The minister falls over himself to praise the plan.", "falls over himself"),
        ("The government will not cave in to their demands.", "cave in to"),
        ("Their good names were dragged through the mud.", "dragged through the mud"),
        ("He dragged his rival's name through the mud for months.", "dragged his rival's name through the mud"),
        ("Imagine the hue and cry if it happened here.", "hue and cry"),
        ("It was a perversion of justice on an industrial scale.", "on an industrial scale"),
    ],
)
def test_people_compounds_reflexive_idioms_and_the_mud(text, span):
    assert span in writer_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "New anti-mob laws were passed.",
        "A pro-hooligan banner was removed.",
        "The road was flood-hit.",
        "The roof caved in after the storm.",
        "Rescuers dragged the boat through the water.",
        "The old man fell over in the street.",
    ],
)
def test_siding_compounds_and_literal_falls_caves_and_drags_stay_unmarked(text):
    assert writer_words(text) == []
