"""FrameLens analysis library: framing, sentiment, sourcing and transparency with evidence spans.

Plain Python (never imports streamlit): use it from the command line (``python -m analysis``),
tests or a notebook::

    from . import analyze, load_case_study, load_lexicon
    reports = [analyze(a, load_lexicon()) for a in load_case_study()]
"""

from .errors import InputError, LexiconError
from .io.case_study import load_case_study
from .lexicon.load import Lexicon, load_lexicon
from .model import Article, ArticleReport, Span
from .pipeline import analyze, analyze_all

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
