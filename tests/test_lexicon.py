"""Lexicon files: the shipped ones load; broken ones fail with a message that says where."""

import pytest

from analysis.errors import LexiconError
from analysis.lexicon.load import available_lexicons, lexicon_from_toml, lexicon_to_toml, load_lexicon

GOOD = """
[meta]
name = "tiny"
[[families]]
id = "leaving"
label = "How he left"
poles = [{ id = "calm", label = "calm", position = -1 }, { id = "forced", label = "forced", position = 1 }]
terms = [
  { term = "resigned", pole = "calm", variants = ["resign"] },
  { term = "ousted", pole = "forced", variants = ["oust"] },
]
"""


@pytest.mark.parametrize("name", ["syria-2024", "general-news"])
def test_shipped_lexicons_load(name):
    lexicon = load_lexicon(name)
    assert lexicon.cues and lexicon.agencies
    assert name in available_lexicons()


def test_event_lexicon_extends_general():
    lexicon = load_lexicon("syria-2024")
    assert {"assad_departure", "assad_title", "fighters", "state", "russia_act", "event"} <= {
        f.id for f in lexicon.families
    }
    assert any(a.name == "Reuters" for a in lexicon.agencies)  # from general-news
    assert any("HTS" in a.name for a in lexicon.actors)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("[[families]\nid = 1", "line 1"),
        (GOOD.replace('pole = "forced", variants', 'pole = "angry", variants'), "line 10"),
        (GOOD.replace('variants = ["oust"]', 'variants = ["resign"]'), "also a variant"),
        (GOOD.replace("position = 1 }", "position = 7 }"), "between -1 and 1"),
        (GOOD + '\n[[cues]]\ncue = "said"\ntype = "sneaky"\nforms = ["said"]\n', "neutral"),
        (GOOD + '\n[boilerplate]\nline_patterns = ["{unclosed"]\n', "bad boilerplate pattern"),
        ('[meta]\nextends = "../../etc/passwd"\n', "must name a lexicon"),
    ],
)
def test_bad_lexicons_say_where(source, message):
    with pytest.raises(LexiconError, match=None) as info:
        lexicon_from_toml(source, "teacher.toml")
    assert "teacher.toml" in str(info.value)
    assert message in str(info.value)


def test_round_trip_through_toml():
    lexicon = lexicon_from_toml(GOOD, "tiny.toml")
    again = lexicon_from_toml(lexicon_to_toml(lexicon), "again.toml")
    assert again.fingerprint == lexicon.fingerprint
    assert [t.term for t in again.families[0].terms] == ["resigned", "ousted"]


def test_missing_lexicon_file():
    with pytest.raises(LexiconError, match="no such lexicon"):
        load_lexicon("does-not-exist")
