"""Which patterns a sentence can match, from its words alone: the prefilter before any regex.

Consumes the ``Pattern`` objects of ``patterns`` (their anchor words and the word sets of their
required items); produces, for a sentence's lower-cased words, the patterns anchored on one of
its words whose every other required item can start at one of its words. A set test per group of
patterns rules out most of the thousands of compiled patterns before any regex runs (a sentence
that merely says "aid" has no verb of the pattern "rushed ... aid").
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.tagging.patterns import Pattern

# Answers per anchor word and the words around it that its patterns ask for, remembered up to
# this many (the same anchors recur with the same few words: three in four lookups hit on a
# first pass over the benchmark articles)
ANSWERS_KEPT = 100_000


class CandidateIndex:
    """The patterns per anchor word, grouped by their other required items."""

    def __init__(self, patterns: "list[Pattern]") -> None:
        by_anchor: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            for anchor in pattern.anchors:
                by_anchor.setdefault(anchor, []).append(pattern)
        self.anchors = frozenset(by_anchor)
        # Per anchor, its patterns grouped by their other required items (one test per group),
        # each group as a dict by id, ready to merge into a sentence's candidates
        self.groups: dict[str, list[tuple[tuple[frozenset[str], ...], dict[int, Pattern]]]] = {}
        # Per anchor, every word one of its groups asks for: only these decide its answer
        self.context: dict[str, frozenset[str]] = {}
        for anchor, anchored in by_anchor.items():
            grouped: dict[tuple[frozenset[str], ...], dict[int, Pattern]] = {}
            for pattern in anchored:
                others = tuple(words for words in pattern.required if anchor not in words)
                grouped.setdefault(others, {})[id(pattern)] = pattern
            self.groups[anchor] = list(grouped.items())
            self.context[anchor] = frozenset().union(*(w for others in grouped for w in others))
        # Words the candidate test looks at: two texts that agree on these have the same
        # candidates, so ``match`` reuses what ``possible`` found for the same sentence.
        self.vocabulary = self.anchors.union(
            *(words for pattern in patterns for words in pattern.required)
        )
        self._last: tuple[frozenset[str], dict[int, Pattern]] | None = None
        self._answers: dict[str, dict[frozenset[str], dict[int, Pattern]]] = {
            anchor: {} for anchor in self.anchors
        }
        self._kept = 0  # answers remembered

    def candidates(self, lowers: list[str]) -> "dict[int, Pattern]":
        """The patterns anchored on a word of the sentence whose every required item can start
        at one of its words, by id (in no particular order)."""
        present = self.vocabulary.intersection(lowers)
        if self._last is not None and self._last[0] == present:
            return self._last[1]
        candidates: dict[int, Pattern] = {}
        for word in present.intersection(self.anchors):
            # an anchor's answer depends only on which of its context words are present
            seen = present.intersection(self.context[word])
            answers = self._answers[word]
            answer = answers.get(seen)
            if answer is None:
                answer = self._anchored(word, seen)
                if self._kept < ANSWERS_KEPT:
                    answers[seen] = answer
                    self._kept += 1
            candidates.update(answer)
        self._last = (present, candidates)
        return candidates

    def _anchored(self, anchor: str, present: frozenset[str]) -> "dict[int, Pattern]":
        """The patterns on ``anchor`` whose every other required item can start at one of the
        ``present`` words."""
        answer: dict[int, Pattern] = {}
        for others, patterns in self.groups[anchor]:
            for needed in others:
                if present.isdisjoint(needed):
                    break
            else:
                answer.update(patterns)
        return answer
