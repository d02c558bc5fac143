"""Sentences and tokens keep their offsets; abbreviations do not end sentences."""

from transforms.tagging.text import split_sentences, tokenize


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "Mr. Blinken met U.S. officials. He left.\nNew paragraph here"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Blinken met U.S. officials.",
        "He left.",
        "New paragraph here",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_tokens_split_possessives_and_contractions():
    tokens = tokenize("Qatar’s Amir didn't meet al-Assad.")
    assert [t.text for t in tokens] == [
        "Qatar",
        "’s",
        "Amir",
        "did",
        "n't",
        "meet",
        "al-Assad",
        ".",
    ]
    assert tokens[1].lower == "'s"


def test_a_months_abbreviation_before_a_day_keeps_its_dot():
    assert [t.text for t in tokenize("agreed on Nov. 3 to resume talks")][2] == "Nov."
    assert [t.text for t in tokenize("in Nov. The talks")][1:3] == ["Nov", "."]


def test_a_decimal_number_is_one_token():
    assert [t.text for t in tokenize("a further 2.5 billion pounds, 1,000 troops")][2] == "2.5"
    assert "1,000" in [t.text for t in tokenize("a further 2.5 billion pounds, 1,000 troops")]


def test_a_paragraph_break_after_an_abbreviation_ends_the_sentence():
    text = "Ankara would present new proposals to the U.N.\n\nThe two leaders also met."
    assert [s.text for s in split_sentences(text)] == [
        "Ankara would present new proposals to the U.N.",
        "The two leaders also met.",
    ]
    assert len(split_sentences("Talks at the U.N. Security Council began.")) == 1


def test_an_ellipsis_inside_a_quotation_does_not_end_the_sentence():
    text = (
        'Seoul is "worried about the risk brought by... Japan\'s products sold in Korea," an '
        "official said. He paused... Then he left."
    )
    assert [s.text for s in split_sentences(text)] == [
        'Seoul is "worried about the risk brought by... Japan\'s products sold in Korea," an '
        "official said.",
        "He paused...",
        "Then he left.",
    ]


def test_re_and_ve_contractions_are_tokens_of_their_own():
    # "they're expelling" had been one token "they're", so no pronoun led to the speaker
    texts = [token.text for token in tokenize("Officials say they’re expelling; we've agreed.")]
    assert texts == [
        "Officials",
        "say",
        "they",
        "’re",
        "expelling",
        ";",
        "we",
        "'ve",
        "agreed",
        ".",
    ]
    assert [token.text for token in tokenize("Côte d’Ivoire and O'Reilly")][1:] == [
        "d’Ivoire",
        "and",
        "O'Reilly",
    ]
