"""Lists in headlines, where a comma stands for "and": "Modi, Biden agree ...", "Xi to visit
Serbia, Hungary on first Europe trip". A feed's title joined to its summary ends in a stop, so a
short text with no stop before its end reads as one.

Consumes a sentence's lower-cased tokens and the mentions of a candidate list; produces whether
they are a headline's pair of subjects or list of objects. ``coordination`` calls both.
"""

from transforms.tagging.mentions import Mention
from transforms.tagging.text import words


def headline_pair(lowers: list[str], left: Mention, gap: list[str], right: Mention) -> bool:
    """Whether ``left`` opens a headline with a comma for "and" ("Modi, Biden agree ..."): it
    starts the text, a bare comma follows it, and the text has no stop but perhaps a final one
    (a feed's title joined to its summary: "Russia, US sign arms pact."), in a short sentence
    where no apposition follows the second name ("Moscow, Russia's capital")."""
    inner = lowers[left.end : -1] if lowers[-1:] == ["."] else lowers[left.end :]
    return (
        left.start == 0
        and gap == [","]
        and left.is_actor
        and (lowers[-1:] != ["."] or len(lowers) <= HEADLINE_WORDS)
        and lowers[right.end : right.end + 1] not in ([","], ["'s"])
        and not any(word in (".", "!", "?") for word in inner)  # ("S. Korea, US")
    )


HEADLINE_WORDS = 14  # the longest sentence read as a headline despite a final stop


HEADLINE_LIST_ENDS = words("on in for to at over after amid as , . : -")


def headline_list(lowers: list[str], group: list[Mention]) -> bool:
    """Whether states joined by commas alone are a headline's list: a short text with no stop
    before its end, bare names, a preposition or the end after the last."""
    after = lowers[group[-1].end : group[-1].end + 1]
    return (
        len(group) > 1
        and len(lowers) <= HEADLINE_WORDS + 4
        and not any(word in (".", "!", "?") for word in lowers[:-1])
        and all(m.end - m.start <= 2 and m.actor is not None and not m.actor.agents for m in group)
        and (not after or after[0] in HEADLINE_LIST_ENDS)
    )
