"""The data files load, agree with each other and with ISO 3166 and the taxonomy."""

from importlib import resources

import pycountry
import pytest

from transforms.tagging.dictionaries.verbs import plover_type
from transforms.tagging.entries import data_rows
from transforms.tagging.lexicon import load_lexicon
from transforms.tagging.pattern_files import compile_trigger, load_irregular_verbs, load_patterns
from transforms.tagging.patterns import PatternSet
from transforms.tagging.taxonomy import IN_SCOPE, future_code, load_taxonomy, plover_for_cameo

IO_CODES = {row["code"] for _, row in data_rows("organizations.tsv")}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "IGO", "NGO", "BUS", "CVL", "ELI"}
COMPILED = [
    "phoenix_countries.tsv",
    "phoenix_people.tsv",
    "phoenix_institutions.tsv",
    "phoenix_groups.tsv",
    "phoenix_organizations.tsv",
    "phoenix_agents.tsv",
]


def test_taxonomy_rows_are_in_scope_and_scaled():
    table = load_taxonomy()
    assert {row.plover_type for row in table.values()} <= set(IN_SCOPE)
    assert table["041"].plover_mode == "phone" and table["041"].goldstein == 1.0
    assert table["163"].goldstein == -8.0 and table["163"].quad_class == 4
    for code, row in table.items():
        assert code.isdigit() and len(code) in (3, 4)
        assert -10.0 <= row.goldstein <= 10.0
        assert row.quad_class in (1, 2, 3, 4)


def test_every_pattern_code_is_in_the_taxonomy():
    table = load_taxonomy()
    for pattern in load_patterns():
        assert pattern.cameo in table, pattern.pattern_id
        assert all(code in table for _, code in pattern.refine), pattern.pattern_id
        assert pattern.anchors, pattern.pattern_id


def test_every_pattern_has_its_own_id():
    # an id names one pattern in error messages and the docs; nine hand-written ones had twins
    ids = [pattern.pattern_id for pattern in load_patterns()]
    assert len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1]


def test_every_compiled_cameo_code_is_in_the_taxonomy_with_its_plover_type():
    table = load_taxonomy()
    compiled = [pattern for pattern in load_patterns() if pattern.compiled]
    assert len(compiled) > 3000
    for pattern in compiled:
        assert pattern.cameo in table, pattern.pattern_id
        assert table[pattern.cameo].plover_type == plover_type(pattern.cameo)
    assert table["0256"].plover_type == "REQUEST"  # appeals and demands are both REQUEST


def test_future_codes_and_roots():
    table = load_taxonomy()
    assert future_code(table["042"]) == "036"
    assert future_code(table["073"]) == "0333"
    assert future_code(table["163"]) is None
    assert plover_for_cameo("190") == "ASSAULT" and plover_for_cameo("0874") == "RETREAT"


def test_countries_and_actors_use_known_codes():
    lexicon = load_lexicon()
    lexicon.materialize_all()  # the compiled Phoenix entries too
    senses = [sense for senses in lexicon.names.values() for sense in senses]
    codes = {sense.code for sense in senses if sense.code}
    for code in codes - IO_CODES - {"XKX"}:
        assert pycountry.countries.get(alpha_3=code) is not None, code
    assert {sense.sector for sense in senses if sense.sector} <= SECTORS
    terms = [sense for senses in lexicon.terms.values() for sense in senses]
    assert {sense.sector for sense in terms} <= SECTORS
    assert {sense.agent_kind for sense in terms} <= {"title", "body", "people", "honorific"}


def test_compiled_files_credit_their_source_and_use_known_codes():
    for filename in COMPILED:
        text = resources.files("transforms.tagging").joinpath("data", filename).read_text("utf-8")
        assert text.startswith("# Compiled by transforms/tagging/dictionaries/actors.py"), filename
        assert "MIT" in text[:400] and "PETRARCH2-LICENSE.txt" in text[:400], filename
    licence = resources.files("transforms.tagging").joinpath("data", "PETRARCH2-LICENSE.txt")
    assert "MIT License" in licence.read_text("utf-8")
    for number, row in data_rows("phoenix_people.tsv"):
        assert row["sector"] in SECTORS - {"ELI"}, f"phoenix_people.tsv:{number}"
        assert row["start"] or row["end"], f"phoenix_people.tsv:{number}"
        assert not (row["start"] and row["end"]) or row["end"] >= row["start"], number
        code = row["country"]
        assert code in IO_CODES | {"XKX"} or pycountry.countries.get(alpha_3=code), number
    for number, row in data_rows("phoenix_groups.tsv"):
        assert row["sector"] in ("REB", "OPP"), f"phoenix_groups.tsv:{number}"
    for number, row in data_rows("phoenix_organizations.tsv"):
        assert row["code"] in IO_CODES, f"phoenix_organizations.tsv:{number}"


def test_leaders_are_dated():
    seen = set()
    for number, row in data_rows("leaders.tsv"):
        assert row["start"], f"leaders.tsv:{number}"
        assert not row["end"] or row["end"] >= row["start"], f"leaders.tsv:{number}"
        role = (row["name"], row["country"], row["start"])
        assert role not in seen, f"leaders.tsv:{number}: a second row for {role}"
        seen.add(role)


def test_pattern_language():
    irregular = load_irregular_verbs()
    body, anchors = compile_trigger("{meet} [with]", irregular)
    assert {"meet", "met", "meets", "meeting"} == set(anchors)
    patterns = PatternSet(load_patterns())
    matches = patterns.match(["they", "held", "phone", "talks", "with", "him"])
    assert [(m.start, m.end) for m in matches] == [(1, 5)]
    assert matches[0].patterns[0].pattern_id == "phone-talks"


def test_bad_pattern_line_is_refused():
    from transforms.tagging.pattern_files import _pattern

    with pytest.raises(ValueError):
        _pattern(
            {"id": "x", "pattern": "meet", "cameo": "040", "source": "left", "target": "object"}, {}
        )


def test_verb_macros_inflect_to_the_forms_news_uses():
    """A {lemma} is one verb (a particle follows it: "{tear}_up"), and verbs that double their
    last consonant are listed in verbs.tsv ("conferred", not "confered")."""
    import json
    import re

    from transforms.tagging.pattern_files import inflect

    text = resources.files("transforms.tagging").joinpath("data/patterns.jsonl").read_text()
    patterns = [json.loads(line)["pattern"] for line in text.splitlines() if line.strip()]
    lemmas = {lemma for pattern in patterns for lemma in re.findall(r"\{([^}]+)\}", pattern)}
    assert not [lemma for lemma in lemmas if "_" in lemma or " " in lemma]
    irregular = load_irregular_verbs()
    for lemma, past in [("confer", "conferred"), ("bring", "brought"), ("agree", "agreeing")]:
        assert lemma in lemmas and past in inflect(lemma, irregular)
