"""Stories: signatures, the same-story test, and grouping on the republished benchmark corpus
(pairwise precision and recall pinned), batch and incremental alike."""

import datetime

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from tests.story_corpus import corpus, pairwise_scores
from transforms.stories.grouping import (
    UnionFind,
    bucket_pairs,
    group_sketches,
    merge_story_tallies,
    sketch_article,
    story_row,
    tally_of,
    with_fields,
)
from transforms.stories.sketches import (
    MIN_JACCARD,
    NUM_PERM,
    SCHEME,
    SEED,
    _permutations,
    band_keys,
    band_ranges,
    best_match,
    minimum_hashes,
    publisher_of,
    shingle_hashes,
    signature,
    similarity,
    story_match,
)

NOW = datetime.datetime(2024, 3, 10, tzinfo=datetime.timezone.utc)
WORDS = " ".join(f"word{i} filler{i % 7} text{i % 3}" for i in range(300))


@pytest.fixture(scope="module")
def sketched():
    """(sketch, true story) for every article of the corpus."""
    return [(sketch_article(article, NOW), label) for article, label in corpus()]


def test_pairwise_precision_and_recall_on_the_republished_corpus(sketched):
    placed = {s.article_id: s.story_id for s in group_sketches(s for s, _ in sketched)}
    labels = [label for _, label in sketched]
    predicted = [placed[s.article_id] for s, _ in sketched]
    precision, recall = pairwise_scores(labels, predicted)
    # Measured: precision 1.0, recall 1.0 (0.983 with per-shingle SHA-1 hashes: a seed apart).
    assert precision >= 0.98 and recall >= 0.95, (precision, recall)
    assert len(set(predicted)) < len(predicted)  # the gate is not passed by putting all apart


def test_every_republished_story_is_founded_by_its_original(sketched):
    placed = {s.article_id: s.story_id for s in group_sketches(s for s, _ in sketched)}
    by_label: dict[str, list] = {}
    for sketch, label in sketched:
        by_label.setdefault(label, []).append(sketch)
    republished = [group for group in by_label.values() if len(group) == 3]
    assert len(republished) == 40
    founded = sum(placed[g[1].article_id] == placed[g[0].article_id] for g in republished)
    assert founded >= 38


def test_runs_in_publication_order_give_the_batch_stories(sketched):
    sketches = sorted((s for s, _ in sketched), key=lambda s: s.published_at)
    batch = {s.article_id: s.story_id for s in group_sketches(sketches)}
    index, incremental = [], {}
    for run in (sketches[:90], sketches[90:170], sketches[170:]):
        placed = group_sketches([*index, *run])
        incremental.update((s.article_id, s.story_id) for s in placed)
        index.extend(placed)
    assert incremental == batch


def test_an_article_an_earlier_run_placed_keeps_its_story(sketched):
    first, _ = sketched[0]
    stored = with_fields(type(first), first, story_id="earlier")
    (again,) = group_sketches([stored, first])
    assert again.story_id == "earlier"


def test_same_story_test():
    whole, size = signature(WORDS, "a")
    assert story_match(whole, size, whole, size) == 1.0
    half, half_size = signature(" ".join(WORDS.split()[:400]), "b")
    assert similarity(whole, half) < 0.5  # a copy trimmed to under half: Jaccard alone misses it
    assert story_match(whole, size, half, half_size) is not None  # containment finds it
    other, other_size = signature(" ".join(reversed(WORDS.split())), "c")
    assert story_match(whole, size, other, other_size) is None
    empty, empty_size = signature("", "d")
    assert story_match(empty, empty_size, signature("", "e")[0], 1) is None


def test_signatures_and_bands_are_stable():
    first, _ = signature("The quick brown fox jumps over the lazy dog", "a")
    assert first == signature("the QUICK brown fox, jumps over the lazy dog!", "b")[0]
    assert len(first) == 128 * 4 and len(band_keys(first)) == 37
    assert len(shingle_hashes("two words")) == 1 and len(shingle_hashes("")) == 0
    assert len(shingle_hashes("a b c a b c a b c")) == 3  # abc, bca, cab


def test_minimum_hashes_are_what_datasketch_holds():
    rng = np.random.default_rng(3)
    texts = [WORDS, "two words", "a b c a b c a b c", " ".join(reversed(WORDS.split()))]
    inputs = [shingle_hashes(text) for text in texts] + [
        rng.integers(0, 2**32, size=size, dtype=np.uint64) for size in (1, 2, 50, 4000)
    ]
    for hashes in [*inputs, np.array([0, 2**32 - 1], dtype=np.uint64)]:
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
        minhash.update_batch(hashes.tolist())
        assert (minimum_hashes(hashes) == minhash.hashvalues).all()


def test_permutations_and_bands_are_what_datasketch_draws_and_chooses():
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    assert _permutations().dtype == minhash.permutations.dtype
    assert (_permutations() == minhash.permutations).all()
    index = MinHashLSH(threshold=MIN_JACCARD, num_perm=NUM_PERM)
    assert list(band_ranges()) == [tuple(band) for band in index.hashranges]


def test_union_find_names_each_component_by_its_smallest_id():
    sets = UnionFind()
    for pair in bucket_pairs(["d", "b", "c"]) + bucket_pairs(["e", "a"]) + [("c", "e")]:
        sets.union(*pair)
    assert set(sets.components().values()) == {"a"}
    assert bucket_pairs(["x"]) == []


def test_story_tallies_merge_in_any_order(sketched):
    labels = [label for _, label in sketched]
    republished = next(label for label in labels if labels.count(label) == 3)
    group = [s for s, label in sketched if label == republished]
    placed = group_sketches(group)
    tallies = [tally_of(s) for s in placed]
    forward, backward = merge_story_tallies(tallies), merge_story_tallies(tallies[::-1])
    assert forward == backward
    row = story_row(forward)
    assert (row.n_articles, row.n_sources) == (3, 3)
    assert row.representative_article_id == placed[0].article_id


def test_publisher_is_the_host_or_the_folder():
    assert publisher_of("https://www.example.com/a/b") == "example.com"
    assert publisher_of("file:///data/site/story.html") == "/data/site"


def test_the_vectorised_best_match_agrees_with_the_pairwise_test(sketched):
    sketches = [s for s, _ in sketched[:90]]
    matrix = np.array([np.frombuffer(s.signature, dtype="<u4") for s in sketches])
    sizes = np.array([s.shingles for s in sketches])
    matched = 0
    for i, sketch in enumerate(sketches):  # each against the ones before it, as placement does
        pairwise = [
            story_match(sketch.signature, sketch.shingles, o.signature, o.shingles) or -1.0
            for o in sketches[:i]
        ]
        expected = pairwise.index(max(pairwise)) if pairwise and max(pairwise) > 0 else None
        assert best_match(sketch.signature, sketch.shingles, matrix[:i], sizes[:i]) == expected
        matched += expected is not None
    assert matched >= 20  # the copies among them
