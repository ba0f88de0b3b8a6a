"""Attention mechanisms, written from their equations.

Shapes: B batch, H heads, T query positions, S key positions, D model width, Dh = D / H.
Masks are boolean and True means "attend", the convention of `F.scaled_dot_product_attention`.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn


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
    if causal and (mask is not None or T != S or need_weights):
        # Query i sits at position S - T + i (the last T of S, as when a cache holds the first S - T):
        # it sees keys 0 .. S - T + i. Only the square case without another mask goes to the kernel as is.
        keep = torch.ones(T, S, dtype=torch.bool, device=query.device).tril(diagonal=S - T)
        mask = keep if mask is None else mask & keep
        causal = False
    if not need_weights:
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
        out, weights = scaled_dot_product(
            q, keys, values, mask, causal=causal, dropout=dropout, need_weights=need_weights
        )
        B, H, T, Dh = out.shape
        return self.output(out.transpose(1, 2).reshape(B, T, H * Dh)), weights
