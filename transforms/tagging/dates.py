"""Event dates: explicit and relative date expressions resolved against the publication date.

Consumes a sentence and the article's publication date; produces ``DateMention`` spans with a
resolved date and a precision (day | week | month | year). Explicit forms ("24 February 2023",
"Feb. 24", "in December 2022") and relative ones ("on Friday evening", "yesterday", "last
week") are read by fast regexes; numeric forms ("24/02/2023") go to dateparser, cached.
"""

import calendar
import dataclasses
import datetime
import functools
import re

import dateparser

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
ACT_NOUNS = (
    r"attacks?|assault|massacre|invasion|incursion|raids?|strikes?|bombings?|offensive|war|coup|"
    r"elections?|vote|referendum|deal|treaty|agreement|accord|pact|resolution|ceasefire|truce"
)
OF_YEAR = r"(?:,?\s+(?P<yrel>last|next|this)\s+year\b)?"  # "on June 5 last year"
PERIOD = r"(?:first|second)\s+half|spring|summer|autumn|fall|winter|end|start|beginning|middle"

DATE_PATTERNS = [
    ("iso", rf"\b{YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    ("dmy", rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b"),
    ("md", rf"\b{MONTH}\s+{DAY}\b(?!\s*,?\s*(?:19|20)\d\d){OF_YEAR}"),
    ("dm", rf"\b{DAY}\s+(?:of\s+)?{MONTH}\b(?!\s*,?\s*(?:19|20)\d\d){OF_YEAR}"),
    ("my", rf"\b{MONTH},?\s+{YEAR}\b"),
    ("numeric", r"\b[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d\b"),
    (
        "weekday",
        r"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<weekday>monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)" + PARTS + r"\b",
    ),
    (
        "month",
        rf"\b(?P<mrel>in|since|during|until|by|early|late|mid|last|next|earlier\s+in|later\s+in)"
        rf"\s+{MONTH}\b{OF_YEAR}",
    ),
    (
        "relative",
        r"\b(?P<phrase>yesterday|today|tonight|tomorrow|last\s+night|this\s+morning|"
        r"(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month)|(?:(?:early|late|mid)[\s-]+|"
        r"(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|"
        r"year|weekend)|(?:over|at)\s+the\s+weekend|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"[1-9]\d?)\s+(?:days?|weeks?|months?)\s+ago|"
        r"the\s+day\s+before)\b",
    ),
    # "in 2017", "in mid-2017", "since early 2021", "in the summer of 2019", "at the end of 2022"
    (
        "year",
        rf"\b(?:(?:in|since|during|until)\s+(?:(?:early|mid|late)(?:\s+|-)|the\s+(?:{PERIOD})\s+of\s+)?|"
        rf"at\s+the\s+(?:end|start|beginning|turn)\s+of\s+){YEAR}\b",
    ),
    # "signed a 2012 agreement", "the 2015 deal": an act noun's year, between its determiner
    # and it (``event_dates`` keeps it for the trigger's own noun only)
    (
        "year",
        r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\btheir ))"
        rf"{YEAR}(?=\s+(?:[a-z-]+\s+){{0,2}}?(?:{ACT_NOUNS})\b)",
    ),
    # "seven years after Riyadh cut ties", "two decades ago": a lapse back from now, by the year
    (
        "lapse",
        r"\b(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|twenty|thirty|[1-9]\d?)\s+(?P<unit>years?|decades?)\s+(?:ago|after|since)\b",
    ),
]
NUMBER_WORDS = "a one two three four five six seven eight nine ten eleven twelve"
LAPSE_COUNTS = dict(zip(NUMBER_WORDS.split(), [1, *range(1, 13)], strict=True)) | {
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
COMPILED = [(kind, re.compile(regex, re.IGNORECASE)) for kind, regex in DATE_PATTERNS]
DURATION_RE = re.compile(
    r"\b(?:in|for|within)\s+(?:(?:more|less)\s+than|over|nearly|almost|about|around)?\s*$",
    re.IGNORECASE,
)
DEADLINE_RE = re.compile(r"\b(?:by|until|till|before|deadline\s+of)\s+(?:next\s+)?$", re.IGNORECASE)
PREFILTER = re.compile(
    r"\d|days?\b|tonight|tomorrow|week|month|year|decade|night|morning|\bmay\b|"
    + "|".join(name for name in MONTHS if len(name) > 3),
    re.IGNORECASE,
)  # ("May" has no longer form: "agreed in May" alone had found no date)
AGO = dict(zip(NUMBER_WORDS.split(), [1, *range(1, 11)], strict=False))
AGO_UNITS = {"day": (1, "day"), "wee": (7, "week"), "mon": (30, "month")}  # days, precision


@dataclasses.dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence, resolved."""

    start: int
    end: int
    text: str
    date: datetime.date
    precision: str


def find_dates(
    sentence: str, published: datetime.date, *, future: bool = False
) -> list[DateMention]:
    """The date expressions of a sentence with their resolved dates, in text order."""
    if not PREFILTER.search(sentence):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in COMPILED:
        for match in regex.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if kind not in ("month", "year") and DEADLINE_RE.search(sentence, 0, match.start()):
                taken.append((match.start(), match.end()))  # (nor its "March 2024" alone)
                continue  # "reinstate Bazoum by Sunday": a deadline, not when anything happened
            if kind == "lapse" and DURATION_RE.search(sentence, 0, match.start()):
                continue  # "his first visit in more than a decade after ...": a duration
            if kind == "month" and (match.group("mrel") or "").lower() in ("until", "by"):
                continue  # "sanctions extended until July", "withdraw by March": an end or a
                # deadline; a year after "until" still dates a period ("backed X until 2013")
            try:
                resolved = _resolve(kind, match, published, future)
            except (OverflowError, ValueError):  # beyond year 1 or 9999 ("tomorrow" on 9999-12-31)
                continue
            if resolved is None:
                continue
            ahead = resolved[0].year > published.year  # "suspend EU accession talks until 2028":
            if kind == "year" and ahead and match.group().lower().startswith("until"):
                continue  # an end still ahead, not when anything happened
            taken.append((match.start(), match.end()))
            found.append(DateMention(match.start(), match.end(), match.group().strip(), *resolved))
    found.sort(key=lambda mention: mention.start)
    # "on Tuesday, February 11, 2025": the weekday only names the explicit date after it
    afters = [*found[1:], None][: len(found)]
    return [m for m, after in zip(found, afters, strict=True) if not _named(m, after)]


def _named(mention: DateMention, after: DateMention | None) -> bool:
    """Whether a weekday is the day of the explicit date right after it."""
    weekday = mention.text.lower().split()[-1] in WEEKDAYS
    return (
        weekday
        and after is not None
        and after.start - mention.end <= 2
        and after.precision == "day"
    )


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _resolve(
    kind: str, match: re.Match, published: datetime.date, future: bool
) -> tuple[datetime.date, str] | None:
    groups = match.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower())
    if kind == "iso":
        value = _safe_date(int(groups["year"]), int(groups["m"]), int(groups["d"]))
        return (value, "day") if value else None
    if kind in ("mdy", "dmy"):
        value = _safe_date(int(groups["year"]), month, int(groups["day"]))
        return (value, "day") if value else None
    shift = YEAR_SHIFTS.get((groups.get("yrel") or "").lower())
    if kind in ("md", "dm"):
        value = _safe_date(published.year + (shift or 0), month, int(groups["day"]))
        if value is None or shift is not None:
            return (value, "day") if value else None
        if not future and value > published + datetime.timedelta(days=31):
            value = _safe_date(published.year - 1, month, int(groups["day"])) or value
        if future and value < published - datetime.timedelta(days=31):
            value = _safe_date(published.year + 1, month, int(groups["day"])) or value
        return value, "day"
    if kind == "my":
        return datetime.date(int(groups["year"]), month, 1), "month"
    if kind == "numeric":
        value = _parse_numeric(match.group(), published)
        return (value, "day") if value else None
    if kind == "weekday":
        return _weekday(groups, published, future), "day"
    if kind == "relative":
        return _relative(" ".join(groups["phrase"].lower().split()), published)
    if kind == "month":
        year = published.year
        relation = (groups.get("mrel") or "").lower()
        if shift is not None:
            return datetime.date(year + shift, month, 1), "month"  # "in June last year"
        if relation == "last" or (not future and relation != "next"):
            if month > published.month or (relation == "last" and month == published.month):
                year -= 1  # "last December", or "in December" read in February
        elif month < published.month or (relation == "next" and month == published.month):
            year += 1
        return datetime.date(year, month, 1), "month"
    if kind == "year":
        return datetime.date(int(groups["year"]), 1, 1), "year"
    if kind == "lapse":
        count = groups["count"].lower()
        years = int(count) if count.isdigit() else LAPSE_COUNTS[count]
        years *= 10 if groups["unit"].lower().startswith("decade") else 1
        return datetime.date(published.year - years, 1, 1), "year"
    return None


def _weekday(groups: dict, published: datetime.date, future: bool) -> datetime.date:
    """The weekday named: the latest one up to the publication date, or the next one ahead."""
    target = WEEKDAYS[groups["weekday"].lower()]
    relation = (groups.get("rel") or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if relation == "last":
        return published - datetime.timedelta(days=back or 7)
    if relation == "next" or (future and relation != "last"):
        return published + datetime.timedelta(days=ahead or 7 if relation == "next" else ahead)
    return published - datetime.timedelta(days=back)


PART_OF_RE = re.compile(r"(?:early|late|mid|earlier|later)[\s-]+")


def _relative(phrase: str, published: datetime.date) -> tuple[datetime.date, str] | None:
    day = datetime.timedelta(days=1)
    fixed = {
        "yesterday": (published - day, "day"),
        "today": (published, "day"),
        "tonight": (published, "day"),
        "this morning": (published, "day"),
        "tomorrow": (published + day, "day"),
        "last night": (published - day, "day"),
        "the day before": (published - day, "day"),
        "this week": (published, "week"),
        "earlier this week": (published, "week"),
        "later this week": (published, "week"),
        "last week": (published - 7 * day, "week"),
        "next week": (published + 7 * day, "week"),
        "this weekend": (published, "week"),
        "last weekend": (published - 7 * day, "week"),
        "over the weekend": (
            published - datetime.timedelta(days=(published.weekday() + 1) % 7 or 7),
            "day",
        ),
        "at the weekend": (  # British English for "over the weekend"
            published - datetime.timedelta(days=(published.weekday() + 1) % 7 or 7),
            "day",
        ),
        "this month": (published.replace(day=1), "month"),
        "earlier this month": (published.replace(day=1), "month"),
        "later this month": (published.replace(day=1), "month"),
        "earlier in the month": (published.replace(day=1), "month"),
        "last month": ((published.replace(day=1) - day).replace(day=1), "month"),
        "next month": ((published.replace(day=28) + 4 * day).replace(day=1), "month"),
        "this year": (published.replace(month=1, day=1), "year"),
        "last year": (datetime.date(published.year - 1, 1, 1), "year"),
        "next year": (datetime.date(published.year + 1, 1, 1), "year"),
    }
    if phrase in fixed:
        return fixed[phrase]
    part = PART_OF_RE.match(phrase)  # "late last year", "early next month": that year, month
    if part and phrase[part.end() :] in fixed:
        return fixed[phrase[part.end() :]]
    words = phrase.split()
    if words[-1] == "ago" and (words[0] in AGO or words[0].isdigit()):
        count = AGO.get(words[0]) or int(words[0])
        unit, precision = AGO_UNITS[words[1][:3]]
        return published - count * unit * day, precision
    return None


def _parse_numeric(text: str, published: datetime.date) -> datetime.date | None:
    """A numeric date ("24/02/2023") via dateparser, day first as most of the world writes it."""
    return _dateparser(text, published.isoformat())


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, published: str) -> datetime.date | None:
    base = datetime.datetime.fromisoformat(published)
    settings = {"RELATIVE_BASE": base, "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
