"""Framing rules from real pages: a bare title is the last one titled; a word inside a body's name is a name.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon


@pytest.fixture(scope="module")
def syria():
    return load_lexicon("syria-2024")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # another man was titled last: the bare title is his, quoted or not
        (
            "Russian President Vladimir Putin agreed to shelter the deposed Bashar al-Assad, a spokesman said.\n"
            "“Nothing like this is decided without the head of state. It was his call,” the spokesman said.",
            False,
        ),
        (
            "President Vladimir Putin met advisers after Bashar al-Assad landed. Later the head of state signed the order.",
            False,
        ),
        # the target was titled last: the bare title stays his
        (
            "Russia confirmed that President Bashar al-Assad had landed in Moscow. Aides said the head of state was tired.",
            True,
        ),
        (
            "President Vladimir Putin spoke on Monday. On Tuesday, Syrian President Bashar al-Assad arrived in Moscow, "
            "and aides said the head of state was tired.",
            True,
        ),
        # no one titled before: nothing changes
        ("Bashar al-Assad reached Moscow. Aides said the head of state was tired.", True),
    ],
)
def test_bare_title_belongs_to_the_last_one_titled(syria, text, counted):
    terms = analyze(Article(id="t", text=text), syria).framing.terms
    bare = [t for t in terms if t.family == "assad_title" and t.span.text.lower() == "head of state"]
    assert bool(bare) is counted, [(t.family, t.span.text) for t in terms]


@pytest.mark.parametrize(
    ("text", "word", "counted"),
    [
        (
            "HTS took Damascus. The group, also known as the Organization for the Liberation of the Levant, was founded in 2017.",
            "Liberation",
            False,
        ),
        ("Delegates of the Council of Opposition Factions met in Doha.", "Opposition", False),
        ("Crowds cheered the liberation of Damascus as rebels entered.", "liberation", True),
        ("Supporters of the Opposition gathered in the square as rebels entered Damascus.", "Opposition", True),
        ("Assad Flees to Moscow After Fall of the Regime\nRebels entered Damascus on Sunday.", "Regime", True),
    ],
)
def test_a_word_inside_a_bodys_name_is_not_a_term(syria, text, word, counted):
    terms = analyze(Article(id="t", text=text), syria).framing.terms
    assert any(word in t.span.text for t in terms) is counted, [(t.family, t.span.text) for t in terms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term inside a longer term of a family about something else: the longer one is the word choice
        (
            "Rubio praised the new Syrian government under Ahmed al-Sharaa after Bashar al-Assad fled.",
            [("fighters", "new Syrian government")],
        ),
        (
            "Diplomats met the interim government on Monday once Bashar al-Assad had fled.",
            [("fighters", "interim government")],
        ),
        # the state itself, with no longer phrase around it
        (
            "The Syrian government collapsed as Bashar al-Assad fled.",
            [("state", "Syrian government"), ("event", "collapsed")],
        ),
        # two families about the same man both stand: how he left, and his title
        (
            "Reports said that ousted Syrian President Bashar al-Assad reached Moscow.",
            [("assad_departure", "ousted"), ("assad_title", "ousted Syrian President")],
        ),
    ],
)
def test_a_term_inside_a_longer_term_about_something_else(syria, text, expected):
    terms = analyze(Article(id="t", text=text), syria).framing.terms
    got = [(t.family, t.span.text) for t in terms if t.span.text != "fled"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Bashar al-Assad reached Moscow. Mrs Assad is unlikely to find refuge in Britain.", False),
        ("Bashar al-Assad reached Moscow. Mrs. al-Assad may seek refuge in London.", False),
        ("Bashar al-Assad reached Moscow, where Russia gave him refuge.", True),
    ],
)
def test_his_wife_as_mrs_assad_is_not_him(syria, text, counted):
    terms = analyze(Article(id="t", text=text), syria).framing.terms
    assert any(t.family == "russia_act" and t.span.text == "refuge" for t in terms) is counted


@pytest.mark.parametrize(
    ("text", "label", "counted"),
    [
        # the relative clause belongs to another noun than the name before it
        (
            "Bashar al-Assad reached Moscow, said a source close to the Kremlin, who spoke to a news agency.",
            "who spoke to a news agency",
            False,
        ),
        (
            "Rebels ended the rule of Bashar al-Assad, which was backed by Iran and Russia.",
            "which was backed by Iran and Russia",
            False,
        ),
        # ... and where it is the name's own, it stays a label
        (
            "Rebels were led by Hayat Tahrir al-Sham, which was once linked to al-Qaeda.",
            "which was once linked to al-Qaeda",
            True,
        ),
        ("Moscow took in Bashar al-Assad, who ruled Syria for 24 years.", "who ruled Syria", True),
    ],
)
def test_a_relative_clause_that_belongs_to_another_noun(syria, text, label, counted):
    labels = analyze(Article(id="t", text=text), syria).framing.actor_labels
    assert any(lab.span.text == label for lab in labels) is counted, [(lab.actor, lab.span.text) for lab in labels]
