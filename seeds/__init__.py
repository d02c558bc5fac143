"""The seed fixture (the canonical demo input), shipped as package data so installs have it."""

import importlib.resources
import pathlib


def seed_path(name: str) -> pathlib.Path:
    """The path of one seed file, e.g. ``seed_path("feed.xml")``."""
    return pathlib.Path(str(importlib.resources.files(__name__) / name))
