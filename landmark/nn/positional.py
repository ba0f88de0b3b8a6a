"""Positional encodings.

Legend: P positions in the table, D model width, L a sequence's length.
"""

from __future__ import annotations

import math

import torch
from torch import nn


class SinusoidalPositions(nn.Module):
    """PE(pos, 2i) = sin(pos / 10000^(2i/D)), PE(pos, 2i+1) = cos(pos / 10000^(2i/D))
    (Vaswani et al. 2017, §3.5). A fixed table, not learned; stored as a buffer so it moves with the model."""

    def __init__(self, d_model: int, max_positions: int):
        super().__init__()
        position = torch.arange(max_positions, dtype=torch.float32)[:, None]  # (P, 1)
        inverse_frequency = torch.exp(-math.log(10000.0) * torch.arange(0, d_model, 2) / d_model)
        table = torch.zeros(max_positions, d_model)
        table[:, 0::2] = torch.sin(position * inverse_frequency)
        table[:, 1::2] = torch.cos(position * inverse_frequency)
        self.register_buffer("table", table, persistent=False)

    def forward(self, length: int, offset: int = 0) -> torch.Tensor:
        """The encodings of positions offset .. offset + length - 1: (length, D)."""
        if offset + length > self.table.size(0):
            raise ValueError(
                f"sequence of {offset + length} positions is longer than model.max_positions "
                f"({self.table.size(0)}); raise it or shorten the input"
            )
        return self.table[offset : offset + length]
