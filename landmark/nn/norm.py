"""Layer normalisation (Ba, Kiros & Hinton 2016) that hands bf16 on under the CPU's bf16 autocast.

`nn.LayerNorm` exactly, in fp32 and on a GPU. Under bf16 autocast on the CPU, torch's autocast computes a layer
norm in fp32 and returns fp32, and then every linear layer that reads the result casts it back to bf16: the query,
key and value projections each cast the same activations, and each cast has a cast in the backward. In a
vaswani2017-cpu bf16 step such casts were a fifth of the time (bench_step --profile). This LayerNorm computes in
fp32 as well (PyTorch's CPU kernel reads bf16 and accumulates in fp32 with fp32 weights) but returns bf16, the
dtype its readers compute in, so a post-norm Transformer's residual stream stays bf16 from one layer to the next.
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
            # A bf16 input is read as it is; an fp32 one (a residual stream begun in fp32) is normalised in fp32.
            out = F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)
        return out.to(dtype)
