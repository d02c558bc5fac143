"""Diplomatic event tagger: article text in, ``Event`` rows out. Knows nothing of Beam.

Modules, in the order the tagger uses them: ``text`` (sentences, tokens), ``lexicon`` (actor and
place dictionaries from ``data/``), ``patterns`` (trigger phrases), ``actors`` (mentions and
in-article resolution), ``roles`` (source and target), ``modality``, ``dates``, ``places``,
``taxonomy`` (CAMEO/PLOVER/Goldstein) and ``tagger`` (the ``EventTagger`` that ties them up).
How it works and how to extend its data files: docs/tagger.md.
"""

from schemas.events import Event
from transforms.tagging.document import Document
from transforms.tagging.tagger import TAGGER_VERSION, EventTagger

__all__ = ["TAGGER_VERSION", "Document", "Event", "EventTagger", "tag_document"]


def tag_document(document: Document) -> list[Event]:
    """Code one document with a freshly built tagger (convenient, slow for many documents)."""
    return EventTagger().tag(document)
