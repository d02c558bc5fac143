"""The actor and place dictionaries, loaded once from ``data/`` into token-sequence lookups.

Consumes the TSV files under ``transforms/tagging/data`` (countries, organizations,
institutions, places, agents, leaders) and pycountry's names; produces a ``Lexicon`` that finds
the longest dictionary entry starting at a token. Rows starting with "#" and the header row are
skipped; a malformed row raises ``ValueError`` naming the file and line.
"""

import dataclasses
import datetime
import functools
from collections.abc import Iterator
from importlib import resources

import pycountry

from transforms.tagging.text import Token, tokenize

COUNTRY = "country"
DEMONYM = "demonym"
ORG = "org"
INSTITUTION = "institution"
PLACE = "place"
PERSON = "person"
AGENT = "agent"


@dataclasses.dataclass(frozen=True)
class Entry:
    """One dictionary sense of a word sequence."""

    kind: str
    code: str | None  # ISO alpha-3 or organisation code; None for agents
    sector: str | None = None
    name: str | None = None  # canonical name
    agent_kind: str | None = None  # title | body | people | honorific (agents only)
    metonym: str | None = None  # for places: the actor code the name can stand for
    start: datetime.date | None = None  # for people: the role's dates
    end: datetime.date | None = None


def data_rows(filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of one TSV data file as dicts, with their line numbers; comments are skipped."""
    text = resources.files("transforms.tagging").joinpath("data", filename).read_text("utf-8")
    lines = [(number, line) for number, line in enumerate(text.splitlines(), 1)]
    lines = [(number, line) for number, line in lines if line.strip() and not line.startswith("#")]
    header = lines[0][1].split("\t")
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"{filename}:{number}: {len(cells)} columns, expected {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield number, {key: cell.strip() for key, cell in zip(header, cells, strict=True)}


def split_list(cell: str) -> list[str]:
    """The non-empty items of a "|"-separated cell."""
    return [item.strip() for item in cell.split("|") if item.strip()]


def _date(cell: str) -> datetime.date | None:
    return datetime.date.fromisoformat(cell) if cell else None


def _key(name: str) -> tuple[str, ...]:
    """The token sequence of a dictionary name, as text finds it (typographic quotes made plain)."""
    return tuple(token.text.replace("’", "'") for token in tokenize(name))


class Lexicon:
    """Case-sensitive names (countries, places, people...) and case-insensitive agent words."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], list[Entry]] = {}
        self.terms: dict[tuple[str, ...], list[Entry]] = {}
        self.country_names: dict[str, str] = {}
        self._load_countries()
        self._load_organizations()
        self._load_institutions()
        self._load_places()
        self._load_agents()
        self._load_leaders()
        self.max_length = max(len(key) for key in [*self.names, *self.terms])
        # The longest entry starting with each first word: most tokens start none, and are
        # passed over with two dictionary lookups instead of one per possible length.
        self._longest_name = _longest_by_first_word(self.names)
        self._longest_term = _longest_by_first_word(self.terms)

    def _add(self, name: str, entry: Entry, *, lower: bool = False) -> None:
        key = _key(name)
        if lower:
            key = tuple(part.lower() for part in key)
        table = self.terms if lower else self.names
        senses = table.setdefault(key, [])
        if entry not in senses:
            senses.append(entry)

    def _load_countries(self) -> None:
        for number, row in data_rows("countries.tsv"):
            code = row["iso3"]
            record = pycountry.countries.get(alpha_3=code)
            if record is None and code != "XKX":
                raise ValueError(f"countries.tsv:{number}: {code} is not an ISO 3166 code")
            names = split_list(row["names"])
            self.country_names[code] = names[0]
            official = [
                getattr(record, key, None) for key in ("name", "official_name", "common_name")
            ]
            for name in names + [n for n in official if n and "," not in n]:
                self._add(name, Entry(COUNTRY, code, name=names[0]))
                if name.startswith("the "):
                    self._add(name[4:], Entry(COUNTRY, code, name=names[0]))
            for demonym in split_list(row["demonyms"]):
                self._add(demonym, Entry(DEMONYM, code, name=names[0]))
            for capital in split_list(row["capitals"]):
                self._add(capital, Entry(PLACE, code, name=capital, metonym=code))

    def _load_organizations(self) -> None:
        for _, row in data_rows("organizations.tsv"):
            names = split_list(row["names"])
            self.country_names[row["code"]] = names[0]
            for name in names:
                self._add(name, Entry(ORG, row["code"], row["sector"] or "IGO", names[0]))

    def _load_institutions(self) -> None:
        for _, row in data_rows("institutions.tsv"):
            entry = Entry(INSTITUTION, row["country"], row["sector"], row["canonical"])
            self._add(row["name"], entry)

    def _load_places(self) -> None:
        for _, row in data_rows("places.tsv"):
            metonym = None if row["metonym"] in ("", "-") else row["metonym"]
            self._add(row["name"], Entry(PLACE, row["country"], name=row["name"], metonym=metonym))

    def _load_agents(self) -> None:
        for _, row in data_rows("agents.tsv"):
            entry = Entry(AGENT, None, row["sector"], row["term"], agent_kind=row["kind"])
            self._add(row["term"], entry, lower=True)

    def _load_leaders(self) -> None:
        for _, row in data_rows("leaders.tsv"):
            entry = Entry(
                PERSON,
                row["country"],
                row["sector"],
                row["name"],
                agent_kind=row["role"],
                start=_date(row["start"]),
                end=_date(row["end"]),
            )
            for name in [row["name"], *split_list(row["aliases"])]:
                self._add(name, entry)

    def match(self, words: list[str], lowers: list[str], index: int) -> tuple[int, list[Entry]]:
        """The longest entry starting at ``index``: its length in tokens and its senses."""
        longest_name = self._longest_name.get(words[index], 0)
        longest_term = self._longest_term.get(lowers[index], 0)
        limit = min(max(longest_name, longest_term), len(words) - index)
        for length in range(limit, 0, -1):
            senses = None
            if length <= longest_name:
                senses = self.names.get(tuple(words[index : index + length]))
            if senses is None and length <= longest_term:
                senses = self.terms.get(tuple(lowers[index : index + length]))
            if senses is not None:
                return length, senses
        return 0, []


def _longest_by_first_word(table: dict[tuple[str, ...], list[Entry]]) -> dict[str, int]:
    """For each word that starts a key of ``table``, the length of its longest key."""
    longest: dict[str, int] = {}
    for key in table:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


def plain_words(tokens: list[Token]) -> tuple[list[str], list[str]]:
    """Token texts with plain apostrophes, and their lower-cased forms."""
    words = [token.text.replace("’", "'") for token in tokens]
    return words, [word.lower() for word in words]


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    return Lexicon()
