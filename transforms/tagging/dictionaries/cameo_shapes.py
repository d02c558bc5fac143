"""The shape of a CAMEO phrase pattern: its line turned into tagger pattern items and slots.

Consumes one ``- pre * post [code]`` line of the verb dictionary (``cameo_file.RawPattern``) and
the synonym sets; produces its items after the verb (words, ``&SYNSET`` alternatives, wildcards
for PETRARCH's gaps), where its source and target come from (``$`` and ``+`` markers) and
whether it ends in a noun, or the reason it cannot be expressed in the slot model. ``verbs``
turns shapes into patterns.
"""

import dataclasses

from transforms.tagging.dictionaries.cameo_file import RawPattern, plain_phrase, plural
from transforms.tagging.text import words as word_set

PARTICLES = word_set(
    "to of in on at by for with from into upon over against toward towards about off out up down "
    "as away back forward through under after before between among behind around across"
)
OBJECT_GAP = 3  # words between the verb and the pattern's first noun or preposition
ACTOR_GAP = 5  # words an actor marked ``+`` inside a pattern may take


def _elements(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Post-verb tokens as elements: ("prep", [p, words]), ("np", words), ("marker", [m]),
    ("word", [w])."""
    elements: list[tuple[str, list[str]]] = []
    open_kind: str | None = None
    for token in tokens:
        bare = token.strip("(){}")
        if open_kind is not None:
            if bare:
                elements[-1][1].append(bare)
            if (open_kind == "prep" and token.endswith(")")) or (
                open_kind == "np" and token.endswith("}")
            ):
                open_kind = None
            continue
        if token.startswith("("):
            elements.append(("prep", [bare] if bare else []))
            open_kind = None if token.endswith(")") else "prep"
        elif token.startswith("{"):
            elements.append(("np", [bare] if bare else []))
            open_kind = None if token.endswith("}") else "np"
        elif token in ("$", "+", "^", "%"):
            elements.append(("marker", [token]))
        elif bare:
            elements.append(("word", [bare]))
    return elements


class UndefinedSynset(Exception):
    """A pattern uses a synonym set that the dictionary does not define."""


def _word_item(word: str, synsets: dict[str, list[str]], *, noun: bool) -> str:
    """One pattern item: a synset's phrases, or a word (with its plural if it is a noun)."""
    if word.startswith("&"):
        if word not in synsets or not synsets[word]:
            raise UndefinedSynset(word)
        return "|".join(dict.fromkeys(phrase.replace(" ", "_") for phrase in synsets[word]))
    lower = plain_phrase(word)
    if not noun or lower in PARTICLES or lower.endswith("s") or not lower.isalpha():
        return lower.replace(" ", "_")
    return f"{lower}|{plural(lower)}"


@dataclasses.dataclass(frozen=True)
class Shape:
    """A compiled post-verb part: items after the verb, slots, and whether it ends in a noun."""

    items: tuple[str, ...]
    source: str
    target: str
    noun_final: bool


def pattern_shape(pattern: RawPattern, synsets: dict[str, list[str]], swap: bool) -> Shape | str:
    """The compiled shape of a pattern's post-verb part, or the name of the rule dropping it."""
    pre = [token for token in pattern.pre if token]
    if any(token not in ("$", "+") for token in pre):
        return "noun before the verb"
    elements = _elements(pattern.post)
    markers = [value[0] for kind, value in elements if kind == "marker"]
    if "%" in markers:
        return "compound-actor marker %"
    if "$" in markers and "+" in markers:
        return "source and target both after the verb"
    items: list[str] = []
    source, target = "subject", "object"
    last = len(elements) - 1
    for index, (kind, value) in enumerate(elements):
        items.append(f"*{OBJECT_GAP}")
        if kind == "marker":
            marker = value[0]
            if marker == "^":
                continue
            at_end = index == last
            if marker == "+":
                target = "object" if at_end else "inside"
                if not at_end:
                    items[-1] = f"*{ACTOR_GAP}"
            elif at_end:
                source, target = "object", "subject"
            else:
                return "source marker $ inside the pattern"
            continue
        words = [word for word in value if word not in ("$", "+", "^")]
        inner = [word for word in value if word in ("$", "+", "^")]
        if kind == "prep":
            items.append(_word_item(words[0], synsets, noun=False) if words else "")
            if len(words) > 1:
                items.append("*2")
            nouns = words[1:]
        else:
            nouns = words
        for position, word in enumerate(nouns):
            if position:
                items.append("*1")
            items.append(_word_item(word, synsets, noun=position == len(nouns) - 1))
        if "+" in inner:
            target = "object" if index == last else "inside"
        if "$" in inner:
            if index != last:
                return "source marker $ inside the pattern"
            source, target = "object", "subject"
    items = [item for item in items if item]
    while items and items[-1].startswith("*"):
        items.pop()
    final_kind, final_value = elements[-1] if elements else ("marker", ["+"])
    noun_final = target == "object" and (
        final_kind in ("word", "np") or (final_kind == "prep" and len(final_value) > 1)
    )
    if "+" in pre:
        if source == "subject":
            return "target before the verb without a source marker"
        target = "subject"
    if swap:
        source, target = target, source
    return Shape(tuple(items), source, target, noun_final)
