"""Dependency parses of sentences the tagger has already tokenised, from the model shipped here.

Consumes sentences as lists of token strings (``transforms.tagging.text.tokenize``); produces
one ``Parse`` per sentence: heads, UD labels and Penn Treebank tags, token for token. spaCy
neither tokenises nor splits sentences: each list is parsed as exactly one sentence.
"""

import dataclasses
import functools
import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_RESOURCE = "model"
# Sentences per batch in nlp.pipe: larger batches gave no more speed on news sentences.
BATCH_SIZE = 256


@dataclasses.dataclass(frozen=True)
class Parse:
    """One sentence's parse: ``heads[i]`` is token i's head (a root is its own head)."""

    words: tuple[str, ...]
    heads: tuple[int, ...]
    deps: tuple[str, ...]
    tags: tuple[str, ...]

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.words)

    def children(self, index: int) -> list[int]:
        """The tokens whose head is ``index``, in sentence order."""
        return [i for i, head in enumerate(self.heads) if head == index and i != index]

    def subtree(self, index: int) -> list[int]:
        """``index`` and every token below it, in sentence order."""
        found = {index}
        stack = [index]
        while stack:
            for child in self.children(stack.pop()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return sorted(found)

    def ancestors(self, index: int) -> Iterator[int]:
        """The heads above ``index``, nearest first, up to its root."""
        seen = {index}
        while self.heads[index] not in seen:
            index = self.heads[index]
            seen.add(index)
            yield index

    def depth(self, index: int) -> int:
        """How many arcs lie between ``index`` and its root."""
        return sum(1 for _ in self.ancestors(index))


def model_path() -> Path:
    """Where the shipped model lies (package data of this package)."""
    resource = importlib.resources.files(__package__) / MODEL_RESOURCE
    return Path(str(resource))


@functools.cache
def load_pipeline(path: Path) -> Language:
    """Load a spaCy pipeline from disk once per process (no download, no network)."""
    return spacy.load(path)


class Parser:
    """Parses pre-tokenised sentences with the shipped tagger and dependency parser."""

    def __init__(self, path: Path | None = None) -> None:
        """Load the model (shipped one by default); later instances reuse the loaded one."""
        self.nlp = load_pipeline(path or model_path())

    def parse(self, sentences: list[list[str]]) -> list[Parse]:
        """Parse each tokenised sentence as one sentence; empty sentences give empty parses."""
        docs = (self._doc(words) for words in sentences if words)  # streamed: memory stays flat
        parsed = iter(self.nlp.pipe(docs, batch_size=BATCH_SIZE))
        return [_to_parse(next(parsed)) if words else Parse((), (), (), ()) for words in sentences]

    def _doc(self, words: list[str]) -> Doc:
        """A Doc of the given words, marked as one sentence so the parser does not split it."""
        spaces = [True] * len(words)
        sent_starts = [True] + [False] * (len(words) - 1)
        return Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def _to_parse(doc: Doc) -> Parse:
    """Read heads, labels and tags off a parsed Doc."""
    return Parse(
        words=tuple(token.text for token in doc),
        heads=tuple(token.head.i for token in doc),
        deps=tuple(token.dep_ for token in doc),
        tags=tuple(token.tag_ for token in doc),
    )
