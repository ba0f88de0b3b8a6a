"""Corpora larger than memory: encoded once into shards of token ids on disk, read back one shard at a time.

`landmark data prepare` streams a corpus's two training files line by line, trains the vocabulary on a sample
of them, and writes every pair's ids (each side ending in EOS) into shards of `shard_pairs` pairs:
`shard_00000.npz` holds `src` and `tgt` (the ids of every pair, end to end, int32) and `src_lengths` /
`tgt_lengths`. `manifest.json` lists the shards with their pair and token counts and the data settings they were
encoded with; `vocab/` holds the vocabulary. Pairs longer than `max_len` on either side are left out at
encoding time, as the in-memory loader leaves them out.

`ShardedBatcher` is TokenBatcher over such a folder: each epoch visits the shards in an order drawn from
(seed, epoch) and, within a shard, serves TokenBatcher's length-bucketed batches of that shard alone (seeded by
seed, epoch and shard). Only one shard's ids and batches are in memory at a time, whatever the corpus's size;
an epoch's plan is a lazy sequence, so a resumed run skips to its batch without building the others.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from landmark.data.batching import Batch, Packed, TokenBatcher
from landmark.data.reading import _ASCII_WHITESPACE, DataError
from landmark.data.vocab import build_vocabularies, encode_with_eos

MANIFEST = "manifest.json"


class ShardError(ValueError):
    pass


def write_shards(pairs: Iterable[tuple[np.ndarray, np.ndarray]], out: Path, shard_pairs: int) -> list[dict]:
    """Write (src ids, tgt ids) pairs into shards of `shard_pairs` pairs under `out`; returns their manifest
    entries. Holds one shard's pairs in memory at a time."""
    out.mkdir(parents=True, exist_ok=True)
    shards: list[dict] = []
    pending: list[tuple[np.ndarray, np.ndarray]] = []

    def flush() -> None:
        name = f"shard_{len(shards):05d}.npz"
        src, tgt = [p[0] for p in pending], [p[1] for p in pending]
        arrays = {
            "src": np.concatenate(src).astype(np.int32),
            "tgt": np.concatenate(tgt).astype(np.int32),
            "src_lengths": np.array([len(s) for s in src], dtype=np.int32),
            "tgt_lengths": np.array([len(t) for t in tgt], dtype=np.int32),
        }
        np.savez(out / name, **arrays)
        shards.append({"file": name, "pairs": len(pending), "src_tokens": int(arrays["src"].size),
                       "tgt_tokens": int(arrays["tgt"].size)})  # fmt: skip
        pending.clear()

    for pair in pairs:
        pending.append(pair)
        if len(pending) == shard_pairs:
            flush()
    if pending:
        flush()
    return shards


def read_manifest(directory: str | Path) -> dict:
    path = Path(directory) / MANIFEST
    if not path.exists():
        raise ShardError(f"{path} does not exist: is {directory} a folder written by `landmark data prepare`?")
    return json.loads(path.read_text(encoding="utf-8"))


def read_shard(path: Path) -> tuple[Packed, Packed]:
    """One shard's source and target ids in memory, as TokenBatcher's packed arrays."""
    with np.load(path) as arrays:
        return tuple(Packed([], flat=arrays[side], lengths=arrays[f"{side}_lengths"]) for side in ("src", "tgt"))


class ShardedBatcher:
    """Token-budget batches over a `landmark data prepare` folder. A batch's indices are global pair ids (shard
    start + position in the shard); every batch lies within one shard."""

    def __init__(self, directory: str | Path, batch_tokens: int, *, seed: int = 1, pad_multiple: int = 1):
        self.directory = Path(directory)
        self.manifest = read_manifest(self.directory)
        self.shards = self.manifest["shards"]
        if not self.shards:
            raise ShardError(f"{self.directory / MANIFEST} lists no shards: the corpus had no pairs to keep")
        counts = [shard["pairs"] for shard in self.shards]
        self.starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)  # shard s: pairs starts[s]:starts[s+1]
        self.batch_tokens, self.seed, self.pad_multiple = batch_tokens, seed, pad_multiple
        self._loaded: tuple[int, TokenBatcher] | None = None  # the shard in memory
        self._plans: dict[tuple[int, int], list[np.ndarray]] = {}  # (epoch, shard) -> its batches; one kept
        self._counts: dict[int, np.ndarray] = {}  # epoch -> cumulative batches over that epoch's shard order

    @property
    def pairs(self) -> int:
        return int(self.starts[-1])

    def __len__(self) -> int:
        return len(self.plan(0))

    def shard(self, s: int) -> TokenBatcher:
        if self._loaded is None or self._loaded[0] != s:
            self._loaded = None  # let the last shard go before the next is read
            src, tgt = read_shard(self.directory / self.shards[s]["file"])
            seed = self.seed * 1_000_003 + s
            self._loaded = (s, TokenBatcher(src, tgt, self.batch_tokens, seed=seed, pad_multiple=self.pad_multiple))
        return self._loaded[1]

    def shard_order(self, epoch: int) -> np.ndarray:
        return np.random.default_rng([self.seed, epoch]).permutation(len(self.shards))

    def shard_batches(self, epoch: int, s: int) -> list[np.ndarray]:
        """Shard s's batches in epoch `epoch`, as global pair ids."""
        if (epoch, s) not in self._plans:
            self._plans.clear()
            self._plans[epoch, s] = [batch + self.starts[s] for batch in self.shard(s).plan(epoch)]
        return self._plans[epoch, s]

    def plan(self, epoch: int) -> EpochPlan:
        if epoch not in self._counts:  # a pass over the shards, one at a time: how many batches each cuts into
            order = self.shard_order(epoch)
            sizes = [len(self.shard_batches(epoch, int(s))) for s in order]
            self._counts = {epoch: np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)}
        return EpochPlan(self, epoch, self.shard_order(epoch), self._counts[epoch])

    def make_batch(self, index: np.ndarray) -> Batch:
        s = int(np.searchsorted(self.starts, index[0], side="right") - 1)
        return self.shard(s).make_batch(index - self.starts[s])


class EpochPlan(Sequence):
    """One epoch's batches in serving order, built a shard at a time as they are asked for."""

    def __init__(self, batcher: ShardedBatcher, epoch: int, order: np.ndarray, cumulative: np.ndarray):
        self.batcher, self.epoch, self.order, self.cumulative = batcher, epoch, order, cumulative

    def __len__(self) -> int:
        return int(self.cumulative[-1])

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        if not 0 <= key < len(self):
            raise IndexError(key)
        position = int(np.searchsorted(self.cumulative, key, side="right") - 1)
        shard = int(self.order[position])
        return self.batcher.shard_batches(self.epoch, shard)[key - int(self.cumulative[position])]

    def __iter__(self) -> Iterator[np.ndarray]:
        for i in range(len(self)):
            yield self[i]


# ------------------------------------------------------------------------------------------------ preparing
def stream_pairs(src_path: Path, tgt_path: Path) -> Iterator[tuple[str, str]]:
    """The (source, target) lines of two aligned files, read a line at a time; a DataError names the file and the
    line where they stop being a parallel corpus (one file longer, an empty line)."""
    with open(src_path, encoding="utf-8-sig", newline="\n") as src, open(tgt_path, encoding="utf-8-sig",
                                                                         newline="\n") as tgt:  # fmt: skip
        for line, (s, t) in enumerate(itertools.zip_longest(src, tgt), start=1):
            if s is None or t is None:
                longer = src_path if t is None else tgt_path
                raise DataError(f"{longer} has more lines than the other side ({line - 1} pairs read): the two sides "
                                "of a parallel corpus must have one line per sentence each")  # fmt: skip
            s, t = s.strip(_ASCII_WHITESPACE), t.strip(_ASCII_WHITESPACE)
            if not s or not t:
                empty, other = (src_path, tgt_path) if not s else (tgt_path, src_path)
                raise DataError(f"{empty}:{line}: empty line (in a parallel corpus with {other}); fill in or delete "
                                "the pair in both files")  # fmt: skip
            yield s, t


def prepare(
    data,
    out: str | Path,
    src_path: Path,
    tgt_path: Path,
    *,
    shard_pairs: int = 100_000,
    vocab_sample: int = 1_000_000,
    chunk: int = 10_000,
    progress=None,
) -> dict:
    """Encode the parallel files into shards under `out` with `data`'s vocabulary settings (a DataConfig): the
    vocabulary is trained on a uniform sample of `vocab_sample` pairs (reservoir sampling, seed 0: one pass, never
    the whole corpus in memory), then every pair is encoded, `chunk` lines at a time. Returns the manifest."""
    out = Path(out)
    if (out / MANIFEST).exists():
        raise ShardError(f"{out} already holds prepared data ({MANIFEST}); choose a new folder or delete it")
    rng, sample, seen = np.random.default_rng(0), [], 0
    for seen, pair in enumerate(stream_pairs(src_path, tgt_path), start=1):
        if len(sample) < vocab_sample:
            sample.append(pair)
        elif (j := int(rng.integers(seen))) < vocab_sample:
            sample[j] = pair
    if not seen:
        raise DataError(f"{src_path} and {tgt_path} hold no pairs")
    src_vocab, tgt_vocab = build_vocabularies(data, [s for s, _ in sample], [t for _, t in sample], out / "vocab")
    del sample
    skipped = 0

    def encoded() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        nonlocal skipped
        lines = stream_pairs(src_path, tgt_path)
        while block := list(itertools.islice(lines, chunk)):
            src_ids = encode_with_eos(src_vocab, [s for s, _ in block])
            tgt_ids = encode_with_eos(tgt_vocab, [t for _, t in block])
            for s, t in zip(src_ids, tgt_ids, strict=True):
                if max(len(s), len(t)) <= data.max_len:
                    yield s, t
                else:
                    skipped += 1
            if progress is not None:
                progress(len(block))

    shards = write_shards(encoded(), out, shard_pairs)
    settings = {key: getattr(data, key) for key in CHECKED}
    manifest = {
        "format": 1,
        "data": settings,
        "files": [str(src_path), str(tgt_path)],
        "pairs_read": seen,
        "skipped_long": skipped,
        "vocab_sample": min(seen, vocab_sample),
        "shards": shards,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


# The data settings a prepared folder was encoded with, which a run that reads it must share.
CHECKED = ("pair", "vocab", "vocab_size", "joint_vocab", "sentencepiece_model", "max_len")


def check_matches(manifest: dict, data, directory: str | Path) -> None:
    """A ShardError naming each data.<field> whose value differs from the one the folder was prepared with."""
    wrong = [
        f"data.{key} is {getattr(data, key)!r} here but {manifest['data'][key]!r} there"
        for key in CHECKED
        if manifest["data"].get(key) != getattr(data, key)
    ]
    if wrong:
        raise ShardError(f"data.prepared={directory} was prepared with other data settings: " + "; ".join(wrong))
