"""Lexicons: the knowledge FrameLens uses, read from TOML files a teacher can edit, checked, merged and compiled."""

from ..errors import LexiconError
from .load import (
    DEFAULT_LEXICON,
    GENERAL_LEXICON,
    MAX_LEXICON_BYTES,
    available_lexicons,
    lexicon_from_toml,
    lexicon_to_toml,
    load_lexicon,
)
from .model import Actor, Agency, Cue, Family, Label, Lexicon, Pole, Term
from .validate import CUE_TYPES, lexicon_from_dict

__all__ = [
    "CUE_TYPES",
    "DEFAULT_LEXICON",
    "GENERAL_LEXICON",
    "MAX_LEXICON_BYTES",
    "Actor",
    "Agency",
    "Cue",
    "Family",
    "Label",
    "Lexicon",
    "LexiconError",
    "Pole",
    "Term",
    "available_lexicons",
    "lexicon_from_dict",
    "lexicon_from_toml",
    "lexicon_to_toml",
    "load_lexicon",
]
