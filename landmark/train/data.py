"""What a training run reads: the corpus's training and validation splits, the vocabularies (trained into the run
for a new run, read from it on resume), and the token-budget batches over both splits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from landmark.config import RunConfig
from landmark.data.batching import PartitionedBatcher, TokenBatcher
from landmark.data.corpora import get_corpus, load_split, load_text
from landmark.data.multilingual import MixedBatcher, encode_tagged, shares, target_languages, target_token
from landmark.data.shards import ShardedBatcher, check_matches, read_manifest
from landmark.data.synthetic import read_synthetic
from landmark.data.vocab import build_vocabularies, encode_with_eos
from landmark.runs import RunDir
from landmark.tokens import BT_TAG


@dataclass
class TrainingData:
    src_vocab: object
    tgt_vocab: object
    # the training pairs no longer than data.max_len on either side (by partition: sampled_vocab; by shard: prepared)
    batcher: TokenBatcher | ShardedBatcher
    skipped: int  # training pairs left out for their length
    val_src: list[str]  # validation text, for BLEU
    val_ref: list[str]
    val_batcher: TokenBatcher  # every validation pair, in order, for the validation loss
    val_to: str | None = None  # a multilingual run's validation target language (its first direction's)


def read_split(config: RunConfig, split: str, data_dir: str | Path | None) -> tuple[list[str], list[str]]:
    """(sources, targets) of one split: the pair's two sides, or for a language model (`data.side`) empty sources
    and the side's text as targets."""
    data = config.data
    if data.side:
        text = [line for side in data.side.split(",") for line in load_text(data.corpus, split, side, data_dir)]
        return [""] * len(text), text
    return load_split(data.corpus, split, data.src_lang, data.tgt_lang, data_dir)


def read_directions(config: RunConfig, split: str, data_dir, train: bool) -> list[tuple[str, list[str], list[str]]]:
    """(target language, sources, targets) of each direction of a multilingual run. Training: each direction's share
    of the first data.train_limit sentences (landmark/data/multilingual.py); otherwise the whole split."""
    data, parts = config.data, []
    share = None
    for src_lang, tgt_lang in data.directions:
        src, tgt = load_split(data.corpus, split, src_lang, tgt_lang, data_dir)
        if train:
            src, tgt = (src[: data.train_limit], tgt[: data.train_limit]) if data.train_limit else (src, tgt)
            share = share or shares(len(src), data.directions, data.multiway)
            ids = share[(src_lang, tgt_lang)]
            src, tgt = [src[i] for i in ids], [tgt[i] for i in ids]
        parts.append((tgt_lang, src, tgt))
    return parts


def sliced(config: RunConfig, lines: list[str]) -> list[str]:
    """The training lines data.train_slice keeps: line i where i mod k = r ('r/k'), or all of them."""
    if not config.data.train_slice:
        return lines
    r, k = map(int, config.data.train_slice.split("/"))
    return lines[r::k]


def read_extra(config: RunConfig) -> tuple[list[str], list[str]]:
    """The pairs of data.extra_train's folder (train.<src>, train.<tgt>: landmark/data/synthetic.py), or none."""
    data = config.data
    if not data.extra_train:
        return [], []
    return read_synthetic(data.extra_train, data.src_lang, data.tgt_lang, "data.extra_train")


def vocabulary_text(config: RunConfig, split: str, data_dir) -> list[str]:
    """The training side of each language in data.vocab_extra (its first data.train_limit lines)."""
    data, texts = config.data, []
    for lang in filter(None, data.vocab_extra.split(",")):
        lines = load_text(data.corpus, split, lang, data_dir)
        texts += lines[: data.train_limit] if data.train_limit else lines
    return texts


def load_training_data(
    config: RunConfig, run: RunDir, data_dir: str | Path | None, build_vocab: bool, device: torch.device
) -> TrainingData:
    data = config.data
    corpus = get_corpus(data.corpus)
    if corpus.train_split is None:
        raise ValueError(f"{data.corpus} is an evaluation set only; train on another corpus")
    if data.multilingual:  # Johnson et al. 2017: every direction, each source after its <2xx> token
        parts = read_directions(config, corpus.train_split, data_dir, train=True)
        val_to, val_src, val_ref = read_directions(config, corpus.valid_split, data_dir, train=False)[0]
        if config.train.sampled_vocab:
            raise ValueError("train.sampled_vocab partitions one direction's targets: a multilingual run has several")
    elif data.prepared:  # the training pairs are on disk, encoded: only the validation split is read here
        return load_prepared(config, run, data_dir, build_vocab, device)
    else:
        src, tgt = read_split(config, corpus.train_split, data_dir)
        if data.train_limit:
            src, tgt = src[: data.train_limit], tgt[: data.train_limit]
        extra_src, extra_tgt = read_extra(config)  # after the slice: synthetic pairs are never sliced
        src, tgt = sliced(config, src) + extra_src, sliced(config, tgt) + extra_tgt
        parts, val_to = [(None, src, tgt)], None
        val_src, val_ref = read_split(config, corpus.valid_split, data_dir)
    src = [text for _, sources, _ in parts for text in sources]
    tgt = [text for _, _, targets in parts for text in targets]
    if build_vocab:  # a language model's vocabulary is its side's text (its sources are empty)
        symbols = tuple(target_token(lang) for lang in target_languages(data.directions)) if data.multilingual else ()
        symbols += (BT_TAG,) if data.extra_train else ()
        sources = [] if data.side else src + vocabulary_text(config, corpus.train_split, data_dir)
        src_vocab, tgt_vocab = build_vocabularies(data, sources, tgt, run.vocab_dir, symbols)
    else:
        src_vocab, tgt_vocab = run.vocabularies(config)
    src_ids = [ids for lang, sources, _ in parts for ids in encode_tagged(src_vocab, sources, lang)]
    tgt_ids = encode_with_eos(tgt_vocab, tgt)
    keep = [i for i in range(len(src_ids)) if max(len(src_ids[i]), len(tgt_ids[i])) <= data.max_len]
    pad_multiple = 8 if device.type == "cuda" else 1  # tensor cores like multiples of 8
    batch_tokens, seed = config.train.batch_tokens, config.train.seed
    pairs = [src_ids[i] for i in keep], [tgt_ids[i] for i in keep]
    tau = config.train.sampled_vocab
    if data.multilingual:  # each epoch's pairs drawn from the directions by the temperature
        direction_of = np.repeat(np.arange(len(parts)), [len(sources) for _, sources, _ in parts])[keep]
        batcher = MixedBatcher(
            *pairs, batch_tokens, direction_of, data.temperature, seed=seed, pad_multiple=pad_multiple
        )
    elif tau:  # Jean et al. 2015 §3.2: batches within partitions of tau target words
        batcher = PartitionedBatcher(*pairs, batch_tokens, tau, seed=seed, pad_multiple=pad_multiple)
    else:
        batcher = TokenBatcher(*pairs, batch_tokens, seed=seed, pad_multiple=pad_multiple)
    val_batcher = TokenBatcher(
        encode_tagged(src_vocab, val_src, val_to),
        encode_with_eos(tgt_vocab, val_ref),
        batch_tokens,
        shuffle=False,
        pad_multiple=pad_multiple,
    )
    skipped = len(src_ids) - len(keep)
    return TrainingData(src_vocab, tgt_vocab, batcher, skipped, val_src, val_ref, val_batcher, val_to)


def load_prepared(config: RunConfig, run: RunDir, data_dir, build_vocab: bool, device: torch.device) -> TrainingData:
    """A run over a `landmark data prepare` folder: its vocabulary (copied into the run), its shards batched one at
    a time, and the corpus's validation split encoded as usual."""
    data = config.data
    manifest = read_manifest(data.prepared)
    check_matches(manifest, data, data.prepared)
    if config.train.sampled_vocab:
        raise ValueError("train.sampled_vocab partitions the training pairs in memory; it cannot read data.prepared")
    if build_vocab:
        run.take_vocabulary(Path(data.prepared) / "vocab")
    src_vocab, tgt_vocab = run.vocabularies(config)
    pad_multiple = 8 if device.type == "cuda" else 1
    train = config.train
    batcher = ShardedBatcher(data.prepared, train.batch_tokens, seed=train.seed, pad_multiple=pad_multiple)
    val_src, val_ref = read_split(config, get_corpus(data.corpus).valid_split, data_dir)
    val_batcher = TokenBatcher(encode_with_eos(src_vocab, val_src), encode_with_eos(tgt_vocab, val_ref),
                               train.batch_tokens, shuffle=False, pad_multiple=pad_multiple)  # fmt: skip
    return TrainingData(src_vocab, tgt_vocab, batcher, manifest["skipped_long"], val_src, val_ref, val_batcher)
