"""Appositions: a noun phrase set off by commas after a subject that says what the subject is
("Russia and China, Maduro's main backers, condemned"; "Greece and Turkey, NATO allies, held
talks"), as opposed to an aside that opens a clause of its own.

Consumes the lower-cased words between an aside's two commas; produces whether they are such an
apposition (``asides`` then skips them between a subject and its verb).
"""

from transforms.tagging.text import words

CLAUSE_VERBS = words("is are was were has have had said says will would")  # a clause, not a noun
APPOSED_RELATIVES = words("who whom whose which that")  # a relative clause inside one


def possessed_apposition(words_between: list[str]) -> bool:
    """Whether an aside is an apposition headed by another's noun ("Russia and China, Maduro's
    main backers, condemned"): a possessive among its first words, plain words after it."""
    if "'s" not in words_between[:4] or len(words_between) > 8:
        return False
    head = words_between[words_between.index("'s") + 1 :]
    return bool(head) and all(w.isalpha() and w not in CLAUSE_VERBS for w in head)


# Plural nouns that head a bare apposition naming what its subjects are ("Greece and Turkey,
# NATO allies, held talks"; "Saudi Arabia and Iran, regional rivals, agreed")
KIND_HEADS = words(
    "allies members neighbours neighbors partners rivals foes adversaries powers states nations "
    "countries"
)


def kind_apposition(words_between: list[str]) -> bool:
    """Whether an aside is a bare plural apposition of at most four words ending in a noun
    of kind: ", NATO allies,", ", fellow EU members,", ", nuclear-armed neighbours,", and a
    relative clause after it (", NATO allies that have long been at odds,")."""
    relative = next((k for k, w in enumerate(words_between) if w in APPOSED_RELATIVES), None)
    words_between = words_between[:relative]
    return (
        0 < len(words_between) <= 4
        and words_between[-1] in KIND_HEADS
        and all(w.replace("-", "").replace(".", "").isalpha() for w in words_between)
        and CLAUSE_VERBS.isdisjoint(words_between)  # (", U.S. allies,": a dotted name too)
    )
