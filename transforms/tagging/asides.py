"""Asides between a subject and its verb: "Germany, which is a member of NATO, condemned",
"The Chinese foreign ministry, in a statement posted late on Tuesday, urged", "X - which ... -
has called", "Germany, along with France and Italy, condemned", "Iran, accused by Washington of
..., denied"; and the other phrases that stand between a clause's parts: a time phrase ("said on
Friday it had"); an adjunct at a clause's end is ``adjuncts``'s.

Consumes a sentence's lower-cased tokens and the position of a trigger; produces where an aside
that ends right before the trigger opens and closes (the subject stands before it, and what the
aside says sets neither the trigger's subject nor its modality), and the actors an aside adds to
the subject ("along with France and Italy").
"""

from transforms.tagging.adjuncts import (
    chained_phrases_end,
    parenthesised_date,
    prepositional_object,
)
from transforms.tagging.appositions import APPOSED_RELATIVES, kind_apposition, possessed_apposition
from transforms.tagging.clause_frames import irregular_pasts
from transforms.tagging.clause_links import restrictive_relative
from transforms.tagging.mentions import Mention
from transforms.tagging.pair_mentions import DYAD_JOINER, DYAD_NOUNS
from transforms.tagging.text import words

DASHES = frozenset({"-", "–", "—", "--"})
RELATIVE_OPENERS = words("which who whose whom where")
# Words that open an aside set off by commas: a prepositional or participial phrase, a
# sentence adverb ("in a statement", "speaking in Brussels", "along with France", "however",
# "on his first trip to the region", "facing a tough re-election battle"), or an apposition or
# adjective phrase describing the subject ("Turkey, a NATO member, has blocked", "Saudi Arabia,
# long at odds with Iran, restored", "India and Pakistan, both nuclear powers, agreed", "Qatar,
# home to a U.S. base, hosted"). An apposition that opens with an actor names the subject (roles).
ASIDE_OPENERS = RELATIVE_OPENERS | words(
    "in at during speaking writing according along together as however meanwhile for citing "
    "responding reacting a an the one long once already now still both itself formerly "
    "previously traditionally historically on after before amid despite under with without "
    "following ahead facing seeking hoping fearing eager keen visiting wary elected backed "
    "stung angered pressed to against from while whilst when since until two three four five "
    "six several hours days weeks months like unlike home host member director chairman head"
)  # (", while hosting the G20,", ", like Jordan,", "Wang Yi, Member of the Political Bureau,")
LIST_TAIL_OPENERS = ASIDE_OPENERS - {"the", "a"}  # after a list, what opens the subject's aside
JOINING_OPENERS = words("along together")
JOINED = [[word, "with"] for word in JOINING_OPENERS] + [["well", "as"]]  # what precedes them
# Words that open a phrase or clause before the subject, whose actors are not that subject
PHRASE_OPENERS = words(
    "for from like after before despite following amid during unlike without under with in since "
    "when while although though because if unless once as at"
)
OPENING_ADVERBS = ("ly", "ever", "while")  # "Recently,", "However,": their comma opens no aside
PHRASE_REACH = 25  # words before the comma that closes such a phrase
PAST_OPENINGS = (["in", "the", "past"], ["in", "previous", "years"], ["in", "earlier", "years"])
# What follows a participle that opens a reduced clause between commas (", announced on Monday,",
# ", asked about the report at a briefing,", ", asked whether ...,", ", made before he left for")
PARTICIPLE_FOLLOWERS = [
    [word] for word in words("by on in last earlier this at about whether before after during amid")
]
APPOSITIONS = words("a an the one both")  # what opens an apposition, not a clause
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
MAX_ASIDE = 30  # tokens an aside between dashes may take
PARENTHESIS_WORDS = 6  # tokens a parenthesis in a subject's gap may take, its marks included
ADVERBS = words(
    "also reportedly later then recently formally officially warmly not nonetheless nevertheless "
    "however meanwhile still already now"
)
AUXILIARIES = words("has have had also later then since subsequently again has_since")
# A time phrase between an aside and its verb: "..., on Monday accused", "..., late on Tuesday"
TIME_WORDS = words(
    "on late early monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "tonight earlier morning afternoon evening night this last week same day"
)


def before_time_phrase(lowers: list[str], position: int) -> int:
    """The position of the word before the time phrase that ends right before ``position``
    ("said on Friday it had": the position of "said"), or ``position - 1`` when none does."""
    before = position - 1
    while before > 0 and (
        lowers[before] in TIME_WORDS
        or lowers[before : before + 2] == ["that", "same"]  # ("said that same day that it had")
        or parenthesised_date(lowers, before) > 0
    ):
        before -= parenthesised_date(lowers, before) or 1  # ("confirmed today (21) that they")
    return before if before < position - 1 and lowers[position - 1] != "on" else position - 1


def aside_close(lowers: list[str], start: int) -> int | None:
    """The closing dash or comma of an aside right before the trigger at ``start``
    (auxiliaries, adverbs and a time phrase aside), or None. What the aside says ("- which ...
    if talks are revived -") does not set the trigger's modality."""
    close = start - 1
    while close >= 0 and (
        lowers[close] in AUXILIARIES or lowers[close] in ADVERBS or lowers[close] in TIME_WORDS
    ):
        close -= 1
    if close >= 2 and lowers[close] in DASHES:
        return close
    if close >= 3 and lowers[close] == "," and _comma_opening(lowers, close) is not None:
        return close  # "Germany, which is a member of NATO, condemned"
    return None


def dashed_aside(lowers: list[str], start: int) -> int | None:
    """Where an aside between dashes or commas opens when it closes right before the trigger at
    ``start``: "X - which ... - has called", "X, in a statement, urged"; else None."""
    close = aside_close(lowers, start)
    if close is None:
        return None
    if lowers[close] == ",":
        return _comma_opening(lowers, close)
    for position in range(close - 2, max(close - MAX_ASIDE, 0) - 1, -1):
        if lowers[position] in DASHES:
            return position
    return None


def subject_gap(lowers: list[str], start: int, end: int, trigger: int) -> list[str] | None:
    """The words between a candidate subject at ``[start, end)`` and the trigger, an aside after
    the subject left out ("Serbia, courted by Russia and the EU, has refused to"); None when the
    candidate sits in an aside closed before the trigger, an opening participle clause
    ("Condemned by the UN, the junta expelled"), a pair before its noun ("the envoy for the
    Kosovo-Serbia dialogue led") or is a preposition's object ("mediated talks for Gaza asked")."""
    if trigger > end + 1 and joins_subject(lowers, end) and "," not in lowers[end + 1 : trigger]:
        return None  # "Qatar, along with assistance from Oman, brokered": the aside's own noun
    if trigger == end and prepositional_object(lowers, start, trigger):
        return None
    paired = DYAD_JOINER in lowers[max(0, start - 1) : end + 1]
    paired = paired and lowers[trigger] not in DYAD_NOUNS
    if paired and not DYAD_NOUNS.isdisjoint(lowers[end : min(end + 4, trigger)]):
        return None  # (the pair's own noun is its trigger: "US-China trade talks")
    close = opening_clause_close(lowers, phrases=True)
    if close is not None and end <= close < trigger:
        return None
    for comma in range(end, trigger):
        opening = _comma_opening(lowers, comma) if lowers[comma] == "," else None
        if (
            opening is not None
            and opening + 2 < start
            and (
                lowers[opening + 1] not in APPOSITIONS
                or not APPOSED_RELATIVES.isdisjoint(lowers[opening + 1 : start])
            )
        ):
            # (an apposition names the subject: "an American and an Australian", "China's
            # ambassador to the EU"; but not from inside its relative clause: "Milei, a
            # libertarian who has called China's government 'assassins', has pledged")
            return None
        if opening == end:
            after = lowers[comma + 1 : trigger]
            return after[1:] if after[:1] and after[0] in CLOSING_QUOTES else after  # ',"'
    gap = lowers[end:trigger]
    opening = gap.index("(") if "(" in gap else -1
    if opening >= 0 and ")" in gap[opening : opening + PARENTHESIS_WORDS]:
        # "Muizzu on Saturday (Nov 18) formally requested": a parenthesis says nothing of it
        gap = gap[:opening] + gap[gap.index(")", opening) + 1 :]
    return [] if restrictive_relative(gap) else gap  # "The junta that seized power ordered"


def joins_subject(lowers: list[str], opening: int) -> bool:
    """Whether the aside opening at ``opening`` adds its actors to the subject ("along with",
    "together with", "as well as")."""
    return lowers[opening + 1 : opening + 3] in ([word, "with"] for word in JOINING_OPENERS) or (
        lowers[opening + 1 : opening + 4] == ["as", "well", "as"]
    )  # "Morocco, as well as Bahrain and the UAE, signed"


def co_makers(lowers: list[str], group: list[Mention], asides: bool = True) -> bool:
    """Whether a subject group's later members joined it in an aside ("Saudi Arabia, together
    with Egypt, restored relations"; with ``asides`` only) or were joined in the act ("Bahrain
    has joined the UAE in striking an agreement"): makers side by side, not its two sides."""
    joined = any(
        "joined" in lowers[m.start - 2 : m.start] and "in" in lowers[m.end : m.end + 1]
        for m in group[1:]
    )
    return joined or asides and any(lowers[m.start - 2 : m.start] in JOINED for m in group[1:])


def _comma_opening(lowers: list[str], close: int) -> int | None:
    """The comma that opens an aside (", which ...", ", in a statement ...") closed by the comma
    at ``close``, with no other comma between; else None."""
    for position in range(close - 3, max(close - MAX_ASIDE, 0) - 1, -1):
        if lowers[position] == "," and not (position == 1 and lowers[0].endswith(OPENING_ADVERBS)):
            opens = lowers[position + 1] in ASIDE_OPENERS or _passive_opening(lowers, position + 1)
            between = lowers[position + 1 : close]
            apposed = possessed_apposition(between) or kind_apposition(between)
            return position if opens or apposed else None
    return None


def opening_clause_close(lowers: list[str], phrases: bool = False) -> int | None:
    """The comma that closes a reduced passive or a participle clause opening the sentence
    ("Condemned by the UN, the junta ...", "Having met Xi in Beijing, Lula ..."): its
    actors are the clause's, and the main clause's subject follows the comma; else None. With
    ``phrases``, also an opening phrase or adverbial clause ("For the benefit of Ukraine,")."""
    if phrases and lowers[:1] and lowers[0] in PHRASE_OPENERS and "," in lowers[:PHRASE_REACH]:
        comma = lowers.index(",")  # (but "In the past," is the main clause's time: its frame;
        # "Since then Bahrain, Sudan and Morocco agreed": a time adverb, the list after it)
        adverb = lowers[1:2] == ["then"] and comma > 2 or lowers[:2] == ["at", "least"]
        end = chained_phrases_end(lowers, list_end(lowers, comma))
        return None if lowers[:comma] in PAST_OPENINGS or adverb else end
    if not (lowers[:1] == ["having"] or _passive_opening(lowers, 0) or _acting(lowers)):
        return None
    return lowers.index(",") if "," in lowers else None


def list_end(lowers: list[str], comma: int) -> int:
    """The comma closing a list ``comma`` runs in ("visit to A, B and C, he"), else ``comma``."""
    after = next((i for i in range(comma + 2, min(comma + 8, len(lowers))) if lowers[i] == ","), 0)
    items = lowers[comma + 1 : after]
    listed = ("and" in items or "or" in items) and not any(w.endswith("ed") for w in items)
    opens = lowers[after + 1 : after + 2] and lowers[after + 1] in LIST_TAIL_OPENERS
    return after if after and listed and not opens else comma


DETERMINERS = words("a an the its their his her")


def _acting(lowers: list[str]) -> bool:
    """Whether a present participle and its object open the sentence ("Reigniting a bitter row
    between key US allies, South Korea said": the participle's subject is the main clause's)."""
    return lowers[0].endswith("ing") and lowers[1:2] != [] and lowers[1] in DETERMINERS


def _passive_opening(lowers: list[str], position: int) -> bool:
    """Whether a reduced passive clause opens at ``position`` ("accused by Washington of",
    "backed by Russia and China", "announced on Monday", "signed in 2015", "made before")."""
    participle = lowers[position].endswith("ed") or lowers[position] in irregular_pasts()
    return participle and lowers[position + 1 : position + 2] in PARTICIPLE_FOLLOWERS


def inside_apposition_of_an_actor(
    lowers: list[str], mentions: list[Mention], mention: Mention, trigger: int
) -> bool:
    """Whether ``mention`` sits inside an apposition to an actor that closes before the trigger
    at ``trigger`` ("Australia, a close U.S. ally, has sought to repair": Australia acts)."""
    comma = next((i for i in range(mention.end, trigger) if lowers[i] == ","), None)
    opening = _comma_opening(lowers, comma) if comma is not None else None
    return (
        opening is not None
        and opening < mention.start
        and any(other.end == opening and other.is_actor for other in mentions)
    )


def own_relative(lowers: list[str], subject_end: int, start: int) -> int:
    """Where a non-restrictive relative clause whose subject is the relative pronoun opens
    right after a subject ending at ``subject_end`` and holds the verb at ``start``
    ("... have irked Somalia, which accuses Ethiopia of": the main clause's frame, "the
    potential recognition", is not the relative clause's); else 0."""
    opener = lowers[subject_end : subject_end + 2]
    own = opener in ([",", "which"], [",", "who"]) and start > subject_end + 1
    return subject_end + 2 if own else 0


def attributed(lowers: list[str], mention: Mention) -> bool:
    """Whether ``mention`` is what "according to" names ("According to a statement by Qatar's
    ministry, the two sides") or is in another opening phrase ("Unlike the EU, Poland and ...")."""
    before = mention.start - (lowers[mention.start - 1 : mention.start] == ["the"])
    close = opening_clause_close(lowers, phrases=True)
    opening = lowers[:2] == ["according", "to"] and "," not in lowers[: mention.start]
    named = opening or lowers[max(0, before - 2) : before] == ["according", "to"]
    return named or (close is not None and mention.end <= close)


def past_apposition(lowers: list[str], position: int) -> int:
    """Where the words after ``position`` go on past an apposition set off by commas (", one of
    al-Assad's main allies, agreed": at "agreed"); ``position`` when none opens there."""
    if lowers[position : position + 1] != [","] or lowers[position + 1 : position + 2] == ["and"]:
        return position
    close = next(
        (i for i in range(position + 2, min(len(lowers), position + 10)) if lowers[i] == ","),
        None,
    )
    return position if close is None else close + 1


def relative_antecedent(mentions: list[Mention], lowers: list[str], inside: Mention) -> Mention:
    """The actor a relative clause holding ``inside`` describes ("Saudi Arabia, which
    previously supported the Syrian rebels, and Iran agreed": Saudi Arabia), or ``inside``."""
    opener = next((i for i in range(inside.start - 1, 0, -1) if lowers[i] == ","), None)
    if opener is None or lowers[opener + 1 : opener + 2] not in (["which"], ["who"]):
        return inside
    return next((m for m in mentions if m.end == opener and m.is_actor), inside)


APPOSITION_WORDS = 7  # ", the world's largest oil exporter, and": the apposition's words
RELATIVE_WORDS = 12  # ", which previously supported the rebels, and": the relative clause's


def gap_past_aside(gap: list[str], *, relatives: bool = False) -> list[str]:
    """The gap between two members with an apposition after the first left out ("Saudi
    Arabia, the world's largest oil exporter, and Russia": ", and"), or with ``relatives`` a
    relative clause ("Saudi Arabia, which previously supported the rebels, and Iran agreed")."""
    plain = all(word.isalpha() or word == "'s" for word in gap[1:-2])
    if gap[:1] != [","] or gap[-2:] != [",", "and"] or not plain:
        return gap
    if gap[1:2] in (["the"], ["a"], ["an"]) and len(gap) - 3 <= APPOSITION_WORDS:
        return [",", "and"]
    if relatives and gap[1:2] in (["which"], ["who"]) and len(gap) - 3 <= RELATIVE_WORDS:
        return [",", "and"]
    return gap
