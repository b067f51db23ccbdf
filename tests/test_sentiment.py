"""TextBlob sentiment per sentence, per article and per actor, with the scored words as evidence."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob

from analysis import analyze, load_case_study
from analysis.model import Article
from analysis.stages.sentiment import loaded_analyser, pattern_score
from analysis.text.sentences import split_sentences
from analysis.text.textblob_en import pattern_sentiment

textblob_sentiment = pattern_sentiment()


def _sentiment(text, lexicon):
    return analyze(Article(id="t", text=text), lexicon).sentiment


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("This is a wonderful, excellent decision.", 1),
        ("This is a terrible, awful decision.", -1),
        ("The meeting is on Tuesday at noon.", 0),
        ("The decision is not good.", -1),
    ],
)
def test_sentence_polarity_sign(text, sign, lexicon):
    (sentence,) = _sentiment(text, lexicon).sentences
    assert (sentence.polarity > 0) - (sentence.polarity < 0) == sign


def test_assessments_point_at_the_words(lexicon):
    text = "Headline\nThe brutal regime fell. The people were happy."
    result = _sentiment(text, lexicon)
    words = {a.span.text.lower() for s in result.sentences for a in s.assessments if a.span}
    assert {"brutal", "happy"} <= words
    for s in result.sentences:
        for a in s.assessments:
            if a.span:
                assert text[a.span.start : a.span.end] == a.span.text


def test_article_figure_matches_textblob_on_the_body(lexicon):
    text = "Russia made a wise and humane decision. Critics call it a cynical and shameful move. The talks were long."
    result = _sentiment(text, lexicon)
    whole = TextBlob(text).sentiment
    assert result.polarity == pytest.approx(whole.polarity, abs=0.02)
    assert result.subjectivity == pytest.approx(whole.subjectivity, abs=0.02)


def test_actor_sentiment_uses_only_sentences_naming_the_actor(lexicon):
    text = "Bashar al-Assad is a cruel man. Russia made a wonderful choice. The weather was fine."
    actors = {a.actor: a for a in _sentiment(text, lexicon).actors}
    assert actors["Bashar al-Assad"].polarity < 0 < actors["Russia (Kremlin)"].polarity
    assert actors["Bashar al-Assad"].mentions == 1
    assert actors["Bashar al-Assad"].sentences == (0,)


def test_general_lexicon_misses_violent_words(lexicon):
    """Documented weakness: TextBlob gives 'killing' and 'torture' no polarity."""
    (sentence,) = _sentiment("They reported killing and torture.", lexicon).sentences
    assert sentence.polarity == 0


def test_no_scored_words_gives_zero(lexicon):
    result = _sentiment("The meeting is on Tuesday.", lexicon)
    assert (result.polarity, result.subjectivity) == (0.0, 0.0)


# --- the loaded copy of TextBlob's analyser scores exactly as TextBlob does ------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
TRICKY = [
    "This is not good at all.",
    "A very, very bad and extremely cruel decision!",
    "Never really happy :) but not terribly sad :(",
    "Damn, that was a shitty, wonderful mess.",
    "Terribly",
    "",
    "!!!",
    "He was not the least bit pleased; it wasn't great.",
    "Ünïcödé «quoted» and “curly” text, naïve café.",
]


def _every_sentence() -> list[str]:
    texts = [a.text for a in load_case_study()] + [p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")]
    return [s.text for t in texts for s in split_sentences(t)] + TRICKY


def test_loaded_analyser_scores_every_sentence_as_textblob_does():
    analyser = loaded_analyser()
    sentences = _every_sentence()
    assert len(sentences) > 300
    for text in sentences:
        assert analyser(text) == textblob_sentiment(text), text


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "not",
                "very",
                "good",
                "bad",
                "never",
                "really",
                "happy",
                "the",
                "!",
                ":)",
                "terribly",
                "cruel",
                "n't",
                "quite",
            ]
        ),
        max_size=25,
    )
)
def test_loaded_analyser_matches_textblob_on_word_salads(words):
    text = " ".join(words)
    assert loaded_analyser()(text) == textblob_sentiment(text)


def test_loaded_analyser_is_a_copy_not_textblobs_object():
    analyser = loaded_analyser()
    assert analyser is not textblob_sentiment
    assert dict.__len__(analyser) == dict.__len__(textblob_sentiment) > 1000


def _as_textblob_scores(text):
    score = textblob_sentiment(text)
    return score[0], score[1], score.assessments


SHIPPED_TEXTS = sorted(
    p for folder in ("data", "benchmarks/devsets") for p in (FIXTURES.parent.parent.parent / folder).rglob("*.txt")
)


def test_pattern_score_equals_textblob_on_every_shipped_sentence():
    sentences = _every_sentence() + [
        s.text for p in SHIPPED_TEXTS for s in split_sentences(p.read_text(encoding="utf-8"))
    ]
    assert len(sentences) > 2_000
    for text in sentences:
        assert pattern_score(text) == _as_textblob_scores(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I love it :) really",
        "( ! ) what",
        "Great!!! (!)",
        "not good :-(",
        "8) ok",
        "xD",
        ": D",
        "X -D",
        "o.O wow",
        "don't be sad",
        "“Very good,” he said.",
        "It's 'not' bad... ",
        "",
        "   ",
        "A\tb\u00a0c",
    ],
)
def test_pattern_score_equals_textblob_where_tokens_join_across_spaces(text):
    assert pattern_score(text) == _as_textblob_scores(text)


PIECES = [*"aoxD8PG(!):;-=' ’“”.,?", " ", "not ", "very ", "good ", "bad ", "isn't "]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_pattern_score_equals_textblob_on_any_text(pieces):
    text = "".join(pieces)
    assert pattern_score(text) == _as_textblob_scores(text)
