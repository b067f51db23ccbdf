"""Signs in the text right after a one-word name that it is a person's, for copy that never gives the first name
(wire copy on well-known officials: "Peskov condemned what he called …", "Peskov, who …"): a body is never "he"
or "she", and takes "which", not "who". From AP copy (helper s25-real); references.person_evidence asks here."""

from __future__ import annotations

from .context import ArticleContext

PERSONAL = frozenset({"he", "she"})
SIGN_REACH = 4  # tokens after the name within which "what he called" starts (a cue and "what" between)


def personal_sign(ctx: ArticleContext, i: int) -> bool:
    """After the name at token ``i``: ", who …", or a cue and then "what he/she" ("condemned what he called")."""
    toks = ctx.toks
    n = len(toks)
    if i + 2 < n and toks[i + 1].text == "," and toks[i + 2].low == "who":
        return True
    for j in range(i + 1, min(n - 1, i + SIGN_REACH)):
        if toks[j].text in ",.;:":
            return False
        if toks[j].low == "what" and toks[j + 1].low in PERSONAL:
            return True
    return False
