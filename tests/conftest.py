"""Shared fixtures: the case study analysed once per test session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import analyze, load_case_study, load_lexicon
from analysis.model import ArticleReport
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, missing

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
def general():
    """The lexicon for events that have none: discovery and the general measures alone."""
    return load_lexicon("general-news")


@pytest.fixture(scope="session")
def case_reports(lexicon) -> dict[str, ArticleReport]:
    """Case-study reports keyed by short name (enab, snhr, substack, kremlin, blog)."""
    by_id = {a.id: analyze(a, lexicon) for a in load_case_study()}
    return {short: by_id[aid] for short, aid in CASE_IDS.items()}


# One Playwright instance per test session: the sync API cannot start a second one while the first runs,
# so every test that needs a browser (tests/e2e and the offline HTML report) shares this fixture.
@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (never `playwright install`)."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing(f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright Python package is not installed (pip install -r requirements-dev.txt)")
    with sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as err:
            missing(f"Chromium at {CHROMIUM} would not start: {err}")
        yield chromium
        chromium.close()
