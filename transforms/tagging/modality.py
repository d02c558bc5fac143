"""Modality: is an event asserted, promised (future), hypothetical, negated, or history?

Consumes ``data/modality.tsv`` (cue words with a modality and a scope) and a trigger's place in
its sentence; produces one of ``schemas.events.MODALITIES`` or ``historical`` (the tagger drops
historical statements: "Qatar previously supported the opposition").
"""

import dataclasses

from transforms.tagging.entries import data_rows
from transforms.tagging.text import words

HISTORICAL = "historical"
PRECEDENCE = ("negated", "hypothetical", HISTORICAL, "future")
SCOPES = ("clause", "frame", "after")
FACTUAL_SUBORDINATORS = words("when after because since")
# Verbs whose gerund object is an act weighed, not done ("discussed sanctioning", "mulled
# imposing")
WEIGHING = words(
    "discussed discussing discuss discusses considered considering consider considers weighed "
    "weighing weigh weighs mulled mulling mull debated debating explored exploring contemplated "
    "contemplating proposed proposing suggested suggesting"
)
# "not only ... but", "not just", "not least": an addition, no negation
NOT_ONLY = [[word] for word in ("only", "just", "merely", "least")]
# "Should China decide to retaliate, ...", "Were Iran to attack, ...": a condition said by
# inverting the subject and its auxiliary, up to the first comma
INVERTED_CONDITIONS = words("should were")
# Auxiliaries and negations that set a trigger's modality from inside its own span
INSIDE_CUES = words("not n't cannot never may might could would should can will shall")
REPORTING_VERBS = words(
    "said says announced stated confirmed added told insisted declared indicated announcing "
    "saying vowed vowing pledged promised reported reports reporting replied replies"
)


@dataclasses.dataclass(frozen=True)
class Cue:
    """One modality cue: words, modality, scope (clause | frame | after)."""

    words: tuple[str, ...]
    modality: str
    scope: str


class ModalityCues:
    """The cues of ``data/modality.tsv`` indexed by their first word."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[Cue]] = {}
        for number, row in data_rows("modality.tsv"):
            if row["modality"] not in PRECEDENCE or row["scope"] not in SCOPES:
                raise ValueError(f"modality.tsv:{number}: bad modality or scope")
            cue = Cue(tuple(row["cue"].split()), row["modality"], row["scope"])
            self.by_first.setdefault(cue.words[0], []).append(cue)

    def _found(
        self,
        lowers: list[str],
        start: int,
        end: int,
        scopes: tuple[str, ...],
        trigger: int | None = None,
    ) -> set[str]:
        """The modalities of the cues of ``scopes`` that start in ``[start, end)``; a noun cue
        counts only when no finite verb stands between it and the ``trigger`` (NOUN_CUES)."""
        found: set[str] = set()
        trigger = end if trigger is None else trigger
        for position in range(max(start, 0), min(end, len(lowers))):
            for cue in self.by_first.get(lowers[position], ()):
                if cue.scope not in scopes:
                    continue
                if not _cue_at(lowers, position, cue.words, end):
                    continue
                if lowers[position] == "may" and _month(lowers, position):
                    continue  # "pledged in May to visit": the month
                if lowers[position + 1 : position + 4] in REMINDERS:
                    continue  # "It is to be recalled that Eritrea reopened": a reminder
                if cue.words in NOUN_CUES and not FINITE.isdisjoint(lowers[position:trigger]):
                    continue  # "Erdogan's invitation to Assad was rebuffed": the invitation is
                    # the verb's subject, no frame of what the verb tells
                if cue.words == ("not",) and lowers[position + 1 : position + 2] in NOT_ONLY:
                    continue  # "India is not only buying Russian oil, they are ... selling it"
                if cue.words == PAST and lowers[position + 3 : position + 4] in RECENT_SPANS:
                    continue  # "in the past two days": a recent span, no history
                if cue.modality == "historical" and lowers[position - 1 : position] in ADNOMINAL:
                    continue  # "four days of previously undisclosed talks": an adjective's
                pair = 2 * lowers[position:trigger].count("\u2010")  # ("upcoming EU-China summit")
                if cue.words in PLANNED_ADJECTIVES and position + 2 + pair < trigger:
                    continue  # "pushing for the upcoming meeting after meeting both sides": its
                    # own noun's plan, not the later gerund's
                if cue.words == ("would",) and _reported(lowers, start, position):
                    found.add("future")
                else:
                    found.add(cue.modality)
        return found

    def _inside(
        self, lowers: list[str], start: int, end: int, literals: frozenset[str]
    ) -> set[str]:
        """The auxiliaries and negations a trigger's wildcard gap holds: "said his country would
        not support" matches PETRARCH's "say *3 support" around "his country would not"."""
        found: set[str] = set()
        for position in range(start + 1, end):
            word = lowers[position]
            if word in INSIDE_CUES and word not in literals:
                found |= self._found(lowers, position, position + 1, ("clause",))
            elif word == "no" and word not in literals:
                if position == start + 1:
                    found.add("negated")  # "received no formal protest from", "gave no aid to"
                # "said it had no evidence that Iran was involved": a frame inside the gap
                found |= self._found(lowers, position, end, ("frame",))
        return found

    def classify(
        self,
        lowers: list[str],
        clause_start: int,
        start: int,
        end: int,
        aside: int = -1,
        literals: frozenset[str] | None = None,
        frame_start: int = 0,
    ) -> str:
        """The modality of a trigger at ``[start, end)`` whose clause begins at ``clause_start``;
        an aside between dashes that opens at ``aside`` and ends before the clause frames
        nothing. With ``literals`` (the words a pattern names), the cues in the trigger's wildcard
        gaps count too. Frame cues before ``frame_start`` (where a clause of its own opens:
        "..., and France summoned") do not count."""
        found = self._found(lowers, clause_start, start, ("clause", "frame"))
        if literals is not None:
            found |= self._inside(lowers, start, end, literals)
        frame_end = aside if 0 <= aside < clause_start else clause_start
        frame_start = max(frame_start, _factual_clause(lowers, clause_start))
        found |= self._found(lowers, frame_start, frame_end, ("frame",), start)
        found |= self._found(lowers, end, end + 3, ("after",))
        if conditional(lowers[:start]) and "would" in found:
            found.add("hypothetical")
        if lowers[start] in ("will", "'ll", "would") and start + 1 < end:
            # a trigger that opens with its own auxiliary ("will travel to"): "would" is a plan
            # only when reported ("said he would travel to"), else a condition
            reported = lowers[start] == "would" and not REPORTED_WOULD.isdisjoint(
                lowers[max(0, start - REPORTED_REACH) : start]
            )
            plan = lowers[start] != "would" or reported
            found.add("future" if plan and not conditional(lowers) else "hypothetical")
        if lowers[start] == "due" and start + 1 < end:
            found.add("future")  # a trigger that opens with "due" ("is due in Beijing")
        if start > 0 and lowers[start - 1] in WEIGHING and lowers[start].endswith("ing"):
            found.add("hypothetical")  # "We also discussed sanctioning Georgian officials"
        if "?" in lowers[end:]:
            found.add("hypothetical")  # "Can Europe persuade Iran to return?": a question
        if "nor" in lowers[:start] and "neither" in lowers[: lowers.index("nor")]:
            found.add("negated")  # "Neither China nor Russia condemned ..."
        if "no" in lowers[max(clause_start, start - 2) : start]:
            found.add("negated")  # "poses no threat to", "held no talks with"
        if _inverted_condition(lowers, start):
            found.add("hypothetical")
        if _rejected_claim(lowers, start):
            found.add("negated")  # "rejected allegations that its citizens had supported"
        if lowers[max(0, start - 2) : start] in TALKS_FOR and CONCLUDED.isdisjoint(
            lowers[max(0, start - 5) : start - 2]
        ):  # "negotiations to revive the deal": the talks' purpose (not "the conclusion of")
            found.add("hypothetical")
        for modality in PRECEDENCE:
            if modality in found:
                return modality
        return "asserted"


# A claim's nouns, and the verbs that deny what a claim says, not that it was made (``nominals``)
CLAIM_NOUNS = words("accusations accusation allegations allegation claims claim charges charge")
DENYING_VERBS = words(
    "deny denies denied denying dismiss dismisses dismissed dismissing refute refutes refuted "
    "refuting rebuff rebuffs rebuffed reject rejects rejected rejecting"
)


def _rejected_claim(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is inside a claim a denial before it answers ("The FO
    has rejected allegations that Pakistani citizens had supported", "denied reports that")."""
    return any(
        lowers[position] == "that"
        and (lowers[position - 1] in CLAIM_NOUNS or lowers[position - 1] == "reports")
        and not DENYING_VERBS.isdisjoint(lowers[max(0, position - 4) : position - 1])
        for position in range(1, start)
    )


# "negotiations to revive the deal", "met to deepen ties", "partners -- A and B -- to deepen":
# the infinitive is the gathering's purpose (a dash closes an aside before it), not an act done
TALKS_FOR = [[noun, "to"] for noun in words("talks negotiations met meet meets meeting summit - —")]
PLANNED_ADJECTIVES = [("planned",), ("upcoming",), ("forthcoming",)]
CONCLUDED = words("conclusion concluded concluding completed completion finalised finalized")
REPORTED_WOULD = frozenset(
    {"said", "says", "announced", "stated", "added", "told", "insisted", "announcing", "saying"}
    | {"replied", "replies"}
)


def _inverted_condition(lowers: list[str], start: int) -> bool:
    """Whether a trigger at ``start`` is inside an opening inverted condition ("Should X ...,")."""
    if not lowers or lowers[0] not in INVERTED_CONDITIONS:
        return False
    return "," not in lowers[:start]


# Cues that are nouns ("an invitation to visit", "Erdogan's call for talks with"): a finite
# verb after one makes the noun its subject ("... was rebuffed"), no frame of that verb
NOUN_CUES = frozenset(
    [("invitation", "to"), ("invitation", "from"), ("proposal", "for")]
    + [(noun, "for") for noun in words("call calls appeal appeals request requests demand demands")]
    + [("push", "for")]
)
FINITE = words("was were is are has have had")
ADNOMINAL = [[word] for word in ("of", "the", "a", "an", "its", "their", "his", "her", "in")]
PAST = ("in", "the", "past")
RECENT_SPANS = [[w] for w in words("few several two three four five six seven 24 48 72 day week")]


def _factual_clause(lowers: list[str], clause_start: int) -> int:
    """Where the frame that can set a trigger's modality begins: after the last factual
    subordinator ("when", "after", "because") before the trigger's subject (which ends at
    ``clause_start``): "likely to face questions about the call when he asked Zelenskiy": the
    asking happened. An opening "Ahead of ..." frames only its own noun."""
    for position in range(min(clause_start, len(lowers)) - 1, -1, -1):
        if lowers[position] in FACTUAL_SUBORDINATORS and position + 1 < clause_start:
            return position + 1
    if lowers[:2] == ["ahead", "of"] and "," in lowers[:clause_start]:
        return lowers.index(",") + 1  # "Ahead of a likely meeting ..., India announced": the
        # meeting's adjective, no frame of the main clause
    return 0


def _cue_at(lowers: list[str], position: int, words: tuple[str, ...], end: int) -> bool:
    """Whether a cue starts at ``position``; a cue ending in "to" may have up to three words
    before its "to" ("agreed on Friday to", "plans next month to"); "to date" is no "to"."""
    after = position + len(words)
    if tuple(lowers[position:after]) == words:
        return words[-1] != "to" or lowers[after : after + 1] != ["date"]
    if len(words) < 2 or words[-1] != "to" or words == ("used", "to"):
        return False  # ("used the occasion to press Syria": no habit)
    head = len(words) - 1
    if tuple(lowers[position : position + head]) != words[:head]:
        return False
    after = position + head
    return "to" in lowers[after + 1 : min(after + 4, end)]


# "It is to be recalled that ...", "it is to be noted that": a reminder of what happened
REMINDERS = [["to", "be", verb] for verb in words("recalled noted remembered mentioned")]
REMINDERS += [["be", verb, "that"] for verb in words("recalled noted remembered mentioned")]
REPORTED_REACH = 8  # words from a reporting verb to the "would" it reports
ASKING = words("asked ask asks asking wondered wonder")  # "asked if": a question, no condition


def conditional(lowers: list[str]) -> bool:
    """Whether the sentence states a condition: "if" or "unless" not after a verb of asking."""
    return any(
        word in ("if", "unless") and lowers[position - 1] not in ASKING
        for position, word in enumerate(lowers)
    )


def _reported(lowers: list[str], clause_start: int, position: int) -> bool:
    """Whether "would" at ``position`` reports a decision ("said it would"), not a condition."""
    window = lowers[max(0, position - REPORTED_REACH) : position]  # "said his government would",
    # "said in a statement that the country would"
    return any(word in REPORTING_VERBS for word in window) and not conditional(lowers)


# Words before "may" that make it the month ("in May", "since May", "last May", "early May")
MONTH_OPENERS = words(
    "in on of since until till by from last next this early late mid mid- through during "
    "before after between"
)


def _month(lowers: list[str], position: int) -> bool:
    """Whether "may" at ``position`` is the month: after a preposition of time or before a day
    or year number ("May 9", "May 2019")."""
    before = lowers[position - 1] if position else ""
    after = lowers[position + 1] if position + 1 < len(lowers) else ""
    return before in MONTH_OPENERS or after[:1].isdigit()


def factual_opening(lowers: list[str], before: int) -> int:
    """Where the last factual subordinator before ``before`` stands ("when", "after",
    "while", "at the same time as"), or -1."""
    return max(
        (
            i
            for i in range(before)
            if lowers[i] in FACTUAL_SUBORDINATORS
            or lowers[i] == "while"
            or lowers[i - 1 : i + 1] == ["time", "as"]  # "at the same time as"
        ),
        default=-1,
    )
