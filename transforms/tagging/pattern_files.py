"""Pattern files: ``data/patterns.jsonl`` and ``data/cameo_patterns.jsonl`` read into ``Pattern``
objects, with ``data/verbs.tsv`` for the verb forms of a ``{lemma}`` item.

Consumes the data files (format in docs/tagger.md); produces the patterns, hand-written first,
each file's derived passives after its active patterns, every spec validated (its slots, its
object kind, its anchor) with the file and line of an error. A pattern's text becomes a regex
body over space-joined tokens, the word sets of its required items (the prefilter) and its
token-level steps (``trigger_steps``); ``patterns.PatternSet`` matches them.
"""

import dataclasses
import functools
import json
import re
from importlib import resources

from transforms.tagging.entries import data_rows
from transforms.tagging.passives import passive_spec
from transforms.tagging.patterns import Pattern
from transforms.tagging.text import words
from transforms.tagging.trigger_steps import Step, Steps, item_step, steps_of

SOURCE_SLOTS = frozenset({"subject", "object", "object_place", "between", "inside", "speaker"})
TARGET_SLOTS = frozenset(
    {
        "subject",
        "object",
        "object_place",
        "to_place",
        "modifier",
        "between",
        "inside",
        "first_inside",
        "dateline",
        "none",
    }
)
COMMON_WORDS = words(
    "a an the to of in on at by for with from and or is are was were be been being am has "
    "have had having its their his her"
)
PLAIN_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")  # the words the tagger's prefilter finds
OBJECT_KINDS = frozenset(
    {
        None,
        "actor",
        "person",
        "not_person",
        "not_visitor",
        "state",
        "territory",
        "economy",
        "polity",
        "forces",
        "not_forces",
        "envoy",
        "people",
        "envoy_or_people",
        "organisation",
    }
)


def load_irregular_verbs() -> dict[str, list[str]]:
    """Lemma to all forms, for verbs whose forms do not follow the rules."""
    return {row["lemma"]: row["forms"].split("|") for _, row in data_rows("verbs.tsv")}


def inflect(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """All forms of a verb: base, third person, past (and participle), gerund."""
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("ee"):
        return [lemma, lemma + "s", lemma + "d", lemma + "ing"]  # "agreeing", "freeing"
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
        adjacent=bool(spec.get("adjacent", False)),
        talks=bool(spec.get("talks", False)),
        answers=bool(spec.get("answers", False)),
        object_kind=spec.get("object_kind"),
        then=frozenset(spec.get("then", "").split("|")) - {""},
        refine=tuple((re.compile(regex), code) for regex, code in spec.get("refine", [])),
        confidence=float(spec.get("confidence", 0.8)),
        nominal=bool(spec.get("nominal", False)),
        compiled=compiled,
    )
