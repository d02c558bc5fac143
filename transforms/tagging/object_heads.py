"""Head nouns between a trigger and an actor that leave the actor its object: a way of acting
and its "of" ("the dangerous actions of the China Coast Guard"), an act two sides make and its
"between" ("the joint drills between the United States and South Korea"), an unnamed group of
people and its "including" ("more than 60 leaders, including Xi Jinping"), the custody of a
person and its place ("the detention of a German national in Iran"), an event noun and its
agent's "by" past the noun's own complement ("the storming of the Al-Aqsa Mosque compound by
Israeli police", "the attack on Israel by Hamas"), an unknown name and an apposition naming an
envoy ("summoned William Klein, the acting head of the U.S. embassy").

Consumes the lower-cased words between a trigger and a mention; produces whether they are such
a head. ``object_slots`` decides what else a gap allows.
"""

from transforms.tagging.gap_openers import OBJECT_GAP, is_digit_word
from transforms.tagging.mentions import Mention
from transforms.tagging.person_names import NAME_PARTICLES
from transforms.tagging.text import words

# Quotation marks, which may stand around a head (the “normalisation” deal between)
QUOTES = frozenset({'"', "“", "”", "``", "''", "`", "'", "‘", "’"})  # `` and '' may come split
QUOTE_MARKS = QUOTES | {"as"}
TAIL_SKIPPED = OBJECT_GAP | QUOTE_MARKS | {"forward", "up", "out"}  # ('"crime" carried out by')


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
    "maneuvers partnership alliance cooperation breakthrough restoration resumption"
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
    if head[-1:] in (["ties"], ["relations"]) and "of" in head[-3:]:
        head = head[: len(head) - head[::-1].index("of") - 1]  # "restoration of diplomatic ties"
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


# Unnamed groups an "including" names ("60 leaders, including Xi"; not "partners, including")
UNNAMED_GROUP_HEADS = words(
    "leaders officials ministers heads diplomats envoys figures counterparts dignitaries enemies "
    "adversaries rivals foes powers countries nations states governments organizations "
    "organisations bodies institutions"
)
MEMBER_OPENERS = ([",", "including"], ["including"], [",", "such", "as"], ["such", "as"])


def including_group(gap: list[str]) -> bool:
    """Whether the gap is an unnamed group whose members "including" (or "such as") names:
    "more than 60 leaders, including", "its enemies, including the", "international
    organizations such as the"."""
    if gap[-1:] in (["the"], ["then-"]):
        gap = gap[:-1]
    tail = next((len(t) for t in MEMBER_OPENERS if gap[-len(t) :] == t), 0)
    head = gap[:-tail] if tail else []
    return (
        1 <= len(head) <= 5
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


# Irregular past participles ("the move made by X")
PARTICIPLES = words(
    "met held sent given made cut hit shut struck seen told paid led taken withdrawn frozen "
    "broken spoken set put found laid"
)


QUOTES_AND = QUOTE_MARKS | {"and"}
# Nouns of acts and statements whose agent follows "by" ("the move announced by X").
EVENT_NOUNS = words(
    "move decision announcement plan policy proposal remarks comments statement statements "
    "allegations allegation claims claim accusations accusation actions action attack attacks "
    "strike strikes measures invasion occupation offensive recognition sanctions threats "
    "killing killings assassination arrest detention execution bombing shelling test tests "
    "launch launches criticism charges demand demands offer request calls appeal protest "
    "complaint expulsion expulsions visit visits trip raid raids storming incursion incursions "
    "crackdown provocation provocations violation violations drills exercises drill exercise "
    "deployment deployments attempt attempts ruling rulings verdict judgment "
    "bid effort efforts invitation invitations report reports findings assessment referendum "
    "referendums burning desecration seizure downing kidnapping abduction act acts aggression "
    "interference meddling intervention breach resolution petition motion massacre massacres "
    "slaughter murder murders shooting shootings bombings destruction persecution torture "
    "deportation deportations harassment pledge pledges declaration declarations warning warnings "
    "crime crimes atrocity atrocities airstrike airstrikes targeting pogrom rampage"
)
# Prepositions that open an event noun's complement before its agent's "by" ("the storming of
# the Al-Aqsa Mosque compound by X", "the raid on the Jenin camp by X")
COMPLEMENT_OPENERS = words("of on against in at")
MAX_COMPLEMENT = 6  # words of that complement


DETERMINERS = words("the a an its their his her our")
# Words that open a clause or a second phrase inside what would be a complement
CLAUSE_WORDS = words(", which that who and or but after before when while as")
# Auxiliaries between a relative pronoun and its verb ("which was drafted", "which has also")
RELATIVE_AUXILIARIES = words("was were is are has have had been being also")
# Participles that name a document's authors ("The resolution, drafted by X,")
AUTHORING = words("drafted sponsored proposed tabled authored submitted written introduced")
# ... and an act's makers ("the attack, which was claimed by X")
MAKING_PARTICIPLES = AUTHORING | words(
    "put forward claimed carried out launched made announced brokered mediated"
)


def agent_of_event_noun(gap: list[str]) -> bool:
    """Whether the gap is an event noun with its agent's "by" ("condemned the unilateral move
    announced on Monday by X", "rejected allegations by X"): the act answers that agent."""
    while gap[-1:] and gap[-1] in OBJECT_GAP and gap[-1] not in ("by", "from"):
        gap = gap[:-1]  # "welcomed the decision by the Netherlands", "warnings from neighbouring"
    if not gap or gap[-1] not in ("by", "from"):
        return False
    for position, word in enumerate(gap[:-1]):
        if word in EVENT_NOUNS and gap[position + 1 : position + 2] != ["and"]:
            head, tail = gap[:position], gap[position + 1 : -1]
            # 'condemned as "unacceptable" allegations by X': quotes and "as" modify nothing (nor
            # "and": "a hostile and condescending move by", "recent actions and statements by")
            if "and" in head and all(w.isalpha() or w == "," for w in head):  # 'rejected what it
                head = [w for w in head if w not in (",", "and")][-2:]  # called "baseless, ..."'
            modifiers = [w for w in head if w not in OBJECT_GAP and w not in QUOTES_AND]
            if _complement(tail):
                tail = []  # "the killing of its commander by X": the act's own complement
            if tail[:2] in ([",", "which"], [",", "that"]):
                # "rejected the proposal, which was drafted by X": a relative's passive of making
                tail = [w for w in tail[2:] if w not in RELATIVE_AUXILIARIES]
                if not set(tail) <= MAKING_PARTICIPLES:
                    return False
            tail_words = [w for w in tail if w not in TAIL_SKIPPED]
            return (
                "," not in head  # "approved homes on Monday, a move condemned by X": apposed
                and not {"despite", "amid"} & set(head)  # "amid criticism from X": an adjunct
                and len([w for w in head if w not in QUOTE_MARKS]) <= 4
                and len(modifiers) <= 2
                and len(tail) <= 5
                and len(tail_words) <= 1
                and all(w.endswith("ed") or w in PARTICIPLES for w in tail_words)
            )
    return False


def _complement(tail: list[str]) -> bool:
    """Whether the words between an event noun and its agent's "by" are its short complement."""
    return (
        tail[:1] != []
        and tail[0] in COMPLEMENT_OPENERS
        and len(tail) <= MAX_COMPLEMENT
        and not set(tail) & CLAUSE_WORDS
    )


def held_in(lowers: list[str], mention: Mention) -> bool:
    """Whether "in" follows the people a custody noun names within three words ("two
    Canadians detained in", "its nationals held in")."""
    return "in" in lowers[mention.end : mention.end + 3]


def acted_on(gap: list[str], after: list[str]) -> bool:
    """Whether ``gap`` is an event noun and "of" ("the arrest of", "the attack on") and the
    mention after it is what the act was done to, its agent following with "by" soon after."""
    while gap and gap[-1] in DETERMINERS:
        gap = gap[:-1]  # "the raid on the (Jenin camp) by", "the killing of its (general)"
    if not gap or gap[-1] not in ("of", "on", "against") or "by" not in after:
        return False
    head = [word for word in gap[:-1] if word not in OBJECT_GAP]
    return len(head) == 1 and head[0] in EVENT_NOUNS


# Verbs that make what a contact clause's noun names ("the plan Morocco made")
AUTHORING = words("made proposed drafted signed announced unveiled presented offered submitted")
CONTACT_NOUNS = EVENT_NOUNS | words("deal agreement pact accord treaty initiative")


def authored_before(gap: list[str], after: list[str]) -> bool:
    """Whether the gap is an act noun that a contact clause opening with the actor after it
    makes ("recognized the plan Morocco made", "welcomed the deal Ethiopia signed")."""
    return (
        len(gap) == 2
        and gap[0] in ("the", "a")
        and gap[1] in CONTACT_NOUNS
        and after[:1] != []
        and after[0] in AUTHORING
    )


VERB_OPENERS = words("to has have had will would")  # before a verb a quotation may open on


def quoted_phrase(gap: list[str]) -> bool:
    """Whether the quotation marks in a gap open and close a short phrase that a coordinated
    verb follows (Algeria 'expressed "great regret" and strongly denounced'): a quoted word or
    two, no clause (not 'with a "lead country" coordinating', the phrase's own verb); or whether
    the gap's one mark opens a quotation on the verb after "to" (Israel 'decided to "recognize')."""
    marks = [index for index, word in enumerate(gap) if word in QUOTES]
    if marks == [len(gap) - 1] and gap[-2:-1] and gap[-2] in VERB_OPENERS:
        return True  # (or after an auxiliary: Armenia 'has "frozen" its participation')
    if marks == [0, len(gap) - 1] and len(gap) > 2 and all(w.endswith("ly") for w in gap[1:-1]):
        return True  # a quoted adverb: 'it "strongly" regrets'
    return len(marks) == 2 and 1 <= marks[1] - marks[0] - 1 <= 4 and "and" in gap[marks[1] :]


MAX_NAME_PARTS = 4  # words of an unknown name past its particles ("Saint Malo de Alvarado")


def named_envoy(gap: list[str]) -> bool:
    """Whether the gap is a name the dictionaries do not know and the opening of an apposition
    naming an envoy: "William Klein, the acting head of (the U.S. embassy)", "Sergei Kislyak,
    (Russia's ambassador)"."""
    if "," not in gap or including_group(gap):
        return False  # (not "several leaders, including": a group the list after it names)
    comma = gap.index(",")
    name, apposition = gap[:comma], gap[comma + 1 :]
    parts = [word for word in name if word not in NAME_PARTICLES]  # "Isabel Saint Malo de
    if not 1 <= len(parts) <= MAX_NAME_PARTS or not all(word.isalpha() for word in name):
        return False  # Alvarado, Panama's vice president"
    if apposition[:1] and apposition[0] in ("the", "a", "an"):
        apposition = apposition[1:]
    if apposition[-2:] == ["of", "the"]:
        apposition = apposition[:-2]
    elif apposition[-1:] == ["of"]:
        apposition = apposition[:-1]
    return len(apposition) <= 3 and all(word.isalpha() for word in apposition)
