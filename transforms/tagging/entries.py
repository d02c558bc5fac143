"""Dictionary entries and the data files they come from.

Consumes the TSV files under ``transforms/tagging/data``; produces their rows (as dicts for the
hand-written files, as cell lists for the larger compiled ones) and the ``Entry`` a name or term
stands for. Rows starting with "#" and the header row are skipped; a malformed row raises
``ValueError`` naming the file and line. ``lexicon`` indexes the entries.
"""

import dataclasses
import datetime
import re
from collections.abc import Iterator
from importlib import resources

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


# Institutions whose name other states' bodies share ("the Foreign Office" of Pakistan's press)
SHARED_NAMES = frozenset({"UK Foreign Office"})


def sense_country(sense: Entry, home: str | None) -> str | None:
    """The code of a sense; for an institution of a shared name, the dateline's country when the
    story has one ("ISLAMABAD: Foreign Office spokesperson ... said": Pakistan's)."""
    return home if home and sense.kind == INSTITUTION and sense.name in SHARED_NAMES else sense.code


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


def parse_date(cell: str) -> datetime.date | None:
    return datetime.date.fromisoformat(cell) if cell else None


def compiled_rows(filename: str, columns: int, split: int = -1) -> Iterator[tuple[int, list[str]]]:
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


def official_names(record: object | None, names: list[str]) -> list[str]:
    """pycountry's names of a state (name, official name, common name; none with a comma), and
    its official style before each of the first two of ``names``: "Socialist Republic of
    Vietnam" for pycountry's "Socialist Republic of Viet Nam", so the style reads with the name
    the press uses."""
    known = [getattr(record, key, None) for key in ("name", "official_name", "common_name")]
    found = [name for name in known if name and "," not in name]
    official = getattr(record, "official_name", None) or ""
    for name in known[:1] + known[2:]:
        if name and official.endswith(" of " + name) and official != name:
            style = official.removesuffix(name)  # "Socialist Republic of "
            found += [style + plain for plain in names[:2] if style + plain != official]
    return found


ARTICLE_RE = re.compile(r"(?:^|(?<= ))([aAeE])l-")  # the article of "al-Burhan", "El-Sisi"


def with_articles(names: list[str]) -> list[str]:
    """Names with each one's article particle also in the other case: texts write "Al-Burhan"
    and "El-Sisi" as often as the dictionaries' "al-Burhan" and "el-Sisi"."""
    swapped = [ARTICLE_RE.sub(lambda m: m[1].swapcase() + "l-", name) for name in names]
    return names + [name for name in swapped if name not in names]
