"""The lexicon fit tokenises a text at most once for all lexicons, and not at all where no actor can be named.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import Article
from analysis.lexicon import fit as fit_module
from analysis.lexicon.fit import actors_named, rank_lexicons, shipped_lexicon
from analysis.text.tokens import fold, tokenize
from benchmarks.synthetic import synthetic_records

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ("syria-2024", "uk-disorder-2024")


def _full_search(lexicon, text: str) -> list[str]:
    """What actors_named found before the first-word test: every actor match over the text's tokens."""
    compiled = lexicon.compiled
    tokens = tokenize(text)
    blocked = [(m.start, m.end) for m in compiled.not_aliases.find(tokens)] if compiled.not_aliases else []
    return [m.payload for m in compiled.actors.find(tokens) if not any(m.start < e and s < m.end for s, e in blocked)]


def _texts() -> list[str]:
    found = sorted((ROOT / "benchmarks" / "devsets").rglob("*.txt")) + sorted((ROOT / "data").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in found]


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.setattr(fit_module, "_FITS", type(fit_module._FITS)())


@pytest.mark.parametrize("name", LEXICONS)
def test_first_word_test_changes_no_answer_on_any_shipped_text(name):
    lexicon = shipped_lexicon(name)
    texts = _texts()
    assert len(texts) > 100
    named = 0
    for text in texts:
        expected = _full_search(lexicon, text)
        assert actors_named(lexicon, text) == expected
        named += bool(expected)
    assert named > 5  # the texts do name this lexicon's actors, so the test compares real matches


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Assad's plane landed.", True),  # a short form: the possessive
        ("HTS-led fighters moved south.", True),  # a short form: a compound
        ("ASSAD spoke.", True),  # case is the index's business, not the first-word test's
        ("Residents cleared mud from the river town.", False),
        ("The mayor asked for pumps and sandbags.", False),
    ],
)
def test_first_word_test(text, may):
    actors = shipped_lexicon("syria-2024").compiled.actors
    assert actors.may_occur(fold(text).lower()) is may
    if not may:
        assert not actors.find(tokenize(text))


def test_rank_lexicons_tokenises_each_text_once(monkeypatch):
    calls = []
    real = fit_module.tokenize

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(fit_module, "tokenize", counting)
    texts = [
        "Bashar al-Assad flew to Moscow as the Kremlin said HTS had taken Damascus.",
        "Police in Southport said rioters threw bricks; Keir Starmer condemned the violence.",
        "Residents cleared mud as the mayor asked for pumps.",
    ]
    fits = rank_lexicons([Article(id=str(i), text=t) for i, t in enumerate(texts)], list(LEXICONS))
    assert {f.name for f in fits} == set(LEXICONS)
    assert len(calls) == len(set(calls))  # never twice for one text
    assert texts[2] not in calls  # no lexicon's actor can be named there: not tokenised at all


# --- batch mode hands the fit's tokens to the analysis ---------------------------------------------------


def _count_tokenising(monkeypatch) -> list[str]:
    """Every text tokenised from now on, by the fit or by a Doc."""
    from analysis.text import doc as doc_module

    calls: list[str] = []
    for module in (fit_module, doc_module):
        real = module.tokenize

        def counting(text, real=real):
            calls.append(text)
            return real(text)

        monkeypatch.setattr(module, "tokenize", counting)
    return calls


def _batch(tmp_path, *extra: str) -> list[str]:
    from analysis.cli import main

    out = tmp_path / "out.csv"
    assert main(["batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--no-progress", *extra]) == 0
    return out.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def corpus(tmp_path):
    rows = [{"id": str(i), "text": r["text"]} for i, r in enumerate(synthetic_records(6))]
    rows.insert(2, {"id": "flood", "text": "Residents cleared mud as the mayor asked for pumps."})
    rows.insert(4, {"id": "empty", "text": "   "})
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


@pytest.mark.parametrize("chunk_size", ["500", "3"])
def test_one_worker_tokenises_each_text_of_the_first_chunk_once(tmp_path, monkeypatch, corpus, chunk_size):
    plain = _batch(tmp_path, "--workers", "1", "--chunk-size", chunk_size, "--lexicon", "syria-2024")
    calls = _count_tokenising(monkeypatch)
    fitted = _batch(tmp_path, "--workers", "1", "--chunk-size", chunk_size)
    assert fitted == plain  # the same rows whether the tokens were handed over or made again
    analysed = [r["text"] for r in corpus if r["text"].strip()]
    calls = [t for t in calls if t in {r["text"] for r in corpus}]  # not the warm-up's own texts (prepare_process)
    assert sorted(calls) == sorted(analysed)  # fit and analysis together: each analysed text once
    assert max(calls.count(t) for t in analysed) == 1


def test_tokens_beyond_the_budget_are_made_again(tmp_path, monkeypatch, corpus):
    from analysis import cli

    plain = _batch(tmp_path, "--workers", "1", "--lexicon", "syria-2024")
    monkeypatch.setattr(cli, "FIT_TOKENS_KEPT_CHARS", len(corpus[0]["text"]) + len(corpus[1]["text"]))
    calls = _count_tokenising(monkeypatch)
    assert _batch(tmp_path, "--workers", "1") == plain
    assert calls.count(corpus[0]["text"]) == calls.count(corpus[1]["text"]) == 1  # within the budget: kept
    assert calls.count(corpus[3]["text"]) == 2  # past it: made by the fit and again by the analysis


def test_analyze_rows_takes_each_rows_tokens_out_and_checks_their_text():
    from analysis.batch import analyze_rows

    lexicon = shipped_lexicon("syria-2024")
    text, other = "Bashar al-Assad flew to Moscow.", "HTS fighters took Damascus."
    made = {1: tokenize(text), 2: tokenize(text), 3: tokenize("x")}  # row 2's tokens are of another text
    rows = [(1, {"text": text}), (2, {"text": other}), (3, {"text": ""})]
    result = analyze_rows(rows, lexicon, tokens=made)
    assert made == {}  # taken out, the skipped row's too
    assert [r["id"] for r in result.articles] == ["1", "2"] and result.skipped == [(3, "empty text")]
    assert result.articles == analyze_rows(rows, lexicon).articles


def test_a_doc_refuses_the_tokens_of_another_text():
    from analysis.text.doc import Doc

    with pytest.raises(ValueError, match="another text"):
        Doc(Article(id="a", text="One text."), tokens=tokenize("Another text."))
    assert Doc(Article(id="a", text="One text."), tokens=tokenize("One text.")).tokens.texts == ["One", "text", "."]


def test_a_whole_text_search_is_kept_on_the_tokens_and_a_range_search_is_not(monkeypatch):
    from analysis.text.phrases import PhraseIndex

    index = PhraseIndex([("the Kremlin", "kremlin", False), ("Damascus", "damascus", False)])
    walks = []
    real = PhraseIndex._walk
    monkeypatch.setattr(PhraseIndex, "_walk", lambda self, *a: walks.append(a[2:]) or real(self, *a))
    tokens = tokenize("The Kremlin said Damascus fell. Damascus was quiet.")
    first = index.find(tokens)
    assert [m.payload for m in first] == ["kremlin", "damascus", "damascus"]
    first.clear()  # a caller's copy: changing it changes nothing kept
    assert [m.payload for m in index.find(tokens)] == ["kremlin", "damascus", "damascus"]
    assert [m.payload for m in index.find(tokens, 0, 5)] == ["kremlin", "damascus"]
    assert [m.payload for m in index.find(tokenize("Damascus."))] == ["damascus"]  # other tokens: searched
    assert len(walks) == 3  # the whole text once, the range, the other text


def test_the_fit_and_the_mentions_search_the_handed_tokens_once(monkeypatch):
    from analysis.stages.actors import find_mentions
    from analysis.text.doc import Doc
    from analysis.text.phrases import PhraseIndex

    lexicon = shipped_lexicon("syria-2024")
    article = Article(id="a", text="Bashar al-Assad flew to Moscow as the Kremlin said HTS had taken Damascus.")
    fresh = find_mentions(Doc(article), lexicon)
    once = fit_module.TokensOnce(article.text)
    assert fit_module.choose_lexicon([article], tokens=[once])[0] == "syria-2024"
    searched = []
    real = PhraseIndex._walk
    monkeypatch.setattr(PhraseIndex, "_walk", lambda self, *a: searched.append(self) or real(self, *a))
    handed = find_mentions(Doc(article, tokens=once.made), lexicon)
    assert lexicon.compiled.actors not in searched  # the fit's search of the actors is reused ...
    assert handed == fresh and {m.actor for m in handed} >= {"Bashar al-Assad", "Russia (Kremlin)"}  # ... as found
