"""Let ``textblob.en`` import without TextBlob's package ``__init__`` (and so without NLTK, scikit-learn, scipy).

FrameLens uses only ``textblob.en`` (the pattern lexicons for sentiment and word tags). Importing it first
runs ``textblob/__init__.py``, which imports ``textblob.blob`` and with it NLTK, which imports scikit-learn and
scipy.stats: 1.4 s of a cold start on a quiet machine and 3–6 s on the busy 2-core one (benchmarks/RESULTS.md,
"Dashboard"), for code the dashboard never calls. ``defer_textblob_package()`` registers a stand-in for the
package whose submodules import as usual; the first time anything reads an attribute of the package itself
(``from textblob import TextBlob``) the real ``__init__`` runs into it, so other code sees no difference.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
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


def defer_textblob_package() -> bool:
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
