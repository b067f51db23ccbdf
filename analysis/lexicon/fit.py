"""Lexicon fit: an event lexicon is applied to a set of articles only where its actors appear.

**The fit test** (docs/methods/framing.md, "Lexicon fit"): an event lexicon fits a set of articles when
its actors are named there, through the aliases the analysis itself uses (same case rules, same
``not_aliases``): at least ``MIN_ACTORS`` distinct actors of the lexicon are named in the set, and at least
half of the articles name one of them. A lexicon with no actors (``general-news``) has nothing to test and
always fits; it is the fallback. Of several event lexicons that fit, the one with the most distinct actors
named wins (then the most mentions, then the name). When none fits, the general measures run alone and
``choose_lexicon`` says so in a one-line note.

Why actors and not term words: the Syria lexicon's terms ("asylum", "captured", "regime", "extremist") are
ordinary words of any story; its actors (Assad, HTS, the Kremlin) are what makes an article about that event.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path

from ..model import Article
from ..resources import LEXICON_DIR
from ..text.tokens import Tokens, fold, tokenize
from .load import GENERAL_LEXICON, available_lexicons, load_lexicon
from .model import Lexicon

# Distinct actors of the lexicon that must be named in the set, and the share of articles that must name one.
MIN_ACTORS = 2
MIN_ARTICLE_SHARE = 0.5

NOTE_FITS = "The {name} lexicon fits: {actors} named in {named} of {total} article(s)."
NOTE_NONE = (
    "No event lexicon fits these articles ({why}): the general measures (sourcing, loaded language, "
    "transparency, discovered labels) run alone."
)


@dataclass(frozen=True, slots=True)
class Fit:
    """How well one lexicon fits a set: the actors named, and in how many articles."""

    name: str
    fits: bool
    actors: tuple[str, ...]  # distinct actors named, in the order first met
    mentions: int
    articles_naming: int
    articles: int

    def describe(self) -> str:
        shown = ", ".join(self.actors[:4]) + (" …" if len(self.actors) > 4 else "")
        return NOTE_FITS.format(name=self.name, actors=shown, named=self.articles_naming, total=self.articles)


# Fits remembered per (lexicon fingerprint, text digest): the app tests every shipped lexicon on the whole set
# at each paste, so without this each article would be tokenised again per lexicon per paste. An entry is a
# 16-byte digest and a few actor names, whatever the text's length (the text itself is not kept).
FIT_CACHE_SIZE = 2048
_FITS: OrderedDict[tuple[str, bytes], tuple[str, ...]] = OrderedDict()
_FITS_LOCK = threading.Lock()


def actors_named(lexicon: Lexicon, text: str, *, tokens: Callable[[], Tokens] | None = None) -> list[str]:
    """The actors of ``lexicon`` named in ``text`` (one entry per mention, text order), ``not_aliases`` left out.

    ``tokens`` gives the text's tokens when they are needed (``rank_lexicons`` tokenises a text once for every
    lexicon); a text in which no actor's first word occurs at all is not tokenised.
    """
    compiled = lexicon.compiled
    if not compiled.actors:
        return []
    key = (lexicon.fingerprint, blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
    with _FITS_LOCK:
        found = _FITS.get(key)
        if found is not None:
            _FITS.move_to_end(key)
            return list(found)
    if not compiled.actors.may_occur(fold(text).lower()):
        found = ()
    else:
        toks = tokens() if tokens is not None else tokenize(text)
        blocked = [(m.start, m.end) for m in compiled.not_aliases.find(toks)] if compiled.not_aliases else []
        found = tuple(
            m.payload for m in compiled.actors.find(toks) if not any(m.start < e and s < m.end for s, e in blocked)
        )
    with _FITS_LOCK:
        _FITS[key] = found
        while len(_FITS) > FIT_CACHE_SIZE:
            _FITS.popitem(last=False)
    return list(found)


def lexicon_fit(
    lexicon: Lexicon, articles: Sequence[Article], *, tokens: Sequence[Callable[[], Tokens]] | None = None
) -> Fit:
    """The fit test for one lexicon on a set of articles (see the module docstring); ``tokens``: one
    provider of each article's tokens, shared by the lexicons being compared."""
    if not lexicon.actors:
        return Fit(lexicon.name, True, (), 0, 0, len(articles))
    seen: dict[str, None] = {}
    mentions = naming = 0
    for at, article in enumerate(articles):
        found = actors_named(lexicon, article.text, tokens=tokens[at] if tokens is not None else None)
        mentions += len(found)
        naming += bool(found)
        seen.update(dict.fromkeys(found))
    fits = (
        bool(articles)
        and len(seen) >= min(MIN_ACTORS, len(lexicon.actors))
        and naming >= MIN_ARTICLE_SHARE * len(articles)
    )
    return Fit(lexicon.name, fits, tuple(seen), mentions, naming, len(articles))


class TokensOnce:
    """The tokens of one text, made on the first call and kept for the next (one text, several lexicons);
    ``made`` is None until then. Batch mode hands what the fit made to the analysis (``pipeline.analyze``)."""

    __slots__ = ("made", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.made: Tokens | None = None

    def __call__(self) -> Tokens:
        if self.made is None:
            self.made = tokenize(self.text)
        return self.made


@lru_cache(maxsize=16)
def _shipped(name: str, stamp: float) -> Lexicon:
    return load_lexicon(name)


def shipped_lexicon(name: str) -> Lexicon:
    """A shipped lexicon, loaded once per process (and again if its file changes), so its matchers stay compiled."""
    path = LEXICON_DIR / f"{name}.toml"
    stamp = path.stat().st_mtime if path.is_file() else 0.0
    return _shipped(name, stamp)


def _as_lexicons(available: Iterable[str | Lexicon] | Mapping[str, Lexicon] | None) -> list[Lexicon]:
    if available is None:
        available = available_lexicons()
    if isinstance(available, Mapping):
        return list(available.values())
    out = []
    for item in available:
        if isinstance(item, Lexicon):
            out.append(item)
        elif isinstance(item, Path) or str(item).endswith(".toml"):
            out.append(load_lexicon(item))
        else:
            out.append(shipped_lexicon(str(item)))
    return out


def rank_lexicons(
    articles: Sequence[Article],
    available: Iterable[str | Lexicon] | Mapping[str, Lexicon] | None = None,
    *,
    tokens: Sequence[TokensOnce] | None = None,
) -> list[Fit]:
    """Every event lexicon's fit on ``articles``, best first (general lexicons are left out); ``tokens``: one
    ``TokensOnce`` per article, for a caller that wants the tokens the fit made."""
    shared = list(tokens) if tokens is not None else [TokensOnce(a.text) for a in articles]
    fits = [lexicon_fit(lex, articles, tokens=shared) for lex in _as_lexicons(available) if lex.actors]
    return sorted(fits, key=lambda f: (not f.fits, -len(f.actors), -f.mentions, f.name))


def choose_lexicon(
    articles: Sequence[Article],
    available: Iterable[str | Lexicon] | Mapping[str, Lexicon] | None = None,
    *,
    tokens: Sequence[TokensOnce] | None = None,
) -> tuple[str, str]:
    """The lexicon to apply to ``articles``: ``(name, note)``.

    ``available`` is what may be chosen: lexicon names in data/lexicons, paths, ``Lexicon`` objects, or a
    mapping name -> Lexicon (default: every shipped lexicon); ``tokens`` as in ``rank_lexicons``. The
    best-fitting event lexicon is returned with a note saying which of its actors were named; when none fits,
    ``general-news`` (or the first general lexicon offered) with a note saying the general measures run alone.
    """
    lexicons = _as_lexicons(available)
    ranked = rank_lexicons(articles, lexicons, tokens=tokens)
    if ranked and ranked[0].fits:
        return ranked[0].name, ranked[0].describe()
    general = next((lex.name for lex in lexicons if not lex.actors), GENERAL_LEXICON)
    if not ranked:
        why = "none is available"
    else:
        best = ranked[0]
        why = (
            f"{best.name}: none of its actors is named"
            if not best.actors
            else f"{best.name}: only {', '.join(best.actors)} named, in {best.articles_naming} of {best.articles}"
        )
    return general, NOTE_NONE.format(why=why)


def lexicon_for(articles: Sequence[Article]) -> Lexicon:
    """The shipped lexicon ``choose_lexicon`` picks for ``articles``, loaded (and kept compiled)."""
    name, _note = choose_lexicon(articles)
    return shipped_lexicon(name)


__all__ = [
    "MIN_ACTORS",
    "MIN_ARTICLE_SHARE",
    "Fit",
    "TokensOnce",
    "actors_named",
    "choose_lexicon",
    "lexicon_fit",
    "lexicon_for",
    "rank_lexicons",
    "shipped_lexicon",
]
