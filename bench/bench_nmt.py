"""Benchmark: landmark's training throughput and beam-search speed against plain-PyTorch baselines, in one run.

    python bench/bench_nmt.py --preset vaswani2017-small --corpus multi30k --pair en-de \
        --data-dir path/to/corpora --out bench-results.json

Two measurements, each taken for landmark and for a baseline on the same data, model size and device, so
that the ratio holds whatever machine runs it (absolute speeds do not travel between machines; ratios do):

1. Training, real (non-PAD) target tokens per second. Ours: `Trainer.train_step` on the preset's own
   token-budget, length-bucketed batches, with the preset's precision (auto: bf16 on a GPU or a bf16 CPU).
   Baseline: the "plain loop" — `torch.nn.Transformer` of the same width, depth, heads, feed-forward size and
   vocabulary, fp32, Adam, fixed batches of `--baseline-batch-sentences` sentences in corpus order, each padded to its
   longest sentence.
2. Beam-5 decoding, sentences per second on the test split. Ours: `Translator.translate` (batched beam
   search with a key/value cache). Baseline: `baseline_beam_search` below — one sentence at a time, the
   decoder run again over every whole prefix at every step (no cache), as the Annotated Transformer does —
   over the same model, in the same precision, with the same search rules.

The weights are whatever `--steps` of training left: enough for speed, which is all this measures.
Speed is never asserted in tests; it is measured here. bench/README.md says how to read the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import shlex
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from landmark.config import DecodeOptions, RunConfig, load_config
from landmark.data.batching import Packed
from landmark.data.corpora import get_corpus, load_split
from landmark.data.vocab import encode_with_eos
from landmark.models.base import Seq2SeqModel, reorder
from landmark.provenance import append_record, result_record
from landmark.tokens import BOS, EOS, PAD
from landmark.train.trainer import Trainer, training_groups
from landmark.translator import Translator


def log(message: str) -> None:
    """Progress goes to stderr, so that stdout holds the table alone."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def synchronize(device: torch.device) -> None:
    """Wait for the GPU's queued work, so that the clock reads the work done rather than the work queued."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)


# ------------------------------------------------------------------------------------------- ours: training
def time_our_training(trainer: Trainer, steps: int, warmup_steps: int) -> dict:
    """Target tokens per second of `steps` optimizer steps, after `warmup_steps` untimed ones."""
    groups = training_groups(trainer)
    trainer.model.train()
    for _ in range(warmup_steps):
        trainer.train_step(next(groups))
    synchronize(trainer.device)
    started, tokens = time.perf_counter(), 0
    for _ in range(steps):
        _, group_tokens = trainer.train_step(next(groups))
        tokens += group_tokens
    synchronize(trainer.device)
    seconds = time.perf_counter() - started
    return {"tokens_per_s": tokens / seconds, "seconds": seconds, "tokens": tokens}


# -------------------------------------------------------------------------------------- baseline: training
class BaselineTransformer(nn.Module):
    """BASELINE. The plain model: embeddings * sqrt(D) + sinusoidal positions, `torch.nn.Transformer`, Linear.
    Separate source and target embeddings and an untied output layer (more parameters than a shared-embedding
    preset, the same arithmetic per token)."""

    def __init__(self, config: RunConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        model = config.model
        D = model.d_model
        self.scale = math.sqrt(D)
        self.src_embedding = nn.Embedding(src_vocab_size, D, padding_idx=PAD)
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, D, padding_idx=PAD)
        position = torch.arange(model.max_positions, dtype=torch.float32)[:, None]
        frequency = torch.exp(-math.log(10000.0) * torch.arange(0, D, 2) / D)
        table = torch.zeros(model.max_positions, D)
        table[:, 0::2], table[:, 1::2] = torch.sin(position * frequency), torch.cos(position * frequency)
        self.register_buffer("positions", table, persistent=False)  # (P, D)
        self.transformer = nn.Transformer(
            d_model=D,
            nhead=model.num_heads,
            num_encoder_layers=model.encoder_layers,
            num_decoder_layers=model.decoder_layers,
            dim_feedforward=model.d_ff,
            dropout=model.dropout,
            batch_first=True,
        )
        self.output = nn.Linear(D, tgt_vocab_size)

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """src (B, S), tgt_in (B, T) int64 padded with PAD -> logits (B, T, V)."""
        S, T = src.size(1), tgt_in.size(1)
        src_padding, tgt_padding = src == PAD, tgt_in == PAD  # nn.Transformer's masks: True = ignore
        future = torch.ones(T, T, dtype=torch.bool, device=src.device).triu(1)  # (T, T) True = may not see
        x = self.src_embedding(src) * self.scale + self.positions[:S]
        y = self.tgt_embedding(tgt_in) * self.scale + self.positions[:T]
        h = self.transformer(
            x,
            y,
            tgt_mask=future,
            src_key_padding_mask=src_padding,
            tgt_key_padding_mask=tgt_padding,
            memory_key_padding_mask=src_padding,
        )  # (B, T, D)
        return self.output(h)


def baseline_batches(
    src: Packed, tgt: Packed, batch_sentences: int
) -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor, int]]:
    """BASELINE. Fixed batches of `batch_sentences` pairs in corpus order, round and round, each padded to its
    longest sentence: (src (B, S), tgt_in (B, T), tgt_out (B, T), real target tokens)."""

    def rows(packed: Packed) -> list[torch.Tensor]:
        spans = zip(packed.offsets, packed.lengths, strict=True)
        return [torch.from_numpy(packed.flat[offset : offset + length]) for offset, length in spans]

    def pad(sequences: list[torch.Tensor]) -> torch.Tensor:
        return nn.utils.rnn.pad_sequence(sequences, batch_first=True, padding_value=PAD)

    src_rows, tgt_rows = rows(src), rows(tgt)  # each sequence ends in EOS
    bos = torch.tensor([BOS])
    for start in itertools.cycle(range(0, len(src_rows), batch_sentences)):
        index = range(start, min(start + batch_sentences, len(src_rows)))
        tgt_out = pad([tgt_rows[i] for i in index])
        tgt_in = pad([torch.cat([bos, tgt_rows[i][:-1]]) for i in index])
        yield pad([src_rows[i] for i in index]), tgt_in, tgt_out, int(sum(len(tgt_rows[i]) for i in index))


def time_baseline_training(trainer: Trainer, steps: int, warmup_steps: int, batch_sentences: int) -> dict:
    """BASELINE. Target tokens per second of the plain fp32 loop over the trainer's own token ids."""
    device = trainer.device
    torch.manual_seed(trainer.config.train.seed)
    model = BaselineTransformer(trainer.config, trainer.src_vocab.size, trainer.tgt_vocab.size).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=trainer.config.train.lr)
    batches = baseline_batches(trainer.batcher.src, trainer.batcher.tgt, batch_sentences)
    model.train()

    def step() -> int:
        src, tgt_in, tgt_out, tokens = next(batches)
        src, tgt_in, tgt_out = src.to(device), tgt_in.to(device), tgt_out.to(device)
        logits = model(src, tgt_in)
        loss = F.cross_entropy(logits.flatten(0, 1), tgt_out.flatten(), ignore_index=PAD)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return tokens

    for _ in range(warmup_steps):
        step()
    synchronize(device)
    started = time.perf_counter()
    tokens = sum(step() for _ in range(steps))
    synchronize(device)
    seconds = time.perf_counter() - started
    parameters = sum(p.numel() for p in model.parameters())
    return {"tokens_per_s": tokens / seconds, "seconds": seconds, "tokens": tokens, "parameters": parameters}


# -------------------------------------------------------------------------------------- baseline: decoding
@torch.no_grad()
def baseline_beam_search(
    model: Seq2SeqModel, src_ids: np.ndarray, options: DecodeOptions, device: torch.device
) -> list[int]:
    """BASELINE, for comparison only. One sentence, src_ids (S,) ending in EOS -> its best output ids.

    The K hypotheses of the sentence's beam run as one batch of K rows, and at every step the decoder is run
    again over each hypothesis' whole prefix from a fresh State: no key/value cache survives a step. The
    source is encoded once, as in the Annotated Transformer; unlike it, the output layer runs at every prefix
    position, not the last alone (the model's interface returns them all), which makes this baseline somewhat
    slower than the Annotated Transformer's. The rules are landmark's `beam_search`'s (2K candidates; EOS
    among the K best finishes; done at K finished or the length limit), so that both search the same
    hypotheses and only the work differs.
    """
    K, alpha = options.beam_size, options.length_penalty
    src = torch.as_tensor(src_ids, dtype=torch.long, device=device)[None]  # (1, S)
    memory = model.encode(src, src != PAD)
    limit = int(len(src_ids) * options.max_len_a + options.max_len_b)  # output tokens before EOS is forced
    live: list[tuple[list[int], float]] = [([BOS], 0.0)]  # (BOS y_1 .. y_t, log-probability)
    finished: list[tuple[float, list[int]]] = []  # (length-normalised score, BOS y_1 .. y_n EOS)
    for step in range(1, limit + 2):
        k = len(live)
        rows = reorder(memory, torch.zeros(k, dtype=torch.long, device=device))
        prefixes = torch.tensor([tokens for tokens, _ in live], device=device)  # (k, step)
        out = model.decode_step(prefixes, model.init_state(rows, k), rows)  # the whole prefix, recomputed
        log_probs = out.log_probs[:, -1].float()  # (k, V)
        log_probs[:, [PAD, BOS]] = -math.inf
        if step > limit:  # the length limit: only EOS may follow
            eos = log_probs[:, EOS].clone()
            log_probs[:] = -math.inf
            log_probs[:, EOS] = eos
        V = log_probs.size(1)
        candidates = (torch.tensor([score for _, score in live], device=device)[:, None] + log_probs).view(-1)
        top_scores, top_index = candidates.topk(min(2 * K, candidates.numel()))
        next_live = []
        for rank, (score, index) in enumerate(zip(top_scores.tolist(), top_index.tolist(), strict=True)):
            if not math.isfinite(score):
                break
            tokens = live[index // V][0] + [index % V]
            if index % V == EOS:
                if rank < K:
                    finished.append((score / ((5.0 + step) / 6.0) ** alpha, tokens))
            elif len(next_live) < K:
                next_live.append((tokens, score))
        finished = sorted(finished, key=lambda item: -item[0])[:K]
        if len(finished) == K or step > limit or not next_live:
            break
        live = next_live
    best = finished[0][1] if finished else live[0][0] + [EOS]
    return best[1:-1]


def search_autocast(config: RunConfig, device: torch.device):
    """The precision `Translator` decodes in, so that the baseline search runs the model in the same one."""
    enabled = device.type == "cuda" and config.train.precision in ("auto", "bf16")
    return torch.autocast(device.type, dtype=torch.bfloat16, enabled=enabled)


# ------------------------------------------------------------------------------------------------ decoding
def time_decoding(trainer: Trainer, texts: list[str], baseline_count: int, options: DecodeOptions) -> dict:
    """Sentences per second of our beam search over `texts` and of the baseline over the first
    `baseline_count`, and how often the two agree on the best output there."""
    device, model = trainer.device, trainer.model
    translator = Translator.from_model(model, trainer.src_vocab, trainer.tgt_vocab, trainer.config)
    translator.translate(texts[:8], options)  # warm-up: kernels, allocator, caches
    synchronize(device)
    started = time.perf_counter()
    ours = translator.translate(texts, options)
    synchronize(device)
    our_seconds = time.perf_counter() - started

    sources = encode_with_eos(trainer.src_vocab, texts[:baseline_count])
    was_training = model.training
    model.eval()
    with search_autocast(trainer.config, device):
        baseline_beam_search(model, sources[0], options, device)  # warm-up
        synchronize(device)
        started = time.perf_counter()
        baseline = [baseline_beam_search(model, ids, options, device) for ids in sources]
        synchronize(device)
        baseline_seconds = time.perf_counter() - started
    model.train(was_training)
    same = sum(ours[i].tokens == trainer.tgt_vocab.pieces(ids) for i, ids in enumerate(baseline))
    return {
        "sentences_per_s": len(texts) / our_seconds,
        "baseline_sentences_per_s": len(sources) / baseline_seconds,
        "agreement": same / len(sources),
    }


# -------------------------------------------------------------------------------------------------- report
def table(result: dict) -> str:
    rows = [
        ("train target tokens/s", "train_tokens_per_s", "baseline_train_tokens_per_s", "train_speedup"),
        ("beam-5 sentences/s", "sentences_per_s", "baseline_sentences_per_s", "decode_speedup"),
    ]
    lines = [f"{'metric':<24}{'ours':>12}{'baseline':>12}{'ratio':>9}  device"]
    for name, ours, baseline, ratio in rows:
        lines.append(
            f"{name:<24}{result[ours]:>12,.1f}{result[baseline]:>12,.1f}{result[ratio]:>8.2f}x  {result['device']}"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Training throughput and beam-search speed of landmark against plain-PyTorch baselines."
    )
    parser.add_argument("--preset", default="vaswani2017-small", help="preset name or YAML path")
    parser.add_argument("--corpus", help="corpus name (default: the preset's)")
    parser.add_argument("--pair", help="language pair src-tgt (default: the preset's)")
    parser.add_argument("--data-dir", help="folder of <corpus>/<split>.<lang> files (else LANDMARK_DATA, cache)")
    parser.add_argument("--out", default="bench-results.json", help="where to write the JSON result")
    parser.add_argument("--record", help="also append the result as one line to this .jsonl file")
    parser.add_argument("--steps", type=int, default=200, help="timed optimizer steps, for each side")
    parser.add_argument("--warmup-steps", type=int, default=10, help="untimed steps first, for each side")
    parser.add_argument("--baseline-batch-sentences", type=int, default=64, help="the plain loop's batch")
    parser.add_argument("--decode-sentences", type=int, default=1000, help="test sentences our search decodes")
    parser.add_argument(
        "--baseline-decode-sentences", type=int, default=100, help="test sentences the baseline search decodes"
    )
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--device", default="auto", help="auto (cuda when present), cuda, cpu")
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
        help="override a config field, e.g. --set train.batch_tokens=4096 (repeatable)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for name in ("steps", "baseline_batch_sentences", "decode_sentences", "baseline_decode_sentences", "beam_size"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1, got {getattr(args, name)}")
    if args.warmup_steps < 0:
        parser.error(f"--warmup-steps must be 0 or more, got {args.warmup_steps}")
    return args


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark, print its table, write its JSON to --out (and --record); return the result."""
    command = shlex.join(["python", "bench/bench_nmt.py", *(sys.argv[1:] if argv is None else argv)])
    args = parse_args(argv)
    config = load_config(args.preset, args.overrides)
    data = dataclasses.replace(
        config.data, corpus=args.corpus or config.data.corpus, pair=args.pair or config.data.pair
    )
    config = dataclasses.replace(config, data=data, train=dataclasses.replace(config.train, device=args.device))
    corpus = get_corpus(data.corpus)
    test_split = corpus.test_splits[0]
    test_src, _ = load_split(data.corpus, test_split, data.src_lang, data.tgt_lang, args.data_dir)
    texts = test_src[: args.decode_sentences]
    baseline_count = min(args.baseline_decode_sentences, len(texts))

    with tempfile.TemporaryDirectory(prefix="landmark-bench-") as run_dir:
        log(f"building the trainer for {args.preset} on {data.corpus} {data.pair} (vocabulary, data, model)")
        trainer = Trainer(config, run_dir, data_dir=args.data_dir, progress=False)
        device = trainer.device
        log(f"ours: {args.warmup_steps} warm-up + {args.steps} timed training steps on {device}")
        ours = time_our_training(trainer, args.steps, args.warmup_steps)
        log(f"ours: {ours['tokens_per_s']:,.0f} target tokens/s")
        log(f"baseline: {args.warmup_steps} warm-up + {args.steps} timed steps of the plain nn.Transformer loop")
        baseline = time_baseline_training(trainer, args.steps, args.warmup_steps, args.baseline_batch_sentences)
        log(f"baseline: {baseline['tokens_per_s']:,.0f} target tokens/s")
        if device.type == "cuda":
            torch.cuda.empty_cache()
        log(
            f"beam-{args.beam_size} decoding of {len(texts)} {test_split} sentences (ours), {baseline_count} (baseline)"
        )
        options = dataclasses.replace(config.decode, beam_size=args.beam_size, nbest=1, return_attention=False)
        decoding = time_decoding(trainer, texts, baseline_count, options)
        parameters = trainer.parameter_count()

    result = result_record(
        command,
        device,
        preset=args.preset,
        corpus=data.corpus,
        pair=data.pair,
        torch=torch.__version__,
        train_tokens_per_s=round(ours["tokens_per_s"], 1),
        baseline_train_tokens_per_s=round(baseline["tokens_per_s"], 1),
        train_speedup=round(ours["tokens_per_s"] / baseline["tokens_per_s"], 3),
        sentences_per_s=round(decoding["sentences_per_s"], 2),
        baseline_sentences_per_s=round(decoding["baseline_sentences_per_s"], 2),
        decode_speedup=round(decoding["sentences_per_s"] / decoding["baseline_sentences_per_s"], 3),
        steps=args.steps,
        decode_sentences=len(texts),
        baseline_decode_sentences=baseline_count,
        decode_agreement=round(decoding["agreement"], 3),
        beam_size=args.beam_size,
        precision="bf16" if trainer.use_bf16 else "fp32",
        parameters=parameters,
        baseline_parameters=baseline["parameters"],
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.record:
        append_record(args.record, result)
    print(table(result), flush=True)
    return result


if __name__ == "__main__":
    main()
