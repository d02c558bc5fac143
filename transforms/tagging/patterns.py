"""Event patterns: the data files' trigger phrases compiled to regexes over a sentence's tokens.

Consumes ``data/patterns.jsonl`` (hand-written, one pattern per line, format in docs/tagger.md),
then ``data/cameo_patterns.jsonl`` (compiled from PETRARCH2's CAMEO verb dictionary by
``dictionaries/verbs.py``), and ``data/verbs.tsv``; produces ``Pattern`` objects, the set of
anchor words that lets the tagger skip sentences with no possible trigger, and the trigger
matches of one sentence. Of overlapping matches the longest wins; patterns matching the same span
are kept in file order, as alternatives. The hand-written file is the override: a hand-written
match beats a compiled one of the same or a shorter span, or a longer one starting at the same
word with the same PLOVER type; a span a hand-written pattern matches keeps only its hand-written
alternatives. When the match kept gives no event, the shorter matches inside it are tried
(``fallbacks``).
"""

import dataclasses
import functools
import json
import re
from importlib import resources

from transforms.tagging.lexicon import data_rows
from transforms.tagging.passives import PassiveForm, gap_fits, passive_spec
from transforms.tagging.taxonomy import plover_for_cameo
from transforms.tagging.text import words
from transforms.tagging.trigger_steps import (
    Step,
    Steps,
    find_spans,
    item_step,
    steps_of,
    word_positions,
)

SOURCE_SLOTS = frozenset({"subject", "object", "between", "inside", "speaker"})
TARGET_SLOTS = frozenset(
    {"subject", "object", "object_place", "to_place", "between", "inside", "first_inside", "none"}
)
COMMON_WORDS = words(
    "a an the to of in on at by for with from and or is are was were be been being am has "
    "have had having its their his her"
)
PLAIN_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")  # the words the tagger's prefilter finds
OBJECT_KINDS = frozenset(
    {None, "actor", "person", "not_person", "state", "envoy", "people", "envoy_or_people"}
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
        return _regex_of(self.body)


# A compiled verb form right after a determiner, possessive or preposition is a noun ("the
# visit", "its support", "reliant on exports to"): PETRARCH relied on a parser to tell.
NOUN_CONTEXT = words("the a an its their his her our of on for with from in by")
DETERMINERS = words("the a an its their his her our this that these those")


@functools.cache
def _regex_of(body: str) -> re.Pattern:
    return re.compile(_regex(body))


@dataclasses.dataclass(frozen=True)
class TriggerMatch:
    """Patterns that matched the token span ``[start, end)`` of a sentence, and the shorter
    matches inside it to try, longest first, when none of them gives an event."""

    start: int
    end: int
    patterns: tuple[Pattern, ...]
    fallbacks: tuple["TriggerMatch", ...] = ()


def load_irregular_verbs() -> dict[str, list[str]]:
    """Lemma to all forms, for verbs whose forms do not follow the rules."""
    return {row["lemma"]: row["forms"].split("|") for _, row in data_rows("verbs.tsv")}


def inflect(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """All forms of a verb: base, third person, past (and participle), gerund."""
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _forms(alternatives: str, irregular: dict[str, list[str]]) -> list[str]:
    """The words one pattern token stands for."""
    words: list[str] = []
    for item in alternatives.split("|"):
        phrases = [""]
        for piece in item.split("_"):  # "visa_bans", "{break}_off": several words, one option
            if piece.startswith("{") and piece.endswith("}"):
                options = inflect(piece[1:-1].lower(), irregular)
            else:
                options = [piece.lower()]
            phrases = [f"{phrase} {option}".strip() for phrase in phrases for option in options]
        words.extend(phrases)
    return words


def _group_items(text: str) -> list[tuple[bool, list[str]]]:
    """Pattern tokens as (optional, items): "[a b]" is one optional group of two items."""
    groups: list[tuple[bool, list[str]]] = []
    open_group: list[str] | None = None
    for item in text.split():
        if open_group is not None:
            open_group.append(item.rstrip("]"))
            if item.endswith("]"):
                groups.append((True, open_group))
                open_group = None
        elif item.startswith("[") and not item.endswith("]"):
            open_group = [item[1:]]
        elif item.startswith("[") and item.endswith("]"):
            groups.append((True, [item[1:-1]]))
        else:
            groups.append((False, [item]))
    if open_group is not None:
        raise ValueError(f"unclosed [ in {text!r}")
    return groups


def _item_regex(item: str, irregular: dict[str, list[str]]) -> tuple[str, list[str], Step | None]:
    """One item's regex (with its leading space), the words it can start with, and its step."""
    if item.startswith("*"):
        return f"(?: \\S+){{0,{int(item[1:])}}}?", [], item_step(item, [])
    words = _forms(item, irregular)
    # a multi-word form ("pull out") stays one alternative of space-separated words
    group = "(?:" + "|".join(re.escape(word).replace("\\ ", " ") for word in words) + ")"
    return " " + group, [word.split()[0] for word in words], item_step(item, words)


def compile_trigger(
    text: str, irregular: dict[str, list[str]], anchor: str | None = None
) -> tuple[str, frozenset[str]]:
    """A pattern's regex over space-joined lower-cased tokens, and its anchor words (``anchor``,
    "a|b", names them: the words of one required item)."""
    body, anchors, _, _ = _compile(text, irregular, anchor)
    return body, anchors


def _compile(
    text: str,
    irregular: dict[str, list[str]],
    anchor: str | None,
    cache: dict[str, tuple[str, list[str], Step | None]] | None = None,
) -> tuple[str, frozenset[str], tuple[frozenset[str], ...], Steps | None]:
    """Regex body, anchor words, the word sets of the required items, and the steps (``cache``
    keeps item regexes across the patterns of one load: compiled patterns repeat their verb's
    forms)."""
    cache = {} if cache is None else cache
    parts: list[str] = []
    step_groups: list[tuple[bool, list[Step | None]]] = []
    leading: set[str] = set()  # words a match can start with, up to the first required item
    required: list[list[str]] = []
    for optional, items in _group_items(text):
        compiled = []
        for item in items:
            if item not in cache:
                cache[item] = _item_regex(item, irregular)
            compiled.append(cache[item])
        step_groups.append((optional, [step for _, _, step in compiled]))
        body = "".join(regex for regex, _, _ in compiled)
        first = next((words for _, words, _ in compiled if words), [])
        if not required:
            leading.update(first)
        if not optional and first:
            required.append(first)
        parts.append(f"(?:{body})?" if optional else body)
    body = "".join(parts)
    body = body[1:] if body.startswith(" ") else body
    needed = tuple(frozenset(words) for words in required)
    if anchor is not None:
        chosen = frozenset(anchor.split("|"))
        if not any(chosen <= words for words in needed):
            raise ValueError(f"anchor {anchor!r} is not a required item of {text!r}")
    # The prefilter sees plain words (WORD_RE), the matcher tokens: a word that is no plain word
    # ("f-16", "n't") also counts by its last plain piece ("f", "t": "didn't" gives "didn", "t");
    # an item with a word that has none ("50") is not checked.
    checked = []
    for item_words in needed:
        pieces = [PLAIN_WORD_RE.findall(word) for word in item_words]
        if all(pieces):
            checked.append(item_words.union(found[-1] for found in pieces))
    needed = tuple(checked)
    steps = steps_of(step_groups)
    if anchor is not None:
        return body, frozenset(anchor.split("|")), needed, steps
    # The anchor is the first required word set without function words ("{be} visiting" is
    # anchored on "visiting"), so that the prefilter skips sentences that merely say "is".
    rare = next((words for words in required if not COMMON_WORDS.intersection(words)), None)
    anchors = frozenset(rare) if rare is not None else frozenset(leading)
    return body, anchors, needed, steps


def _regex(text: str) -> str:
    return "(?<![^ ])" + text + "(?![^ ])"


PATTERN_FILES = ("patterns.jsonl", "cameo_patterns.jsonl")  # hand-written first: the override


def load_patterns(files: tuple[str, ...] = PATTERN_FILES) -> list[Pattern]:
    """The patterns of the data files, validated, hand-written first, each in file order."""
    irregular = load_irregular_verbs()
    participles = frozenset(forms[-2] for forms in irregular.values() if len(forms) >= 4)
    cache: dict[str, tuple[str, list[str], Step | None]] = {}
    patterns: list[Pattern] = []
    passives: list[Pattern] = []
    forms = functools.cache(lambda item: _forms(item, irregular))  # verb items repeat
    for name in files:
        path = resources.files("transforms.tagging").joinpath("data", name)
        compiled = name != PATTERN_FILES[0]
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                spec = json.loads(line)
                patterns.append(_pattern(spec, irregular, compiled=compiled, cache=cache))
                derived = (
                    passive_spec(spec, _group_items(spec["pattern"]), forms, participles)
                    if not compiled
                    else None
                )  # the compiled ones' passives found no event on the development sets
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{name}:{number}: {exc}") from exc
            if derived is not None:
                passive, form = derived
                made = _pattern(passive, irregular, compiled=compiled, cache=cache)
                passives.append(dataclasses.replace(made, passive=form))
        # after the file's active patterns: of two matches of one span, the active one first
        patterns.extend(passives)
        passives = []
    return patterns


def _pattern(
    spec: dict,
    irregular: dict[str, list[str]],
    *,
    compiled: bool = False,
    cache: dict[str, tuple[str, list[str], Step | None]] | None = None,
) -> Pattern:
    if spec["source"] not in SOURCE_SLOTS or spec["target"] not in TARGET_SLOTS:
        raise ValueError(f"unknown slot in {spec['source']!r}/{spec['target']!r}")
    if spec.get("object_kind") not in OBJECT_KINDS:
        raise ValueError(f"unknown object_kind {spec['object_kind']!r}")
    body, anchors, required, steps = _compile(spec["pattern"], irregular, spec.get("anchor"), cache)
    return Pattern(
        pattern_id=spec["id"],
        cameo=spec["cameo"],
        source=spec["source"],
        target=spec["target"],
        body=body,
        anchors=anchors,
        required=required,
        steps=steps,
        reciprocal=bool(spec.get("reciprocal", False)),
        mutual=bool(spec.get("mutual", False)),
        object_kind=spec.get("object_kind"),
        then=frozenset(spec.get("then", "").split("|")) - {""},
        refine=tuple((re.compile(regex), code) for regex, code in spec.get("refine", [])),
        confidence=float(spec.get("confidence", 0.8)),
        nominal=bool(spec.get("nominal", False)),
        compiled=compiled,
    )


@functools.cache
def literal_words(body: str) -> frozenset[str]:
    """The words a pattern's regex names (its alternatives), not what its wildcards match."""
    return frozenset(re.findall(r"[a-z][a-z_'-]*", body))


class PatternSet:
    """All patterns, indexed by anchor word."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.by_anchor: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            for anchor in pattern.anchors:
                self.by_anchor.setdefault(anchor, []).append(pattern)
        self.anchors = frozenset(self.by_anchor)
        self.order = {id(pattern): index for index, pattern in enumerate(patterns)}
        # Per anchor, the patterns grouped by their other required items: one set test per group
        # rules out most of the thousands of compiled patterns before any regex runs (a sentence
        # that merely says "aid" has no verb of the pattern "rushed ... aid").
        self.groups: dict[str, list[tuple[tuple[frozenset[str], ...], list[Pattern]]]] = {}
        for anchor, anchored in self.by_anchor.items():
            grouped: dict[tuple[frozenset[str], ...], list[Pattern]] = {}
            for pattern in anchored:
                others = tuple(words for words in pattern.required if anchor not in words)
                grouped.setdefault(others, []).append(pattern)
            self.groups[anchor] = list(grouped.items())
        # Words the candidate test looks at: two texts that agree on these have the same
        # candidates, so ``match`` reuses what ``possible`` found for the same sentence.
        self.vocabulary = self.anchors.union(
            *(words for pattern in patterns for words in pattern.required)
        )
        self._last: tuple[frozenset[str], dict[int, Pattern]] | None = None

    def _candidates(self, lowers: list[str]) -> dict[int, Pattern]:
        """The patterns anchored on a word of the sentence whose every required item can start
        at one of its words."""
        present = self.vocabulary.intersection(lowers)
        if self._last is not None and self._last[0] == present:
            return self._last[1]
        candidates: dict[int, Pattern] = {}
        for word in present.intersection(self.anchors):
            for others, patterns in self.groups[word]:
                for needed in others:
                    if present.isdisjoint(needed):
                        break
                else:
                    candidates.update((id(pattern), pattern) for pattern in patterns)
        self._last = (present, candidates)
        return candidates

    def possible(self, words: list[str]) -> bool:
        """Whether some pattern can match a text with these plain words (the prefilter)."""
        return bool(self._candidates(words))

    def match(self, lowers: list[str]) -> list[TriggerMatch]:
        """The trigger matches of a sentence given as lower-cased tokens, in text order."""
        candidates = self._candidates(lowers)
        if not candidates:
            return []
        spans: dict[tuple[int, int], list[Pattern]] = {}
        ordered = sorted(candidates.values(), key=lambda pattern: self.order[id(pattern)])
        found_by_body: dict[str, list[tuple[int, int]]] = {}
        positions = word_positions(lowers)
        for pattern in ordered:
            if pattern.passive is not None and pattern.steps is not None:
                # its first word is the noun: the tests below are for verbs; a span whose gap
                # is no passive's leaves its words to a later noun ("the conditions of an
                # agreement forced on")
                fits = functools.partial(gap_fits, lowers, form=pattern.passive)
                for span in find_spans(pattern.steps, lowers, positions, fits):
                    spans.setdefault(span, []).append(pattern)
                continue
            if pattern.body not in found_by_body:
                found_by_body[pattern.body] = (
                    find_spans(pattern.steps, lowers, positions)
                    if pattern.steps is not None
                    else _regex_spans(pattern.regex, lowers)
                )
            for span in found_by_body[pattern.body]:
                if span[0] > 0 and lowers[span[0] - 1] in (
                    NOUN_CONTEXT
                    if pattern.compiled
                    else DETERMINERS
                    if not pattern.nominal and span[1] - span[0] == 1
                    else ()
                ):
                    continue  # "a ban on imports": a noun, not the verb "ban"
                if (
                    pattern.compiled
                    and span[0] > 1
                    and lowers[span[0] - 2] in ("a", "an")
                    and lowers[span[0] - 1].isalpha()
                ):
                    continue  # "lodged a formal protest with": a noun, not the verb "protest"
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
            if all(end <= other.start or start >= other.end for other in accepted):
                accepted.append(found)
            else:
                rejected.append(found)
        accepted = [
            _prefer_hand_written(
                dataclasses.replace(
                    match,
                    fallbacks=tuple(
                        inner
                        for inner in rejected
                        if match.start <= inner.start and inner.end <= match.end
                    ),
                )
            )
            for match in accepted
        ]
        return sorted(accepted, key=lambda match: match.start)


def _regex_spans(regex: re.Pattern, lowers: list[str]) -> list[tuple[int, int]]:
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


def _prefer_hand_written(match: TriggerMatch) -> TriggerMatch:
    """A compiled match gives way to a hand-written one at the same word with the same PLOVER
    type: the hand-written code and mode are the project's convention ("expelled 40 Russian
    diplomats" is 166, not PETRARCH's 161); the compiled match stays as its first fallback."""
    if not match.patterns[0].compiled:
        return match
    inner = next(
        (m for m in match.fallbacks if m.start == match.start and not m.patterns[0].compiled), None
    )  # the longest hand-written match at the same word
    types = {plover_for_cameo(pattern.cameo) for pattern in match.patterns}
    if inner is None or not any(plover_for_cameo(p.cameo) in types for p in inner.patterns):
        # a hand-written act that ends the compiled span is what was agreed, promised or
        # asked to be done ("agreed to lift the sanctions on Iran" is no sanction)
        inner = next(
            (m for m in match.fallbacks if m.end == match.end and not m.patterns[0].compiled),
            None,
        )
        if inner is None:
            return match
    rest = tuple(other for other in match.fallbacks if other is not inner)
    return dataclasses.replace(inner, fallbacks=(dataclasses.replace(match, fallbacks=()), *rest))
