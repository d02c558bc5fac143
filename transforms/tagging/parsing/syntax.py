"""Dependency parses of sentences the tagger has already tokenised, from the model shipped here.

Consumes sentences as lists of token strings (``transforms.tagging.text.tokenize``); produces
one ``Parse`` per sentence: heads, UD labels and Penn Treebank tags, token for token. spaCy
neither tokenises nor splits sentences: each list is parsed as exactly one sentence.
"""

import dataclasses
import functools
import importlib.resources
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy
import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

MODEL_RESOURCE = "model"
# The tok2vec weights (mostly hash-embedding tables) ship as float16, which halves the largest
# file of the model (5.9 to 3.0 MB); loading widens them back to float32. On 60 benchmark
# articles 21,679 of 21,687 arcs (99.96%) came out as with the float32 weights.
HALVED = Path("tok2vec") / "model.f16"
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
    """Load a spaCy pipeline from disk once per process (no download, no network); weights
    stored halved are widened in a temporary copy that spaCy reads."""
    if not (path / HALVED).exists():
        return spacy.load(path)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "model"
        shutil.copytree(path, copy)
        halved = copy / HALVED
        halved.with_suffix("").write_bytes(_cast(halved.read_bytes(), numpy.float32))
        halved.unlink()
        return spacy.load(copy)


def halve(model_file: Path) -> None:
    """Store a component's float32 weights as float16 beside it (``model`` -> ``model.f16``)."""
    model_file.with_suffix(".f16").write_bytes(_cast(model_file.read_bytes(), numpy.float16))
    model_file.unlink()


def _cast(serialized: bytes, dtype: Any) -> bytes:
    """A serialized thinc model with its float arrays cast to ``dtype``."""

    def cast(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: cast(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(cast(item) for item in value)
        if isinstance(value, numpy.ndarray) and value.dtype.kind == "f":
            return value.astype(dtype)
        return value

    return srsly.msgpack_dumps(cast(srsly.msgpack_loads(serialized)))


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
