"""The lexicon with the compiled Phoenix files: hand-written names win, dated roles reconcile."""

import datetime

import pytest

from tests.transforms.tagging.helpers import tag, triples
from transforms.tagging import Document
from transforms.tagging.lexicon import load_lexicon, plain_words
from transforms.tagging.text import tokenize


def codes(tagger, text: str, day: datetime.date) -> set[tuple[str, str, str]]:
    events = tagger.tag(Document("doc", text, day, url="https://example.org/a"))
    return {(e.source_code, e.target_code, e.cameo_code) for e in events}


def test_phoenix_only_person_is_coded_by_the_date_of_the_article(tagger):
    # Anna Lindh, Sweden's foreign minister until 2003, is in Phoenix only.
    text = "Anna Lindh met Russian President Vladimir Putin in Moscow on Monday."
    assert codes(tagger, text, datetime.date(2003, 6, 10)) == {("SWEGOV", "RUSGOV", "040")}
    assert codes(tagger, text, datetime.date(2010, 6, 10)) == {("SWEELI", "RUSGOV", "040")}


def test_non_state_group_keeps_its_own_sector(tagger):
    text = "The Philippine government held talks with the Abu Sayyaf Group on Monday."
    assert codes(tagger, text, datetime.date(2017, 6, 10)) == {
        ("PHLGOV", "PHLREB", "046"),
        ("PHLREB", "PHLGOV", "046"),  # talks are mutual
    }
    text = "The Abu Sayyaf Group accused the Philippine government of lying."
    assert codes(tagger, text, datetime.date(2017, 6, 10)) == {("PHLREB", "PHLGOV", "112")}


def test_hand_written_roles_win_for_a_person_both_know(tagger):
    # Phoenix spells him "Bashar al Assad" with an open role from 2000; leaders.tsv ends it.
    text = "Bashar al Assad met Russian President Vladimir Putin in Moscow on Monday."
    assert codes(tagger, text, datetime.date(2015, 6, 10)) == {("SYRGOV", "RUSGOV", "040")}
    assert codes(tagger, text, datetime.date(2025, 6, 10)) == {("SYRELI", "RUSGOV", "040")}


def test_open_ended_phoenix_role_ends_when_a_newer_holder_starts(tagger):
    # Phoenix: Bouteflika in office from 1999, no end; leaders.tsv: Tebboune from 2019-12-19.
    text = "Abdelaziz Bouteflika met French President Emmanuel Macron in Paris on Monday."
    assert codes(tagger, text, datetime.date(2018, 6, 11)) == {("DZAGOV", "FRAGOV", "040")}
    assert codes(tagger, text, datetime.date(2020, 6, 8)) == {("DZAELI", "FRAGOV", "040")}


def test_hand_written_names_win_over_compiled_ones():
    lexicon = load_lexicon()
    words = ["Taliban"]
    length, senses = lexicon.match(words, [w.lower() for w in words], 0)
    assert length == 1 and [(s.code, s.sector) for s in senses] == [("AFG", "GOV")]
    words = ["Sergei", "Lavrov"]  # hand-written; Phoenix's spellings point to the same roles
    _, hand = lexicon.match(words, [w.lower() for w in words], 0)
    words = ["Sergey", "Viktorovich", "Lavrov"]  # Phoenix's spelling only
    _, compiled = lexicon.match(words, [w.lower() for w in words], 0)
    # Both: the hand-written role, and Phoenix's earlier one (UN ambassador from 1994) up to it
    assert set(hand) == set(compiled)
    dates = sorted((role.start, role.end) for role in hand)
    assert dates == [(datetime.date(1994, 9, 22), datetime.date(2004, 3, 9)), (dates[1][0], None)]


def test_phoenix_role_counts_only_before_the_hand_written_one(tagger):
    # Phoenix: Karzai in office from 2001-12-22, open; leaders.tsv: 2004-12-07 to 2014-09-29.
    text = "Karzai met Pakistani President Pervez Musharraf in Kabul on Monday."
    assert {s for s, *_ in codes(tagger, text, datetime.date(2003, 6, 9))} == {"AFGGOV"}
    assert {s for s, *_ in codes(tagger, text, datetime.date(2016, 6, 6))} == {"AFGELI"}


def test_a_dateline_is_found_whatever_texts_came_before():
    """Compiled names are built on first lookup; the dateline reader must build them too, or a
    worker that has not yet tagged a text naming Honolulu misses "HONOLULU (AP) —" (the
    DaskRunner test found it: one process tags, another extracts)."""
    from transforms.tagging.lexicon import Lexicon
    from transforms.tagging.places import find_dateline

    fresh = Lexicon()
    place, _ = find_dateline("HONOLULU, Hawaii (AP) — The governor spoke on Monday.", fresh)
    assert place is not None and place.country == "USA"


def test_a_dateline_of_two_cities_is_read_and_joint_when_their_countries_differ(tagger):
    from transforms.tagging.places import find_dateline

    place, start = find_dateline("NEW DELHI/ISLAMABAD (Reuters) - India struck.", tagger.lexicon)
    assert (place.name, place.country, place.joint, start) == ("New Delhi", "IND", True, 32)
    place, _ = find_dateline("MOSCOW/ST. PETERSBURG (Reuters) - It rained.", tagger.lexicon)
    assert place is None or not place.joint
    text = (
        "DUBAI/WASHINGTON (Reuters) - Iran shot down a U.S. drone on Thursday, a move "
        "Washington called an unprovoked attack."
    )
    assert ("USA", "IRN", "ACCUSE", "asserted") in triples(tag(tagger, text))


PERIOD_OFFICE_HOLDERS = [
    # (sentence, article date, expected (source, target, cameo)); rows of leaders.tsv's
    # 2008-2025 batch, which Phoenix lacks or spells otherwise
    ("Zalmay Khalilzad met Mullah Baradar in Doha.", "2019-06-15", ("USAGOV", "AFGREB", "040")),
    ("Khalilzad met Baradar in Doha.", "2022-06-15", ("USAELI", "AFGGOV", "040")),
    ("Stefan Löfven criticized Russia on Tuesday.", "2019-06-15", ("SWEGOV", "RUS", "111")),
    ("Geir Pedersen met Bashar al-Assad in Damascus.", "2019-06-15", ("IGOUNO", "SYRGOV", "040")),
    ("Enrique Peña Nieto criticized the United States.", "2017-06-15", ("MEXGOV", "USA", "111")),
    ("Salva Kiir criticized Sudan on Tuesday.", "2019-06-15", ("SSDGOV", "SDN", "111")),
    ("Qassem Soleimani criticized Israel on Tuesday.", "2019-06-15", ("IRNMIL", "ISR", "111")),
    ("Sen. Lindsey Graham criticized Turkey on Tuesday.", "2019-06-15", ("USALEG", "TUR", "111")),
]


def test_office_holders_of_the_period_after_phoenix(tagger):
    for text, day, expected in PERIOD_OFFICE_HOLDERS:
        assert codes(tagger, text, datetime.date.fromisoformat(day)) == {expected}, text


def test_the_article_s_own_title_sets_an_office_holder_s_sector(tagger):
    # leaders.tsv: Taro Kono was defence minister from 2019-09-11; the article calls him
    # foreign minister, and its title wins (a "former" title still makes him ELI)
    text = "Japan's foreign minister Taro Kono met Chinese Premier Li Keqiang in Beijing."
    assert codes(tagger, text, datetime.date(2019, 10, 15)) == {("JPNGOV", "CHNGOV", "040")}


@pytest.mark.parametrize(
    ("text", "possessive"),
    [
        ("summoned the Maldives' envoy", True),
        ("the United States' position", True),
        ("the 'Friends of Syria Nations' bloc", False),  # a closing quote
        ("the talks' outcome", False),  # a common noun's: no name to own it
    ],
)
def test_a_names_bare_apostrophe_is_its_possessive(text, possessive):
    words, lowers = plain_words(tokenize(text))
    assert ("'s" in lowers) is possessive


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Kallas", datetime.date(2024, 5, 20), "ESTGOV"),  # before her EU office
        ("Kallas", datetime.date(2025, 5, 20), "IGOEUR"),
        ("Mitsotakis", datetime.date(2024, 5, 20), "GRCGOV"),
        ("Zourabichvili", datetime.date(2023, 3, 1), "GEOGOV"),
        ("Fico", datetime.date(2024, 5, 20), "SVKGOV"),
        ("Kirby", datetime.date(2024, 6, 1), "USAGOV"),
        ("Teodoro", datetime.date(2024, 6, 1), "PHLMIL"),
        ("Borrell", datetime.date(2019, 6, 1), "ESPGOV"),  # Spain's, before his EU office
        ("Jubeir", datetime.date(2019, 6, 1), "SAUGOV"),  # minister of state after 2018
        ("Milley", datetime.date(2019, 6, 1), "USAMIL"),  # the army's chief of staff then
    ],
)
def test_a_surname_is_coded_by_the_office_held_on_the_articles_date(tagger, name, day, code):
    assert {target for _, target, _ in codes(tagger, f"Ecuador criticised {name}.", day)} == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Republic of the Marshall Islands", "MHL"),  # a compiled state: pycountry's name
        ("the Democratic Republic of Sao Tome and Principe", "STP"),
        ("the Socialist Republic of Vietnam", "VNM"),  # the style with the name the press uses
        ("the Government of the Republic of the Marshall Islands", "MHLGOV"),
    ],
)
def test_a_states_official_style_names_it_whole(tagger, text, code):
    day = datetime.date(2023, 1, 13)
    assert codes(tagger, f"Japan signed an agreement with {text}.", day) == {("JPN", code, "057")}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a title and a bare surname: the one holder of that office by that name on the day
        ("Foreign Minister Joly met Lavrov.", datetime.date(2023, 6, 10), {("CANGOV", "RUSGOV")}),
        # (a compiled person whose role Phoenix calls "official")
        (
            "Foreign Minister Westerwelle urged the Syrian regime to deliver the ceasefire.",
            datetime.date(2012, 4, 3),
            {("DEUGOV", "SYRGOV")},
        ),
        ("Foreign Minister Joly met Lavrov.", datetime.date(2026, 6, 10), set()),  # out of office
    ],
)
def test_a_title_and_a_bare_surname_name_the_office_holder_of_the_day(tagger, text, day, expected):
    assert {(source, target) for source, target, _ in codes(tagger, text, day)} == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("then-Belgian Foreign Minister", ["then-", "Belgian", "Foreign", "Minister"]),
        ("Then-President Joe Biden", ["Then-", "President", "Joe", "Biden"]),
        ("the then-president", ["the", "then-president"]),  # no capital: one word, as written
        ("a well-known then-ish", ["a", "well-known", "then-ish"]),
    ],
)
def test_then_before_a_capital_is_a_word_of_its_own(text, tokens):
    # "then-" dates the title or demonym after it; the name must stay one the lexicon knows
    assert [token.text for token in tokenize(text)] == tokens


def test_a_party_general_secretary_is_no_general(tagger):
    # a real sentence pair (a news page on Xi's visit to Hanoi, April 2025): "General Secretary
    # To Lam" leads Vietnam's party, and "Lam" later is the same civilian leader
    text = (
        "The Chinese president was welcomed to Hanoi Monday with a 21-cannon salute, before "
        "holding talks with Vietnam's top leaders including General Secretary To Lam. Speaking "
        "during a meeting with Lam, Xi said Vietnam and China were standing at the turning point."
    )
    found = codes(tagger, text, datetime.date(2025, 4, 14))
    assert ("CHNGOV", "VNMGOV", "040") in found
    assert not {row for row in found if row[1] == "VNMMIL"}
