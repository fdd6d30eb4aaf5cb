"""Near-duplicate documents by content: the same article from two mirrors, the same news
story twice. Word 5-gram shingles, a MinHash signature by one-permutation hashing, and
locality-sensitive bands to find the stored documents a new one may duplicate.

A signature is 128 unsigned 32-bit values and the number of shingles (516 bytes,
``Signature.to_bytes``). The share of equal values estimates the Jaccard index of two
documents' shingle sets; with the sizes, it gives the share of the smaller document's
shingles that the other has too (a copy with a site's header and footer around it still
overlaps fully). Two documents are near-duplicates at an overlap of at least ``THRESHOLD``. ``band_keys`` gives 16
integers per signature: documents sharing any of them are the only ones compared, which is
what lets a library of 100,000 documents be searched through an index (a dict here; a table
with an index in a database).
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from operator import and_

from relations_desktop.digits import fold_digits

THRESHOLD = 0.9
SHINGLE = 5                 # words per shingle
BINS = 128                  # signature length
BANDS, ROWS = 16, 8         # BANDS * ROWS == BINS: overlap 0.9 is found with probability 0.9999
_BIN_BITS = 7               # log2(BINS)
_VALUE_MASK = (1 << 32) - 1
_EMPTY = _VALUE_MASK
_BAND_SALTS = [band.to_bytes(2, "little") for band in range(BANDS)]


@dataclass(frozen=True)
class Signature:
    values: tuple[int, ...]     # BINS values
    size: int                   # distinct shingles

    def to_bytes(self) -> bytes:
        return array("I", (*self.values, min(self.size, _VALUE_MASK))).tobytes()

    @functools.cached_property
    def packed(self) -> int:
        """The values as one integer of BINS 32-bit lanes (for ``jaccard``)."""
        return int.from_bytes(array("I", self.values).tobytes(), "little")

    @functools.cached_property
    def bands(self) -> list[int]:
        """One 63-bit key per band (``band_keys``), made once per signature: an import uses a
        document's keys to stage it, to look for its originals and to index it for the rest."""
        data = array("I", self.values).tobytes()
        step = ROWS * 4
        return [int.from_bytes(hashlib.blake2b(data[i:i + step], digest_size=8, salt=salt).digest(), "little") >> 1
                for i, salt in zip(range(0, len(data), step), _BAND_SALTS, strict=True)]

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        values = array("I", data)
        return cls(tuple(values[:BINS]), values[BINS])


_PUNCT = "".join(chr(c) for c in range(0x21, 0x30)) + ":;<=>?@[\\]^_`{|}~“”‘’«»–—…।॥·•|"


def _words(text: str) -> list[str]:
    """The words of an NFC text, case and digits folded, punctuation around them dropped."""
    # (map and filter over str methods: the loop runs in C)
    return list(filter(None, map(str.strip, fold_digits(text).casefold().split(), repeat(_PUNCT))))


def _shingle_hashes(words: list[str]) -> set[int]:
    """A 64-bit hash for each run of SHINGLE words. Words get a stable CRC-32; Python's hash
    of a tuple of integers does not vary between runs (only strings' hashes are salted). The
    hashes are signed: their low bits, all that a signature reads, are those of the unsigned
    value (masking each to 64 bits made a large integer of every other one, the set's
    slowest part)."""
    codes = list(map(zlib.crc32, map(str.encode, words)))
    if len(codes) < SHINGLE:
        return {hash(tuple(codes))} if codes else set()
    return set(map(hash, zip(*(codes[i:] for i in range(SHINGLE)), strict=False)))


# A hash's low bits that a signature reads: its bin and, above them, its value. Within a bin
# the least of these numbers has the least value.
_BIN_AND_VALUE = (1 << (_BIN_BITS + 32)) - 1
_ABOVE_ALL = _BIN_AND_VALUE + 1


def _mins(text: str) -> tuple[list[int], int]:
    hashes = _shingle_hashes(_words(text))
    least = [_ABOVE_ALL] * BINS
    for x in map(and_, hashes, repeat(_BIN_AND_VALUE)):     # (the masking runs in C)
        b = x & (BINS - 1)
        if x < least[b]:
            least[b] = x
    return [_EMPTY if x == _ABOVE_ALL else x >> _BIN_BITS for x in least], len(hashes)


def signature(text: str) -> Signature:
    """The MinHash signature of an NFC text's word shingles (case and digits folded)."""
    mins, size = _mins(text)
    return Signature(tuple(_densify(mins)), size)


class Sketch:
    """The signature of a long text given in parts (the windows it is processed in), without
    holding its words at once: shingles across a cut are lost and sizes are summed, which
    changes nothing that matters for texts this long."""

    def __init__(self) -> None:
        self._mins = [_EMPTY] * BINS
        self._size = 0

    def add(self, text: str) -> None:
        mins, size = _mins(text)
        self._mins = [min(a, b) for a, b in zip(self._mins, mins, strict=True)]
        self._size += size

    def signature(self) -> Signature:
        return Signature(tuple(_densify(self._mins)), self._size)


def _densify(mins: list[int]) -> list[int]:
    """Fill empty bins from the next full bin (rotation), so short texts compare fairly."""
    if _EMPTY not in mins or mins.count(_EMPTY) == len(mins):
        return mins
    out = list(mins)
    i = mins.index(_EMPTY)
    while True:         # (from one empty bin to the next: most bins are full)
        j, step = i, 0
        while mins[j] == _EMPTY:
            j = (j + 1) % BINS
            step += 1
        out[i] = (mins[j] + step * 0x9E3779B1) & _VALUE_MASK
        try:
            i = mins.index(_EMPTY, i + 1)
        except ValueError:
            return out


# Per 32-bit lane of a packed signature: its low 31 bits; its top bit.
_LANE_LOW_31 = int.from_bytes(array("I", [0x7FFFFFFF] * BINS).tobytes(), "little")
_LANE_TOP_BITS = int.from_bytes(array("I", [0x80000000] * BINS).tobytes(), "little")


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard index of the two documents' shingle sets (0..1): the share of equal
    values. Counted on the packed values, all lanes at once, in a few integer operations: an
    import compares each new document with every stored one that shares a band, which for a
    thousand similar articles is tens of thousands of comparisons."""
    x = a.packed ^ b.packed
    # A lane's top bit is set where the lane is not zero: its low 31 bits plus 0x7FFFFFFF carry
    # into the top bit unless they are all zero (and never out of the lane); or its top bit was.
    nonzero = (((x & _LANE_LOW_31) + _LANE_LOW_31) | x) & _LANE_TOP_BITS
    return (BINS - nonzero.bit_count()) / BINS


def similarity(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller document's shingles that the other has (0..1).

    From the Jaccard index j and the sizes: |A ∩ B| = j (|A| + |B|) / (1 + j). For documents
    of very different sizes a small error in j is a large error in that share, so past a
    factor of two in size the Jaccard index itself is the answer.
    """
    return _overlap(jaccard(a, b), a.size, b.size)


def _overlap(j: float, a: int, b: int) -> float:
    """``similarity`` from the Jaccard index ``j`` of two documents of ``a`` and ``b`` shingles."""
    small, big = (a, b) if a <= b else (b, a)
    if j == 0 or small == 0:
        return j
    if big > 2 * small:
        return j
    return min(1.0, j * (a + b) / (1 + j) / small)


def _least_equal(threshold: float) -> int:
    """The fewest equal values (of BINS) with which ``similarity`` can reach ``threshold``: it is
    at most 3j / (1 + j) for a Jaccard index j (sizes within a factor of two), else j."""
    j = min(threshold, threshold / (3 - threshold))
    return max(0, int(j * BINS) - 1)       # (one less: a margin for rounding)


def band_keys(sig: Signature) -> list[int]:
    """One 63-bit key per band: documents that share a key are compared."""
    return sig.bands


class NearDuplicateIndex:
    """Signatures of stored documents, searchable by band."""

    def __init__(self) -> None:
        self._signatures: dict[object, Signature] = {}
        self._bands: dict[int, list[object]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, key: object, sig: Signature) -> None:
        self._signatures[key] = sig
        for band in band_keys(sig):
            self._bands.setdefault(band, []).append(key)

    def matches(self, sig: Signature, threshold: float = THRESHOLD) -> list[tuple[object, float]]:
        """Stored documents ``sig`` nearly duplicates, best first, as (key, similarity)."""
        bands = self._bands
        keys = [key for band in band_keys(sig) for key in bands.get(band, ())]
        if not keys:
            return []
        # Only a Jaccard index of at least ``_LEAST_JACCARD`` can reach ``similarity``'s threshold:
        # the rest (most candidates) is told by the count of equal values alone.
        signatures, packed, size, least = self._signatures, sig.packed, sig.size, _least_equal(threshold)
        out = []
        for key in dict.fromkeys(keys):
            other = signatures[key]
            x = packed ^ other.packed       # (``jaccard``, inline: this loop is the import's hottest)
            equal = BINS - ((((x & _LANE_LOW_31) + _LANE_LOW_31) | x) & _LANE_TOP_BITS).bit_count()
            if equal >= least:
                score = _overlap(equal / BINS, size, other.size)
                if score >= threshold:
                    out.append((key, score))
        out.sort(key=lambda item: -item[1])
        return out

    def duplicate_of(self, sig: Signature, threshold: float = THRESHOLD) -> object | None:
        """The stored document ``sig`` duplicates most closely, or None."""
        found = self.matches(sig, threshold)
        return found[0][0] if found else None


def group_duplicates(texts: Iterable[tuple[object, str]], threshold: float = THRESHOLD) -> dict[object, object]:
    """For a batch: each document that nearly duplicates an earlier one -> that earlier one."""
    index = NearDuplicateIndex()
    out: dict[object, object] = {}
    for key, text in texts:
        sig = signature(text)
        original = index.duplicate_of(sig, threshold)
        if original is not None:
            out[key] = original
        else:
            index.add(key, sig)
    return out
