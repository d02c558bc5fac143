"""Compile PETRARCH2's Phoenix actor and agent dictionaries (MIT) into the tagger's data files.

Run by a developer, never at tagging time:
``python -m transforms.tagging.dictionaries.actors --shared /work/shared [--stats]`` reads
``corpora/petrarch2-dictionaries/`` under ``--shared`` (or ``--source DIR``) and writes, rows
sorted so that two runs give identical files, into ``transforms/tagging/data/`` (``--out``),
each file under a comment naming its source and the MIT licence (``PETRARCH2-LICENSE.txt``),
the six files of ``docs/tagger.md``'s table ("Compiled actor dictionaries"), which says what each
holds and how its rows are chosen.

Names go from Phoenix's capitals to the case they have in news ("BASHAR_AL-ASSAD_" ->
"Bashar al-Assad", "CARL_XVI_GUSTAF_" -> "Carl XVI Gustaf"; in organisation and group names a
one-word name of up to four letters and words without a vowel stay capitals: "ETA", "PKK"), so
the case-sensitive lexicon matches them as written.

Every rule, with the counts kept and dropped on the Phoenix files as shipped (``--stats`` prints
them), is listed in ``docs/tagger.md`` ("Compiled actor dictionaries").
"""

import argparse
import datetime
import difflib
import pathlib
import re
import sys

import pycountry

from transforms.tagging.dictionaries.names import (
    TITLE_HEADS,
    NoiseFilter,
    news_case,
    plain_spelling,
    record_names,
    vocabulary,
)
from transforms.tagging.dictionaries.phoenix import (
    ActorRecord,
    decode,
    parse_actors,
    parse_agents,
    parse_discards,
)
from transforms.tagging.dictionaries.phoenix_codes import (
    SECTOR_ALIASES,
    TAGGER_SECTORS,
    is_country,
    split_code,
)
from transforms.tagging.dictionaries.phoenix_tables import (
    Tables,
    add_leaders_surnames,
    drop_given_names,
    write_tables,
)
from transforms.tagging.text import words

SOURCE_DIR = "corpora/petrarch2-dictionaries"
DATA_DIR = pathlib.Path(__file__).resolve().parent.parent / "data"
ARMED = frozenset({"REB"})
SPELLING = 0.85  # similarity to the country's name above which a synonym is a misspelling
DEMONYM_SUFFIXES = ("an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "ine", "ite", "er", "ois")
ROLE_SECTIONS = (
    (re.compile(r"vice presidents?", re.I), "vice president"),
    (re.compile(r"presidents?\b", re.I), "president"),
    (re.compile(r"prime ministers?", re.I), "prime minister"),
    (re.compile(r"chancellors?", re.I), "chancellor"),
    (re.compile(r"monarch", re.I), "monarch"),
    (re.compile(r"secretar(y|ies) of state", re.I), "secretary of state"),
    (re.compile(r"secretar(y|ies) of defense", re.I), "defense secretary"),
    (re.compile(r"attorneys? general", re.I), "attorney general"),
)
FUNCTION_WORDS = words("in of to at for from on the a an and with by as into over under")
SECTION_REACH = 12  # records after a "# Presidents" comment that are taken to be presidents


def _role(record: ActorRecord) -> str:
    for pattern, role in ROLE_SECTIONS:
        # CountryInfo's sections are not closed: ministers follow a "# Prime Ministers" list.
        if pattern.search(record.section) and record.since_section < SECTION_REACH:
            return role
    undated = [r for r in record.restrictions if not r.dated]
    eli = [r for r in record.restrictions if r.code.endswith("ELI")]
    if eli and any(r.code.endswith("ELI") for r in undated):
        return "leader"
    return "official"


def _day(day: datetime.date | None) -> str:
    return day.isoformat() if day else ""


def compile_countries(record: ActorRecord, code: str, keep: NoiseFilter, tables: Tables) -> None:
    """One state's extra names and demonyms (sharing a stem with its ISO names), and places."""
    official = pycountry.countries.get(alpha_3=code)
    iso_names = [
        str(getattr(official, key)) for key in ("name", "common_name", "official_name")
        if getattr(official, key, None)
    ] or [news_case(record.phrase)]  # fmt: skip
    stems = {plain_spelling(name)[:3] for name in iso_names}
    reference = plain_spelling(iso_names[0])
    names, demonyms, places = [], [], []
    for phrase in [record.phrase, *record.synonyms]:
        lower = plain_spelling(news_case(phrase))
        state = lower[:3] in stems or lower.startswith(("republic", "kingdom"))
        if not keep.keep(phrase, "country" if state else "place", english=not state):
            continue
        name = news_case(phrase)
        if not state:
            target = places  # cities and regions ("Leipzig" heads a DDR-then-DEU entry)
        elif (
            " " not in name
            and lower.endswith(DEMONYM_SUFFIXES)
            and not lower.endswith(("land", "stan", "tan"))
            and (
                len(lower) > len(reference)
                or difflib.SequenceMatcher(None, lower, reference).ratio() < SPELLING
            )
        ):
            target = demonyms
        else:
            target = names
        if name not in target:
            target.append(name)
    if names or demonyms or places:
        tables.countries.append([code, "|".join(names), "|".join(demonyms), "|".join(places)])


def compile_actor_file(
    records: list[ActorRecord], keep: NoiseFilter, tables: Tables, *, groups_file: bool
) -> None:
    """People, institutions, groups and organisations of one actors file."""
    for record in records:
        dated = [r for r in record.restrictions if r.dated]
        undated = [r for r in record.restrictions if not r.dated]
        states = {r.code for r in record.restrictions if len(r.code) == 3 and is_country(r.code)}
        roles = {r.code[3:6] for r in record.restrictions} & TAGGER_SECTORS
        if not groups_file and len(states) == 1 and not roles:
            # A state, sometimes with dated codes for its past ("[KWT <900802]",
            # "[KWTOCC 900802-910206]", "[USRUKR <910824]"): Phoenix's dates end in the 1990s.
            code = "XKX" if min(states) == "KSV" else min(states)
            if is_country(code):
                compile_countries(record, code, keep, tables)
                tables.stats["kept country"] += 1
            else:
                tables.stats["dropped country: no ISO code"] += 1
            continue
        roles = [(r, split_code(r.code)) for r in dated]
        roles = [(r, split) for r, split in roles if split and split[1] != "ELI"]
        backwards = [r for r, _ in roles if r.start and r.end and r.end < r.start]
        tables.stats["dropped role: ends before it starts"] += len(backwards)
        roles = [(r, split) for r, split in roles if r not in backwards]
        if dated:
            if not roles:
                tables.stats["dropped person: no role the tagger codes"] += len(dated) and 1
                continue
            names = record_names(record, keep, "person", acronyms=False)
            if not names:
                continue
            role = _role(record)
            for restriction, (country, sector) in roles:
                sector = sector or ("IGO" if len(country) != 3 or country == "UNO" else "GOV")
                tables.people.append(
                    [
                        names[0],
                        "|".join(names[1:]),
                        country,
                        sector,
                        role,
                        _day(restriction.start),
                        _day(restriction.end),
                    ]
                )
            tables.stats["kept person"] += 1
            continue
        codes = [split_code(r.code) for r in undated]
        codes = [split for split in codes if split]
        if not codes:
            tables.stats["dropped entry: code not expressible"] += 1
            continue
        country, sector = codes[0]
        organisation = any(r.code.startswith(("IGO", "NGO")) for r in undated)
        if groups_file or sector in ARMED:
            names = record_names(record, keep, "group", acronyms=True)
            if names:
                tables.groups.append([names[0], "|".join(names[1:]), country, sector or "REB"])
                tables.stats["kept group"] += 1
        elif organisation:
            names = record_names(record, keep, "organisation", acronyms=True)
            if names:
                tables.organizations.append([country, "|".join(names), sector or "IGO"])
                tables.stats["kept organisation"] += 1
        elif sector is not None:
            names = record_names(record, keep, "institution", acronyms=True)
            for name in names:
                tables.institutions.append([name, country, sector, names[0]])
            tables.stats["kept institution"] += bool(names)
        else:
            tables.stats["dropped entry: state code without sector"] += 1


# Phoenix agent words that name places, not people: "Israeli settlements" is Israel's thing
# (an object by its demonym), and a bare "settlements" later is no actor
PLACE_NOUNS = frozenset({"settlement", "settlements"})


def compile_agents(agents: list[tuple[str, str]], keep: NoiseFilter, tables: Tables) -> None:
    """Agent words whose code maps to a tagger sector, lower-case, with their kind."""
    seen: set[str] = set()
    for phrase, code in agents:
        if not code.startswith("~"):
            tables.stats["dropped agent: organisation-type code"] += 1
            continue
        sector = SECTOR_ALIASES.get(code[1:4], code[1:4])
        if sector not in TAGGER_SECTORS or sector == "ELI":
            tables.stats["dropped agent: sector not coded by the tagger"] += 1
            continue
        term = " ".join(re.split(r"[_\s]+", phrase.strip("_ ").lower()))
        if len(term) <= 2 or term in seen or re.search(r"[^a-z' .-]", term):
            tables.stats["dropped agent: short, repeated or not a word"] += 1
            continue
        if term.upper() in keep.discards:
            tables.stats["dropped agent: discard"] += 1
            continue
        if term in PLACE_NOUNS:
            tables.stats["dropped agent: a place, not people"] += 1
            continue
        first, last = term.split()[0], term.split()[-1]
        if first in FUNCTION_WORDS or last in FUNCTION_WORDS or last[:-1] in FUNCTION_WORDS:
            # "EMBASSY_IN" would swallow the "in" that makes "in Damascus" a place
            tables.stats["dropped agent: starts or ends with a function word"] += 1
            continue
        seen.add(term)
        kind = "title" if last in TITLE_HEADS else "people" if sector == "CVL" else "body"
        tables.agents.append([term, sector, kind])
        tables.stats["kept agent"] += 1


def compile_all(source: pathlib.Path) -> Tables:
    """Every compiled table from the Phoenix files in ``source``."""
    tables = Tables()
    discards = parse_discards(decode((source / "Phoenix.discards.txt").read_bytes()))
    keep = NoiseFilter(vocabulary(source), discards, tables.stats)
    for name in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        path = source / name
        if not path.exists():
            continue
        records, malformed = parse_actors(decode(path.read_bytes()))
        tables.stats["dropped malformed code"] += malformed
        compile_actor_file(records, keep, tables, groups_file="MilNonState" in name)
    drop_given_names(tables)
    add_leaders_surnames(tables, keep.vocabulary)
    agents_path = source / "Phoenix.agents.txt"
    if agents_path.exists():
        compile_agents(parse_agents(decode(agents_path.read_bytes())), keep, tables)
    return tables


def main(argv: list[str] | None = None) -> int:
    """Compile the Phoenix dictionaries found under ``--shared`` into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=pathlib.Path,
        required=True,
        help="the shared folder holding corpora/petrarch2-dictionaries/",
    )
    parser.add_argument(
        "--source",
        type=pathlib.Path,
        default=None,
        help="the Phoenix folder itself (overrides --shared's)",
    )
    parser.add_argument(
        "--out",
        type=pathlib.Path,
        default=DATA_DIR,
        help="where to write the compiled files (default: the tagger's data/)",
    )
    parser.add_argument("--stats", action="store_true", help="print kept/dropped counts")
    args = parser.parse_args(argv)  # fmt: skip
    source = args.source or args.shared / SOURCE_DIR
    if not (source / "Phoenix.Countries.actors.txt").exists():
        parser.error(f"no Phoenix.Countries.actors.txt in {source}")
    tables = compile_all(source)
    for path in write_tables(tables, args.out):
        print(path)
    if args.stats:
        for key, count in sorted(tables.stats.items()):
            print(f"{count:7d}  {key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
