"""A bare title ("the head of state", "the president") is the target's only when he was the last one titled.

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
