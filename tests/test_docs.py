"""docs/methodology.md is generated from the method notes the app shows (docs/methods/*.md): one source each."""

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_methodology_is_generated_from_the_method_notes():
    spec = importlib.util.spec_from_file_location("build_methodology", DOCS / "build_methodology.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    on_disk = (DOCS / "methodology.md").read_text(encoding="utf-8")
    assert on_disk == module.methodology(), "run: python docs/build_methodology.py"
    for note in (DOCS / "methods").glob("[!_]*.md"):
        assert note.read_text(encoding="utf-8").strip() in on_disk, note.name
