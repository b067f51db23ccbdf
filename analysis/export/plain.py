"""FrameLens's findings in words a student reads: which way each transparency signal counts, the caution that
goes with every transparency score, and signed positions without internal ids (pure)."""

from __future__ import annotations

from functools import cache

TRUST_CAUTION = (
    "Transparency measures visible craft (a byline, a date, sources a reader can check), not truth or trust: "
    "a well-sourced article can still mislead."
)
SHORT_CAUTION = "measures visible craft, not truth or trust"
# What a score of 1 means, by the signal's scale in data/transparency.toml.
HIGH_MEANS = {
    "presence": "1 = there",
    "share": "1 = all of them",
    "at_least": "1 = enough of it",
    "diversity": "1 = many voices of several kinds",
    "at_most": "1 = little or none of it",
    "unchecked": "1 = every such claim has a source",
}
LESS_IS_BETTER = ("at_most", "unchecked")


@cache
def signal_scales() -> dict[str, str]:
    """Each transparency signal's scale (a broken settings file: none, and no direction is claimed)."""
    from ..stages.transparency import load_settings

    try:
        return {name: spec.scale for name, spec in load_settings().signals.items()}
    except Exception:  # the settings file is broken: the signals themselves say so elsewhere
        return {}


def signal_direction(name: str) -> str:
    """What a score of 1 means for this signal, in words ("1 = little or none of it")."""
    return HIGH_MEANS.get(signal_scales().get(name, ""), "1 = best")


def less_is_better(name: str) -> bool:
    """True for the signals that score 1 when the article has little of the thing (speculation, opinion…)."""
    return signal_scales().get(name, "") in LESS_IS_BETTER


def signed(value: float) -> str:
    """A position as students read it: +1, −0.5, 0."""
    if abs(value) < 0.005:
        return "0"
    sign = "+" if value > 0 else "−"
    return f"{sign}{abs(value):g}"
