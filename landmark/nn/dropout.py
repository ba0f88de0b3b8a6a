"""Dropout (Srivastava et al. 2014), with a mask that is cheap to draw on the CPU.

In training each element is zeroed with probability p and the others are scaled by 1 / (1 - p), so that the
expected output is the input ("inverted" dropout: nothing to rescale at test time); in evaluation it is the
identity. That is `nn.Dropout` exactly; what differs is how the mask is drawn on the CPU. PyTorch draws it with
`bernoulli_`, one call of its Mersenne Twister (one thread) and a float comparison an element, and it took 10% of a
vaswani2017-cpu training step in fp32 and 13% in bf16 (bench_step --profile, on a busy core). Here the bits come
from SplitMix64 (Steele, Lea & Flood 2014; the output function of Vigna's splitmix64.c): output i is a fixed
mixing of seed + i * 0x9E3779B97F4A7C15, a handful of whole-tensor integer operations that run on every thread,
seeded by one draw from torch's generator (so torch.manual_seed repeats the masks). Each 64-bit output gives the
bits of four elements: an element is kept when its 16 bits, read as a signed integer, are at least
round(p * 2^16) - 2^15, so the keep probability is 1 - p to within 2^-17. On a GPU `F.dropout`'s fused kernel is
already fast and is used, and under torch.compile, which draws a fused mask of its own.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

BITS = 16  # random bits an element: p is honoured to within 2^-(BITS + 1)


# SplitMix64's constants, as signed 64-bit integers (torch's int64 arithmetic wraps as the generator's does)
GAMMA = 0x9E3779B97F4A7C15 - 2**64
MIX1, MIX2 = 0xBF58476D1CE4E5B9 - 2**64, 0x94D049BB133111EB - 2**64


def splitmix64(seed: int, count: int) -> torch.Tensor:
    """SplitMix64's outputs 1 .. count from `seed`, as int64: z = seed + i * GAMMA, then
    z ^= z >>> 30; z *= MIX1; z ^= z >>> 27; z *= MIX2; z ^= z >>> 31 (>>> the logical shift: torch's >> keeps the
    sign, so the bits shifted in are masked off)."""
    z = torch.arange(1, count + 1, dtype=torch.int64).mul_(GAMMA).add_(seed)
    z.bitwise_xor_(z.bitwise_right_shift(30).bitwise_and_(2**34 - 1)).mul_(MIX1)
    z.bitwise_xor_(z.bitwise_right_shift(27).bitwise_and_(2**37 - 1)).mul_(MIX2)
    return z.bitwise_xor_(z.bitwise_right_shift(31).bitwise_and_(2**33 - 1))


def keep_mask(shape: torch.Size | tuple[int, ...], p: float, generator: torch.Generator | None = None) -> torch.Tensor:
    """A boolean mask of `shape` on the CPU, each element True (kept) with probability 1 - p, independently."""
    n = math.prod(shape)
    seed = int(torch.randint(-(2**63), 2**63 - 1, (), dtype=torch.int64, generator=generator))
    words = splitmix64(seed, (n + 3) // 4)
    quarters = words.view(torch.int16)[:n].view(shape)  # four uniform 16-bit integers a 64-bit output
    return quarters >= round(p * 2**BITS) - 2 ** (BITS - 1)


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
