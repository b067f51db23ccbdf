"""Shared fixtures: the case study analysed once per test session."""

from __future__ import annotations

import pytest

from analysis import analyze, load_case_study, load_lexicon
from analysis.model import ArticleReport

CASE_IDS = {
    "enab": "000_b97dcd617b5bba00",
    "snhr": "001_9fcd8b684e8274b5",
    "substack": "002_c937126915c9c268",
    "kremlin": "003_fdf7cf9fd6accedf",
    "blog": "004_f2fa5b6b3c4f3a52",
}


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="session")
def case_reports(lexicon) -> dict[str, ArticleReport]:
    """Case-study reports keyed by short name (enab, snhr, substack, kremlin, blog)."""
    by_id = {a.id: analyze(a, lexicon) for a in load_case_study()}
    return {short: by_id[aid] for short, aid in CASE_IDS.items()}
