"""Slots from the dependency parse: the subjects and objects the parser gives a trigger, as
mentions.

Consumes a sentence's words, its mentions and a trigger span; produces the actor mentions at the
heads of the trigger's logical subjects (the "by" agent of a passive). The parser runs at most
once per sentence, and only for a sentence where the shallow rules found an object but no
subject, so most sentences are never parsed; the model loads once per process, on first use.
"""

import functools

from transforms.tagging.mentions import Mention


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

    def subjects(self, mentions: list[Mention], start: int, end: int) -> tuple[list[Mention], bool]:
        """The logical subjects of the trigger at ``[start, end)`` as mentions, and whether its
        clause is passive (the subject is then the "by" agent)."""
        from transforms.tagging.parsing.slots import slots

        if self._parse is None:
            self._parse = _parser().parse([self.words])[0]
        found = slots(self._parse, start, end)
        return _at_heads(mentions, found.subjects), found.agent_is_passive


def _at_heads(mentions: list[Mention], heads: tuple[int, ...]) -> list[Mention]:
    """The actor mentions holding those heads."""
    return [
        mention
        for mention in mentions
        if mention.is_actor and any(mention.start <= head < mention.end for head in heads)
    ]
