"""Compile PETRARCH2's CAMEO verb dictionary (``CAMEO.2.0.txt``, MIT) into tagger patterns.

Consumes the dictionary (synonym sets ``&NAME``, verb blocks ``--- NAME [code] ---`` with their
verbs, irregular forms ``{...}`` and own codes, and phrase patterns ``- pre * post [code]``) and a
reference news text for word rarity; produces ``transforms/tagging/data/cameo_patterns.jsonl`` in
the format of ``patterns.jsonl`` plus an ``anchor`` field (docs/tagger.md, "Compiled CAMEO verb
patterns"). Run: ``python -m transforms.tagging.dictionaries.verbs --shared /work/shared``. Same
input, same output, byte for byte.

Mapping onto the slot model: the verb's subject is the source and the actor after the pattern
(after its last preposition: "rushed aid to X") the target; ``$`` and ``+`` in PETRARCH's pattern
move the source or the target (``- * PROTESTS (FROM $)``: the actor after "from" is the source,
the subject the target; ``+`` in the middle of a pattern is an actor inside the trigger span). A
pattern that ends in a noun ("- * AID") may be followed by a preposition and its target ("sent aid
to X"), or have the target as the direct object ("gave X aid"): the second
(``:direct-object``, target ``inside``, lower confidence) only for blocks whose verbs take two
objects (``DOUBLE_OBJECT_BLOCKS``: give, send, grant, offer, ask, ...) or patterns naming people
("ordered X diplomats to leave"), because in "condemned the US sanctions" the actor inside is the
noun's owner, not the verb's target. A paired code ``[042:043]`` keeps
its first code (the second is the reverse event, which the slot model expresses by direction);
``[:110]`` is the reverse event only and swaps the slots; ``[057:057]`` is symmetric and compiles
as reciprocal; a host's 043 becomes the visitor's 042 with the slots swapped. A block's phrase
patterns apply to all its verbs (finite and base forms: gerunds are left out, their subject is
unknown without a parse), except verb + preposition ("- * (TO) # HEAD"), which is idiomatic and
goes to the verb the coder's comment names. Of patterns with the same span the one with more
words comes first ("exported weapons to" 072 before "exported ... to" 061).

Counts for CAMEO.2.0.txt (2015-04-30; 397 blocks, 4,665 pattern lines with a code; a few more
lines of the file start with "-" without one). Phrase pattern lines kept: 2,982; dropped:
- 1,386 whose code is outside the tagger's PLOVER types (taxonomy.IN_SCOPE) or not a CAMEO code
  in taxonomy.tsv: 01x public statements, 14x protest, 15x force posture, 17x coercion, 18x-20x
  violence, PETRARCH's 1213; 166 with the null code ``---``;
- 119 with a noun before the verb (``- &MILITARY * EXERCISES``): the noun constrains the
  subject's phrase, which a token regex cannot check; 7 with markers the slots cannot express
  (``%``, ``$`` and ``+`` both after the verb, ``$`` inside, ``+`` before the verb alone); 2 using
  an undefined synonym set; 3 verb + preposition lines whose comment names no verb of the block;
  2 contested lines (the block repeats their words with another code) whose comment names no verb
  of the block: a contested line goes only to the verb its comment names ("- * SANCTIONS [040] #
  DEBATE" and "[052] # OPPOSE" in VERBAL_CONFLICT).
Bare verbs (a verb alone, with its block's or its own code): 83 kept, with confidence 0.6, a
REQUEST one only when its object is followed by "to|for"; dropped: 92 out of scope, 843
synonyms without a code of their own that are not the block's head verb (WordNet synonyms,
"cluster" for ASSEMBLE, are noise alone), 35 light, reporting or common verbs (``LIGHT_VERBS``:
say, make, take, give, ...; or forms seen ``COMMON_VERB_COUNT`` times in the reference text), 76
with the generic code of a cooperative root (``GENERIC_CODES``: "hope" 020, "consider" 040,
"allow" 080). Compiled entries: 3,361 (a noun-final line of a double-object block gives two);
174 duplicates of an earlier entry and 8 without an anchor word were dropped.
``compile_dictionary`` returns these counts; ``main`` prints them.

Anchors: each pattern's anchor (the words the tagger's prefilter looks for) is its rarest
required item: fewest occurrences of its words in the reference text
(tests/resources/real-feeds/guardian.rss, a news feed that is neither a gold set nor the
benchmark corpus), then fewest words, so "{ask} for help" is anchored on "help", not on "ask".
"""

import argparse
import collections
import dataclasses
import html
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from transforms.tagging.pattern_files import COMMON_WORDS
from transforms.tagging.taxonomy import load_taxonomy
from transforms.tagging.text import words as word_set

DICTIONARY = Path("corpora") / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
REPO = Path(__file__).resolve().parents[3]
OUTPUT = REPO / "transforms" / "tagging" / "data" / "cameo_patterns.jsonl"
REFERENCE_TEXT = REPO / "tests" / "resources" / "real-feeds" / "guardian.rss"
HEADER = (
    "# Compiled from PETRARCH2's CAMEO verb dictionary CAMEO.2.0.txt (Open Event Data Alliance,\n"
    "# MIT licence: see PETRARCH2-LICENSE.txt) by transforms/tagging/dictionaries/verbs.py.\n"
    "# Do not edit: change the compiler or the hand-written patterns.jsonl and re-run it.\n"
)
WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]\s*$")
# Light and reporting verbs: alone they say nothing about an event between two actors.
LIGHT_VERBS = word_set(
    "be have do say tell make take give get go come put set see know think want keep let show "
    "turn run move bring leave hold call ask find use work play look seem appear begin start end "
    "stop open close help follow lead pay send add report state mention describe express place "
    "become remain stand meet"
)
# A bare verb whose forms occur this often in the 8,420-word reference text (about 1 in 2,800
# words: "made", "met") is too common to be a trigger on its own.
COMMON_VERB_COUNT = 3
# Prepositions that may follow a noun-final pattern before its target ("sent aid to X").
TRAILING_PREPOSITIONS = "to|with|against|from|for|on|over|toward|towards|into|upon"
PARTICLES = word_set(
    "to of in on at by for with from into upon over against toward towards about off out up down "
    "as away back forward through under after before between among behind around across"
)
# Closed-class words are never anchors, whatever their count in the small reference text.
NEVER_ANCHORS = (
    COMMON_WORDS
    | PARTICLES
    | word_set(
        "if about out up down off back before after according not no so but than that this "
        "these those there here then now also still just very more most much many any some "
        "all each every other such only even again further way it they we he she you i"
    )
)
# A verb alone with the "not specified" code of a cooperative root (appeal, intent, consult,
# diplomatic or material cooperation, aid, yield, investigate: "hope", "consider", "allow") says
# nothing reliable; the conflictual ones ("demand", "regret", "defy", "disrupt") do.
GENERIC_CODES = frozenset({"020", "030", "040", "050", "060", "070", "080", "090"})
CONFIDENCE_PHRASE = 0.75
CONFIDENCE_DIRECT_OBJECT = 0.7
PEOPLE_NOUNS = word_set(
    "diplomat diplomats envoy envoys ambassador ambassadors troops soldiers nationals citizens "
    "officials prisoners detainees hostages journalists delegation delegations"
)
# Verb blocks whose verbs take a person and a thing ("gave Ukraine aid", "offered Iran talks"):
# only these get ``:direct-object`` patterns.
DOUBLE_OBJECT_BLOCKS = frozenset(
    word.upper()
    for word in word_set(
        "grant offer send extend bring pledge promise sell allocate despatch finance aid lend "
        "supply deliver provide give donate owe pay issue ask"
    )
)
CONFIDENCE_BARE = 0.6
OBJECT_GAP = 3  # words between the verb and the pattern's first noun or preposition
ACTOR_GAP = 5  # words an actor marked ``+`` inside a pattern may take
# CAMEO root -> PLOVER type (docs/event-coding.md); 02x appeals join the 10x demands in REQUEST.
ROOT_TYPES = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "16": "SANCTION",
}  # fmt: skip


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


def _phrase(text: str) -> str:
    """A dictionary phrase as tagger words: lower case, ``_`` and ``+`` gone."""
    return " ".join(text.replace("+", "").replace("_", " ").lower().split())


def _synonyms(label: str, entry: str) -> list[str]:
    """A synset entry and its plural, unless the label or the entry ends with ``_``."""
    no_plural = label.endswith("_") or entry.endswith("_")
    phrase = _phrase(entry.rstrip("_"))
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
    head = _phrase(marked_head or words[0].split("_")[0])
    if rest:
        listed = rest.split("}")[0].replace(",", " ").split()  # "{+WAS_DETERMINED , ...}"
        forms = [_phrase(words[0]), *(_phrase(form) for form in listed)]
    else:
        stem = words[0]
        marked = next((piece for piece in stem.split("_") if piece.startswith("+")), None)
        if marked is None or "_" not in stem:
            forms = regular_forms(_phrase(stem))
        else:
            before, _, after = stem.partition(marked)
            forms = [_phrase(before + form + after) for form in regular_forms(_phrase(marked))]
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
                        _phrase(comment[0]) if comment else "",
                    )
                )
        elif blocks and (verb := _verb(line, number)) is not None:
            blocks[-1].verbs.append(verb)
    return synsets, blocks


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, or None when it is outside the tagger's scope."""
    if not code.isdigit() or len(code) not in (3, 4):
        return None
    if code[:2] == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return ROOT_TYPES.get(code[:2])


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


class _Undefined(Exception):
    """A pattern uses a synonym set that the dictionary does not define."""


def _word_item(word: str, synsets: dict[str, list[str]], *, noun: bool) -> str:
    """One pattern item: a synset's phrases, or a word (with its plural if it is a noun)."""
    if word.startswith("&"):
        if word not in synsets or not synsets[word]:
            raise _Undefined(word)
        return "|".join(dict.fromkeys(phrase.replace(" ", "_") for phrase in synsets[word]))
    lower = _phrase(word)
    if not noun or lower in PARTICLES or lower.endswith("s") or not lower.isalpha():
        return lower.replace(" ", "_")
    return f"{lower}|{plural(lower)}"


@dataclasses.dataclass(frozen=True)
class _Shape:
    """A compiled post-verb part: items after the verb, slots, and whether it ends in a noun."""

    items: tuple[str, ...]
    source: str
    target: str
    noun_final: bool


def _shape(pattern: RawPattern, synsets: dict[str, list[str]], swap: bool) -> _Shape | str:
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
    return _Shape(tuple(items), source, target, noun_final)


def _alternatives(verbs: Iterable[Verb]) -> str:
    """The finite and base forms of some verbs as one pattern item. Gerunds are left out: without
    a parse the subject of "ruled out sending troops" or "urged X to stop blocking" is unknown."""
    forms = (form for verb in verbs for form in verb.forms if not form.split()[0].endswith("ing"))
    return "|".join(dict.fromkeys(form.replace(" ", "_") for form in forms))


def _named_verbs(block: Block, pattern: RawPattern) -> list[Verb]:
    """The block's verbs that the pattern's comment names ("# HEAD", "# CALLED_OFF")."""
    return [verb for verb in block.verbs if pattern.comment_verb in verb.forms]


def _contested(block: Block) -> set[int]:
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


def _codes(raw: str) -> tuple[str, bool, bool] | None:
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


def _specificity(items: list[str]) -> int:
    """How many words a pattern requires besides its verb."""
    return sum(1 for item in items[1:] if not item.startswith(("*", "[")) and item not in PARTICLES)


def _item_words(item: str) -> list[str]:
    """The first words of a pattern item's alternatives."""
    return [alternative.split("_")[0] for alternative in item.split("|")]


def choose_anchor(items: list[str], counts: collections.Counter) -> str | None:
    """The rarest required item's first words, joined with ``|``."""
    best: tuple | None = None
    for position, item in enumerate(items):
        if item.startswith("*") or item.startswith("["):
            continue
        words = sorted(set(_item_words(item)))
        if any(not WORD_RE.fullmatch(word) or word in NEVER_ANCHORS for word in words):
            continue
        key = (sum(counts[word] for word in words), len(words), -position)
        if best is None or key < best[0]:
            best = (key, words)
    return "|".join(best[1]) if best else None


def reference_counts(text: str) -> collections.Counter:
    """Word counts of a reference news text (markup and entities stripped)."""
    plain = re.sub(r"<[^>]+>", " ", html.unescape(html.unescape(text)))
    return collections.Counter(WORD_RE.findall(plain.lower()))


def compile_dictionary(
    text: str, counts: collections.Counter, known_codes: frozenset[str]
) -> tuple[list[dict], collections.Counter]:
    """The compiled patterns of a dictionary text, and how many entries each rule kept or
    dropped; ``known_codes`` are the codes of taxonomy.tsv (others, such as PETRARCH's 1213,
    which CAMEO does not define, are dropped)."""

    def in_scope(code: str) -> bool:
        return plover_type(code) is not None and code in known_codes

    synsets, blocks = parse_dictionary(text)
    stats: collections.Counter = collections.Counter(blocks=len(blocks))
    compiled: list[dict] = []
    seen: dict[tuple, str] = {}

    def emit(spec: dict, items: list[str]) -> None:
        key = (spec["pattern"], spec["source"], spec["target"])
        if key in seen:
            stats["dropped: duplicate of an earlier pattern"] += 1
            return
        anchor = choose_anchor(items, counts)
        if anchor is None:
            stats["dropped: no anchor word"] += 1
            return
        seen[key] = spec["cameo"]
        compiled.append({**spec, "anchor": anchor})

    for block in blocks:
        stats["pattern lines"] += len(block.patterns)
        by_code: dict[str, list[Verb]] = {}
        for verb in block.verbs:
            code = verb.code if verb.code is not None else block.code
            if code is None or code == "---":
                continue
            if verb.code is None and verb.head != _phrase(block.name):
                stats["dropped: bare synonym without a code of its own"] += 1
                continue
            common = sum(counts[form] for form in regular_forms(verb.head)) >= COMMON_VERB_COUNT
            if verb.head in LIGHT_VERBS or common:
                stats["dropped: bare light or common verb"] += 1
                continue
            by_code.setdefault(code, []).append(verb)
        for code_text, verbs in by_code.items():
            codes = _codes(code_text)
            if codes is None or not in_scope(codes[0]):
                stats["dropped: bare verb, code out of scope"] += len(verbs)
                continue
            if codes[0] in GENERIC_CODES:
                stats["dropped: bare verb with a generic cooperation code"] += len(verbs)
                continue
            code, swap, reciprocal = codes
            item = _alternatives(verbs)
            spec = {
                "id": f"cameo:{block.name}:{verbs[0].line}",
                "pattern": item,
                "cameo": code,
                "source": "object" if swap else "subject",
                "target": "subject" if swap else "object",
                "confidence": CONFIDENCE_BARE,
            }
            if reciprocal:
                spec["reciprocal"] = True
            if plover_type(code) == "REQUEST":
                spec["then"] = "to|for"  # an appeal names what it asks for: "urged X to"
            stats["kept: bare verbs"] += len(verbs)
            emit(spec, [item])
        if not block.verbs:
            continue
        verb_item = _alternatives(block.verbs)
        contested = _contested(block)
        phrases: list[tuple[dict, list[str]]] = []
        for pattern in block.patterns:
            codes = _codes(pattern.code)
            if codes is None:
                stats["dropped: null code ---"] += 1
                continue
            code, swap, reciprocal = codes
            if not in_scope(code):
                stats["dropped: code out of scope or not in taxonomy.tsv"] += 1
                continue
            try:
                shape = _shape(pattern, synsets, swap)
            except _Undefined:
                stats["dropped: undefined synonym set"] += 1
                continue
            if isinstance(shape, str):
                stats[f"dropped: {shape}"] += 1
                continue
            verbs_item = verb_item
            if pattern.line in contested:
                # "- * SANCTIONS [040] # DEBATE" and "[052] # OPPOSE": the same words with two
                # codes in one block; each belongs to the verb its comment names
                named = _named_verbs(block, pattern)
                if not named:
                    stats["dropped: contested phrase without a named verb"] += 1
                    continue
                verbs_item = _alternatives(named)
            elif all(item in PARTICLES or item.startswith("*") for item in shape.items):
                # verb + preposition is idiomatic ("head to" is a visit, "rule to" nothing): only
                # the verb the coder named in the comment gets it
                named = _named_verbs(block, pattern)
                if not named:
                    stats["dropped: verb + preposition without a named verb"] += 1
                    continue
                verbs_item = _alternatives(named)
            items = [verbs_item, *shape.items]
            base = {
                "id": f"cameo:{block.name}:{pattern.line}",
                "cameo": code,
                "source": shape.source,
                "target": shape.target,
            }
            if reciprocal:
                base["reciprocal"] = True
            stats["kept: phrase patterns"] += 1
            if shape.noun_final:
                trailing = [*items, f"[*2 {TRAILING_PREPOSITIONS}]"]
                phrases.append(
                    (
                        {**base, "pattern": " ".join(trailing), "confidence": CONFIDENCE_PHRASE},
                        items,
                    )
                )
                if shape.source == "subject" and (
                    block.name in DOUBLE_OBJECT_BLOCKS
                    or PEOPLE_NOUNS & set(re.split(r"[|_ ]", " ".join(shape.items)))
                ):
                    # "gave X aid": the target is the first object; only verbs that take two
                    # objects, or a noun for people whose modifier is their state ("ordered
                    # Russian diplomats"): in "denounced the US sanctions" it is their owner
                    direct = {**base, "id": base["id"] + ":direct-object", "target": "inside"}
                    direct["pattern"] = " ".join(items)
                    phrases.append(({**direct, "confidence": CONFIDENCE_DIRECT_OBJECT}, items))
            else:
                phrases.append(
                    ({**base, "pattern": " ".join(items), "confidence": CONFIDENCE_PHRASE}, items)
                )
        # Of patterns matching the same span the first wins: the one with more words first
        # ("exported weapons to" is military aid before "exported ... to" is trade).
        for spec, items in sorted(phrases, key=lambda phrase: -_specificity(phrase[1])):
            emit(spec, items)
    stats["compiled patterns"] = len(compiled)
    return compiled, stats


def write_patterns(patterns: list[dict], path: Path) -> None:
    """The compiled patterns as JSON Lines under the licence header."""
    lines = [json.dumps(pattern, ensure_ascii=False) for pattern in patterns]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Compile the dictionary under ``--shared`` into ``data/cameo_patterns.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="folder holding corpora/")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="compiled JSON Lines file")
    args = parser.parse_args(argv)
    text = (args.shared / DICTIONARY).read_text(encoding="utf-8", errors="replace")
    counts = reference_counts(REFERENCE_TEXT.read_text(encoding="utf-8"))
    known = frozenset(row.cameo for row in load_taxonomy().values())
    patterns, stats = compile_dictionary(text, counts, known)
    write_patterns(patterns, args.output)
    for name, count in sorted(stats.items()):
        print(f"{count:6d}  {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
