"""Mentions inside another phrase: actors near a verb that are not its subject.

Consumes a sentence's lower-cased tokens, its mentions and a mention or a position; produces
whether a mention sits inside a phrase (a possessor, a preposition's complement, the object of a
verb of regard) or a pronoun is a verb's object ("urged it to"), the actors such a phrase points
to instead (the regarder in "China regards Lai", the authors an aside names for a document:
", drafted by X,"), and whether an event noun is what a clause is about ("over arms sales to
Taiwan").
"""

from transforms.tagging.appositions import CLAUSE_VERBS  # finite words after a name
from transforms.tagging.asides import TIME_WORDS, before_time_phrase
from transforms.tagging.clause_frames import MODALS
from transforms.tagging.coordination import coordinated_left, coordinated_right
from transforms.tagging.mentions import Mention
from transforms.tagging.object_heads import AUTHORING, QUOTE_MARKS
from transforms.tagging.object_slots import PREPOSITIONS, after_preposition
from transforms.tagging.quotations import REPORTING
from transforms.tagging.text import words

# Verbs whose object a predicate follows ("regards Lai as a separatist"): that object is no
# subject of a verb coordinated after the predicate
REGARDING = words(
    "regards regarded considers considered views viewed sees saw deems deemed brands branded "
    "labels labelled labeled"
)


# A document whose authors an aside names: "The resolution, drafted by the United States,"
DOCUMENT_NOUNS = words("resolution draft text proposal plan motion bill statement")


RELATIVE_BE = words("was were is are has have had been")


def apposed_authors(
    lowers: list[str], mentions: list[Mention], aside: int | None, start: int
) -> list[Mention]:
    """The authors that an aside after a document noun names (", drafted by X and Y,"), or,
    with no aside, a document's drafter before its backer right before ``start`` ("a
    resolution drafted by Brazil and backed by France was vetoed"); [] when there is none."""
    if aside is None:
        return _drafter(lowers, mentions, start)
    if aside < 1 or lowers[aside - 1] not in DOCUMENT_NOUNS:
        return []
    verb = aside + 1
    if lowers[verb : verb + 1] == ["which"]:  # ", which was drafted by X,"
        verb += 1
        while lowers[verb : verb + 1] and lowers[verb] in RELATIVE_BE:
            verb += 1
    if lowers[verb : verb + 1] == [] or lowers[verb] not in AUTHORING:
        return []
    if lowers[verb + 1 : verb + 2] != ["by"]:
        return []
    named = [m for m in mentions if verb + 1 < m.start and m.end < start and m.is_actor]
    return coordinated_right(lowers, mentions, named[0]) if named else []


BACKING = words("backed supported endorsed co-sponsored cosponsored")
DRAFTER_REACH = 12  # words from the drafting participle to the trigger


def _drafter(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The drafter in "drafted by A and backed by B" ending right before ``start``, or []."""
    if "by" not in lowers[max(0, start - DRAFTER_REACH) : start]:
        return []  # (the common case, looked for at once)
    for verb in range(max(0, start - DRAFTER_REACH), start - 2):
        if lowers[verb] in AUTHORING and lowers[verb + 1] == "by":
            named = [m for m in mentions if m.start == verb + 2 and m.is_actor]
            tail = lowers[named[0].end : named[0].end + 3] if named else []
            if tail[:1] == ["and"] and tail[1:2] and tail[1] in BACKING and tail[2:] == ["by"]:
                return coordinated_right(lowers, mentions, named[0])
    return []


def regarder_of(lowers: list[str], mentions: list[Mention], mention: Mention) -> list[Mention]:
    """The subject of the verb of regard whose object ``mention`` is ("China regards Lai"), the
    actor right before the verb; [] when there is none."""
    if mention.start == 0 or lowers[mention.start - 1] not in REGARDING:
        return []
    verb = mention.start - 1
    before = next((m for m in mentions if m.is_actor and verb - 2 <= m.end <= verb), None)
    return coordinated_left(lowers, mentions, before) if before is not None else []


def embedded_group(lowers: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """Whether a mention, or the list it closes, sits inside a phrase (``embedded``: "who is
    also the envoy to Yemen, Bahrain and Oman, and recalled": the list after "to")."""
    return embedded(lowers, mention) or embedded(
        lowers, coordinated_left(lowers, mentions, mention)[0]
    )


def embedded(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention sits inside a phrase (after a preposition, or a possessor, or as the
    object of a verb of regard or of a gerund: "has angered its allies by buying Russian
    missiles and has threatened")."""
    possessor = mention.end < len(lowers) and lowers[mention.end] == "'s"
    regarded = mention.start > 0 and lowers[mention.start - 1] in REGARDING
    paired = "between" in lowers[max(0, mention.start - BETWEEN_REACH) : mention.start]
    return (
        possessor
        or regarded
        or paired  # "a resolution to the conflict between Russia and Ukraine": a side of it
        or gerund_object(lowers, mention)
        or mention.locative
        or after_preposition(lowers, mention)
    )


# Subordinators whose gerund's complement holds no subject ("before heading out for China")
ADJUNCT_OPENERS = words("before after while since upon without")
ADJUNCT_REACH = 5  # words from the subordinator to the mention


def noun_modifier(lowers: list[str], mention: Mention, start: int) -> bool:
    """Whether a mention modifies the noun after it, so is no subject of the trigger at
    ``start``: "Sweden, whose NATO bid was held up"; a place after "the" before a verb joined
    by "and" ("regretted the Doha strike and assured Qatar": the strike's place)."""
    after = lowers[mention.end] if mention.end < len(lowers) else ""
    if lowers[mention.start - 1 : mention.start] == ["whose"] and after.isalpha():
        return True
    window = range(mention.start - 1, max(mention.start - ADJUNCT_REACH, 0) - 1, -1)
    opener = next((i for i in window if lowers[i] in ADJUNCT_OPENERS), None)
    if (
        opener is not None
        and lowers[opener + 1].endswith("ing")
        and not {",", "that"} & set(lowers[opener : mention.start])
        and after in CLAUSE_VERBS  # (its complement, not a subject: "China had held")
    ):
        return True  # "Oli before heading out for China had held talks": the gerund's
    return (
        mention.place_name is not None
        and (mention.actor is None or mention.actor.name != mention.place_name)  # (a city, not
        # a state whose name takes "the": "which the United States accuses")
        and lowers[mention.start - 1 : mention.start] == ["the"]
        and "and" in lowers[mention.end : start]
        and after.isalpha()
        and not after.endswith("ed")
        and after not in CLAUSE_VERBS | PREPOSITIONS
        and after not in ("and", "or")
    )


GERUND_OBJECT_OPENERS = words("the a an its their his her")
BETWEEN_REACH = 5  # words from "between" to the second side it names


def gerund_object(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention is the object of a gerund ("by buying Russian missiles"): a verb
    coordinated after it is not its."""
    before = lowers[max(0, mention.start - 2) : mention.start]
    if before[-1:] and before[-1] in GERUND_OBJECT_OPENERS:
        before = before[:-1]
    return before[-1:] != [] and len(before[-1]) > 5 and before[-1].endswith("ing")


def phrase_object(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention is the object of a verb right after an auxiliary ("Modi will address
    Congress and hold talks"), of a gerund ("angered Washington by buying Russian missiles
    and threatened to") or of a preposition ("Russia is a member of the UN and has
    criticised"): a verb coordinated after it is not its."""
    before = mention.start - (lowers[mention.start - 1 : mention.start] == ["the"])
    return (
        (mention.start > 1 and lowers[mention.start - 2] in AUXILIARIES)
        and lowers[mention.start - 1].isalpha()
        or gerund_object(lowers, mention)
        or before > 0
        and lowers[before - 1] in PREPOSITIONS
    )


AUXILIARIES = MODALS | words("has have had")


# What may stand before a pronoun that is a subject ("..., and it urged", "that they would")
SUBJECT_PRONOUN_OPENERS = words(
    "and but or that because as when if while since although though so after before then "
    "which who where also now later still , ; : ( -"
)


def object_pronoun(lowers: list[str], position: int) -> bool:
    """Whether the pronoun at ``position`` follows a verb, as its object ("urged it to"); not
    after a time phrase that opens the sentence ("On Monday it sent")."""
    before = lowers[before_time_phrase(lowers, position)]  # "said on Friday it had"
    return (
        lowers[position] in ("it", "them")
        and not all(word in TIME_WORDS for word in lowers[:position])
        and before not in SUBJECT_PRONOUN_OPENERS
        and before not in REPORTING
        and before.isalpha()
        and before not in QUOTE_MARKS
    )


# Prepositions that make the event noun after them what a clause is about, not its subject's act
TOPIC_OPENERS = words("over against amid about regarding")


def topic_of_clause(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the event noun at ``start`` follows a topic preposition within three words with
    no actor between them ("over arms sales to Taiwan", not "over U.S. arms sales")."""
    opener = next(
        (i for i in range(start - 1, max(start - 4, -1), -1) if lowers[i] in TOPIC_OPENERS), None
    )
    return opener is not None and not any(opener < m.start < start for m in mentions)


def complement_of_noun(lowers: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """Whether ``mention`` (with the actors joined to it on the left) follows "of" or "from":
    another noun's complement ("the invasion of Ukraine", "goods from Mexico and Canada")."""
    first = coordinated_left(lowers, mentions, mention)[0].start
    return lowers[first - 1 : first] in (["of"], ["from"])
