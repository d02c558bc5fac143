"""The subject that opens a sentence: the actor a participle clause, a coordinated verb or an
event noun far from its own subject shares with the main clause.

Consumes a sentence's lower-cased tokens and mentions and a position; produces the actor that
opens the sentence when only determiners or a short introductory phrase stand before it ("In
retaliation, China ..."), and when nothing between it and the position opens a new clause.
"""

from transforms.tagging.asides import opening_clause_close
from transforms.tagging.clause_agents import RELATIVES
from transforms.tagging.coordination import coordinated_right
from transforms.tagging.embedded_mentions import REGARDING
from transforms.tagging.gap_openers import OBJECT_GAP
from transforms.tagging.mentions import Mention
from transforms.tagging.noun_predicates import past_aside
from transforms.tagging.object_slots import QUOTES, after_preposition
from transforms.tagging.owners import OPENING_REACH
from transforms.tagging.quotations import quote_speaker
from transforms.tagging.text import words

SUBJECT_BLOCKERS = words(
    "said says say told tells that but because while although whereas when after before since "
    "where amid despite than"
) | frozenset({";", ":", '"', "“", "”", "(", ")"})
# Words that open a subordinate or new clause: past one, the sentence's opening actor is no
# longer the subject of a coordinated verb.
CLAUSE_OPENERS = words("which who whom whose if as while")


def opens_no_clause(gap: list[str], i: int) -> bool:
    """Whether the blocker at ``gap[i]`` opens no clause: "since" as a perfect's adverb ("Saudi
    Arabia has since reopened its embassy"), "that" before a time noun ("later that day")."""
    if gap[i] == "that":
        return gap[i + 1 : i + 2] != [] and gap[i + 1] in TIME_NOUNS
    return gap[i] == "since" and i > 0 and gap[i - 1] in ("has", "have", "had")


TIME_NOUNS = words("day week month year morning afternoon evening night weekend time")


def main_subject(
    lowers: list[str], mentions: list[Mention], start: int
) -> tuple[list[Mention], bool]:
    """The subject of the sentence's main clause for a participle clause after a comma
    ("He has injected drama into talks with ..., publicly threatening them"): the actor that
    opens the sentence, a pronoun too (after a participle clause opening it: "Reigniting a row
    between US allies, South Korea said ..., blaming Tokyo")."""
    if found := after_opening_clause(lowers, mentions, phrases=True):
        return found, False
    for mention in mentions:
        introduced = mention.start <= INTRODUCTION_WORDS + 1 and opens(lowers, mention.start)
        if mention.start > OPENING_REACH and not introduced or mention.end > start:
            break  # (but "Hours after the summit ended, North Korea fired ..., prompting")
        if not mention.is_actor or mention.locative or after_preposition(lowers, mention):
            continue
        if opens(lowers, mention.start):
            return coordinated_right(lowers, mentions, mention), mention.pronoun
        break
    if lowers[:1] and lowers[0] in QUOTES:
        # '"...," Geng Shuang told reporters, in a warning to the United States': the speaker
        return quote_speaker(lowers, mentions, 1), False
    return [], False


INTRODUCTION_WORDS = 5  # "In retaliation, China ...", "Later on Monday, China ..."


def opens(lowers: list[str], start: int) -> bool:
    """Whether only determiners and the like, or a short introductory phrase closed by a comma,
    stand before ``start`` ("The", "In retaliation,", "Later,"), past an opening "But" or "And"."""
    before = lowers[1:start] if lowers[:1] in (["but"], ["and"], ["yet"]) else lowers[:start]
    if all(word in OBJECT_GAP or word == "," for word in before):
        return True
    return (
        before[-1:] == [","]
        and len(before) <= INTRODUCTION_WORDS + 1
        and not CLAUSE_OPENERS.intersection(before)
        and "," not in before[:-1]
    )


def opening_subject(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The actor that opens the sentence (within its first words) when nothing between it and
    ``start`` starts a new clause: the subject of the sentence's first verb."""
    for mention in mentions:
        if mention.start > OPENING_REACH or mention.end > start:
            return []
        if not mention.is_actor or mention.locative or mention.pronoun and mention.start > 0:
            continue  # (but "He welcomed Finland's accession and urged Hungary": he does both)
        if after_preposition(lowers, mention) or not opens(lowers, mention.start):
            return []  # "The decision puts the US at odds ... and breaks with": not the subject
        gap = _past_relative(lowers[mention.end : start])  # "India, which fought ..., has"
        if any(
            (word in SUBJECT_BLOCKERS and not opens_no_clause(gap, i))
            or word in CLAUSE_OPENERS
            and not (word == "as" and REGARDING.intersection(gap[:i]))
            for i, word in enumerate(gap)
        ):  # ("sees the dam as a threat and has called on": a predicate, no clause)
            return []
        return coordinated_right(lowers, mentions, mention)  # "Canada, Brazil and Colombia"
    return []


def _past_relative(gap: list[str]) -> list[str]:
    """The words after a subject with the relative clause set off by commas right after it
    left out (", which fought a war with China in 1962, has been wary ..."): the clause is
    the subject's, and opens none the later verb is in."""
    if gap[:1] != [","] or gap[1:2] == [] or gap[1] not in RELATIVES:
        return gap
    return gap[past_aside(gap, 0) :]


# Auxiliaries and adverbs between "and" and a coordinated verb ("and has since increased")
COORDINATED_FILLERS = words("has have had also since")


def coordinated_owner(lowers: list[str], mentions: list[Mention], index: int) -> list[Mention]:
    """The owner of "its" or "their" at ``index`` right after a past verb coordinated by "and"
    ("India has refused to condemn Russia's invasion of Ukraine and has increased its
    purchases"): the sentence's opening subject, which does both; [] otherwise."""
    verb = index - 1
    if verb < 2 or not lowers[verb].endswith("ed"):
        return []
    before = verb - 1
    while before > 0 and lowers[before] in COORDINATED_FILLERS:
        before -= 1
    if lowers[before] != "and":
        return []
    opening = opening_subject(lowers, mentions, before)
    opener = max((i for i in range(before) if lowers[i] in SUBORDINATE_OPENERS), default=-1)
    if opening or opener < 1 or lowers[opener - 1] != ",":
        return opening
    # "Tensions have climbed, as France has stepped up support for Armenia and escalated its
    # criticism": the subordinate clause's subject, right after its opener
    head = next((m for m in mentions if m.start in (opener + 1, opener + 2) and m.is_actor), None)
    return [head] if head is not None else []


SUBORDINATE_OPENERS = words("as while because since after when whereas although")


CONTRASTS = words("while whereas")


def opens_contrast(lowers: list[str], start: int) -> bool:
    """Whether the actor at ``start`` opens a contrasting clause after a comma ("..., while
    Abe's government says the curbs were needed and has rejected"): that clause's subject."""
    position = start - 1 if lowers[start - 1 : start] == ["the"] else start
    return position >= 2 and lowers[position - 1] in CONTRASTS and lowers[position - 2] == ","


def after_opening_clause(
    lowers: list[str], mentions: list[Mention], phrases: bool = False
) -> list[Mention]:
    """The subject of the main clause after a participle clause that opens the sentence
    ("Criticised by Washington ..., India defended"; "Having met Xi, Lula flew"): the actor right
    after the comma that closes it (after "the"); [] when none is there. With ``phrases``, also
    after an opening phrase ("Since the start of the truce, the UAE has ..., sending")."""
    close = opening_clause_close(lowers, phrases)
    if close is None:
        return []
    first = close + 2 if lowers[close + 1 : close + 2] == ["the"] else close + 1
    subject = next((m for m in mentions if m.start == first and m.is_actor), None)
    return coordinated_right(lowers, mentions, subject) if subject is not None else []


PLACE_INS = (["in"], ["at"])  # "at the World Economic Forum in Davos, Switzerland, Tsipras"


def closes_place(lowers: list[str], mentions: list[Mention], comma: int, state: Mention) -> bool:
    """Whether ``state``, set off by commas after a place named after "in" or "at", is that
    place's country ("in Davos, Switzerland,", "in Addis Ababa, Ethiopia,")."""
    placed = lowers[comma - 2 : comma - 1] in PLACE_INS or any(
        m.end == comma and lowers[m.start - 1 : m.start] in PLACE_INS for m in mentions
    )
    return placed and state.start == comma + 1 and lowers[state.end : state.end + 1] == [","]


# Words of a lapse before an opening "after" or "before" ("A day after meeting Kim, Putin")
LAPSE_WORDS = words("a an one two three four five several few day days week weeks hour hours")
LAPSE_WORDS |= words("month months shortly soon just minutes moments")


def timed_introducer(lowers: list[str], start: int) -> bool:
    """Whether the sentence opens with a lapse and "after" or "before" before ``start``."""
    opener = next((i for i in range(1, min(start, 4)) if lowers[i] in ("after", "before")), None)
    return opener is not None and all(word in LAPSE_WORDS for word in lowers[:opener])
