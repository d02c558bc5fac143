"""Who does what to whom for one trigger: the mentions that fill its subject slot.

Consumes a sentence's tokens, lower-cased words and mentions, one trigger match and its pattern,
the clauses the sentence's earlier triggers found and the article's ``ActorMemory``; produces
the subjects (the clause rules of ``roles``, an event noun's agent or possessor, the first verb's
subject for a coordinated verb, a quotation's speaker for "we", a caller's for a call's purpose)
and the ``Clause`` a trigger leaves for the next. The objects are ``trigger_objects``'; a
passive trigger is ``passive_triggers``'; ``trigger_fills`` fills the other slots and pairs.
"""

import dataclasses

from transforms.tagging import (
    act_makers,
    clause_agents,
    coordination,
    owners,
    quotations,
    readings,
    reporters,
    roles,
)
from transforms.tagging.clause_subjects import demanded_of, relative_of_a_thing
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import opening_subject, opens_contrast
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.possessives import POSSESSIVE_PRONOUN_KINDS, owners_group
from transforms.tagging.slots import noun_agent
from transforms.tagging.taxonomy import plover_for_cameo
from transforms.tagging.text import Sentence, Token, words


@dataclasses.dataclass
class Clause:
    """What one trigger of a sentence found, for the next trigger's "and"-coordination."""

    end: int
    subjects: list[Mention]
    objects: list[Mention]
    nominal: bool = False
    controls: bool = False  # "urged X to": the object is the infinitive's subject
    talks: bool = False  # a meeting, call or talks: its object is the other side

    @classmethod
    def of(
        cls, end: int, subjects: list[Mention], objects: list[Mention], pattern: Pattern, kind: str
    ) -> "Clause":
        """The clause a pattern of type ``kind`` found ("urged X to": X does what follows)."""
        controls = ("to" in pattern.then or kind == "REQUEST") and (
            pattern.source == "subject" and pattern.target in ("object", "first_inside")
        )  # ("nudged Ankara to": the object inside the trigger)
        return cls(end, subjects, objects, pattern.nominal, controls, kind == "CONSULT")


def requested_of(
    lowers: list[str], start: int, clauses: list[Clause], subjects: list[Mention]
) -> bool:
    """Whether the trigger at ``start`` is what an earlier request asked its object to do
    ("urged Russia to withdraw", "demanded Russia pull its troops", "is demanding X recall")."""
    if demanded_of(lowers, start, subjects):
        return True
    return bool(subjects) and any(
        clause.controls
        and subjects[-1] in clause.objects
        and clause.end <= start <= (end := clause.objects[-1].end) + 3
        and (start == end and lowers[start] not in ADJUNCT_PREPOSITIONS or lowers[end] == "to")
        for clause in clauses  # (not "told Ishiba in their first meeting that": an adjunct)
    )


def partner_in_sentence(clauses: list[Clause], sources: list[Mention]) -> list[Mention]:
    """The other side of talks the sentence told before, held by the same makers ("After
    meeting Zelenskiy, Scholz pledged aid", "A and B met C to discuss"); [] if none."""
    own = {m.actor.country for m in sources if m.actor is not None}
    for clause in reversed(clauses):
        held = {m.actor.country for m in clause.subjects if m.actor is not None}
        others = [m for m in clause.objects if m.actor is not None and m.actor.country not in own]
        if clause.talks and held == own and others:  # (not the trigger's own clause: none)
            return others
    return []


AGREEMENT_NOUNS = words("agreement deal pact accord understanding")
FIRST_PERSON = words("we i us our")  # ("we urged": the speaker's side, no named subject)


def _agreed_with(lowers: list[str], partner: Mention, start: int) -> bool:
    """Whether ``partner`` is the other side of an agreement whose "to" opens the trigger at
    ``start`` ("an agreement with the Taliban to withdraw")."""
    return (
        lowers[partner.end : start] == ["to"]
        and (
            lowers[partner.start - 1 : partner.start] == ["with"]
            or lowers[partner.start - 2 : partner.start] == ["with", "the"]
        )
        and not AGREEMENT_NOUNS.isdisjoint(lowers[max(0, partner.start - 5) : partner.start])
    )


CONTACTS_TO = [[way, noun, "to"] for way in ("phone", "telephone") for noun in ("call", "calls")]


def trigger_subjects(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    clauses: list[Clause],
    memory: ActorMemory | None,
    verb_spans: list[tuple[int, int]] | None,
    carried: list[Mention] | None,
) -> tuple[list[Mention], bool]:
    """The trigger's subjects, and whether they were reached through a pronoun."""
    subjects, via_pronoun = roles.subject(lowers, mentions, match.start, nominal=pattern.nominal)
    to_object = lowers[match.start - 1 : match.start] == ["to"] and subjects and subjects[0].start
    if to_object and lowers[max(0, subjects[0].start - 3) : subjects[0].start] in CONTACTS_TO:
        # "made phone calls to A and B to discuss": the caller's purpose, not A's and B's
        subjects, via_pronoun = roles.subject(lowers, mentions, subjects[0].start - 1)
    if pattern.adjacent and not pattern.nominal and subjects and subjects[-1].end != match.start:
        subjects = []  # a headline's verb has its subject right before it ("US sanctions Iran")
    if pattern.nominal:
        subjects, via_pronoun = noun_agent(
            lowers, mentions, match.start, subjects, via_pronoun, verb_spans or []
        )
    if pattern.nominal and not subjects and plover_for_cameo(pattern.cameo) == "CONSULT":
        subjects = reporters.meeting_reporter(lowers, mentions, match.start)  # "X said the talks"
    if pattern.nominal and owners.unnamed_owner(lowers, mentions, match.start):
        subjects = []  # "Smith's trip to Taiwan": an owner no actor names, not another actor
    owned_verb = match.start > 0 and lowers[match.start - 1] in POSSESSIVE_PRONOUN_KINDS
    if (pattern.nominal or owned_verb) and memory is not None:
        # (the pattern's own "his" too: ", his first trip", read after it; a verb's word after
        # one is a noun: "criticised India over its trade with Russia")
        at = match.start + (lowers[match.start] in POSSESSIVE_PRONOUN_KINDS)
        possessor = readings.possessor(sentence.text, tokens, lowers, mentions, memory, at)
        if possessor is not None:  # "investigate his conversation with X": his, not its subject
            subjects, via_pronoun = owners_group(lowers, mentions, possessor), True
        opening = opening_subject(lowers, mentions, at) if "their" in lowers[at - 2 : at] else []
        if len(opening) > 1:  # "Mali, Burkina Faso and Niger announced their (immediate) exit"
            subjects = opening
    if pattern.nominal and (
        lowers[match.start + 1 : match.start + 2] == ["their"]
        or pattern.target == "none"
        and lowers[match.start] in ADJUNCT_PREPOSITIONS
    ):  # ("after six hours of talks in Sochi": the talks of the clause's subjects)
        # "Xi and Biden agreed to ..., in their first talks in a year": the talks of the
        # clause's subjects
        last = next((c for c in reversed(clauses) if not c.nominal and c.subjects), None)
        subjects = last.subjects if last is not None else []
        if len(subjects) == 1 and not lowers[subjects[0].end - 1].endswith("s"):
            subjects = []  # one person cannot be "their": "he felt no pressure from Trump
            # during their phone call" is the two named before ("NATO leaders ... at their
            # summit" is the leaders' own)
        if not subjects:
            subjects = _two_sides(mentions, match.start)
    if pattern.nominal and not subjects:
        # "India's demand that Pakistan act": the act noun ends its owner's mention
        subjects = [m for m in mentions if m.is_actor and m.start < match.start == m.end - 1]
    if pattern.nominal and not subjects and lowers[match.start] == "visiting":
        # "Wang Yi told visiting US adviser Jake Sullivan": the host is the verb's subject
        host = next((c for c in reversed(clauses) if c.end == match.start and c.subjects), None)
        subjects = host.subjects if host is not None else subjects
    if (
        pattern.nominal
        and match.start > 0
        and lowers[match.start - 1] in ("over", "amid")
        and plover_for_cameo(pattern.cameo) == "ACCUSE"
    ):
        last = next((c for c in reversed(clauses) if not c.nominal and c.subjects), None)
        if last is not None and last.end < match.start:
            # "Canada expelled an Indian diplomat over allegations that": the reason given is
            # the clause subject's, not its object's
            subjects, via_pronoun = last.subjects, False
    first = next((c for c in clauses if not c.nominal and c.subjects), None)
    if (
        first is not None
        and not pattern.nominal
        and _shares_first_subject(tokens, lowers, mentions, subjects, first, match.start)
    ):
        subjects = first.subjects
    for clause in clauses:
        gap = lowers[subjects[-1].end : match.start] if subjects else []
        if (
            subjects
            and (subjects[-1] in clause.objects or subjects[-1].end == clause.end)
            and (
                gap in (["and"], [",", "and"])
                or clause_agents.asker_acts(gap, clause.controls)
                or not gap
                and lowers[match.start] == "and"  # "support for X and concern over"
            )
            and not owners.intent_of(lowers[subjects[-1].end - 1 : match.start])
        ):
            # "X condemned Y and accused Z", "X met Y and Z to discuss": X is the subject (as
            # of "rejected the bloc's demands and refused to": the first trigger's last word)
            subjects = clause.subjects
    controlled = (
        None if pattern.nominal else clause_agents.infinitive_subject(lowers, mentions, match.start)
    )
    if controlled is not None and subjects and controlled not in subjects:
        subjects, via_pronoun = [controlled], False  # "call the US to withdraw": the US's act
    if not pattern.nominal and subjects and _agreed_with(lowers, subjects[-1], match.start):
        maker = next((c.subjects for c in reversed(clauses) if not c.nominal), [])
        subjects = maker or subjects  # "reached an agreement with the Taliban to withdraw
        # U.S. troops": the agreement's maker withdraws, not its partner
    if not subjects:  # "with each side blaming the other"
        subjects = coordination.each_and_the_other(lowers, mentions, match.start, match.end)
    if pattern.target == "subject" and pattern.source == "object":
        # "The decision by Washington to send arms to Ukraine, which Kyiv had requested, drew
        # criticism from": the opening act noun's maker, not an actor inside its phrase
        subjects = (
            act_makers.opening_act_agent(sentence, tokens, lowers, mentions, match.start, memory)
            or subjects
        )
    if not subjects and pattern.target == "subject" and pattern.source == "object":
        # "..., a move that drew a rebuke from X", "The drills drew a rebuke from X"
        subjects = act_makers.acted_subject(sentence, tokens, lowers, mentions, match.start, memory)
    thing = not pattern.nominal and relative_of_a_thing(lowers, mentions, match.start)
    if not thing and (
        not subjects or all(m.pronoun and lowers[m.start] in FIRST_PERSON for m in subjects)
    ):  # (a pronoun: "US" is a state, not "us")
        speaker = quotations.quote_speaker(lowers, mentions, match.start)
        if (
            not speaker
            and carried
            and (
                quotations.quote_span(lowers, match.start) is not None
                or quotations.closes_quotation(lowers, match.start)
                or quotations.unmarked(lowers)  # wholly inside one ("...terms." before its mark)
            )
        ):
            speaker = carried  # '"We pray ...," said X. "We thank Y ..."': X still speaks
        if speaker:  # "'We condemn ...,' the minister said": the speaker is the source
            subjects, via_pronoun = speaker, False
    return subjects, via_pronoun


ADJUNCT_PREPOSITIONS = frozenset({"in", "during", "at", "after", "following"})


def _two_sides(mentions: list[Mention], start: int) -> list[Mention]:
    """The first two actors of different countries before ``start`` ("Zelenskiy said he felt no
    pressure from Trump during their phone call"), or [] when there are not two."""
    sides: list[Mention] = []
    for mention in mentions:
        if mention.end > start or not mention.is_actor or mention.actor is None:
            continue
        if all(side.actor.country != mention.actor.country for side in sides):
            sides.append(mention)
    return sides[:2] if len(sides) >= 2 else []


def _shares_first_subject(
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    subjects: list[Mention],
    first: Clause,
    start: int,
) -> bool:
    """Whether a verb at ``start`` coordinated with the sentence's first verb has that verb's
    subject rather than the one found: "The Kremlin accused Britain of supplying Ukraine with
    shells, and warned London" (not an actor in the first verb's complement), "condemns the
    desecration in Sweden and called on Stockholm" (nor a place in it), "said it was concerned
    about the allegations and urged India" (past a complement naming no one)."""
    conjunction = coordination.coordinating_and(lowers, start)
    if conjunction <= 0:
        return False
    if subjects and opens_contrast(lowers, subjects[0].start):
        return False  # "X called on Japan to ..., while Abe's government says ... and has
        # rejected": the contrasting clause has its own subject
    if subjects:
        return subjects[-1].start >= first.subjects[-1].end and subjects[-1] not in first.subjects
    if lowers[conjunction - 1] == "," and first.end < conjunction:
        return True  # "Egypt accused Ethiopia of refusing to negotiate over the Nile dam, and
        # asked the United States to mediate": past a long complement, ", and" continues it
    return any(first.end <= m.start < start and m.locative for m in mentions) or (
        coordination.plain_complement([token.text for token in tokens[first.end : start]])
    )


def told_addressee(
    lowers: list[str], mentions: list[Mention], start: int, sources: list[Mention]
) -> list[Mention]:
    """The one a source's own side "told ... that" before the trigger at ``start``: "Raisi told
    Saudi Crown Prince Mohammed bin Salman that Tehran was ready to expand ties" (with him); []
    when there is none."""
    own = {m.actor.country for m in sources if m.actor is not None}
    told = next((i for i in range(start - 1, -1, -1) if lowers[i] in ("told", "tells")), None)
    if told is None or "that" not in lowers[told:start]:
        return []
    speaker = [m for m in mentions if m.end <= told and m.is_actor]
    heard = [m for m in mentions if m.start == told + 1 and m.is_actor]
    if not speaker or not heard or speaker[-1].actor is None or heard[0].actor is None:
        return []
    if speaker[-1].actor.country not in own or heard[0].actor.country in own:
        return []
    return heard
