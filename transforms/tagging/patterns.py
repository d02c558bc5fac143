"""Event patterns: the data file's trigger phrases compiled to regexes over a sentence's tokens.

Consumes ``data/patterns.jsonl`` (one pattern per line, format in docs/tagger.md) and
``data/verbs.tsv``; produces ``Pattern`` objects, the set of anchor words that lets the tagger
skip sentences with no possible trigger, and the trigger matches of one sentence. Of
overlapping matches the longest wins; patterns matching the same span are kept in file order,
as alternatives.
"""

import dataclasses
import json
import re
from importlib import resources

from transforms.tagging.lexicon import data_rows
from transforms.tagging.text import words

SOURCE_SLOTS = frozenset({"subject", "object", "between"})
TARGET_SLOTS = frozenset(
    {"subject", "object", "object_place", "to_place", "between", "inside", "none"}
)
COMMON_WORDS = words(
    "a an the to of in on at by for with from and or is are was were be been being am has "
    "have had having its their his her"
)
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
    regex: re.Pattern
    anchors: frozenset[str]
    reciprocal: bool = False
    object_kind: str | None = None
    then: frozenset[str] = frozenset()
    refine: tuple[tuple[re.Pattern, str], ...] = ()
    confidence: float = 0.8
    nominal: bool = False


@dataclasses.dataclass(frozen=True)
class TriggerMatch:
    """Patterns that matched the token span ``[start, end)`` of a sentence."""

    start: int
    end: int
    patterns: tuple[Pattern, ...]


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


def _item_regex(item: str, irregular: dict[str, list[str]]) -> tuple[str, list[str]]:
    """One item's regex (with its leading space) and the words it can start with."""
    if item.startswith("*"):
        return f"(?: \\S+){{0,{int(item[1:])}}}?", []
    words = _forms(item, irregular)
    # a multi-word form ("pull out") stays one alternative of space-separated words
    group = "(?:" + "|".join(re.escape(word).replace("\\ ", " ") for word in words) + ")"
    return " " + group, [word.split()[0] for word in words]


def compile_trigger(text: str, irregular: dict[str, list[str]]) -> tuple[str, frozenset[str]]:
    """A pattern's regex over space-joined lower-cased tokens, and its anchor words."""
    parts: list[str] = []
    leading: set[str] = set()  # words a match can start with, up to the first required item
    required: list[list[str]] = []
    for optional, items in _group_items(text):
        compiled = [_item_regex(item, irregular) for item in items]
        body = "".join(regex for regex, _ in compiled)
        first = next((words for _, words in compiled if words), [])
        if not required:
            leading.update(first)
        if not optional and first:
            required.append(first)
        parts.append(f"(?:{body})?" if optional else body)
    body = "".join(parts)
    # The anchor is the first required word set without function words ("{be} visiting" is
    # anchored on "visiting"), so that the prefilter skips sentences that merely say "is".
    rare = next((words for words in required if not COMMON_WORDS.intersection(words)), None)
    anchors = frozenset(rare) if rare is not None else frozenset(leading)
    return body[1:] if body.startswith(" ") else body, anchors


def _regex(text: str) -> str:
    return "(?<![^ ])" + text + "(?![^ ])"


def load_patterns() -> list[Pattern]:
    """The patterns of ``data/patterns.jsonl``, validated, in file order."""
    irregular = load_irregular_verbs()
    path = resources.files("transforms.tagging").joinpath("data", "patterns.jsonl")
    patterns: list[Pattern] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            spec = json.loads(line)
            patterns.append(_pattern(spec, irregular))
        except (ValueError, KeyError) as exc:
            raise ValueError(f"patterns.jsonl:{number}: {exc}") from exc
    return patterns


def _pattern(spec: dict, irregular: dict[str, list[str]]) -> Pattern:
    if spec["source"] not in SOURCE_SLOTS or spec["target"] not in TARGET_SLOTS:
        raise ValueError(f"unknown slot in {spec['source']!r}/{spec['target']!r}")
    if spec.get("object_kind") not in OBJECT_KINDS:
        raise ValueError(f"unknown object_kind {spec['object_kind']!r}")
    body, anchors = compile_trigger(spec["pattern"], irregular)
    return Pattern(
        pattern_id=spec["id"],
        cameo=spec["cameo"],
        source=spec["source"],
        target=spec["target"],
        regex=re.compile(_regex(body)),
        anchors=anchors,
        reciprocal=bool(spec.get("reciprocal", False)),
        object_kind=spec.get("object_kind"),
        then=frozenset(spec.get("then", "").split("|")) - {""},
        refine=tuple((re.compile(regex), code) for regex, code in spec.get("refine", [])),
        confidence=float(spec.get("confidence", 0.8)),
        nominal=bool(spec.get("nominal", False)),
    )


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

    def match(self, lowers: list[str]) -> list[TriggerMatch]:
        """The trigger matches of a sentence given as lower-cased tokens, in text order."""
        candidates = {id(p): p for word in lowers for p in self.by_anchor.get(word, ())}
        if not candidates:
            return []
        joined = " ".join(lowers)
        starts: dict[int, int] = {}
        offset = 0
        for index, word in enumerate(lowers):
            starts[offset] = index
            offset += len(word) + 1
        spans: dict[tuple[int, int], list[Pattern]] = {}
        ordered = sorted(candidates.values(), key=lambda pattern: self.order[id(pattern)])
        for pattern in ordered:
            for found in pattern.regex.finditer(joined):
                start = starts[found.start()]
                end = starts.get(found.end() + 1, len(lowers))
                spans.setdefault((start, end), []).append(pattern)
        accepted: list[TriggerMatch] = []
        for (start, end), matched in sorted(
            spans.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])
        ):
            if all(end <= other.start or start >= other.end for other in accepted):
                accepted.append(TriggerMatch(start, end, tuple(matched)))
        return sorted(accepted, key=lambda match: match.start)
