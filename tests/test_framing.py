"""Framing: terms per family with poles, and labels pinned on actors only where the text applies them."""

import pytest

from analysis import analyze
from analysis.model import Article


def _framing(text, lexicon):
    return analyze(Article(id="t", text=text), lexicon).framing


@pytest.mark.parametrize(
    ("text", "family", "term"),
    [
        ("Bashar al-Assad resigned and left for Moscow.", "assad_departure", "resigned"),
        ("Bashar al-Assad was toppled on Sunday.", "assad_departure", "overthrown"),
        ("Rebels ousted Bashar al-Assad.", "assad_departure", "ousted"),
        ("The ousted Syrian President Bashar al-Assad is in Moscow.", "assad_title", "ousted president"),
        ("Dictator Bashar al-Assad is in Moscow.", "assad_title", "dictator"),
        ("The Assad regime collapsed.", "state", "regime"),
        ("Islamist militants entered Damascus.", "fighters", "Islamist"),
        ("He was granted asylum on humanitarian grounds.", "russia_act", "asylum on humanitarian grounds"),
        ("Rebel fighters took the capital after Bashar al-Assad left.", "event", "capture"),
        ("Bashar al-Assad's fall surprised his allies.", "assad_departure", "overthrown"),
        ("Bashar al-Assad met Putin in Moscow, where his government had sent gold.", "state", "government"),
    ],
)
def test_terms_found(text, family, term, lexicon):
    assert (family, term) in {(t.family, t.term) for t in _framing(text, lexicon).terms}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("President Vladimir Putin met Bashar al-Assad.", "assad_title"),  # Putin's title, not Assad's
        ("US President Joe Biden spoke about Bashar al-Assad.", "assad_title"),
        ("Bashar al-Assad's wife Asma al-Assad fled to Russia.", "assad_departure"),  # a namesake fled
        ("Syrians fleeing the war reached Lebanon.", "assad_departure"),  # Assad is not in the text
        ("The anti-government protests grew.", "state"),
        # a term about someone or something else (docs/methods/framing.md, "About someone else")
        ("Decades after Hafez al-Assad seized power, his son Bashar al-Assad lived in Damascus.", "event"),
        ("Bashar al-Assad stayed while his guards were fleeing south.", "assad_departure"),  # the group's flight
        ("Crowds toppled a statue of Bashar al-Assad.", "assad_departure"),  # the statue was toppled
        ("Bashar al-Assad condemned the Putin regime and the Zionist regime.", "state"),  # other states
        ("Bashar al-Assad spoke of the Soviet collapse.", "event"),
        ("Bashar al-Assad is in Moscow; Syrian asylum seekers in Britain wait.", "russia_act"),  # others' asylum
        ("His brother Maher al-Assad was granted asylum.", "russia_act"),  # the namesake's
        ("Bashar al-Assad fought the Islamic State, a jihadist group.", "fighters"),  # a label on another name
        ("Vladimir Putin praised his government.", "state"),  # "his" is Putin
        ("Bashar al-Assad married Asma in 2000, before the future president took office.", "assad_title"),
    ],
)
def test_terms_not_found(text, family, lexicon):
    assert family not in {t.family for t in _framing(text, lexicon).terms}


@pytest.mark.parametrize(
    ("text", "actor", "label"),
    [
        ("The head of the terrorist organization Hayat Tahrir al-Sham spoke.", "HTS", "terrorist organization"),
        ("Rebels led by HTS entered Damascus.", "HTS", "rebels"),
        ("HTS-led rebels entered Damascus.", "HTS", "rebels"),
        ("Hayat Tahrir al-Sham, a former al-Qaeda affiliate, took power.", "HTS", "former al-Qaeda affiliate"),
        ("the HTS Islamist group", "HTS", "Islamist group"),
        ("the ousted Syrian regime leader, Bashar al-Assad, is in Moscow", "Bashar al-Assad", "regime leader"),
    ],
)
def test_actor_labels_pinned(text, actor, label, lexicon):
    pinned = {(a.actor, a.label) for a in _framing(text, lexicon).actor_labels}
    assert any(actor in a and lab == label for a, lab in pinned), pinned


@pytest.mark.parametrize(
    "text",
    [
        "Russia calls many groups terrorists. HTS took Damascus.",
        "The US lists ISIS as a terrorist group, while HTS says it has changed.",
        "HTS, which Moscow designates as a terrorist organization, took Damascus.",
        "Assad's government called all its opponents terrorists; HTS leaders deny it.",
    ],
)
def test_hts_not_called_terrorist_where_the_text_does_not(text, lexicon):
    labels = [a for a in _framing(text, lexicon).actor_labels if "HTS" in a.actor and a.pole == "terrorist"]
    assert labels == []


def test_positions_and_shares(lexicon):
    framing = _framing("Bashar al-Assad resigned. Rebels ousted Bashar al-Assad. Bashar al-Assad fled.", lexicon)
    departure = next(f for f in framing.families if f.family == "assad_departure")
    assert departure.counts == {"voluntary": 1, "flight": 1, "removed": 1}
    assert departure.shares["removed"] == pytest.approx(1 / 3, abs=1e-3)
    assert departure.position == pytest.approx((-1.0 + 0.5 + 1.0) / 3, abs=1e-3)
    assert framing.position is not None


def test_no_terms_no_position(lexicon):
    framing = _framing("The weather was mild and the markets were calm.", lexicon)
    assert framing.terms == () and framing.position is None
