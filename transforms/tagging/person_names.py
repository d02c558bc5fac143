"""Person names in a sentence: whom a name means on a day, and whether capitalised words are a
name the dictionaries do not know or part of someone else's ("Abbas Mousavi" is not Mahmoud
Abbas).

Consumes a sentence's words, the lexicon's person entries and a date; produces the person a name
means, the unknown name set off beside a titled mention ("Sergei Ryabkov, Russia's deputy foreign
minister"), and the tests the mention finder applies before it trusts a one-word alias.
"""

import datetime
import functools
import re

from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.entries import PERSON, Entry
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.text import unaccented, words

NAME_PARTICLES = words("bin bint ibn al el al- de da van von der le la di du abu")
MAX_NAME_WORDS = 4
POSSESSIVE_RE = re.compile(r"['’]s\b")  # "Pedro Sánchez's government": the owner before it
INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")  # a name's initials: "A.K."
# Capitalised words before a comma that are no names ("Meanwhile, Russia's foreign minister")
NOT_NAMES = words(
    "meanwhile however later earlier separately instead still yet also finally moreover "
    "furthermore nevertheless today yesterday tomorrow now then previously recently overall "
    "indeed notably currently last in on at after before during since while the a an "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)


def in_office(entry: Entry, day: datetime.date) -> bool:
    return (entry.start is None or entry.start <= day) and (entry.end is None or day <= entry.end)


@functools.lru_cache(maxsize=2)
def _full_names(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """Every name of two words or more, by its last word (built on first use)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for key in lexicon.name_keys():
        if len(key) > 1 and key[-1][:1].isupper():
            found.setdefault(key[-1].split("-")[-1], []).append(key)  # "el-Sissi" under "Sissi"
    return found


def titled_surname(
    lexicon: Lexicon, name: list[str], titles: list[str], day: datetime.date
) -> Entry | None:
    """The office holder a title and a name the dictionaries do not know name by the name's last
    word ("Foreign Minister Joly", "Foreign Minister Westerwelle" in 2012, "President Abdel Fatah
    al-Sisi"): the one person of that surname in office on ``day`` whose role is the title (or,
    for a bare surname, who has a role no more precise than "official"), when exactly one state
    has one."""
    found = []
    loose = ("", "official") if len(name) == 1 else ()
    given = _given(name)
    for key in _full_names(lexicon).get(name[-1].split("-")[-1], []):
        if given and given.isdisjoint(_given(key)):
            continue  # "Hishammuddin Hussein" is not Fuad Hussein, "Abdel Fatah" is Abdel Fattah
        for sense in lexicon.senses_of(key) or []:
            if sense.kind == PERSON and in_office(sense, day):
                role = (sense.agent_kind or "").lower()
                if (role in titles or role in loose) and sense not in found:
                    found.append(sense)
    return found[0] if len({sense.code for sense in found}) == 1 else None


def _given(name: list[str] | tuple[str, ...]) -> set[str]:
    """A name's given names as skeletons, hyphened ones split, particles dropped."""
    parts = [part for word in name for part in word.split("-")][:-1]
    return {_skeleton(part) for part in parts if part.lower() not in NAME_PARTICLES}


def _skeleton(word: str) -> str:
    """A name's letters with doubled letters single and the vowels after the first dropped:
    transliterations differ in those ("Fattah" and "Fatah", "Abdel" and "Abdul" alike)."""
    letters = [c for c in word.lower() if c.isalpha()]
    single = [c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1]]
    return "".join(c for i, c in enumerate(single) if i == 0 or c not in "aeiou")


def pick_person(senses: list[Entry], day: datetime.date) -> Entry | None:
    """The person a name means on ``day``: whoever held a role then, else the latest role."""
    people = [sense for sense in senses if sense.kind == PERSON]
    if not people:
        return None
    current = [person for person in people if in_office(person, day)]
    if current:
        return current[0]
    if len({person.code for person in people}) > 1:
        return None  # an alias shared by people of different countries, none in office
    return max(people, key=lambda person: person.start or datetime.date.min)


def is_name_word(word: str) -> bool:
    """Whether a word may be part of a person's name (a weekday is none: "a top Indian
    diplomat Monday")."""
    if word.lower() in WEEKDAYS:
        return False
    if INITIALS_RE.fullmatch(word):
        return True  # "A.K. Antony"
    if "-" in word[1:]:  # "al-Assad", "Jean-Yves", not "co-chaired"
        return word[:1].isupper() or word.split("-")[0] in NAME_PARTICLES
    return word[:1].isupper() and word.isalpha() or word in NAME_PARTICLES


def full_name(lexicon: Lexicon, words: list[str], at: int) -> bool:
    """Whether two or three capitalised words the dictionaries do not know start at ``at``
    and end there ("Iran's Ali Shamkhani", not "Russia's Black Sea Fleet")."""
    lowers = [word.lower() for word in words]
    count = 0
    while at + count < len(words) and count < 4 and is_name_word(words[at + count]):
        if not words[at + count][:1].isupper() or lexicon.match(words, lowers, at + count)[0]:
            return False
        count += 1
    return 2 <= count <= 3


# Words before capitalised words that make them no name set off before a title: a possessive,
# or a preposition of place ("After his arrival in Gonder, PM Abiy went")
PLACED = words("'s in at to from near into via")


def appositive_name(
    lexicon: Lexicon, words: list[str], lowers: list[str], mention: Mention
) -> list[str]:
    """The name set off by a comma beside a titled mention: "Sergei Ryabkov, Russia's deputy
    foreign minister" or "Russia's deputy foreign minister, Sergei Ryabkov,"; [] if none."""
    if mention.start >= 2 and words[mention.start - 1] == ",":
        start = mention.start - 1
        while (
            start > 0
            and mention.start - 1 - start < MAX_NAME_WORDS
            and is_name_word(words[start - 1])
        ):
            start -= 1
        if start == 0 or not is_name_word(words[start - 1]) and lowers[start - 1] not in PLACED:
            return unknown_name(lexicon, words, lowers, start, mention.start - 1)
    end = mention.end
    if end + 1 < len(words) and words[end] == ",":
        stop = end + 1
        while stop < len(words) and stop - end - 1 < MAX_NAME_WORDS and is_name_word(words[stop]):
            stop += 1
        if stop == len(words) or words[stop] in (",", ".", ")"):
            return unknown_name(lexicon, words, lowers, end + 1, stop)
    return []


MEMBERSHIP_TITLE = 16  # words a membership title before "and" and a person's office may take


def second_title(lowers: list[str], start: int) -> int | None:
    """Where a person's second title opens after a membership ("Member of the Political Bureau
    of the CPC Central Committee and Foreign Minister Wang Yi"): past the "and", so the
    person, not the body, is what the phrase names; None when none is there."""
    if lowers[start : start + 2] != ["member", "of"]:
        return None
    for position in range(start + 2, min(start + MEMBERSHIP_TITLE, len(lowers))):
        if lowers[position] == "and":
            return position + 1
        if not lowers[position].isalnum() and lowers[position] not in ("(", ")"):
            return None  # a comma, a quote: the phrase ended ("(CPC)" is part of it)
    return None


def another_person(
    lexicon: Lexicon, words: list[str], lowers: list[str], index: int, senses: list[Entry]
) -> bool:
    """Whether a one-word person alias is part of another person's name: a capitalised word
    the dictionaries do not know stands next to it and is not in the person's own name
    ("Abbas Mousavi", "Riyad al-Maliki", "Melania Trump"; "Bashar Assad" is Assad)."""
    if not senses or any(sense.kind != PERSON for sense in senses):
        return False
    own = {part for sense in senses for part in (sense.name or "").lower().split()}
    for neighbour in (index - 1, index + 1):
        if neighbour < 1 or neighbour >= len(words) or lowers[neighbour] in own:
            continue  # a sentence's first word is capitalised anyway ("Once Trump ...")
        word = words[neighbour]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()):
            continue
        if lowers[neighbour] in NOT_NAMES or lexicon.match(words, lowers, neighbour)[0]:
            continue
        return True
    return False


def unknown_name(
    lexicon: Lexicon, words: list[str], lowers: list[str], start: int, end: int
) -> list[str]:
    """``words[start:end]`` as a person's name, if it is one the dictionaries do not know
    and no sentence adverb or date ("Meanwhile", "On Monday")."""
    name = words[start:end]
    if not name or lowers[start] in NOT_NAMES or not name[0][:1].isupper():
        return []
    if any(lexicon.match(words, lowers, index)[0] for index in range(start, end)):
        return []
    return name


# Words after "the Chinese" that show it a people, not an adjective before a noun (not a
# comma nor "and": "the British, French and German ambassadors")
PEOPLE_FOLLOWERS = words(
    "who have has had are were will would could should may might must can also "
    "then themselves to in on at from for of with against over about that not never say "
    "says insist insists want wants did do does"
)
INVARIANT_ENDINGS = ("ese", "ss", "ch", "sh")  # "the Chinese", "the Swiss", "the French"


def demonym_noun(lowers: list[str], start: int, end: int) -> str:
    """What a lone demonym is as a noun: "person" after "a"/"an" before no noun ("an American
    was released"), "people" after "the" when it is the people's own word ("the Chinese
    accused India", "warned the French against"), else ""."""
    following = lowers[end] if end < len(lowers) else "."
    if start > 0 and lowers[start - 1] in ("a", "an"):
        alone = not following[:1].isalpha() or following in ("and", "or", "who", "was", "is")
        return "person" if alone else ""
    people = end == start + 1 and lowers[start].endswith(INVARIANT_ENDINGS)
    alone = following in PEOPLE_FOLLOWERS or following in tuple(".;:?!)\"”'’")
    past = following.endswith("ed")  # "the Chinese accused"
    return (
        "people" if people and start > 0 and lowers[start - 1] == "the" and (alone or past) else ""
    )


def remember_name(
    memory: ActorMemory, actor: Actor, person: Entry | None, name_tokens: list[str], spelt: str
) -> None:
    """Record a person's name for later mentions: "Antony Blinken" is "Blinken" later in the
    article, and "Pedro Sánchez" (spelt, for the entry "Pedro Sanchez") "Sánchez"."""
    known_name = person.name.split() if person is not None and person.name else []
    if known_name[-1:] and REGNAL_RE.fullmatch(known_name[-1]):
        known_name = known_name[:-1]  # "King Abdullah II" is "Abdullah" later, not "II"
    memory.remember(actor, name_tokens or known_name)
    if known_name and not name_tokens and unaccented(spelt) == known_name[-1] != spelt:
        memory.names[spelt] = actor


REGNAL_RE = re.compile(r"[IVX]+")  # a monarch's ordinal after the name ("Charles III")
APPOSITION_WORDS = 12  # the most words between an apposed office's two commas


def apposed_organisation_office(mentions: list[Mention], lowers: list[str]) -> None:
    """ "Miroslav Lajčák, the head of European diplomacy and EU Special Representative, will
    meet": a person apposed to an international organisation's office acts for it, whatever
    state the dictionaries give him."""
    for index, person in enumerate(mentions):
        actor = person.actor
        if actor is None or not actor.personal or lowers[person.end : person.end + 1] != [","]:
            continue
        close = next((i for i in range(person.end + 1, len(lowers)) if lowers[i] == ","), 0)
        office = next(
            (
                m.actor
                for m in mentions[index + 1 :]
                if m.end <= close
                and m.actor
                and m.actor.personal
                and m.actor.sector == "IGO"
                and (lowers[person.end + 1] == "the" or m.start == person.end + 1)
                and "of" not in lowers[m.start - 2 : m.start]  # ("the host of the UN chief")
            ),
            None,
        )
        if office is not None and close - person.end <= APPOSITION_WORDS:
            person.actor = office


def apposed_name_head(lowers: list[str], mentions: list[Mention], name: Mention) -> Mention | None:
    """The office a person's name stands in apposition to, between commas ("the President of
    Poland, Andrzej Duda, met": the office heads the phrase, and its group is the subject's),
    when both are one state's; else None."""
    if lowers[name.start - 1 : name.start] != [","] or lowers[name.end : name.end + 1] != [","]:
        return None
    head = next((m for m in mentions if m.end == name.start - 1 and m.is_actor), None)
    personal = name.actor is not None and name.actor.personal and not name.actor.agents
    same = head is not None and head.actor is not None and name.actor is not None
    return head if personal and same and head.actor.country == name.actor.country else None
