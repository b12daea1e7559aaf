"""Near-duplicate articles: syndicated copies of one agency story are stored once.

Outlets re-publish agency copy with a new headline, a dateline or a trimmed last paragraph, so the
content hash differs. A MinHash signature over word 5-shingles of the normalised text estimates
Jaccard similarity; copies above :data:`THRESHOLD` are treated as the same article. Signatures are
small (128 × uint32) and stored with each document, and an LSH index finds candidates in sub-linear
time.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasid.arabic import normalize

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
#: LSH finds candidates at a lower similarity; the estimate is then checked against THRESHOLD
CANDIDATE_THRESHOLD = 0.5
SCHEME = "affine32"


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = normalize(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """An in-memory LSH index over stored signatures (rebuilt from the store at ingest start)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def add(self, doc_id: str, mh: MinHash) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, mh)
            self._sigs[doc_id] = mh

    def add_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        for doc_id, data in items:
            self.add(doc_id, from_bytes(data))

    def find(self, mh: MinHash) -> str | None:
        """The stored document most similar to ``mh`` above the threshold, if any."""
        best, best_sim = None, self.threshold
        for cand in self._lsh.query(mh):
            sim = self._sigs[cand].jaccard(mh)
            if sim >= best_sim:
                best, best_sim = cand, sim
        return best
