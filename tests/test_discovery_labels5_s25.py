"""Discovery rules of the s25-labels5 pass (issue 12, read on coup, celebrity-trial and farmers'-protest copy): a
former partner or relative stays a relation, a possessive relation in an apposition is no label, fashion nouns
before a name, the writer's words for soldiers who seized power, military ranks as stand-ins for their holder only,
and a hint or a hope in a relative clause; each with a case it must leave alone.

Every sentence here is written for these tests (no article is quoted, and none is a passage of a devset).
"""

from __future__ import annotations

import pytest

from tests.test_discovery_rules import _found

LEAD = "Rosa Millan, a union organiser, spoke on Monday. Millan thanked the crowd. "


def _pairs(general, text: str) -> list[tuple[str, str]]:
    return [(label, actor) for label, actor, _how in _found(general, LEAD + text)]


def _labels(general, text: str) -> list[str]:
    return [label for label, _actor, _how in _found(general, LEAD + text)]


# --- a relation stays a relation: "her former husband X", "X, Depp's girlfriend" ----------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A court found that Lea Marsh had defamed her former husband Tom Vance in a column.", "former husband"),
        ("She buried her late husband Omar Diaz in May.", "late husband"),
        ("Among the guests was Nina Cole, Vance's girlfriend in the 1980s, who sang.", "girlfriend"),
        ("Ana Gil, his wife, thanked the nurses.", "his wife"),
        ("Ivo Brandt, her fiancé, left the court.", "her fiancé"),
        ("Mara Kent, Vance's ex-wife, did not attend.", "ex-wife"),
    ],
)
def test_a_former_or_owned_relation_is_no_label(general, text, phrase):
    assert not any(phrase in label for label in _labels(general, text)), _found(general, LEAD + text)


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("He thanked his glamorous wife Asma Jones on Monday.", "his glamorous wife", "Asma Jones"),
        ("Adam Waldman, Vance's lawyer, spoke to reporters.", "Vance's lawyer", "Adam Waldman"),
        ("Ana Gil, Madrid's best-known chef, spoke.", "Madrid's best-known chef", "Ana Gil"),
        ("Tom Reyes, the former mayor, spoke.", "the former mayor", "Tom Reyes"),
    ],
)
def test_a_characterising_or_role_phrase_stays_a_label(general, text, label, actor):
    assert (label, actor) in _pairs(general, text), _found(general, LEAD + text)


# --- fashion nouns before a name -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("Among the witnesses was model Kate Moss, who spoke by video.", "model", "Kate Moss"),
        ("The show was opened by supermodel Naomi Reed on Friday.", "supermodel", "Naomi Reed"),
    ],
)
def test_a_fashion_noun_before_a_name_is_a_title(general, text, label, actor):
    assert (label, actor) in _pairs(general, text), _found(general, LEAD + text)


@pytest.mark.parametrize(
    "text",
    ["The firm changed its business model in March.", "A model of the bridge stood in the hall on Friday."],
)
def test_model_without_a_name_is_no_label(general, text):
    assert not any("model" in label for label in _labels(general, text)), _found(general, LEAD + text)


# --- the writer's words for soldiers who seized power ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The junta has also ordered the ambassador to leave within two days.", "The junta"),
        ("The putschists closed the borders overnight.", "The putschists"),
        ("Mutineers seized the radio station at dawn.", "Mutineers"),
    ],
)
def test_a_word_for_soldiers_who_seized_power_is_a_label(general, text, label):
    assert label in _labels(general, text), _found(general, LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "The army closed the borders overnight.",
        "Soldiers guarded the radio station at dawn.",
    ],
)
def test_a_plain_word_for_soldiers_is_no_such_label(general, text):
    assert not any(w in label for label in _labels(general, text) for w in ("army", "Soldiers")), _found(
        general, LEAD + text
    )


# --- military ranks stand in for the holder given the rank before ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("General Ali Tamba spoke on Friday. The general blamed poor security.", "The general", "Ali Tamba"),
        (
            "General Ali Tamba spoke. By Friday the little-known general was in charge.",
            "the little-known general",
            "Ali Tamba",
        ),
        ("Colonel Ana Sow took the radio station. The colonel then spoke on air.", "The colonel", "Ana Sow"),
    ],
)
def test_a_rank_stands_in_for_its_holder(general, text, label, actor):
    assert (label, actor) in _pairs(general, text), _found(general, LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "The general election is due in May.",
        "The general public was not told of the deal.",
        "The Attorney General spoke to reporters on Monday.",
        "The attorney general's office spoke to reporters on Monday.",
        "Ali Tamba spoke on Friday. By Friday the little-known general was in charge.",
    ],
)
def test_general_as_an_adjective_or_in_an_office_is_no_stand_in(general, text):
    assert not any("general" in label.lower() for label in _labels(general, text)), _found(general, LEAD + text)


# --- a hint or a hope in a relative clause reports, it does not describe ------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Paul Roche, who has hinted that the case was arranged by rivals, spoke.", "who has hinted"),
        ("Paul Roche, who still hopes to return to the board, spoke.", "who still hopes"),
        ("Paul Roche, who wants a recount, spoke.", "who wants"),
    ],
)
def test_a_hint_or_a_hope_in_a_relative_clause_is_no_label(general, text, phrase):
    assert not any(phrase in label for label in _labels(general, text)), _found(general, LEAD + text)


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("Paul Roche, who heads the farmers' union, spoke.", "who heads the farmers' union", "Paul Roche"),
        ("Paul Roche, who is a former judge, spoke.", "who is a former judge", "Paul Roche"),
    ],
)
def test_a_relative_clause_that_says_what_someone_is_stays(general, text, label, actor):
    assert any(lab.startswith(label) and act == actor for lab, act in _pairs(general, text)), _found(
        general, LEAD + text
    )


# --- leaders of a movement or party, counted or characterised as acting ------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Farm union leaders said the camps would stay.", "Farm union leaders"),
        ("Party leaders met on Monday to choose a date.", "Party leaders"),
    ],
)
def test_characterised_leaders_who_act_are_a_label(general, text, label):
    assert label in _labels(general, text), _found(general, LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met on Monday to choose a date.",
        "The talks were praised by leaders across the region.",
        "French judges issued an arrest warrant on Monday.",
    ],
)
def test_bare_leaders_or_judges_are_no_label(general, text):
    assert not any(w in label for label in _labels(general, text) for w in ("eaders", "judges")), _found(
        general, LEAD + text
    )
