"""The CAMEO verb compiler (dictionaries/verbs.py) and the phrasings its patterns add."""

import collections
import datetime
import os
from pathlib import Path

import pytest

from transforms.tagging import Document, EventTagger
from transforms.tagging.dictionaries import verbs
from transforms.tagging.pattern_files import load_patterns
from transforms.tagging.taxonomy import load_taxonomy

EXCERPT = Path(__file__).parents[2] / "resources" / "tagging" / "cameo_verbs_excerpt.txt"
SHARED = Path(os.environ.get("NEWSBEAM_SHARED", "/work/shared"))
COUNTS = collections.Counter({"said": 5, "aid": 2})


def _compile() -> tuple[list[dict], collections.Counter]:
    known = frozenset(load_taxonomy())
    return verbs.compile_dictionary(EXCERPT.read_text(encoding="utf-8"), COUNTS, known)


def test_compiler_is_deterministic_and_applies_every_rule(tmp_path):
    first, stats = _compile()
    second, _ = _compile()
    assert first == second
    by_id = {pattern["id"]: pattern for pattern in first}
    # a phrase pattern takes the block's verbs with their own and regular forms, no gerunds
    aid = by_id["cameo:ACCELERATE:23"]
    assert aid["cameo"] == "070" and (aid["source"], aid["target"]) == ("subject", "object")
    assert aid["pattern"].startswith("accelerate|accelerates|accelerated|rush|rushes|rushed|speed")
    assert "sped *3 aid|aids [*2 to|" in aid["pattern"] and "speeding" not in aid["pattern"]
    # a direct-object twin only for verbs that take two objects ("asked China for a loan") or a noun
    # for people ("ordered Russian diplomats to leave"); "condemned the US sanctions" names
    # the sanctions' owner, not a target
    assert any(key.startswith("cameo:ASK:") and "direct" in key for key in by_id)
    assert "cameo:ACCELERATE:23:direct-object" not in by_id
    assert not any(key.startswith("cameo:CONDEMN:") and "direct" in key for key in by_id)
    # verb + preposition belongs to the verb the comment names; 042:043 keeps the first code
    assert by_id["cameo:ACCELERATE:22"]["pattern"] == "rush|rushes|rushed *3 to"
    assert by_id["cameo:ACCELERATE:22"]["cameo"] == "042"
    # synonym sets expand with plurals; "$" after the verb makes that actor the source
    ceasefire = by_id["cameo:ASK:34"]["pattern"]
    assert "for *2 truce|truces|cease-fire|cease-fires|cease_fire|cease_fires" in ceasefire
    assert (by_id["cameo:ASK:35"]["source"], by_id["cameo:ASK:35"]["target"]) == (
        "object",
        "subject",
    )
    # a host's 043 is the visitor's 042 with the slots swapped
    assert (by_id["cameo:HOST:43"]["cameo"], by_id["cameo:HOST:43"]["source"]) == ("042", "object")
    # bare verbs: only the block's own verb or a verb with its own code, never a light verb;
    # appeals need "to|for" after their object
    assert (by_id["cameo:ASK:31"]["cameo"], by_id["cameo:ASK:31"]["then"]) == ("023", "to|for")
    assert stats["dropped: bare verb with a generic cooperation code"] == 1  # REQUEST [020]
    assert by_id["cameo:CONDEMN:47"]["pattern"] == "condemn|condemns|condemned"
    assert by_id["cameo:CONDEMN:47"]["confidence"] == verbs.CONFIDENCE_BARE
    bare = [p["pattern"] for p in first if " " not in p["pattern"]]
    assert not any(pattern.startswith(("say", "ask")) for pattern in bare)
    assert stats["dropped: bare light or common verb"] == 2
    assert stats["dropped: noun before the verb"] == 1
    assert stats["dropped: null code ---"] == 1
    assert stats["dropped: undefined synonym set"] == 1
    assert stats["dropped: code out of scope or not in taxonomy.tsv"] == 2
    # anchors: the rarest required item
    assert by_id["cameo:ASK:35"]["anchor"] == "protests"
    out = tmp_path / "compiled.jsonl"
    verbs.write_patterns(first, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Compiled from PETRARCH2's CAMEO verb dictionary") and "MIT" in text
    assert text.count("\n") == len(first) + verbs.HEADER.count("\n")


def test_compiled_file_ships_with_its_licence_and_loads_after_the_hand_written_one():
    data = Path(verbs.OUTPUT).parent
    assert (data / "PETRARCH2-LICENSE.txt").read_text(encoding="utf-8").startswith("The MIT")
    assert verbs.OUTPUT.read_text(encoding="utf-8").startswith(verbs.HEADER)
    patterns = load_patterns()
    first_compiled = next(i for i, p in enumerate(patterns) if p.compiled)
    assert all(not p.compiled for p in patterns[:first_compiled])
    assert all(p.pattern_id.startswith("cameo:") for p in patterns[first_compiled:])


@pytest.mark.skipif(
    not (SHARED / verbs.DICTIONARY).exists(), reason="PETRARCH2 dictionaries not present"
)
def test_committed_file_is_what_the_compiler_writes(tmp_path):
    out = tmp_path / "cameo_patterns.jsonl"
    assert verbs.main(["--shared", str(SHARED), "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == verbs.OUTPUT.read_text(encoding="utf-8")


def test_hand_written_pattern_wins_its_span(tagger: EventTagger):
    matches = tagger.patterns.match(["germany", "condemned", "russia"])
    assert [(m.start, m.end) for m in matches] == [(1, 2)]
    assert all(not pattern.compiled for pattern in matches[0].patterns)


PHRASINGS = [
    ("Russia ordered 23 British diplomats to leave.", ("RUS", "GBR", "SANCTION")),
    ("Poland called for sanctions against Belarus.", ("POL", "BLR", "THREATEN")),
    ("Ukraine lobbied against Hungary at the summit.", ("UKR", "HUN", "ACCUSE")),
    ("Turkey lobbied for Azerbaijan in Brussels.", ("TUR", "AZE", "REQUEST")),
    ("Iran vowed revenge against Israel.", ("IRN", "ISR", "THREATEN")),
    ("North Korea exported weapons to Syria.", ("PRK", "SYR", "AID")),
    ("Germany rushed aid to Turkey.", ("DEU", "TUR", "AID")),
    ("Russia vetoed a UN resolution.", ("RUS", "UNO", "REJECT")),
    ("Pakistan asked China for a loan.", ("PAK", "CHN", "REQUEST")),
    ("Egypt appealed to Israel for a ceasefire.", ("EGY", "ISR", "REQUEST")),
    ("Kenya sent troops to Haiti.", ("KEN", "HTI", "COOPERATE")),
    ("Japan expelled two Russian diplomats.", ("JPN", "RUS", "SANCTION")),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_phrasings_the_compiled_dictionary_covers(tagger: EventTagger, text, expected):
    events = tagger.tag(Document("d", text, datetime.date(2024, 5, 2)))
    found = {(e.source_country, e.target_country, e.plover_type) for e in events}
    assert found == {expected}
    assert all(e.modality == "asserted" for e in events)


def test_hand_written_code_wins_at_the_same_word_and_type(tagger: EventTagger):
    # "expelled ... diplomats" is PETRARCH's 161; the project's convention is 166 (expel)
    events = tagger.tag(
        Document("d", "Japan expelled two Russian diplomats.", datetime.date(2024, 5, 2))
    )
    assert [(e.cameo_code, e.plover_mode) for e in events] == [("166", "expel")]


@pytest.mark.parametrize(
    ("stem", "expected", "absent"),
    [
        ("regret", {"regrets", "regreted", "regretted", "regretting"}, set()),
        ("ban", {"banned", "banning"}, set()),
        ("visit", {"visited", "visiting"}, set()),
        ("meet", {"meeted"}, {"meetted"}),  # a double vowel: no doubling
        ("accept", {"accepted"}, {"acceptted"}),  # two consonants: no doubling
    ],
)
def test_regular_forms_double_a_final_consonant_after_one_vowel(stem, expected, absent):
    forms = set(verbs.regular_forms(stem))
    assert expected <= forms and not absent & forms


def test_a_regretted_decision_is_a_compiled_criticism():
    tagger = EventTagger()
    document = Document("r", "Russia regretted Washington's decision.", datetime.date(2024, 5, 10))
    assert {(e.source_country, e.target_country, e.plover_type) for e in tagger.tag(document)} == {
        ("RUS", "USA", "ACCUSE")
    }
