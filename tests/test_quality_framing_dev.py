"""Framing quality on the development set of benchmarks/devsets/framing (real-copy-shaped passages, 5 events).

(a) The gold is usable: every context string occurs exactly once with its target inside, Syria terms use
    syria-2024 family and pole ids, other events' terms use the concept ids of their event.toml, and the
    set keeps the size the issue asked for.
(b) The scorer (benchmarks/score_framing.py) run on split "all" with this repository's code reaches each
    headline figure's floor. The floors are the frozen baseline's figures rounded down to 2 decimals, so
    this passes today and fails when a change makes a figure worse; "unrelated_lexicon_spans" is a
    ceiling (framing spans the default lexicon emits on passages about other events; the target is 0).
    Raise a floor (lower the ceiling) when a change improves a figure. None = not measurable yet.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest

from analysis import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT / "benchmarks" / "score_framing.py"

FLOORS: dict[str, float | None] = {
    # Second pass: a term about someone or something else is dropped (a namesake's act, another state's
    # regime, a group's flight, a verb's other object, a label on another name) and the lexicon gained its
    # constructions (takeover verb + the capital, possessed departure nouns, removal verb + him): 0.89 / 0.77 ->
    # 0.99 / 0.89 on all.
    "syria_terms_precision": 0.99,
    "syria_terms_recall": 0.89,
    "syria_terms_family_precision": 0.96,
    "syria_terms_family_recall": 0.88,
    "syria_terms_pole_precision": 0.95,
    "syria_terms_pole_recall": 0.87,
    # Discovery (issue 12) traded the baseline's precision on 13 labels (0.94) for recall: 0.04 -> 0.50 on 350.
    # Second pass, constructions fixed (designations, led-by, appositions before the name, stand-ins resolved
    # by title, generic and historical noun phrases abstained): 0.76 / 0.51 -> 0.92 / 0.57; then plain people
    # nouns counted or characterised and acting ("about 700 people gathered"): 0.91 / 0.60 (precision floor
    # 0.92 -> 0.91 for recall 0.57 -> 0.60, holdout precision held at 0.90).
    # la-wildfires-2025 (6 holdout passages, 42 labels, untuned 0.73 / 0.26) and ftx-collapse-2022 (6 holdout
    # passages, 80 labels, untuned recall 0.32) made the set harder with no change of code. Then plain people nouns
    # under a passive are not a crowd ("four men were detained"), "these thugs" points back to the group labelled
    # last, person nouns from data, predicates after category nouns, relative clauses that say a group acted,
    # offices without an article, possessives, ages, designations in reduced relatives, stand-in synonyms
    # (dev 0.95 / 0.65 -> 0.96 / 0.74; holdout 0.90 / 0.49 -> 0.89 / 0.52). Measured on all after both: 0.924 / 0.611 writer, 0.924 / 0.577 all voices.
    # labels-s19: sri-lanka-2022 (5 holdout passages, 55 labels, untuned 0.89 / 0.43 writer) joined the set; then
    # offices of law as titles, party and office appositions, reported relative clauses and denied labels left
    # out, pronoun predicates, casting designations ("portrayed the candidate as …"), unheld qualified offices,
    # more plain people nouns (data), appositions before a labelled name: all 0.945 / 0.653 writer, 0.945 / 0.619
    # all voices.
    # labels-s20: a candidate's epithets as stand-ins, surnames counted for their full name, a headline's surname
    # for the main person, hyphenated person nouns, "think tank" compounds, unheld offices repeated, terms of
    # office as history, colleagues and associates (data): all 0.9461 / 0.6604 writer, 0.9461 / 0.6261 all voices.
    "labels_writer_precision": 0.94,
    "labels_writer_recall": 0.65,
    "labels_all_precision": 0.94,
    "labels_all_recall": 0.62,
    # VADER + TextBlob + the list: recall 0.21 -> 0.65. Second pass: VADER by word class (no nouns but person
    # epithets, participles only as adjectives, no degree adverbs) and reported characterisations left out:
    # precision 0.84 -> 0.96 on all (holdout 0.40 -> 0.84) for recall 0.65 -> 0.63 (the nouns' hits on dev).
    # The two new events (la-wildfires-2025 44 writer-voice loaded words, untuned 0.75 / 0.14; ftx-collapse-2022
    # 39, untuned 0.62 / 0.21) lowered both on all with no change of code. Then VADER's strongly negative nouns
    # (-2.5) and negative adjectives from 1.5 (data/loaded.toml), with their plain words. Measured: 0.949 / 0.529 on all.
    # Then the news vocabulary of data/loaded_news.toml (phrase verbs, sentence adverbs at a clause head,
    # figurative disaster nouns, names left alone, vivid hyphenated compounds): 0.953 / 0.573 (dev 0.99 / 0.76,
    # holdout 0.85 / 0.32). Then sri-lanka-2022 came whole as holdout (22 writer-voice loaded words, 6 found,
    # 1 wrong) with no change of loaded-word code: 0.9495 / 0.554 on all.
    "loaded_precision": 0.94,
    "loaded_recall": 0.55,
    # 0.975: the disaster family's "flood" is counted against the crowd and failure groups by word containment
    # ("furious flood mob", "flood warnings"); recall 0.223 -> 0.226. Then 0.945: "Bashar al-Assad" and
    # "Bashar Assad" are one actor family, whose "deposed head of the Syrian regime" the scorer maps onto the
    # state group by containment ("Syrian regime"); recall 0.226 -> 0.239.
    # The fifth event's families (304 gold pairs, 6 found): recall 0.239 -> 0.221 with no change of code; the
    # discovery rules of the second label pass (labels feed the suggested families): 0.221 -> 0.234.
    "families_pair_precision": 0.94,
    "families_pair_recall": 0.23,  # 0.2235 with both new events; 0.2354 after labels-s20's label rules
}
# Framing spans that ``analyze(article)`` emits on a non-Syria passage from a lexicon not made for its event (the
# issue's target, 0). Event D's own shipped lexicon (``own_lexicon = "uk-disorder-2024"`` in its event.toml, chosen
# by fit on some of its passages) is counted apart; test_no_unrelated_event_lexicon checks the choice itself.
CEILINGS: dict[str, int] = {"unrelated_lexicon_spans": 0}

# What the issue asked the set to hold at least.
MINIMUM = {
    "events": 4,
    "syria_passages": 10,
    "event_d_passages": 8,
    "other_event_passages": 4,
    "labels": 150,
    "loaded_writer": 200,
    "syria_terms": 150,
}
EVENT_D = "uk-riots-2024"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_framing", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_framing", module)
    spec.loader.exec_module(module)
    return sys.modules["score_framing"]


sf = _load_scorer()


@cache
def passages():
    return sf.load_devset(sf.DEVSET_DIR, "all")


@cache
def scores():
    return sf.score(passages(), split="all", details=False)


def test_gold_contexts_families_and_concepts_resolve():
    lexicon = load_lexicon(sf.SYRIA_LEXICON)
    families = {f.id: {p.id for p in f.poles} for f in lexicon.families}
    assert sf.check_gold(sf.DEVSET_DIR, families) == []


def test_event_files_declare_kind_lexicon_and_concept_words_that_occur():
    for folder in sorted(p for p in sf.DEVSET_DIR.iterdir() if (p / "event.toml").exists()):
        event = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
        head = event["event"]
        assert head["kind"] in ("international", "domestic"), folder.name
        assert head["lexicon"] in ("syria-2024", ""), folder.name
        texts = " ".join(p.read_text(encoding="utf-8").lower() for p in folder.glob("[0-9]*.txt"))
        for family in event.get("family", []):
            assert family["id"] and family["label"] and family["words"], (folder.name, family)
            missing = [w for w in family["words"] if w not in texts]
            assert missing == [], (folder.name, family["id"], missing)


def test_devset_keeps_the_size_the_issue_asked_for():
    ps = passages()
    by_event: dict[str, list] = {}
    for p in ps:
        by_event.setdefault(p.event.slug, []).append(p)
    syria = [p for p in ps if p.event.is_syria]
    assert len(by_event) >= MINIMUM["events"]
    assert len(syria) >= MINIMUM["syria_passages"]
    assert len(by_event[EVENT_D]) >= MINIMUM["event_d_passages"]
    assert all(len(v) >= MINIMUM["other_event_passages"] for v in by_event.values())
    assert sum(len(p.labels) for p in ps) >= MINIMUM["labels"]
    assert sum(1 for p in ps for w in p.loaded if w.voice == "writer") >= MINIMUM["loaded_writer"]
    assert sum(len(p.terms) for p in syria) >= MINIMUM["syria_terms"]
    # About a third at first; an event added later comes whole as holdout (its gold marked before the analysis
    # ever ran on it: the untuned measure of a new event), which lifts the share.
    holdout = sum(p.split == "holdout" for p in ps) / len(ps)
    # 11 of 32 at first; la-wildfires-2025 and ftx-collapse-2022 each came whole as holdout (23 of 44), then
    # sri-lanka-2022 (28 of 49).
    assert 0.25 <= holdout <= 0.60, holdout
    for p in ps:
        words = len(p.text.split())
        # Short tabloid and regional-daily items are real house styles (sri-lanka-2022 has two of 124 and 134).
        assert 120 <= words <= 450, (p.id, words)


def test_every_floor_and_ceiling_names_a_headline_figure():
    assert set(FLOORS) | set(CEILINGS) == set(scores().headline())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_headline_figure_holds_its_floor(name):
    floor = FLOORS[name]
    value = scores().headline()[name]
    if floor is None:
        pytest.skip(f"{name}: no floor yet (value {value})")
    assert value is not None, f"{name} is no longer measured"
    assert value >= floor, f"{name} = {value:.4f} fell below its floor {floor:.2f}"


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_headline_figure_stays_under_its_ceiling(name):
    value = scores().headline()[name]
    assert value <= CEILINGS[name], f"{name} = {value} rose above its ceiling {CEILINGS[name]}: {scores().unrelated}"


def test_no_unrelated_event_lexicon():
    from analysis import Article
    from analysis.lexicon.fit import choose_lexicon

    for p in passages():
        if p.event.is_syria:
            continue
        chosen, _note = choose_lexicon([Article(id=p.id, text=p.text)])
        assert chosen in {"general-news", p.event.own_lexicon or "general-news"}, (p.id, chosen)


def test_family_pairs_scores_pairs_of_gold_words_in_one_suggested_family():
    groups = {"crowd": ["the mob", "masked thugs", "rioters"], "events": ["the disorder", "unrest"]}
    suggested = [{"terms": ["mob", "thugs", "disorder"]}, {"terms": ["unrest", "disorder", "weather"]}]
    pr = sf.family_pairs(suggested, groups)
    # pairs with both terms standing for gold words: mob-thugs (right), mob-disorder, thugs-disorder, unrest-disorder (right)
    assert (pr.tp_pred, pr.n_pred) == (2, 4)
    # gold pairs: 3 in crowd, 1 in events; found: mob+masked thugs, the disorder+unrest
    assert (pr.tp_gold, pr.n_gold) == (2, 4)


BLIND = sf.DEVSET_DIR / "loaded-blind"


def test_loaded_blind_set_resolves_and_is_all_holdout():
    """The loaded-language blind set (its own folder, loaded-word gold only, scored with --devset) resolves, and
    every passage was marked holdout before the analysis ran on it."""
    assert sf.check_gold(BLIND) == []
    blind = sf.load_devset(BLIND, "all")
    assert len(blind) >= 4 and all(p.split == "holdout" for p in blind)
    assert not (BLIND / "event.toml").exists()  # so the main set's reader skips it


# labels-blind (benchmarks/devsets/framing/labels-blind, helper labels-s20): one more event (Argentina's run-off,
# 2023), labels only, all holdout, outside the default splits. Untuned 0.86 / 0.48 writer; after the labels-s20
# rules 0.9130 / 0.6562 writer, 0.9130 / 0.6087 all voices.
LABELS_BLIND = sf.ROOT / "benchmarks" / "devsets" / "framing" / "labels-blind"
LABELS_BLIND_FLOORS = {"labels_writer_precision": 0.88, "labels_writer_recall": 0.64, "labels_all_recall": 0.59}


@cache
def blind_scores():
    return sf.score(sf.load_devset(LABELS_BLIND, "holdout"), split="holdout", details=False).headline()


@pytest.mark.parametrize("name", sorted(LABELS_BLIND_FLOORS))
def test_labels_blind_holds_its_floor(name):
    value = blind_scores()[name]
    assert value is not None and value >= LABELS_BLIND_FLOORS[name], (
        f"{name} = {value} below {LABELS_BLIND_FLOORS[name]}"
    )


# labels-blind2 (benchmarks/devsets/framing/labels-blind2, helper labels-s24): South Africa's 2024 election and
# Wirecard, label gold only, all holdout, outside the default splits. Untuned 0.73 / 0.36 (35 / 48, 35 / 97);
# after that helper's rules 0.8983 / 0.5464 (53 / 59, 53 / 97), all voices recall 0.52. Two more false
# positives would be 0.87.
LABELS_BLIND2 = sf.DEVSET_DIR / "labels-blind2"
LABELS_BLIND2_FLOORS = {"labels_writer_precision": 0.86, "labels_writer_recall": 0.50, "labels_all_recall": 0.47}


@cache
def labels_blind2_scores():
    return sf.score(sf.load_devset(LABELS_BLIND2, "holdout"), split="holdout", details=False).headline()


def test_labels_blind2_resolves_and_is_all_holdout():
    assert sf.check_gold(LABELS_BLIND2) == []
    blind = sf.load_devset(LABELS_BLIND2, "all")
    assert len(blind) >= 8 and all(p.split == "holdout" for p in blind)


@pytest.mark.parametrize("name", sorted(LABELS_BLIND2_FLOORS))
def test_labels_blind2_holds_its_floor(name):
    value = labels_blind2_scores()[name]
    assert value is not None and value >= LABELS_BLIND2_FLOORS[name], (
        f"{name} = {value} below {LABELS_BLIND2_FLOORS[name]}"
    )


# labels-blind3 (benchmarks/devsets/framing/labels-blind3, helper labels3-s24): Peru's December 2022 crisis and
# the failure of Silicon Valley Bank, label gold only, all holdout, outside the default splits. Untuned 0.87 /
# 0.61 (40 / 46, 40 / 66); after that helper's rules 0.90 / 0.68 (45 / 50, 45 / 66), all voices recall 0.67.
# Two more false positives would be 0.87; two fewer gold found 0.65.
LABELS_BLIND3 = sf.DEVSET_DIR / "labels-blind3"
LABELS_BLIND3_FLOORS = {"labels_writer_precision": 0.86, "labels_writer_recall": 0.64, "labels_all_recall": 0.63}


@cache
def labels_blind3_scores():
    return sf.score(sf.load_devset(LABELS_BLIND3, "all"), split="all", details=False).headline()


def test_labels_blind3_resolves_and_is_all_holdout():
    assert sf.check_gold(LABELS_BLIND3) == []
    blind = sf.load_devset(LABELS_BLIND3, "all")
    assert len(blind) >= 7 and all(p.split == "holdout" for p in blind)


@pytest.mark.parametrize("name", sorted(LABELS_BLIND3_FLOORS))
def test_labels_blind3_holds_its_floor(name):
    value = labels_blind3_scores()[name]
    assert value is not None and value >= LABELS_BLIND3_FLOORS[name], (
        f"{name} = {value} below {LABELS_BLIND3_FLOORS[name]}"
    )


# loaded-blind2 (benchmarks/devsets/framing/loaded-blind2, helper loaded-s20): five more events, loaded-word gold
# only, all holdout, outside the default splits. Untuned 0.81 / 0.38; after the accusation and set-aside rules
# 0.8529 / 0.3766 (29 / 34, 29 / 77). One more false positive would be 0.83.
LOADED_BLIND2 = sf.DEVSET_DIR / "loaded-blind2"
LOADED_BLIND2_FLOORS = {"loaded_precision": 0.82, "loaded_recall": 0.36}


@cache
def loaded_blind2_scores():
    return sf.score(sf.load_devset(LOADED_BLIND2, "all"), split="all", details=False).headline()


def test_loaded_blind2_resolves_and_is_all_holdout():
    assert sf.check_gold(LOADED_BLIND2) == []
    blind = sf.load_devset(LOADED_BLIND2, "all")
    assert len(blind) >= 8 and all(p.split == "holdout" for p in blind)


@pytest.mark.parametrize("name", sorted(LOADED_BLIND2_FLOORS))
def test_loaded_blind2_holds_its_floor(name):
    value = loaded_blind2_scores()[name]
    assert value is not None and value >= LOADED_BLIND2_FLOORS[name], (
        f"{name} = {value} below {LOADED_BLIND2_FLOORS[name]}"
    )
