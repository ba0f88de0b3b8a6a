"""Attention mechanisms, written from their equations.

Shapes: B batch, H heads, T query positions, S key positions, D model width, Dh = D / H.
Masks are boolean and True means "attend", the convention of `F.scaled_dot_product_attention`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class WhatIf:
    """Changes to attention, for the playground (at inference) and the "what if" GPTs of the transformer-gpt-bert
    page (trained with them, `gpt`'s attention_score): what the model does when the equation is not the paper's.
    The defaults are the paper's.

    causal_mask: 'upper' hides the future (§3.2.3), 'none' removes the mask, 'lower' hides the past instead (a
    position sees itself and what follows). Only attention called with causal=True (the decoder's) has one.
    scale: False drops the 1/sqrt(d_k) of eq. 1. score: 'dot' (eq. 1), 'squared' (q.k times |q.k|: the sign
    kept, the magnitude squared) or 'negated' (-q.k: the softmax then favours the least similar keys).
    silenced_heads: heads whose output is zeroed before W^O (their weights are still computed and shown)."""

    causal_mask: str = "upper"
    scale: bool = True
    score: str = "dot"
    silenced_heads: frozenset[int] = frozenset()

    MASKS = ("upper", "none", "lower")
    SCORES = ("dot", "squared", "negated")


def what_if_attention(
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    mask: torch.Tensor | None,
    causal: bool,
    what_if: WhatIf,
) -> tuple[torch.Tensor, torch.Tensor]:
    """scaled_dot_product's readable path with `what_if`'s changes; always returns the weights."""
    T, S = query.size(-2), key.size(-2)
    if causal and what_if.causal_mask != "none":
        # Query i sits at position S - T + i: 'upper' keeps keys up to it, 'lower' keeps it and the keys after it.
        ones = torch.ones(T, S, dtype=torch.bool, device=query.device)
        keep = ones.tril(diagonal=S - T) if what_if.causal_mask == "upper" else ones.triu(diagonal=S - T)
        mask = keep if mask is None else mask & keep
    scores = query @ key.transpose(-2, -1)  # (B, H, T, S)
    if what_if.score == "squared":
        scores = scores * scores.abs()
    elif what_if.score == "negated":
        scores = -scores
    if what_if.scale:
        scores = scores / math.sqrt(query.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = scores.softmax(dim=-1).nan_to_num(0.0)  # a row with every key masked attends to nothing
    output = weights @ value  # (B, H, T, Dh)
    if what_if.silenced_heads:
        silenced = torch.zeros(query.size(1), dtype=torch.bool, device=query.device)
        silenced[list(what_if.silenced_heads)] = True
        output = output.masked_fill(silenced[None, :, None, None], 0.0)
    return output, weights


def scaled_dot_product(
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    mask: torch.Tensor | None = None,
    *,
    causal: bool = False,
    dropout: float = 0.0,
    need_weights: bool = False,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V  (Vaswani et al. 2017, eq. 1).

    query (B, H, T, Dh), key and value (B, H, S, Dh); mask broadcastable to (B, H, T, S), True = attend.
    Returns the output (B, H, T, Dh) and, when `need_weights`, the weights (B, H, T, S).

    Two paths compute the same thing. The fast path hands the work to PyTorch's fused kernels
    (FlashAttention / memory-efficient attention on GPU), which never build the T x S weight matrix and so
    cannot return it. The readable path below writes the equation out; it runs when the weights are wanted
    (alignments, the playground) and is the reference that tests hold the fast path to.
    """
    T, S = query.size(-2), key.size(-2)
    causal = causal and T > 1  # one query at the newest position sees every key: nothing to hide
    if causal and (mask is not None or T != S or need_weights):
        # Query i sits at position S - T + i (the last T of S, as when a cache holds the first S - T):
        # it sees keys 0 .. S - T + i. Only the square case without another mask goes to the kernel as is.
        keep = torch.ones(T, S, dtype=torch.bool, device=query.device).tril(diagonal=S - T)
        mask = keep if mask is None else mask & keep
        causal = False
    if not need_weights:
        if query.dtype == torch.bfloat16 and query.device.type == "cpu":
            # PyTorch's CPU kernel is slow in bf16: its backward took 12x the fp32 one in a vaswani2017-cpu step
            # (bench_step --profile, on a busy core), more than bf16 saved on every matmul. On the CPU it runs in fp32.
            with torch.autocast("cpu", enabled=False):
                output = F.scaled_dot_product_attention(
                    query.float(), key.float(), value.float(), attn_mask=mask, dropout_p=dropout, is_causal=causal
                )
            return output.to(query.dtype), None
        output = F.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=dropout, is_causal=causal)
        return output, None
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.size(-1))  # (B, H, T, S)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = scores.softmax(dim=-1)
    output = F.dropout(weights, p=dropout) @ value  # (B, H, T, Dh)
    return output, weights


class MultiHeadAttention(nn.Module):
    """MultiHead(Q, K, V) = Concat(head_1, ..., head_H) W^O, head_i = Attention(Q W_i^Q, K W_i^K, V W_i^V)
    (Vaswani et al. 2017, §3.2.2). The H projections of each kind are one (D, D) matrix."""

    def __init__(self, d_model: int, num_heads: int, dropout: float = 0.0):
        super().__init__()
        if d_model % num_heads:
            raise ValueError(f"d_model ({d_model}) must be divisible by num_heads ({num_heads})")
        self.num_heads = num_heads
        self.dropout = dropout
        self.query = nn.Linear(d_model, d_model)
        self.key = nn.Linear(d_model, d_model)
        self.value = nn.Linear(d_model, d_model)
        self.output = nn.Linear(d_model, d_model)
        self.what_if: WhatIf | None = None  # set by the playground only (WhatIf); None = the paper's attention

    def split_heads(self, x: torch.Tensor) -> torch.Tensor:
        B, L, D = x.shape
        return x.view(B, L, self.num_heads, D // self.num_heads).transpose(1, 2)  # (B, H, L, Dh)

    def project_keys_values(self, memory: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """K and V of one sequence (B, S, D) -> two (B, H, S, Dh); cross-attention computes them once."""
        return self.split_heads(self.key(memory)), self.split_heads(self.value(memory))

    def forward(
        self,
        query: torch.Tensor,
        keys: torch.Tensor,
        values: torch.Tensor,
        mask: torch.Tensor | None = None,
        *,
        causal: bool = False,
        need_weights: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """query (B, T, D); keys and values already projected, (B, H, S, Dh). Returns (B, T, D) and weights."""
        q = self.split_heads(self.query(query))  # (B, H, T, Dh)
        dropout = self.dropout if self.training else 0.0
        if self.what_if is None:
            out, weights = scaled_dot_product(
                q, keys, values, mask, causal=causal, dropout=dropout, need_weights=need_weights
            )
        else:
            out, weights = what_if_attention(q, keys, values, mask, causal, self.what_if)
        B, H, T, Dh = out.shape
        return self.output(out.transpose(1, 2).reshape(B, T, H * Dh)), weights


def masked_softmax(scores: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """softmax over the last axis, giving exactly zero weight where mask is False. scores (..., S), mask (..., S)."""
    return scores.masked_fill(~mask, float("-inf")).softmax(dim=-1)


class AdditiveAttention(nn.Module):
    """Bahdanau et al. 2015, eq. (6) and Appendix A.1.2: e_ij = v_a^T tanh(W_a s_{i-1} + U_a h_j),
    alpha_ij = softmax_j(e_ij), c_i = sum_j alpha_ij h_j.

    U_a h_j does not depend on the decoder step, so `project_keys` computes it once per sentence and the
    decoder's state keeps it (the paper's Appendix A.1.2 notes the same saving)."""

    def __init__(self, query_size: int, key_size: int, attention_size: int):
        super().__init__()
        self.query = nn.Linear(query_size, attention_size, bias=False)  # W_a
        self.key = nn.Linear(key_size, attention_size, bias=False)  # U_a
        self.energy = nn.Linear(attention_size, 1, bias=False)  # v_a

    def project_keys(self, keys: torch.Tensor) -> torch.Tensor:
        """keys (B, S, K) -> U_a h_j (B, S, A)."""
        return self.key(keys)

    def forward(
        self, query: torch.Tensor, projected_keys: torch.Tensor, values: torch.Tensor, mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """query s_{i-1} (B, Q), projected keys (B, S, A), values h_j (B, S, K), mask (B, S) ->
        context c_i (B, K) and weights alpha_i (B, S)."""
        energies = self.energy(torch.tanh(self.query(query)[:, None, :] + projected_keys)).squeeze(-1)  # (B, S)
        weights = masked_softmax(energies, mask)
        return torch.bmm(weights[:, None, :], values).squeeze(1), weights


class LuongAttention(nn.Module):
    """Luong et al. 2015, §3.1-3.2. Global attention scores every source position with
        dot:     score(h_t, h_s) = h_t^T h_s
        general: score(h_t, h_s) = h_t^T W_a h_s
        concat:  score(h_t, h_s) = v_a^T tanh(W_a [h_t; h_s])                       (eq. 8)
    and a_t = softmax(score) (eq. 7). Local attention looks only at the window [p_t - D, p_t + D]:
    local-m sets p_t = t (monotonic alignment); local-p predicts p_t = S * sigmoid(v_p^T tanh(W_p h_t)) (eq. 9)
    and both favour positions near p_t with a Gaussian: a_t(s) = align(h_t, h_s) exp(-(s - p_t)^2 / (2 sigma^2)),
    sigma = D / 2 (eq. 10). As in the paper, the Gaussian-weighted a_t is not renormalised."""

    SCORES = ("dot", "general", "concat")
    LOCAL = ("none", "monotonic", "predictive")

    def __init__(self, size: int, score: str = "general", local: str = "none", window: int = 10):
        super().__init__()
        if score not in self.SCORES or local not in self.LOCAL:
            raise ValueError(f"attention score must be one of {self.SCORES} and local one of {self.LOCAL}")
        self.score_kind, self.local, self.window = score, local, window
        if score == "general":
            self.general = nn.Linear(size, size, bias=False)  # W_a
        if score == "concat":
            self.concat = nn.Linear(2 * size, size, bias=False)  # W_a
            self.energy = nn.Linear(size, 1, bias=False)  # v_a
        if local == "predictive":
            self.position = nn.Sequential(nn.Linear(size, size, bias=False), nn.Tanh(), nn.Linear(size, 1, bias=False))

    def project_keys(self, keys: torch.Tensor) -> torch.Tensor:
        """What can be computed once per sentence: W_a h_s for general, the h_s half of W_a for concat."""
        if self.score_kind == "general":
            return self.general(keys)
        if self.score_kind == "concat":
            return F.linear(keys, self.concat.weight[:, keys.size(-1) :])
        return keys

    def forward(
        self, query: torch.Tensor, projected_keys: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, step: int
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """query h_t (B, D), projected keys (B, S, D), values h_s (B, S, D), mask (B, S), step t (0-based) ->
        context c_t (B, D) and weights a_t (B, S)."""
        if self.score_kind == "concat":
            query_part = F.linear(query, self.concat.weight[:, : query.size(-1)])  # the h_t half of W_a
            scores = self.energy(torch.tanh(query_part[:, None, :] + projected_keys)).squeeze(-1)
        else:
            scores = torch.bmm(projected_keys, query[:, :, None]).squeeze(-1)  # (B, S)
        if self.local == "none":
            weights = masked_softmax(scores, mask)
        else:
            # Positions in float32 even under bf16 autocast: bf16 counts whole numbers exactly only up to 256.
            scores = scores.float()
            lengths = mask.sum(dim=1, keepdim=True).float()  # (B, 1)
            if self.local == "monotonic":
                centre = torch.full_like(lengths, float(step)).minimum(lengths - 1)
            else:
                centre = lengths * torch.sigmoid(self.position(query).float())  # eq. (9), S = the source length
            positions = torch.arange(scores.size(1), device=scores.device, dtype=scores.dtype)[None, :]
            near = (positions - centre).abs() <= self.window
            weights = masked_softmax(scores, mask & near)  # the window holds at least the position nearest p_t
            sigma = self.window / 2
            weights = weights * torch.exp(-((positions - centre) ** 2) / (2 * sigma**2))  # eq. (10)
            weights = weights.to(values.dtype)
        return torch.bmm(weights[:, None, :], values).squeeze(1), weights
