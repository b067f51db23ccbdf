"""Issue 12, "Any story on day one": lexicon fit, loaded language, discovered labels, suggested families.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import tomllib

import pytest

from analysis import Article, analyze, load_lexicon
from analysis.compare import compare_articles
from analysis.lexicon import fit as fit_module
from analysis.lexicon.fit import actors_named, choose_lexicon, lexicon_fit, shipped_lexicon
from analysis.lexicon.load import lexicon_from_dict
from analysis.stages.loaded import adverb_forms, find_loaded, plural, resource_words, vader_valence
from analysis.text.doc import Doc


@pytest.fixture(scope="module")
def general():
    return load_lexicon("general-news")


def _a(text: str, i: int = 0) -> Article:
    return Article(id=f"t{i}", text=text)


# --- 1. lexicon fit ----------------------------------------------------------------------------------------

SYRIA = "Bashar al-Assad flew to Moscow. The Kremlin said HTS fighters had entered Damascus."
FLOOD = "Residents of the river town cleared mud as the mayor asked for pumps. Asylum seekers helped too."


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([SYRIA], "syria-2024"),
        ([SYRIA, SYRIA.replace("Moscow", "Russia")], "syria-2024"),
        ([FLOOD], "general-news"),
        ([FLOOD, FLOOD], "general-news"),
        (["Rebels marched on the capital of a country far from Syria."], "general-news"),  # one actor is no fit
        ([SYRIA, FLOOD, FLOOD], "general-news"),  # fewer than half the articles name its actors
    ],
)
def test_choose_lexicon_by_its_actors(texts, expected):
    name, note = choose_lexicon([_a(t, i) for i, t in enumerate(texts)], ["syria-2024", "general-news"])
    assert name == expected
    assert note and "\n" not in note
    if expected == "general-news":
        assert "general measures" in note


def test_fit_reports_the_actors_named():
    fit = lexicon_fit(shipped_lexicon("syria-2024"), [_a(SYRIA)])
    assert fit.fits and "Bashar al-Assad" in fit.actors and fit.articles_naming == 1


def test_fits_are_remembered_by_digest_bounded_and_per_lexicon(monkeypatch):
    monkeypatch.setattr(fit_module, "_FITS", type(fit_module._FITS)())
    monkeypatch.setattr(fit_module, "FIT_CACHE_SIZE", 3)
    syria = shipped_lexicon("syria-2024")
    blocked = [
        {**a, "not_aliases": [*a.get("not_aliases", []), "Bashar al-Assad"]} if a["name"] == "Bashar al-Assad" else a
        for a in syria.data["actors"]
    ]
    data = {**syria.data, "actors": blocked}
    edited = lexicon_from_dict(data, "edited syria")
    first = actors_named(syria, SYRIA)
    assert first and actors_named(syria, SYRIA) == first  # the remembered answer is the same
    assert actors_named(syria, SYRIA + " Bashar al-Assad spoke.") == [*first, "Bashar al-Assad"]
    for i in range(5):
        actors_named(syria, f"{FLOOD} {i}")
    assert len(fit_module._FITS) == 3  # bounded
    assert all(len(digest) == 16 for _, digest in fit_module._FITS)  # a digest, never the text
    assert not any(SYRIA in str(v) for v in fit_module._FITS.values())
    assert {fingerprint for fingerprint, _ in fit_module._FITS} == {syria.fingerprint}
    assert edited.fingerprint != syria.fingerprint  # an edited lexicon is asked afresh
    assert "Bashar al-Assad" in first and "Bashar al-Assad" not in actors_named(edited, SYRIA)


def test_analyze_without_a_lexicon_applies_no_unrelated_event_words():
    report = analyze(
        _a("Hotels housing asylum seekers were attacked; a video captured the moment police took control.")
    )
    assert report.framing.terms == ()


# --- 3. loaded language ------------------------------------------------------------------------------------


def test_resources_are_read_offline():
    valence = vader_valence()
    assert len(valence) > 7000 and valence["chaos"] < -2
    words = resource_words()
    assert "sickening" in words and "ruthlessly" in words


def test_thresholds_come_from_the_data_file(tmp_path, monkeypatch):
    from analysis.errors import SettingsError
    from analysis.resources import LOADED_FILE
    from analysis.stages import loaded_words

    assert loaded_words.thresholds().noun_negative == tomllib.loads(LOADED_FILE.read_text())["vader"]["noun_negative"]
    broken = tmp_path / "loaded.toml"
    broken.write_text(LOADED_FILE.read_text().replace("participle = ", "participle = 9 #"), encoding="utf-8")
    monkeypatch.setattr(loaded_words, "LOADED_FILE", broken)
    loaded_words.thresholds.cache_clear()
    try:
        with pytest.raises(SettingsError, match=r"\[vader\] participle must be a number from 0.0 to 4.0"):
            loaded_words.thresholds()
    finally:
        loaded_words.thresholds.cache_clear()


def test_plural_forms():
    assert [plural(w) for w in ("havoc", "fury", "mess", "day")] == ["havocs", "furies", "messes", "days"]


@pytest.mark.parametrize(
    ("word", "adverb"), [("ruthless", "ruthlessly"), ("angry", "angrily"), ("tragic", "tragically"), ("idle", "idly")]
)
def test_adverb_forms(word, adverb):
    assert adverb in adverb_forms(word)


@pytest.mark.parametrize(
    ("text", "writer", "quoted"),
    [
        ("A baying mob rampaged through the square.", {"baying", "mob", "rampaged"}, set()),
        ("The crowd was ruthlessly dispersed.", {"ruthlessly"}, set()),
        ("Three people were killed and ten injured in the riot.", set(), set()),  # plain words of events
        ("Peace talks resumed on Monday.", set(), set()),
        ('"These thugs will face justice," the minister said.', set(), {"thugs"}),  # the speaker's word
        ('Critics said what the papers call "thugs" were parents.', set(), set()),  # scare quotes: neither
        ("He was accused of cowardly conduct.", set(), set()),  # a reported accusation
        ("Hope Not Hate published its report.", set(), set()),  # a name, not a word
        # nouns name things: VADER's valence is how pleasant the thing is, not a judgement
        ("The reward was paid from the heart of the intelligence budget.", set(), set()),
        ("The racists and the warmongers marched.", {"racists", "warmongers"}, set()),  # negative person nouns
        # participles judge as adjectives, not as verbs
        ("Terrified families hid upstairs.", {"terrified"}, set()),
        ("The families were terrified.", {"terrified"}, set()),
        ("The army had defeated the rebels, and he had been bullied at school.", set(), set()),
        # degree adverbs (VADER's boosters, or from a positive adjective) are not judgements
        ("The plan suited the opposition perfectly and the vote was extremely close.", set(), set()),
        ("The protest was ruthlessly broken up.", {"ruthlessly"}, set()),
        # someone else's characterisation
        ("Critics portrayed the senator as a dictator in waiting.", set(), set()),
        ("Several states classify the group as a terrorist organisation.", set(), set()),
        ("The movement, a terrorist group listed by the UN, denied it.", set(), set()),
        ("It is, on paper, a terrorist group in the eyes of much of the world.", set(), set()),
        ("Explainer: Is the group still a terrorist organisation?", set(), set()),
        ("The terrorists entered the town.", {"terrorists"}, set()),  # the writer's own epithet
        ("The anger of the town is not the work of agitators.", set(), set()),  # a label the writer denies
        ("The agitators returned on Sunday.", {"agitators"}, set()),
        ("She is said to be unhappy with the outcome.", set(), set()),
        # "regime" for a set of rules is neither a judgement nor a government
        ("Under the prison regime and a new regime for online speech, inmates were released.", set(), set()),
        ("The Assad regime fell.", {"regime"}, set()),
        # after a colon a word opens its clause: not the start of a name
        ("Breaking: Defiant Morales survives the vote", {"defiant"}, set()),
        # a distancing modifier is the writer's word; the name it disowns is not a second one (methods/loaded.md)
        ("Britain's self-styled patriots gathered.", {"self-styled"}, set()),
        # strongly negative abstract nouns count, as nouns; events and crimes named plainly do not
        ("The hearing was a travesty and the night ended in chaos.", {"travesty", "chaos"}, set()),
        ("The storm threatened to ruin the harvest.", set(), set()),
        ("The assassination and the fraud trial were reported on Monday.", set(), set()),
        # negative adjectives count from a lower valence than positive ones; conditions stated plainly do not
        ("The reckless plan was ludicrous.", {"reckless", "ludicrous"}, set()),
        ("Severe weather left the lowest road closed; the crew was ready.", set(), set()),
        ("A hellish night followed.", {"hellish"}, set()),  # no tag in TextBlob's list: an adjective by its ending
        # a positive VADER adjective counts where TextBlob also rates it an opinion
        ("Brave volunteers helped after a strong earthquake.", {"brave"}, set()),
        ("The swimmers tested positive, according to the latest bulletin.", set(), set()),
        # a list verb that is also a noun counts only as the verb
        ("Four bolts were missing. The tyrant bolts to Moscow.", {"tyrant", "bolts to"}, set()),
        ("The head of the terrorist organisation (banned in Russia) spoke.", set(), set()),  # designated after
    ],
)
def test_loaded_words_and_their_voice(general, text, writer, quoted):
    report = analyze(_a(text), general)
    assert {w.span.text.lower() for w in report.framing.loaded} == writer
    assert {w.span.text.lower() for w in report.framing.loaded_quoted} == quoted


def test_loaded_words_feed_the_transparency_signal(general):
    report = analyze(_a("A frenzied mob stormed the hall. Police restored order."), general)
    signal = next(s for s in report.transparency.signals if s.name == "loaded_language")
    assert {e.text for e in signal.evidence} == {w.span.text for w in report.framing.loaded}


def test_find_loaded_without_sourcing_keeps_quoted_words_out(general):
    writer, quoted = find_loaded(Doc(_a('The mayor said the "mob" had gone.')), general)
    assert writer == () and quoted == ()


# --- 2. discovery ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "actor", "how"),
    [
        ("Prime Minister Ada Lovell visited the town.", "Prime Minister", "Ada Lovell", "title"),
        ("Kremlin spokesman Ivan Petrov declined to comment.", "Kremlin spokesman", "Ivan Petrov", "title"),
        ("Far-right group Ravenna claimed the march.", "Far-right group", "Ravenna", "premodifier"),
        ("The march was led by Tom Hale, a former soldier, on Sunday.", "a former soldier", "Tom Hale", "apposition"),
        ("Mira Ost, who runs the shelter, stayed inside.", "who runs the shelter", "Mira Ost", "relative"),
        ("Police said Carl Denby was a registered voter.", "a registered voter", "Carl Denby", "predicate"),
        ("A masked mob gathered by the hotel.", "A masked mob", "A masked mob", "other"),
        ("Hundreds of rioters threw bottles.", "Hundreds of rioters", "Hundreds of rioters", "other"),
        ("The sniper, loner Dan Reece, fired twice.", "The sniper", "Dan Reece", "apposition"),
    ],
)
def test_discovered_labels(general, text, label, actor, how):
    labels = analyze(_a(text), general).framing.actor_labels
    found = {(a.label, a.actor, a.how) for a in labels if a.discovered}
    assert (label, actor, how) in found, found


@pytest.mark.parametrize(
    ("text", "label", "how"),
    [
        ("About 700 people gathered outside the hotel.", "About 700 people", "other"),  # counted, and acting
        ("Angry residents threw mud at the car.", "Angry residents", "other"),
        ("Police charged 27 people after the disorder.", None, None),  # the object of a verb, not the crowd
        ("Many residents stayed indoors.", None, None),  # "many" says how many, not what they are like
        ("The Islamic State, a jihadist group, was named.", "a jihadist group", "apposition"),
        (
            "Russia and Turkey classify the Nusra Front as a terrorist organisation.",
            "a terrorist organisation",
            "designation",
        ),
        (
            "The Nusra Front is internationally recognized as a terrorist organization.",
            "internationally recognized as a terrorist organization",
            "designation",
        ),
        ("The rebels are led by Hayat Tahrir al-Sham.", "The rebels", "led-by"),
        ("The imam of the mosque, Ibrahim Noor, said they stayed inside.", "The imam of the mosque", "apposition"),
        ("Judge Martin Vale KC passed sentence.", "KC", "title"),
    ],
)
def test_discovered_constructions(general, text, label, how):
    found = {(a.label, a.how) for a in analyze(_a(text), general).framing.actor_labels if a.discovered}
    if label is None:
        assert not [f for f in found if f[1] == "other"], found
    else:
        assert (label, how) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 Mr Dorn visited the base.",  # a courtesy title is house style
        "Every protester was called a thug.",  # generic
        "The next shooter is already watching.",  # hypothetical
        "The crowd cheered.",  # the plain word for who was there
        "Police said a source in the ministry, a man named Joe, said so.",
    ],
)
def test_discovery_abstains_on_constructions_that_pin_nothing(general, text):
    labels = [a for a in analyze(_a(text), general).framing.actor_labels if a.discovered]
    assert not [a for a in labels if a.how in ("title", "other")], labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Putin decided to grant Ada Lovell and her family asylum.", None),  # an infinitive, not a title
        ("Lovell personally contacted UAE President Omar Said.", "UAE President"),  # the verb is left out
        ("Offices stay under the supervision of former Prime Minister Ada Lovell.", "former Prime Minister"),
        ("When Ada Lovell became the President on June 24, few objected.", "the President"),  # the date is not
    ],
)
def test_a_label_before_a_name_stops_at_the_clause(general, text, label):
    found = [a.label for a in analyze(_a(text), general).framing.actor_labels if a.discovered]
    assert found == ([label] if label else []), found


def test_discovery_resolves_a_title_to_its_name(general):
    text = "Prime Minister Ada Lovell spoke first. Later the minister visited the mosque."
    labels = analyze(_a(text), general).framing.actor_labels
    assert any(a.label == "the minister" and a.actor == "Ada Lovell" for a in labels)


@pytest.mark.parametrize(
    "text",
    [
        "In Geneva, the envoy met both sides.",  # an opening phrase is not an apposition
        "Footage showed a statue of his father Hafez falling.",  # a relative is not a label
        '"These thugs must be punished," said Ada Lovell.',  # a quoted label is the speaker's: abstain
        "Hundreds of thousands of people have died in the war.",  # plain people-words are not labels
    ],
)
def test_discovery_abstains(general, text):
    labels = analyze(_a(text), general).framing.actor_labels
    assert not [a for a in labels if a.discovered and a.how in ("apposition", "premodifier", "other")], labels


def test_discovered_flag_in_the_json(general):
    d = analyze(_a("Home Secretary Ada Lovell spoke."), general).to_dict()
    lab = d["framing"]["actor_labels"][0]
    assert lab["discovered"] is True and lab["how"] == "title" and lab["voice"] == "writer"
    assert isinstance(d["framing"]["loaded"], list) and isinstance(d["framing"]["loaded_quoted"], list)


# --- 2. suggested families ---------------------------------------------------------------------------------


def test_compare_suggests_families_across_a_set(general):
    arts = [
        _a("A baying mob gathered near the hotel. Prime Minister Ada Lovell condemned the riots.", 0),
        _a("Hundreds of protesters marched. The clashes lasted an hour. Lovell, the prime minister, spoke.", 1),
        _a("The thugs were dispersed. Ms Lovell visited the town after the disorder.", 2),
    ]
    d = compare_articles(arts, lexicon=general, claims=False).to_dict()
    families = {f["id"]: f for f in d["suggested_families"]}
    heads = {t.rsplit(" ", 1)[-1] for t in families["crowd"]["terms"]}
    assert {"mob", "protesters", "thugs"} <= heads
    assert {"riots", "clashes", "disorder"} <= set(families["events"]["terms"])
    assert all(f["discovered"] and f["evidence"] for f in families.values())


def test_the_disaster_is_its_own_family_with_the_words_chosen(general):
    arts = [
        _a("The deadly floods swept the town. Flood warnings came late.", 0),
        _a("It was the worst natural disaster in decades.", 1),
    ]
    d = compare_articles(arts, lexicon=general, claims=False).to_dict()
    disaster = next(f for f in d["suggested_families"] if f["id"] == "disaster")
    assert {"deadly floods", "worst natural disaster"} <= set(disaster["terms"])
    assert "flood" not in disaster["terms"]  # "flood warnings": a modifier, not the disaster's name
    events = [f for f in d["suggested_families"] if f["id"] == "events"]
    assert not events or not set(events[0]["terms"]) & set(disaster["terms"])


def test_one_article_suggests_no_family(general):
    from analysis.compare.families import suggest_families

    assert suggest_families([_a("A mob and some thugs.")], general) == ()


def test_a_suggestion_is_accepted_into_a_lexicon_with_one_call(general):
    from analysis.compare.families import accept_suggestion, suggest_families
    from analysis.lexicon import lexicon_from_dict

    arts = [_a("A baying mob gathered. The riots spread.", 0), _a("Hundreds of protesters marched. The clashes.", 1)]
    crowd = next(f for f in suggest_families(arts, general) if f.id == "crowd")
    data = accept_suggestion(accept_suggestion(general.data, crowd), crowd)  # twice: the second id is numbered
    lexicon = lexicon_from_dict(data, "test")
    assert [f.id for f in lexicon.families] == ["crowd", "crowd_2"]
    assert {t.pole for t in lexicon.family("crowd").terms} == {"unsorted"}
    assert lexicon.family("crowd").terms[0].term in crowd.terms


def test_shipped_second_event_has_its_own_classroom_text():
    lexicon = load_lexicon("uk-disorder-2024")
    assert lexicon.intro and len(lexicon.questions) >= 3 and not lexicon.warnings
    assert "Assad" not in lexicon.intro + " ".join(lexicon.questions) + lexicon.axis_low + lexicon.axis_high
