"""Event locations: the article's dateline, and places named in the event's sentence.

Consumes the article text (for the dateline: "Doha, Qatar –", "DOHA, Feb 24 (Reuters) -") and
a sentence's mentions; produces a ``Place`` with a name, an ISO alpha-3 country and where it
came from (dateline | sentence). A dateline whose place is unknown is ignored. The same places
name the hosts of a visit: the officials met in a visited place or under a dateline
(``hosts``), the host of a visit said with no destination (``dateline_host``).
"""

import dataclasses
import re

from transforms.tagging.entries import COUNTRY, PLACE
from transforms.tagging.gap_openers import OBJECT_GAP
from transforms.tagging.lexicon import Lexicon, plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.text import tokenize, words

DATELINE_RE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Za-z'’.\- ]{1,40}?(?:/[A-Z][A-Za-z'’.\- ]{1,40}?)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z'’. ]{1,40}?)|\s*\[(?P<bracketed>[A-Z][A-Za-z'’. ]{1,40})\])?"
    r"(?:,?\s+[A-Z][a-zA-Z]{2,8}\.?\s+\d{1,2})?"  # ", June 24", ", JUN 24"
    r"\s*(?:\([A-Za-z .]{1,30}\)|\|\s*[A-Za-z .]{1,30}?\s*(?=\|))?"  # "KIGALI | Xinhua | "
    r"(?:\s*(?:[–—]|--?|:|\|)\s+|(?<=\))(?:[–—]|--)(?=[A-Z]))"  # "(Jiji Press)--The"
)

AGENCY_SUFFIX = re.compile(r"\.\s+[A-Z]{2,}\s*$")
CREDIT_RE = re.compile(r"\A\s*\((?P<credit>[A-Za-z .]{1,30})\)\s*(?:[–—]|--?|:)\s+")


@dataclasses.dataclass(frozen=True)
class Place:
    """Where an event happened: a place name, its country and the evidence."""

    name: str
    country: str
    source: str  # dateline | sentence
    # A dateline's region that is not a country ("PARIS, Texas"): the geocoder places the city
    # in it, whatever country the dictionary gives the city's name.
    region: str | None = None
    # A dateline of cities in different countries ("NEW DELHI/ISLAMABAD"): the story was
    # reported from the first, and has no home whose unnamed bodies ("the ministry") it means
    joint: bool = False


def _lookup(lexicon: Lexicon, text: str) -> tuple[str, str] | None:
    """A known place or country by its name, in title case: (name, country)."""
    words, _ = plain_words(tokenize(text))
    for candidate in (words, [word.capitalize() for word in words], [w.title() for w in words]):
        senses = lexicon.senses_of(tuple(candidate))
        for sense in senses or ():
            if sense.kind in (PLACE, COUNTRY) and sense.code:
                return " ".join(candidate), sense.code
    return None


# Extracted pages often start with the headline and a standfirst, each on its own line, before
# the dateline paragraph: look for a dateline at the start of the first few lines.
DATELINE_LINES = 3


def find_dateline(text: str, lexicon: Lexicon) -> tuple[Place | None, int]:
    """The dateline's place and the offset where the article's first sentence begins.

    When the dateline opens a later line, the lines above it (headline, standfirst) are left
    out of tagging: they restate the story's first sentence.
    """
    line_start = 0
    for _ in range(DATELINE_LINES):
        place, end = _dateline_at(text, line_start, lexicon)
        if place is not None or end:  # (a wire's credit alone: no place, the body past it)
            return place, end
        line_start = text.find("\n", line_start) + 1
        if line_start == 0:
            break
    return None, 0


def _dateline_at(text: str, start: int, lexicon: Lexicon) -> tuple[Place | None, int]:
    """The dateline opening the line at ``start``, and where its sentence begins: past a wire's
    credit too ("(Bloomberg) -- Nicaragua broke off", "(ANSA) - BELGRADE, JUN 24 - "), whose
    sentence is the body's first (a credit naming a city, "(PARIS) -", is the dateline)."""
    credit = CREDIT_RE.match(text[start : start + 60])
    if credit is not None:
        found = _lookup(lexicon, credit.group("credit"))
        if found is not None:
            return Place(found[0], found[1], "dateline"), start + credit.end()
        place, end = _dateline_at(text, start + credit.end(), lexicon)
        return place, end if place is not None else start + credit.end()
    match = DATELINE_RE.match(text[start : start + 120])
    if match is None:
        return None, 0
    city_part = AGENCY_SUFFIX.sub("", match.group("city"))  # "ASTANA. KAZINFORM - "
    cities = [part.strip() for part in city_part.split("/")]
    city = cities[0]
    region = (match.group("region") or match.group("bracketed") or "").strip()  # "Male [Maldives]"
    found = _lookup(lexicon, city)
    if len(cities) > 1:
        others = [_lookup(lexicon, other) for other in cities[1:]]
        if found is None or None in others:
            return None, 0
        joint = any(other[1] != found[1] for other in others if other is not None)
        return Place(found[0], found[1], "dateline", joint=joint), start + match.end()
    country = _lookup(lexicon, region) if region else None
    if found is None and country is None:
        return None, 0
    name = found[0] if found else city.title()
    code = country[1] if country and (found is None or found[1] != country[1]) else None
    other_region = region if region and country is None else None
    return Place(name, code or found[1], "dateline", other_region), start + match.end()


def sentence_place(mentions: list[Mention], trigger_start: int) -> Place | None:
    """The place named in a locative phrase of the sentence, nearest to the trigger."""
    places = [mention for mention in mentions if mention.locative and mention.place_country]
    if not places:
        return None
    nearest = min(places, key=lambda mention: abs(mention.start - trigger_start))
    return Place(nearest.place_name or nearest.text, nearest.place_country or "", "sentence")


LOCATIVES = words("in at near outside inside across throughout around within along")
# "flew to Tehran for talks with": a destination, no actor of what follows
MOTIONS = words(
    "flew travelled traveled went headed returned came journeyed sailed flying travelling "
    "traveling heading returning"
)
# Bodies named by their seat: "the government in Tripoli" is Libya's, no place
SEATED_BODIES = words("government authorities regime administration leadership junta ministry")
# ... and amounts of goods ("tariffs on $110 billion in Chinese goods": their state's, no place)
IN_OWNERS = SEATED_BODIES | words("million billion trillion bn mn")


# Words for a part of a place between a locative preposition and the place ("in northern Kosovo")
REGIONS_OF = words(
    "northern southern eastern western central north-eastern north-western south-eastern "
    "south-western northeastern northwestern southeastern southwestern"
)


PLACE_NOUNS = words("capital city port town")  # "Nigeria's capital Abuja"


# People posted at an embassy or mission, which names their state after "at"
POSTED = words("d'affaires ambassador envoy diplomat diplomats consul official officials staff")
POSTED |= words("adviser advisers attache attaches personnel employee employees")


def locative(lowers: list[str], index: int) -> bool:
    """Whether a mention at ``index`` is a place where something happens ("in Beijing", "at the
    Kremlin", "flew to Tehran"), not an actor; "the government in Tripoli" is an actor."""
    if index > 1 and lowers[index - 1] in REGIONS_OF and lowers[index - 2] in LOCATIVES:
        return True  # "a shootout in northern Kosovo"
    before = lowers[index - 1] if index > 0 else ""
    if before == "in" and index > 1 and lowers[index - 2] in IN_OWNERS:
        return False
    at = index - 1 - (before == "the")
    if at > 0 and lowers[at] == "at" and lowers[at - 1] in POSTED:
        return False  # "the chargé d'affaires at the Iranian embassy": the envoy's state
    if before in PLACE_NOUNS and index > 2 and lowers[index - 2] == "'s":
        return locative(lowers, index - 3)  # "in Nigeria's capital Abuja": the capital too
    if before == "of" and lowers[index - 4 : index - 1] in ([",", "the", p] for p in PLACE_NOUNS):
        return True  # "in Jakarta, the capital of Indonesia, the ministers agreed"
    return (
        before in LOCATIVES
        or (index > 1 and before == "the" and lowers[index - 2] in LOCATIVES)
        or (index > 1 and before == "to" and lowers[index - 2] in MOTIONS)
    )


# Bodies that hear cases between states, and the filings a case is brought with ("the ICJ
# application said": South Africa's, filed at the court, not the court's own word)
HEARING_BODIES = frozenset({"ICJ", "ICC", "WTO"})
FILINGS = words("application case complaint filing lawsuit submission petition")


# Meetings a city before them names the venue of, after a determiner ("this first Brussels
# meeting with Vučić", "the Geneva talks", "the Astana format"), not a side of ("Moscow's talks
# with Kyiv")
VENUE_NOUNS = words("meeting meetings talks summit conference negotiations round dialogue format")
VENUE_OPENERS = words("the this that first second third last next latest upcoming")


def heard_at(lowers: list[str], mention: Mention) -> bool:
    """Whether ``mention`` names the body a filing right after it is brought to ("the ICJ
    application", "a United Nations court case"), or the city a meeting is held in ("the
    Brussels meeting"): a venue, not the filing's author or the meeting's side."""
    after = lowers[mention.end] if mention.end < len(lowers) else ""
    if mention.place_name is not None and after in VENUE_NOUNS:
        return mention.start > 0 and lowers[mention.start - 1] in VENUE_OPENERS
    return (
        mention.actor is not None
        and (mention.actor.country in HEARING_BODIES or lowers[mention.end - 1] == "court")
        and after.rstrip("s") in FILINGS
    )


def seated(memory: ActorMemory, lowers: list[str], index: int, actor: Actor) -> None:
    """Remember the body a place seats ("The foreign ministry in Beijing") as that place's
    state's, for "the ministry" later in the article."""
    if index < 2 or lowers[index - 1] != "in" or lowers[index - 2] not in SEATED_BODIES:
        return
    memory.titles[lowers[index - 2]] = actor
    if index >= 3 and lowers[index - 3].isalpha() and lowers[index - 3] != "the":
        memory.titles[f"{lowers[index - 3]} {lowers[index - 2]}"] = actor  # "foreign ministry"


OPENING_ADVERBS = words("meanwhile separately elsewhere")


def where_home(lowers: list[str], mention: Mention) -> str | None:
    """The state of a capital or country that ", where" follows ("closely watched in
    Washington, where officials have accused Beijing"), whose bare bodies the relative clause
    then names, as after an opening "In Washington,"; else None ("Geneva": no state's)."""
    if mention.actor is None or lowers[mention.end : mention.end + 2] != [",", "where"]:
        return None
    return mention.actor.country


def opening_home(lexicon: Lexicon, words: list[str], lowers: list[str]) -> str | None:
    """The country of a place that opens a sentence, where a story's bare bodies then are
    ("In Beijing, officials summoned ...", "Meanwhile, in Moscow, the ministry said"), as a
    dateline's; else None."""
    start = 2 if lowers[:1] and lowers[0] in OPENING_ADVERBS and lowers[1:2] == [","] else 0
    if lowers[start : start + 1] != ["in"]:
        return None
    length, senses = lexicon.match(words, lowers, start + 1)
    if not length or lowers[start + 1 + length : start + 2 + length] != [","]:
        return None
    return next((s.code for s in senses if s.kind in (PLACE, COUNTRY) and s.code), None)


HOST_NOUNS = words(
    "officials leaders counterparts authorities ministers emir amir king sultan prince president "
    "premier minister chancellor"
)
HOST_MODIFIERS = words(
    "with government senior top several local high-ranking military crown prime foreign defence "
    "defense country's nation's"
)
UNNAMED_HOSTS = words("officials leaders counterparts authorities ministers")
VISITED = words("visiting visited visit in to")  # "Erdogan, who is visiting Qatar, met the emir"
HOST_REACH = 6


def hosts(
    lowers: list[str],
    mentions: list[Mention],
    end: int,
    dateline: Place | None,
    objects: list[Mention],
) -> list[Mention]:
    """For "met (with) officials" with no country named: the officials of the place named
    later in the sentence ("in Hanoi"), else of the story's dateline country; [] when there
    are ``objects`` unless they are such officials a dateline placed ("WASHINGTON - Blinken will
    travel to China for talks with senior officials": China's, when a place says so)."""
    if objects:
        if not all(_unnamed_officials(lowers, m) for m in objects):
            return []
        dateline = None
    gap = lowers[end : end + HOST_REACH]
    head = next((i for i, word in enumerate(gap) if word in HOST_NOUNS), None)
    if head is None or not all(w in OBJECT_GAP or w in HOST_MODIFIERS for w in gap[:head]):
        return []
    later = (m for m in mentions if m.start >= end + head and m.place_country and m.locative)
    earlier = (
        m
        for m in reversed(mentions)
        if m.end <= end and m.place_country and m.start and lowers[m.start - 1] in VISITED
    )
    place = next(later, None) or next(earlier, None)
    if place is not None and place.place_country:
        country = place.place_country
    elif dateline is not None:
        country = dateline.country
    else:
        return []
    actor = Actor(country, "GOV", f"{country} officials", personal=True, agents=("officials",))
    return [Mention(end + head, end + head + 1, lowers[end + head], actor=actor)]


def _unnamed_officials(lowers: list[str], mention: Mention) -> bool:
    """Whether ``mention`` is officials no country word names ("senior officials")."""
    said = lowers[mention.start : mention.end]
    return said[-1] in UNNAMED_HOSTS and HOST_MODIFIERS.issuperset(said[:-1])


def dateline_host(lowers: list[str], end: int, dateline: Place | None) -> list[Mention]:
    """The host of a visit said with no destination ("Albanese's visit caps a thaw" under a
    BEIJING dateline): the dateline's country, as a mention of the visit noun; [] when the
    story has no dateline or the noun names its destination ("'s visit to China")."""
    if (
        dateline is None
        or dateline.joint
        or lowers[end : end + 1] in (["to"], ["in"], ["of"], ["by"], ["at"], ["abroad"])
    ):
        return []  # ("his first trip abroad" leaves the dateline's country)
    actor = Actor(dateline.country, None, dateline.name)
    return [Mention(end - 1, end, lowers[end - 1], actor=actor)]
