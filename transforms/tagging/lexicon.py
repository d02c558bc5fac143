"""The actor and place dictionaries, loaded once from ``data/`` into token-sequence lookups.

Consumes the hand-written TSV files under ``transforms/tagging/data`` (countries, organizations,
institutions, places, agents, leaders) and pycountry's names, then the ``phoenix_*.tsv`` files
compiled from PETRARCH2's Phoenix dictionaries; produces a ``Lexicon`` that finds the longest
dictionary entry starting at a token. Hand-written names win: a compiled name that a hand-written
file already has is dropped, and a compiled person's roles are reconciled with ``leaders.tsv``
(``compiled_people``). The files and their entries are ``entries``'.
"""

import functools
from collections.abc import Mapping

import pycountry

from transforms.tagging.compiled_people import CompiledPeople, leader_entry
from transforms.tagging.entries import (
    AGENT,
    COUNTRY,
    DEMONYM,
    INSTITUTION,
    ORG,
    PLACE,
    Entry,
    compiled_rows,
    data_rows,
    official_names,
    split_list,
    with_articles,
)
from transforms.tagging.text import TOKEN_RE, Token, bare_possessives, folded


def _key(name: str) -> tuple[str, ...]:
    """A dictionary name's tokens as text finds them (plain quotes, no accents: ``plain_words``)."""
    if not name.isascii():
        name = " ".join(folded(part) for part in name.split(" "))
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
        # The first two words of every entry of two words or more: where a token and the next
        # open none, only a one-word entry can start there ("the" opens terms of up to four
        # words, "the talks" none), and ``match`` looks up that length alone.
        self._name_pairs = frozenset(k[:2] for k in [*self.names, *self._pending] if len(k) > 1)
        self._term_pairs = frozenset(key[:2] for key in self.terms if len(key) > 1)
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
            for name in names + official_names(record, names):
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
            sector = None if row["sector"] == "-" else row["sector"] or "IGO"  # WST: no IGO
            for name in names:
                self._add(name, Entry(ORG, row["code"], sector, names[0]))
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
            entry = leader_entry(row)
            for name in with_articles([row["name"], *split_list(row["aliases"])]):
                self._add(name, entry)

    def _load_phoenix(self) -> None:
        """Index the compiled Phoenix files under the hand-written ones; senses are built lazily.

        About 30,000 compiled names would take seconds to turn into entries, and an article
        meets a handful: each row is kept as text, indexed by its names' token sequences, and
        becomes an ``Entry`` the first time ``match`` finds one of its names.
        """
        for _, cells in compiled_rows("phoenix_countries.tsv", 4):
            code = cells[0]
            names = split_list(cells[1])
            if names:
                self.country_names.setdefault(code, names[0])
            canonical = self.country_names.get(code, code)
            record = pycountry.countries.get(alpha_3=code)  # None for Phoenix's own codes
            for name in names + official_names(record, names):
                self._defer(name, (COUNTRY, code, None, canonical))
            for demonym in split_list(cells[2]):
                self._defer(demonym, (DEMONYM, code, None, canonical))
            for place in split_list(cells[3]):
                self._defer(place, (PLACE, code, None, place))
        for _, cells in compiled_rows("phoenix_organizations.tsv", 3):
            names = split_list(cells[1])
            self.country_names.setdefault(cells[0], names[0])
            for name in names:
                self._defer(name, (ORG, cells[0], cells[2] or "IGO", names[0]))
        for _, cells in compiled_rows("phoenix_institutions.tsv", 4):
            self._defer(cells[0], (INSTITUTION, cells[1], cells[2], cells[3]))
        for _, cells in compiled_rows("phoenix_groups.tsv", 4):
            # A non-state group keeps its own sector (REB...) with its country as context.
            for name in [cells[0], *split_list(cells[1])]:
                self._defer(name, (INSTITUTION, cells[2], cells[3], cells[0]))
        for _, cells in compiled_rows("phoenix_agents.tsv", 3):
            key = tuple(part.lower() for part in _key(cells[0]))
            if key not in self._hand_terms:
                entry = Entry(AGENT, None, cells[1], cells[0], agent_kind=cells[2])
                self.terms.setdefault(key, []).append(entry)
        self.people = CompiledPeople()
        for _, cells in compiled_rows("phoenix_people.tsv", 7, split=2):
            row = self.people.add(cells)
            for name in with_articles([cells[0], *(cells[1].split("|") if cells[1] else [])]):
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
                roles = self.people.roles(row)
                if any(role in hand for role in roles):  # the same person, not a namesake
                    hand += [role for role in roles if role not in hand]

    def _materialize(self, key: tuple[str, ...]) -> list[Entry]:
        """The entries of a compiled name, built on its first lookup."""
        senses: list[Entry] = []
        for sense in self._pending.pop(key):
            entries = self.people.roles(sense) if isinstance(sense, int) else [Entry(*sense)]
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

    def name_keys(self) -> list[tuple[str, ...]]:
        """The token sequence of every name, compiled ones included."""
        return [*self.names, *self._pending]

    def materialize_all(self) -> None:
        """Build every compiled entry now (for checks over the whole lexicon)."""
        for key in list(self._pending):
            self._materialize(key)

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
        if (
            limit > 1
            and (words[index], words[index + 1]) not in self._name_pairs
            and (lowers[index], lowers[index + 1]) not in self._term_pairs
        ):
            limit = 1  # no entry of two words or more starts here
        for length in range(limit, 0, -1):
            senses = None
            if length <= longest_name:
                senses = self.senses_of(tuple(words[index : index + length]))
            if senses is None and length <= longest_term:
                senses = self.terms.get(tuple(lowers[index : index + length]))
            if senses is not None and not _open_region(words, lowers, index, length):
                return length, senses
        return 0, []


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
    """Token texts with plain apostrophes, and their lower-cased forms; a name's bare
    possessive apostrophe is "'s" ("the Maldives' envoy")."""
    words = [token.text.replace("’", "'") for token in tokens]
    if not "".join(words).isascii():  # "Vučić" is the entry "Vucic", "Türkiye" "Turkiye"
        words = [word if word.isascii() else folded(word) for word in words]
    if "'" in words:
        for i in bare_possessives(tokens, words):
            words[i] = "'s"
    return words, [word.lower() for word in words]


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    return Lexicon()


# Names that stand for an actor only as "the West": not "West Africa", "Kanye West"
REGION_NAMES = frozenset({"West"})


def _open_region(words: list[str], lowers: list[str], index: int, length: int) -> bool:
    """Whether a region's one-word name at ``index`` is no actor here: not after "the" (or a
    headline's present verb: "Zelenskiy urges West to"), or the start of a longer proper name
    ("the West African nation")."""
    if length != 1 or words[index] not in REGION_NAMES:
        return False
    after = words[index + 1 : index + 2]
    before = words[index - 1] if index > 0 else ""
    headline = before.islower() and before.isalpha() and before.endswith("s")
    return (
        lowers[index - 1 : index] != ["the"]
        and not headline
        or bool(after and after[0][:1].isupper())
    )
