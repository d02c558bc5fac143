"""Readers for PETRARCH2's Phoenix dictionary formats (actors, agents, discards).

Consumes the text of ``Phoenix.*.actors.txt``, ``Phoenix.agents.txt`` and ``Phoenix.discards.txt``
as documented in PETRARCH2's ``dictionaries.rst``; produces plain records (``ActorRecord``,
``Restriction``, agent phrases) in file order. Knows nothing of the tagger's data files: the
compiler in ``actors.py`` decides what to keep. Malformed dates are dropped and counted.
"""

import dataclasses
import datetime
import re

_CODE = re.compile(r"\[([^\]\[]*)\]")
_PLURAL = re.compile(r"\{([^}]*)\}")
# Phoenix writes two-digit years; its files were compiled in 2014-2016, so "16" is 2016 and
# "17" already 1917 (CountryInfo's leaders go back to the 1900s).
_LAST_TWO_DIGIT_YEAR_IN_2000S = 16


@dataclasses.dataclass(frozen=True)
class Restriction:
    """One ``[CODE ...]`` of an actor: the code and, when dated, the inclusive date range."""

    code: str
    start: datetime.date | None = None
    end: datetime.date | None = None
    dated: bool = False  # False for a default code ("[SYRELI]")


@dataclasses.dataclass
class ActorRecord:
    """One actor entry: its primary phrase, synonyms, codes and the comments that describe it."""

    phrase: str
    line: int
    synonyms: list[str] = dataclasses.field(default_factory=list)
    restrictions: list[Restriction] = dataclasses.field(default_factory=list)
    comments: list[str] = dataclasses.field(default_factory=list)  # inline comments, in order
    section: str = ""  # the last "# ..." comment line before the record
    since_section: int = 0  # how many records came between that comment and this one


def parse_date(text: str) -> datetime.date | None:
    """A Phoenix date, YYMMDD or YYYYMMDD; None when malformed."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        two_digit = int(text[:2])
        century = 2000 if two_digit <= _LAST_TWO_DIGIT_YEAR_IN_2000S else 1900
        text = f"{century + two_digit}{text[2:]}"
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def parse_restriction(body: str) -> Restriction | None:
    """The inside of one ``[...]``: ``CODE``, ``CODE >date``, ``CODE <date``, ``CODE d1-d2``."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0]
    if len(parts) == 1:
        return Restriction(code)
    span = "".join(parts[1:])
    if span.startswith(">"):
        start = parse_date(span[1:])
        return Restriction(code, start=start, dated=True) if start else None
    if span.startswith("<"):
        end = parse_date(span[1:])
        return Restriction(code, end=end, dated=True) if end else None
    first, _, last = span.partition("-")
    start, end = parse_date(first), parse_date(last)
    if start is None or end is None:
        return None
    return Restriction(code, start=start, end=end, dated=True)


def _split_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _phrase(text: str) -> str:
    """A phrase with its codes, plural braces and trailing underscore removed."""
    text = _PLURAL.sub("", _CODE.sub("", text))
    return text.strip().strip("+").strip()


def decode(data: bytes) -> str:
    """A dictionary file's text: UTF-8 line by line, Latin-1 for the lines that are not."""
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("latin-1"))
    return "\n".join(lines)


def parse_actors(text: str) -> tuple[list[ActorRecord], int]:
    """The records of an actors file, and the number of malformed ``[...]`` codes dropped."""
    records: list[ActorRecord] = []
    dropped = 0
    section = ""
    since_section = 0
    previous_blank: bool | None = None
    last_primary = after_primary = False
    current: ActorRecord | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.lstrip().startswith("#"):
            if not raw.startswith("#+") and not raw.startswith("# +"):
                section = raw.lstrip("# ").strip()
                since_section = 0
            continue
        body, comment = _split_comment(raw)
        adjacent = previous_blank is False
        previous_blank = not body.strip()
        after_primary, last_primary = last_primary, False
        if not body.strip():
            continue
        codes = []
        for inside in _CODE.findall(body):
            restriction = parse_restriction(inside)
            if restriction is None:
                dropped += 1
            else:
                codes.append(restriction)
        phrase = _phrase(body)
        if raw[:1].isspace() and not phrase:
            if current is not None:
                current.restrictions.extend(codes)
                current.comments.append(comment)
            continue
        if body.lstrip().startswith("+"):
            if current is not None and phrase:
                current.synonyms.append(phrase)
                current.restrictions.extend(codes)
            continue
        if current is not None and not current.restrictions and adjacent and after_primary:
            # Primary lines without codes share the codes of the lines that follow them
            # ("IVO_JOSIPOVIC_" / "PRESIDENT_JOSIPOVIC_" / "JOSIPOVIC_" / "[HRVGOV >20120219]").
            current.synonyms.append(phrase)
            current.restrictions.extend(codes)
            last_primary = not codes
            continue
        if re.fullmatch(r"\s*\[[A-Z]{3}\]\s*", body[len(body.split()[0]) :] or "-"):
            section = ""  # a country's entry ends the previous country's sections
        current = ActorRecord(phrase, number, restrictions=codes, section=section)
        current.since_section = since_section
        last_primary = not codes
        since_section += 1
        current.comments.append(comment)
        records.append(current)
    return [record for record in records if record.phrase], dropped


def _plurals(phrase: str, braces: str | None) -> list[str]:
    """The singular and plural forms of an agent phrase (regular unless given in braces)."""
    if braces is not None:
        return [phrase] + [form.strip() for form in braces.split() if form.strip()]
    if phrase.endswith("_"):  # "a phrase ending in _ forms no plural"
        return [phrase]
    if phrase.endswith("Y") and phrase[-2:-1] not in "AEIOU":
        return [phrase, phrase[:-1] + "IES"]
    if phrase.endswith(("SS", "SH", "CH", "X")):
        return [phrase, phrase + "ES"]
    if phrase.endswith("S"):
        return [phrase]
    return [phrase, phrase + "S"]


def parse_agents(text: str) -> list[tuple[str, str]]:
    """(phrase, code) of every form of every agent, substitution sets and plurals expanded."""
    substitutions: dict[str, list[str]] = {}
    agents: list[tuple[str, str]] = []
    for raw in text.splitlines():
        body, _ = _split_comment(raw)
        body = body.strip()
        if not body or body.startswith("<!--"):
            continue
        if body.startswith("!") and "=" in body:
            marker, _, items = body.partition("=")
            substitutions[marker.strip()] = [item.strip() for item in items.split(",")]
            continue
        match = re.search(r"\[([^\]}]*)[\]}]", body)
        if match is None:
            continue
        code = match.group(1).strip()
        head = body[: match.start()]
        braces = _PLURAL.search(head)
        phrase = _PLURAL.sub("", head).strip()
        marker = re.search(r"![A-Z]+!", phrase)
        if marker and marker.group(0) in substitutions:
            for item in substitutions[marker.group(0)]:
                agents.append((phrase.replace(marker.group(0), item).strip("_"), code))
            continue
        for form in _plurals(phrase, braces.group(1) if braces else None):
            agents.append((form.strip("_"), code))
    return agents


def parse_discards(text: str) -> set[str]:
    """The discard phrases, upper-case with single spaces ("+" and the final "_" removed)."""
    phrases = set()
    for raw in text.splitlines():
        body, _ = _split_comment(raw)
        body = body.strip().lstrip("+").strip().rstrip("_").replace("_", " ")
        if body:
            phrases.add(" ".join(body.upper().split()))
    return phrases
