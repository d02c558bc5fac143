"""Chunk spans: how far a name chunk reaches from the dictionary entry that starts it, over
adjacent entries ("Syrian President Bashar al-Assad"), "'s" and "of" ("Qatar's Amir", "the Amir
of Qatar"), a demonym's lower-case modifiers ("North Korean hacking groups") and the capitalised
name after a title or a country's possessive ("Iran's Ali Shamkhani").

Consumes a sentence's words and lower-cased words, where an entry matched and its senses, and the
lexicon; produces the chunk's end, its parts (the senses of each entry it joined) and the name
words it took (``grow_chunk``), and each part's primary sense (``primary``). ``name_chunks``
resolves what the chunk is.
"""

from transforms.tagging import offices, places
from transforms.tagging.entries import (
    AGENT,
    COUNTRY,
    DEMONYM,
    INSTITUTION,
    ORG,
    PERSON,
    PLACE,
    Entry,
)
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.person_names import full_name, is_name_word
from transforms.tagging.text import words

MODIFIERS = words(
    "interim acting new top senior former outgoing incoming caretaker chief deputy visiting "
    "military civilian coalition transitional ruling"
)
MAX_DEMONYM_MODIFIERS = 4
# Words that end a demonym's noun phrase rather than modify its head.
MODIFIER_STOPS = words(
    "of to in on at for with by from that which who is are was were has have had since after "
    "before during over into against the a an its their but"
)
SENSE_ORDER = (PERSON, INSTITUTION, ORG, COUNTRY, DEMONYM, PLACE, AGENT)


def primary(senses: list[Entry]) -> Entry:
    """The sense that counts of an entry's senses: the first in ``SENSE_ORDER`` (a person before
    an institution, an agent last)."""
    return min(senses, key=lambda sense: SENSE_ORDER.index(sense.kind))


def grow_chunk(
    lexicon: Lexicon,
    words: list[str],
    lowers: list[str],
    start: int,
    length: int,
    senses: list[Entry],
) -> tuple[int, list[list[Entry]], list[str]]:
    """Grow a chunk over adjacent entries, "'s", "of" and a title's following name."""
    parts = [senses]
    name_tokens: list[str] = []
    end = start + length
    while end < len(words):
        last = primary(parts[-1])
        follow = end
        if lowers[end] == "'s" or (
            lowers[end] == "of" and last.kind == AGENT and last.name not in offices.ACT_AGENTS
        ):  # "leaders of X", but in "the invasion of Ukraine" Ukraine suffers the act
            follow = end + 1
            if follow < len(words) and lowers[follow] == "the":
                follow += 1
        elif len(parts) == 1 and (
            lowers[end] in ("in", "from")
            and last.name in SEATED_BODIES
            or lowers[end] == "from"
            and last.name in SENT_BODIES
        ):
            length, senses = lexicon.match(words, lowers, end + 1)
            if (
                not length
                or primary(senses).kind not in (COUNTRY, PLACE)
                or (primary(senses).kind == PLACE and primary(senses).metonym is None)
            ):
                break
            follow = end + 1  # "officials in Tehran", "the government in Kabul": the seat's
        elif lowers[end] in ("to", "for") and last.kind == AGENT and _envoy(last):
            length, senses = lexicon.match(words, lowers, end + 1)
            after = words[end + 1 + length : end + 3 + length] + ["", ""]
            apposed = after[0] == "," and len(parts) > 1  # ("U.S. Special Envoy for Yemen, Tim")
            listed = apposed and lexicon.match(words, lowers, end + 2 + length)[0] > 0  # ("to
            # Yemen, Bahrain and Oman": a list of posts, no name after the comma)
            if not length or primary(senses).kind != COUNTRY or listed:
                break
            if not is_name_word(after[apposed]):
                break  # "US special envoy for Yemen Tim Lenderking": Yemen is his post, the
            end += 1 + length  # title's, no actor (nor Volker's country in "envoy to Ukraine")
            continue
        if follow >= len(words):
            break
        if lowers[follow] in MODIFIERS and follow + 1 < len(words):
            follow = _first_agent(lexicon, words, lowers, follow)  # "Bangladesh's interim
            # leader", "Saudi senior officials", "Poland's new coalition government"
        elif (follow == end and last.kind == DEMONYM) or (
            lowers[end] == "'s" and last.kind != AGENT
        ):
            # "North Korean hacking groups", "China's second biggest state oil firm"
            follow = past_modifiers(lexicon, words, lowers, follow)
        length, senses = lexicon.match(words, lowers, follow)
        if length and lowers[follow] in offices.VERBAL_AGENTS and last.kind != DEMONYM:
            break  # "Israeli strikes" is Israel's, but in "Israel strikes" it is the verb
        if follow == end and last.kind == COUNTRY and clause_verb(lowers, start, follow):
            break  # "South Africa demands an emergency suspension": the verb, not "US demands"
        if follow == end and last.kind == AGENT and last.name in offices.ACTS_NOT_ORGANS:
            break  # "condemned in a statement Israel's strikes": an act noun names no one after it
        if (
            length
            and lowers[end] == "'s"
            and primary(senses).kind == COUNTRY
            and (last.kind == PERSON or name_tokens or last.agent_kind == "title")
        ):
            break  # "Putin's China visit": a person's possessive, then another state
        if claimed_territory(lowers, end, last, senses, follow + length):
            parts, end = [senses], follow + length  # "China's Taiwan region": Taiwan, the
            continue  # territory a possessor claims as its own, is the actor named
        if length and not (follow > end and primary(senses).kind == PLACE and lowers[end] == "'s"):
            parts.append(senses)
            end = follow + length
            continue
        titled = last.kind == PERSON or (
            last.kind == AGENT and last.agent_kind in ("title", "honorific")
        )
        if (
            lowers[end] == "'s"
            and follow == end + 1
            and last.kind == COUNTRY
            and len(parts) == 1
            and full_name(lexicon, words, follow)
        ):
            # "Iran's Ali Shamkhani": a person of the possessor country, known by surname later
            while follow < len(words) and is_name_word(words[follow]) and len(name_tokens) < 3:
                name_tokens.append(words[follow])
                follow += 1
            end = follow
            break
        if follow == end and titled and is_name_word(words[end]) and words[end][:1] != "'":
            before, kept = end, len(name_tokens)
            while end < len(words) and is_name_word(words[end]) and len(name_tokens) < 5:
                name_tokens.append(words[end])
                end += 1
                if words[end : end + 1] == ["."] and len(words[end - 1]) == 1:
                    end += 1  # a middle initial: "President Joseph R. Biden"
                    if lexicon.match(words, lowers, end)[0]:
                        del name_tokens[kept:]  # the surname the dictionaries know names him
                        break
            if end > before:
                continue  # (a sixth capitalised word ends the name: all-caps headlines)
        break
    return end, parts, name_tokens


# Bodies a seat of government after "in" or "from" names ("officials in Tehran", "the regime in
# Damascus"); not envoys, who serve abroad ("diplomats in Moscow")
SEATED_BODIES = places.SEATED_BODIES - {"ministry"} | words("officials leaders lawmakers")
# Bodies sent abroad, whose "from" (not "in") names their state ("a delegation from Beijing")
SENT_BODIES = words("delegation delegations envoys diplomats") | {
    "diplomatic personnel",
    "diplomatic staff",
}


# Agent words that are also a verb with an object: after a bare state's name that opens a clause
# and before a determiner or "that", the verb ("Russia demands an apology", "China claims the")
CLAUSE_VERBS = words("demands claims")
CLAUSE_OPENERS = words(", ; : -- and but while as")


def clause_verb(lowers: list[str], start: int, at: int) -> bool:
    """Whether the agent word at ``at`` is the verb of the clause a state's name at ``start``
    opens ("South Africa demands that"), not the head of "rejected US demands"."""
    opens = start == 0 or lowers[start - 1] in CLAUSE_OPENERS or lowers[:start] == ["the"]
    return (
        opens
        and lowers[at] in CLAUSE_VERBS
        and lowers[at + 1 : at + 2] in (["a"], ["an"], ["the"], ["that"], ["its"])
    )


def past_modifiers(lexicon: Lexicon, words: list[str], lowers: list[str], at: int) -> int:
    """Where an agent word starts after up to three lower-case modifiers of a demonym
    ("North Korean hacking groups", "French political and military officials"); ``at``
    when there is none."""
    length, senses = lexicon.match(words, lowers, at)
    if length and primary(senses).kind == AGENT:
        return at  # "Sudan's army uses drones": the agent is the next word
    for skip in range(1, MAX_DEMONYM_MODIFIERS + 1):
        position = at + skip
        if position >= len(words):
            return at
        word, tail = words[position - 1], words[position - 1].rsplit("-", 1)[-1]
        if "-" in word and tail.isalpha() and tail.islower() and tail.endswith("ed"):
            pass  # "Libya's U.N.-supported government", "Yemen's Saudi-backed government"
        elif lowers[position - 1].startswith(("pro-", "anti-")) and tail.isalpha():
            pass  # "Moldova's pro-Western government", "its anti-Russian government"
        elif not word.replace("-", "").isalpha():
            return at  # ("Sudan's army-led government": a compound modifier too)
        elif not word.islower() or lowers[position - 1] in MODIFIER_STOPS:
            return at
        length, senses = lexicon.match(words, lowers, position)
        if length and primary(senses).kind == AGENT and senses[0].agent_kind != "honorific":
            return position
    return at


def _first_agent(lexicon: Lexicon, words: list[str], lowers: list[str], start: int) -> int:
    """Where the first agent after the modifiers from ``start`` begins, else ``start``."""
    skip = start
    while skip + 1 < len(words) and lowers[skip] in MODIFIERS:
        skip += 1
        length, senses = lexicon.match(words, lowers, skip)
        if length and primary(senses).kind == AGENT:
            return skip
    return start


ENVOY_WORDS = words("envoy envoys ambassador ambassadors representative representatives")


def _envoy(sense: Entry) -> bool:
    """Whether an agent is an envoy, whose "to" or "for" names the post, not the sender."""
    return (sense.name or "").lower().split()[-1:] in ([w] for w in ENVOY_WORDS)


# What may follow a state owned by another ("China's Taiwan region", "Serbia's Kosovo province")
TERRITORY_NOUNS = words("region province island territory , . ; : ) and")


def claimed_territory(
    lowers: list[str], end: int, last: Entry, senses: list[Entry], after: int
) -> bool:
    """Whether a state's "'s" at ``end`` owns another state (``senses``) named as its territory,
    not as the topic of a noun after it ("Russia's Ukraine war" is Russia's)."""
    return (
        bool(senses)
        and lowers[end] == "'s"
        and last.kind == COUNTRY
        and primary(senses).kind == COUNTRY
        and primary(senses).code != last.code
        and (after >= len(lowers) or lowers[after] in TERRITORY_NOUNS)
    )
