"""docs/methodology.md holds every method note the app shows (docs/methods/*.md), word for word."""

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("part", sorted(p.name for p in (DOCS / "methods").glob("*.md")))
def test_methodology_contains_each_method_note(part):
    note = (DOCS / "methods" / part).read_text(encoding="utf-8").strip()
    methodology = (DOCS / "methodology.md").read_text(encoding="utf-8")
    # the framing note's quality figure is spelled out in full in methodology.md
    first_heading = note.splitlines()[0]
    assert first_heading in methodology
    assert note.splitlines()[-1].strip() in methodology
