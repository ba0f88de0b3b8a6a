"""landmark.nn.dropout: nn.Dropout's behaviour (keep rate, scale, gradient, identity in evaluation) with the
CPU's cheaper mask (SplitMix64, checked against the reference); the four elements drawn from one 64-bit word are
independent."""

import math

import pytest
import torch
from torch import nn

from landmark.nn.dropout import Dropout, dropout, keep_mask, splitmix64

N = 1_000_000


@pytest.mark.parametrize("p", [0.1, 0.3, 0.5, 0.9])
def test_keep_rate_is_one_minus_p_within_binomial_noise(p):
    torch.manual_seed(0)
    rate = keep_mask((N,), p).float().mean().item()
    assert abs(rate - (1 - p)) < 5 * math.sqrt(p * (1 - p) / N)


def test_the_four_quarters_of_a_word_and_neighbours_are_independent():
    torch.manual_seed(1)
    p = 0.5
    mask = keep_mask((N,), p)
    sigma = math.sqrt(p * p * (1 - p * p) / (N / 4))
    for offset in range(4):  # quarters 0-1, 1-2 and 2-3 of one 64-bit output, and 3 with 0 of the next
        first, second = mask[offset::4][: N // 4 - 1], mask[offset + 1 :: 4][: N // 4 - 1]
        both_dropped = (~first & ~second).float().mean().item()
        assert abs(both_dropped - p * p) < 5 * sigma, offset


def test_splitmix64_is_the_reference_generator():
    """The integer ops wrap as the C generator does: outputs equal a plain-Python SplitMix64 bit for bit."""
    mask64 = 2**64 - 1

    def reference(seed, count):
        state, out = seed & mask64, []
        for _ in range(count):
            state = (state + 0x9E3779B97F4A7C15) & mask64
            z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask64
            out.append(z ^ (z >> 31))
        return out

    for seed in (0, 1, 12345, -(2**63), 2**63 - 2):
        assert [v & mask64 for v in splitmix64(seed, 300).tolist()] == reference(seed, 300), seed


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_training_zeroes_or_scales_and_the_gradient_is_the_same_mask(dtype):
    torch.manual_seed(2)
    p = 0.2
    x = (torch.rand(257, 129) + 0.5).to(dtype).requires_grad_()  # odd element count: the last word half-used
    out = dropout(x, p, training=True)
    assert out.dtype == dtype and out.shape == x.shape
    kept = out != 0
    assert torch.allclose(out[kept].float(), (x[kept] / (1 - p)).float(), rtol=1e-2)
    out.backward(torch.ones_like(out))
    assert torch.allclose(x.grad.float(), kept.float() / (1 - p), rtol=1e-2)


def test_expected_output_is_the_input():
    torch.manual_seed(3)
    x = torch.full((N,), 2.0)
    assert dropout(x, 0.3).mean().item() == pytest.approx(2.0, abs=5 * 2.0 * math.sqrt(0.3 / 0.7 / N))


def test_evaluation_and_p_zero_are_the_identity_and_p_one_zeroes():
    x = torch.randn(4, 5)
    module = Dropout(0.5).eval()
    assert module(x) is x
    assert dropout(x, 0.0) is x
    assert torch.equal(dropout(x, 1.0), torch.zeros_like(x))


def test_seeded_masks_repeat_and_unseeded_ones_differ():
    x = torch.ones(1000)
    torch.manual_seed(4)
    first = dropout(x, 0.5)
    second = dropout(x, 0.5)
    torch.manual_seed(4)
    assert torch.equal(dropout(x, 0.5), first)
    assert not torch.equal(first, second)


def test_a_bad_probability_is_refused_as_nn_dropout_refuses_it():
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            nn.Dropout(bad)
        with pytest.raises(ValueError, match="between 0 and 1"):
            Dropout(bad)


def test_a_compiled_function_with_dropout_runs_on_shapes_that_vary():
    """torch.compile with dynamic shapes cannot trace the CPU mask's randint; under compile F.dropout is used."""
    compiled = torch.compile(lambda x: dropout(x, 0.5), dynamic=True)
    for n in (64, 96):
        out = compiled(torch.ones(n, 8))
        assert out.shape == (n, 8) and set(out.unique().tolist()) <= {0.0, 2.0}
