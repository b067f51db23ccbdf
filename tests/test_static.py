"""Static checks run with the tests: ruff clean, bandit finds no high-severity issue, only app/ imports
streamlit (analysis/ and app/render/ never), no import cycles, and modules, classes and functions of a
readable size."""

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("analysis", "app")  # the packages of the product; dashboard.py is its router
MAX_MODULE_LINES = 450
MAX_CLASS_LINES = 250
MAX_FUNCTION_LINES = 80
SIZED = ("app", "analysis", "dashboard.py")  # held to the sizes above


def _modules(*folders: str) -> Iterator[Path]:
    for folder in folders:
        path = ROOT / folder
        yield from [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, at_load: bool = False) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function, relative imports resolved; with
    ``at_load``, only what importing the module runs (not function bodies, not ``if TYPE_CHECKING:``)."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if not at_load else _load_time_nodes(tree.body)
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _load_time_nodes(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, (ast.If, ast.Try)):
            yield from _load_time_nodes(node.body + getattr(node, "orelse", []) + getattr(node, "finalbody", []))
            for handler in getattr(node, "handlers", []):
                yield from _load_time_nodes(handler.body)
        else:
            yield node


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter at the repository root (a clean sys.modules)."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)


def _imports_streamlit(path: Path) -> bool:
    return any(m == "streamlit" or m.startswith("streamlit.") for m in _imports(path))


def test_only_the_app_imports_streamlit():
    users = {str(p.relative_to(ROOT)) for p in _modules(*PRODUCT, "dashboard.py") if _imports_streamlit(p)}
    assert users, "the check must see the app's imports"
    assert {u for u in users if not u.startswith("app/") and u != "dashboard.py"} == set()


@pytest.mark.parametrize("folder", ["analysis", "app/render"])
def test_analysis_and_the_renderers_never_import_streamlit(folder):
    assert [str(p.relative_to(ROOT)) for p in _modules(folder) if _imports_streamlit(p)] == []
    modules = [_module_name(p) for p in _modules(folder) if p.name != "__main__.py"]
    code = f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\nassert 'streamlit' not in sys.modules"
    done = _python(code)
    assert done.returncode == 0, "streamlit comes in through another import: " + done.stderr[-2000:]


def test_no_import_cycles_in_the_app_and_the_library():
    names = {_module_name(p): p for p in _modules("app", "analysis")}
    assert len(names) > 20, "the check must see the app's modules"

    def edges(name: str, path: Path) -> set[str]:  # a module's own parent packages are already being imported
        return {m for m in _imports(path, at_load=True) if m in names and m != name and not name.startswith(m + ".")}

    graph = {name: edges(name, path) for name, path in names.items()}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in trail:
            raise AssertionError("import cycle: " + " -> ".join((*trail[trail.index(name) :], name)))
        if name in done:
            return
        for other in sorted(graph[name]):
            visit(other, (*trail, name))
        done.add(name)

    for name in sorted(names):
        visit(name, ())


def test_modules_classes_and_functions_stay_readable():
    too_long = []
    for path in _modules(*SIZED):
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        if text.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{where}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            limit = {ast.ClassDef: MAX_CLASS_LINES, ast.FunctionDef: MAX_FUNCTION_LINES}.get(type(node))
            if limit and node.end_lineno - node.lineno + 1 > limit:
                too_long.append(f"{where}: {node.name} {node.end_lineno - node.lineno + 1} lines")
    assert too_long == []


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_bandit_finds_no_high_severity_issue():
    targets = ["analysis", "dashboard.py", "app"]
    targets = [t for t in targets if (ROOT / t).exists()]
    result = subprocess.run(
        [sys.executable, "-m", "bandit", "-r", *targets, "-f", "json", "-q", "--severity-level", "high"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    high = [r for r in report["results"] if r["issue_severity"] == "HIGH"]
    assert high == [], high


def test_textblob_en_imports_without_nltk_and_the_package_still_works():
    code = (
        "import sys\n"
        "from analysis import analyze, load_case_study\n"
        "analyze(load_case_study()[0])\n"
        "assert not {'nltk', 'sklearn', 'scipy'} & set(sys.modules), 'analysis loads textblob.en only'\n"
        "from textblob import TextBlob\n"
        "assert TextBlob('A good day.').sentiment.polarity > 0, 'the package itself loads on first use'\n"
        "from analysis.text.textblob_en import defer_package\n"
        "assert not defer_package(), 'already imported: left alone'\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_app_imports_neither_nltk_nor_scikit_learn_at_start_up():
    """What dashboard.py imports, after deferring textblob's package: scikit-learn waits for Compare."""
    code = (
        "import sys\n"
        "import app.cache, app.link, app.session, app.context, app.pages.common\n"
        "from app.pages import articles, charts, classroom, compare, lexicon, overview, side_by_side\n"
        "loaded = {'nltk', 'sklearn', 'scipy'} & {m.split('.')[0] for m in sys.modules}\n"
        "assert not loaded, loaded\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr[-2000:]
