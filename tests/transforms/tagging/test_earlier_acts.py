"""References a sentence makes to what the paragraph said before: "him" for the other person,
"the visit" or "the meeting" for the act reported earlier; and what such a reference is not
(a visitor welcomed is not the owner of a welcomed decision; "since 2022" dates no event); and
what a story's dateline says of a bare top office ("DOHA - The Amir received")."""

import datetime

import pytest

from tests.transforms.tagging.helpers import FRIDAY, tag, triples


def test_him_is_the_other_person_of_the_paragraph(tagger):
    rows = tag(tagger, "Biden called Netanyahu on Sunday. He urged him to avoid civilian deaths.")
    assert ("USA", "ISR", "REQUEST", "asserted") in triples(rows)
    rows = tag(tagger, "Putin addressed the summit by video. South Africa had asked him to stay.")
    assert ("ZAF", "RUS", "REQUEST", "asserted") in triples(rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Biden called Netanyahu on Sunday and urged him to avoid civilian casualties.",
            ("USA", "ISR", "REQUEST", "asserted"),
        ),
        (
            "Niger's junta ordered the French ambassador to leave, accusing him of ignoring an "
            "invitation.",
            ("NER", "FRA", "ACCUSE", "asserted"),
        ),
    ],
)
def test_him_is_the_person_the_sentence_named_before_it(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_him_with_no_other_person_before_is_no_target(tagger):
    assert triples(tag(tagger, "Biden spoke on Sunday. He urged him to act.")) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Blinken will travel to Ukraine this week. Russia denounced the visit.",
            ("RUS", "USA", "ACCUSE", "asserted"),
        ),
        (
            "Putin met Kim Jong Un in Russia's far east. Washington condemned the meeting.",
            ("USA", "RUS", "ACCUSE", "asserted"),
        ),
        # a veto is a rejection, yet an act others react to, by its caster
        (
            "Russia vetoed a UN resolution on Syria. Britain criticised the veto.",
            ("GBR", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "Washington approved an arms sale to Taiwan on Friday. China denounced the sale.",
            ("CHN", "USA", "ACCUSE", "asserted"),
        ),
        # a measure imposed on no one named is still its imposer's act
        (
            "The Netherlands imposed export curbs on chip equipment. China opposed the measures.",
            ("CHN", "NLD", "ACCUSE", "asserted"),
        ),
        # a response threatened to an earlier act answers its makers
        (
            "The US and South Korea began joint drills on Monday. North Korea threatened a "
            "nuclear response to the drills.",
            ("PRK", "USA", "THREATEN", "asserted"),
        ),
        # a summit or talks reacted to are both sides' act
        (
            "Putin met Xi in Moscow on Tuesday. Washington criticised the summit.",
            ("USA", "CHN", "ACCUSE", "asserted"),
        ),
        # a ban or an approval with no foreign side is still its maker's act
        (
            "India banned wheat exports. The G7 criticised the decision.",
            ("GOS", "IND", "ACCUSE", "asserted"),
        ),
        (
            "Israel approved new settlement homes in the West Bank. The EU condemned the decision.",
            ("EUR", "ISR", "ACCUSE", "asserted"),
        ),
        # strikes carried out and drills held are acts by their noun ("the raids", "the exercises")
        (
            "Israel carried out air strikes in Gaza. Egypt condemned the raids.",
            ("EGY", "ISR", "ACCUSE", "asserted"),
        ),
        (
            "China held military drills around Taiwan. The United States criticized the exercises.",
            ("USA", "CHN", "ACCUSE", "asserted"),
        ),
        # an answer to an offer or a proposal is aimed at its maker
        (
            "Qatar proposed a new truce to Israel on Monday. Israel accepted the proposal.",
            ("ISR", "QAT", "AGREE", "asserted"),
        ),
        (
            "China offered to mediate between Russia and Ukraine. Kyiv rejected the offer.",
            ("UKR", "CHN", "REJECT", "asserted"),
        ),
        (
            "Russia offered to host talks between Armenia and Azerbaijan. Baku declined the offer.",
            ("AZE", "RUS", "REJECT", "asserted"),
        ),
    ],
)
def test_a_reaction_or_answer_to_an_earlier_act_targets_its_maker(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_welcoming_a_persons_decision_is_praise_not_a_visit(tagger):
    rows = tag(tagger, "Stoltenberg welcomed Erdogan's decision.")
    assert triples(rows) == {("NATO", "TUR", "SUPPORT", "asserted")}


def test_the_year_since_which_something_lasts_dates_no_event(tagger):
    rows = tag(tagger, "Modi held talks with Xi, the first such meeting since 2022.")
    assert {(e.event_date, e.date_is_fallback) for e in rows} == {(FRIDAY, True)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "DOHA (QNA) - The Amir received a phone call from Syrian President Bashar al-Assad.",
            ("SYR", "QAT", "CONSULT", "asserted"),
        ),
        (
            "KYIV (AP) - The foreign minister urged Germany to deliver Taurus missiles.",
            ("UKR", "DEU", "REQUEST", "asserted"),
        ),
    ],
)
def test_a_bare_top_office_in_a_datelined_story_is_the_homes(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_a_bare_top_office_without_a_dateline_stays_unresolved(tagger):
    assert triples(tag(tagger, "The foreign minister urged Germany to deliver missiles.")) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Saudi Arabia and Iran signed a deal. The United States welcomed the deal.",
            {("USA", "SAU", "SUPPORT", "asserted"), ("USA", "IRN", "SUPPORT", "asserted")},
        ),
        (
            "China imposed sanctions on Lithuania. The EU called the move unjustified.",
            {("EUR", "CHN", "ACCUSE", "asserted")},
        ),
    ],
)
def test_a_reaction_to_a_mutual_act_or_said_as_a_label_targets_its_makers(tagger, text, expected):
    assert expected <= triples(tag(tagger, text))


def test_a_countrys_person_named_in_full_is_that_countrys(tagger):
    rows = tag(tagger, "Talks in Beijing between Iran's Ali Shamkhani and Saudi officials ended.")
    assert ("IRN", "SAU", "CONSULT", "asserted") in triples(rows)
    rows = tag(tagger, "Iran's Ali Shamkhani met Saudi officials. Shamkhani urged Riyadh to act.")
    assert ("IRN", "SAU", "REQUEST", "asserted") in triples(rows)


def test_a_chinese_officials_family_name_comes_first(tagger):
    text = "Vice Premier Liu He of China will travel to Washington. Mr. Liu will meet Pompeo."
    rows = tag(tagger, text, datetime.date(2019, 8, 26))
    assert ("CHN", "USA", "AGREE", "future") in triples(rows)
    assert all(e.source_country == "CHN" for e in rows)


def test_a_name_ending_in_he_leaves_he_a_pronoun(tagger):
    text = "Chinese Vice Premier Liu He met Pompeo. Erdogan met Putin. He urged Russia to act."
    rows = tag(tagger, text, datetime.date(2019, 8, 26))
    assert ("TUR", "RUS", "REQUEST", "asserted") in triples(rows)


def test_the_norths_and_the_souths_bodies_are_the_koreas(tagger):
    text = (
        "South Korea and North Korea met. The South's unification minister urged the North to "
        "talk. The North's foreign ministry accused the US of hostility."
    )
    rows = triples(tag(tagger, text))
    assert {("KOR", "PRK", "REQUEST", "asserted"), ("PRK", "USA", "ACCUSE", "asserted")} <= rows


def test_a_dateline_gives_no_country_to_an_act_noun(tagger):
    text = "JERUSALEM - Palestinian officials condemned the decision on Monday."
    assert triples(tag(tagger, text)) == set()


def test_a_maker_welcoming_its_own_deal_acts_toward_no_one(tagger):
    text = "The United States and China signed a trade deal. Trump welcomed the deal."
    rows = tag(tagger, text, datetime.date(2019, 12, 13))
    assert {e.cameo_code for e in rows} == {"057"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an apposition that sums up the main clause is its subject's act
            "Japan and the Philippines began joint drills, in a show of force that drew a sharp "
            "rebuke from Beijing.",
            {("CHN", "JPN", "ACCUSE", "asserted"), ("CHN", "PHL", "ACCUSE", "asserted")},
        ),
        (  # "the drills" named as a subject are the last act's
            "Seoul and Washington held joint drills on Monday. The drills drew condemnation "
            "from Pyongyang.",
            {("PRK", "KOR", "ACCUSE", "asserted"), ("PRK", "USA", "ACCUSE", "asserted")},
        ),
        (  # an opening act noun with a participle aside after it: the last act's makers
            "Saudi Arabia and Iran restored ties in March. The rapprochement, brokered by "
            "Beijing, has raised hopes for peace in Yemen.",
            {("CHN", "SAU", "CONSULT", "asserted"), ("CHN", "IRN", "CONSULT", "asserted")},
        ),
        (  # a statement noun is the last accusation's, demand's or threat's
            "Erdogan accused Sweden of harbouring terrorists. The remarks drew a rebuke from "
            "Stockholm.",
            {("SWE", "TUR", "ACCUSE", "asserted")},
        ),
        (  # a possessed statement noun is its owner's ("his comments", as "his remarks")
            "Erdogan said Sweden must act. His comments have drawn criticism from Stockholm.",
            {("SWE", "TUR", "ACCUSE", "asserted")},
        ),
    ],
)
def test_an_act_that_draws_a_reaction_is_its_makers(tagger, text, expected):
    assert expected <= triples(tag(tagger, text))


def test_an_act_noun_with_no_act_before_draws_no_row(tagger):
    assert tag(tagger, "The drills drew condemnation from Pyongyang.") == []


def test_the_country_is_the_last_state_named_even_as_a_place_and_never_a_bloc(tagger):
    text = (
        "Soldiers seized power in Niger last week. ECOWAS imposed sanctions on the country's new "
        "military rulers."
    )
    assert ("ECW", "NER", "SANCTION", "asserted") in triples(tag(tagger, text))


def test_a_bare_the_two_before_a_verb_is_the_last_pair(tagger):
    rows = tag(tagger, "Zelensky thanked Biden for his support after the two spoke by phone.")
    assert ("USA", "UKR", "CONSULT", "asserted") in triples(rows)
    rows = tag(tagger, "Japan and South Korea held talks. The two agreed to restore a swap line.")
    assert ("KOR", "JPN", "AGREE", "asserted") in triples(rows)


def test_concessions_pressed_by_an_earlier_act_answer_its_maker(tagger):
    text = (
        "Trump threatened Mexico and Canada with tariffs. The threat of tariffs has prompted "
        "officials from Mexico, Canada and elsewhere to make concessions."
    )
    found = triples(tag(tagger, text))
    assert {("MEX", "USA", "CONCEDE", "asserted"), ("CAN", "USA", "CONCEDE", "asserted")} <= found
    assert tag(tagger, "The threat of tariffs has prompted Mexico to make concessions.") == []


def test_rejecting_the_allegations_answers_the_accuser(tagger):
    text = (
        "Canada expelled an Indian diplomat over allegations that India was linked to the "
        "killing. India's foreign ministry rejected the allegations as absurd. Washington said it "
        "was concerned about the allegations."
    )
    found = triples(tag(tagger, text))
    assert ("CAN", "IND", "ACCUSE", "asserted") in found
    assert ("IND", "CAN", "REJECT", "asserted") in found
    assert ("USA", "CAN", "ACCUSE", "asserted") not in found
    text = "Canada accused India of involvement in the killing. It rejected the allegations."
    assert ("IND", "CAN", "REJECT", "asserted") in triples(tag(tagger, text))


def test_the_two_sides_are_the_sides_of_the_last_talks(tagger):
    text = (
        "Wang Yi met Jake Sullivan in Beijing. Sullivan said the United States would continue to "
        "support Taiwan's self-defence. The two sides agreed to keep lines of communication open."
    )
    found = triples(tag(tagger, text))
    assert ("CHN", "USA", "AGREE", "asserted") in found
    assert ("TWN", "USA", "AGREE", "asserted") not in found


def test_an_act_noun_of_one_kind_reaches_past_a_reaction_to_the_act_of_its_kind(tagger):
    text = (
        "Moldova ordered 45 Russian diplomats to leave the country on Wednesday. The Russian "
        "ambassador was summoned to the foreign ministry. Moscow condemned the expulsions."
    )
    assert ("RUS", "MDA", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_an_act_with_no_row_is_known_to_a_reaction_later_in_its_own_sentence(tagger):
    text = (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a "
        "summit in Tokyo on Thursday. North Korea fired a ballistic missile hours before the "
        "summit, and the two leaders condemned the launch."
    )
    rows = triples(tag(tagger, text))
    assert {("JPN", "PRK", "ACCUSE", "asserted"), ("KOR", "PRK", "ACCUSE", "asserted")} <= rows


def test_disputing_an_account_answers_the_accuser(tagger):
    text = (
        "North Korea said on Saturday that the talks had broken down, blaming Washington for the "
        "failure. The U.S. State Department disputed that account."
    )
    assert ("USA", "PRK", "REJECT", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed sanctions on Turkey on Monday. Turkey vowed to retaliate.",
        "The US imposed sanctions on Turkey on Monday. Turkey said it would retaliate.",
    ],
)
def test_a_retaliation_with_no_target_named_answers_the_last_acts_maker(tagger, text):
    assert ("TUR", "USA", "THREATEN", "asserted") in triples(tag(tagger, text))


def test_the_move_after_a_request_is_still_the_act_the_request_answers(tagger):
    text = (
        "The United States on Friday imposed sanctions on three Chinese companies. Beijing said "
        "it firmly opposed the sanctions. It urged Washington to stop abusing export controls. "
        "Iran's foreign ministry spokesman called the move a violation of international law."
    )
    rows = triples(tag(tagger, text, datetime.date(2023, 6, 10)))
    assert ("IRN", "USA", "ACCUSE", "asserted") in rows
    assert ("IRN", "CHN", "ACCUSE", "asserted") not in rows


def test_the_remarks_after_an_accusation_are_the_accusers_though_the_move_is_not(tagger):
    # "the move" after an accusation is the accused's act; "the comments" are the accuser's
    text = "Erdogan accused Sweden of harbouring terrorists. Stockholm condemned the comments."
    assert triples(tag(tagger, text)) == {
        ("TUR", "SWE", "ACCUSE", "asserted"),
        ("SWE", "TUR", "ACCUSE", "asserted"),
    }


def test_a_vow_of_revenge_answers_the_killer_named_before(tagger):
    text = "Israel killed a Hamas commander in Beirut on Tuesday. Hamas vowed to avenge his death."
    assert ("PSE", "ISR", "THREATEN", "asserted") in triples(tag(tagger, text))


def test_an_army_chief_is_the_general_named_after_him(tagger):
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan visited Cairo on Tuesday. The general met "
        "Egyptian President Abdel Fattah al-Sisi."
    )
    met = [e for e in tag(tagger, text) if e.sentence_index == 1]
    assert {(e.source_country, e.target_country, e.plover_type) for e in met} == {
        ("SDN", "EGY", "CONSULT")
    }
