"""The compiled Phoenix tables: their rows, the people rows' clean-up, and their files.

Consumes the rows ``actors`` compiles; drops one-word aliases that start other people's names,
gives heads of state and government their surname as an alias where no other country's person
uses it, merges people rows, and writes each table sorted (two runs give identical files) under a
comment naming its source and the MIT licence.
"""

import collections
import dataclasses
import pathlib

LEADER_ROLES = frozenset(["leader", "president", "prime minister", "chancellor", "monarch"])


@dataclasses.dataclass
class Tables:
    """The compiled rows of every output file, and what was kept and dropped."""

    countries: list[list[str]] = dataclasses.field(default_factory=list)
    people: list[list[str]] = dataclasses.field(default_factory=list)
    institutions: list[list[str]] = dataclasses.field(default_factory=list)
    groups: list[list[str]] = dataclasses.field(default_factory=list)
    organizations: list[list[str]] = dataclasses.field(default_factory=list)
    agents: list[list[str]] = dataclasses.field(default_factory=list)
    stats: collections.Counter = dataclasses.field(default_factory=collections.Counter)


def drop_given_names(tables: Tables) -> None:
    """Drop one-word aliases that start other people's names ("Khalid", "Albert")."""
    given = {row[0].split()[0] for row in tables.people if " " in row[0]}
    for row in tables.people:
        given |= {alias.split()[0] for alias in row[1].split("|") if " " in alias}
    kept = []
    for row in tables.people:
        present = [alias for alias in row[1].split("|") if alias]
        aliases = [alias for alias in present if " " in alias or alias not in given]
        tables.stats["dropped person name: a given name"] += len(present) - len(aliases)
        if " " not in row[0] and row[0] in given:
            tables.stats["dropped person name: a given name"] += 1
            if not aliases:
                continue
            row = [aliases[0], "|".join(aliases[1:]), *row[2:]]
        else:
            row = [row[0], "|".join(aliases), *row[2:]]
        kept.append(row)
    tables.people = kept


def add_leaders_surnames(tables: Tables, vocabulary: set[str]) -> None:
    """Give heads of state and government their surname as an alias when no one of another
    country has the word (news says "Kumaratunga" after "President Chandrika Kumaratunga")."""
    owners: dict[str, set[str]] = collections.defaultdict(set)  # word -> countries using it
    for row in tables.people:
        for name in [row[0], *row[1].split("|")]:
            for word in name.split():
                owners[word].add(row[2])  # any use, given name or surname
    for row in tables.people:
        if row[4] not in LEADER_ROLES or " " not in row[0]:
            continue
        surname = row[0].split()[-1]
        aliases = [alias for alias in row[1].split("|") if alias]
        if (
            len(surname) >= 5
            and surname.replace("-", "").isalpha()
            and surname.upper() not in vocabulary
            and owners[surname] == {row[2]}  # one country's (the tagger dates who)
            and surname not in aliases
        ):
            row[1] = "|".join([*aliases, surname])
            tables.stats["added surname alias of a leader"] += 1


OUTPUTS = (
    ("phoenix_countries.tsv", "countries", "iso3 names demonyms places",
     "Phoenix.Countries.actors.txt"),
    ("phoenix_people.tsv", "people", "name aliases country sector role start end",
     "Phoenix.Countries/International/MilNonState.actors.txt"),
    ("phoenix_institutions.tsv", "institutions", "name country sector canonical",
     "Phoenix.Countries.actors.txt"),
    ("phoenix_groups.tsv", "groups", "name aliases country sector",
     "Phoenix.MilNonState.actors.txt and Phoenix.Countries.actors.txt"),
    ("phoenix_organizations.tsv", "organizations", "code names sector",
     "Phoenix.International.actors.txt"),
    ("phoenix_agents.tsv", "agents", "term sector kind", "Phoenix.agents.txt"),
)  # fmt: skip


def merge_people(rows: list[list[str]]) -> list[list[str]]:
    """People rows unique by (name, country, sector, start, end), aliases merged."""
    merged: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        key = (row[0], row[2], row[3], row[5], row[6])
        if key in merged:
            aliases = merged[key][1].split("|") + row[1].split("|")
            merged[key][1] = "|".join(dict.fromkeys(a for a in aliases if a and a != row[0]))
        else:
            merged[key] = list(row)
    return list(merged.values())


def write_tables(tables: Tables, out: pathlib.Path) -> list[pathlib.Path]:
    """Write every compiled file, rows sorted, each under its source and licence comment."""
    tables.people = merge_people(tables.people)
    written = []
    for filename, attribute, columns, source in OUTPUTS:
        rows = sorted({tuple(row) for row in getattr(tables, attribute)})
        header = (
            f"# Compiled by transforms/tagging/dictionaries/actors.py from PETRARCH2's Phoenix\n"
            f"# dictionaries ({source}). Source licence: MIT, Copyright (c) 2014 Open Event\n"
            f"# Data Alliance; full text in PETRARCH2-LICENSE.txt. Do not edit: re-run the\n"
            f"# compiler; hand-written files override these rows (docs/tagger.md).\n"
        )
        lines = [header + "\t".join(columns.split())]
        lines += ["\t".join(row) for row in rows]
        out.mkdir(parents=True, exist_ok=True)
        path = out / filename
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written
