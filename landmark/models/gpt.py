"""A decoder-only Transformer (Radford et al. 2018, GPT; the pre-norm blocks of GPT-2, Radford et al. 2019) from the
same blocks as `vaswani2017`: token and position embeddings, N blocks of masked self-attention and a feed-forward
network, a final LayerNorm and the output projection tied to the token embeddings.

It translates as conditional generation: the source sentence (ending in EOS, which works as the separator) is
the prompt, the target is its continuation, and the loss falls on the target only. Behind the one model
interface `encode` runs the blocks over the source once and keeps every layer's keys and values ("prefill"); the
target then attends to them and to its own past through the same self-attention. With `prefix_lm` the source
part attends both ways (a prefix LM, Raffel et al. 2020, §3.2.1), the target part stays causal.

Positions: each row's target starts right after its own source, so a sentence decodes the same alone as in a
padded batch (pad positions are masked out as keys).

Legend: B batch, S source length, P target positions decoded so far, t new tokens, D width, H heads, Dh = D / H.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, per_sentence
from landmark.models.vaswani2017 import FeedForward
from landmark.nn.attention import MultiHeadAttention, WhatIf
from landmark.nn.dropout import Dropout
from landmark.nn.norm import LayerNorm
from landmark.nn.positional import SinusoidalPositions
from landmark.tokens import PAD


@dataclass(frozen=True)
class GPTConfig:
    num_layers: int = 12  # GPT: 12 blocks (Radford et al. 2018, §4.1)
    d_model: int = 768
    num_heads: int = 12
    d_ff: int = 3072
    dropout: float = 0.1  # on residual branches, embeddings and attention (§4.1)
    positions: str = "learned"  # 'learned' (GPT) or 'sinusoidal' (Vaswani et al. 2017, §3.5)
    max_positions: int = 512  # source and target together
    prefix_lm: bool = False  # True: the source part attends both ways; False: one causal pattern over everything
    # "What if" experiments (not GPT; trained on the transformer-gpt-bert page): which keys a position sees, and
    # how a query scores a key. attention_mask: 'causal' (itself and the past); 'none' (everything, its own answer
    # too); 'flipped' (itself and the future: the lower-left triangle hidden instead of the upper-right).
    # attention_score: 'scaled_dot' (q.k / sqrt(d), eq. 1 of Vaswani et al.); 'unscaled' (q.k); 'squared'
    # (q.k |q.k| / sqrt(d): the sign kept, the magnitude squared).
    attention_mask: str = "causal"
    attention_score: str = "scaled_dot"


@dataclass
class GPTState(State):
    source_keys: list[torch.Tensor] = per_sentence(default_factory=list)  # per layer (B, H, S, Dh), from encode
    source_values: list[torch.Tensor] = per_sentence(default_factory=list)
    keys: list[torch.Tensor] = field(default_factory=list)  # per layer (B, H, P, Dh): the target so far
    values: list[torch.Tensor] = field(default_factory=list)
    offsets: torch.Tensor | None = per_sentence(
        default=None
    )  # (B,) each row's source length: its first target position
    position: int = 0  # P


class Block(nn.Module):
    """x + Attention(LN(x)), then x + FFN(LN(x)) (GPT-2's pre-norm block)."""

    def __init__(self, config: GPTConfig):
        super().__init__()
        D = config.d_model
        self.attention_norm = LayerNorm(D)
        self.attention = MultiHeadAttention(D, config.num_heads, config.dropout)
        self.feed_forward_norm = LayerNorm(D)
        self.feed_forward = FeedForward(D, config.d_ff, config.dropout)
        self.dropout = Dropout(config.dropout)

    def forward(self, x, past_keys, past_values, mask, need_weights=False):
        """x (B, t, D); past keys and values (B, H, K, Dh) before x's own; mask (B, 1, t, K + t), True = attend.
        Returns the new x, x's own keys and values (B, H, t, Dh), and the weights (B, H, t, K + t) if asked."""
        h = self.attention_norm(x)
        keys, values = self.attention.project_keys_values(h)
        all_keys = keys if past_keys is None else torch.cat([past_keys, keys], dim=2)
        all_values = values if past_values is None else torch.cat([past_values, values], dim=2)
        out, weights = self.attention(h, all_keys, all_values, mask, need_weights=need_weights)
        x = x + self.dropout(out)
        x = x + self.dropout(self.feed_forward(self.feed_forward_norm(x)))
        return x, keys, values, weights


class GPT(Seq2SeqModel):
    cpu_bf16 = True  # see Seq2SeqModel.cpu_bf16

    def __init__(self, config: GPTConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if src_vocab_size != tgt_vocab_size:
            raise ValueError(
                "a decoder-only model reads source and target with one vocabulary: set data.joint_vocab=true"
            )
        for name, value, valid in (
            ("positions", config.positions, ("learned", "sinusoidal")),
            ("attention_mask", config.attention_mask, ("causal", "none", "flipped")),
            ("attention_score", config.attention_score, ("scaled_dot", "unscaled", "squared")),
        ):
            if value not in valid:
                raise ValueError(f"model.{name} is {value!r}; valid: {', '.join(valid)}")
        self.config = config
        D = config.d_model
        self.embedding = nn.Embedding(tgt_vocab_size, D, padding_idx=PAD)
        if config.positions == "learned":
            self.positions = nn.Embedding(config.max_positions, D)
        else:
            self.positions = SinusoidalPositions(D, config.max_positions)
        self.embedding_dropout = Dropout(config.dropout)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.num_layers))
        if config.attention_score != "scaled_dot":  # the written-out attention of nn.attention, with its change
            what_if = WhatIf(
                scale=config.attention_score != "unscaled",
                score="squared" if config.attention_score == "squared" else "dot",
            )
            for block in self.blocks:
                block.attention.what_if = what_if
        self.final_norm = LayerNorm(D)
        self.output = nn.Linear(D, tgt_vocab_size, bias=False)
        self.reset_parameters()
        self.output.weight = self.embedding.weight  # weight tying (GPT-2 ties its output to the input embedding)

    def reset_parameters(self) -> None:
        """GPT-2's initialisation: weights N(0, 0.02^2), the residual branches' output projections scaled by
        1/sqrt(2 N), biases 0, LayerNorms 1 and 0."""
        for name, parameter in self.named_parameters():
            if parameter.dim() > 1:
                std = (
                    0.02 / math.sqrt(2 * self.config.num_layers)
                    if name.endswith(("output.weight", "outer.weight"))
                    else 0.02
                )
                nn.init.normal_(parameter, std=std)
        if self.config.positions == "sinusoidal":  # as bert.py: tokens on the unit-scale table's own scale
            nn.init.normal_(self.embedding.weight, std=self.config.d_model**-0.5)
        nn.init.zeros_(self.embedding.weight[PAD])

    def embed(self, tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """tokens and positions (B, L) -> (B, L, D)."""
        if self.config.positions == "learned":
            return self.embedding_dropout(self.embedding(tokens) + self.positions(positions))
        # vaswani2017's input (§3.4): embedding * sqrt(D) + the sinusoidal table, both of unit scale
        x = self.embedding(tokens) * math.sqrt(self.config.d_model)
        return self.embedding_dropout(x + self.positions.table[positions].to(x.dtype))

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """The prompt: src (B, S) through every block once; Memory.final keeps each layer's keys and values."""
        S = src.size(1)
        x = self.embed(src, torch.arange(S, device=src.device).expand_as(src))
        mask = src_mask[:, None, None, :]  # (B, 1, 1, S)
        if not self.config.prefix_lm:
            mask = mask & self.pattern(S, 0, src.device)
        cache = []
        for block in self.blocks:
            x, keys, values, _ = block(x, None, None, mask)
            cache.append((keys, values))
        return Memory(outputs=x, mask=src_mask, final=cache)

    def init_state(self, memory: Memory, batch_size: int) -> GPTState:
        return GPTState(
            source_keys=[k for k, _ in memory.final],
            source_values=[v for _, v in memory.final],
            offsets=memory.mask.sum(dim=1),
        )

    def decode(self, tokens: torch.Tensor, state: GPTState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) -> logits (B, t, V), the grown cache, and the last block's weights over the source
        (B, H, t, S): how much of each target position's attention goes to the prompt."""
        B, t = tokens.shape
        P, S = state.position, memory.mask.size(1)
        steps = torch.arange(P, P + t, device=tokens.device)
        x = self.embed(tokens, state.offsets[:, None] + steps[None, :])
        causal = self.pattern(t, P, tokens.device)
        mask = torch.cat([memory.mask[:, None, None, :].expand(B, 1, t, S), causal.expand(B, 1, t, P + t)], dim=-1)
        new = GPTState(state.source_keys, state.source_values, [], [], state.offsets, P + t)
        last = len(self.blocks) - 1
        weights = None
        for i, block in enumerate(self.blocks):
            past_k = torch.cat([state.source_keys[i], state.keys[i]], dim=2) if P else state.source_keys[i]
            past_v = torch.cat([state.source_values[i], state.values[i]], dim=2) if P else state.source_values[i]
            x, keys, values, w = block(x, past_k, past_v, mask, need_weights=need_attention and i == last)
            new.keys.append(keys if not P else torch.cat([state.keys[i], keys], dim=2))
            new.values.append(values if not P else torch.cat([state.values[i], values], dim=2))
            if w is not None:
                weights = w[..., :S]
        return Decoded(self.output(self.final_norm(x)), new, weights)

    def pattern(self, t: int, P: int, device) -> torch.Tensor:
        """Which of P + t keys each of t new queries (positions P .. P + t - 1) sees: (t, P + t) bool."""
        ones = torch.ones(t, P + t, dtype=torch.bool, device=device)
        if self.config.attention_mask == "none":
            return ones
        return ones.triu(diagonal=P) if self.config.attention_mask == "flipped" else ones.tril(diagonal=P)

    @torch.no_grad()
    def attention_maps(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> dict:
        """Every block's and head's weights over the whole sequence, source then target, as {"decoder": (L, B, H,
        S + T, S + T)} (GPT's one self-attention, its mask in full), and the target rows' weights over the source as
        {"cross": (L, B, H, T, S)} (what `decode` reports as the alignment, at its last block)."""
        (B, S), T = src.shape, tgt_in.size(1)
        offsets = src_mask.sum(dim=1)
        positions = torch.cat([torch.arange(S, device=src.device).expand(B, S), offsets[:, None] + torch.arange(T)], 1)
        x = self.embed(torch.cat([src, tgt_in], dim=1), positions)
        source_rows = src_mask[:, None, None, :].expand(B, 1, S, S)
        if not self.config.prefix_lm:
            source_rows = source_rows & self.pattern(S, 0, src.device)
        source_rows = torch.cat([source_rows, source_rows.new_zeros(B, 1, S, T)], dim=-1)  # the source never sees y
        target_rows = torch.cat(
            [src_mask[:, None, None, :].expand(B, 1, T, S), self.pattern(T, 0, src.device).expand(B, 1, T, T)], -1
        )
        mask = torch.cat([source_rows, target_rows], dim=2)  # (B, 1, S + T, S + T)
        maps = []
        for block in self.blocks:
            x, _, _, weights = block(x, None, None, mask, need_weights=True)
            maps.append(weights.float())
        full = torch.stack(maps)
        return {"decoder": full, "cross": full[..., S:, :S]}

    def max_source_length(self) -> int:
        return self.config.max_positions // 2  # the prompt gets half the positions, the continuation the rest

    def max_target_length(self) -> int:
        return self.config.max_positions // 2 - 1
