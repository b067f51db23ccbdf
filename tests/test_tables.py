"""Classroom text and the Compare view's tables: what the dashboard says in plain language, and how."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.link import VIEWS, view_slug
from app.render.classroom import load_classroom, methodology_section
from app.render.tables import claim_rows, name_ids, telling_claims
from tests.reports import PAYLOAD

# --- classroom ---------------------------------------------------------------------------------


def test_classroom_text_covers_every_view_and_the_glossary():
    classroom = load_classroom()
    for view in VIEWS:
        assert classroom.intro(view_slug(view).replace("-", "_")), f"no explanation for {view}"
    terms = {t.lower() for t, _ in classroom.glossary}
    for needed in ("framing", "attribution", "anonymous source", "hedging", "loaded language", "subjectivity",
                   "polarity", "transparency score", "boilerplate"):  # fmt: skip
        assert needed in terms
    assert len(classroom.questions) >= 5
    for method in ("framing", "sentiment", "sourcing", "transparency"):
        assert classroom.limit(method).caption


def test_classroom_missing_file_is_empty(tmp_path):
    classroom = load_classroom(tmp_path / "none.toml")
    assert classroom.glossary == () and classroom.intro("overview") == ""


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("Sentiment", "TextBlob body."), ("sentiment", "TextBlob body."), ("Sourcing", "Last section."), ("Nope", None)],
)
def test_methodology_section(tmp_path, heading, expected):
    doc = tmp_path / "methodology.md"
    doc.write_text("# Methods\n\n## Framing\nWords.\n\n## Sentiment\nTextBlob body.\n\n## Sourcing\nLast section.\n")
    assert methodology_section(heading, path=doc) == expected
    assert methodology_section(heading, path=tmp_path / "missing.md", parts=tmp_path / "none") is None


def test_methodology_section_falls_back_to_the_parts(tmp_path):
    parts = tmp_path / "methods"
    parts.mkdir()
    (parts / "sentiment.md").write_text("## Sentiment\nFrom the part.\n")
    assert methodology_section("Sentiment", path=tmp_path / "missing.md", parts=parts) == "From the part."
    assert methodology_section("Sourcing", path=tmp_path / "missing.md", parts=parts) is None


# --- compare helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeClaim:
    summary: str
    articles: dict[str, str]


def test_claim_rows_use_symbols_as_well_as_words():
    claims = [FakeClaim(PAYLOAD, {"a": "reported", "b": "absent", "c": "different"})]
    rows = claim_rows(claims, {"a": "A", "b": "B", "c": "C"})
    assert rows == [{"Fact": PAYLOAD, "A": "✓ reports it", "B": "— not there", "C": "≠ tells it differently"}]


def test_telling_claims_put_disagreements_and_partial_coverage_first():
    everywhere = FakeClaim("all", {"a": "reported", "b": "reported", "c": "reported"})
    split = FakeClaim("split", {"a": "reported", "b": "absent", "c": "absent"})
    differs = FakeClaim("differs", {"a": "reported", "b": "different", "c": "absent"})
    assert [c.summary for c in telling_claims([everywhere, split, differs], limit=2)] == ["differs", "split"]


def test_name_ids_replaces_ids_with_names():
    assert name_ids("a1 says 8; a10 says 9", {"a1": "One", "a10": "Ten"}) == "One says 8; Ten says 9"
