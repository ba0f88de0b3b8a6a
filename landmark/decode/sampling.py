"""Sampling a continuation, one token at a time, over the one model interface (what `landmark generate` runs).

Each next token is drawn from softmax(logits / temperature), restricted to the top_k likeliest tokens (0 = no
limit) and then to the smallest set whose probabilities reach top_p (nucleus sampling, Holtzman et al. 2020; 1.0
= no limit). temperature 0 takes the likeliest token (greedy search). A seeded generator makes a draw repeatable.

    sample(model, src, src_mask, prefix, SamplingOptions(temperature=0.8, top_k=50), generator)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from landmark.models.base import Seq2SeqModel
from landmark.tokens import BOS, EOS, PAD, UNK


@dataclass(frozen=True)
class SamplingOptions:
    temperature: float = 1.0  # logits are divided by it; 0 = always the likeliest token
    top_k: int = 0  # sample among the k likeliest tokens only; 0 = all of them
    top_p: float = 1.0  # ... and among the fewest whose probabilities add up to top_p; 1.0 = all of them
    max_tokens: int = 200  # tokens to add after the prompt (EOS ends a sample sooner)
    seed: int = 0

    def __post_init__(self):
        problems = [
            (self.temperature >= 0, f"temperature is {self.temperature}; it must be at least 0"),
            (self.top_k >= 0, f"top_k is {self.top_k}; it must be at least 0 (0 = no limit)"),
            (0 < self.top_p <= 1, f"top_p is {self.top_p}; it must be above 0 and at most 1"),
            (self.max_tokens >= 1, f"max_tokens is {self.max_tokens}; it must be at least 1"),
        ]
        for ok, message in problems:
            if not ok:
                raise ValueError(message)


def draw(log_probs: torch.Tensor, options: SamplingOptions, generator: torch.Generator | None) -> torch.Tensor:
    """log_probs (B, V) -> one token id per row (B,), as the options say."""
    if options.temperature == 0:
        return log_probs.argmax(dim=-1)
    scaled = log_probs.float() / options.temperature
    if options.top_k:
        kth = scaled.topk(min(options.top_k, scaled.size(-1)), dim=-1).values[:, -1:]  # (B, 1)
        scaled = scaled.masked_fill(scaled < kth, -math.inf)
    if options.top_p < 1.0:
        probs, order = scaled.softmax(dim=-1).sort(dim=-1, descending=True)
        before = probs.cumsum(dim=-1) - probs  # the mass of the tokens likelier than each
        cut = torch.zeros_like(scaled, dtype=torch.bool).scatter(-1, order, before >= options.top_p)
        scaled = scaled.masked_fill(cut, -math.inf)  # the likeliest token always stays (its "before" is 0)
    return torch.multinomial(scaled.softmax(dim=-1), 1, generator=generator)[:, 0]


@torch.no_grad()
def sample(
    model: Seq2SeqModel,
    src: torch.Tensor,
    src_mask: torch.Tensor,
    prefix: list[int],
    options: SamplingOptions,
    generator: torch.Generator | None = None,
) -> list[list[int]]:
    """One continuation of `prefix` (target ids after BOS, the prompt) for each row of src (B, S): the new tokens,
    without the prompt and the final EOS. The prompt is read in one decode call (prefill), then a token a step."""
    B, steps = src.size(0), options.max_tokens
    if (cap := model.max_target_length()) is not None:
        if len(prefix) >= cap:
            raise ValueError(f"the prompt is {len(prefix)} tokens; the model writes at most {cap} after its start")
        steps = min(steps, cap - len(prefix))
    memory = model.encode(src, src_mask)
    state = model.init_state(memory, B)
    tokens = torch.tensor([[BOS, *prefix]], device=src.device).expand(B, -1)
    out = model.decode_step(tokens, state, memory)
    generated = torch.full((B, steps), PAD, dtype=torch.long, device=src.device)
    finished = torch.zeros(B, dtype=torch.bool, device=src.device)
    for step in range(steps):
        log_probs = out.log_probs[:, -1].clone()
        log_probs[:, [PAD, BOS, UNK]] = -math.inf  # never padding, a second start, or the unknown word
        token = draw(log_probs, options, generator)
        token = token.masked_fill(finished, PAD)
        generated[:, step] = token
        finished |= token == EOS
        if finished.all():
            break
        out = model.decode_step(token[:, None], out.state, memory)
    # A row ends at its EOS (the PAD after it, and the unwritten steps after an early stop, go with it).
    return [row[: row.index(EOS)] if EOS in row else row for row in generated.tolist()]
