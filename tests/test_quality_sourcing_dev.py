"""Sourcing quality on the newsroom-like dev corpus (benchmarks/devsets/sourcing), held at floors.

(a) Every passage's gold validates: each context string occurs exactly once in its text and holds its
target. (b) The scorer (benchmarks/score_sourcing.py) runs the analysis under test on split "all" and
every headline figure stays at or above its floor (at or below, for the two lower-is-better figures).
The floors are the figures of the code when the corpus was made, rounded down to 2 decimals (up for
the lower-is-better ones): raise them when the analysis gets better, never lower them to pass.
docs/sourcing-constructions.md says how the corpus was built and what the gold rules are.

(c) The second to eleventh sets (benchmarks/devsets/sourcing-holdout2 … -holdout11, docs/sourcing-holdout2.md …
-holdout7.md, -holdout9.md and -holdout10.md, benchmarks/devsets/sourcing-holdout8/README.md and -holdout11/README.md)
were written blind to the code and scored once as
holdouts (precision 0.81 / recall 0.68 on 6bfffa9; 0.86 / 0.71 on c3fce59; 0.86 / 0.79 on 3870ab6; 0.91 / 0.85 on
7cdc882; 0.87 / 0.75 on 62a0b58; 0.87 / 0.85 on 959ed61; 0.87 / 0.82 on ea058c1; 0.91 / 0.89 on c91ce08; 0.85 / 0.83 on
2db5f07; 0.84 / 0.79 on e797cdb); all have since
been used for fixes, so their untuned figures, not these floors, are the estimate for unseen copy; each is held at
its own floors.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER_PATH = ROOT / "benchmarks" / "score_sourcing.py"

DEVSETS = ROOT / "benchmarks" / "devsets"
FIGURES = (
    "precision",
    "strict_precision",
    "recall",
    "claim_f1",
    "quote_accuracy",
    "distinct_mae",  # at most
    "trap_hits",  # at most
    "recall_named",
    "recall_anonymous",
    "recall_agency",
    "recall_organization",
    "recall_document",
    "recall_self",
)
# Each set's floors, in the order of FIGURES: its figures when they were last raised, rounded down (up for the
# two lower-is-better ones). "sourcing": 54 passages, 401 gold (a456a0a had precision 0.78, strict 0.70,
# recall 0.66: benchmarks/RESULTS.md, "Sourcing quality"); "sourcing-holdout2": 20 passages, 197 gold;
# "sourcing-holdout3": 20 passages, 227 gold, first scored untuned at 0.857 / 0.714 (c3fce59); "sourcing-holdout4":
# 11 passages, 157 gold (no first-person sourcing, so recall_self is 0 of 0), first scored untuned at 0.861 / 0.790
# (3870ab6); "sourcing-holdout5": 9 passages, 115 gold (no first-person sourcing either), first scored untuned at
# 0.907 / 0.852 (7cdc882), since partly tuned on; "sourcing-holdout6": 10 passages, 101 gold (no first-person
# sourcing), first scored untuned at 0.874 / 0.816 / 0.752 (62a0b58), then tuned on (docs/sourcing-holdout6.md);
# "sourcing-holdout7": 10 passages, 100 gold (no first-person sourcing), first scored untuned at 0.867 / 0.776 / 0.850
# (959ed61), then tuned on (docs/sourcing-holdout7.md): its floors are the after-figures less a small margin;
# "sourcing-holdout8": 8 passages, 71 gold (no first-person sourcing), first scored untuned at 0.866 / 0.836 / 0.817
# (ea058c1), then tuned on (helper sourcing-s23): after-figures less a small margin; "sourcing-holdout9": 9
# passages, 101 gold (98 as first committed), first scored untuned at 0.906 / 0.802 / 0.888 (c91ce08; 0.938 /
# 0.823 / 0.891 on the corrected gold of 5c962e9), then tuned on (helper sourcing-s24): after-figures less a
# small margin; "sourcing-holdout10": 10 passages, 126 gold (one of them the writer's), first scored untuned at
# 0.846 / 0.789 / 0.825 (2db5f07; 0.854 / 0.797 / 0.833 on the corrected gold of d0b0cc9), then tuned on (helper
# sourcing-h10-s24): its figures after the round, rounded down. Holdouts 3, 4 and 5 were raised
# to the figures of the same round (agency recall 0.67 -> 1.00 on holdout 4, anonymous 0.86 -> 1.00 on holdout 5).
# The distinct-source ceiling of holdout 2 rose (0.60 -> 0.65) when false sources that had made up for
# missed ones were dropped (an outlet only told something, the outlet's own correspondent, "#WATCH |" posts);
# so did holdout 10's (0.80 -> 0.90, helper s25-h11) when "the Food and Drugs Authority (FDA)" stopped being read
# as two bodies, "Food" and "Drugs Authority", which had made up for a missed deputy minister (1009).
# "sourcing-holdout11": 11 passages, 121 gold (no first-person sourcing), first scored untuned at 0.835 / 0.800 /
# 0.793 (e797cdb; 0.835 / 0.809 / 0.793 on the corrected gold of the next commit), then tuned on (helper s25-h11):
# its figures after the round, rounded down.
FLOORS: dict[str, tuple[float, ...]] = {
    "sourcing": (0.99, 0.95, 0.98, 0.98, 0.99, 0.34, 0, 0.99, 0.96, 1.00, 0.98, 0.93, 1.0),
    "sourcing-holdout2": (0.97, 0.93, 0.92, 0.97, 0.97, 0.55, 1, 0.95, 0.91, 1.00, 0.88, 0.94, 0.8),
    "sourcing-holdout3": (0.95, 0.86, 0.90, 0.96, 0.99, 0.60, 1, 0.92, 0.88, 0.90, 0.83, 0.93, 1.0),
    "sourcing-holdout4": (0.96, 0.94, 0.96, 0.98, 1.00, 0.55, 0, 0.98, 0.87, 1.00, 0.97, 1.00, 0.0),
    "sourcing-holdout5": (0.98, 0.97, 0.97, 0.98, 1.00, 0.45, 1, 1.00, 1.00, 1.00, 0.93, 0.94, 0.0),
    "sourcing-holdout6": (0.96, 0.95, 0.96, 0.99, 1.00, 0.60, 1, 1.00, 0.88, 1.00, 0.94, 0.91, 0.0),
    "sourcing-holdout7": (0.95, 0.88, 0.94, 0.95, 0.94, 0.30, 1, 0.95, 0.94, 0.83, 0.86, 0.88, 0.0),
    "sourcing-holdout8": (0.97, 0.98, 0.97, 0.99, 0.99, 0.60, 1, 0.95, 0.95, 0.95, 0.95, 0.95, 0.0),
    "sourcing-holdout9": (0.94, 0.90, 0.95, 0.96, 0.99, 0.78, 2, 0.99, 0.92, 0.99, 0.95, 0.77, 0.0),
    "sourcing-holdout10": (0.91, 0.84, 0.92, 0.96, 0.99, 0.90, 6, 0.89, 0.95, 1.00, 0.91, 0.88, 1.0),
    "sourcing-holdout11": (0.94, 0.89, 0.90, 0.97, 0.99, 0.64, 1, 0.90, 0.85, 1.00, 0.96, 0.75, 0.0),
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


@functools.cache
def scores_of(name: str):
    return scorer.score(scorer.load_devset(DEVSETS / name, "all"))


@pytest.fixture(scope="module")
def scores():
    return scores_of("sourcing")


def test_enough_gold(scores):
    assert scores.gold >= MIN_GOLD
    assert all(scores.gold_by_kind[k] for k in scorer.KINDS), dict(scores.gold_by_kind)


def _holds(scores, figure: str, bound: float) -> None:
    value = scores.headline()[figure]
    summary = scorer.report(scores, {"all": scores})
    if figure in LOWER_IS_BETTER:
        assert value <= bound, f"{figure} = {value:.3f}, ceiling {bound}\n\n{summary}"
    else:
        assert value >= bound, f"{figure} = {value:.3f}, floor {bound}\n\n{summary}"


@pytest.mark.parametrize(
    ("devset", "figure", "bound"),
    [(name, f, bound) for name, bounds in FLOORS.items() for f, bound in zip(FIGURES, bounds, strict=True)],
)
def test_every_set_holds_its_floors(devset: str, figure: str, bound: float):
    _holds(scores_of(devset), figure, bound)


@pytest.mark.parametrize(
    "toml_path",
    [p for name in FLOORS if name != "sourcing" for p in scorer.passage_files(DEVSETS / name)],
    ids=lambda p: p.stem,
)
def test_other_sets_gold_validates(toml_path: Path):
    assert not scorer.gold_problems(toml_path), toml_path.name
