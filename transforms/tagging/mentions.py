"""Actors and mentions: what the mention finder produces and every slot rule consumes.

An ``Actor`` is a resolved country or organisation with its sector and canonical name; a
``Mention`` is the token span that names an actor, a place, or neither (unresolved).
"""

import dataclasses


@dataclasses.dataclass(frozen=True)
class Actor:
    """A resolved actor: country or organisation code, sector, canonical name, CAMEO-style code."""

    country: str
    sector: str | None
    name: str
    personal: bool = False  # a person, an official or a delegation (not a whole state)
    envoy: bool = False  # an ambassador, envoy or diplomat
    agents: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The CAMEO-style actor code: country then sector (``SYRGOV``, ``IGOUNO``)."""
        if self.sector == "IGO":
            return f"IGO{self.country}"
        return self.country + (self.sector or "")


@dataclasses.dataclass
class Mention:
    """A span of tokens ``[start, end)`` that names an actor, a place, or neither (unresolved)."""

    start: int
    end: int
    text: str
    actor: Actor | None = None
    place_name: str | None = None
    place_country: str | None = None
    locative: bool = False  # follows "in", "at"...: a place, never an actor
    demonym_only: str | None = None  # "Qatari" in "Qatari and Syrian officials"
    pronoun: bool = False  # "it", "they", "he", "she" standing for an earlier actor
    relation: bool = False  # owns a relation: "Sudan's neighbours", "Ukraine's allies"

    @property
    def is_actor(self) -> bool:
        """Whether the mention can fill an actor slot."""
        return self.actor is not None and not self.locative and not self.relation


def as_state(mention: Mention) -> Mention:
    """A demonym-only mention as its state ("Chinese" in "Chinese support", "Japanese
    seafood")."""
    code = mention.demonym_only or ""
    return dataclasses.replace(mention, actor=Actor(code, None, code))
