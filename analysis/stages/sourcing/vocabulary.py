"""The sourcing stage's vocabulary: the lexicon's word lists, folded and compiled once per lexicon, and the
closed English word classes the rules lean on (pronouns, auxiliaries, articles) — grammar, not news knowledge."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ...lexicon.model import Agency, Cue, Lexicon
from ...text.phrases import PhraseIndex

ROUND = 4
WRITER = "the writer"
CLAUSE_END = ".;!?"
# English grammar the rules below lean on (closed word classes, not news knowledge).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
WRITER_SUBJECTS = frozenset({"i", "we"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
NEGATIONS = frozenset({"not", "never", "n't"})
AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do"})
ANAPHORIC = frozenset({"the", "this", "that"})
ARTICLES = frozenset({"a", "an", "the"})
SUBJECT_QUANTIFIERS = frozenset({"both", "jointly"})  # between a joint subject and its verb: "X and Y both said"
# Words that join a time phrase to what it follows ("late on Sunday", "early this week", "on Dec 9").
TIME_GLUE = frozenset({"on", "at", "in", "by", "late", "early", "this", "last", "next", "the", "of", ","})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB_FOLLOWERS = frozenset({"DT", "PRP", "PRP$", "IN", "TO", "RB"})
# A wire dateline before the first sentence ("MOSCOW/BEIRUT, Dec 9 - "): where, not what was said.
DATELINE_RE = re.compile(
    r"(?:[A-Z][\w.'’/ -]{1,40}(?:,?\s*\([^()\n]{2,30}\))?,\s*)?"  # "Madurai, (Tamil Nadu)," "Nashik (MH),"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?\([^()\n]{2,40}\)\s*[-–—]*\s*"
    r"|[A-Z][A-Z/ .'’-]{2,}(?:,[^–—\n-]{1,30})?\s*[-–—]+\s+"
    r"|[A-Z][\w.'’ -]{1,30},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s*\d{4})?\s*[-–—]+\s+"
)
# A line that embeds an agency's video post ("#WATCH | Delhi: X says …"): it restates the body around it, so
# its words are not a fresh attribution (a person's own post, "… — Name (@handle) date", still is).
EMBED_RE = re.compile(r"\s*#\w+\s*\|")
MAX_APPOSITION_TOKENS = 30
MAX_ROLE_TOKENS = 16
CLAIM_LOOKAHEAD = 16
# Lower-case words inside the name of a body or place ("Observatory for Human Rights", "Al Reem").
NAME_JOINERS = frozenset({"of", "for", "and", "in", "at", "on", "de", "&"})
GLUE_ENDINGS = frozenset({"to", "with", "of", "in", "on", "at"})
MARKER_GLUE_WORDS = 2  # short anonymity markers ("close to") join a noun phrase like a preposition
SHORT_INTRO_TOKENS = 4  # "In fact, according to …": what comes before is only an introduction


# --- vocabulary -------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """A noun and the singulars it may have (sources -> source, agencies -> agency)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return frozenset(forms)


@dataclass(frozen=True)
class Vocabulary:
    """The lexicon's sourcing word lists, folded and compiled once per lexicon."""

    anonymous: frozenset[str]
    agency_heads: frozenset[str]
    documents: frozenset[str]
    organizations: frozenset[str]
    collectives: frozenset[str]
    roles: frozenset[str]
    cue_index: PhraseIndex[Cue]
    agency_index: PhraseIndex[Agency]
    role_index: PhraseIndex[str]
    metonym_index: PhraseIndex[str]
    body_index: PhraseIndex[str]  # the organisation heads of more than one word ("Amnesty International")
    marker_index: PhraseIndex[str]
    not_cue_index: PhraseIndex[str]
    adjunct_index: PhraseIndex[str]
    time_words: frozenset[str]
    period_words: frozenset[str]  # "in the first half", "for the rest of the year": a time phrase before a speaker
    outlet_words: frozenset[str]  # last words of newspapers' names ("The Tidewater Record", "The Daily Post")
    outlet_ends: frozenset[str]  # last words that make a name an outlet with no "the" before it ("GB News")
    honorifics: frozenset[str]
    particles: frozenset[str]
    person_suffixes: tuple[str, ...]
    citing: frozenset[str]
    writer_contact: frozenset[str]
    addressee: frozenset[str]
    publishing: frozenset[str]  # addressee cues whose outlet published the words ("in an interview with X")
    newsroom_roles: frozenset[str]  # the outlet's own staff ("our correspondent"): the writer, not a source
    act_objects: dict[str, frozenset[str]]  # per cue, objects that make it an act: "declared a state of emergency"
    act_stops: frozenset[str]  # "rejected claims about the lawsuit": talk before the act's noun, so no act
    response_scenes: frozenset[str]  # "responded to the scene": crews sent out, not an answer
    cue_place_nouns: frozenset[str]  # "Washington state Superior Court": a place's noun, not "stated"
    release_verbs: frozenset[str]  # "X issued a statement saying …": X is the source, the statement its channel
    ruling_followers: frozenset[str]  # "ruled that", "ruled against": a decision; "ruled the country": governing
    speaker_participles: frozenset[str]  # ", adding …" is the speaker's even after a reported clause
    prepositional_claims: frozenset[str]  # "warned of X": X is what was said
    credit_labels: frozenset[str]  # "Source: X; Y" lines under a story or a chart
    findings_with_that: frozenset[str]  # "the judge found that …": a person's finding when a that-clause follows
    possessors: frozenset[str]  # "the family of PC X": the name after "of" is whose they are, not who speaks
    lexical: frozenset[str]
    actor_kinds: dict[str, str]
    actor_own_names: frozenset[str]

    @cached_property
    def takes_object(self) -> frozenset[str]:
        """Cues that can name a second party: citing, addressing, the writer's contacts."""
        return self.citing | self.addressee | self.writer_contact

    @cached_property
    def shares_claim(self) -> frozenset[str]:
        """Cues whose source shares the claim of the attribution beside it."""
        return self.citing | self.addressee

    @classmethod
    def of(cls, lexicon: Lexicon) -> Vocabulary:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicon.source_words(key))

        roles = words("roles")
        single = lambda ws: frozenset(w for w in ws if " " not in w)  # noqa: E731
        nouns = words("anonymous_heads") | words("agency_heads") | words("document_heads") | words("organization_heads")
        own_names = set()
        for actor in lexicon.actors:
            own_names.add(actor.name.split(" (")[0].lower())
            own_names.add(actor.aliases[0].lower())
        return cls(
            anonymous=single(words("anonymous_heads")),
            agency_heads=single(words("agency_heads")),
            documents=single(words("document_heads")),
            organizations=single(words("organization_heads")),
            collectives=words("collective_heads"),
            roles=single(roles),
            cue_index=lexicon.compiled.cues,
            agency_index=lexicon.compiled.agencies,
            role_index=lexicon.compiled.source_words("roles"),
            metonym_index=lexicon.compiled.source_words("metonyms"),
            body_index=lexicon.compiled.source_words("organization_heads"),
            marker_index=lexicon.compiled.source_words("anonymous_markers"),
            not_cue_index=lexicon.compiled.source_words("not_cues"),
            adjunct_index=lexicon.compiled.source_words("adjuncts"),
            time_words=words("time_words"),
            period_words=words("period_words"),
            outlet_words=words("outlet_name_words"),
            outlet_ends=words("outlet_name_ends"),
            honorifics=words("honorifics"),
            particles=words("name_particles"),
            person_suffixes=tuple(words("person_suffixes")),
            citing=words("citing_cues"),
            writer_contact=words("writer_contact_cues"),
            addressee=words("addressee_cues"),
            publishing=words("publishing_cues"),
            newsroom_roles=words("newsroom_roles"),
            act_objects={c.cue: words(f"{c.cue}_acts") for c in lexicon.cues if words(f"{c.cue}_acts")},
            act_stops=words("act_stops"),
            response_scenes=words("response_scenes"),
            ruling_followers=words("ruling_followers"),
            release_verbs=words("release_verbs"),
            cue_place_nouns=words("cue_place_nouns"),
            speaker_participles=words("speaker_participles"),
            prepositional_claims=words("prepositional_claims"),
            credit_labels=words("credit_labels"),
            findings_with_that=words("findings_with_that"),
            possessors=words("possessor_heads"),
            lexical=single(nouns | roles),
            actor_kinds={a.name: a.kind for a in lexicon.actors},
            actor_own_names=frozenset(own_names),
        )

    @cached_property
    def lexical_any(self) -> frozenset[str]:
        """Every single word of the source-kind lists, singular and plural forms alike."""
        return self.lexical | self.anonymous | self.organizations | self.documents

    def is_in(self, word: str, group: frozenset[str]) -> bool:
        return not _forms(word.lower()).isdisjoint(group)

    def is_person_noun(self, word: str) -> bool:
        low = word.lower()
        return self.is_in(low, self.roles) or any(f.endswith(self.person_suffixes) for f in _forms(low) if len(f) > 4)


def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """The compiled sourcing vocabulary of a lexicon, built once and kept on it."""
    return lexicon.compiled.memo("sourcing.vocabulary", Vocabulary.of)
