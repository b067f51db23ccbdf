"""A missing or broken shipped file is named, and whatever can still run, runs (issue 14).

Each case copies the app (analysis/, app/, data/, docs/, dashboard.py) to a temporary folder, breaks one shipped
file there and runs the dashboard with AppTest in a fresh interpreter (the copy's own paths, nothing cached from
other tests), on the view that needs the file. The interpreters run two at a time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("analysis", "app", "data", "docs", "dashboard.py", ".streamlit")
USER_LEXICON = '[meta]\nname = "mine"\nextends = "general-news"\n\n[[families]]\nid = "f"\nlabel = "F"\n'

RUN = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("dashboard.py", default_timeout=240)
view, lexicon = sys.argv[1], sys.argv[2]
at.query_params["view"] = view
if lexicon:
    at.session_state["fl_lexicon_toml"] = lexicon
at.run()
def texts(items):
    return [str(getattr(i, "value", "")) for i in items]
print(json.dumps({
    "exceptions": [str(e.value)[:500] for e in at.exception],
    "errors": texts(at.error), "warnings": texts(at.warning), "infos": texts(at.info),
    "articles": len(at.session_state["fl_articles"]),
    "tables": [len(d.value) for d in at.dataframe],
    "markdown": texts(at.markdown),
}))
"""


def _break_toml(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + '\n[[broken\nx = "', encoding="utf-8")


def _append(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


CASES: dict[str, tuple[str, Callable[[Path], None] | None, str, str]] = {
    # case: (shipped file, how it is broken (None: deleted), view, the user's lexicon or "")
    "metadata broken": ("data/articles/metadata.toml", _break_toml, "overview", ""),
    "metadata missing": ("data/articles/metadata.toml", None, "articles", ""),
    "a case-study text missing": ("data/articles/002_c937126915c9c268.txt", None, "overview", ""),
    "event lexicon broken": ("data/lexicons/syria-2024.toml", _break_toml, "overview", ""),
    "event lexicon missing": ("data/lexicons/syria-2024.toml", None, "side-by-side", ""),
    "general lexicon broken": ("data/lexicons/general-news.toml", _break_toml, "overview", ""),
    "general lexicon wrong shape, user lexicon": (
        "data/lexicons/general-news.toml",
        _append('\n[[families]]\nid = "bad family"\n'),
        "overview",
        USER_LEXICON,
    ),
    "classroom broken": ("data/classroom.toml", _break_toml, "classroom", ""),
    "classroom wrong shape": ("data/classroom.toml", _append("\n[[glossary]]\nnot_a_term = 1\n"), "classroom", ""),
    "compare settings broken": ("data/compare.toml", _break_toml, "compare", ""),
    "transparency settings broken": ("data/transparency.toml", _break_toml, "overview", ""),
}


def _run(case: str, tmp: Path) -> dict:
    shipped, damage, view, lexicon = CASES[case]
    app = tmp / case.replace(" ", "-").replace(",", "")
    app.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, app / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, app / name)
    target = app / shipped
    if damage is None:
        target.unlink()
    else:
        damage(target)
    done = subprocess.run(
        [sys.executable, "-c", RUN, view, lexicon], cwd=app, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("shipped")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {case: pool.submit(_run, case, tmp) for case in CASES}
        return {case: future.result() for case, future in futures.items()}


def _said(outcome: dict) -> str:
    return (
        " | ".join(outcome["errors"] + outcome["warnings"] + outcome["infos"]).replace("\\", "").replace("\u2060", "")
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_shipped_file_is_named_and_the_app_still_runs(outcomes, case):
    outcome = outcomes[case]
    said = _said(outcome)
    assert outcome["exceptions"] == [], outcome["exceptions"]
    assert Path(CASES[case][0]).name in said, f"the message names {CASES[case][0]}: {said}"
    assert "your lexicon" not in said.lower(), "a shipped file's fault is never blamed on the user's lexicon"


def test_without_metadata_the_app_starts_empty_and_says_why(outcomes):
    broken, missing = outcomes["metadata broken"], outcomes["metadata missing"]
    assert broken["articles"] == missing["articles"] == 0
    assert "The case study could not be loaded" in _said(broken)
    assert "line" in _said(broken), "a TOML error says where"
    assert "No articles are loaded" in _said(broken), "the views still answer"
    assert "cannot be read" in _said(missing)


def test_a_missing_case_study_text_leaves_the_other_four(outcomes):
    outcome = outcomes["a case-study text missing"]
    assert outcome["articles"] == 4
    assert outcome["tables"] and outcome["tables"][0] == 4, "the four are analysed and shown"
    assert "Part of the case study could not be loaded" in _said(outcome)


@pytest.mark.parametrize("case", ["event lexicon broken", "event lexicon missing"])
def test_a_broken_event_lexicon_falls_back_to_the_general_one(outcomes, case):
    outcome = outcomes[case]
    assert "A lexicon FrameLens ships cannot be used" in _said(outcome)
    assert "The 'general-news' lexicon is in use instead" in _said(outcome)
    assert outcome["articles"] == 5


def test_a_broken_general_lexicon_leaves_an_empty_one_and_the_articles_analysed(outcomes):
    outcome = outcomes["general lexicon broken"]
    assert "An empty lexicon is in use" in _said(outcome)
    assert outcome["tables"] and outcome["tables"][0] == 5, "all five articles are still analysed"


def test_a_user_lexicon_built_on_a_broken_shipped_one_names_the_shipped_file(outcomes):
    said = _said(outcomes["general lexicon wrong shape, user lexicon"])
    assert "A lexicon FrameLens ships cannot be used, so the default one is in use" in said
    assert "data/lexicons/general-news.toml" in said


@pytest.mark.parametrize("case", ["classroom broken", "classroom wrong shape"])
def test_a_broken_classroom_file_leaves_the_classroom_view_without_its_text(outcomes, case):
    assert "The classroom text cannot be shown" in _said(outcomes[case])


def test_broken_compare_settings_are_a_message_in_compare(outcomes):
    assert "These articles cannot be compared" in _said(outcomes["compare settings broken"])


def test_broken_transparency_settings_leave_the_other_measures(outcomes):
    outcome = outcomes["transparency settings broken"]
    assert outcome["tables"] and outcome["tables"][0] == 5
