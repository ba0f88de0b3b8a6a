"""Batches sized by tokens, with sentences of similar length together, so that little compute goes to padding.

Each epoch: shuffle the pairs (seeded by seed + epoch), sort them stably by length, cut the sorted list into
batches whose padded size (sentences x longest side) stays within the token budget, then shuffle the order
of the batches. Sorting buckets lengths; the shuffles keep batches varied from epoch to epoch. An epoch's
batches depend only on (seed, epoch), so a resumed run can skip to the exact batch it stopped before.

Padding is filled with one vectorised gather per batch: no Python loop over sentences or tokens.

For a sampled softmax (Jean et al. 2015 §3.2, train.sampled_vocab = tau), `vocabulary_partitions` cuts the corpus
into partitions of at most tau distinct target words, and `PartitionedBatcher` draws each batch from one partition
and hands it the partition's words V' (Batch.target_vocab): the softmax of that batch is normalised over V' only.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import torch

from landmark.tokens import BOS, PAD, SPECIALS


@dataclass
class Batch:
    src: torch.Tensor  # (B, S) int64, PAD after each sentence's EOS
    src_mask: torch.Tensor  # (B, S) bool, True at real tokens
    tgt_in: torch.Tensor  # (B, T) <bos> y_1 .. y_n (decoder input)
    tgt_out: torch.Tensor  # (B, T) y_1 .. y_n <eos> (what each position must predict)
    num_tokens: int  # target tokens that count in the loss (not PAD)
    target_vocab: torch.Tensor | None = None  # (V',) sorted ids of the batch's partition (sampled softmax), or None

    def to(self, device: torch.device) -> Batch:
        if device.type == "cuda":  # pinned host memory lets the copy overlap with the GPU's work
            move = lambda t: t.pin_memory().to(device, non_blocking=True)  # noqa: E731
        else:
            move = lambda t: t.to(device)  # noqa: E731
        target_vocab = None if self.target_vocab is None else move(self.target_vocab)
        return Batch(
            move(self.src), move(self.src_mask), move(self.tgt_in), move(self.tgt_out), self.num_tokens, target_vocab
        )


class Packed:
    """Variable-length id sequences in one flat array: sequence i is flat[offsets[i] : offsets[i] + lengths[i]]."""

    def __init__(self, sequences: list[np.ndarray], *, flat: np.ndarray | None = None, lengths=None):
        """From the sequences, or (flat, lengths) already end to end (a shard on disk: landmark.data.shards)."""
        if flat is None:
            lengths = [len(s) for s in sequences]
            flat = np.concatenate(sequences) if sequences else np.zeros(0, np.int64)
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(self.lengths)[:-1]]).astype(np.int64)
        self.flat = flat.astype(np.int64)

    def __len__(self) -> int:
        return len(self.lengths)

    def padded(self, index: np.ndarray, prefix: int | None = None, multiple: int = 1) -> np.ndarray:
        """Rows `index` as a (len(index), L) matrix padded with PAD; `prefix` puts one token before each row."""
        lengths = self.lengths[index]
        shift = 0 if prefix is None else 1
        width = int(lengths.max()) + shift
        width = -(-width // multiple) * multiple
        positions = np.arange(width)[None, :] - shift  # (1, L)
        inside = (positions >= 0) & (positions < lengths[:, None])
        gather = np.where(inside, self.offsets[index][:, None] + positions, 0)
        out = np.where(inside, self.flat[gather] if len(self.flat) else 0, PAD)
        if prefix is not None:
            out[:, 0] = prefix
        return out


def pad_sequences(sequences: list[np.ndarray], multiple: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
    """Sequences of ids -> padded (B, L) int64 tensor and its mask (True at real tokens)."""
    packed = Packed(sequences)
    matrix = torch.from_numpy(packed.padded(np.arange(len(packed)), multiple=multiple))
    return matrix, matrix != PAD


class TokenBatcher:
    """Token-budget batches over parallel id sequences (each already ending in EOS), as lists or already Packed."""

    def __init__(
        self,
        src: list[np.ndarray] | Packed,
        tgt: list[np.ndarray] | Packed,
        batch_tokens: int,
        *,
        seed: int = 1,
        shuffle: bool = True,
        pad_multiple: int = 1,
    ):
        if len(src) != len(tgt):
            raise ValueError(f"{len(src)} source sequences but {len(tgt)} target sequences")
        if not src:
            raise ValueError("no training pairs left (are they all longer than data.max_len?)")
        self.src, self.tgt = (s if isinstance(s, Packed) else Packed(s) for s in (src, tgt))
        self.batch_tokens = batch_tokens
        self.seed = seed
        self.shuffle = shuffle
        self.pad_multiple = pad_multiple

    def __len__(self) -> int:
        return len(self.plan(0))

    @property
    def pairs(self) -> int:
        return len(self.src)

    def plan(self, epoch: int) -> list[np.ndarray]:
        """The batches of one epoch as arrays of pair indices, in the order they will be served."""
        rng = np.random.default_rng([self.seed, epoch])
        order = rng.permutation(len(self.src)) if self.shuffle else np.arange(len(self.src))
        batches = self.cut(order)
        if self.shuffle:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches

    def cut(self, order: np.ndarray) -> list[np.ndarray]:
        """Pairs `order` sorted stably by length and cut into batches within the token budget."""
        # +1: the decoder input carries BOS in front of the target.
        width = np.maximum(self.src.lengths[order], self.tgt.lengths[order] + 1)
        order = order[np.argsort(width, kind="stable")]
        width = width[np.argsort(width, kind="stable")]
        width = -(-width // self.pad_multiple) * self.pad_multiple
        batches, start = [], 0
        while start < len(order):
            # Widths are sorted, so a batch [start, end) is as wide as its last pair and its padded size
            # (end - start) * width[end - 1] grows with end: binary-search the largest end within budget.
            # At least one pair, even if it alone is over budget.
            end = bisect.bisect_right(
                range(start + 1, len(order) + 1), self.batch_tokens, key=lambda e: (e - start) * width[e - 1]
            )
            end = start + max(1, end)
            batches.append(order[start:end])
            start = end
        return batches

    def make_batch(self, index: np.ndarray) -> Batch:
        src = torch.from_numpy(self.src.padded(index, multiple=self.pad_multiple))
        tgt_out = self.tgt.padded(index, multiple=self.pad_multiple)
        tgt_in = self.tgt.padded(index, prefix=BOS, multiple=self.pad_multiple)[:, : tgt_out.shape[1]]
        tgt_in = np.where(tgt_out == PAD, PAD, tgt_in)  # the decoder input stops where the target does
        num_tokens = int(self.tgt.lengths[index].sum())
        return Batch(src, src != PAD, torch.from_numpy(tgt_in), torch.from_numpy(tgt_out), num_tokens)

    def epoch(self, epoch: int, start: int = 0) -> Iterator[Batch]:
        """The batches of `epoch`, from batch number `start` on (to resume mid-epoch)."""
        for index in self.plan(epoch)[start:]:
            yield self.make_batch(index)


def vocabulary_partitions(tgt: list[np.ndarray], tau: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Jean et al. 2015 §3.2: read the target sentences in corpus order, collecting their distinct words, and start a
    new partition before the sentence that would take the collection past tau words. The special ids count towards
    tau and are in every V'. tgt: id sequences -> [(sentence indices, V' sorted ids)], covering every sentence once.

    Deviation: the paper lets a partition reach tau and then starts the next; we stop before going past it, so that
    no V' is larger than tau."""
    specials = set(range(len(SPECIALS)))
    partitions, members, words = [], [], set(specials)
    for i, sentence in enumerate(tgt):
        new = set(sentence.tolist())
        if len(specials | new) > tau:
            raise ValueError(
                f"train.sampled_vocab is {tau}, but target sentence {i + 1} alone has {len(new - specials)} distinct "
                f"words (with the {len(specials)} special ids, {len(specials | new)}): raise train.sampled_vocab"
            )
        if len(words | new) > tau:
            partitions.append((np.array(members, dtype=np.int64), np.array(sorted(words), dtype=np.int64)))
            members, words = [], set(specials)
        members.append(i)
        words |= new
    if members:
        partitions.append((np.array(members, dtype=np.int64), np.array(sorted(words), dtype=np.int64)))
    return partitions


class PartitionedBatcher(TokenBatcher):
    """Token-budget batches, each within one vocabulary partition, carrying that partition's V' (a sampled softmax).

    Each epoch every partition is cut into batches as TokenBatcher cuts the corpus, and the batches of all the
    partitions are then shuffled together, so that consecutive steps see different partitions."""

    def __init__(self, src: list[np.ndarray], tgt: list[np.ndarray], batch_tokens: int, tau: int, **kwargs):
        super().__init__(src, tgt, batch_tokens, **kwargs)
        self.partitions = vocabulary_partitions(tgt, tau)
        self.partition_of = np.zeros(len(tgt), dtype=np.int64)  # each pair's partition
        for number, (members, _) in enumerate(self.partitions):
            self.partition_of[members] = number

    def plan(self, epoch: int) -> list[np.ndarray]:
        rng = np.random.default_rng([self.seed, epoch])
        batches = []
        for members, _ in self.partitions:
            batches += self.cut(rng.permutation(members) if self.shuffle else members)
        if self.shuffle:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches

    def make_batch(self, index: np.ndarray) -> Batch:
        batch = super().make_batch(index)
        batch.target_vocab = torch.from_numpy(self.partitions[self.partition_of[index[0]]][1])
        return batch
