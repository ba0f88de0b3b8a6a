"""The one interface every model keeps (DESIGN.md), so that one trainer, one search and one server serve all.

    encode(src, src_mask)                -> Memory
    init_state(memory, batch_size)       -> State        what stays fixed while decoding, computed once
    decode_step(tokens, state, memory)   -> StepOutput   advance the decoder by tokens (B, t)
    forward(src, src_mask, tgt_in)       -> logits       teacher-forced training, (B, T, V)

Search never asks which model it holds: it reorders hypotheses with `State.reorder` / `Memory.reorder`,
which index_select every tensor field along the batch axis, whatever the model keeps there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import torch
from torch import nn

PAD, UNK, BOS, EOS = 0, 1, 2, 3  # the special token ids of every vocabulary


def _reorder(value, index: torch.Tensor):
    if isinstance(value, torch.Tensor):
        return value.index_select(0, index)
    if isinstance(value, (list, tuple)):
        return type(value)(_reorder(v, index) for v in value)
    if isinstance(value, Reorderable):
        return value.reorder(index)
    return value  # ints, floats, None: the same for every row


class Reorderable:
    """A dataclass whose tensor fields (alone, or in lists and tuples) have the batch on axis 0."""

    def reorder(self, index: torch.Tensor):
        """A copy whose row i is row index[i] of this one: beam search keeps, copies and drops rows with it."""
        changes = {f.name: _reorder(getattr(self, f.name), index) for f in dataclasses.fields(self)}
        return dataclasses.replace(self, **changes)


@dataclass
class Memory(Reorderable):
    """What the encoder hands the decoder."""

    outputs: torch.Tensor  # (B, S, D) encoder outputs (the annotations h_j of Bahdanau et al.)
    mask: torch.Tensor  # (B, S) bool, True = a real source token
    final: torch.Tensor | tuple | None = None  # final encoder state(s), for RNN decoders that start from it


@dataclass
class State(Reorderable):
    """Base of every model's decoding state. Subclasses add their own tensor fields."""


@dataclass
class StepOutput:
    log_probs: torch.Tensor  # (B, t, V) log-probabilities of the next token after each of the t given tokens
    state: State
    attention: torch.Tensor | None  # (B, H, t, S) or (B, t, S): the weights over source positions


class Seq2SeqModel(nn.Module):
    """Base class of encoder-decoder models: the interface above, and nothing else shared."""

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        raise NotImplementedError

    def init_state(self, memory: Memory, batch_size: int) -> State:
        raise NotImplementedError

    def decode_step(self, tokens: torch.Tensor, state: State, memory: Memory) -> StepOutput:
        raise NotImplementedError

    def forward(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError
