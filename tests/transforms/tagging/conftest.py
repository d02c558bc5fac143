"""One tagger for the whole tagging test session: building it reads every data file."""

import pytest

from transforms.tagging import EventTagger


@pytest.fixture(scope="session")
def tagger() -> EventTagger:
    """The event tagger, built once."""
    return EventTagger()
