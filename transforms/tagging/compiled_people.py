"""Phoenix's dated roles of people, reconciled with the hand-written ``leaders.tsv``.

Consumes the rows of the compiled ``phoenix_people.tsv`` (kept as text, split on first lookup:
about 20,000 people, of whom an article meets a handful) and ``leaders.tsv``; produces each
compiled person's roles as ``Entry`` objects. ``leaders.tsv`` wins where both know a person: the
compiled role counts only up to the start of the first hand-written one; and an open-ended
compiled role ends when ``leaders.tsv`` has a newer holder of the same office in the country
(Phoenix's roles stop about 2015).
"""

import dataclasses
import re

from transforms.tagging.entries import PERSON, Entry, data_rows, parse_date, split_list

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


class CompiledPeople:
    """The compiled people rows and their reconciled roles, built on first lookup."""

    def __init__(self) -> None:
        self._hand_roles: dict[str, list[Entry]] = {}  # country -> leaders.tsv roles
        # (country, spelling without particles) -> the roles of that leaders.tsv person
        self._hand_people: dict[tuple[str, tuple[str, ...]], list[Entry]] = {}
        for _, row in data_rows("leaders.tsv"):
            entry = leader_entry(row)
            self._hand_roles.setdefault(entry.code or "", []).append(entry)
            for spelling in [row["name"], *split_list(row["aliases"])]:
                key = _person_key(spelling)
                if len(key) > 1:
                    self._hand_people.setdefault((row["country"], key), []).append(entry)
        self._rows: list[str] = []  # the rows' lines, split when first looked up
        self._roles: dict[int, list[Entry]] = {}  # row -> its reconciled roles

    def add(self, cells: list[str]) -> int:
        """Keep a row (its name, aliases and the rest of its line); its number."""
        self._rows.append("\t".join(cells))
        return len(self._rows) - 1

    def roles(self, row: int) -> list[Entry]:
        """The reconciled roles of a row's person."""
        found = self._roles.get(row)
        if found is None:
            found = self._roles[row] = self._reconciled(row)
        return found

    def _reconciled(self, row: int) -> list[Entry]:
        """A compiled person's role, reconciled with leaders.tsv, which wins where both know one:
        the compiled role counts only up to the start of the person's first hand-written role,
        and an open-ended compiled role ends when leaders.tsv has a newer holder of the same
        office in the country."""
        name, aliases, country, sector, role, start, end = self._rows[row].split("\t")
        entry = Entry(PERSON, country, sector, name, role, None, parse_date(start), parse_date(end))
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


def leader_entry(row: dict[str, str]) -> Entry:
    """A dated role of leaders.tsv."""
    return Entry(
        PERSON,
        row["country"],
        row["sector"],
        row["name"],
        agent_kind=row["role"],
        start=parse_date(row["start"]),
        end=parse_date(row["end"]),
    )


def _person_key(name: str) -> tuple[str, ...]:
    """A person's name for matching spellings: lower-case, hyphens as spaces, no "al"/"bin"."""
    parts = _NAME_SPLIT.split(name.lower())
    return tuple(part for part in parts if part and part not in _NAME_PARTICLES)
