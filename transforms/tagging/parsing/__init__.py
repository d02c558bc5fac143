"""Dependency parses for the event tagger: a spaCy model trained here, and argument slots.

``syntax`` parses sentences the tagger already tokenised with the model in ``model/`` (trained by
``train`` from UD English-EWT, CC BY-SA 4.0); ``slots`` reads a trigger's subjects and objects
off a parse. Neither knows anything of Beam.
"""

from transforms.tagging.parsing.slots import Slots, slots
from transforms.tagging.parsing.syntax import Parse, Parser, model_path

__all__ = ["Parse", "Parser", "Slots", "model_path", "slots"]
