"""Anchors of compiled CAMEO patterns: the words the tagger's prefilter looks for.

Consumes a pattern's items and word counts of a reference news text
(tests/resources/real-feeds/guardian.rss, neither a gold set nor the benchmark corpus); produces
its rarest required item (fewest occurrences of its words, then fewest words: "{ask} for help" is
anchored on "help", not on "ask"), never a closed-class word; and how many words a pattern
requires besides its verb (of patterns with the same span, the more specific comes first).
"""

import collections
import html
import re

from transforms.tagging.dictionaries.cameo_shapes import PARTICLES
from transforms.tagging.pattern_files import COMMON_WORDS
from transforms.tagging.text import words as word_set

WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Closed-class words are never anchors, whatever their count in the small reference text.
NEVER_ANCHORS = (
    COMMON_WORDS
    | PARTICLES
    | word_set(
        "if about out up down off back before after according not no so but than that this "
        "these those there here then now also still just very more most much many any some "
        "all each every other such only even again further way it they we he she you i"
    )
)


def specificity(items: list[str]) -> int:
    """How many words a pattern requires besides its verb."""
    return sum(1 for item in items[1:] if not item.startswith(("*", "[")) and item not in PARTICLES)


def item_words(item: str) -> list[str]:
    """The first words of a pattern item's alternatives."""
    return [alternative.split("_")[0] for alternative in item.split("|")]


def choose_anchor(items: list[str], counts: collections.Counter) -> str | None:
    """The rarest required item's first words, joined with ``|``."""
    best: tuple | None = None
    for position, item in enumerate(items):
        if item.startswith("*") or item.startswith("["):
            continue
        words = sorted(set(item_words(item)))
        if any(not WORD_RE.fullmatch(word) or word in NEVER_ANCHORS for word in words):
            continue
        key = (sum(counts[word] for word in words), len(words), -position)
        if best is None or key < best[0]:
            best = (key, words)
    return "|".join(best[1]) if best else None


def reference_counts(text: str) -> collections.Counter:
    """Word counts of a reference news text (markup and entities stripped)."""
    plain = re.sub(r"<[^>]+>", " ", html.unescape(html.unescape(text)))
    return collections.Counter(WORD_RE.findall(plain.lower()))
