"""Near-duplicates by content: mirrors and reposted stories are found, different articles are not."""

from __future__ import annotations

import random
from pathlib import Path

from relations_desktop.corpus.neardup import (
    THRESHOLD,
    NearDuplicateIndex,
    Signature,
    group_duplicates,
    signature,
    similarity,
)

DEV = Path(__file__).resolve().parent / "data" / "dev"

STORY = ("Nairobi, 14 September. Kenya and Ghana signed an agreement on air services on Wednesday, allowing "
         "airlines of both countries to fly directly between Nairobi and Accra for the first time. The "
         "ministers of transport said that the first flights would start in January and that the agreement "
         "would also cover cargo. Officials expect the number of travellers between the two capitals to "
         "double within three years, and both governments promised to simplify visas for business people. "
         "The agreement follows a meeting of the joint commission of the two countries held in Accra in May.")


def dev_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))}


def test_the_same_article_from_two_mirrors():
    texts = dev_texts()
    for name, text in texts.items():
        mirror = ("Home | Articles | Login\nThis copy is served by a mirror site.\n\n" + text
                  + "\n\nMirror footer: terms of use, privacy policy.\n")
        assert similarity(signature(text), signature(mirror)) >= THRESHOLD, name


def test_the_same_story_twice_with_small_edits():
    other = STORY.replace("Wednesday", "Wednesday afternoon").replace("14 September", "15 September")
    assert similarity(signature(STORY), signature(other)) >= THRESHOLD
    # case, punctuation and digits in another script do not matter
    assert similarity(signature(STORY), signature(STORY.upper().replace(".", " ."))) == 1.0


def test_different_articles_are_not_duplicates():
    sigs = {name: signature(text) for name, text in dev_texts().items()}
    names = sorted(sigs)
    worst = max(similarity(sigs[a], sigs[b]) for a in names for b in names if a < b)
    assert worst < 0.3
    words = STORY.split()
    rnd = random.Random(3)
    for i in rnd.sample(range(len(words)), len(words) // 4):
        words[i] = "changed"
    assert similarity(signature(STORY), signature(" ".join(words))) < THRESHOLD


def test_index_tells_which_stored_document_a_new_one_duplicates():
    texts = dev_texts()
    index = NearDuplicateIndex()
    for name, text in texts.items():
        index.add(name, signature(text))
    assert len(index) == len(texts)
    name, text = next(iter(texts.items()))
    copy = "Saved from the web.\n" + text
    assert index.duplicate_of(signature(copy)) == name
    assert index.matches(signature(STORY)) == []
    # signatures keep as bytes
    sig = signature(text)
    assert Signature.from_bytes(sig.to_bytes()) == sig and len(sig.to_bytes()) == 516


def test_group_duplicates_in_a_batch():
    texts = dev_texts()
    batch = [(name, text) for name, text in texts.items()]
    batch.append(("copy.txt", batch[0][1] + "\nShared from our site."))
    batch.append(("story-a", STORY))
    batch.append(("story-b", STORY.replace("Wednesday", "Thursday")))
    assert group_duplicates(batch) == {"copy.txt": batch[0][0], "story-b": "story-a"}


def test_short_and_empty_texts():
    assert similarity(signature("Ghana and Kenya"), signature("Ghana and Kenya")) == 1.0
    assert similarity(signature("Ghana and Kenya"), signature("Peru and Chile")) < THRESHOLD
    assert signature("") == signature("   ")


def test_the_estimated_jaccard_index_is_the_share_of_equal_values():
    # Values that differ in one bit only (the lowest, the highest, one in between), zero and
    # all-ones lanes, next to each other: each lane is counted on its own.
    from relations_desktop.corpus.neardup import BINS, jaccard
    rnd = random.Random(7)
    for _ in range(500):
        a = [rnd.choice((0, 1, 0xFFFFFFFF, 0x80000000, rnd.randrange(1 << 32))) for _ in range(BINS)]
        b = [x if rnd.random() < 0.6 else rnd.choice((x ^ 1, x ^ 0x80000000, x ^ (1 << rnd.randrange(32)),
                                                       0, 0xFFFFFFFF)) for x in a]
        equal = sum(x == y for x, y in zip(a, b, strict=True))
        assert jaccard(Signature(tuple(a), 10), Signature(tuple(b), 10)) == equal / BINS
    one = Signature(tuple(range(BINS)), 5)
    assert jaccard(one, one) == 1.0
    assert jaccard(one, Signature(tuple(x ^ 0x10000 for x in range(BINS)), 5)) == 0.0
    # read back from bytes as the library stores it
    assert jaccard(Signature.from_bytes(one.to_bytes()), one) == 1.0


def _plain_signature(text: str) -> tuple[tuple[int, ...], int]:
    """The signature computed the plain way, word by word and shingle by shingle: signatures
    stored in existing libraries are compared with new ones, so the fast path must agree."""
    import zlib

    from relations_desktop.corpus import neardup as nd
    from relations_desktop.digits import fold_digits
    words = [w for w in (t.strip(nd._PUNCT) for t in fold_digits(text).casefold().split()) if w]
    codes = [zlib.crc32(w.encode("utf-8")) for w in words]
    mask64 = (1 << 64) - 1                 # each shingle's hash as an unsigned 64-bit number
    if len(codes) < nd.SHINGLE:
        hashes = {hash(tuple(codes)) & mask64} if codes else set()
    else:
        hashes = {hash(tuple(codes[i:i + nd.SHINGLE])) & mask64 for i in range(len(codes) - nd.SHINGLE + 1)}
    mins = [nd._EMPTY] * nd.BINS
    for h in hashes:
        b, v = h % nd.BINS, (h >> nd._BIN_BITS) & nd._VALUE_MASK
        mins[b] = min(mins[b], v)
    return tuple(nd._densify(mins)), len(hashes)


def test_signature_is_the_plain_minhash_of_the_words():
    rng = random.Random(7)
    vocabulary = ["Kenya", "ghana", "১৯৭২", "१९७२", "“signed”", "—", "ঢাকা,", "भारत।", "a", "...", "Treaty"]
    texts = [*dev_texts().values(), STORY, "", "one", "— … —", "a b c d", "a b c d e", STORY * 40]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(0, 400))) for _ in range(40)]
    for text in texts:
        sig = signature(text)
        assert (sig.values, sig.size) == _plain_signature(text), text[:60]
