"""Antecedents within the sentence: what a pronoun stands for when its own sentence names it
before ("Biden called Netanyahu and urged him", "warned that China would face consequences if it
armed Russia", "Chile recalled its ambassador", "The foreign ministers of Saudi Arabia and Iran
met in Beijing, where they agreed"), before the article's ``ActorMemory`` is asked.

Consumes a sentence's mentions found so far, its lower-cased tokens and a pronoun's position;
produces the sentence's first list of actors (``first_list``), the person "him" stands for
(``object_person``), the subject an "it" after "if" or "because" depends on (``clause_subject``),
the reporter an "it" follows (``reporter``), the owner of "its" or "their" after a verb
(``verb_subject``, ``OWN`` for each member's own) and the group "they" stands for
(``they_group``, else the memory's plural antecedent).
"""

from transforms.tagging.clause_frames import RELATIVES
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.text import words

LIST_WORDS = words(", and the")


def first_list(
    mentions: list[Mention], lowers: list[str], *, backwards: bool = False
) -> list[Actor]:
    """The actors of a sentence's first list of named actors ("Germany and France"), if its
    first actor opens one; ``backwards``: of the last list, mentions given last first."""
    named = [m for m in mentions if m.is_actor and m.actor is not None and not m.pronoun]
    listed = named[:1]
    for mention in named[1:]:
        left, right = (mention, listed[-1]) if backwards else (listed[-1], mention)
        if (mention.start, mention.end) == (listed[-1].start, listed[-1].end):
            listed.append(mention)  # "the two presidents": the twins of one phrase
            continue
        gap = lowers[left.end : right.start] if listed else []
        if not gap or not LIST_WORDS.issuperset(gap):
            break
        listed.append(mention)
    if backwards:  # (the "and" stands before the last member: "A, B and C")
        closed = len(listed) > 1 and "and" in lowers[listed[1].end : listed[0].start]
        return [m.actor for m in listed if m.actor is not None] if closed else []
    while (
        len(listed) > 1
        and "and" not in lowers[listed[-2].end : listed[-1].start]
        and listed[-2].start != listed[-1].start
    ):
        listed.pop()  # a comma that no "and" closes: an apposition, not a list
    return [m.actor for m in listed if m.actor is not None]


def object_person(
    mentions: list[Mention], lowers: list[str] | None = None, index: int = -1
) -> Actor | None:
    """What "him" (at ``index``) stands for when the sentence named a person before it of
    another country than its opening actor: that person ("Biden called Netanyahu and urged
    him", "the junta ordered the French ambassador to leave, accusing him"); a pronoun is not
    its own clause's subject, so when that person opens a "who" clause ("Blinken met his
    counterpart, who warned him") or is the subject of the verb right before it ("Petro
    expelled Argentina's diplomats after Milei called him"), the opening actor."""
    actors = [m for m in mentions if m.actor is not None and m.is_actor]
    if not actors:
        return None
    opening = actors[0].actor.country
    others = [m for m in actors[1:] if m.actor.personal and m.actor.country != opening]
    if not others:
        return None
    after = lowers[others[-1].end : others[-1].end + 2] if lowers is not None else []
    if ("who" in after or others[-1].end == index - 1) and actors[0].actor.personal:
        return actors[0].actor
    return others[-1].actor


# A pronoun after these opens a clause inside the one before it: its subject is that clause's
SUBORDINATORS = words("if unless because since until once whereas while where when after before")
# What follows a clause's subject: an auxiliary or modal, or a past verb ("China had", "Beijing
# would", "Germany promised")
FINITE = words(
    "would will must should could can may might had has have is was were are did does "
    "flew met went told said held spoke took made sent gave came left sought wrote struck brought"
)


def clause_subject(
    mentions: list[Mention], lowers: list[str], index: int, kind: str
) -> Actor | None:
    """What "it", "he" or "she" right after "if", "because", "where" ... stands for: the subject
    of the clause it depends on, the sentence's nearest actor before it followed by a verb
    ("warned that China would face consequences if it armed Russia": China, not the warner);
    None when no actor of the sentence heads a clause before it."""
    if index == 0 or lowers[index - 1] not in SUBORDINATORS:
        return None
    for mention in reversed(mentions):
        actor = mention.actor
        if actor is None or mention.end >= index or (kind == "person") != actor.personal:
            continue
        after = lowers[mention.end] if mention.end < len(lowers) else ""
        if after in FINITE or (after.endswith("ed") and len(after) > 3):
            return actor
    return None


# Verbs that report what their subject says of itself ("South Korea said it would reopen")
SAYING = words("said says announced stated added confirmed insisted declared warned")
SAYING_FILLERS = words("yesterday today also later that")  # "X yesterday said it", "said that it"


def reporter(mentions: list[Mention], lowers: list[str], index: int, kind: str) -> Actor | None:
    """What "it", "he" or "she" right after a reporting verb stands for: the verb's subject, named
    right before it ("Reigniting a row between US allies, South Korea said it would": South
    Korea, not the sentence's first actor); None when no such actor is there."""
    verb = index - 1 - (lowers[index - 1 : index] == ["that"])
    if verb < 1 or lowers[verb] not in SAYING:
        return None
    end = verb
    while end > 0 and lowers[end - 1] in SAYING_FILLERS:
        end -= 1
    named = next((m for m in mentions if m.end == end and m.actor is not None), None)
    if named is None or named.pronoun or (kind == "person") != named.actor.personal:
        return None
    return named.actor


# Words that may stand between a subject and its verb ("Chile has also recalled its envoy")
SUBJECT_VERB_FILLERS = words("has have had also will would")
OWN = Actor("", None, "")  # what "their" owns after a list of subjects: each member's own


def verb_subject(mentions: list[Mention], lowers: list[str], index: int) -> Actor | None:
    """The owner of "its" or "their" at ``index`` when a verb right after an actor leads to it:
    the verb's subject ("Chile recalled its ambassador": Chile's, not the sentence's first
    state's); ``OWN`` after a list ("Chile and Colombia recalled their ambassadors": each its
    own, no other state's); None otherwise."""
    verb = index - 1
    if verb < 1 or not (lowers[verb].endswith("ed") or lowers[verb] in FINITE):
        return None
    before = verb - 1
    while before > 0 and lowers[before] in SUBJECT_VERB_FILLERS | {","}:
        before -= 1  # ("Colombia, Chile, and Honduras, have recalled their diplomats")
    subject = next((m for m in reversed(mentions) if m.end == before + 1), None)
    if subject is None or subject.actor is None or subject.actor.personal or not subject.is_actor:
        return None
    if lowers[index] == "their" and lowers[subject.start - 1 : subject.start] == ["and"]:
        return OWN
    return subject.actor


def they_group(
    mentions: list[Mention], lowers: list[str], memory: ActorMemory, index: int
) -> list[Actor]:
    """What "they" at ``index`` stands for ([] for another word): after "as", "when" ..., the
    list that heads the clause it depends on ("A cut ties with X, and B and C recalled their
    envoys as they criticized X"); else the sentence's own first list before it ("The foreign
    ministers of Saudi Arabia and Iran met in Beijing, where they agreed"), else an earlier
    sentence's."""
    if lowers[index] != "they":
        return []
    if index > 0 and lowers[index - 1] in SUBORDINATORS | {"as"}:
        heads = [m for m in mentions if m.end < index and m.is_actor and m.actor is not None]
        for at in range(len(heads) - 1, 0, -1):
            after = lowers[heads[at].end]
            if after in FINITE or after.endswith("ed") and len(after) > 3:
                group = first_list(heads[: at + 1][::-1], lowers, backwards=True)
                if len(group) > 1:
                    return group[::-1]
                break
    group = first_list(mentions, lowers)
    return group if len(group) > 1 else memory.plural_antecedent()


RELATIVE_WORDS = RELATIVES | {"whom"}


OBJECT_IT_NEXT = [[word] for word in ("of", "for", "to", "with", "over")]


def object_state(mentions: list[Mention], lowers: list[str], index: int) -> Actor | None:
    """The state an object "it" right after a past verb (or a participle after a comma) stands
    for: the sentence's last state before it other than its first actor's, which does the act
    ("Pyongyang rejected Seoul's offer and accused it of siding with Washington": Seoul; "cut
    ties with Israel, accusing it of crimes": Israel); None when there is none."""
    participle = (
        index > 1
        and lowers[index - 1].endswith("ing")
        and lowers[index - 2] == ","
        and lowers[index + 1 : index + 2] in OBJECT_IT_NEXT
    )  # ("warning it would lead to sanctions": "it" is a reported clause's subject)
    if lowers[index] != "it" or index == 0 or not (lowers[index - 1].endswith("ed") or participle):
        return None
    found = [m for m in mentions if m.actor is not None and m.is_actor]
    if not found or not RELATIVE_WORDS.isdisjoint(lowers[:index]):
        return None  # ("Pyongyang, which has supplied it with shells": whose verb, unclear)
    subject = [found[0]]  # with the actors listed with it ("Russia and China opposed it")
    for mention in found[1:]:
        if set(lowers[subject[-1].end : mention.start]) <= {"and", ","}:
            subject.append(mention)
    doers = {m.actor.country for m in subject if m.actor is not None}
    actors = [m.actor for m in found if m.actor is not None]
    others = [a for a in actors if a.country not in doers and not a.personal]
    return others[-1] if others else None
