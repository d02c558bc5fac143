"""PETRARCH2's CAMEO verb dictionary file format (``CAMEO.2.0.txt``, MIT), read.

Consumes the dictionary's text: synonym sets (``&NAME`` then ``+entry`` lines), verb blocks
(``--- NAME [code] ---``) with their verbs (``ASK [020]``, irregular forms ``{...}``, a ``+``
marking the inflected word of a multi-word verb) and phrase patterns (``- pre * post [code]
# VERB``); produces the synonym sets and the blocks in file order, verbs with all their forms
(PETRARCH's inflection rules, with the doubled forms it misses: "regretted"). ``verbs`` compiles
them into tagger patterns; a pattern's codes (a paired code's first, a host's 043 as the
visitor's 042), the verbs its comment names, and the lines a block contests.
"""

import dataclasses
import re

BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]\s*$")


@dataclasses.dataclass
class Verb:
    """One verb line of a block: its forms (lower case, words joined by spaces) and own code."""

    forms: list[str]
    code: str | None
    line: int
    head: str  # the verb word of a multi-word verb: "call" in CALL_OFF


@dataclasses.dataclass
class RawPattern:
    """One ``-`` line: the tokens before and after ``*`` and its code."""

    line: int
    pre: list[str]
    post: list[str]
    code: str
    comment_verb: str  # the verb the coder found the pattern under ("# HEAD"), lower case


@dataclasses.dataclass
class Block:
    """A verb block: synonymous verbs, their default code, and the phrase patterns."""

    name: str
    code: str | None
    line: int
    verbs: list[Verb] = dataclasses.field(default_factory=list)
    patterns: list[RawPattern] = dataclasses.field(default_factory=list)


def plural(word: str) -> str:
    """A noun's regular plural."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def regular_forms(stem: str) -> list[str]:
    """A regular verb's forms: base, third person, past, gerund (PETRARCH's rules)."""
    third = plural(stem)
    if stem.endswith("e"):
        past, gerund = stem + "d", (stem if stem[-2:-1] in "aeiou" else stem[:-1]) + "ing"
    elif stem.endswith("y") and stem[-2:-1] not in ("a", "e", "i", "o", "u"):
        past, gerund = stem[:-1] + "ied", stem + "ing"
    else:
        past, gerund = stem + "ed", stem + "ing"
    forms = [stem, third, past, gerund]
    if _ends_in_single_consonant(stem):
        # "regret": PETRARCH writes "regreted"; the doubled forms are added beside it (a stem
        # stressed on its first syllable, "visit", never meets "visitted" in text)
        forms += [stem + stem[-1] + "ed", stem + stem[-1] + "ing"]
    return forms


def _ends_in_single_consonant(stem: str) -> bool:
    """Whether a stem ends in one consonant after one vowel ("regret", "ban", "expel")."""
    vowels = "aeiou"
    return (
        len(stem) >= 3
        and stem.isalpha()
        and stem[-1] not in vowels + "wxy"
        and stem[-2] in vowels
        and stem[-3] not in vowels
    )


def plain_phrase(text: str) -> str:
    """A dictionary phrase as tagger words: lower case, ``_`` and ``+`` gone."""
    return " ".join(text.replace("+", "").replace("_", " ").lower().split())


def _synonyms(label: str, entry: str) -> list[str]:
    """A synset entry and its plural, unless the label or the entry ends with ``_``."""
    no_plural = label.endswith("_") or entry.endswith("_")
    phrase = plain_phrase(entry.rstrip("_"))
    if no_plural or not phrase:
        return [phrase] if phrase else []
    head, _, last = phrase.rpartition(" ")
    return [phrase, f"{head} {plural(last)}".strip()]


def _verb(line: str, number: int) -> Verb | None:
    """A verb line: ``ASK [020]``, ``SPEED {SPEEDING SPEEDS SPED}``, ``+ASK_FOR {...}``."""
    code = None
    found = CODE_RE.search(line)
    if found:
        code, line = found.group(1).strip(), line[: found.start()]
    primary, _, rest = line.partition("{")
    words = primary.split()
    if not words:
        return None
    marked_head = next((piece for piece in words[0].split("_") if piece.startswith("+")), None)
    head = plain_phrase(marked_head or words[0].split("_")[0])
    if rest:
        listed = rest.split("}")[0].replace(",", " ").split()  # "{+WAS_DETERMINED , ...}"
        forms = [plain_phrase(words[0]), *(plain_phrase(form) for form in listed)]
    else:
        stem = words[0]
        marked = next((piece for piece in stem.split("_") if piece.startswith("+")), None)
        if marked is None or "_" not in stem:
            forms = regular_forms(plain_phrase(stem))
        else:
            before, _, after = stem.partition(marked)
            forms = [
                plain_phrase(before + form + after) for form in regular_forms(plain_phrase(marked))
            ]
    return Verb(list(dict.fromkeys(form for form in forms if form)), code, number, head)


def parse_dictionary(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets and verb blocks of a PETRARCH verb dictionary, in file order."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    label: str | None = None
    in_verbs = False
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("~"):  # ~ lines: verb-verb transformations
            continue
        if line.startswith("&"):
            label = line.split()[0]
            synsets[label] = []
        elif not in_verbs or (line.startswith("+") and not blocks):
            if line.startswith("+") and label is not None:
                synsets[label].extend(_synonyms(label, line[1:].strip()))
        elif header := BLOCK_RE.match(line):
            code = header.group(2).strip()
            blocks.append(Block(header.group(1), None if code == "---" else code, number))
        elif line.startswith("-") and blocks:
            found = CODE_RE.search(line)
            tokens = line[1 : found.start() if found else len(line)].split()
            if found and "*" in tokens:
                star = tokens.index("*")
                comment = raw.partition("#")[2].split()
                blocks[-1].patterns.append(
                    RawPattern(
                        number,
                        tokens[:star],
                        tokens[star + 1 :],
                        found.group(1).strip(),
                        plain_phrase(comment[0]) if comment else "",
                    )
                )
        elif blocks and (verb := _verb(line, number)) is not None:
            blocks[-1].verbs.append(verb)
    return synsets, blocks


def named_verbs(block: Block, pattern: RawPattern) -> list[Verb]:
    """The block's verbs that the pattern's comment names ("# HEAD", "# CALLED_OFF")."""
    return [verb for verb in block.verbs if pattern.comment_verb in verb.forms]


def contested_lines(block: Block) -> set[int]:
    """The lines of a block's phrase patterns whose words another of its lines repeats with
    another code."""
    codes: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
    for pattern in block.patterns:
        codes.setdefault((tuple(pattern.pre), tuple(pattern.post)), set()).add(pattern.code)
    return {
        pattern.line
        for pattern in block.patterns
        if len(codes[(tuple(pattern.pre), tuple(pattern.post))]) > 1
    }


def pattern_codes(raw: str) -> tuple[str, bool, bool] | None:
    """A pattern code: (code, swap slots, reciprocal), or None for the null code. A host's 043
    becomes the visitor's 042 with the slots swapped: the visitor is the source."""
    first, _, second = raw.partition(":")
    if first and first != "---":
        found = first, False, bool(second) and second == first
    elif second and second != "---":
        found = second, True, False
    else:
        return None
    if found[0] == "043":
        return "042", not found[1], found[2]
    return found
