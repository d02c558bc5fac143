"""The Phoenix compiler: deterministic output, its formats and noise rules, on a small excerpt."""

import pathlib

from transforms.tagging.dictionaries.actors import main
from transforms.tagging.dictionaries.names import news_case
from transforms.tagging.dictionaries.phoenix import parse_actors, parse_date
from transforms.tagging.dictionaries.phoenix_codes import split_code
from transforms.tagging.dictionaries.phoenix_tables import OUTPUTS

EXCERPT = pathlib.Path(__file__).parents[3] / "resources" / "tagging" / "phoenix"


def compile_to(folder: pathlib.Path) -> dict[str, str]:
    assert main(["--shared", "/nonexistent", "--source", str(EXCERPT), "--out", str(folder)]) == 0
    return {path.name: path.read_text("utf-8") for path in sorted(folder.iterdir())}


def rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def test_compiler_is_deterministic_and_credits_its_source(tmp_path):
    first = compile_to(tmp_path / "first")
    second = compile_to(tmp_path / "second")
    assert first == second
    assert set(first) == {filename for filename, *_ in OUTPUTS}
    for text in first.values():
        assert text.startswith("# Compiled by transforms/tagging/dictionaries/actors.py")
        assert "MIT" in text.split("\n\n")[0] and "PETRARCH2-LICENSE.txt" in text


def test_compiled_rows(tmp_path):
    files = compile_to(tmp_path)
    people = {(row[0], row[5]): row for row in rows(files["phoenix_people.tsv"])}
    assert people[("Anna Lindh", "2003-01-01")] == [
        "Anna Lindh", "", "SWE", "GOV", "official", "2003-01-01", "2003-10-31"
    ]  # fmt: skip
    assert people[("Carl XVI Gustaf", "1973-09-15")][4:] == ["leader", "1973-09-15", ""]
    # Consecutive primary lines share the codes below them; a title is no part of a name.
    assert people[("Ivo Josipovic", "2012-02-19")][1] == "Josipovic"
    assert people[("Ivo Josipovic", "2012-02-19")][4] == "president"
    assert people[("Sheikh Ahmed Yassin", "1987-01-01")][2:4] == ["PSE", "REB"]
    assert not any("Secretary" in row[0] for row in rows(files["phoenix_people.tsv"]))
    groups = {row[0]: row for row in rows(files["phoenix_groups.tsv"])}
    assert groups["Hamas"][2:] == ["PSE", "REB"] and groups["Hezbollah"][2:] == ["LBN", "REB"]
    assert "Abu Nidal Organization" not in groups  # IMG: no country the tagger can code
    countries = {row[0]: row for row in rows(files["phoenix_countries.tsv"])}
    assert countries["KWT"][2] == "Kuwaiti" and "Kuwait City" in countries["KWT"][1]
    assert "Stockholm" in countries["SWE"][3].split("|")
    organizations = rows(files["phoenix_organizations.tsv"])
    assert ["NATO", "NATO", "IGO"] in organizations
    assert ["ARL", "Arab League", "IGO"] in organizations
    agents = {row[0]: row for row in rows(files["phoenix_agents.tsv"])}
    assert agents["foreign minister"] == ["foreign minister", "GOV", "title"]
    assert agents["attorneys general"][1] == "GOV" and agents["policemen"][1] == "COP"
    assert agents["police officer"] == ["police officer", "COP", "title"]  # a person, who travels
    assert agents["ministry of defense"][1] == "MIL"
    assert "farmer" not in agents  # AGR: no tagger sector
    assert not any(term.startswith("embassy") for term in agents)  # would swallow "in"


def test_news_case_and_codes():
    assert news_case("BASHAR_AL-ASSAD_") == "Bashar al-Assad"
    assert news_case("CARL_XVI_GUSTAF_") == "Carl XVI Gustaf"
    assert news_case("SEAN_O'BRIEN_") == "Sean O'Brien"
    assert news_case("ETA_", acronyms=True) == "ETA"
    assert news_case("HAMAS_", acronyms=True) == "Hamas"
    assert split_code("USAGOVMIL") == ("USA", "GOV")
    assert split_code("PSEREBHMS") == ("PSE", "REB")
    assert split_code("IGOUNODEVWBK") == ("WBK", "IGO")
    assert split_code("IGOWSTNAT") == ("NATO", "IGO")
    assert split_code("IMGMUSALQ") is None and split_code("SWEGOVMED") == ("SWE", "GOV")
    assert split_code("USAMED") is None


def test_phoenix_dates_and_records():
    assert str(parse_date("030101")) == "2003-01-01" and str(parse_date("730915")) == "1973-09-15"
    assert str(parse_date("19870101")) == "1987-01-01" and parse_date("2004017") is None
    records, malformed = parse_actors(
        "X_  # CountryInfo.txt\n\t[SWEGOV >061101]\n\t[SWEELI]\nY_ [AFG]\n+Z_\n"
    )
    assert malformed == 0 and [r.phrase for r in records] == ["X_", "Y_"]
    assert records[0].restrictions[0].dated and not records[0].restrictions[1].dated
    assert records[1].synonyms == ["Z_"]


def test_a_bracketed_acronym_is_an_alias_of_its_name_never_alone():
    from transforms.tagging.dictionaries.names import unbracketed

    assert unbracketed("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_") == (
        "LIBERATION_TIGERS_OF_TAMIL_EELAM",
        "LTTE",
    )
    assert unbracketed("EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_") == (
        "EJERCITO_DEL_PUEBLO_EN_ARMAS",
        None,  # three letters: "EPA" alone is mostly a US agency
    )
    assert unbracketed("DIRECT_ACTION_(GREECE)_") == ("DIRECT_ACTION", None)
    assert unbracketed("HAMAS_") == ("HAMAS_", None)
