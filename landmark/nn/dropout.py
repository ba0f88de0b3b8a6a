"""Dropout (Srivastava et al. 2014), with a mask that is cheap to draw on the CPU.

In training each element is zeroed with probability p and the others are scaled by 1 / (1 - p), so that the
expected output is the input ("inverted" dropout: nothing to rescale at test time); in evaluation it is the
identity. That is `nn.Dropout` exactly; what differs is how the mask is drawn on the CPU. PyTorch draws it with
`bernoulli_`, one generator call and a float comparison an element, and it took 10% of a vaswani2017-cpu training
step in fp32 and 13% in bf16 (bench_step --profile, on a busy core). Here each of torch's 32-bit draws gives the
bits of two elements: an element is kept when its 16 bits, read as a signed integer, are at least
round(p * 2^16) - 2^15, so the keep probability is 1 - p to within 2^-17. On a GPU `F.dropout`'s fused kernel is
already fast and is used, and under torch.compile, which draws a fused mask of its own.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

BITS = 16  # random bits an element: p is honoured to within 2^-(BITS + 1)


def keep_mask(shape: torch.Size | tuple[int, ...], p: float, generator: torch.Generator | None = None) -> torch.Tensor:
    """A boolean mask of `shape` on the CPU, each element True (kept) with probability 1 - p, independently."""
    n = math.prod(shape)
    # randint over [-2^31, 2^31 - 1): 2^32 - 1 values, so one 32-bit draw each (the missing value costs 2^-32).
    words = torch.randint(-(2**31), 2**31 - 1, ((n + 1) // 2,), dtype=torch.int32, generator=generator)
    halves = words.view(torch.int16)[:n].view(shape)  # two independent, uniform 16-bit integers a word
    return halves >= round(p * 2**BITS) - 2 ** (BITS - 1)


def dropout(x: torch.Tensor, p: float, training: bool = True) -> torch.Tensor:
    """Zero each element of x with probability p and scale the rest by 1 / (1 - p) when training; else x."""
    if not training or p == 0.0:
        return x
    if p >= 1.0 or x.device.type != "cpu" or torch.compiler.is_compiling():
        return F.dropout(x, p, training=True)  # a GPU's fused kernel; torch.compile fuses its own mask
    scale = keep_mask(x.shape, p).to(x.dtype).mul_(1.0 / (1.0 - p))  # in x's dtype: bf16 stays bf16
    return x * scale  # autograd keeps `scale`: the gradient is grad * scale


class Dropout(nn.Module):
    """`nn.Dropout(p)` with the CPU mask above (no parameters: checkpoints are the same either way)."""

    def __init__(self, p: float = 0.5):
        super().__init__()
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"dropout probability must be between 0 and 1, got {p}")
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return dropout(x, self.p, self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"
