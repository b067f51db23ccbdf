"""TextBlob's English lexicons (word tags and sentiment), imported without TextBlob's package ``__init__``.

FrameLens uses only ``textblob.en``: the Pattern lexicons shipped inside the package, offline. Importing it
the usual way first runs ``textblob/__init__.py``, which imports NLTK, which imports scikit-learn and
scipy.stats: about 1.2 s of every process start (``python -m analysis``, the dashboard's first session, each
batch run) for code FrameLens never calls. ``defer_package()`` registers a stand-in for the package whose
submodules import as usual; the first read of an attribute of the package itself (``from textblob import
TextBlob``) runs the real ``__init__`` into it, so other code sees no difference.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from functools import cache
from typing import Any

PACKAGE = "textblob"
_LOCK = threading.RLock()


class _DeferredPackage(types.ModuleType):
    """A package module whose ``__init__`` runs on the first read of an attribute it does not have yet."""

    def __getattr__(self, name: str) -> Any:
        with _LOCK:
            if not self.__dict__.get("_fl_initialised"):
                self.__dict__["_fl_initialised"] = True
                self.__spec__.loader.exec_module(self)
        return object.__getattribute__(self, name)  # AttributeError if the real package has no such name


def defer_package() -> bool:
    """Register the stand-in unless textblob is already imported or cannot be found; True if registered."""
    with _LOCK:
        if PACKAGE in sys.modules:
            return False
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or spec.loader is None or not spec.submodule_search_locations:
            return False
        module = _DeferredPackage(PACKAGE)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__file__ = spec.origin
        module.__path__ = list(spec.submodule_search_locations)
        module.__package__ = PACKAGE
        sys.modules[PACKAGE] = module
        return True


def english() -> types.ModuleType:
    """``textblob.en``, imported without the package ``__init__`` (if it has not run already)."""
    defer_package()
    import textblob.en

    return textblob.en


@cache
def tag_lexicon() -> dict[str, str]:
    """Word -> its most likely part-of-speech tag (Penn tags), as a plain dict (loaded once)."""
    lexicon = english().lexicon
    len(lexicon)  # the lazy dict loads its file on first use
    return dict(dict.items(lexicon))


def pattern_sentiment() -> Any:
    """TextBlob's English sentiment analyser (``textblob.en.sentiment``)."""
    return english().sentiment
