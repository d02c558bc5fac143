"""Coordination: the actors "and" and commas join to a mention ("Egypt, Qatar and the US").

Consumes a sentence's tokens, its mentions and one mention; produces the mentions coordinated
with it to the left or right (a comma run no "and" closes is an apposition; a preposition or a
verb ends the group), where a verb's coordinated clause starts, the last group before "them"."""

from transforms.tagging import asides, clause_links
from transforms.tagging.adjuncts import QUOTE_MARKS, word_past_adverbs
from transforms.tagging.asides import AUXILIARIES, CLOSING_QUOTES, TIME_WORDS, attributed
from transforms.tagging.clause_frames import irregular_pasts
from transforms.tagging.gap_openers import group_owner_end, possessed_pair, without_style
from transforms.tagging.headline_lists import headline_list, headline_pair
from transforms.tagging.mentions import Mention
from transforms.tagging.pair_mentions import DYAD_JOINER
from transforms.tagging.person_names import apposed_name_head
from transforms.tagging.text import words

# ("A and its ally B": the noun of a relation between the two joins them too)
AS_WELL_AS = ["as", "well", "as"]
COORDINATOR_WORDS = words(
    ", and the a an his her its their some several other many ally allies partner partners "
    "visiting to"  # "Kishida and visiting President Yoon agreed", "thanks to A and to B"
    " acting interim caretaker outgoing incoming newly elected new then-"  # "A and Acting PM B"
) | {DYAD_JOINER}


def _coordination(gap: list[str]) -> bool:
    """Whether the words between two mentions join them ("A, B and the C", "A and his B")."""
    return (
        (
            0 < len(gap) <= 3
            and gap[0] in (",", "and", DYAD_JOINER)
            and set(gap) <= COORDINATOR_WORDS
        )
        or gap[-3:] == AS_WELL_AS
        and gap[:-3] in ([], [","])
    )  # "Mali, as well as Guinea"


def _closes_list(gap: list[str]) -> bool:
    """Whether the words before a list's last item close it ("and", "or"): "A, B" alone is
    rarely a list in news ("... to Russia, EU foreign policy chief Josep Borrell said")."""
    return "and" in gap or "or" in gap or gap == [DYAD_JOINER] or gap[-3:] == AS_WELL_AS


# What closes a list after its last item: "A, B and other states", "and the international community"
OPEN_TAILS = words("other several some many more allied elsewhere")


def coordinated_left(lowers: list[str], mentions: list[Mention], last: Mention) -> list[Mention]:
    """``last`` with the actors joined to it on the left ("A, B and C", "A and other ones")."""
    if (head := apposed_name_head(lowers, mentions, last)) is not None:  # "A and the
        return coordinated_left(lowers, mentions, head)[:-1] + [last]  # President of B, Name,"
    group = [last]
    joined, comma = False, None  # an "and" passed, and the group's size at a comma after it
    open_tail = _open_tail(lowers, last)
    index = mentions.index(last)
    while index > 0 and _twins(mentions[index - 1], last):  # "the two countries"
        group.insert(0, mentions[index - 1])
        index -= 1
    while index > 0:
        left = mentions[index - 1]
        subject = len(group) == 1 and _verb_follows(lowers, last)
        gap = without_style(lowers[left.end : group[0].start])  # ("and the Republic of")
        gap = asides.gap_past_aside(gap, relatives=subject)
        if gap == [",", "and"] and subject:
            # "Saudi Arabia, which supported the rebels, and Iran agreed": the relative's owner
            left = asides.relative_antecedent(mentions, lowers, left)
            index = mentions.index(left) + 1
        if not left.is_actor or not _coordination(gap) or attributed(lowers, left) and "," in gap:
            break  # "According to the Kremlin, Putin and Erdogan discussed": a source, no item
        if "," in gap and (group[0].pronoun or lowers[group[0].start] in ("two", "both")):
            break  # "for Singapore, he and Prabowo were", "Kuala Lumpur, Malaysia, the two sides"
        if (
            len(group) == 1
            and gap[:2] == [",", "and"]
            and _new_clause(lowers, mentions, left, last)
            and not _listed(lowers, mentions, left)
        ):
            break  # "Trump thanked the Taliban, and Morrison welcomed" ("that Iran, Iraq, and")
        if _clause_after_object(lowers, left, gap, last):
            break  # "cut ties with Israel and Chile recalled": Israel is the first clause's
        if len(group) == 1 and not _closes_list(gap) and not open_tail:
            if headline_pair(lowers, left, gap, group[0]):
                group.insert(0, left)  # "Russia, China veto UN resolution": a headline's "and"
            break
        if "and" in gap and comma is not None:
            # "attended by the UN and the ICRC, the government and the Houthis agreed": 2 lists
            group = group[-comma:]
            break
        joined = joined or "and" in gap
        comma = len(group) if joined and gap == [","] and comma is None else comma
        group.insert(0, left)
        index -= 1
    owner_end = group_owner_end(lowers, group[0].start)  # "X and its allies, including A, B"
    owner = next((m for m in mentions[:index] if m.end == owner_end and m.is_actor), None)
    return group if owner is None else coordinated_left(lowers, mentions, owner) + group


# Prepositions whose object ends a clause ("cut ties with Israel | and Chile recalled")
OBJECT_PREPOSITIONS = words("with to against from on")


def _clause_after_object(lowers: list[str], left: Mention, gap: list[str], right: Mention) -> bool:
    """Whether "and" between a preposition's object ``left`` and ``right`` opens a new clause
    that ``right`` is the subject of ("cut ties with Israel and Chile recalled its envoy")."""
    return (
        gap in (["and"], [",", "and"])
        and left.start > 0
        and lowers[left.start - 1] in OBJECT_PREPOSITIONS
        and _past_verb_follows(lowers, right)
    )


def plain_complement(gap: list[str]) -> bool:
    """Whether the words between a first verb and a coordinated one are a short lower-case
    complement ("concerned about the allegations and"): no stop, capitalised or quoted name."""
    if sum(w in QUOTE_MARKS for w in gap) == 2:  # 'condemned what it called "impulsive threats"
        gap = [w for w in gap if w not in QUOTE_MARKS]  # and demanded': a quoted label
    if gap[:1] and gap[0] in CLOSING_QUOTES:
        gap = gap[1:]  # 'said the claims were "unacceptable" and urged': the quote closes
    plain = all(w.isalpha() and (w.islower() or w.lower() in TIME_WORDS) for w in gap)
    return 0 < len(gap) <= 10 and gap[-1] == "and" and plain  # (a day: "on Tuesday and")


def _open_tail(lowers: list[str], last: Mention) -> bool:
    """Whether an open tail closes the list after ``last`` ("..., Bahrain and other states")."""
    step = 2 if lowers[last.end + 2 : last.end + 3] == ["other"] else 1  # "and nine other"
    tail = lowers[last.end : last.end + 1 + step : step]
    community = lowers[last.end + 1 : last.end + 4] == ["the", "international", "community"]
    return len(tail) == 2 and tail[0] in ("and", "or") and (tail[1] in OPEN_TAILS or community)


# Words after a mention that make it a clause's subject ("..., and Morrison welcomed")
CLAUSE_VERBS = words("said says has have had will would is was are were also")


def _listed(lowers: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """Whether another actor and a comma come right before ``mention`` ("Iran, Iraq")."""
    return lowers[mention.start - 1 : mention.start] == [","] and any(
        m.end == mention.start - 1 and m.is_actor for m in mentions
    )


def _verb_follows(lowers: list[str], mention: Mention) -> bool:
    """Whether a verb follows ``mention``: a past form or an auxiliary."""
    after = word_past_adverbs(lowers, asides.past_apposition(lowers, mention.end))
    return (
        after in CLAUSE_VERBS
        or after in irregular_pasts()  # "sent", "met": past forms not in "-ed"
        or (after.endswith("ed") and after.isalpha())
    )


def _new_clause(lowers: list[str], mentions: list[Mention], left: Mention, right: Mention) -> bool:
    """Whether ", and" between ``left`` and ``right`` opens a new clause: a verb follows
    ``right``, and one comes before ``left`` (which is then an object): a past form, or a
    present one after an actor with ``left`` its object ("Algeria supports Iran, and Morocco")."""
    verbs = [w in CLAUSE_VERBS or w.endswith("ed") and w.isalpha() for w in lowers[: left.start]]
    for m in (m for m in mentions if m.is_actor and m.end < left.start):  # a present verb
        verb = next((i for i in range(m.end, left.start) if lowers[i] not in ADVERBS), left.start)
        word = lowers[verb] if verb < left.start else ""
        if word[-1:] == "s" and word[-2:] != "ss" and word.isalpha() and left.start - verb <= 4:
            verbs.append(OPENERS.isdisjoint(lowers[verb : left.start]))
    return any(verbs) and _verb_follows(lowers, right)


OPENERS = words("as that when while after before because if since , and")  # of another clause
ADVERBS = words("also now still strongly firmly openly")  # between an actor and its verb


def _past_verb_follows(lowers: list[str], mention: Mention) -> bool:
    """Whether a past verb (not an auxiliary, which a plural list may take) follows
    ``mention``: after an object, it opens a new clause."""
    after = word_past_adverbs(lowers, mention.end)
    return after == "said" or (after.endswith("ed") and after.isalpha())


def _twins(one: Mention, other: Mention) -> bool:
    """Whether two mentions share one span: the two actors of "the two countries"."""
    return one.start == other.start and one.end == other.end


def coordinated_right(
    lowers: list[str],
    mentions: list[Mention],
    first: Mention,
    *,
    places: bool = False,
    objects: bool = False,
) -> list[Mention]:
    """``first`` with the actors joined to it on the right (``objects``: it is a verb's)."""
    group = [first]
    closed = [True]  # per item: whether the words before it close the list
    index = mentions.index(first)
    while index + 1 < len(mentions) and _twins(mentions[index + 1], first):
        group.append(mentions[index + 1])  # "the two countries"
        closed.append(True)
        index += 1
    while index + 1 < len(mentions):
        right = mentions[index + 1]
        gap = without_style(lowers[group[-1].end : right.start])
        usable = right.is_actor or (places and right.place_country)
        if usable and objects and possessed_pair(lowers, gap, right):
            group.append(right)  # "condemned North Korea's launches and China's behaviour"
            closed.append(True)
            index += 1
            continue
        split = attributed(lowers, first) and not attributed(lowers, right) and "," in gap
        if not usable or not _coordination(gap) or split:  # "Unlike the EU, Poland": no list
            break
        if (
            len(group) == 1
            and gap[:2] == [",", "and"]
            and _new_clause(lowers, mentions, first, right)
        ):
            break  # "Trump thanked the Taliban, and Australia's Morrison welcomed": a new clause
        if objects and len(group) == 1 and _clause_after_object(lowers, first, gap, right):
            break  # "Bolivia cut ties with Israel and Chile recalled its ambassador"
        group.append(right)
        closed.append(_closes_list(gap))
        index += 1
    if _open_tail(lowers, group[-1]) or objects and headline_list(lowers, group):
        closed[-1] = True  # "by Saudi Arabia, the UAE and other neighbours", a headline's
        # "Xi to visit Serbia, Hungary on first Europe trip"
    while len(group) > 1 and not closed[-1]:
        group.pop()  # a comma run that no "and" closes is not a list
        closed.pop()
    return group


def group_before(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The last group of two or more coordinated actors before ``start`` ("Europe, Japan and
    Mexico"), or a plural group of people ("the Bolivian diplomats"), for a "them" after a
    trigger; [] if the last actor stands alone."""
    before = [m for m in mentions if m.end <= start and m.is_actor]
    if not before:
        return []
    group = coordinated_left(lowers, mentions, before[-1])
    if len(group) >= 2:
        return group
    last = before[-1].actor
    plural = last is not None and last.personal and lowers[before[-1].end - 1].endswith("s")
    return group if plural else []


EACH_REACH = 3  # words from "each" to the trigger: "with each side blaming"


def each_and_the_other(
    lowers: list[str], mentions: list[Mention], start: int, end: int
) -> list[Mention]:
    """ "Ethiopia and Egypt failed to agree, with each side blaming the other": the group of
    actors before the trigger at ``[start, end)``, each acting on the other; [] otherwise."""
    if (
        lowers[end : end + 2] != ["the", "other"]
        or "each" not in lowers[max(0, start - EACH_REACH) : start]
    ):
        return []
    return group_before(lowers, mentions, start)


# Verbs that chain to a coordinated trigger through "to" ("and pledged to continue assisting")
VERB_CHAIN = words("to continue keep pledged vowed promised agreed decided offered sought")


def coordinating_and(lowers: list[str], start: int) -> int:
    """The position of the "and" (or "but", a list's comma) coordinating the verb at ``start``."""
    position = start - 1
    while position >= 0 and lowers[position] in LEADS_AND_TIMES:
        position -= 1  # ("and has repeatedly delayed", "and was due to travel")
    chain = position
    while chain >= 0 and start - chain <= 4 and lowers[chain] in VERB_CHAIN | AUXILIARIES:
        chain -= 1  # "and pledged to continue assisting Iran"
    if chain > 0 and lowers[chain] == "and" and "to" in lowers[chain:start]:
        return chain
    if position > 0 and lowers[position] == "," and lowers[position + 1] == "then":
        return position  # "met his Polish counterpart in Warsaw, then flew to Berlin"
    if position == start - 1 and clause_links.verb_list_item(lowers, start):
        return position  # "expelled French troops, recalled its ambassador, and suspended"
    return position if position > 0 and lowers[position] in ("and", "but") else -1


# Auxiliaries and adverbs between "and" and a coordinated verb ("and has repeatedly delayed")
VERB_LEAD = words(
    "has have had also repeatedly later then since again further publicly formally officially "
    "swiftly quickly immediately subsequently previously recently instead "
    "would will could might may should can must"  # "regrets the decision and would take"
)  # and a plan's or a time phrase's words: "and in recent years has deepened"
PLANS_AND_TIMES = words("in recent years months past was were is are due set expected scheduled")
LEADS_AND_TIMES = AUXILIARIES | VERB_LEAD | TIME_WORDS | PLANS_AND_TIMES


def bare_conjunction(gap: list[str]) -> bool:
    """Whether ``gap`` is "and", ", and" or "," and at most auxiliaries and adverbs after it
    ("to Ukraine and has repeatedly delayed"): nothing of a clause of its own."""
    core = list(gap)
    while core and (core[-1] in VERB_LEAD or core[-1].endswith("ly") and len(core) > 1):
        core.pop()
    return core in (["and"], [",", "and"], [","])
