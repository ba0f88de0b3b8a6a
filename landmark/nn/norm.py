"""Layer normalisation (Ba, Kiros & Hinton 2016) that hands bf16 on under the CPU's bf16 autocast.

`nn.LayerNorm` exactly, in fp32 and on a GPU. Under bf16 autocast on the CPU, torch runs a layer norm in its input's
dtype. A post-norm Transformer's residual stream begins in fp32 (the embeddings) and, as fp32 + bf16 is fp32, stays
fp32 through every LayerNorm; then every linear layer that reads one casts its output to bf16: the query, key and
value projections each cast the same activations, and each cast has another in the backward. This LayerNorm
computes in fp32 whatever its input (PyTorch's CPU kernel reads bf16 and accumulates in fp32 with fp32 weights) and
returns bf16, the dtype its readers compute in: from the first LayerNorm on, the residual stream stays bf16.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def cpu_autocast_dtype() -> torch.dtype | None:
    """The dtype the CPU's autocast computes matmuls in, or None when it is off."""
    return torch.get_autocast_dtype("cpu") if torch.is_autocast_enabled("cpu") else None


class LayerNorm(nn.LayerNorm):
    """`nn.LayerNorm`; under CPU autocast its output comes in the autocast dtype (the statistics in fp32)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        dtype = cpu_autocast_dtype() if x.device.type == "cpu" else None
        if dtype is None or dtype == torch.float32:
            return super().forward(x)
        with torch.autocast("cpu", enabled=False):
            # A bf16 input is read as it is, an fp32 one (the first of a post-norm stack) too: the result in fp32.
            out = F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)
        return out.to(dtype)
