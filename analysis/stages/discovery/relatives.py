"""Relative clauses that report an act, not what the actor is: "who has said …", "who was in Ghana", "who fled
to Moscow", "which sheltered him" (helpers labels-s19, labels3-s24). "who is a …" and "which is …" stay labels."""

from __future__ import annotations

from .history import years_span

# Verbs that report what someone said, wrote or learned: a relative clause built on one is not a label.
SAYING_VERBS = frozenset(
    {"said", "says", "written", "wrote", "writes", "told", "tells", "argued", "argues", "claimed", "claims"}
    | {"denied", "denies", "insisted", "insists", "tweeted", "posted", "announced", "stated", "testified"}
    | {"learned", "learnt", "heard", "discovered"}  # what he came to know ("who learned of his flight from …")
    # a hint or a hope, what he suggested or wants ("who has hinted that …", "who still hopes to …"; s25-labels5)
    | {"hinted", "hints", "suggested", "suggests", "hopes", "hoped", "wants", "wanted"}
)
# Verbs by which a relative clause's subject names someone else ("who had called the leader a 'crook'", "who
# still calls HTS a terrorist group").
NAMING_ACTS = frozenset(
    {"called", "branded", "labelled", "labeled", "dubbed", "accused"}
    | {"calls", "brands", "labels", "dubs", "accuses", "call", "brand", "label", "dub", "accuse"}
)
AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "are", "were", "since", "repeatedly", "also", "previously"})
# Adverbs between the relative and its verb that change nothing about what the clause reports.
CLAUSE_ADVERBS = frozenset({"still", "now", "later", "then", "reportedly", "allegedly", "recently", "just"})
BE = frozenset({"was", "is", "were", "are", "been", "being"})


def relative_act_verbs(lexicon) -> frozenset[str]:
    """The lexicon's verbs of a story's acts (``[sources] relative_act_verbs``: fled, sheltered, met, …), built once."""
    return lexicon.compiled.memo(
        "discovery.relative_act_verbs", lambda lex: frozenset(w.lower() for w in lex.source_words("relative_act_verbs"))
    )


def reports_act(reader, k: int, end: int) -> bool:
    """A relative clause that reports a statement ("who has said …"), where someone was ("who was in Ghana for
    …", "who was on his way to …") or an act of the story ("who fled to Moscow", "which sheltered him after
    his escape", "who has clashed with X"): what the actor did, not what the actor is."""
    lows = reader.toks.lows
    then = False
    while k < end and (lows[k] in AUXILIARIES or lows[k] in CLAUSE_ADVERBS):
        then = then or lows[k] == "then"
        k += 1
    if k >= end:
        return False
    if then:
        return True  # "who then ran the borough": a role held at the time told, history (helper s25-labels)
    if lows[k] in SAYING_VERBS or years_span(lows, k, end):
        return True
    if lows[k] in NAMING_ACTS and lows[k - 1] not in BE:
        return True  # "who had called the leader a …": what X said of someone else ("who was called a …" stays)
    if lows[k] in reader.act_verbs and lows[k - 1] not in BE:
        return True  # "who fled to Moscow", "which sheltered Assad": an act ("who was met by …" is done to X)
    return lows[k - 1] in ("was", "is", "were", "are") and lows[k] in ("in", "at", "on")
