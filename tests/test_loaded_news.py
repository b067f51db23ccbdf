"""The news-loaded vocabulary (data/loaded_news.toml, analysis/stages/loaded_news.py) in the loaded stage:
phrase verbs inflected, sentence adverbs only at the head of a clause, figurative disaster nouns only in
their figurative shapes, names and quotations left alone, and the literal words kept out."""

from __future__ import annotations

import tomllib

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article
from analysis.stages import loaded_news


def writer_words(text: str) -> list[str]:
    d = analyze(Article(id="t", text=text), load_lexicon("general-news")).to_dict()
    return [w["text"] for w in d["framing"]["loaded"]]


def test_file_classes_are_commented_lists_of_lower_case_entries():
    data = tomllib.loads(loaded_news.NEWS_FILE.read_text(encoding="utf-8"))
    for cls in (*loaded_news.PLAIN_CLASSES, "verb_phrases", "sentence_adverbs"):
        words = data[cls]["words"]
        assert words and all(w == w.lower().strip() for w in words), cls
        assert len(words) == len(set(words)), cls


def test_phrase_verbs_take_regular_and_irregular_forms():
    forms = set(loaded_news.news_words())
    assert {"lash out", "lashed out", "lashing out", "ran amok", "running amok", "tore through"} <= forms
    assert {"descended into chaos", "plunged into chaos", "laid waste"} <= forms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister lashed out at the report on Monday.", "lashed out"),
        ("Crowds ran amok in the city centre overnight.", "ran amok"),
        ("The capital descended into chaos after the vote.", "descended into chaos"),
        ("The resignation set off a political earthquake in the capital.", "political earthquake"),
        ("The decision drew a firestorm of criticism from both parties.", "firestorm of criticism"),
        ("Incredibly, the firm had no finance department.", "Incredibly"),
        ("The plan was a fiasco from the first day.", "fiasco"),
        ("Police patrolled the crime-ridden estate at night.", "crime-ridden"),
        ("Starmer slams the rioters after a running battle with police.", "slams"),
        ("Starmer slams the rioters after a running battle with police.", "running battle"),
    ],
)
def test_news_loaded_words_are_found_in_the_writers_voice(text, word):
    assert word in writer_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The earthquake struck at dawn and a storm followed.", "earthquake"),  # literal disaster nouns
        ("The task was incredibly difficult for the crews.", "incredibly"),  # a degree word, not a verdict
        ("State records show Crooks was a registered Republican.", "Crooks"),  # a surname
        ("Superior Court Judge Ana Ruiz found that the suit failed.", "Superior"),  # a body's name opening a sentence
        ('"This is a fiasco," the mayor said.', "fiasco"),  # the speaker's word
        ("Volunteers cleared the flood-hit towns.", "flood-hit"),  # a plain compound
        ("She won her first grand slam title in Paris.", "slam"),  # a plain idiom
    ],
)
def test_literal_senses_names_and_quotes_are_not_the_writers(text, word):
    assert word not in writer_words(text)


def test_a_lexicon_word_keeps_its_own_entry():
    vocab_words = set(loaded_news.news_words())
    lexicon = {w.lower() for w in load_lexicon("general-news").loaded}
    # the news file adds to the lexicon's list; an overlap is harmless (the lexicon's form wins) but rare
    assert len(vocab_words & lexicon) <= 10


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyrant Bashar al-Assad fled to Moscow overnight.", "Tyrant"),  # opening a sentence, before a person's name
        ("Disgraceful scenes unfolded as the crowd surged.", "Disgraceful"),
    ],
)
def test_a_loaded_word_opening_a_sentence_is_the_writers(text, word):
    assert word in writer_words(text)


def test_a_broken_news_file_is_named_with_its_line(tmp_path, monkeypatch):
    from analysis.errors import SettingsError

    broken = tmp_path / "loaded_news.toml"
    broken.write_text('[speech]\nwords = ["slammed" "x"]\n[other]\n', encoding="utf-8")
    monkeypatch.setattr(loaded_news, "NEWS_FILE", broken)
    loaded_news._data.cache_clear()
    try:
        with pytest.raises(SettingsError, match=r"loaded_news\.toml: not valid TOML .*line"):
            loaded_news._data()
    finally:
        monkeypatch.undo()
        loaded_news._data.cache_clear()
    assert "slam" in loaded_news._data()["speech"]["words"]  # the shipped file is read again
