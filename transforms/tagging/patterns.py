"""Event patterns and their matches in a sentence.

Consumes the ``Pattern`` objects ``pattern_files`` reads from ``data/patterns.jsonl``
(hand-written) and ``data/cameo_patterns.jsonl`` (compiled from PETRARCH2's CAMEO verb
dictionary); produces the set of anchor words that lets the tagger skip sentences with no
possible trigger, and the trigger matches of one sentence. Of overlapping matches the longest
wins; patterns matching the same span are kept in file order, as alternatives. The hand-written
file is the override: a hand-written match beats a compiled one of the same or a shorter span, or
a longer one starting at the same word with the same PLOVER type; a span a hand-written pattern
matches keeps only its hand-written alternatives. When the match kept gives no event, the
shorter matches inside it are tried (``fallbacks``).
"""

import dataclasses
import functools
import re

from transforms.tagging.false_triggers import no_trigger
from transforms.tagging.hand_written import prefer_hand_written, request_frame, verb_of_noun
from transforms.tagging.mentions import Mention
from transforms.tagging.passives import PassiveForm, gap_fits
from transforms.tagging.pattern_candidates import CandidateIndex
from transforms.tagging.read_through import match_through
from transforms.tagging.trigger_steps import (
    Steps,
    attributive,
    find_spans,
    regex_of,
    regex_spans,
    word_positions,
)


@dataclasses.dataclass(frozen=True)
class Pattern:
    """One trigger phrase with its CAMEO code and the slots its source and target come from."""

    pattern_id: str
    cameo: str
    source: str
    target: str
    body: str
    anchors: frozenset[str]
    reciprocal: bool = False
    mutual: bool = False  # with an object too, both directions ("A held talks with B")
    adjacent: bool = False  # its source stands right before it ("US-China talks")
    talks: bool = False  # no object named: the other side of talks just told, if a side acts
    answers: bool = False  # accepts an earlier act ("accepted the invitation"): its maker
    object_kind: str | None = None
    then: frozenset[str] = frozenset()
    refine: tuple[tuple[re.Pattern, str], ...] = ()
    confidence: float = 0.8
    nominal: bool = False
    compiled: bool = False
    passive: PassiveForm | None = None  # the passive form of a verb-and-noun pattern
    required: tuple[frozenset[str], ...] = ()  # per required item, the words it can start with
    # the token-level form of the regex (trigger_steps), None where only the regex will do
    steps: Steps | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def reported(self) -> bool:
        """Whether this is a compiled "X said (it would) do" pattern (PETRARCH's verbal
        EXPLAIN family), whose act is the speaker's own only if no other actor comes between."""
        return self.compiled and "EXPLAIN_VERBAL" in self.pattern_id

    @property
    def regex(self) -> re.Pattern:
        """The compiled regex, built on first use: thousands of compiled CAMEO patterns would
        take seconds to compile up front, and most are never needed by a given text. ``match``
        runs ``steps`` instead where there are some."""
        return regex_of(self.body)


@dataclasses.dataclass(frozen=True)
class TriggerMatch:
    """Patterns that matched the token span ``[start, end)`` of a sentence, and the shorter
    matches inside it to try, longest first, when none of them gives an event."""

    start: int
    end: int
    patterns: tuple[Pattern, ...]
    fallbacks: tuple["TriggerMatch", ...] = ()


class PatternSet:
    """All patterns, indexed by anchor word (``pattern_candidates``)."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.index = CandidateIndex(patterns)
        self.anchors = self.index.anchors
        self.order = {id(pattern): index for index, pattern in enumerate(patterns)}

    def possible(self, words: list[str]) -> bool:
        """Whether some pattern can match a text with these plain words (the prefilter)."""
        return bool(self.index.candidates(words))

    def match(self, lowers: list[str], barred: frozenset[int] = frozenset()) -> list[TriggerMatch]:
        """The trigger matches of a sentence given as lower-cased tokens, in text order;
        quotation marks or a time inside a phrase do not break it (``read_through``). No
        match starts at a ``barred`` position (a word inside a name: "the United States")."""
        return match_through(lowers, barred, self._match)

    def outside_names(
        self, lowers: list[str], matches: list[TriggerMatch], mentions: list[Mention]
    ) -> list[TriggerMatch]:
        """``matches`` again without those that start inside a name: a word inside a name is
        no trigger (the "States" of "the United States", the "State" of "Secretary of State",
        a {state} verb otherwise); a common noun that ends one may be ("India's demand that")."""
        inside = frozenset(
            i
            for m in mentions
            # a mention that ends on a common noun ("India's demand") leaves that noun free
            for i in range(m.start + 1, m.end - (1 if m.text.split()[-1:][0].islower() else 0))
        )
        if any(m.start in inside for longest in matches for m in (longest, *longest.fallbacks)):
            return self.match(lowers, inside)
        return matches

    def _match(self, lowers: list[str], barred: frozenset[int]) -> list[TriggerMatch]:
        candidates = self.index.candidates(lowers)
        if not candidates:
            return []
        spans: dict[tuple[int, int], list[Pattern]] = {}
        ordered = sorted(candidates.values(), key=lambda pattern: self.order[id(pattern)])
        found_by_body: dict[str, list[tuple[int, int]]] = {}
        positions = word_positions(lowers)
        unbarred = (lambda start, _end: start not in barred) if barred else None
        for pattern in ordered:
            if pattern.passive is not None and pattern.steps is not None:
                # its first word is the noun: the tests below are for verbs; a span whose gap
                # is no passive's leaves its words to a later noun ("the conditions of an
                # agreement forced on")
                fits = functools.partial(gap_fits, lowers, form=pattern.passive)
                for span in find_spans(
                    pattern.steps,
                    lowers,
                    positions,
                    lambda s, e, fits=fits: s not in barred and fits(s, e),
                ):
                    spans.setdefault(span, []).append(pattern)
                continue
            if pattern.body not in found_by_body:
                found_by_body[pattern.body] = (
                    find_spans(pattern.steps, lowers, positions, unbarred)
                    if pattern.steps is not None
                    else regex_spans(pattern.regex, lowers)
                )
            for span in found_by_body[pattern.body]:
                if span[0] in barred:
                    continue
                if no_trigger(lowers, span, pattern) or attributive(lowers, span):
                    continue
                spans.setdefault(span, []).append(pattern)
        for span, matched in spans.items():
            if not all(pattern.compiled for pattern in matched):
                spans[span] = [pattern for pattern in matched if not pattern.compiled]
        accepted: list[TriggerMatch] = []
        rejected: list[TriggerMatch] = []
        # Longest first; of equal length, a hand-written span first: it wins any overlap.
        for (start, end), matched in sorted(
            spans.items(),
            key=lambda item: (item[0][0] - item[0][1], item[1][0].compiled, item[0][0]),
        ):
            found = TriggerMatch(start, end, tuple(matched))
            if all(
                end <= other.start
                or start >= other.end
                or verb_of_noun(found, other)
                or verb_of_noun(other, found)
                for other in accepted
            ):
                accepted.append(found)
            else:
                rejected.append(found)
        accepted = [
            prefer_hand_written(
                dataclasses.replace(
                    match,
                    fallbacks=tuple(
                        inner
                        for inner in rejected
                        if match.start <= inner.start and inner.end <= match.end
                    )
                    # a hand-written match the longer one overlaps: "offered to host talks
                    # between A and B" (a compiled "offer ... talks") still has "host talks
                    # between" to try
                    + tuple(
                        other
                        for other in rejected
                        if (
                            other.start < match.end < other.end
                            or other.start < match.start < other.end
                        )
                        and not other.patterns[0].compiled
                    ),
                )
            )
            for match in accepted
        ]
        accepted += [frame for match in accepted if (frame := request_frame(match))]
        return sorted(accepted, key=lambda match: match.start)
