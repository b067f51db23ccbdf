"""Sourcing rules from a fourth check on real published copy (12 articles: a US broadcaster's recall story, AP and
Reuters wire copy, an ANI and a Xinhua brief, a Pakistani daily's sourced politics story, a US blog, an Indian
site's party story, a Washington Post story in a regional paper, a CNN piece on anonymity). Each rule is a
construction that recurs in such copy or is plainly general, tested with look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted); the people are invented.
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon

GENERAL = load_lexicon("general-news")


def _found(text: str):
    return analyze(Article(id="t", text=text), GENERAL).sourcing.attributions


# A channel phrase after an inverted speaker ("said X in a statement") is no part of the speaker's phrase.
CHANNEL_ROWS = [
    ('"We regret the delay," said Corvel chief Ines Marlow in a statement.', "Corvel chief Ines Marlow"),
    ('"We regret the delay," said the company in a statement.', "the company"),
    ('"The pumps were cleaned," said Ines Marlow at a news conference on Friday.', "Ines Marlow"),
    ('"Nobody was hurt," said a spokesperson for the council in an email.', "a spokesperson for the council"),
    # ... also behind lower-case role words the tagger may read as a verb ("lead" in "lead author")
    ('"Shifts will not vanish," said lead author Ines Marlow in a statement.', "lead author Ines Marlow"),
    ('"Shifts will not vanish," said lead researcher Ines Marlow at a news conference.', "lead researcher Ines Marlow"),
    # ... while a phrase that names the speaker keeps its own prepositions
    ('"Nobody was hurt," said the head of the regional fire service.', "the head of the regional fire service"),
    ('"Nobody was hurt," said a resident of Elm Street.', "a resident of Elm Street"),
]


@pytest.mark.parametrize(("text", "span"), CHANNEL_ROWS)
def test_a_channel_phrase_ends_an_inverted_speaker(text: str, span: str) -> None:
    assert [a.span.text for a in _found(text)] == [span]


# "in a statement posted / issued / released …": the participle belongs to the channel, not a second cue.
PARTICIPLE_ROWS = [
    ('"We are sorry," said Ines Marlow in a statement posted to the firm\'s website.', ["said"]),
    ("The board said in a statement issued on Monday that it would appeal.", ["said"]),
    ('"We are sorry," Ines Marlow said in a statement released late on Sunday.', ["said"]),
    # ... while a release verb with a subject of its own still says something
    ("The board issued a statement saying it would appeal.", ["said"]),
    ("The board posted on its website that the game was off.", ["posted"]),
]


@pytest.mark.parametrize(("text", "cues"), PARTICIPLE_ROWS)
def test_a_statements_participle_is_no_second_cue(text: str, cues: list[str]) -> None:
    assert [a.cue for a in _found(text)] == cues


# A date set off by commas between the speaker and the cue ("X, on Monday, May 1, said").
DATE_ASIDE_ROWS = [
    ("Party chief Anan Kofi, on Monday, May 1, said that the party would not sue.", "Anan Kofi"),
    ("Anan Kofi, on Friday, June 14, told reporters that the bridge was safe.", "Anan Kofi"),
    ("The transport ministry, late on Sunday, said that the road was shut.", "transport ministry"),
    ("Anan Kofi, on Monday, said that the party would not sue.", "Anan Kofi"),
    # ... an age or a role set off by commas is not a date
    ("Anan Kofi, 45, said that the party would not sue.", "Anan Kofi"),
    ("Anan Kofi, a lawyer, said that the party would not sue.", "Anan Kofi"),
]


@pytest.mark.parametrize(("text", "source"), DATE_ASIDE_ROWS)
def test_a_date_set_off_by_commas_stands_between_speaker_and_cue(text: str, source: str) -> None:
    assert [a.source for a in _found(text)] == [source]
    assert _found(text)[0].claim is not None


# A negation after the cue or its addressee is part of the claim: dropping it says the opposite.
NEGATION_ROWS = [
    ("The chief constable asked residents not to share rumours online.", "not to share rumours online"),
    ("The coach told reporters not to expect miracles.", "not to expect miracles"),
    ("The minister said not enough had been done for the flooded towns.", "not enough had been done"),
    ("Police urged drivers never to leave keys in their cars.", "drivers never to leave keys in their cars"),
    # ... other adverbs after the cue are still stepped over
    ("The minister said repeatedly that the towns would be rebuilt.", "the towns would be rebuilt"),
    ("The coach told reporters later that the team was tired.", "the team was tired"),
]


@pytest.mark.parametrize(("text", "claim"), NEGATION_ROWS)
def test_a_negation_after_the_cue_stays_in_the_claim(text: str, claim: str) -> None:
    found = _found(text)
    assert found and found[0].claim is not None
    assert found[0].claim.text.startswith(claim)


# A body's name with "and" after "of" read forward ("according to the Ministry of Agriculture and Rural Affairs").
BODY_AND_ROWS = [
    (
        "Prices edged up, according to the Ministry of Agriculture and Rural Affairs.",
        ["Ministry of Agriculture and Rural Affairs"],
    ),
    ("Cases fell, according to the Department of Health and Social Care.", ["Department of Health and Social Care"]),
    # ... two speakers stay two
    ("Prices edged up, according to the mayor and police.", ["police", "mayor"]),
    ("Prices edged up, according to Hallam and Ortega.", ["Hallam", "Ortega"]),
]


@pytest.mark.parametrize(("text", "sources"), BODY_AND_ROWS)
def test_a_bodys_name_with_and_is_read_whole_after_the_cue(text: str, sources: list[str]) -> None:
    assert sorted(a.source for a in _found(text)) == sorted(sources)


# The story's own credit line ("This article was written by X, a reporter for Y") is no attribution.
CREDIT_ROWS = [
    ("This article was written by Dana Pruitt, a reporter for the Gazette.", []),
    ("The story was reported by Dana Pruitt and Omar Feld.", []),
    # ... a writer's words, or an author who says something, still count
    ("Dana Pruitt wrote that the firm had lost the bid.", ["Dana Pruitt"]),
    ("The report was written by Dana Pruitt, who said the firm had lost the bid.", ["Dana Pruitt"]),
]


@pytest.mark.parametrize(("text", "sources"), CREDIT_ROWS)
def test_the_storys_credit_line_is_no_attribution(text: str, sources: list[str]) -> None:
    assert [a.source for a in _found(text)] == sources


# "Y reported, citing …, that CLAIM": the claim is what follows "that", not the citing aside.
CITING_ROWS = [
    (
        "The Daily Courier reported, citing court papers and people familiar with the case, that the deal had collapsed.",
        "the deal had collapsed",
    ),
    ("The Daily Courier reported, quoting two officials, that the port would reopen.", "the port would reopen"),
    # ... a claim that only opens with the word stays whole
    ("The Daily Courier reported that citing fees had risen.", "citing fees had risen"),
]


@pytest.mark.parametrize(("text", "claim"), CITING_ROWS)
def test_a_citing_aside_is_no_part_of_the_claim(text: str, claim: str) -> None:
    outlet = [a for a in _found(text) if a.source == "Daily Courier"]
    assert outlet and outlet[0].claim is not None and outlet[0].claim.text == claim


# An interrupted quotation whose interruption ends on a comma ('"Q1," X said, "Q2."') or on "D.C." is one claim.
INTERRUPTED_ROWS = [
    (
        '"The files are detailed," Mara Voss said, "down to the names of the ships. That is what worries us."',
        "The files are detailed",
        "That is what worries us",
    ),
    (
        '"It is the fifth leak," said Mara Voss, a lecturer in Washington, D.C. "It will not be the last."',
        "It is the fifth leak",
        "It will not be the last",
    ),
    (
        '"We won," said Mara Voss. "We will win again."',
        "We won",
        "We will win again",
    ),
]


@pytest.mark.parametrize(("text", "opening", "closing"), INTERRUPTED_ROWS)
def test_an_interrupted_quotation_runs_on_after_a_comma(text: str, opening: str, closing: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0].direct_quote and found[0].claim is not None
    assert found[0].claim.text.startswith(opening) and found[0].claim.text.endswith(closing + ".")


# ... while a participle after the comma, or a quoted phrase it names, is not the quotation going on.
NOT_INTERRUPTED_ROWS = [
    ('"It is over," Mara Voss said, calling the vote "a farce".', "It is over"),
    ('"It is over," said Mara Voss, who lives in Washington, D.C. Her rival disagreed.', "It is over"),
]


@pytest.mark.parametrize(("text", "claim"), NOT_INTERRUPTED_ROWS)
def test_a_quotation_is_not_run_on_into_other_words(text: str, claim: str) -> None:
    found = _found(text)
    assert found and found[0].claim is not None and found[0].claim.text == claim


# A probe speaks as a document does ("The ED probe showed that …", "The Senate probe found …").
PROBE_ROWS = [
    ("The customs probe so far showed that the firm had paid bribes.", [("document", "customs probe")]),
    ("The Senate probe found that the agency had ignored warnings.", [("document", "Senate probe")]),
    # ... not where no one speaks, nor a verb
    ("The probe continues.", []),
    ("A probe was launched last week, officials said.", [("anonymous", "officials")]),
]


@pytest.mark.parametrize(("text", "expected"), PROBE_ROWS)
def test_a_probe_speaks_as_a_document(text: str, expected: list) -> None:
    assert [(a.kind, a.source) for a in _found(text)] == expected


# A cue word right after a verb that follows a modal or "to" is that verb's object ("will probe claims that …").
VERB_OBJECT_ROWS = [
    ("Investigators will probe claims that the firm paid bribes.", []),
    ("Auditors will review claims that the firm paid bribes.", []),
    ("Regulators want to examine reports that the firm paid bribes.", []),
    # ... while the cue after a modal, or after an adverb, is the verb of saying
    ("The ministry will say that the firm paid bribes.", [("organization", "said")]),
    ("The ministry will also claim that the firm paid bribes.", [("organization", "claimed")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_OBJECT_ROWS)
def test_a_cue_word_after_an_infinitive_verb_is_its_object(text: str, expected: list) -> None:
    assert [(a.kind, a.cue) for a in _found(text)] == expected


# A two-word title as a reference points to the person the text named with it, when the last speaker lacks it.
TITLE_ROWS = [
    (
        "Party leader Anan Kofi said the tape linked to state Finance Minister Ravi Chandran was fake. "
        "The Finance Minister had earlier said that the tapes were doctored.",
        "Ravi Chandran",
    ),
    (
        "Mayor Lena Ostrow said the plan was fair, and Health Secretary Omar Feld agreed. "
        "The Health Secretary said that the clinics would stay open.",
        "Omar Feld",
    ),
    # ... the speaker who holds the title, or a one-word title, stays with the last speaker
    (
        "Finance Minister Ravi Chandran said the plan was fine. The Finance Minister added that the tapes were fake.",
        "Ravi Chandran",
    ),
    (
        "Finance Minister Ravi Chandran spoke first. Party leader Anan Kofi said the plan was fake. "
        "The Minister said that the tapes were fake.",
        "Anan Kofi",
    ),
]


@pytest.mark.parametrize(("text", "holder"), TITLE_ROWS)
def test_a_title_points_to_the_person_named_with_it(text: str, holder: str) -> None:
    assert _found(text)[-1].source == holder
