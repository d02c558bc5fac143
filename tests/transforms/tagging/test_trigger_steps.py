"""Trigger steps find the token spans the patterns' regexes find, for every pattern."""

import json
import random
from pathlib import Path

import pytest

from transforms.tagging.lexicon import plain_words
from transforms.tagging.pattern_files import load_patterns
from transforms.tagging.read_through import passed_over
from transforms.tagging.text import split_sentences, tokenize
from transforms.tagging.trigger_steps import (
    OPTIONAL,
    WILDCARD,
    WORDS,
    find_spans,
    item_step,
    steps_of,
    word_positions,
)
from transforms.tagging.trigger_steps import regex_spans as _regex_spans

REAL_DEV = Path(__file__).parents[2] / "resources" / "tagging" / "real_dev.jsonl"
NOISE = ["the", "a", "to", "of", "and", ",", "said", "on", "it", "not", "with", "in", "."]


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def instance(steps, rng: random.Random, vocabulary: list[str]) -> list[str]:
    """Tokens one way through the steps, now and then with a word that breaks them."""
    tokens: list[str] = []
    for kind, value in steps:
        if kind == WORDS:
            if rng.random() < 0.05:
                tokens.append(rng.choice(NOISE))
            else:
                tokens.extend(rng.choice([words for forms in value.values() for words in forms]))
        elif kind == WILDCARD:
            tokens.extend(rng.choice(NOISE + vocabulary) for _ in range(rng.randint(0, value + 1)))
        elif rng.random() < 0.6:
            tokens.extend(instance(value, rng, vocabulary))
    return tokens


def test_every_pattern_has_steps(patterns):
    assert all(pattern.steps is not None for pattern in patterns)


def test_steps_match_what_the_regex_matches_in_made_up_sentences(patterns):
    rng = random.Random(7)
    vocabulary = sorted({word for pattern in patterns for word in pattern.steps[0][1]})[:80]
    for pattern in patterns:
        for _ in range(4):
            tokens: list[str] = []
            for _ in range(rng.randint(1, 3)):
                tokens += rng.sample(NOISE + vocabulary, rng.randint(0, 3))
                tokens += instance(pattern.steps, rng, vocabulary)
            for other in (pattern, rng.choice(patterns)):
                found = find_spans(other.steps, tokens, word_positions(tokens))
                assert found == _regex_spans(other.regex, tokens), (other.pattern_id, tokens)


def test_steps_match_what_the_regex_matches_in_real_sentences(patterns):
    by_first: dict[str, list] = {}
    for pattern in patterns:
        for word in pattern.steps[0][1]:
            by_first.setdefault(word, []).append(pattern)
    compared = 0
    for line in REAL_DEV.read_text("utf-8").splitlines()[:60]:
        for sentence in split_sentences(json.loads(line)["text"]):
            _, lowers = plain_words(tokenize(sentence.text))
            positions = word_positions(lowers)
            for pattern in {id(p): p for w in positions for p in by_first.get(w, [])}.values():
                found = find_spans(pattern.steps, lowers, positions)
                assert found == _regex_spans(pattern.regex, lowers), (pattern.pattern_id, lowers)
                compared += 1
    assert compared > 10000


def test_backtracking_follows_the_regex_order():
    # "[pull out] *2 troops": the optional group is tried first, the wildcard takes few tokens
    steps = steps_of(
        [
            (False, [item_step("agreed", ["agreed"])]),
            (True, [item_step("pull_out", ["pull out"]), item_step("*2", [])]),
            (False, [item_step("troops", ["troops"])]),
        ]
    )
    tokens = ["they", "agreed", "pull", "out", "all", "troops", "and", "agreed", "troops"]
    assert find_spans(steps, tokens, word_positions(tokens)) == [(1, 6), (7, 9)]


def test_a_first_item_that_is_optional_or_a_wildcard_keeps_the_regex():
    assert steps_of([(True, [item_step("a", ["a"])]), (False, [item_step("b", ["b"])])]) is None
    assert steps_of([(False, [item_step("*2", []), item_step("b", ["b"])])]) is None
    assert steps_of([(False, [item_step("b", ["b"])])]) == ((WORDS, {"b": (("b",),)}),)
    assert steps_of([(True, [item_step("*1", [])]), (False, [item_step("b", ["b"])])]) is None
    assert item_step("*3", []) == (WILDCARD, 3)
    assert steps_of([(False, [item_step("b", ["b"])]), (True, [item_step("c", ["c"])])]) == (
        (WORDS, {"b": (("b",),)}),
        (OPTIONAL, ((WORDS, {"c": (("c",),)}),)),
    )


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("Iran threatened on Friday to seize a tanker", "on friday"),
        ("Iran vowed Tuesday night to retaliate", "tuesday night"),
        ("Turkey refused last week to meet him", "last week"),
        ("Japan promised earlier on Monday to help", "earlier on monday"),
        ("Seoul agreed on March 3 to resume talks", "on march 3"),
        ("He said yesterday that it had ended", "yesterday"),
        ('He voiced "deep concern" about it', '" "'),
        # a time not before a complement, or with nothing before it, stays in the phrase
        ("Iran threatened Britain on Friday", ""),
        ("On Friday to everyone's surprise", ""),
        ("the talks of last week to", "last week"),
    ],
)
def test_a_phrase_reads_through_quotes_and_a_time_before_its_complement(text, skipped):
    lowers = [token.text.lower() for token in tokenize(text)]
    assert " ".join(lowers[i] for i in sorted(passed_over(lowers))) == skipped
