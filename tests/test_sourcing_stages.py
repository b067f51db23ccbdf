"""Each sourcing stage on its own (cues, classify, sources, references, claims), over one ArticleContext.

The end-to-end tables live in test_sourcing.py; these pin what each stage decides, so a change to one stage
shows up where it was made. Every text here was written for this file.
"""

from __future__ import annotations

import pytest

from analysis import load_lexicon
from analysis.model import Article
from analysis.stages.sourcing import claims, classify, cues, references, sources
from analysis.stages.sourcing.context import ArticleContext
from analysis.stages.sourcing.reading import read_sentence
from analysis.text.doc import Doc

LEXICON = load_lexicon("general-news")


def context(text: str) -> ArticleContext:
    return ArticleContext(Doc(Article(id="t", text=text)), LEXICON, ())


def bounds(ctx: ArticleContext, index: int = 0) -> tuple[int, int]:
    sentence = ctx.doc.sentences[index]
    return ctx.tok_at(sentence.start), ctx.tok_at(sentence.end)


def cue_words(text: str) -> list[str]:
    ctx = context(text)
    lo, hi = bounds(ctx)
    return [ctx.words(c.first, c.last) for c in cues.cues(ctx, ctx.doc.sentences[0], lo, hi)]


def phrase_kind(text: str, phrase: str) -> tuple[str, str] | None:
    """classify() on the tokens of ``phrase`` (its first occurrence in ``text``)."""
    ctx = context(text)
    start = text.index(phrase)
    first, last = ctx.tok_at(start), ctx.tok_at(start + len(phrase))
    found = classify.classify(ctx, first, last, len(text))
    return (found.kind, found.name) if found is not None else None


# --- cues -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said the port would reopen.", ["said"]),
        ("As per officials, the port will reopen.", ["As per"]),
        ("The union demanded that wages rise.", ["demanded"]),
        ("The agency described reports that the port had closed as false.", ["described"]),  # 'reports' a noun
        ("The Kremlin denied claims that talks had failed.", ["denied"]),
        (
            "Yuri Lyamin said in an interview with vzglyad.ru that Moscow would not move.",
            ["said", "in an interview with"],
        ),
        ("His claims went unanswered.", []),  # a noun after a determiner
        ("The state of the roads is poor.", []),  # "state of" is listed as no cue
        ("He declined and said nothing.", []),  # nothing is attributed
    ],
)
def test_cues_are_verbs_and_phrases_of_saying_not_nouns(text, expected):
    assert cue_words(text) == expected


# --- classify ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Sue Carver said so.", "Sue Carver", ("named", "Sue Carver")),  # "Sue" is tagged as a verb
        ("Mark Evans said so.", "Mark Evans", ("named", "Mark Evans")),
        ("NSW Farmers said so.", "NSW Farmers", ("organization", "NSW Farmers")),
        ("Syrian refugees said so.", "Syrian refugees", ("anonymous", "Syrian refugees")),
        (
            "The Irish Nurses and Midwives Organisation said so.",
            "The Irish Nurses and Midwives Organisation",
            ("organization", "Irish Nurses and Midwives Organisation"),
        ),
        ("My roommate said so.", "My roommate", ("anonymous", "My roommate")),
        ("Amnesty International said so.", "Amnesty International", ("organization", "Amnesty International")),
        ("Kent Police said so.", "Kent Police", ("organization", "Kent Police")),
        ("The Network's report says so.", "The Network's report", ("document", "Network")),
        ("On Tuesday it rained.", "Tuesday", None),  # a weekday is never a name
        ("In March it rained.", "March", None),
    ],
)
def test_classify_names_the_kind_of_a_phrase(text, phrase, expected):
    assert phrase_kind(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GridNorth said the lines were down.", ("organization", "GridNorth")),
        ("Gardaí have confirmed that a man died.", ("organization", "Gardaí")),
        ("Ana Ruiz spoke first. Ruiz said the lines were down.", ("named", "Ana Ruiz")),
        ("Mr Ruiz said the lines were down.", ("named", "Mr Ruiz")),
        ("President Ruiz arrived. Ruiz said the lines were down.", ("named", "Ruiz")),
        ('"We lost," said Ortega, D-Ward 3.', ("named", "Ortega")),  # a US party-and-district tag
        ("Barnes, R-Texas, said the bill was dead.", ("named", "Barnes")),
    ],
)
def test_a_one_word_name_is_a_person_only_with_a_first_name_title_or_honorific(text, expected):
    ctx = context(text)
    found = [a for sentence in ctx.doc.sentences for a in read_sentence(ctx, sentence)]
    assert (found[-1].kind, found[-1].source) == expected


def test_a_number_alone_is_anonymous_only_with_an_anonymity_marker():
    marked = "One, who asked not to be named, said the roads were shut."
    assert phrase_kind(marked, "One") == ("anonymous", "One")
    assert phrase_kind("One said the roads were shut.", "One") is None


# --- sources ----------------------------------------------------------------------------------------


def subject_of(text: str, cue_word: str) -> tuple[str, str, str] | None:
    """sources.subject() for the cue whose words are ``cue_word``: (kind, name, span text)."""
    ctx = context(text)
    lo, hi = bounds(ctx)
    hit = next(c for c in cues.cues(ctx, ctx.doc.sentences[0], lo, hi) if ctx.words(c.first, c.last) == cue_word)
    found, _after = sources.subject(ctx, hit, lo, hi)
    return (found.kind, found.name, ctx.words(found.first, found.last)) if found is not None else None


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        (
            "Parents who spoke at the meeting said the pools must stay open.",
            "said",
            ("anonymous", "Parents", "Parents who spoke at the meeting"),
        ),
        (
            "Sue Carver, 58, whose house flooded, told reporters she had waited.",
            "told",
            ("named", "Sue Carver", "Sue Carver"),
        ),
        (
            "Prices will rise, said a council official on condition of anonymity.",
            "said",
            ("anonymous", "council official", "a council official"),
        ),
        (
            "The records must be kept, said the Levant Rights Network today.",
            "said",
            ("organization", "Levant Rights Network", "the Levant Rights Network"),
        ),
        ("Ten people died, the disaster agency, AFAD, said.", "said", ("organization", "AFAD", "AFAD")),
        ("Diplomats I spoke to this week said the deal was close.", "said", ("anonymous", "Diplomats", "Diplomats")),
        ("The roads will reopen, said Washington was wrong.", "said", None),  # Washington is what was said
        ("Grant Shapps said it was a disgrace.", "said", ("named", "Grant Shapps", "Grant Shapps")),
    ],
)
def test_subject_finds_who_speaks_for_a_cue(text, cue_word, expected):
    assert subject_of(text, cue_word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin and Erdogan said they had agreed.",  # one-word names the text never gives a first name
            {("organization", "Putin"), ("organization", "Erdogan")},
        ),
        (
            "Amnesty International and the Red Crescent said the crossing was shut.",
            {("organization", "Amnesty International"), ("organization", "Red Crescent")},
        ),
        (
            "The Food and Drug Administration said the drug was safe.",
            {("organization", "Food and Drug Administration")},
        ),
        ("According to Tass and RIA Novosti, the plane landed.", {("agency", "TASS"), ("agency", "RIA Novosti")}),
    ],
)
def test_sources_named_together_are_one_source_each(text, expected):
    ctx = context(text)
    assert {(a.kind, a.source) for a in read_sentence(ctx, ctx.doc.sentences[0])} == expected


# --- references -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Kent Police said a man was held. The force said he was 30.", "The force", ("organization", "Kent Police")),
        (
            "The district's report says enrolment fell. The district said no decision was made.",
            "The district",
            ("organization", "district"),
        ),
        ("Anna Berg said the shop flooded. She said help came late.", "She", ("named", "Anna Berg")),
        ("Reuters reported the talks. The agency said they failed.", "The agency", ("agency", "Reuters")),
    ],
)
def test_references_point_back_to_the_source_named_before(text, reference, expected):
    ctx = context(text)
    for sentence in ctx.doc.sentences:
        found = read_sentence(ctx, sentence)
    ref = next(a for a in found if a.span.text == reference)
    assert (ref.kind, ref.source) == expected
    assert ref.refers_to == expected[1]


def test_a_document_is_not_what_the_body_after_it_refers_to():
    ctx = context("The district's report says enrolment fell.")
    read_sentence(ctx, ctx.doc.sentences[0])
    assert references.last_of(ctx, ("organization",)) is None  # the report is a document, issued by the district


# --- claims -----------------------------------------------------------------------------------------


def claim_of(text: str, cue_word: str) -> tuple[str | None, bool]:
    ctx = context(text)
    lo, hi = bounds(ctx)
    sentence = ctx.doc.sentences[0]
    hit = next(c for c in cues.cues(ctx, sentence, lo, hi) if ctx.words(c.first, c.last) == cue_word)
    found, after = sources.subject(ctx, hit, lo, hi)
    span, direct = claims.claim(ctx, hit, found, after, lo, hi, sentence)
    return (span.text if span is not None else None), direct


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        ("The minister said that the port would reopen.", "said", ("the port would reopen", False)),
        ('"We will stay," the mayor said.', "said", ("We will stay", True)),
        (
            "The agency described reports that the port had closed as false.",
            "described",
            ("reports that the port had closed as false", False),
        ),
        ("By evening I counted 61 tents, up from 40.", "counted", ("61 tents, up from 40", False)),
        ("I have seen a copy of the letter.", "seen", (None, False)),  # an act of the writer, not a finding
        ("Diplomats I spoke to this week were gloomy.", "spoke to", (None, False)),
    ],
)
def test_claim_is_what_the_cue_attributes(text, cue_word, expected):
    assert claim_of(text, cue_word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was fine," Ana Ruiz, whose son is missing, told the BBC.', [("named", "Ana Ruiz")]),
        ("A rescue official told French news agency AFP that 40 had died.", [("anonymous", "rescue official")]),
        ("Ana Ruiz told reporters the road was shut.", [("named", "Ana Ruiz")]),
        ("Ana Ruiz told residents the road was shut.", [("named", "Ana Ruiz")]),
        ("Interfax quoted Ana Ruiz as saying the road was shut.", [("agency", "Interfax"), ("named", "Ana Ruiz")]),
        (
            "The road was shut, Ana Ruiz said in an interview with Interfax.",
            [("named", "Ana Ruiz"), ("agency", "Interfax")],
        ),
    ],
)
def test_an_audience_told_is_not_a_source_nor_an_outlet_told(text, expected):
    """An outlet that is only told something carried the words; the speaker is the source (gold rule 6 of
    docs/sourcing-constructions.md). An outlet that ran the interview published them and is one too."""
    ctx = context(text)
    found = [a for sentence in ctx.doc.sentences for a in read_sentence(ctx, sentence)]
    assert sorted((a.kind, a.source) for a in found) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about the speaker: its verb of saying is not what is attributed
        ("Ron Kessler, who had urged members to accept the deal, said talks would resume.", [("named", "Ron Kessler")]),
        # "which reported, citing …": the body's own report stays
        (
            "The story came from Tass and RIA, which reported, citing a Kremlin source, that he had left.",
            [("agency", "TASS"), ("agency", "RIA Novosti"), ("anonymous", "Kremlin source")],
        ),
        ('"It was fine," said a witness, Maria Lopez.', [("named", "Maria Lopez")]),  # the name after a description
        ('"It was fine," said an official, adding that roads were shut.', [("anonymous", "official")] * 2),
        ('– Daniel Ekwueme, NHS Providers: "Five days can only be harmful."', [("named", "Daniel Ekwueme")]),
        ("Daniel Keawe expects that number to keep climbing.", [("named", "Daniel Keawe")]),
        ("The storm is expected to hit on Monday.", []),  # no speaker
        ("Anne Castell has apologised to patients.", [("named", "Anne Castell")]),
        ("The museum said the fossil would go on display.", [("organization", "museum")]),
        ("The defence argued that customers would be repaid.", [("organization", "defence")]),
    ],
)
def test_asides_labels_and_more_verbs_of_saying(text, expected):
    ctx = context(text)
    found = [a for sentence in ctx.doc.sentences for a in read_sentence(ctx, sentence)]
    assert sorted((a.kind, a.source) for a in found) == sorted(expected)
