"""Date expressions resolved against the publication date (Friday 24 February 2023)."""

import datetime

from tests.transforms.tagging.helpers import tag
from transforms.tagging.dates import find_dates
from transforms.tagging.event_dates import date_of_event

FRIDAY = datetime.date(2023, 2, 24)


def resolved(text: str, future: bool = False) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.date.isoformat(), d.precision) for d in find_dates(text, FRIDAY, future=future)
    ]


def test_weekdays_look_back_unless_the_event_is_ahead():
    assert resolved("met on Friday evening") == [("on Friday evening", "2023-02-24", "day")]
    assert resolved("met on Tuesday") == [("on Tuesday", "2023-02-21", "day")]
    assert resolved("will meet on Tuesday", future=True) == [("on Tuesday", "2023-02-28", "day")]
    assert resolved("last Friday") == [("last Friday", "2023-02-17", "day")]


def test_explicit_and_relative_dates():
    assert resolved("on February 24, 2023") == [("February 24, 2023", "2023-02-24", "day")]
    assert resolved("on 3 January 2022") == [("3 January 2022", "2022-01-03", "day")]
    assert resolved("in December 2022") == [("December 2022", "2022-12-01", "month")]
    assert resolved("yesterday") == [("yesterday", "2023-02-23", "day")]
    assert resolved("last week") == [("last week", "2023-02-17", "week")]
    assert resolved("in 2012") == [("in 2012", "2012-01-01", "year")]
    assert resolved("on Dec. 30") == [("Dec. 30", "2022-12-30", "day")]


def test_a_day_or_month_of_last_or_next_year_is_in_that_year():
    # real news: "broke diplomatic ties with Qatar on June 5 last year" (published June 2018)
    assert resolved("on June 5 last year") == [("June 5 last year", "2022-06-05", "day")]
    assert resolved("on 5 June last year") == [("5 June last year", "2022-06-05", "day")]
    assert resolved("in June last year") == [("in June last year", "2022-06-01", "month")]
    assert resolved("in March next year", future=True) == [
        ("in March next year", "2024-03-01", "month")
    ]
    assert resolved("on January 10 this year") == [("January 10 this year", "2023-01-10", "day")]


def test_numeric_dates_go_to_dateparser():
    assert resolved("signed on 24/02/2023") == [("24/02/2023", "2023-02-24", "day")]


def test_text_without_dates():
    assert resolved("Qatar may consider reopening its embassy.") == []


def test_may_the_month_is_a_date_and_no_modal(tagger):
    assert resolved("agreed in May to restore ties") == [("in May", "2022-05-01", "month")]
    rows = tag(tagger, "Putin pledged in May to visit China.")
    assert {row.modality for row in rows} == {"future"}


def test_a_date_before_an_infinitive_is_the_pledges(tagger):
    rows = tag(tagger, "Tehran and Riyadh agreed in January to restore ties.")
    assert {str(row.event_date) for row in rows} == {"2023-01-01"}


def test_a_date_after_a_deal_before_an_infinitive_is_the_deals(tagger):
    rows = tag(tagger, "Peru and Bolivia clinched a deal on January 20 to restore ties.")
    assert {row.modality for row in rows} == {"asserted", "future"}
    assert {str(row.event_date) for row in rows} == {"2023-01-20"}  # not next January's


def test_a_lapse_back_from_now_dates_by_the_year():
    assert resolved("seven years after Riyadh cut ties") == [
        ("seven years after", "2016-01-01", "year")
    ]
    assert resolved("two decades ago") == [("two decades ago", "2003-01-01", "year")]


def test_a_lapse_of_days_weeks_or_months_counts_back():
    assert resolved("protested two days ago") == [("two days ago", "2023-02-22", "day")]
    assert resolved("met 10 days ago") == [("10 days ago", "2023-02-14", "day")]
    assert resolved("five weeks ago") == [("five weeks ago", "2023-01-20", "week")]
    assert resolved("three months ago") == [("three months ago", "2022-11-26", "month")]


def test_a_year_in_the_sentence_before_dates_no_new_event(tagger):
    text = (
        "The EU imposed travel bans on seven Venezuelan officials last year. Maduro accused "
        "Washington of orchestrating a coup."
    )
    accusation = next(row for row in tag(tagger, text) if row.plover_type == "ACCUSE")
    assert accusation.date_is_fallback and accusation.event_date == FRIDAY


def test_interference_in_a_country_does_not_make_it_the_target(tagger):
    text = "Russia and China said they opposed any foreign interference in Venezuela."
    assert not any(row.target_country == "VEN" for row in tag(tagger, text))


def test_an_expected_acts_weekday_after_it_looks_ahead_one_before_it_is_the_urgings(tagger):
    expected = tag(tagger, "Blinken is expected to visit China on Sunday.")
    assert [(e.modality, e.event_date) for e in expected] == [
        ("hypothetical", datetime.date(2023, 2, 26))
    ]
    urged = tag(tagger, "On Tuesday, Biden urged Xi to visit Washington.")
    assert sorted((e.modality, e.event_date) for e in urged) == [
        ("asserted", datetime.date(2023, 2, 21)),
        ("hypothetical", FRIDAY),  # (no date of its own; not the coming Tuesday)
    ]


def test_a_date_before_and_is_the_first_conjuncts_when_the_second_has_its_own(tagger):
    text = (
        "The UAE led the way, reopening its embassy in Damascus in 2018 and hosting Assad in "
        "Abu Dhabi last year."
    )
    visits = [e for e in tag(tagger, text) if e.plover_type == "CONSULT"]
    assert [(e.event_date.year, e.date_text) for e in visits] == [(2022, "last year")]


def test_a_possessive_after_to_opens_no_infinitive_whose_date_it_would_be(tagger):
    events = tag(tagger, "The US added Huawei to its entity list in 2019.")
    assert [(e.modality, e.event_date.year) for e in events] == [("historical", 2019)]


def test_a_deadline_is_no_date_of_the_event(tagger):
    events = tag(tagger, "Iran must release the tanker by Friday, Britain said on Tuesday.")
    assert [e.event_date for e in events] == [datetime.date(2023, 2, 21)]
    assert resolved("ECOWAS gave the junta until Sunday to act.") == []


def test_an_agreement_dated_with_an_abbreviated_month_still_looks_ahead(tagger):
    events = tag(tagger, "Japan and China agreed on Nov. 3 to resume talks.")
    assert not any(e.plover_type == "CONSULT" and e.modality == "asserted" for e in events)


def test_a_date_before_since_is_not_the_since_clauses(tagger):
    text = (
        "Petro met Maduro on Tuesday, their first meeting since Colombia and Venezuela restored "
        "relations in August."
    )
    events = tag(tagger, text, datetime.date(2022, 11, 2))
    restored = [e for e in events if e.plover_type == "SUPPORT"]
    assert restored and {(e.event_date, e.date_precision) for e in restored} == {
        (datetime.date(2022, 8, 1), "month")
    }


def test_a_date_before_weeks_after_is_not_the_later_clauses():
    text = "Lavrov arrived in Pyongyang on Wednesday, weeks after Kim met Putin in Vostochny."
    start = text.index("met")
    dated = date_of_event(text, datetime.date(2023, 10, 19), "asserted", start, start + 3)
    assert dated[2] is None and dated[3]  # no date of its own: the publication date, flagged


def test_a_month_after_an_infinitive_dates_the_infinitives_act_not_the_invitation(tagger):
    rows = tag(tagger, "Modi invited Macron to attend the G20 summit in New Delhi in September.")
    # (the attendance, asked of Macron, is hypothetical: the G20 is an organisation since 2.16.0)
    assert [(row.plover_type, row.modality) for row in rows] == [
        ("AGREE", "asserted"),
        ("CONSULT", "hypothetical"),
    ]
    assert rows[0].event_date != datetime.date(2022, 9, 1)  # no September before publication
    assert rows[0].date_text != "in September"


def test_an_earlier_month_of_the_sentence_before_is_background_not_continued(tagger):
    text = (
        "The Netherlands expelled two Russians in February. The Dutch foreign minister, Stef "
        "Blok, called Moscow's move unjustified."
    )
    rows = [row for row in tag(tagger, text, datetime.date(2019, 5, 14)) if row.sentence_index]
    assert [(row.plover_type, str(row.event_date)) for row in rows] == [("ACCUSE", "2019-05-14")]


def test_a_planned_day_in_the_sentence_before_dates_nothing_after_it(tagger):
    text = (
        "Qatar said the truce would begin on Thursday morning. U.S. President Joe Biden thanked "
        "Qatar's emir for his leadership."
    )
    published = datetime.date(2023, 11, 22)  # a Wednesday: Thursday is the 23rd
    (row,) = [e for e in tag(tagger, text, published) if e.plover_type == "SUPPORT"]
    assert row.event_date == published and row.date_is_fallback


def test_a_date_after_a_relative_clause_is_the_main_clauses_not_the_clauses_own(tagger):
    text = (
        "Saudi Arabia and Iran, which severed ties in 2016, agreed on Friday to restore relations."
    )
    rows = tag(tagger, text, datetime.date(2023, 3, 12))
    severed = [row for row in rows if row.cameo_code == "161"]
    assert severed and all(row.modality == "historical" for row in severed)
    assert all(row.event_date == datetime.date(2016, 1, 1) for row in severed)
    agreed = [row for row in rows if row.cameo_code == "030"]
    assert agreed and all(row.event_date == datetime.date(2023, 3, 10) for row in agreed)


def test_a_date_before_a_comma_and_as_is_not_the_as_clauses(tagger):
    text = (
        "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Beijing on "
        "Monday, as the two countries seek to repair ties."
    )
    rows = tag(tagger, text, datetime.date(2023, 9, 21))
    assert all(row.event_date <= datetime.date(2023, 9, 21) for row in rows)


def test_an_undated_act_in_a_since_clause_does_not_take_the_storys_date(tagger):
    text = (
        "Xi met Putin in Moscow on Monday, his first trip abroad since the ICC issued an arrest "
        "warrant for the Russian leader."
    )
    rows = tag(tagger, text, datetime.date(2023, 9, 13))
    warrant = [row for row in rows if row.source_country == "ICC"]
    assert warrant and all(row.date_is_fallback for row in warrant)
    assert all(not row.date_is_fallback for row in rows if row.source_country == "CHN")


def test_the_weekend_before_publication_over_or_at_it():
    assert resolved("met over the weekend") == [("over the weekend", "2023-02-19", "day")]
    assert resolved("held talks at the weekend") == [("at the weekend", "2023-02-19", "day")]


def test_a_month_after_until_or_by_is_an_end_or_a_deadline():
    assert resolved("The sanctions have been extended until July.") == []
    assert resolved("Troops are to withdraw by March.") == []
    assert resolved("Qatar backed the rebels until 2013.") == [("until 2013", "2013-01-01", "year")]
    # a year after "until" later than the story's is an end still ahead (Georgia, December 2024)
    assert resolved("a decision to suspend EU accession negotiations until 2028") == []
    # a deadline with its year is no date either, nor is its "month year" part
    assert resolved("will replace the personnel by 10 March 2023.") == []


def test_a_date_in_an_appositions_relative_clause_is_not_the_main_verbs(tagger):
    text = (
        "Colombia's president Gustavo Petro, a leftist who took office in August, restored "
        "relations with Venezuela."
    )
    assert [row.date_is_fallback for row in tag(tagger, text)] == [True]


def test_a_date_in_a_relative_clause_of_what_took_place_is_not_the_trigger_s():
    text = (
        "Manalo met the Chinese ambassador to lodge a protest over the incident that took place "
        "on Saturday."
    )
    start = text.index("met")
    published = datetime.date(2023, 8, 7)
    assert date_of_event(text, published, "asserted", start, start + 3)[:2] == (published, "day")


def test_a_date_in_the_relative_clause_a_trigger_opens_is_not_the_trigger_s():
    text = "Lavrov welcomed a proposal that China put forward last week."
    end = text.index(" China")
    published = datetime.date(2023, 3, 16)
    assert date_of_event(text, published, "asserted", 7, end)[:2] == (published, "day")


def test_the_date_of_an_election_with_a_modifier_is_not_the_trigger_s_nor_the_story_s(tagger):
    text = "Chile expelled the ambassadors of Bolivia after the presidential election on July 28."
    rows = tag(tagger, text, published=datetime.date(2024, 7, 30))
    assert [(str(row.event_date), row.date_is_fallback) for row in rows] == [("2024-07-30", True)]


def test_a_weekday_after_earlier_opening_a_past_sentence_is_past_whatever_the_mode(tagger):
    text = "Earlier on Wednesday, Chile and Peru decided to restore full diplomatic ties."
    rows = tag(tagger, text, published=datetime.date(2022, 8, 18))
    assert {(str(row.event_date), row.modality) for row in rows} == {("2022-08-17", "future")}


def test_a_weekday_after_an_inverted_speech_tag_dates_the_statement(tagger):
    # "X will do Y, said the statement on Monday": Monday is the statement's, before publication
    events = tag(tagger, "Mali will expel the Danish envoy, said the statement on Monday.")
    assert [(e.modality, e.event_date) for e in events] == [("future", datetime.date(2023, 2, 20))]


def test_then_continues_the_sentence_before_even_a_year_ago_as_history(tagger):
    text = (
        "The African Union suspended Guinea's membership in 2021. Senegal then recalled its"
        " ambassador from Guinea."
    )
    recalls = [e for e in tag(tagger, text) if e.trigger_text.startswith("recalled")]
    assert [(e.modality, e.event_date.year) for e in recalls] == [("historical", 2021)]


def test_the_day_a_measure_takes_effect_is_no_date_of_what_was_done(tagger):
    text = (
        "Lithuania said on Tuesday, in solidarity with Latvia, that it will downgrade relations"
        " with Belarus effective March 30, demanding Minsk free the detainees."
    )
    demands = [e for e in tag(tagger, text) if e.plover_type == "REQUEST"]
    assert [(e.modality, e.event_date) for e in demands] == [
        ("asserted", datetime.date(2023, 2, 21))
    ]


def test_a_year_with_a_part_of_it_named_is_that_year(tagger):
    # "relations were restored in mid-2017": "mid-", "early", "the summer of" and "the end of"
    # before the year had left the act with no date at all, read as the day's news
    assert resolved("restored ties in mid-2017") == [("in mid-2017", "2017-01-01", "year")]
    assert resolved("since early 2021") == [("since early 2021", "2021-01-01", "year")]
    assert resolved("in the summer of 2019") == [("in the summer of 2019", "2019-01-01", "year")]
    assert resolved("at the end of 2020") == [("at the end of 2020", "2020-01-01", "year")]
    assert [
        (r.modality, r.event_date.year)
        for r in tag(tagger, "Egypt cut ties with Qatar in late 2017.")
    ] == [("historical", 2017)]


def test_a_month_already_past_after_an_infinitive_is_the_agreements(tagger):
    # said in July, "agreed to exchange ambassadors in May" had left the agreement undated and
    # put the exchange in next year's May; a month still ahead stays the infinitive's
    rows = tag(tagger, "Sisi and Erdogan agreed to exchange ambassadors in May.", JULY)
    dates = {(row.modality, str(row.event_date), row.date_is_fallback) for row in rows}
    assert dates == {("asserted", "2023-05-01", False), ("future", "2023-07-04", True)}
    later = tag(tagger, "Macron invited Lula to attend the summit in September.", JULY)
    assert [str(row.event_date) for row in later] == ["2023-07-04"]
    # (not past a report of another act: 'thanked X and said "... to take forward the agreements
    # reached during our last meeting" in April' keeps the day of publication)
    report = tag(
        tagger,
        'Egypt thanked Jordan for the exchanges and said "steps have been taken to take forward '
        'the agreements reached at our last meeting" in April.',
        JULY,
    )
    assert [str(row.event_date) for row in report] == ["2023-07-04"]
    # so is a year already past: "agreed a deal to cut methane ... late last year"
    deal = tag(tagger, "India and Japan agreed a deal to expand trade late last year.")
    assert {str(row.event_date) for row in deal} == {"2022-01-01"}


def test_a_part_of_a_relative_year_or_month_is_that_year_or_month():
    # "agreed a deal ... late last year" had been read as the day's news
    assert resolved("agreed late last year") == [("late last year", "2022-01-01", "year")]
    assert resolved("met in mid-last month") == [("mid-last month", "2023-01-01", "month")]
    assert resolved("talks early next month") == [("early next month", "2023-03-01", "month")]


def test_a_year_before_the_triggers_own_act_noun_is_its_date(tagger):
    # "signed a 2012 agreement" had been read as the day's news; another act's year ("talks on
    # reviving the 2015 nuclear deal") is that act's, not the trigger's
    assert resolved("signed a 2014 agreement on fishing") == [("2014", "2014-01-01", "year")]
    rows = tag(tagger, "Chile and Peru signed a 2014 agreement on fishing.")
    assert {(row.modality, row.event_date.year) for row in rows} == {("historical", 2014)}
    talks = tag(tagger, "Iran and Oman held talks on reviving the 2015 nuclear deal.")
    assert {row.event_date.year for row in talks} == {2023}
    # also when a name stands between the year and the noun ("the 2022 Kenya general election")
    won = tag(tagger, "Biden congratulated Ruto on winning the 2022 Kenya general election.")
    assert {row.event_date.year for row in won} == {2023}


JULY = datetime.date(2023, 7, 4)


def test_a_date_in_a_relative_clause_after_the_trigger_is_its_verbs(tagger):
    # "talked about the earthquake that struck northern Syria this month" had dated the talk to
    # the month's first day
    rows = tag(tagger, "Erdogan and Aliyev talked about the floods that hit the region this month.")
    assert rows and {row.date_precision for row in rows} == {"day"}


def test_a_participle_after_a_comma_before_a_date_is_a_reduced_relative_clauses(tagger):
    # "a hack on the UK's Electoral Commission, disclosed last year" had dated the sanctions to
    # last year
    text = (
        "Canada imposed sanctions on Iran over a hack on its Elections Office, disclosed last year."
    )
    rows = tag(tagger, text)
    assert rows and {row.date_precision for row in rows} == {"day"}


def test_a_date_after_the_cause_an_act_answers_is_the_causes(tagger):
    # "summoned the envoy in response to a Russian cyberattack on the party last year" had dated
    # the summons to last year
    text = (
        "Australia has summoned Iran's ambassador in response to an attack on a synagogue last "
        "year."
    )
    rows = tag(tagger, text)
    assert rows and {row.date_precision for row in rows} == {"day"}


def test_a_date_after_a_previous_meeting_is_that_meetings(tagger):
    # "a follow-up to the previous meeting of November 1" had dated the new meeting to November
    text = "Putin met Erdogan in Sochi, a follow-up to their previous meeting of November 1."
    rows = tag(tagger, text)
    assert rows and {row.event_date for row in rows} == {FRIDAY}


def test_a_when_clause_after_a_date_takes_that_date(tagger):
    # "The boycott had begun in June 5, 2017, when the four countries accused Qatar" had dated
    # the accusation to the article's day
    text = "The boycott began on June 5, 2017, when Egypt accused Qatar of supporting terrorism."
    rows = tag(tagger, text)
    assert rows and {row.event_date for row in rows} == {datetime.date(2017, 6, 5)}


def test_the_same_year_continues_the_sentence_befores_date(tagger):
    # "Israel and the UAE established ties in September 2020 ... Bahrain and Morocco also
    # recognised Israel in the same year": that year's, history, not the article's day
    text = (
        "Israel and Bahrain established ties in September 2020. Morocco recognised Israel in the "
        "same year."
    )
    rows = [row for row in tag(tagger, text) if row.source_country == "MAR"]
    assert rows and {(row.modality, row.event_date.year) for row in rows} == {("historical", 2020)}


def test_a_weekday_after_a_gathering_is_not_a_future_acts_day(tagger):
    # "agreed to swiftly hold consultations in the event of threats, during talks at Camp David on
    # Friday" had dated the consultations to the Friday after
    text = (
        "Japan and India agreed to hold consultations on threats, during talks in Tokyo on Friday."
    )
    saturday = FRIDAY + datetime.timedelta(days=1)
    rows = [row for row in tag(tagger, text, saturday) if row.modality == "future"]
    assert rows and {row.event_date for row in rows} == {saturday}


def test_a_date_in_an_opening_cause_phrase_is_the_causes_not_the_answers(tagger):
    text = (
        "In retaliation for the expulsion of a Japanese consul from Vladivostok last month, Japan "
        "ordered a Russian consul in Sapporo to leave the country by October 10."
    )
    dated = {(e.source_country, e.target_country): e.event_date for e in tag(tagger, text)}
    assert dated == {
        ("RUS", "JPN"): datetime.date(2023, 1, 1),  # the expulsion of "last month"
        ("JPN", "RUS"): datetime.date(2023, 2, 24),  # the answer: the story's own date
    }


def test_a_date_in_a_since_clause_before_the_act_is_where_a_span_starts(tagger):
    text = (
        "China has reversed course since Albanese took power in May last year, lifting most of "
        "its restrictions on Australian goods."
    )
    events = tag(tagger, text)
    assert [(e.modality, e.event_date) for e in events] == [
        ("asserted", datetime.date(2023, 2, 24))
    ]


def test_a_weekday_before_an_explicit_date_only_names_it():
    # real news: "will meet with U.S. President Donald Trump at the White House on Tuesday,
    # February 11, 2025"; "hosted Zelenskyy ... at the White House on Monday (18 August)"
    assert resolved("will meet on Tuesday, February 28, 2023", future=True) == [
        ("February 28, 2023", "2023-02-28", "day")
    ]
    assert resolved("hosted him on Monday (20 February)") == [("20 February", "2023-02-20", "day")]
    assert resolved("met on Tuesday in Paris") == [("on Tuesday", "2023-02-21", "day")]


def test_a_duration_before_a_lapse_dates_nothing(tagger):
    # real news: "made his first visit to Egypt in more than a decade after the two countries
    # agreed to mend ties"
    text = (
        "Erdogan made his first visit to Egypt in more than a decade after Egypt and Turkey "
        "agreed to mend ties."
    )
    rows = [row for row in tag(tagger, text) if row.trigger_text.startswith("agreed")]
    assert rows and {(row.modality, row.event_date) for row in rows} == {("asserted", FRIDAY)}
    assert resolved("seven years after Riyadh cut ties") == [
        ("seven years after", "2016-01-01", "year")
    ]


def test_a_when_clause_after_since_takes_its_date(tagger):
    # real news: "Russia has not had an ambassador in Tallinn since February 2023, when Estonia
    # expelled Moscow's envoy"; "since 2008, when former Bolivian President Evo Morales expelled"
    text = (
        "Russia has had no ambassador in Tallinn since February 2021, when Estonia expelled "
        "Moscow's envoy."
    )
    rows = [row for row in tag(tagger, text) if row.plover_type == "SANCTION"]
    assert [(row.event_date, row.modality) for row in rows] == [
        (datetime.date(2021, 2, 1), "historical")
    ]
    text = "It was their first meeting since 2022, and Wang spoke of the talks."
    assert all(row.date_text is None for row in tag(tagger, text))
