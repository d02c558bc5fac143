"""Head nouns between a trigger and an actor that leave the actor its object: a way of acting
and its "of" ("the dangerous actions of the China Coast Guard"), an act two sides make and its
"between" ("the joint drills between the United States and South Korea"), an unnamed group of
people and its "including" ("more than 60 leaders, including Xi Jinping"), the custody of a
person and its place ("the detention of a German national in Iran").

Consumes the lower-cased words between a trigger and a mention; produces whether they are such
a head. ``object_slots`` decides what else a gap allows.
"""

from transforms.tagging.gap_openers import is_digit_word
from transforms.tagging.text import words

# Quotation marks, which may stand around a head (the “normalisation” deal between)
QUOTES = frozenset({'"', "“", "”", "``", "''", "`", "'", "‘", "’"})  # `` and '' may come split
QUOTE_MARKS = QUOTES | {"as"}


# Nouns of a way of acting whose "of" names the one acting ("the dangerous manoeuvres of the
# China Coast Guard"), unlike "the killing of", "the arrest of" (its victim)
CONDUCT_NOUNS = words(
    "actions behaviour behavior conduct manoeuvres maneuvers activities provocations policies "
    "policy aggression interference tactics practices rhetoric"
)


def conduct_of(gap: list[str]) -> bool:
    """Whether the gap is a noun of conduct with its "of" ("condemned the dangerous manoeuvres
    of the China Coast Guard"): the actor after it is the one blamed."""
    if gap[-1:] == ["the"]:
        gap = gap[:-1]
    if len(gap) < 2 or gap[-1] != "of" or gap[-2] not in CONDUCT_NOUNS:
        return False
    head = gap[:-2]  # ("the dangerous and illegal actions of")
    return len(head) <= 4 and all(word.isalpha() for word in head)


# Nouns of acts two sides make together, whose makers follow "between"
MUTUAL_ACT_NOUNS = words(
    "agreement agreements deal deals accord accords ceasefire truce talks pact treaty "
    "rapprochement normalisation normalization reconciliation drills exercises manoeuvres "
    "maneuvers partnership alliance cooperation"
)


MUTUAL_DETERMINERS = words("the a an this that any their its")
# Modifiers that may open a mutual act's phrase with no determiner ("growing military cooperation")
ACT_MODIFIERS = words(
    "military economic trade security defence defense strategic nuclear naval arms energy "
    "growing deepening closer close"
)


def mutual_act(gap: list[str]) -> bool:
    """Whether the gap is a mutual act noun before "between" ("welcomed the agreement between",
    "condemned the normalisation deal reached between"): its makers are the objects."""
    if gap[-2:] == ["between", "the"]:
        gap = gap[:-1]  # "the drills between the United States and South Korea"
    if gap[-1:] != ["between"] or len(gap) > 6:
        return False
    head = [w for w in gap[:-1] if w not in QUOTE_MARKS]
    if head[-1:] and head[-1] in ("reached", "signed", "struck"):
        head = head[:-1]
    return (
        bool(head)
        and head[-1] in MUTUAL_ACT_NOUNS
        and len(head) <= 4
        and (
            len(head) == 1
            or head[0] in MUTUAL_DETERMINERS
            or len(head) <= 3
            and ACT_MODIFIERS.issuperset(head[:-1])  # "over military cooperation between"
        )
    )  # (not "helped broker the grain deal between": a verb's object, not the helped)


# Heads of an unnamed group of people whose members "including" names ("more than 60 leaders,
# including Xi"; not "talks with other partners, including Europe": talks with the partners)
UNNAMED_GROUP_HEADS = words("leaders officials ministers heads diplomats envoys")


def including_group(gap: list[str]) -> bool:
    """Whether the gap is an unnamed group whose members "including" names: "more than 60
    leaders, including", "dozens of officials, including"."""
    head = gap[:-2]
    return (
        gap[-2:] == [",", "including"]
        and 1 <= len(head) <= 5
        and head[-1] in UNNAMED_GROUP_HEADS
        and all(word.isalpha() or is_digit_word(word) for word in head)
    )


# Nouns of holding, punishing or freeing people, whose place names the state that holds them
CUSTODY_NOUNS = words(
    "arrest arrests detention detentions jailing imprisonment sentencing execution executions "
    "conviction release"
)
MAX_CUSTODY_GAP = 10


def custody_of(gap: list[str]) -> bool:
    """Whether the gap opens with a custody noun and its "of" ("the detention of a", "the arrest
    of Wall Street Journal"): the actor after it is the one held."""
    head = gap[1:] if gap[:1] in (["the"], ["a"], ["an"]) else gap
    if not head or len(head) > MAX_CUSTODY_GAP - 2:
        return False
    return head[0] in CUSTODY_NOUNS and head[1:2] == ["of"]


def custody_in(gap: list[str]) -> bool:
    """Whether the gap is a custody noun, its "of", the people held and "in" ("condemned the
    detention of a German national in (Iran)"): the place names the state that holds them."""
    if gap[-1:] != ["in"] or len(gap) > MAX_CUSTODY_GAP:
        return False
    noun = next((i for i, word in enumerate(gap) if word in CUSTODY_NOUNS), None)
    return noun is not None and noun <= 2 and gap[noun + 1 : noun + 2] == ["of"]
