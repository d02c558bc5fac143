"""The actor and place dictionaries, loaded once from ``data/`` into token-sequence lookups.

Consumes the hand-written TSV files under ``transforms/tagging/data`` (countries, organizations,
institutions, places, agents, leaders) and pycountry's names, then the ``phoenix_*.tsv`` files
compiled from PETRARCH2's Phoenix dictionaries; produces a ``Lexicon`` that finds the longest
dictionary entry starting at a token. Hand-written names win: a compiled name that a hand-written
file already has is dropped, a compiled person whom ``leaders.tsv`` knows keeps compiled roles
only up to the start of the first hand-written one, and an open-ended compiled role ends when
``leaders.tsv`` has a newer holder of the same office in that country. Rows starting with "#"
and the header row are skipped; a malformed row raises ``ValueError`` naming the file and line.
"""

import dataclasses
import datetime
import functools
import re
from collections.abc import Iterator, Mapping
from importlib import resources

import pycountry

from transforms.tagging.text import TOKEN_RE, Token

# The token between the two sides of a split hyphenated dyad: U+2010 HYPHEN, which a spaced
# dash ("-", "–") in running text is not.
DYAD_JOINER = "\u2010"
COUNTRY = "country"
DEMONYM = "demonym"
ORG = "org"
INSTITUTION = "institution"
PLACE = "place"
PERSON = "person"
AGENT = "agent"

# Offices of leaders.tsv (role column) that a compiled role stands for: an open-ended compiled
# role ends when leaders.tsv has a newer holder of one of them in the same country. Phoenix's
# "leader" is CountryInfo's list of heads of state and government, which does not say which.
HEADS_OF_STATE = frozenset(["president", "king", "amir", "emir", "sultan", "supreme leader"])
HEADS_OF_GOVERNMENT = frozenset(["prime minister", "premier", "chancellor"])
SAME_OFFICE = {
    "leader": HEADS_OF_STATE | HEADS_OF_GOVERNMENT | {"leader"},
    "president": frozenset(["president"]),
    "prime minister": frozenset(["prime minister", "premier"]),
    "chancellor": frozenset(["chancellor"]),
    "monarch": frozenset(["king", "amir", "emir", "sultan"]),
    "vice president": frozenset(["vice president"]),
    "secretary of state": frozenset(
        ["secretary of state", "foreign minister", "foreign secretary"]
    ),
    "defense secretary": frozenset(["defense secretary", "defence minister"]),
}
_NAME_PARTICLES = frozenset(["al", "el", "bin", "ibn", "mr", "mr."])
_NAME_SPLIT = re.compile(r"[\s\-]+")


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
    letters = name.replace(" ", "").replace("-", "")
    if letters.isalpha() and "- " not in name and " -" not in name and name[-1:] != "-":
        return tuple(name.split())  # plain words, the tokenizer's split (the common case)
    if "’" in name:
        name = name.replace("’", "'")
    return tuple(TOKEN_RE.findall(name))


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
        self._hand_names = frozenset(self.names)
        self._hand_terms = frozenset(self.terms)
        self._pending: dict[tuple[str, ...], list[tuple[str, str, str | None, str] | int]] = {}
        self._earlier: dict[tuple[str, ...], list[int]] = {}  # hand-written name -> people rows
        self._load_phoenix()
        # The longest entry starting with each first word: most tokens start none, and are
        # passed over with two dictionary lookups instead of one per possible length.
        self._longest_name = _longest_by_first_word(self.names)
        _longest_by_first_word(self._pending, self._longest_name)
        self._longest_term = _longest_by_first_word(self.terms)
        self.max_length = max([*self._longest_name.values(), *self._longest_term.values()])

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
            for demonym in split_list(row.get("demonyms", "")):
                self._add(demonym, Entry(DEMONYM, row["code"], name=names[0]))

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
            entry = _leader(row)
            for name in [row["name"], *split_list(row["aliases"])]:
                self._add(name, entry)

    def _load_phoenix(self) -> None:
        """Index the compiled Phoenix files under the hand-written ones; senses are built lazily.

        About 30,000 compiled names would take seconds to turn into entries, and an article
        meets a handful: each row is kept as text, indexed by its names' token sequences, and
        becomes an ``Entry`` the first time ``match`` finds one of its names.
        """
        for _, cells in _compiled_rows("phoenix_countries.tsv", 4):
            code = cells[0]
            names = split_list(cells[1])
            if names:
                self.country_names.setdefault(code, names[0])
            canonical = self.country_names.get(code, code)
            for name in names:
                self._defer(name, (COUNTRY, code, None, canonical))
            for demonym in split_list(cells[2]):
                self._defer(demonym, (DEMONYM, code, None, canonical))
            for place in split_list(cells[3]):
                self._defer(place, (PLACE, code, None, place))
        for _, cells in _compiled_rows("phoenix_organizations.tsv", 3):
            names = split_list(cells[1])
            self.country_names.setdefault(cells[0], names[0])
            for name in names:
                self._defer(name, (ORG, cells[0], cells[2] or "IGO", names[0]))
        for _, cells in _compiled_rows("phoenix_institutions.tsv", 4):
            self._defer(cells[0], (INSTITUTION, cells[1], cells[2], cells[3]))
        for _, cells in _compiled_rows("phoenix_groups.tsv", 4):
            # A non-state group keeps its own sector (REB...) with its country as context.
            for name in [cells[0], *split_list(cells[1])]:
                self._defer(name, (INSTITUTION, cells[2], cells[3], cells[0]))
        for _, cells in _compiled_rows("phoenix_agents.tsv", 3):
            key = tuple(part.lower() for part in _key(cells[0]))
            if key not in self._hand_terms:
                entry = Entry(AGENT, None, cells[1], cells[0], agent_kind=cells[2])
                self.terms.setdefault(key, []).append(entry)
        self._hand_roles: dict[str, list[Entry]] = {}  # country -> leaders.tsv roles
        # (country, spelling without particles) -> the roles of that leaders.tsv person
        self._hand_people: dict[tuple[str, tuple[str, ...]], list[Entry]] = {}
        for _, row in data_rows("leaders.tsv"):
            entry = _leader(row)
            self._hand_roles.setdefault(entry.code or "", []).append(entry)
            for spelling in [row["name"], *split_list(row["aliases"])]:
                key = _person_key(spelling)
                if len(key) > 1:
                    self._hand_people.setdefault((row["country"], key), []).append(entry)
        self._people_rows: list[str] = []  # the rows' lines, split when first looked up
        self._roles: dict[int, list[Entry]] = {}  # people row -> its reconciled roles
        for _, cells in _compiled_rows("phoenix_people.tsv", 7, split=2):
            row = len(self._people_rows)
            self._people_rows.append("\t".join(cells))
            self._defer(cells[0], row)
            if cells[1]:
                for name in cells[1].split("|"):
                    self._defer(name, row)
        self._add_earlier_roles()

    def _defer(self, name: str, sense: tuple[str, str, str | None, str] | int) -> None:
        """Index a compiled sense (a tuple, or a people row number) unless a hand-written file
        has the name: it wins."""
        key = _key(name)
        if key not in self._hand_names:
            senses = self._pending.setdefault(key, [])
            if sense not in senses:
                senses.append(sense)
        elif isinstance(sense, int):
            self._earlier.setdefault(key, []).append(sense)

    def _add_earlier_roles(self) -> None:
        """A hand-written person's name also gets Phoenix's roles of that person from before
        the hand-written ones ("Karzai" is in office from 2001 in Phoenix, 2004 by hand)."""
        for key, rows in self._earlier.items():
            hand = self.names[key]
            for row in rows:
                roles = self._person_roles(row)
                if any(role in hand for role in roles):  # the same person, not a namesake
                    hand += [role for role in roles if role not in hand]

    def _materialize(self, key: tuple[str, ...]) -> list[Entry]:
        """The entries of a compiled name, built on its first lookup."""
        senses: list[Entry] = []
        for sense in self._pending.pop(key):
            if isinstance(sense, int):
                entries = self._roles.get(sense) or self._roles.setdefault(
                    sense, self._person_roles(sense)
                )
            else:
                entries = [Entry(*sense)]
            senses += [entry for entry in entries if entry not in senses]
        self.names[key] = senses
        return senses

    def senses_of(self, key: tuple[str, ...]) -> list[Entry] | None:
        """The entries of a name, compiled ones included (built on first lookup): a lookup never
        depends on which names earlier texts happened to meet."""
        senses = self.names.get(key)
        if senses is None and key in self._pending:
            senses = self._materialize(key)
        return senses

    def split_dyads(self, tokens: list[Token]) -> list[Token]:
        """Hyphenated pairs of states or organisations as two names with the hyphen between
        ("US-China talks" -> "US", DYAD_JOINER, "China"): the mention finder then sees both sides
        of the dyad, joined like "A and B"; other hyphenated words stay whole ("al-Assad"), and a
        spaced dash ("Israel - Egypt and Jordan - ...") is no joiner."""
        if not any("-" in token.text for token in tokens):
            return tokens
        split: list[Token] = []
        for token in tokens:
            left, dash, right = token.text.partition("-")
            if dash and "-" not in right and self._state_name(left) and self._state_name(right):
                middle = token.start + len(left)
                split += [
                    Token(left, token.start, middle),
                    Token(DYAD_JOINER, middle, middle + 1),
                    Token(right, middle + 1, token.end),
                ]
            else:
                split.append(token)
        return split

    def _state_name(self, word: str) -> bool:
        """Whether a capitalised word alone names a country or an organisation."""
        if not word[:1].isupper():
            return False
        senses = self.senses_of((word,)) or []
        return any(sense.kind in (COUNTRY, ORG) for sense in senses)

    def materialize_all(self) -> None:
        """Build every compiled entry now (for checks over the whole lexicon)."""
        for key in list(self._pending):
            self._materialize(key)

    def _person_roles(self, row: int) -> list[Entry]:
        """A compiled person's role, reconciled with leaders.tsv, which wins where both know one:
        the compiled role counts only up to the start of the person's first hand-written role,
        and an open-ended compiled role ends when leaders.tsv has a newer holder of the same
        office in the country."""
        name, aliases, country, sector, role, start, end = self._people_rows[row].split("\t")
        entry = Entry(PERSON, country, sector, name, role, None, _date(start), _date(end))
        hand_roles = self._hand_roles.get(country, [])
        if not hand_roles:
            return [entry]
        known: list[Entry] = []
        for spelling in [name, *split_list(aliases)]:
            for hand in self._hand_people.get((country, _person_key(spelling)), []):
                if hand not in known:
                    known.append(hand)
        if known:
            # The hand-written roles win for their dates: Phoenix's count only before the first.
            first = min((hand.start for hand in known if hand.start), default=None)
            if first is None or entry.start is None or entry.start >= first:
                return known
            return [*known, dataclasses.replace(entry, end=min(entry.end or first, first))]
        if entry.end is None and entry.start is not None:
            offices = SAME_OFFICE.get(role, frozenset())
            starts = [
                hand.start for hand in hand_roles
                if hand.agent_kind in offices and hand.start and hand.start > entry.start
            ]  # fmt: skip
            if starts:
                entry = dataclasses.replace(entry, end=min(starts))
        return [entry]

    def entry_starts(self) -> tuple[Mapping[str, int], Mapping[str, int]]:
        """The words that start a name and the lower-cased words that start a term: ``match``
        finds nothing at a token in neither."""
        return self._longest_name, self._longest_term

    def match(self, words: list[str], lowers: list[str], index: int) -> tuple[int, list[Entry]]:
        """The longest entry starting at ``index``: its length in tokens and its senses."""
        longest_name = self._longest_name.get(words[index], 0)
        longest_term = self._longest_term.get(lowers[index], 0)
        if not (longest_name or longest_term):
            return 0, []  # most tokens start no entry
        limit = min(max(longest_name, longest_term), len(words) - index)
        for length in range(limit, 0, -1):
            senses = None
            if length <= longest_name:
                senses = self.senses_of(tuple(words[index : index + length]))
            if senses is None and length <= longest_term:
                senses = self.terms.get(tuple(lowers[index : index + length]))
            if senses is not None:
                return length, senses
        return 0, []


def _leader(row: dict[str, str]) -> Entry:
    """A dated role of leaders.tsv."""
    return Entry(
        PERSON,
        row["country"],
        row["sector"],
        row["name"],
        agent_kind=row["role"],
        start=_date(row["start"]),
        end=_date(row["end"]),
    )


def _person_key(name: str) -> tuple[str, ...]:
    """A person's name for matching spellings: lower-case, hyphens as spaces, no "al"/"bin"."""
    parts = _NAME_SPLIT.split(name.lower())
    return tuple(part for part in parts if part and part not in _NAME_PARTICLES)


def _compiled_rows(filename: str, columns: int, split: int = -1) -> Iterator[tuple[int, list[str]]]:
    """Rows of a compiled data file as cell lists (faster than ``data_rows``: no dicts); with
    ``split``, only the first ``split`` cells are split off, the rest is the last cell."""
    text = resources.files("transforms.tagging").joinpath("data", filename).read_text("utf-8")
    header = True
    for number, line in enumerate(text.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        if line.count("\t") != columns - 1:
            found = line.count("\t") + 1
            raise ValueError(f"{filename}:{number}: {found} columns, expected {columns}")
        cells = line.split("\t", split)
        if header:
            header = False
            continue
        yield number, cells


def _longest_by_first_word(
    table: dict[tuple[str, ...], list], longest: dict[str, int] | None = None
) -> dict[str, int]:
    """For each word that starts a key of ``table``, the length of its longest key (added to
    ``longest`` when given)."""
    longest = {} if longest is None else longest
    for key in table:
        if longest.get(key[0], 0) < len(key):
            longest[key[0]] = len(key)
    return longest


def plain_words(tokens: list[Token]) -> tuple[list[str], list[str]]:
    """Token texts with plain apostrophes, and their lower-cased forms."""
    words = [token.text.replace("’", "'") for token in tokens]
    return words, [word.lower() for word in words]


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    return Lexicon()
