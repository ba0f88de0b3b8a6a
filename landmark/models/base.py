"""The one interface every model keeps, so that one trainer, one search, one server and one playground serve all.

Each model file writes three things, top to bottom as its paper describes them:

    encode(src, src_mask)                          -> Memory | None   None: a decoder-only model has no encoder
    init_state(memory, batch_size)                 -> State           what stays fixed while decoding, computed once
    decode(tokens, state, memory, need_attention)  -> Decoded         the decoder over tokens (B, t), t >= 1

and this base class writes, once for every model,

    decode_step(tokens, state, memory)             -> StepOutput      search's step: log-probabilities and attention
    forward(src, src_mask, tgt_in, target_vocab)   -> logits          teacher-forced training over whole targets
    decode_over(tokens, state, memory, ..., vocab) -> Decoded         decode's logits over some words only (Jean 2015)

What shared code needs to know about a model it asks through methods, never by probing its config or its types:
`max_source_length()`, `max_target_length()`, `sentence_summary(memory)` and `attention_maps(src, src_mask,
tgt_in)`, each with a default here that a model overrides where it knows better.

Search never asks which model it holds: it keeps, copies and drops hypotheses with `reorder(state, index)` and
`reorder(memory, index)`, which index_select every tensor field along the batch axis, whatever the model keeps there.
A State field that is the same for every hypothesis of a sentence (attention keys projected once per sentence) is
declared `per_sentence()`: a beam step, which only moves rows within each sentence's block, leaves it alone
(`reorder(state, index, within_sentences=True)`); rows that leave the batch still take it with them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


def reorder(value, index: torch.Tensor, within_sentences: bool = False):
    """`value` with row i taken from row index[i], for every tensor in it (alone, in lists and tuples, in
    Reorderable dataclasses); ints, floats and None are the same for every row and come back as they are.
    within_sentences: index only moves rows among the hypotheses of the same sentence (a beam step), so the
    fields declared per_sentence() are already right and are not copied."""
    if isinstance(value, torch.Tensor):
        return value.index_select(0, index)
    if isinstance(value, (list, tuple)):
        return type(value)(reorder(v, index, within_sentences) for v in value)
    if isinstance(value, Reorderable):
        return value.reorder(index, within_sentences)
    return value


def per_sentence(**kwargs):
    """A dataclass field holding the same rows for every hypothesis of a sentence (see reorder)."""
    return dataclasses.field(metadata={"per_sentence": True}, **kwargs)


class Reorderable:
    """A dataclass whose tensor fields (alone, or in lists and tuples) have the batch on axis 0."""

    def reorder(self, index: torch.Tensor, within_sentences: bool = False):
        """A copy whose row i is row index[i] of this one: beam search keeps, copies and drops rows with it."""
        changes = {
            f.name: reorder(getattr(self, f.name), index, within_sentences)
            for f in dataclasses.fields(self)
            if not (within_sentences and f.metadata.get("per_sentence"))
        }
        return dataclasses.replace(self, **changes)


@dataclass
class Memory(Reorderable):
    """What the encoder hands the decoder."""

    outputs: torch.Tensor  # (B, S, D) encoder outputs (the annotations h_j of Bahdanau et al.)
    mask: torch.Tensor  # (B, S) bool, True = a real source token
    final: torch.Tensor | tuple | list | None = None  # final encoder state(s), for RNN decoders that start from it


@dataclass
class State(Reorderable):
    """Base of every model's decoding state. Subclasses add their own tensor fields."""


@dataclass
class Decoded:
    """What a model's decoder gives back for the t tokens it was handed."""

    logits: torch.Tensor  # (B, t, V) scores of the next token after each of the t tokens
    state: State  # the state after the t tokens
    attention: torch.Tensor | None = None  # (B, H, t, S) or (B, t, S) over source positions; None if not asked


@dataclass
class StepOutput:
    log_probs: torch.Tensor  # (B, t, V) float32 log-probabilities of the next token after each of the t tokens
    state: State
    attention: torch.Tensor | None  # (B, H, t, S) or (B, t, S): the weights over source positions


class Seq2SeqModel(nn.Module):
    """Base class of every model: the interface above. A subclass writes encode, init_state and decode."""

    generates = True  # False for a masked language model (BERT): it fills masks, search never drives it
    # train.precision 'auto' trains it under bf16 autocast on a CPU with bf16 hardware (AMX, AVX-512-BF16): True
    # where bench/bench_step.py measured bf16 faster than fp32 there (the Transformers), False where it was not.
    cpu_bf16 = False

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory | None:
        """src (B, S) token ids, src_mask (B, S) True at real tokens -> the encoder's Memory (None without one)."""
        raise NotImplementedError

    def init_state(self, memory: Memory | None, batch_size: int) -> State:
        raise NotImplementedError

    def decode(self, tokens: torch.Tensor, state: State, memory: Memory | None, need_attention: bool) -> Decoded:
        """tokens (B, t): the decoder's inputs after `state` (BOS first at the start) -> logits (B, t, V), the state
        after them and, when `need_attention`, the weights over the source the model reports as its alignment."""
        raise NotImplementedError

    def decode_step(self, tokens: torch.Tensor, state: State, memory: Memory | None) -> StepOutput:
        """What search calls: tokens (B, t) -> float32 log-probabilities (B, t, V), the new state, the attention."""
        decoded = self.decode(tokens, state, memory, need_attention=True)
        return StepOutput(F.log_softmax(decoded.logits.float(), dim=-1), decoded.state, decoded.attention)

    def forward(
        self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor, target_vocab: torch.Tensor | None = None
    ) -> torch.Tensor:
        """Teacher forcing: src (B, S), src_mask (B, S), tgt_in (B, T) = <bos> y_1 .. y_{T-1} -> logits (B, T, V);
        with target_vocab (V',), sorted word ids, the logits of those words only (B, T, V'): a sampled softmax's
        training step (Jean et al. 2015 §3, train.sampled_vocab)."""
        memory = self.encode(src, src_mask)
        state = self.init_state(memory, src.size(0))
        if target_vocab is None:
            return self.decode(tgt_in, state, memory, need_attention=False).logits
        return self.decode_over(tgt_in, state, memory, False, target_vocab).logits

    def decode_over(
        self, tokens: torch.Tensor, state: State, memory: Memory | None, need_attention: bool, vocab: torch.Tensor
    ) -> Decoded:
        """decode, with logits for the words `vocab` only: vocab (V',) the same words for every row (a training
        partition's V') or (B, V') a list per row (decoding candidate lists) -> logits (B, t, V'), column k scoring
        word vocab[k]. By default the full logits, their columns picked: the same numbers as decode, none of the
        speed. A model whose output layer can score a subset alone (jean2015) computes only those columns."""
        decoded = self.decode(tokens, state, memory, need_attention)
        logits = decoded.logits
        if vocab.dim() == 1:
            logits = logits[..., vocab]
        else:
            logits = logits.gather(-1, vocab[:, None, :].expand(-1, logits.size(1), -1))
        return dataclasses.replace(decoded, logits=logits)

    # --------------------------------------------------------------------------- what shared code may ask
    def max_source_length(self) -> int | None:
        """The longest source, EOS included, that the model can read; None = no limit (a recurrent encoder)."""
        return None

    def max_target_length(self) -> int | None:
        """The most output tokens (EOS not counted) the decoder can write after BOS; None = no limit."""
        return None

    def sentence_summary(self, memory: Memory) -> torch.Tensor:
        """One vector per sentence (B, D), for maps of sentences: by default the mean of the encoder outputs over
        the real tokens. Models with a fixed-size summary of the source (Cho's c, Sutskever's v) return it."""
        weights = memory.mask[..., None].to(memory.outputs.dtype)  # (B, S, 1)
        return (memory.outputs * weights).sum(1) / weights.sum(1).clamp(min=1)

    @torch.no_grad()
    def attention_maps(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> dict:
        """Every attention weight the model computes for a teacher-forced target, by kind, each as
        (layers, B, heads, queries, keys): by default the one alignment `decode` reports, as {"cross": ...}
        (empty for a model without attention). The Transformer adds every layer's and head's self-attention."""
        memory = self.encode(src, src_mask)
        attention = self.decode(tgt_in, self.init_state(memory, src.size(0)), memory, need_attention=True).attention
        if attention is None:
            return {}
        if attention.dim() == 3:  # (B, T, S): one head
            attention = attention[:, None]
        return {"cross": attention[None].float()}  # (1, B, H, T, S)
