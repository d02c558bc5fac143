"""Trigger patterns matched over a sentence's lower-cased tokens, exactly as their regexes match
the space-joined tokens, without compiling a regex.

Consumes a pattern's groups of items (``patterns._group_items``) with the word forms of each item;
produces steps, and the token spans ``[start, end)`` the steps match in a sentence, in text
order, as ``re.finditer`` gives them for the pattern's regex. Compiling the regexes of the CAMEO
patterns a corpus meets took 0.5–1 s of CPU in every worker process (844 regexes for the 181
benchmark pages); these steps are built with the patterns, in a few milliseconds.

Why the two agree: every item of a regex starts with a space and the regex ends with a lookahead
for a space or the end, so an item's alternative matches whole tokens only, and a wildcard
repetition (`` \\S+``) exactly one token. The steps are tried in the regex engine's order:
alternatives in the order written, an optional group first with and then without it, a wildcard
``*N`` with as few tokens as will do; the first way through wins, and the next match starts
where this one ended. A regex whose first item is optional or a wildcard starts without a space
where it needs one and never matches: such patterns keep their regex (``steps_of`` gives None).
"""

import functools
import re
from collections.abc import Callable, Iterable

WORDS, WILDCARD, OPTIONAL = "words", "wildcard", "optional"
# A step: (WORDS, {first word: (alternative, ...)}) with each alternative a tuple of words, in
# the order written; (WILDCARD, most tokens); (OPTIONAL, steps).
Step = tuple
Steps = tuple[Step, ...]


def item_step(item: str, forms: list[str]) -> Step | None:
    """The step of one pattern item given its word forms (None for a form a token cannot be)."""
    if item.startswith("*"):
        return WILDCARD, int(item[1:])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        if not form:
            continue  # an empty alternative leaves a space the next item cannot start at
        words = tuple(form.split(" "))
        if not all(words) or any(" " in word or "\t" in word for word in words):
            return None
        by_first.setdefault(words[0], []).append(words)
    return WORDS, {first: tuple(alternatives) for first, alternatives in by_first.items()}


def steps_of(groups: Iterable[tuple[bool, list[Step | None]]]) -> Steps | None:
    """A pattern's steps from its groups of (optional, item steps); None when the regex must
    stay (an item no token can match, or a first item that is optional or a wildcard)."""
    steps: list[Step] = []
    for optional, items in groups:
        if any(item is None for item in items):
            return None
        if optional:
            steps.append((OPTIONAL, tuple(items)))
        else:
            steps.extend(items)
    if not steps or steps[0][0] != WORDS:
        return None
    return tuple(steps)


def _run(steps: Steps, index: int, position: int, lowers: list[str], then: tuple | None) -> int:
    """Where the first way through ``steps[index:]`` from token ``position`` (and on through
    ``then``, the steps that follow an optional group) ends; -1 if there is none."""
    while index < len(steps):
        kind, value = steps[index]
        if kind == WORDS:
            if position >= len(lowers):
                return -1
            for words in value.get(lowers[position], ()):
                end = position + len(words)
                if end <= len(lowers) and (len(words) == 1 or tuple(lowers[position:end]) == words):
                    found = _run(steps, index + 1, end, lowers, then)
                    if found >= 0:
                        return found
            return -1
        if kind == WILDCARD:
            for skipped in range(min(value, len(lowers) - position) + 1):
                found = _run(steps, index + 1, position + skipped, lowers, then)
                if found >= 0:
                    return found
            return -1
        found = _run(value, 0, position, lowers, (steps, index + 1, then))
        if found >= 0:
            return found
        index += 1  # without the optional group
    if then is None:
        return position
    outer, resume, rest = then
    return _run(outer, resume, position, lowers, rest)


def find_spans(
    steps: Steps,
    lowers: list[str],
    positions: dict[str, list[int]],
    accept: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """The non-overlapping token spans the steps match, left to right, as ``re.finditer`` finds
    them; ``positions`` gives each word's token indexes in the sentence. A span ``accept``
    refuses is skipped without taking its tokens (the next start may lie inside it)."""
    first = steps[0][1]
    starts = sorted(index for word in first if word in positions for index in positions[word])
    spans: list[tuple[int, int]] = []
    free = 0  # where the next match may start
    for start in starts:
        if start < free:
            continue
        end = _run(steps, 0, start, lowers, None)
        if end >= 0 and (accept is None or accept(start, end)):
            spans.append((start, end))
            free = end
    return spans


def word_positions(lowers: list[str]) -> dict[str, list[int]]:
    """Each word's token indexes in a sentence."""
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(lowers):
        positions.setdefault(word, []).append(index)
    return positions


@functools.cache
def regex_of(body: str) -> re.Pattern:
    """A pattern body's regex over space-joined tokens, whole words only (compiled on first
    use: thousands of compiled CAMEO patterns need none)."""
    return re.compile("(?<![^ ])" + body + "(?![^ ])")


def regex_spans(regex: re.Pattern, lowers: list[str]) -> list[tuple[int, int]]:
    """The token spans a pattern's regex matches in the space-joined tokens."""
    starts: dict[int, int] = {}
    offset = 0
    for index, word in enumerate(lowers):
        starts[offset] = index
        offset += len(word) + 1
    return [
        (starts[found.start()], starts.get(found.end() + 1, len(lowers)))
        for found in regex.finditer(" ".join(lowers))
    ]


# Words after which a past participle is an adjective of the noun after it, no verb ("is facing
# increased pressure from China", "amid heightened tensions with"): nobody increased anything
ATTRIBUTIVE_OPENERS = frozenset(["face", "faces", "faced", "facing", "under", "amid", "despite"])
DOCUMENT_RELEASES = frozenset(["release", "releases"])  # after "press", "news", "media"
# Words after which "alleged" qualifies a noun as the writer's hedge ("the alleged attack")
HEDGE_OPENERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "after", "follows"])


# What "meet" may meet besides a partner ("meet China's growing energy needs")
NEEDS = [["needs"], ["demand"], ["demands"], ["requirements"], ["targets"], ["obligations"]]
NEEDS += [["preconditions"], ["conditions"], ["challenges"], ["goals"], ["expectations"]]
# ("agreed to meet the TPLF's preconditions", "committed to meeting the challenges")
# Nouns "arms" qualifies ("arms deals", "an arms embargo"): no verb "arms" there
ARMS_HEADS = [["deal"], ["deals"], ["sale"], ["sales"], ["embargo"], ["race"], ["control"]]
# Nouns "press" modifies ("a Beirut press conference"): the news media's, no pressing
PRESS_HEADS = [
    [w] for w in ("conference", "briefing", "release", "statement", "secretary", "office")
]
# Nouns "negotiating" qualifies ("the two countries' negotiating teams"): a role, no talks held
NEGOTIATING_HEADS = [
    [w] for w in ("team", "teams", "table", "position", "positions", "stance", "mandate", "group")
] + [["groups"], ["delegation"], ["delegations"], ["power"], ["tactic"], ["tactics"]]


def attributive(lowers: list[str], span: tuple[int, int]) -> bool:
    """Whether the span opens on a past participle used as an adjective, on the
    "consultations" an envoy is recalled for ("recalled its envoys from A and B for urgent
    consultations": no talks between A and B), on a document's "release" ("an official press
    release by the Ministry": no one freed), on a participle before "sides" ("opposing
    sides"), on "arms" or "press" before its noun ("arms deals", "a press conference") or on
    "meet" before a need ("meet China's energy needs")."""
    start = span[0]
    if lowers[start].endswith("ing") and lowers[start + 1 : start + 2] == ["sides"]:
        return True  # "where they back opposing sides": an adjective, no one opposes
    if lowers[start] in DOCUMENT_RELEASES:
        return lowers[start - 1 : start] in (["press"], ["news"], ["media"])
    if lowers[start] == "consultations":
        return "for" in lowers[max(0, start - 2) : start]
    if lowers[start] in ("meet", "meets", "meeting"):
        need = next((i for i in range(start + 1, start + 6) if lowers[i : i + 1] in NEEDS), 0)
        gap = lowers[start + 1 : need]
        owned = ("'s" in gap or gap[:1] == ["the"]) and "to" not in gap and "with" not in gap
        return bool(need) and owned  # "help meet China's growing energy needs": no meeting
    if (
        span == (start, start + 1)
        and lowers[start] == "arms"
        and lowers[start + 1 : start + 2] in ARMS_HEADS
    ):
        return True  # "criticized arms deals between France and Armenia": the noun, no arming
    if (
        span[1] == start + 1
        and lowers[start] == "press"
        and lowers[span[1] : span[1] + 1] in PRESS_HEADS
    ):
        return True  # "at a Beirut press conference, X called for": no one pressed
    if lowers[start] == "negotiating" and lowers[start + 1 : start + 2] in NEGOTIATING_HEADS:
        return True  # "the two countries' negotiating teams": no talks said
    if lowers[start] == "alleged" and (start == 0 or lowers[start - 1] in HEDGE_OPENERS):
        return True  # "the warning follows alleged Israeli aggression": the writer's hedge
    return start > 0 and lowers[start - 1] in ATTRIBUTIVE_OPENERS and lowers[start].endswith("ed")
