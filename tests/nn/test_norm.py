"""landmark.nn.norm.LayerNorm against torch.nn.LayerNorm: identical outside autocast; under the CPU's bf16 autocast
the same normalisation, handed on in bf16, with fp32 parameter gradients."""

import torch
from torch import nn

from landmark.nn.norm import LayerNorm


def twins(width: int = 48) -> tuple[LayerNorm, nn.LayerNorm]:
    torch.manual_seed(0)
    ours, reference = LayerNorm(width), nn.LayerNorm(width)
    with torch.no_grad():
        for p in (*ours.parameters(), *reference.parameters()):
            p.normal_()  # not the 1s and 0s they start with, so that a wrong weight or bias would show
        reference.load_state_dict(ours.state_dict())
    return ours, reference


def test_layer_norm_is_torchs_outside_autocast():
    ours, reference = twins()
    x = torch.randn(3, 5, 48, requires_grad=True)
    assert torch.equal(ours(x), reference(x))
    assert ours(x).dtype == torch.float32
    assert set(ours.state_dict()) == set(reference.state_dict())  # checkpoints load either way


def test_under_cpu_bf16_autocast_it_hands_on_bf16_with_fp32_statistics():
    ours, reference = twins()
    x = torch.randn(4, 7, 48) * 3 + 1
    for given in (x, x.bfloat16()):  # a residual stream begun in fp32, and one already in bf16
        leaf = given.clone().requires_grad_()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out = ours(leaf)
        torch_out = reference(given.float())  # the same input, normalised in fp32
        assert out.dtype == torch.bfloat16
        # One bf16 rounding of the fp32 result (8 bits of mantissa), no more.
        assert torch.allclose(out.float(), torch_out, rtol=2**-8, atol=1e-2), (out.float() - torch_out).abs().max()
        upstream = torch.randn_like(torch_out)
        ours.zero_grad()
        reference.zero_grad()
        (out.float() * upstream).sum().backward()
        (torch_out * upstream).sum().backward()
        assert ours.weight.grad.dtype == torch.float32
        assert torch.allclose(ours.weight.grad, reference.weight.grad, rtol=0.02, atol=0.05)
        assert torch.allclose(ours.bias.grad, reference.bias.grad, rtol=0.02, atol=0.05)


def test_fp32_autocast_and_a_gpu_style_dtype_leave_it_alone():
    ours, reference = twins()
    x = torch.randn(2, 3, 48)
    with torch.autocast("cpu", enabled=False):
        assert torch.equal(ours(x), reference(x))
