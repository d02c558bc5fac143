"""From an article's text to its MinHash signature and LSH band keys (datasketch).

Tuning (docs/stories.md): 128 permutations over word 3-shingles of the extracted text, and a
story threshold of 0.5 estimated Jaccard, with datasketch's own optimal banding for it (25 bands
of 5 rows). On the republished benchmark corpus (tests/transforms/test_stories.py) copies that
keep the body score 0.6-1.0 and distinct articles under 0.1, so 0.5 sits in the gap with room for
the estimate's error (about +/-0.045 at 0.5 with 128 permutations); a copy trimmed to less than
about half of the original falls below it.
"""

import functools
import hashlib
import re
import urllib.parse

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE_WORDS = 3
SEED = 1  # fixed: signatures kept under --state must stay comparable from run to run
SCHEME = "affine32"  # datasketch 2's default, named: the index stores its values
WORD = re.compile(r"\w+")


@functools.cache
def _permutations() -> tuple:
    """The permutations, drawn once per process (datasketch draws them per MinHash otherwise)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


@functools.cache
def band_ranges() -> tuple[tuple[int, int], ...]:
    """The (start, end) rows of each LSH band, as datasketch chooses them for the threshold."""
    index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return tuple(index.hashranges)


def shingles(text: str) -> set[bytes]:
    """The text's word 3-shingles, lower-cased, as UTF-8 bytes (a shorter text: one shingle)."""
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str, article_id: str) -> bytes:
    """The MinHash signature of a text, as NUM_PERM little-endian uint32. A text without words is
    signed by its article id, so that it matches nothing else."""
    words = shingles(text) or {f"\x00{article_id}".encode()}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(list(words))
    return minhash.hashvalues.astype("<u4").tobytes()


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


def publisher_of(url: str) -> str:
    """Who published a URL: its host without ``www.``; for a local file, its folder."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host or parts.path.rsplit("/", 1)[0]
