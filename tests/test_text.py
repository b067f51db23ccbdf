"""Offline sentence splitting, tokens and the English guess."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.text.intervals import Intervals
from analysis.text.sentences import looks_english, split_sentences
from analysis.text.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to the U.S. on Dec. 8. He left.", ["Mr. Smith went to the U.S. on Dec. 8.", "He left."]),
        (
            "Headline without a period\nFirst sentence. Second one.",
            ["Headline without a period", "First sentence.", "Second one."],
        ),
        ('He said "we will fight." Then he fled.', ['He said "we will fight."', "Then he fled."]),
        ("Dr. Lyamin, e.g. an expert, spoke.", ["Dr. Lyamin, e.g. an expert, spoke."]),
        ("   \n\n  ", []),
        ("no punctuation at all", ["no punctuation at all"]),
    ],
)
def test_split_sentences(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_headline_lines_never_merge_with_the_next_sentence():
    text = "al-Assad Arrives In Russia, Asylum Granted\n\nPutting an end to all speculations, Moscow confirmed it."
    first, second = split_sentences(text)
    assert first.text == "al-Assad Arrives In Russia, Asylum Granted"
    assert first.paragraph != second.paragraph


def test_boilerplate_sentences_are_marked():
    from analysis.model import Span

    text = "Skip to content\nReal news here."
    sentences = split_sentences(text, [Span(0, 15, "Skip to content")])
    assert [s.boilerplate for s in sentences] == [True, False]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("al-Assad's wife", ["al-Assad's", "wife"]),
        ("Hay’at Tahrir al-Sham", ["Hay’at", "Tahrir", "al-Sham"]),
        ("202,000 civilians", ["202,000", "civilians"]),  # a number with thousands separators is one token
        ("“HTS-led rebels,” he said.", ["“", "HTS-led", "rebels", ",", "”", "he", "said", "."]),
        ("", []),
    ],
)
def test_tokens_keep_offsets(text, words):
    tokens = tokenize(text)
    found = [tokens[i] for i in range(len(tokens))]
    assert [t.text for t in found] == words
    assert all(text[t.start : t.end] == t.text for t in found)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Russia's envoy", {0: "Russia"}),
        ("the Rights' report", {1: "Rights"}),
        ("HTS-led rebels", {0: "HTS"}),
        ("rebel-held town", {}),
        ("al-Assad", {}),
    ],
)
def test_short_forms_of_tokens(text, short):
    """A phrase may end on a token's short form: no possessive, or before a compound ending such as -led."""
    assert tokenize(text).short == short


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("The president said that the rebels were in the capital and that he had left the country. " * 3, True),
        ("Президент заявил, что повстанцы вошли в столицу, а он покинул страну и улетел в Москву. " * 3, False),
        ("Le président a quitté le pays et les rebelles sont entrés dans la capitale syrienne hier soir. " * 3, False),
        ("Short text.", True),
    ],
)
def test_looks_english(text, english):
    assert looks_english(text) is english


@pytest.mark.parametrize("length", [999, 1_000, 1_001, 5_000, 20_000])
def test_long_unpunctuated_text_is_cut_into_bounded_pieces(length):
    text = ("word " * (length // 5 + 1))[:length]
    sentences = split_sentences(text)
    assert all(len(s.text) <= 1_000 for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # nothing but white space is lost between pieces
    covered = "".join(s.text for s in sentences)
    assert covered.replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_the_cap_is_cut_anyway():
    text = "x" * 2_500
    assert [len(s.text) for s in split_sentences(text)] == [1_000, 1_000, 500]


def test_prepare_process_loads_everything_and_sets_it_aside_from_garbage_collection(case_reports):
    import gc

    from analysis import analyze
    from analysis.pipeline import between_articles, prepare_process, release_process

    article = case_reports["kremlin"].article
    before = analyze(article).to_dict()
    assert gc.isenabled()
    try:
        prepare_process()
        assert gc.get_freeze_count() > 10_000  # the word lists and TextBlob's lexicons
        assert not gc.isenabled()  # no automatic collection in the middle of an article
        assert analyze(article).to_dict() == before  # the same analysis afterwards
        young = gc.get_stats()[0]["collections"]
        between_articles()
        assert gc.get_stats()[0]["collections"] == young + 1  # the article's cycles, collected after it
    finally:
        release_process()
        gc.unfreeze()
    assert gc.isenabled()  # handed back as it was found
    young = gc.get_stats()[0]["collections"]
    between_articles()
    assert gc.get_stats()[0]["collections"] == young  # outside a prepared process: nothing


def test_the_cli_hands_the_process_back_with_automatic_collection_on(tmp_path):
    import gc

    from analysis.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Rebels took the capital, officials said on Sunday.", encoding="utf-8")
    table = tmp_path / "in.csv"
    table.write_text('id,text\n1,"Rebels took the capital, officials said."\n', encoding="utf-8")
    for argv in (["analyze", str(path)], ["batch", str(table), "-o", str(tmp_path / "out.csv"), "--workers", "1"]):
        assert main(argv) == 0
        assert gc.isenabled()
        gc.unfreeze()


# --- overlap questions in logarithmic time (analysis/text/intervals.py) -------------------------------------


_SPAN = st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(spans=st.lists(_SPAN, max_size=30), query=_SPAN)
def test_intervals_answer_as_the_linear_scan_does(spans, query):
    start, end = query
    assert Intervals(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


@pytest.mark.parametrize(
    ("spans", "query", "expected"),
    [
        ([(0, 5)], (5, 9), False),  # touching is not overlapping
        ([(0, 5)], (4, 9), True),
        ([(10, 20), (0, 100)], (50, 60), True),  # a long early span covers a later question
        ([], (0, 1), False),
    ],
)
def test_intervals_cases(spans, query, expected):
    assert Intervals(spans).overlaps(*query) is expected
