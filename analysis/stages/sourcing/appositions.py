"""A comma before a cue that closes an age or address apposition ("Jo Dale, 31, of Mill Lane, denied …", court and
police copy) ends the subject's description, not a claim: the cue is not inverted ("…, denied the charge" does not
make "the charge" the speaker). From UK court reports (helper s25-real); sources.py asks here."""

from __future__ import annotations

from .context import ArticleContext

APPOSITION_REACH = 12  # tokens back from the comma over an address ("of 14 Mill Lane, Hollins")
MAX_PARTS = 4  # set-off parts after the name: an age, a street, a town, a county


def closes_apposition(ctx: ArticleContext, comma: int, lo: int) -> bool:
    """The comma at ``comma`` ends ", AGE," or ", AGE, of PLACE[, PLACE]," set off after a capitalised name."""
    toks = ctx.toks
    end, aged = comma, False
    for _ in range(MAX_PARTS):
        start = end - 1
        while start > lo and end - start <= APPOSITION_REACH and toks[start].text != ",":
            start -= 1
        if start <= lo or toks[start].text != ",":
            return False
        part = range(start + 1, end)
        if not part:
            return False
        if len(part) == 1 and toks[part[0]].text.isdigit() and len(toks[part[0]].text) <= 3:
            aged = True  # ", 31,"
        elif not (toks[part[0]].low == "of" or ctx.scan.capitalised(part[0])):
            return False  # not an address part ("of Eakring Road", "Hollins")
        if aged and ctx.scan.capitalised(start - 1):
            return True  # the parts hang on a name
        end = start
    return False
