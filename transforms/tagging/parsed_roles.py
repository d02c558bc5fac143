"""Slots from the dependency parse: the subjects and objects the parser gives a trigger, as
mentions.

Consumes a sentence's words, its mentions and a trigger span; produces the actor mentions at the
heads of the trigger's logical subjects (the "by" agent of a passive) and direct objects. The
parser runs at most once per sentence, and only for a sentence where the shallow rules left a
slot empty, so most sentences are never parsed; the model loads once per process, on first use.
"""

import functools

from transforms.tagging.actors import Mention


@functools.cache
def _parser():  # noqa: ANN202 - spaCy's types stay out of the tagger's signatures
    """The shipped parser, loaded on first use (importing spaCy costs ~0.6 s)."""
    from transforms.tagging.parsing.syntax import Parser

    return Parser()


class SentenceParse:
    """The parse of one sentence, made on first request."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self._parse = None

    def roles(
        self, mentions: list[Mention], start: int, end: int, *, places: bool = False
    ) -> tuple[list[Mention], list[Mention], bool]:
        """(subjects, objects, passive) of the trigger at ``[start, end)`` as mentions."""
        from transforms.tagging.parsing.slots import slots

        if self._parse is None:
            self._parse = _parser().parse([self.words])[0]
        found = slots(self._parse, start, end)
        subjects = _at_heads(mentions, found.subjects, places=False)
        # Only direct objects: a prepositional phrase on the object is no party to the trigger
        # ("condemned the sale of weapons to Taiwan").
        objects = [
            mention
            for mention in _at_heads(mentions, found.objects, places=places)
            if mention.start >= end
        ]
        return subjects, objects, found.agent_is_passive


def _at_heads(mentions: list[Mention], heads: tuple[int, ...], *, places: bool) -> list[Mention]:
    """The actor mentions (or places, where a place can fill the slot) holding those heads."""
    found = []
    for mention in mentions:
        usable = mention.is_actor or (places and mention.place_country)
        if usable and any(mention.start <= head < mention.end for head in heads):
            found.append(mention)
    return found
