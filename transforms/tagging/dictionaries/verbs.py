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

The counts each rule keeps and drops on ``CAMEO.2.0.txt`` are in ``docs/tagger.md``
("Compiled CAMEO verb patterns"). ``compile_dictionary`` returns these counts; ``main`` prints them.

Anchors and specificity: ``cameo_anchors``; the file format: ``cameo_file``; a line's shape:
``cameo_shapes``.
"""

import argparse
import collections
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from transforms.tagging.dictionaries.cameo_anchors import (
    choose_anchor,
    reference_counts,
    specificity,
)
from transforms.tagging.dictionaries.cameo_file import (
    Verb,
    contested_lines,
    named_verbs,
    parse_dictionary,
    pattern_codes,
    plain_phrase,
    regular_forms,
)
from transforms.tagging.dictionaries.cameo_shapes import PARTICLES, UndefinedSynset, pattern_shape
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
# A delegation's state after a verb of leading is the leader's own ("Shamkhani led the Iranian
# delegation"), not a target as in "received the Iranian delegation"
LEADING_BLOCKS = frozenset({"OVERSEE_MANAGE"})
DELEGATIONS = word_set("delegation delegations")
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
# CAMEO root -> PLOVER type (docs/event-coding.md); 02x appeals join the 10x demands in REQUEST.
ROOT_TYPES = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "16": "SANCTION",
}  # fmt: skip


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, or None when it is outside the tagger's scope."""
    if not code.isdigit() or len(code) not in (3, 4):
        return None
    if code[:2] == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return ROOT_TYPES.get(code[:2])


def _alternatives(verbs: Iterable[Verb]) -> str:
    """The finite and base forms of some verbs as one pattern item. Gerunds are left out: without
    a parse the subject of "ruled out sending troops" or "urged X to stop blocking" is unknown."""
    forms = (form for verb in verbs for form in verb.forms if not form.split()[0].endswith("ing"))
    return "|".join(dict.fromkeys(form.replace(" ", "_") for form in forms))


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
            if verb.code is None and verb.head != plain_phrase(block.name):
                stats["dropped: bare synonym without a code of its own"] += 1
                continue
            common = sum(counts[form] for form in regular_forms(verb.head)) >= COMMON_VERB_COUNT
            if verb.head in LIGHT_VERBS or common:
                stats["dropped: bare light or common verb"] += 1
                continue
            by_code.setdefault(code, []).append(verb)
        for code_text, verbs in by_code.items():
            codes = pattern_codes(code_text)
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
        contested = contested_lines(block)
        phrases: list[tuple[dict, list[str]]] = []
        for pattern in block.patterns:
            codes = pattern_codes(pattern.code)
            if codes is None:
                stats["dropped: null code ---"] += 1
                continue
            code, swap, reciprocal = codes
            if not in_scope(code):
                stats["dropped: code out of scope or not in taxonomy.tsv"] += 1
                continue
            try:
                shape = pattern_shape(pattern, synsets, swap)
            except UndefinedSynset:
                stats["dropped: undefined synonym set"] += 1
                continue
            if isinstance(shape, str):
                stats[f"dropped: {shape}"] += 1
                continue
            verbs_item = verb_item
            if pattern.line in contested:
                # "- * SANCTIONS [040] # DEBATE" and "[052] # OPPOSE": the same words with two
                # codes in one block; each belongs to the verb its comment names
                named = named_verbs(block, pattern)
                if not named:
                    stats["dropped: contested phrase without a named verb"] += 1
                    continue
                verbs_item = _alternatives(named)
            elif all(item in PARTICLES or item.startswith("*") for item in shape.items):
                # verb + preposition is idiomatic ("head to" is a visit, "rule to" nothing): only
                # the verb the coder named in the comment gets it
                named = named_verbs(block, pattern)
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
                nouns = set(re.split(r"[|_ ]", " ".join(shape.items)))
                if shape.source == "subject" and (
                    block.name in DOUBLE_OBJECT_BLOCKS
                    or PEOPLE_NOUNS & nouns
                    and not (block.name in LEADING_BLOCKS and nouns & DELEGATIONS)
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
        for spec, items in sorted(phrases, key=lambda phrase: -specificity(phrase[1])):
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
