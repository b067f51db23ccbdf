"""Sourcing quality on the newsroom-like dev corpus (benchmarks/devsets/sourcing), held at floors.

(a) Every passage's gold validates: each context string occurs exactly once in its text and holds its
target. (b) The scorer (benchmarks/score_sourcing.py) runs the analysis under test on split "all" and
every headline figure stays at or above its floor (at or below, for the two lower-is-better figures).
The floors are the figures of the code when the corpus was made, rounded down to 2 decimals (up for
the lower-is-better ones): raise them when the analysis gets better, never lower them to pass.
docs/sourcing-constructions.md says how the corpus was built and what the gold rules are.

(c) The second and third sets (benchmarks/devsets/sourcing-holdout2 and -holdout3, docs/sourcing-holdout2.md
and -holdout3.md) were written blind to the code and scored once as holdouts (precision 0.81 / recall 0.68 on
6bfffa9; 0.86 / 0.71 on c3fce59); both have since been used for fixes, so they are held at their own floors.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER_PATH = ROOT / "benchmarks" / "score_sourcing.py"

# Figures of the sourcing stages on split "all" (54 passages, 401 gold attributions); a456a0a had precision
# 0.78, strict 0.70, recall 0.66 (benchmarks/RESULTS.md, "Sourcing quality").
FLOORS: dict[str, float] = {
    "precision": 0.99,
    "strict_precision": 0.94,
    "recall": 0.98,
    "claim_f1": 0.97,
    "quote_accuracy": 0.99,
    "distinct_mae": 0.36,  # at most
    "trap_hits": 0,  # at most
    "recall_named": 0.99,
    "recall_anonymous": 0.96,
    "recall_agency": 1.00,
    "recall_organization": 0.98,
    "recall_document": 0.93,
    "recall_self": 1.0,
}
DEV2 = ROOT / "benchmarks" / "devsets" / "sourcing-holdout2"
# Figures on the second set (20 passages, 197 gold attributions), rounded down
DEV2_FLOORS: dict[str, float] = {
    "precision": 0.94,
    "strict_precision": 0.85,
    "recall": 0.88,
    "claim_f1": 0.94,
    "quote_accuracy": 0.97,
    "distinct_mae": 0.60,  # at most
    "trap_hits": 1,  # at most
    "recall_named": 0.91,
    "recall_anonymous": 0.91,
    "recall_agency": 1.00,
    "recall_organization": 0.81,
    "recall_document": 0.94,
    "recall_self": 0.8,
}
DEV3 = ROOT / "benchmarks" / "devsets" / "sourcing-holdout3"
# The third set (20 passages, 227 gold; docs/sourcing-holdout3.md): scored once untuned at precision 0.857,
# recall 0.714 (c3fce59); a few of its error classes were fixed since. Its figures now, rounded down:
DEV3_FLOORS: dict[str, float] = {
    "precision": 0.89,
    "strict_precision": 0.77,
    "recall": 0.80,
    "claim_f1": 0.93,
    "quote_accuracy": 0.98,
    "distinct_mae": 0.95,  # at most
    "trap_hits": 4,  # at most
    "recall_named": 0.87,
    "recall_anonymous": 0.80,
    "recall_agency": 0.63,
    "recall_organization": 0.69,
    "recall_document": 0.68,
    "recall_self": 1.0,
}
LOWER_IS_BETTER = frozenset({"distinct_mae", "trap_hits"})
MIN_GOLD = 300


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_sourcing", SCORER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_sourcing", module)
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()
PASSAGES = scorer.passage_files(scorer.DEVSET)


def test_devset_is_there():
    texts = sorted(scorer.DEVSET.glob("*.txt"))
    assert len(PASSAGES) >= 40, f"expected at least 40 passages in {scorer.DEVSET}, found {len(PASSAGES)}"
    assert [t.stem for t in texts] == [p.stem for p in PASSAGES], "every .txt needs its .toml gold and vice versa"


@pytest.mark.parametrize("toml_path", PASSAGES, ids=lambda p: p.stem)
def test_gold_validates(toml_path: Path):
    problems = scorer.gold_problems(toml_path)
    assert not problems, f"{toml_path.name}:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def scores():
    return scorer.score(scorer.load_devset(scorer.DEVSET, "all"))


def test_enough_gold(scores):
    assert scores.gold >= MIN_GOLD
    assert all(scores.gold_by_kind[k] for k in scorer.KINDS), dict(scores.gold_by_kind)


@pytest.fixture(scope="module")
def dev2_scores():
    return scorer.score(scorer.load_devset(DEV2, "all"))


@pytest.fixture(scope="module")
def dev3_scores():
    return scorer.score(scorer.load_devset(DEV3, "all"))


def _holds(scores, figure: str, bound: float) -> None:
    value = scores.headline()[figure]
    summary = scorer.report(scores, {"all": scores})
    if figure in LOWER_IS_BETTER:
        assert value <= bound, f"{figure} = {value:.3f}, ceiling {bound}\n\n{summary}"
    else:
        assert value >= bound, f"{figure} = {value:.3f}, floor {bound}\n\n{summary}"


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_headline_figure_holds_its_floor(scores, figure: str):
    _holds(scores, figure, FLOORS[figure])


@pytest.mark.parametrize("figure", sorted(DEV2_FLOORS))
def test_second_set_figure_holds_its_floor(dev2_scores, figure: str):
    _holds(dev2_scores, figure, DEV2_FLOORS[figure])


@pytest.mark.parametrize("figure", sorted(DEV3_FLOORS))
def test_third_set_figure_holds_its_floor(dev3_scores, figure: str):
    _holds(dev3_scores, figure, DEV3_FLOORS[figure])


@pytest.mark.parametrize("toml_path", [*scorer.passage_files(DEV2), *scorer.passage_files(DEV3)], ids=lambda p: p.stem)
def test_other_sets_gold_validates(toml_path: Path):
    assert not scorer.gold_problems(toml_path), toml_path.name
