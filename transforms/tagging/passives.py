"""Acts told in the passive of a verb and its object noun: "Sanctions were imposed on Iran by the
United States", "the aid sent by Turkey to Syria", "tariffs that China imposed on US goods".

Consumes the specs of trigger patterns shaped "verb [*N] noun [preposition]" (hand-written and
compiled alike); produces their passive form "noun *5 participle [preposition]" as another spec,
the test a match of that form must pass (what stands between the noun and the participle), and
the actors of a match: the source is the "by" agent, or the subject of a relative clause between
the noun and the participle; the target is the actor after the preposition, before or after the
agent. With no source named, there is no event: "sanctions were imposed on Iran" says by whom
nowhere in the sentence.
"""

import dataclasses
from collections.abc import Callable

from transforms.tagging.text import manner_adverb, words

# The prepositions a verb-and-noun pattern may end with (the target comes after them).
TARGET_PREPOSITIONS = words("to with against from for on over toward towards into upon at")
# Second words that make a phrasal verb, not a verb and its object ("lash out", "break away").
PARTICLES = words(
    "out away off up down back in over together ahead forward around aside it them this that"
)
# What a passive's verb group may hold between the noun and the participle ("have also been").
VERB_GROUP_WORDS = words(
    "was were is are be been being has have had will would could may might can should shall "
    "must also already recently now later reportedly previously newly just first jointly "
    "formally officially allegedly then all both"
)
BE_FORMS = words("was were is are be been being")
RELATIVES = words("that which")
SUBJECT_PRONOUNS = words("it they he she")  # the subject of a relative clause without "that"
MAX_GAP = 5  # tokens between the noun and the participle ("that the European Union has")
AGENT_REACH = 6  # tokens after the participle where the "by" agent may start


@dataclasses.dataclass(frozen=True)
class PassiveForm:
    """What a passive pattern needs beyond its regex: its nouns (as token tuples), the
    participles, and the prepositions that introduce the target (empty: any)."""

    nouns: frozenset[tuple[str, ...]]
    participles: frozenset[str]
    prepositions: frozenset[str]


@dataclasses.dataclass(frozen=True)
class PassiveRoles:
    """The participle's position in the sentence, and the actors of a passive match."""

    participle: int
    sources: list
    targets: list


def passive_spec(
    spec: dict,
    groups: list[tuple[bool, list[str]]],
    forms: Callable[[str], list[str]],
    irregular_participles: frozenset[str],
) -> tuple[dict, PassiveForm] | None:
    """The passive form of an active "verb [*N] noun [preposition]" pattern whose subject is the
    source and whose object is the target, or None for any other pattern. ``groups`` are the
    pattern's (optional, items) groups, ``forms`` gives an item's words."""
    if spec.get("nominal") or spec["source"] != "subject":
        return None
    if spec["target"] not in ("object", "object_place") or groups[0][0]:
        return None
    rest = groups[1:]
    if rest and not rest[0][0] and rest[0][1][0].startswith("*"):
        rest = rest[1:]
    if not rest or rest[0][0] or rest[0][1][0].startswith("*"):
        return None
    noun_item, tail = rest[0][1][0], rest[1:]
    nouns = [tuple(form.split()) for form in forms(noun_item)]
    if not nouns or any(
        noun[0] in PARTICLES
        or noun[-1] in TARGET_PREPOSITIONS
        or noun[-1] == "by"
        or not noun[0].replace("-", "").isalpha()  # "counter-sanctions" is a word
        or manner_adverb(noun[0])
        for noun in nouns
    ):
        return None  # "lash out", "said carried out by", "appeared positively"
    if all(noun[-1].endswith("ing") for noun in nouns):
        return None  # "{be} visiting": a verb group, not a verb and its object
    prepositions: frozenset[str] = frozenset()
    if tail:
        items = [item for item in tail[0][1] if not item.startswith("*")]
        if len(tail) > 1 or len(items) != 1 or not set(forms(items[0])) <= TARGET_PREPOSITIONS:
            return None
        if not tail[0][0]:
            prepositions = frozenset(forms(items[0]))
    verb_forms = forms(groups[0][1][0])
    firsts = {form.split(" ", 1)[0] for form in verb_forms}
    participles = [
        form
        for form in verb_forms
        if _is_participle(form.split(" ", 1)[0], firsts, irregular_participles)
    ]
    if not participles:
        return None
    participle_item = "|".join(form.replace(" ", "_") for form in participles)
    preposition_item = f" [{'|'.join(sorted(prepositions))}]" if prepositions else ""
    passive = {
        key: value for key, value in spec.items() if key != "anchor"
    }  # the anchor is the noun, the first required item
    passive["id"] = f"{spec['id']}:passive"
    passive["pattern"] = f"{noun_item} *{MAX_GAP} {participle_item}{preposition_item}"
    form = PassiveForm(frozenset(nouns), frozenset(p.split()[0] for p in participles), prepositions)
    return passive, form


def _is_participle(word: str, firsts: set[str], irregular: frozenset[str]) -> bool:
    """A past participle among a verb item's forms (``firsts``: their first words): "imposed",
    "agreed", "given"; not the base "need" (whose "needs" is a form too)."""
    return word in irregular or (word.endswith("ed") and word + "s" not in firsts)


def _noun_end(lowers: list[str], start: int, form: PassiveForm) -> int:
    lengths = [len(noun) for noun in form.nouns if tuple(lowers[start : start + len(noun)]) == noun]
    return start + max(lengths, default=1)


def participle_at(lowers: list[str], start: int, end: int, form: PassiveForm) -> int:
    """The participle of a passive match ``[start, end)``: the first after its noun."""
    position = _noun_end(lowers, start, form)
    while position < end and lowers[position] not in form.participles:
        position += 1
    return position


def gap_fits(lowers: list[str], start: int, end: int, form: PassiveForm) -> bool:
    """Whether what stands between the noun and the participle makes the match a passive
    ("sanctions were imposed", "sanctions imposed") or a relative clause ("sanctions that the
    EU imposed"), not two clauses that happen to hold the words ("sanctions hurt Russia, which
    imposed")."""
    gap = lowers[_noun_end(lowers, start, form) : participle_at(lowers, start, end, form)]
    if gap and gap[0] in (form.prepositions or TARGET_PREPOSITIONS) and gap[0] != "by":
        # "sanctions against Belarus were tightened": the target said with the noun
        verb = next((i for i, word in enumerate(gap) if word in VERB_GROUP_WORDS), len(gap))
        if 1 < verb <= 4 and all(word.isalnum() or "." in word for word in gap[1:verb]):
            gap = gap[verb:]
        if not gap:
            return False  # "sanctions on Russian banks imposed": a noun phrase, not a clause
    if not gap:
        return True
    if all(word in VERB_GROUP_WORDS or manner_adverb(word) for word in gap):
        return not BE_FORMS.isdisjoint(gap)
    if gap == [","]:  # "The agreement, signed by Iran and Saudi Arabia,": a reduced passive aside
        participle = participle_at(lowers, start, end, form)
        return lowers[participle + 1 : participle + 2] == ["by"]
    if gap[0] == ",":
        gap = gap[1:]
    if gap[:1] and gap[0] in SUBJECT_PRONOUNS and all(w in VERB_GROUP_WORDS for w in gap[1:]):
        return True  # "the restrictions it imposed on Australian goods": a relative without "that"
    return bool(gap) and gap[0] in RELATIVES and all(word.isalnum() or "." in word for word in gap)


def passive_roles(
    lowers: list[str],
    mentions: list,
    start: int,
    end: int,
    form: PassiveForm,
    after: Callable[[int], list],
) -> PassiveRoles:
    """The source and target of a passive match ``[start, end)``. ``after(position)`` gives the
    actor mentions that fill an object slot starting at ``position``."""
    participle = participle_at(lowers, start, end, form)
    noun_end = _noun_end(lowers, start, form)
    relative = [
        m
        for m in mentions
        if m.is_actor and noun_end <= m.start and m.end <= participle
        and lowers[noun_end] in (*RELATIVES, ",", *SUBJECT_PRONOUNS)
    ]  # fmt: skip
    agents: list = []
    targets: list = []
    position = participle + 1
    for _ in range(2):  # the agent and the target, in either order
        word = lowers[position] if position < len(lowers) else ""
        if word == "by" and not agents:
            agents = after(position + 1)
            position = agents[-1].end if agents else len(lowers)
        elif word in (form.prepositions or TARGET_PREPOSITIONS) and word != "by" and not targets:
            targets = after(position + 1)
            position = targets[-1].end if targets else len(lowers)
    if not targets and noun_end < participle and lowers[noun_end] in TARGET_PREPOSITIONS:
        targets = [m for m in after(noun_end + 1) if m.end <= participle]
    if not agents:
        by = next(
            (i for i in range(participle + 1, min(participle + AGENT_REACH, len(lowers)))
             if lowers[i] == "by"),
            None,
        )  # fmt: skip
        agents = after(by + 1) if by is not None else []
    return PassiveRoles(participle, relative or agents, targets)
