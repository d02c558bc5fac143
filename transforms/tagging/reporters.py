"""Reporters: the actor whose reporting verb opens a clause ("Putin stated that Iran ...").

Consumes a sentence's lower-cased tokens, its mentions and a mention inside a reported clause;
produces the actor that reports that clause (right before its verb, or the one whose verb opens
the sentence's clause), or None, and whether the reported clause opens with an actor of the
reporter's own country, or of the candidate subject's own state right after the trigger ("said
Ethiopia had rejected ... and accused Addis Ababa"); and the reporting verb before an adjunct
("said in a statement that it"). A verb coordinated after the reported clause is the reporter's
(``roles``).
"""

from transforms.tagging.adjuncts import trailing_adjunct
from transforms.tagging.asides import before_time_phrase
from transforms.tagging.clause_frames import irregular_pasts
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import opening_subject
from transforms.tagging.quotations import REPORTING
from transforms.tagging.text import manner_adverb, words

# Verbs that, like reporting ones, take a clause whose subject is not theirs ("denied that
# Belgrade had any role ..., and accused Pristina": the denier accuses)
CLAUSE_TAKING = REPORTING | words("denied denies claimed claims argued argues maintained")


# Auxiliaries and adverbs between a subject and its reporting verb ("Beijing has repeatedly said")
REPORT_FILLERS = words("has have had also again repeatedly long previously already publicly")


def reports_next(lowers: list[str], mention: Mention) -> bool:
    """Whether a reporting verb comes right after ``mention``, its fillers aside ("Britain
    said", "Beijing has repeatedly said")."""
    position = mention.end
    while position < len(lowers) and lowers[position] in REPORT_FILLERS:
        position += 1
    return position < len(lowers) and lowers[position] in REPORTING


def reporter_of(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The actor that reports the clause ``mention`` opens ("Putin stated that Iran ..."), or
    None when ``mention`` opens no reported clause."""
    return _reporter_before(lowers, mentions, mention.start)


def meeting_reporter(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """Who reports a meeting said with "the" at the opening of the clause reported ("Mirziyoyev
    said the meeting held with Toqayev had resulted in": Mirziyoyev met him), or whose speech
    tag an adjunct on the meeting follows ("..., Rubio has said during a visit to Guyana");
    else []."""
    introducer = trailing_adjunct(lowers, start)
    if introducer is not None:
        verb = past_report_adjunct(lowers, mentions, introducer - 1, REPORTING)
        speakers = [m for m in mentions if m.is_actor and not m.pronoun and m.end <= verb]
        if lowers[verb] in REPORTING and speakers and reports_next(lowers, speakers[-1]):
            return speakers[-1:] if "," in lowers[: speakers[-1].start] else []
    if lowers[start - 1 : start] != ["the"]:
        return []
    reporter = _reporter_before(lowers, mentions, start - 1, REPORTING)
    return [reporter] if reporter is not None else []


def _reporter_before(
    lowers: list[str], mentions: list[Mention], start: int, verbs: frozenset[str] = CLAUSE_TAKING
) -> Mention | None:
    """The actor before a verb of ``verbs`` that opens the clause at ``start``, or None."""
    verb = start - 1
    if verb > 0 and lowers[verb] == "that":
        verb -= 1
    if verb > 0:
        verb = past_report_adjunct(lowers, mentions, verb, REPORTING)  # "said on Friday it"
    if verb < 1 or lowers[verb] not in verbs:
        return None
    end = before_time_phrase(lowers, verb) + 1  # "Vucic on Monday denied"
    while end > 0 and manner_adverb(lowers[end - 1]):
        end -= 1  # "Putin bluntly stated"
    return next((m for m in mentions if m.end == end and m.is_actor and not m.pronoun), None)


def reports_itself(lowers: list[str], mentions: list[Mention], reporter: Mention) -> bool:
    """Whether the clause a reporter reports opens with an actor of the reporter's own country
    ("Zelenskiy said Ukraine was ready")."""
    reported = next((m for m in mentions if m.start > reporter.end and m.is_actor), None)
    return (
        reported is not None
        and reporter_of(lowers, mentions, reported) is reporter  # ("said on Friday it")
        and reported.actor is not None
        and reporter.actor is not None
        and reported.actor.country == reporter.actor.country
    )


# Present finite verbs of a reported clause: a past verb coordinated after them is no longer
# the clause's ("reiterated that Yemen has an opportunity ... and called on the parties")
PRESENT_FINITE = words("is are has have remains remain")


def keeps_the_clause(
    lowers: list[str], mentions: list[Mention], reporter: Mention, reported: Mention, start: int
) -> bool:
    """Whether a verb at ``start`` coordinated after a reported clause is the reporter's: the
    clause is of the reporter's own state, or its present tense gives way to a past verb."""
    past = lowers[start].endswith("ed") or lowers[start] in irregular_pasts()
    shift = past and reported.end < len(lowers) and lowers[reported.end] in PRESENT_FINITE
    return shift or reports_itself(lowers, mentions, reporter)


def outer_reporter(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The actor whose reporting verb opens the sentence's clause around ``mention`` ("The
    ministry said the diplomat had five days to leave the country, and dismissed ..."), or None."""
    verb = next((i for i in range(1, mention.start) if lowers[i] in REPORTING), None)
    if verb is None:
        return None
    end = verb
    while end > 0 and manner_adverb(lowers[end - 1]):
        end -= 1
    return next((m for m in mentions if m.end == end and m.is_actor and not m.pronoun), None)


# Words that open an adjunct between a reporting verb and what it reports ("said in a statement
# that it", "said on its website that", "said, without giving details, that")
REPORT_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "through", "via", "during", ","})
REPORT_ADJUNCT_REACH = 8


def _past_adjunct_verb(
    lowers: list[str], mentions: list[Mention], end: int, verbs: frozenset[str]
) -> int | None:
    """The reporting verb before an adjunct that ends at ``end`` ("said in a statement on
    Monday"), or None: the adjunct opens with a preposition or comma and names no actor."""
    for verb in range(end, max(end - REPORT_ADJUNCT_REACH, 0) - 1, -1):
        if lowers[verb] in verbs:
            if (
                verb < end
                and lowers[verb + 1] in REPORT_ADJUNCT_OPENERS
                and not any(verb < m.start <= end for m in mentions if m.is_actor)
            ):
                return verb
            return None
    return None


def past_report_adjunct(
    lowers: list[str], mentions: list[Mention], end: int, verbs: frozenset[str]
) -> int:
    """``end``, or the reporting verb before an adjunct ending there (``_past_adjunct_verb``)."""
    found = _past_adjunct_verb(lowers, mentions, end, verbs)
    return end if found is None else found


def speaker_verb_before(
    lowers: list[str], mentions: list[Mention], position: int, verbs: frozenset[str]
) -> bool:
    """Whether a verb of ``verbs`` stands right before ``position``, past a time phrase or an
    adjunct naming no actor ("said on Friday it had", "said in a statement it had"); a passive's
    participle reports no one ("While the visit was announced, she met": she is the subject)."""
    verb = before_time_phrase(lowers, position)
    if lowers[verb] not in verbs:
        verb = past_report_adjunct(lowers, mentions, verb, verbs)
    return lowers[verb] in verbs and lowers[verb - 1 : verb] not in PASSIVE_BE


PASSIVE_BE = (["was"], ["were"], ["been"], ["being"], ["is"], ["are"], ["be"])
OBJECT_REACH = 3  # words from a trigger to the object that shows whose act it is


def acts_on_itself(mentions: list[Mention], subject: Mention, start: int) -> bool:
    """Whether the first actor within a few words after the trigger at ``start`` is of the
    candidate subject's own state."""
    after = next((m for m in mentions if start < m.start <= start + OBJECT_REACH), None)
    return (
        after is not None
        and after.actor is not None
        and subject.actor is not None
        and after.actor.country == subject.actor.country
    )


# Verbs of a state: a reported clause they open tells a view, not an act ("said Taiwan was part
# of China")
STATE_VERBS = frozenset(
    ["is", "are", "was", "were", "remains", "remained", "belongs", "belonged", "has", "had"]
)


def states_a_view(lowers: list[str], mention: Mention) -> bool:
    """Whether ``mention`` opens a reported clause that tells a state ("said Taiwan was part of
    China"): an act verb coordinated after it is the reporter's ("... and warned the US")."""
    verb = mention.start - 1
    if verb > 0 and lowers[verb] == "that":
        verb -= 1
    if verb < 1 or lowers[verb] not in REPORTING:
        return False
    after = lowers[mention.end : mention.end + 2]
    return (
        after[:1] != []
        and after[0] in STATE_VERBS
        and (after[0] not in ("has", "had") or after[1:] == ["no"])
    )  # ("has no right to", not "had rejected")


# Words after a name that make it a medium's, no actor ("the Japan Times", "Russia Today",
# "read out on Niger national television", "Iran state TV said", "told the France 24 channel")
MEDIA_WORDS = words("TV Television television Radio radio channel Channel broadcaster media")
MEDIA_WORDS |= words("Broadcasting Today Daily Times Herald Post Tribune Gazette Observer")
TIME_UNITS = words("hours hour days minutes weeks months years")


def names_a_medium(tokens: list[str], end: int) -> bool:
    """Whether the words from ``end``, right after a name, make it a medium's: a medium's word,
    after "state", "national" or "public" or not, or a one-word name's "24" ("France 24")."""
    if tokens[end : end + 1] == ["24"]:  # "France 24", not "gave Qatar 24 hours to leave"
        one_word = end == 1 or tokens[end - 2][:1].islower()
        return one_word and end + 1 < len(tokens) and tokens[end + 1] not in TIME_UNITS
    if tokens[end : end + 1] and tokens[end] in ("state", "national", "public"):
        end += 1
    return end < len(tokens) and tokens[end] in MEDIA_WORDS


TAG_REACH = 5  # words of a speech tag's speaker ("the official news agency said")


def tagged_clause_subject(
    lowers: list[str], mentions: list[Mention], mention: Mention, gap: list[str]
) -> list[Mention]:
    """The subject of the clause before a speech tag, when a verb after the tag is coordinated
    with that clause ("Kim oversaw the test, KCNA said, and warned Seoul": Kim warned):
    ``mention`` is the tag's speaker or, when the tag names no actor ("state media said"), the
    clause's own subject; [] otherwise."""
    if len(gap) < 3 or gap[-2:] != [",", "and"] or gap[-3] not in REPORTING:
        return []
    if lowers[mention.start - 1 : mention.start] == [","] and len(gap) == 3:
        return opening_subject(lowers, mentions, mention.start - 1)  # the tag's speaker
    tag = len(gap) - 3  # the clause's own subject, the tag naming no actor ("state media said")
    comma = next(
        (i for i in range(tag - 1, max(tag - TAG_REACH, 0) - 1, -1) if gap[i] == ","), None
    )
    if comma is None or opening_subject(lowers, mentions, mention.end) != [mention]:
        return []
    return [mention]


def reported_subject(lowers: list[str], mentions: list[Mention], comma: int) -> Mention | None:
    """The actor right after the only reporting verb before ``comma``: the reported clause's."""
    verbs = [i for i in range(comma) if lowers[i] in REPORTING]
    if len(verbs) != 1 or "," in lowers[verbs[0] : comma]:
        return None
    after = verbs[0] + 1 + (lowers[verbs[0] + 1 : verbs[0] + 2] == ["that"])
    return next((m for m in mentions if m.start == after and m.is_actor and not m.pronoun), None)
