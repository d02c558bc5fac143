"""Subjects and objects of an event trigger, read off a dependency parse.

Consumes a ``Parse`` and a trigger's token span; produces ``Slots``: the head tokens of the
trigger's subjects and objects (with their conjuncts), the nouns of its prepositional
arguments, and whether the clause is passive. Constructions followed: passives (with or without
``obl:agent``), relative clauses, coordinated verbs, control (``xcomp``, ``advcl``), possessors of
nominal triggers and nouns that are a light verb's object; a ``ccomp``'s subject stays its own.
"""

import dataclasses

from transforms.tagging.parsing.syntax import Parse
from transforms.tagging.text import words

BE_FORMS = words("be is are was were been being am 's 're")
HAVE_FORMS = words("have has had having 've 'd")
RELATIVE_PRONOUNS = words("which who whom that")
# Prepositions whose noun is the trigger's other party when it has no direct object.
OBJECT_PREPOSITIONS = words("to with on against for from into")
PREPOSITIONAL_DEPS = frozenset({"obl", "nmod", "obl:arg"})
# "on Friday", "for two weeks": times are no party to an event.
TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow weekend "
    "morning afternoon evening night day days week weeks month months year years hour hours "
    "january february march april may june july august september october november december"
)
PASSIVE_MARKS = frozenset({"nsubj:pass", "aux:pass", "csubj:pass", "obl:agent"})
FUNCTION_TAGS = frozenset({"IN", "TO", "DT", "CC", "RP", "POS", "MD", ",", ".", ":", "HYPH"})
CONTROLLED = frozenset({"xcomp", "advcl"})
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod:desc"})
# Dependents that make a noun-tagged head a clause's predicate ("is in talks", "Israel respect").
PREDICATE_DEPS = frozenset({"cop", "aux", "aux:pass", "nsubj", "nsubj:pass"})


@dataclasses.dataclass(frozen=True)
class Slots:
    """Head token indices of a trigger's arguments and their conjuncts, in sentence order."""

    head: int
    subjects: tuple[int, ...]
    objects: tuple[int, ...]
    # Nouns of to/with/on/against/for/from/into phrases on the trigger, or on a noun of the
    # trigger span or on its object ("a phone call from X", "send aid to Gaza").
    obliques: tuple[int, ...]
    # The clause is passive: subjects came from the "by" agent, objects from the passive subject.
    agent_is_passive: bool


def trigger_head(parse: Parse, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the highest one if several)."""
    outside = [
        i for i in range(start, end) if parse.heads[i] == i or not start <= parse.heads[i] < end
    ]
    return min(outside or [start], key=lambda i: (parse.depth(i), parse.tags[i] in FUNCTION_TAGS))


def case_word(parse: Parse, index: int) -> str:
    """The lower-cased preposition (``case``) of a noun, or "" if it has none."""
    # Also a case hung on the noun's first part: "with Wang Yi" read as "[with Wang] Yi".
    parts = [index, *(c for c in parse.children(index) if parse.deps[c] in NAME_PART_DEPS)]
    cases = [c for part in parts for c in parse.children(part) if parse.deps[c] == "case"]
    return parse.words[min(cases)].lower() if cases else ""


def is_verbal(parse: Parse, index: int) -> bool:
    """Whether a token is tagged as a verb."""
    return parse.tags[index].startswith(("VB", "MD"))


def is_nominal(parse: Parse, index: int) -> bool:
    """Whether a token is tagged as a noun, pronoun or number."""
    return parse.tags[index].startswith(("NN", "PRP", "CD", "WP"))


def is_passive(parse: Parse, head: int) -> bool:
    """UD's passive marks, or ``be`` + participle + ``by`` phrase (participles mis-tagged too)."""
    children = parse.children(head)
    if any(parse.deps[c] in PASSIVE_MARKS for c in children):
        return True
    has_be = any(
        parse.words[c].lower() in BE_FORMS and parse.deps[c] in ("aux", "cop") for c in children
    )
    has_by = any(
        case_word(parse, c) == "by" for c in children if parse.deps[c] in PREPOSITIONAL_DEPS
    )
    # "was vetoed by": a participle rare in web text gets tagged NN and "was" made its copula.
    participle = parse.tags[head] in ("VBN", "VBD") or parse.words[head].lower().endswith("ed")
    # "sanctions imposed by the EU": a participle with a "by" phrase and no "have" is passive.
    has_have = any(parse.words[c].lower() in HAVE_FORMS for c in children)
    reduced = parse.tags[head] == "VBN" and not has_have
    return has_by and participle and (has_be or reduced)


def _direct(parse: Parse, head: int) -> tuple[list[int], list[int], bool]:
    """Subjects, objects and passiveness from the head's own dependents."""
    children = parse.children(head)
    if parse.deps[head] == "amod" and parse.tags[head] in ("VBD", "VBN"):
        # "The US imposed sanctions" misread as "the US [is] imposed sanctions": the verb became
        # a participle modifying its object, which took the subject.
        governor = parse.heads[head]
        misread = [c for c in parse.children(governor) if parse.deps[c] == "nsubj"]
        if misread:
            return _prune(parse, head, misread), [governor], False
    if is_nominal(parse, head) and not any(parse.deps[c] in PREDICATE_DEPS for c in children):
        subjects = [
            c
            for c in children
            if parse.deps[c] == "nmod:poss"
            or (parse.deps[c] == "nmod" and case_word(parse, c) == "by")
        ]
        return subjects, [c for c in children if parse.deps[c] in ("obj", "iobj")], False
    passive = is_passive(parse, head)
    objects = [c for c in children if parse.deps[c] in ("obj", "iobj")]
    if passive:
        subjects = [
            c
            for c in children
            if parse.deps[c] == "obl:agent"
            or (parse.deps[c] in PREPOSITIONAL_DEPS and case_word(parse, c) == "by")
        ]
        objects += [c for c in children if parse.deps[c] in ("nsubj:pass", "nsubj")]
    else:
        subjects = [c for c in children if parse.deps[c] == "nsubj"]
    objects += _relative_gap(parse, head, objects)
    return _prune(parse, head, subjects), _prune(parse, head, objects), passive


# Clauses that may hang a relative clause off a noun: UD's own, and the parser's usual mistakes.
RELATIVE_ATTACHMENTS = frozenset({"acl:relcl", "acl", "appos", "parataxis"})


def _modified_noun(parse: Parse, head: int) -> int | None:
    """The noun a relative clause headed at or above ``head`` modifies, if there is one."""
    for clause in [head, *parse.ancestors(head)]:
        if parse.deps[clause] in RELATIVE_ATTACHMENTS and is_nominal(parse, parse.heads[clause]):
            return parse.heads[clause]
        if parse.deps[clause] not in ("conj", "xcomp"):
            return None
    return None


def _is_relative_pronoun(parse: Parse, index: int) -> bool:
    """Whether a token is a relative pronoun ("which", "who"; "that" when tagged WDT)."""
    word = parse.words[index].lower()
    return word in RELATIVE_PRONOUNS and (word != "that" or parse.tags[index] == "WDT")


def _relative_gap(parse: Parse, head: int, objects: list[int]) -> list[int]:
    """ "The deal that Iran signed": a relative clause with no object has the noun as object."""
    if objects or parse.deps[head] != "acl:relcl" or not is_verbal(parse, head):
        return []
    children = parse.children(head)
    subject = any(parse.deps[c] in ("nsubj", "nsubj:pass") for c in children)
    relative = any(parse.words[c].lower() in RELATIVE_PRONOUNS for c in children)
    return [parse.heads[head]] if subject and relative else []


def _prune(parse: Parse, head: int, arguments: list[int]) -> list[int]:
    """Relative pronouns become the noun they stand for; stray possessors ("Qatar's") go."""
    modified = _modified_noun(parse, head)
    resolved = []
    for argument in arguments:
        if _is_relative_pronoun(parse, argument):
            argument = modified if modified is not None else argument
        possessor = any(parse.tags[c] == "POS" for c in parse.children(argument))
        if argument not in resolved and not (possessor and len(arguments) > 1):
            resolved.append(argument)
    if len(resolved) > 1:  # an unresolved "who" beside the real subject
        resolved = [a for a in resolved if not _is_relative_pronoun(parse, a)] or resolved
    return resolved


def written_subjects(parse: Parse, head: int, seen: frozenset[int] = frozenset()) -> list[int]:
    """Subjects as written (``nsubj`` or ``nsubj:pass``; a noun's possessor), else inherited."""
    if head in seen:
        return []
    children = parse.children(head)
    if is_nominal(parse, head) and not any(parse.deps[c] in PREDICATE_DEPS for c in children):
        written, _, _ = _direct(parse, head)
    else:
        written = [c for c in children if parse.deps[c] in ("nsubj", "nsubj:pass")]
    return _prune(parse, head, written) if written else inherited_subjects(parse, head, seen)


def inherited_subjects(parse: Parse, head: int, seen: frozenset[int] = frozenset()) -> list[int]:
    """The subject a clause or noun without one shares with what it depends on."""
    seen = seen | {head}
    dep, governor = parse.deps[head], parse.heads[head]
    if governor == head:
        return []
    if dep == "acl:relcl" and is_nominal(parse, governor):
        return [governor]
    if dep == "acl" and parse.tags[head] in ("VBD", "VBZ", "VBP"):
        return [governor]  # "Egypt's minister condemned", the finite verb hung on "minister"
    if dep == "acl" and _is_name(parse, governor):
        return [governor]  # "asked Germany to leave", with "to leave" hung on "Germany"
    if dep == "acl" and parse.deps[governor] == "obj":
        return written_subjects(parse, parse.heads[governor], seen)  # "closed its border to stop"
    if dep in ("conj", "acl"):
        return written_subjects(parse, governor, seen)
    if dep in CONTROLLED:
        _, controllers, _ = _direct(parse, governor)
        if dep == "xcomp" and controllers:
            return controllers  # "X asked Y to leave", "X was asked to leave": X leaves
        return written_subjects(parse, governor, seen)
    if dep == "obj" and is_nominal(parse, head):
        return written_subjects(parse, governor, seen)  # "X held talks with Y"
    if dep == "parataxis" and parse.deps[governor] == "ROOT" and is_nominal(parse, governor):
        return [governor]  # "Greece, which is in talks, will send": "Greece" left as the root
    return []


def _is_name(parse: Parse, index: int) -> bool:
    """A proper noun or personal pronoun (also a capitalised word tagged otherwise)."""
    bare = not any(parse.deps[c] in ("det", "nmod:poss") for c in parse.children(index))
    return parse.tags[index] in ("NNP", "NNPS", "PRP") or (bare and parse.words[index].istitle())


def passive_objects(parse: Parse, head: int) -> list[int]:
    """The patient a passive shares: "X attacked Y and were arrested", "a text drafted by Y"."""
    dep, governor = parse.deps[head], parse.heads[head]
    if dep == "conj":
        return written_subjects(parse, governor)
    if dep in ("acl", "acl:relcl") and is_nominal(parse, governor):
        return [governor]
    return []


def between(parse: Parse, head: int) -> list[int]:
    """The parties of a noun's "between X and Y" phrase ("talks between Sudan and Chad")."""
    for child in parse.children(head):
        if parse.deps[child] == "nmod" and case_word(parse, child) == "between":
            return conjuncts(parse, child)
    return []


def conjuncts(parse: Parse, index: int) -> list[int]:
    """``index`` and the nominal conjuncts below it ("the US and Britain")."""
    found = [index]
    for child in parse.children(index):
        if parse.deps[child] == "conj" and not is_verbal(parse, child):
            found += conjuncts(parse, child)
    return found


def obliques_of(parse: Parse, head: int, start: int, end: int, objects: list[int]) -> list[int]:
    """Nouns of object-like prepositional phrases on the head, on span nouns and on objects."""
    hosts = [head, *range(start, end), *objects]
    found = []
    for host in dict.fromkeys(hosts):
        # "condemnation of the attack", "the invasion of Ukraine": "of" on an event noun.
        of = host == head and is_nominal(parse, head)
        for child in parse.children(host):
            preposition = case_word(parse, child)
            if (
                parse.deps[child] in PREPOSITIONAL_DEPS
                and (preposition in OBJECT_PREPOSITIONS or (of and preposition == "of"))
                and parse.words[child].lower() not in TIME_WORDS
            ):
                found.append(child)
    return found


def _expand(parse: Parse, arguments: list[int], start: int, end: int) -> tuple[int, ...]:
    """Arguments with their conjuncts, outside the trigger span, once each, in sentence order."""
    expanded = {c for a in arguments for c in conjuncts(parse, a) if not start <= c < end}
    return tuple(sorted(expanded))


def slots(parse: Parse, trigger_start: int, trigger_end: int) -> Slots:
    """The arguments of the trigger spanning tokens [trigger_start, trigger_end)."""
    head = trigger_head(parse, trigger_start, trigger_end)
    subjects, objects, passive = _direct(parse, head)
    if not subjects and not passive:  # a passive without "by" has no subject to inherit
        subjects = inherited_subjects(parse, head)
    inside = [o for o in objects if trigger_start <= o < trigger_end]
    objects = [o for o in objects if o not in inside]
    hosts = objects + inside
    if parse.deps[head] == "obj" and is_nominal(parse, head):
        hosts.append(parse.heads[head])  # "held talks with Y", "with Y" hung on "held"
    obliques = [
        o for o in obliques_of(parse, head, trigger_start, trigger_end, hosts) if o not in subjects
    ]
    if passive and not objects:
        objects = passive_objects(parse, head)
    parties = between(parse, head) if is_nominal(parse, head) and not subjects else []
    if len(parties) > 1:
        subjects, objects = parties[:1], parties[1:]
        return Slots(head, (subjects[0],), tuple(objects), tuple(obliques), passive)
    if not objects:
        objects = obliques
    return Slots(
        head=head,
        subjects=_expand(parse, subjects, trigger_start, trigger_end),
        objects=_expand(parse, objects, trigger_start, trigger_end),
        obliques=_expand(parse, obliques, trigger_start, trigger_end),
        agent_is_passive=passive,
    )
