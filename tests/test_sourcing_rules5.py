"""Rules added in round 2 on unseen copy (judged, untuned, on benchmarks/devsets/sourcing-holdout5): each rule
with the cases it covers and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article, Attribution

LEXICON = load_lexicon("general-news")


def read(text: str) -> list[Attribution]:
    return list(analyze(Article(id="t", text=text), LEXICON).sourcing.attributions)


def kind_of(text: str, source: str) -> str | None:
    """The kind of the first attribution whose source mention is ``source`` (None when there is none)."""
    return next((a.kind for a in read(text) if a.span.text == source), None)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a two-word name the body repeats in full and never shortens is a body's name
        ("Andes Copper reported a loss. Andes Copper said output fell.", "Andes Copper", "organization"),
        ("Camp Bluebonnet sits by a river. Camp Bluebonnet said all were safe.", "Camp Bluebonnet", "organization"),
        # not: the surname stands alone elsewhere (a person, named in full once)
        ("Nora Castell said it would close. Nora Castell spoke later. Castell left.", "Nora Castell", "named"),
        # not: a title before one of the full mentions, or an age after one
        ("Chairman Hiroshi Maeda spoke. Hiroshi Maeda said he could not accept it.", "Hiroshi Maeda", "named"),
        ("Leonard Haskett, 61, pleaded guilty. Leonard Haskett said he was sorry.", "Leonard Haskett", "named"),
        # not: named in full only once in the body (the headline does not count)
        ("Nora Castell quits\n\nNora Castell said the plant would close by March.", "Nora Castell", "named"),
        # not: a name with a particle (Gulf state copy repeats "Al Dhaheri" in full)
        ("Saif Al Dhaheri spoke. Al Dhaheri stated that work stops. Al Dhaheri added more.", "Al Dhaheri", "named"),
        # an age after a name makes a person, though the first name is a country
        ('"Bodies everywhere," said Jordan Pierce, 19, of Biloxi.', "Jordan Pierce", "named"),
        # not: the country alone, or a name with no age
        ("Jordan said on Monday it would close its border crossings.", "Jordan", "organization"),
        ("Qatar Airways said flights would resume on Friday.", "Qatar Airways", "organization"),
        # a name whose apposition describes a body is that body's name
        ("Six were hurt, according to Shreve Ready, the city's emergency office.", "Shreve Ready", "organization"),
        ("The manufacturer, Aerion, said it was in contact with the airline.", "Aerion", "organization"),
        # not: the apposition's head is a person, whatever body follows it
        ("Maria Lopez, a teacher at the school, said the roof had leaked for years.", "Maria Lopez", "named"),
        ("Tom Reyes, the union's president, said the talks had failed.", "Tom Reyes", "named"),
        # a local paper's name ends in an outlet word (data: outlet_name_words)
        ("The fire is not suspicious, according to the Ilford Recorder.", "the Ilford Recorder", "agency"),
        # not: a person whose surname is such a word
        ("Dana Recorder said the fire was not suspicious.", "Dana Recorder", "named"),
        # "One" or "Another" opening a clause: one of the group just named
        ('Fans left tributes online. One wrote: "She was the heart of the square."', "One", "anonymous"),
        ('Residents were angry. One, a shopkeeper, said: "Nobody warned us."', "One", "anonymous"),
        # a body whose name ends in a document word is a body, not a document
        ("The quake struck at noon, the US Geological Survey said.", "the US Geological Survey", "organization"),
        # not: a document with a capitalised name stays a document
        ("The Mueller Report said the campaign had not conspired.", "The Mueller Report", "document"),
        ("The survey found that most residents wanted a park.", "The survey", "document"),
    ],
)
def test_body_or_person(text: str, source: str, kind: str) -> None:
    assert kind_of(text, source) == kind


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # only a document reads
        ('"They shared a love of the sea," the statement read.', [("the statement", "document", "read")]),
        ('"The club broke the rules," read a UEFA statement.', [("a UEFA statement", "document", "read")]),
        ('The letter reads: "Your card details were not affected."', [("The letter", "document", "read")]),
        # not: a person reading, a sign, a "read more" link
        ("She read the report aloud to the committee.", []),
        ('The sign on the door read "Closed until Monday".', []),
        ("Read more: Orbis faces a second trial over ad technology", []),
    ],
)
def test_read_is_a_document_cue(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(a.span.text, a.kind, a.cue) for a in read(text) if a.cue == "read" or not found] == found


@pytest.mark.parametrize(
    "text",
    [
        "No one said anything about the fire.",
        "Every one of the staff was safe, the hospital said on Monday.",
        "The storm hit at noon. One said the roads were shut.",  # no group before it
    ],
)
def test_no_one_is_no_source(text: str) -> None:
    assert all(a.span.text.lower() not in ("one", "no one", "every one") for a in read(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "put the number of dead at": the figure and what it counts are the claim
        ("The ministry spokesman put the number of dead at more than 5,200.", "the number of dead at more than 5,200"),
        ("Chief Secretary Alok Mishra put the toll at 84.", "the toll at 84"),
    ],
)
def test_put_the_figure_at(text: str, claim: str) -> None:
    assert [a.claim.text for a in read(text) if a.cue == "estimated" and a.claim] == [claim]


def test_put_that_to_someone_has_no_figure() -> None:
    """Not: "put that to" someone is the writer's question; its claim does not start after "put"."""
    writer = [a for a in read("When I put that to a British official, she replied at once.") if a.kind == "self"]
    assert writer and all(a.claim is None for a in writer)
