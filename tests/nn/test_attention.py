import pytest
import torch
import torch.nn.functional as F

from landmark.nn.attention import MultiHeadAttention, scaled_dot_product


def random_qkv(B=2, H=3, T=5, S=7, Dh=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    return (
        torch.randn(B, H, T, Dh, generator=g),
        torch.randn(B, H, S, Dh, generator=g),
        torch.randn(B, H, S, Dh, generator=g),
    )


def test_readable_path_equals_fused_kernel_with_padding_mask():
    q, k, v = random_qkv()
    mask = torch.ones(2, 1, 1, 7, dtype=torch.bool)
    mask[0, ..., 4:] = False
    fast, _ = scaled_dot_product(q, k, v, mask)
    readable, weights = scaled_dot_product(q, k, v, mask, need_weights=True)
    reference = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
    torch.testing.assert_close(fast, reference)
    torch.testing.assert_close(readable, reference, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(weights.sum(-1), torch.ones(2, 3, 5))
    assert weights[0, ..., 4:].abs().max() == 0  # padding gets no weight


@pytest.mark.parametrize("T,S", [(6, 6), (2, 6), (1, 6)])
def test_causal_attention_matches_reference_also_with_a_cache_offset(T, S):
    """Queries are the last T of S positions (the first S - T come from a key/value cache)."""
    q, k, v = random_qkv(T=T, S=S)
    keep = torch.ones(T, S, dtype=torch.bool).tril(diagonal=S - T)
    reference = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)
    fast, _ = scaled_dot_product(q, k, v, causal=True)
    readable, weights = scaled_dot_product(q, k, v, causal=True, need_weights=True)
    torch.testing.assert_close(fast, reference, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(readable, reference, atol=1e-5, rtol=1e-5)
    assert (weights[..., ~keep] == 0).all()  # no position sees the future


@pytest.mark.parametrize("causal", [False, True])
def test_bf16_on_the_cpu_is_the_fp32_kernel_rounded_and_its_gradients_flow_in_bf16(causal):
    """bf16 attention on the CPU runs PyTorch's fp32 kernel (its bf16 one is slow): the output and the gradients
    are the fp32 ones rounded to bf16, in autocast as outside it."""
    q, k, v = (x.bfloat16().requires_grad_() for x in random_qkv(T=6, S=6))
    mask = None if causal else torch.ones(2, 1, 1, 6, dtype=torch.bool).index_fill_(-1, torch.tensor([5]), False)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        out, _ = scaled_dot_product(q, k, v, mask, causal=causal)
    assert out.dtype == torch.bfloat16
    q32, k32, v32 = (x.detach().float().requires_grad_() for x in (q, k, v))
    reference = F.scaled_dot_product_attention(q32, k32, v32, attn_mask=mask, is_causal=causal)
    torch.testing.assert_close(out, reference.bfloat16())
    out.float().sum().backward()
    reference.sum().backward()
    for ours, theirs in ((q, q32), (k, k32), (v, v32)):
        assert ours.grad.dtype == torch.bfloat16
        torch.testing.assert_close(ours.grad, theirs.grad.bfloat16(), atol=2e-2, rtol=2e-2)


def test_multi_head_attention_equals_torch_with_copied_weights():
    torch.manual_seed(0)
    D, H = 16, 4
    ours = MultiHeadAttention(D, H).eval()
    theirs = torch.nn.MultiheadAttention(D, H, batch_first=True).eval()
    with torch.no_grad():
        theirs.in_proj_weight.copy_(torch.cat([ours.query.weight, ours.key.weight, ours.value.weight]))
        theirs.in_proj_bias.copy_(torch.cat([ours.query.bias, ours.key.bias, ours.value.bias]))
        theirs.out_proj.weight.copy_(ours.output.weight)
        theirs.out_proj.bias.copy_(ours.output.bias)
    x, memory = torch.randn(3, 5, D), torch.randn(3, 9, D)
    padding = torch.zeros(3, 9, dtype=torch.bool)
    padding[1, 6:] = True  # torch's key_padding_mask: True = ignore
    expected, expected_weights = theirs(x, memory, memory, key_padding_mask=padding, average_attn_weights=False)
    out, weights = ours(x, *ours.project_keys_values(memory), (~padding)[:, None, None, :], need_weights=True)
    torch.testing.assert_close(out, expected, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(weights, expected_weights, atol=1e-5, rtol=1e-5)
