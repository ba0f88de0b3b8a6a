"""BERT's masked-language-model batches (Devlin et al. 2019, §3.1 "Task #1: Masked LM", Appendix A.1).

Of each sentence's real tokens (EOS and padding never), `rate` (15%) are chosen at random; a chosen token becomes
the mask token 80% of the time, a random real token 10% of the time, and stays itself 10% of the time. The model
reads the changed sentence and must name the original token at the chosen positions only: every other position's
label is PAD, which the loss ignores. The masks are drawn anew for every batch (RoBERTa's dynamic masking; BERT
drew them once per copy of its data), from the generator the caller passes, so that a run resumes exactly.
"""

from __future__ import annotations

import torch

from landmark.data.batching import Batch
from landmark.tokens import EOS, MASK, PAD, SPECIALS


def mask_tokens(
    tokens: torch.Tensor, vocab_size: int, generator: torch.Generator, rate: float = 0.15
) -> tuple[torch.Tensor, torch.Tensor]:
    """tokens (B, L) ids with PAD after each sentence -> (inputs, labels), both (B, L)."""
    real = (tokens != PAD) & (tokens != EOS)
    draw = torch.rand(tokens.shape, generator=generator)
    chosen = real & (draw < rate)
    kind = torch.rand(tokens.shape, generator=generator)  # < 0.8: the mask token; < 0.9: a random token; else kept
    random_tokens = torch.randint(len(SPECIALS), vocab_size, tokens.shape, generator=generator)
    inputs = torch.where(chosen & (kind < 0.8), torch.full_like(tokens, MASK), tokens)
    inputs = torch.where(chosen & (kind >= 0.8) & (kind < 0.9), random_tokens, inputs)
    labels = torch.where(chosen, tokens, torch.full_like(tokens, PAD))
    return inputs, labels


def masked_batch(batch: Batch, vocab_size: int, generator: torch.Generator) -> Batch:
    """A language-model batch (its targets are the sentences) as BERT reads it: the masked sentence as the input,
    the chosen positions' tokens as the labels; num_tokens counts the chosen positions (what the loss averages)."""
    sentences = batch.tgt_out  # y_1 .. y_n <eos>, PAD after
    inputs, labels = mask_tokens(sentences, vocab_size, generator)
    return Batch(inputs, sentences != PAD, inputs, labels, int((labels != PAD).sum()))
