"""FrameLens analysis library: framing, sentiment, sourcing and transparency with evidence spans.

Plain Python (never imports streamlit): use it from the command line (``python -m analysis``),
tests or a notebook::

    from analysis import analyze, load_case_study, load_lexicon
    reports = [analyze(a, load_lexicon()) for a in load_case_study()]

The names below are imported when first used (PEP 562), so ``python -m analysis --help`` does not pay for
TextBlob, and a program that needs only the data model does not load the pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Article": ".model",
    "ArticleReport": ".model",
    "Span": ".model",
    "InputError": ".errors",
    "LexiconError": ".errors",
    "Lexicon": ".lexicon.load",
    "load_lexicon": ".lexicon.load",
    "load_case_study": ".io.case_study",
    "analyze": ".pipeline",
    "analyze_all": ".pipeline",
}
__all__ = [
    "Article",
    "ArticleReport",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Span",
    "analyze",
    "analyze_all",
    "load_case_study",
    "load_lexicon",
]

if TYPE_CHECKING:
    from .errors import InputError, LexiconError
    from .io.case_study import load_case_study
    from .lexicon.load import Lexicon, load_lexicon
    from .model import Article, ArticleReport, Span
    from .pipeline import analyze, analyze_all


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
