"""From an article's text to its MinHash signature and LSH band keys (datasketch), and the test
of whether two signatures are the same story.

Tuning (docs/stories.md): 128 permutations over word 3-shingles of the extracted text. Two
articles are the same story if their estimated Jaccard similarity is at least ``SAME_TEXT``
(0.5: most of both texts is shared), or at least ``MIN_JACCARD`` (0.3) with the shorter text at
least ``MIN_CONTAINMENT`` (0.8) contained in the longer (a copy trimmed to a third, or extended
by notes and added paragraphs). LSH bands are datasketch's optimal banding for ``MIN_JACCARD``
(37 bands of 3 rows: a pair at 0.3 is a candidate with probability 0.64, at 0.4 0.91, at 0.5
0.99; at 0.1, 0.04). On the republished benchmark corpus (tests/transforms/test_stories.py)
copies score 0.38-1.0 and distinct articles under 0.18.
"""

import functools
import hashlib
import re
import urllib.parse
import zlib

import numpy as np

NUM_PERM = 128
SAME_TEXT = 0.5
MIN_JACCARD = 0.3
MIN_CONTAINMENT = 0.8
SHINGLE_WORDS = 3
SEED = 1  # fixed: signatures kept under --state must stay comparable from run to run
SCHEME = "affine32"  # datasketch 2's default, named: the index stores its values
# datasketch's optimal LSH banding for MIN_JACCARD and NUM_PERM (false positives and negatives
# weighed equally): BANDS bands of ROWS rows.
BANDS = 37
ROWS = 3
WORD = re.compile(r"\w+")
# Odd 64-bit multipliers (from splitmix64 and the golden ratio) that mix word hashes into one.
MIX = tuple(
    np.uint64(m)
    for m in (0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD)
)
# MurmurHash3's 32-bit finalizer (shifts and multipliers), which datasketch's affine32 scheme
# applies to every hash before its permutations a * h + b (mod 2**32).
FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@functools.cache
def _permutations() -> np.ndarray:
    """The permutations (a row of multipliers a, a row of offsets b), drawn once per process as
    ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)`` draws them (datasketch 2.0: odd
    32-bit multipliers, then 32-bit offsets, from numpy's RandomState(SEED)), without importing
    datasketch: its import (scipy.integrate with it) cost each worker 0.55 to 0.8 s of CPU and
    44 MiB before its first signature. The tests check these are datasketch's."""
    generator = np.random.RandomState(SEED)
    multipliers = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2)
    offsets = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return np.array([multipliers + np.uint32(1), offsets])


@functools.cache
def band_ranges() -> tuple[tuple[int, int], ...]:
    """The (start, end) rows of each LSH band: BANDS bands of ROWS rows, the banding datasketch's
    ``MinHashLSH(threshold=MIN_JACCARD, num_perm=NUM_PERM)`` chooses (the tests check it does),
    named here so that no process imports datasketch to sign or key an article."""
    return tuple((band * ROWS, (band + 1) * ROWS) for band in range(BANDS))


def shingle_hashes(text: str) -> np.ndarray:
    """The distinct 32-bit hashes of the text's word 3-shingles, lower-cased (a text of fewer
    words: one shingle of them all; no words: none). Each word is hashed once (CRC-32) and a
    shingle's hash mixes its three words' (multiply, add, fold to 32 bits), vectorised: several
    times faster than hashing every shingle's bytes, at the same collision rate as datasketch's
    own 32-bit hashes."""
    words = WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    hashes = {word: zlib.crc32(word.encode("utf-8")) for word in set(words)}
    codes = np.fromiter((hashes[w] for w in words), dtype=np.uint64, count=len(words))
    if len(codes) < SHINGLE_WORDS:
        codes = np.concatenate([codes, np.zeros(SHINGLE_WORDS - len(codes), dtype=np.uint64)])
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        mixed = codes[:-2] * MIX[0] + codes[1:-1] * MIX[1] + codes[2:] * MIX[2]
        mixed ^= mixed >> np.uint64(29)
        mixed *= MIX[3]
    return np.unique((mixed >> np.uint64(32)) & np.uint64(0xFFFFFFFF))


def signature(text: str, article_id: str) -> tuple[bytes, int]:
    """The MinHash signature of a text, as NUM_PERM little-endian uint32, and how many shingles
    it has. A text without words is signed by its article id, so that it matches nothing."""
    hashes = shingle_hashes(text)
    if not len(hashes):
        hashes = np.array([zlib.crc32(article_id.encode("utf-8"))], dtype=np.uint64)
    return minimum_hashes(hashes).astype("<u4").tobytes(), len(hashes)


def minimum_hashes(hashes: np.ndarray) -> np.ndarray:
    """What ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)`` holds after
    ``update_batch`` of the (non-empty, 32-bit) hashes, computed in numpy: datasketch hashes
    its input one Python call at a time (0.49 against 0.26 ms an article, benchmark texts)."""
    shift1, multiply1, shift2, multiply2, shift3 = FMIX32
    a, b = _permutations()
    mixed = hashes.astype(np.uint32).reshape(-1, 1)
    mixed = mixed ^ (mixed >> shift1)
    mixed = mixed * multiply1
    mixed = mixed ^ (mixed >> shift2)
    mixed = mixed * multiply2
    mixed = mixed ^ (mixed >> shift3)
    return (mixed * a + b).min(axis=0)


def band_keys(sig: bytes) -> list[str]:
    """One key per LSH band: articles sharing any key are candidate near-duplicates."""
    return [
        f"{band}:{hashlib.blake2b(sig[start * 4 : end * 4], digest_size=8).hexdigest()}"
        for band, (start, end) in enumerate(band_ranges())
    ]


def similarity(first: bytes, second: bytes) -> float:
    """The Jaccard similarity of two texts as their signatures estimate it."""
    a, b = np.frombuffer(first, dtype="<u4"), np.frombuffer(second, dtype="<u4")
    return float(np.count_nonzero(a == b)) / len(a)


def containment(jaccard: float, size: int, other_size: int) -> float:
    """How much of the smaller of two shingle sets the larger contains, from their Jaccard
    similarity and sizes (|A & B| = J (|A| + |B|) / (1 + J))."""
    if min(size, other_size) == 0:
        return 0.0
    return jaccard * (size + other_size) / (1 + jaccard) / min(size, other_size)


def story_match(first: bytes, size: int, second: bytes, other_size: int) -> float | None:
    """The estimated Jaccard similarity of two texts if they are the same story, else None."""
    jaccard = similarity(first, second)
    if jaccard >= SAME_TEXT:
        return jaccard
    if jaccard >= MIN_JACCARD and containment(jaccard, size, other_size) >= MIN_CONTAINMENT:
        return jaccard
    return None


def best_match(
    signature_bytes: bytes, size: int, signatures: np.ndarray, sizes: np.ndarray
) -> int | None:
    """Of the rows of ``signatures`` (placed articles' signatures, one per row, with their
    shingle counts in ``sizes``), the one the text is the same story as with the highest
    Jaccard estimate (the first on ties); None if none is. ``story_match``, vectorised."""
    if not len(signatures):
        return None
    jaccard = (signatures == np.frombuffer(signature_bytes, dtype="<u4")).sum(axis=1) / NUM_PERM
    smaller = np.maximum(np.minimum(sizes, size), 1)
    contained = jaccard * (sizes + size) / (1 + jaccard) / smaller
    same = (jaccard >= SAME_TEXT) | ((jaccard >= MIN_JACCARD) & (contained >= MIN_CONTAINMENT))
    if not same.any():
        return None
    return int(np.argmax(np.where(same, jaccard, -1.0)))


def publisher_of(url: str) -> str:
    """Who published a URL: its host without ``www.``; for a local file, its folder."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host or parts.path.rsplit("/", 1)[0]
