"""Every error FrameLens raises for bad input or a bad data file; each message says where and what to do.

``InputError`` is shown to the user as it is: an article, file, corpus or address that cannot be used.
The others are kinds of it, so one ``except InputError`` in the app or the command line catches them all.
"""

from __future__ import annotations

PASTE_HINT = "You can paste the text instead."


class InputError(ValueError):
    """Input that cannot be analysed; the message is shown to the user as is."""


class LexiconError(InputError):
    """A lexicon file that cannot be used; the message says where (file, line) and why."""


class SettingsError(InputError):
    """A shipped settings file (data/*.toml) cannot be used; the message names the file and the entry."""


class ShippedLexiconError(LexiconError, SettingsError):
    """A lexicon FrameLens ships (data/lexicons/*.toml) is missing or broken: the message names the file, and the
    app says so rather than blaming the user's lexicon."""


class FetchError(InputError):
    """A page that could not or may not be fetched; the message ends with the paste hint."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"Could not fetch {url[:200]}: {reason}. {PASTE_HINT}")
        self.url = url
        self.reason = reason
