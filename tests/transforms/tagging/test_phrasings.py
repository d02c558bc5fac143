"""Phrasings from issue 9's list of real-news misses: "is in talks with", "ordered diplomats to
leave", "called for", "exported ... to" come from the compiled CAMEO dictionary; "lobbied",
"pushed back against" and "announced a partnership with" from hand-written patterns. Unit
sentences, data-driven: each is a sentence and one (source, target, PLOVER type, modality) row
it must give."""

import pytest

from tests.transforms.tagging.helpers import tag, triples

CASES = [
    (
        "Greece, which is in talks with France, will send frigates.",
        ("GRC", "FRA", "CONSULT", "asserted"),
    ),
    (
        "Poland ordered 23 Russian diplomats to leave the country on Monday.",
        ("POL", "RUS", "SANCTION", "asserted"),
    ),
    ("Germany called for Israel to halt the offensive.", ("DEU", "ISR", "REQUEST", "asserted")),
    (
        "Saudi Arabia lobbied Washington to lift the sanctions.",
        ("SAU", "USA", "REQUEST", "asserted"),
    ),
    ("China pushed back against Japan on Tuesday.", ("CHN", "JPN", "REJECT", "asserted")),
    ("Kenya announced a partnership with India on Friday.", ("KEN", "IND", "AGREE", "asserted")),
    ("North Korea exported missiles to Russia in January.", ("PRK", "RUS", "AID", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_hand_written_phrasings(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_an_order_to_leave_needs_envoys_or_nationals(tagger):
    assert tag(tagger, "Russia ordered its troops to leave the border area.") == []
