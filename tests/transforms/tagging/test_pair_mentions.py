""" "The two countries", "both sides", "the two leaders" stand for the last pair of actors
(``pair_mentions.py``, ``ActorMemory.last_pair``): in the sentence so far, the paragraph, or an
earlier paragraph; "two countries" without "the" is anyone."""

import pytest

from tests.transforms.tagging.helpers import tag, triples

CASES = [
    (
        "Saudi Arabia and Iran met in Beijing. The two countries agreed to reopen embassies.",
        {("SAU", "IRN", "AGREE", "asserted"), ("IRN", "SAU", "AGREE", "asserted")},
    ),
    (
        "Biden met Xi in Bali on Monday.\n\nThe two leaders agreed to resume climate talks.",
        {("USA", "CHN", "AGREE", "asserted"), ("CHN", "USA", "AGREE", "asserted")},
    ),
    (
        "Armenia and Azerbaijan have fought two wars. Both sides accused each other of shelling.",
        {("ARM", "AZE", "ACCUSE", "asserted"), ("AZE", "ARM", "ACCUSE", "asserted")},
    ),
    (
        "Germany and France met in Paris. The two countries also pledged more aid to Ukraine.",
        {("DEU", "UKR", "AGREE", "asserted"), ("FRA", "UKR", "AGREE", "asserted")},
    ),
    # "each side ... the other": the pair, each at the other
    (
        "India and Pakistan exchanged fire along the Line of Control. Each side blamed the "
        "other for starting it.",
        {("IND", "PAK", "ACCUSE", "asserted"), ("PAK", "IND", "ACCUSE", "asserted")},
    ),
    # one leader and the state he visits, named before the phrase in its own sentence
    (
        "During Xi's state visit to Moscow, the two leaders signed a joint statement.",
        {("CHN", "RUS", "SUPPORT", "asserted"), ("RUS", "CHN", "SUPPORT", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_a_pair_phrase_is_the_last_pair(tagger, text, expected):
    assert expected <= triples(tag(tagger, text))


def test_two_countries_without_the_is_no_reference(tagger):
    assert tag(tagger, "Japan met Korea. Two countries condemned the attack.") == [] or all(
        row.sentence_index == 0
        for row in tag(tagger, "Japan met Korea. Two countries condemned the attack.")
    )


def test_each_country_is_no_pair_phrase_each_side_is(tagger):
    text = "Japan and Korea met in Seoul. Each country accused Russia of aggression."
    assert {e.source_country for e in tag(tagger, text) if e.sentence_index == 1} == set()
    text = "Japan and Korea met in Seoul. Each side accused the other of stalling."
    assert ("JPN", "KOR", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_no_organisation_is_one_of_the_two_countries(tagger):
    # "the G20 summit ... ¶ the two countries" had read the pair as a state and the G20
    text = (
        "The Saudi crown prince stayed on after the G20 summit.\n\nThe two countries signed a pact."
    )
    assert "G20" not in {e.source_country for e in tag(tagger, text)}


def test_the_countries_opening_a_paragraph_are_the_pair_of_the_one_before(tagger):
    text = "Mali accused Algeria of downing a drone.\n\nThe countries accused each other of lying."
    rows = [e for e in tag(tagger, text) if e.sentence_index == 1]
    assert triples(rows) == {
        ("MLI", "DZA", "ACCUSE", "asserted"),
        ("DZA", "MLI", "ACCUSE", "asserted"),
    }


def test_with_no_pair_before_it_the_phrase_stays_unresolved(tagger):
    assert tag(tagger, "The two countries condemned Russia.") == []


def test_the_bloc_is_the_last_organisation_named(tagger):
    """Not a pair, but the same kind of reference: "the bloc", "the alliance", "the body"."""
    text = (
        "Ministers of the Arab League met in Cairo on Sunday.\n\n"
        "The Palestinians called for an emergency meeting of the body."
    )
    assert ("PSE", "ARL", "REQUEST", "asserted") in triples(tag(tagger, text))


def test_the_alliance_is_the_last_military_alliance_named_not_the_last_organisation(tagger):
    text = (
        "Erdogan left for the NATO summit in Vilnius. An EU spokesperson said the two "
        "processes were separate. Sweden applied to join the alliance last year."
    )
    assert {
        (e.source_country, e.target_country) for e in tag(tagger, text) if e.sentence_index == 2
    } == {("SWE", "NATO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ECOWAS leaders met in Abuja on Thursday. France said it supported the regional "
            "bloc's efforts.",
            ("FRA", "ECW", "SUPPORT", "asserted"),
        ),
        (
            "The European Union imposed new sanctions on Russia. Moscow condemned the 27-nation "
            "bloc.",
            ("RUS", "EUR", "ACCUSE", "asserted"),
        ),
    ],
)
def test_the_bloc_may_carry_modifiers(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_the_body_looks_back_past_paragraphs_to_the_last_organisation(tagger):
    """The Arab League's sentence has no trigger and sits two paragraphs back; the UN, named
    earlier in a sentence that was tagged, is not the body meant."""
    text = (
        "The United Nations condemned Israel on Monday.\n\n"
        'The Arab League called it an "extremely adverse development".\n\n'
        "The Palestinians called for an emergency meeting of the body."
    )
    found = triples(tag(tagger, text))
    assert ("PSE", "ARL", "REQUEST", "asserted") in found
    assert ("PSE", "UNO", "REQUEST", "asserted") not in found


def test_a_double_barrelled_surname_of_one_state_is_one_person_not_a_pair(tagger):
    text = (
        "Pakistan Foreign Minister Bilawal Bhutto-Zardari met Lavrov on Thursday. Later, "
        "Bhutto-Zardari criticised India."
    )
    events = tag(tagger, text)
    assert [(e.source_text, e.target_text, e.plover_type) for e in events] == [
        ("Pakistan Foreign Minister Bilawal Bhutto-Zardari", "Lavrov", "CONSULT"),
        ("Bhutto-Zardari", "India", "ACCUSE"),
    ]


def test_these_three_nations_are_the_list_named_before_them_in_the_sentence(tagger):
    # a real sentence (a news page on Israel's recall of its envoys, May 2024): the recognition
    # was the three nations' plan, not Israel's act; "their" still stands for one of them only
    text = (
        "Israel recalled the Israeli ambassadors to Spain, Norway and Ireland for consultations "
        "after these three nations announced their initiative to officially recognise the "
        "Palestinian state."
    )
    found = triples(tag(tagger, text))
    assert not {row for row in found if row[0] == "ISR" and row[1] == "PSE"}
    assert ("IRL", "PSE", "AGREE", "future") in found
    # self-written: the list's own members act
    text = "Israel recalled its envoys to Spain, Norway and Ireland after these three nations "
    text += "condemned Russia."
    assert {("ESP", "RUS"), ("NOR", "RUS"), ("IRL", "RUS")} <= {
        r[:2] for r in triples(tag(tagger, text))
    }


def test_an_announced_plan_of_several_states_is_no_act_between_them(tagger):
    # self-written: each its own plan to recognise, not an agreement among the three
    text = "Spain, Norway and Ireland announced their plan to recognise Palestine."
    assert triples(tag(tagger, text)) == {
        ("ESP", "PSE", "AGREE", "future"),
        ("NOR", "PSE", "AGREE", "future"),
        ("IRL", "PSE", "AGREE", "future"),
    }
