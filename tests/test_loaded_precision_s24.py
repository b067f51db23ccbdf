"""Stop 24 precision rules of the loaded stage (analysis/stages/loaded_scope.py, data/loaded_news.toml): a word
denied by "no" / "without" or a contrastive "not", the emotion of one named person told as a fact about her
or him, technical senses of "catastrophic", and the name a distancing modifier disowns; each with the rows
where the word stays the writer's (docs/framing-constructions.md, section 6, "Emotion words")."""

from __future__ import annotations

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article
from analysis.stages import loaded_scope


def writer_words(text: str) -> list[str]:
    d = analyze(Article(id="t", text=text), load_lexicon("general-news")).to_dict()
    return [w["text"].lower() for w in d["framing"]["loaded"]]


def found(word: str, text: str) -> bool:
    return any(word in w for w in writer_words(text))


# --- denial by a determiner or a contrast ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There were no sanctions, no outraged editorials and no inquiry.", "outraged"),
        ("The airport said there had been no chaotic scenes on Saturday.", "chaotic"),
        ("The handover passed without chaos, officials said.", "chaos"),
        ("There was no real chaos at the gates by the evening.", "chaos"),
        ("It was a peaceful march, not a rampage through the town.", "rampage"),
    ],
)
def test_denied_word_is_not_the_writers(text, word):
    assert not found(word, text), writer_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The crackdown was no less brutal than the last one.", "brutal"),
        ("The establishment media wasted no time smearing them.", "smearing"),
        ("It was not only brutal but carefully planned.", "brutal"),
        ("Police finally stopped him, but not before he had gunned down two guards.", "gunned down"),
        ("The crowd turned into a mob and chaos erupted in the square.", "chaos"),
        ("No doubt the shambolic response will be investigated.", "shambolic"),
    ],
)
def test_asserted_word_after_no_or_not_stays_loaded(text, word):
    assert found(word, text), writer_words(text)


# --- reported emotion of a named person --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Local nurse Dana Kowalski, 38, told me she was terrified of letting her children drink the water.",
        "Dad-of-three Gary Mottram, 44, from Bolton, was furious at the lack of information.",
        "Kowalski was absolutely terrified when the sirens started.",
        "He had been furious about the delay for days, his brother said.",
        "A teenage boy who, by several accounts, was terrified of the trip died beside his father.",
    ],
)
def test_emotion_of_a_named_person_is_reported(text):
    words = writer_words(text)
    assert not any(w in ("terrified", "furious") for w in words), words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Furious holidaymakers slept on terminal floors.", "furious"),
        ("Friends of the victims are furious.", "furious"),
        ("Terrified families fled the hotel as the mob arrived.", "terrified"),
        ("Runaway president bolts as furious crowds seize his palace.", "furious"),
        ("Furious Tory MPs accused the Treasury of gambling.", "furious"),
    ],
)
def test_emotion_the_writer_pins_on_a_group_stays_loaded(text, word):
    assert found(word, text), writer_words(text)


def test_reported_emotion_words_are_read_from_the_data_file():
    assert {"terrified", "furious", "horrified"} <= loaded_scope.emotion_words()


# --- technical senses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Debris is consistent with the catastrophic loss of the pressure chamber, the Coast Guard said.",
        "Crews burned the chemicals to avoid a catastrophic failure of the tank car.",
        "The file triggered a catastrophic failure in a core part of the operating system.",
        "Investigators said the hull suffered a catastrophic implosion.",
    ],
)
def test_catastrophic_failure_of_equipment_is_technical(text):
    assert not found("catastrophic", text), writer_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a catastrophic failure of leadership by the board.",
        "The catastrophic loss of life shocked the region.",
        "The minister's catastrophic decision sent the pound down.",
        "It was a catastrophic week for the government.",
    ],
)
def test_catastrophic_judgement_stays_loaded(text):
    assert found("catastrophic", text), writer_words(text)


# --- distancing modifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Here was a self-styled visionary who ignored the rules.", "visionary"),
        ("The so-called heroes of the revolution fled first.", "heroes"),
    ],
)
def test_name_after_a_distancing_modifier_is_disowned(text, name):
    words = writer_words(text)
    assert not any(name in w for w in words), words
    assert any(w in ("self-styled", "so-called") for w in words), words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The so-called reform was a brutal attack on workers.", "brutal"),
        ("A self-styled guardian of order, he led a mob through the square.", "mob"),
        ("The visionary founder was hailed as a hero.", "visionary"),
    ],
)
def test_loaded_words_outside_the_disowned_name_stay(text, word):
    assert found(word, text), writer_words(text)
