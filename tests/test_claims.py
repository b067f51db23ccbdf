"""Claims and omissions: the same fact grouped across articles, reported, absent or reported differently."""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.compare import compare_articles, load_compare_settings
from analysis.compare.claims import ABSENT, DIFFERENT, REPORTED, STATUSES, Claim, find_claims, find_numbers, stem
from analysis.io.case_study import load_case_study
from analysis.lexicon.load import load_lexicon
from analysis.model import Article

SETTINGS = load_compare_settings().claims
LEXICON = load_lexicon()
MONTHS = SETTINGS.months

FLOOD_12 = Article(id="twelve", text="The flood killed 12 people in Springfield on Monday, the mayor said.")
FLOOD_40 = Article(id="forty", text="The flood killed 40 people in Springfield on Monday, the mayor said.")
FLOOD_12_AGAIN = Article(id="again", text="On Monday the flood in Springfield killed 12 people, officials said.")
FOOTBALL = Article(id="football", text="A football club from the north won the cup final with a late goal.")
RESIGNED = Article(
    id="resigned", text="Bashar al-Assad resigned and handed over power before flying to Moscow on Sunday."
)
FLED = Article(id="fled", text="Bashar al-Assad fled to Moscow on Sunday.")
ESCAPED = Article(id="escaped", text="Bashar al-Assad escaped to Moscow on Sunday.")
DEC_8 = Article(id="dec8", text="Assad arrived in Moscow on December 8, a Kremlin source told TASS.")
DEC_9 = Article(id="dec9", text="Assad arrived in Moscow on December 9, a Kremlin source told TASS.")


def claims_of(*articles: Article) -> tuple[Claim, ...]:
    return find_claims(articles, lexicon=LEXICON, settings=SETTINGS)[0]


def claim_with(claims: tuple[Claim, ...], phrase: str) -> list[Claim]:
    return [c for c in claims if any(phrase in e.span.text for e in c.evidence)]


# --- statuses on tiny sets with known answers -----------------------------------------------------


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # a figure that differs between two articles: neither is the majority, both are "different"
        ((FLOOD_12, FLOOD_40), {"twelve": DIFFERENT, "forty": DIFFERENT}),
        # two of three agree: the odd one out is "different"
        ((FLOOD_12, FLOOD_40, FLOOD_12_AGAIN), {"twelve": REPORTED, "forty": DIFFERENT, "again": REPORTED}),
        # the same figure in other words: reported by both; an unrelated article: absent
        ((FLOOD_12, FLOOD_12_AGAIN, FOOTBALL), {"twelve": REPORTED, "again": REPORTED, "football": ABSENT}),
        # other dates for the same event
        ((DEC_8, DEC_9), {"dec8": DIFFERENT, "dec9": DIFFERENT}),
        # opposite framing terms of one family: "resigned" (-1) against "fled" (+0.5)
        ((RESIGNED, FLED), {"resigned": DIFFERENT, "fled": DIFFERENT}),
        # two words of the same pole ("fled", "escaped"): no disagreement
        ((FLED, ESCAPED), {"fled": REPORTED, "escaped": REPORTED}),
    ],
)
def test_statuses(articles: tuple[Article, ...], expected: dict[str, str]) -> None:
    claims = claims_of(*articles)
    first = claims[0]
    assert first.articles == expected
    assert bool(first.reasons) == (DIFFERENT in expected.values())


def test_reasons_name_the_figures() -> None:
    (claim,) = claims_of(FLOOD_12, FLOOD_40)
    assert claim.reasons == ("figures: twelve says 12; forty says 40",)


def test_claims_left_out_for_large_sets_with_a_note() -> None:
    small = replace(SETTINGS, max_articles=2)
    claims, notes = find_claims([FLOOD_12, FLOOD_40, FOOTBALL], lexicon=LEXICON, settings=small)
    assert claims == ()
    assert "up to 2 articles; this set has 3" in notes[0]
    assert compare_articles([FLOOD_12, FLOOD_40], claims=False).claims == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killing more than 202,000 civilians", [(202000.0, "quantity")]),
        ("On Sunday, December 8, 2024, Russia", [(8.0, "date"), (2024.0, "year")]),
        ("on 8 Dec. in Moscow", [(8.0, "date")]),
        ("nearly 13 million Syrian citizens", [(13e6, "quantity")]),
        ("a 3.5 percent rise", [(3.5, "quantity")]),
        ("protests in 2011", [(2011.0, "year")]),
        ("1. Humanitarian asylum vs. political asylum", []),
        ("The Ilyushin-76 aircraft", []),
        ("Federal Law No. 4528-1", []),
        ("no figures at all", []),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(n.value, n.kind) for n in find_numbers(text, months=MONTHS)] == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("guaranteed", "guarantee", True),
        ("bases", "base", True),
        ("crashed", "crash", True),
        ("arrived", "arrives", True),
        ("countries", "country", True),
        ("shipping", "ship", True),
        ("bases", "basis", False),
        ("crash", "crush", False),
    ],
)
def test_stem(a: str, b: str, same: bool) -> None:
    assert (stem(a) == stem(b)) is same


@pytest.mark.parametrize(
    ("text", "is_claim"),
    [
        ("Russia will not extradite Assad", False),  # a heading
        ("What about ordinary Syrians in Russia?", False),  # a question
        ("Russia will not extradite Assad.", True),
        ('He also "gave instructions to transfer power peacefully."', True),  # an event verb, no name
        ("It was a long and difficult day for everyone.", False),  # no figure, name or event verb
    ],
)
def test_which_sentences_are_candidate_facts(text: str, is_claim: bool) -> None:
    claims = claims_of(Article(id="h", text=text), FOOTBALL)
    assert any(e.id == "h" for c in claims for e in c.evidence) is is_claim


# --- the case study -------------------------------------------------------------------------------

IDS = [a.id for a in load_case_study()]
ENAB, SNHR, SUBSTACK, PRAVDA, BLOG = IDS


@pytest.fixture(scope="module")
def case_claims() -> tuple[Claim, ...]:
    return compare_articles(load_case_study()).claims


@pytest.mark.parametrize(
    ("phrase", "reported"),
    [
        ("202,000", {ENAB, SNHR}),  # the SNHR figures: in the SNHR-based pieces only
        ("shot down", {BLOG}),  # the plane shot down or crashed: the blog only
        ("transfer power peacefully", {PRAVDA}),  # the instruction to transfer power: the pro-Kremlin piece
        ("before the fall of Damascus", {BLOG}),  # the family left before the fall of Damascus
        ("guaranteed the security of Russian military bases", {PRAVDA, BLOG}),  # HTS and the Russian bases
        ("vowed to protect Russian bases", {PRAVDA, BLOG}),
    ],
)
def test_case_study_facts(case_claims: tuple[Claim, ...], phrase: str, reported: set[str]) -> None:
    found = claim_with(case_claims, phrase)
    assert found, f"no claim has evidence with {phrase!r}"
    for claim in found:
        assert claim.articles == {i: REPORTED if i in reported else ABSENT for i in IDS}


def test_the_bases_are_one_claim(case_claims: tuple[Claim, ...]) -> None:
    (claim,) = claim_with(case_claims, "vowed to protect Russian bases")
    assert claim_with((claim,), "guaranteed the security of Russian military bases")
    assert {e.id for e in claim.evidence} == {PRAVDA, BLOG}


def test_evidence_is_body_sentences_of_each_article(case_claims: tuple[Claim, ...]) -> None:
    articles = {a.id: a for a in load_case_study()}
    for claim in case_claims:
        assert set(claim.articles) == set(IDS) and set(claim.articles.values()) <= set(STATUSES)
        assert {e.id for e in claim.evidence} == {i for i, s in claim.articles.items() if s != ABSENT}
        for e in claim.evidence:
            article = articles[e.id]
            assert article.text[e.span.start : e.span.end] == e.span.text
            assert not any(b.overlaps(e.span.start, e.span.end) for b in article.boilerplate)
    shared = [c for c in case_claims if sum(s != ABSENT for s in c.articles.values()) > 1]
    assert case_claims[: len(shared)] == tuple(shared), "claims in several articles come first"
