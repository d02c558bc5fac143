"""Skipped sentences: an article's sentences with no trigger, held back until a later sentence
needs what they said (``Backlog``), and the dictionary-only looks into those of earlier
paragraphs: the last international organisation they named, for "an emergency meeting of the
body" two paragraphs on, and the countries they named, for "the kingdom" when only a skipped
sentence named Saudi Arabia.

Consumes the article's sentences with no trigger, in order, with ``PARAGRAPH_BREAK`` between
paragraphs, the lexicon, a tokenizer and the article's ``ActorMemory``; produces the current
paragraph's skipped sentences and the paragraph's before (``Backlog.take``), whether a sentence
names someone in full by a given last word (``introduces``), and updates to the memory: its last
organisation (``last_organisation``, wanted after ``ORGANISATION_ANAPHOR_RE``) and the countries
named before those it holds (``earlier_states``, after ``STATE_EPITHET_RE``). ``recall`` reads
skipped sentences whole, with the mention finder.
"""

import dataclasses
import re
from collections.abc import Callable

from transforms.tagging.entries import COUNTRY, DEMONYM, ORG
from transforms.tagging.lexicon import Lexicon, plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor
from transforms.tagging.text import Sentence, Token

ORGANISATION_ANAPHOR_RE = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}(?:bloc|alliance|body|organi[sz]ation|grouping)\b"
)
STATE_KINDS = frozenset({COUNTRY, DEMONYM})
# Epithets that stand for the last-named state of a kind (``epithets.ANAPHORIC``)
STATE_EPITHET_RE = re.compile(r"\bthe (?:\w+ )?(?:kingdom|emirate|[Gg]ulf|North|communist)\b")


PARAGRAPH_BREAK = Sentence(-1, "", -1, -1)


@dataclasses.dataclass
class Backlog:
    """Sentences with no trigger, not yet read into the article's actor memory."""

    sentences: list[Sentence]
    # skipped sentences of earlier paragraphs: only an organisation anaphor looks back at them
    earlier: list[Sentence] = dataclasses.field(default_factory=list)
    previous: list[Sentence] = dataclasses.field(default_factory=list)
    # the sentence ending the paragraph before, whose quotation's speaker goes on speaking in a
    # paragraph that opens a quotation without naming one ('"...," Suga said. / "Japan cannot
    # tolerate this. We have protested to North Korea."')
    quoted: Sentence | None = None

    def take(self) -> list[Sentence]:
        """Those of the current paragraph, and forget the rest: pronouns never reach across a
        paragraph, and names said in earlier paragraphs are known from the sentences with a
        trigger (reading every skipped sentence cost more than the tagging itself: 5.4 against
        3.3 ms an article, for no event gained on the development sets)."""
        skipped, self.sentences = self.sentences, []
        breaks = [index for index, item in enumerate(skipped) if item is PARAGRAPH_BREAK]
        if not breaks:
            return skipped
        self.earlier.extend(skipped[: breaks[-1]])
        before = skipped[breaks[-2] + 1 : breaks[-1]] if len(breaks) > 1 else skipped[: breaks[-1]]
        self.previous = before  # the paragraph before, as far as it was skipped
        return skipped[breaks[-1] :]


def introduces(text: str, names: set[str]) -> bool:
    """Whether ``text`` has one of ``names`` as the last word of a full name ("Saeb Erekat")."""
    for name in names:
        at = text.find(" " + name)
        while at > 0:
            before = text[:at].rsplit(" ", 1)[-1]
            if before[:1].isupper() and before[-1:].isalpha():
                return True
            at = text.find(" " + name, at + 1)
    return False


def last_organisation(
    lexicon: Lexicon,
    tokenizer: Callable[[str], list[Token]],
    earlier: list[Sentence],
    memory: ActorMemory,
) -> None:
    """The last international organisation named in skipped sentences of earlier paragraphs,
    if it was named after the one the memory holds: "The Arab League called it ...", two
    paragraphs before "an emergency meeting of the body"."""
    for sentence in reversed(earlier):
        if sentence is PARAGRAPH_BREAK:
            continue
        if sentence.index <= memory.organisation_sentence:
            return
        tokens = tokenizer(sentence.text)
        words, lowers = plain_words(tokens)
        for index in range(len(words) - 1, -1, -1):
            length, senses = lexicon.match(words, lowers, index)
            organisation = next((s for s in senses if s.kind == ORG and s.code), None)
            if length and organisation is not None:
                memory.organisation = Actor(organisation.code or "", "IGO", organisation.name or "")
                memory.organisation_sentence = sentence.index
                return


def earlier_states(
    lexicon: Lexicon,
    tokenizer: Callable[[str], list[Token]],
    earlier: list[Sentence],
    memory: ActorMemory,
) -> None:
    """The countries named in skipped sentences of earlier paragraphs, put before those the
    memory holds (for "the kingdom" when only a skipped sentence named Saudi Arabia)."""
    found: list[str] = []
    for sentence in earlier:
        if sentence is PARAGRAPH_BREAK or sentence.index in memory.scanned:
            continue
        memory.scanned.add(sentence.index)
        words, lowers = plain_words(tokenizer(sentence.text))
        index = 0
        while index < len(words):
            length, senses = lexicon.match(words, lowers, index)
            code = next((s.code for s in senses if s.kind in STATE_KINDS and s.code), None)
            if length and code:
                found.append(code)
            index += length or 1
    memory.named[:0] = found
