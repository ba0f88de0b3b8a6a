"""landmark.nn.loss: the label-smoothed cross-entropy equals F.cross_entropy's, loss and gradient, in fp32 and
in bf16 logits, with ignored (padding) rows, and across the row chunks."""

import pytest
import torch
import torch.nn.functional as F

from landmark.nn import loss as loss_module
from landmark.nn.loss import smoothed_cross_entropy

PAD = 0


def reference(logits, targets, smoothing):
    return F.cross_entropy(logits.float(), targets, ignore_index=PAD, label_smoothing=smoothing, reduction="sum")


@pytest.mark.parametrize("smoothing", [0.0, 0.1, 0.3])
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_loss_and_gradient_equal_f_cross_entropy(smoothing, dtype, monkeypatch):
    monkeypatch.setattr(loss_module, "CHUNK_ROWS", 7)  # several chunks and a short last one
    g = torch.Generator().manual_seed(0)
    logits = (3 * torch.randn(40, 53, generator=g)).to(dtype)
    targets = torch.randint(1, 53, (40,), generator=g)
    targets[[3, 17, 39]] = PAD
    ours_in = logits.clone().requires_grad_()
    theirs_in = logits.clone().requires_grad_()
    ours = smoothed_cross_entropy(ours_in, targets, smoothing, ignore_index=PAD)
    theirs = reference(theirs_in, targets, smoothing)
    torch.testing.assert_close(ours, theirs, rtol=1e-5, atol=1e-4)
    upstream = torch.tensor(0.37)
    (ours * upstream).backward()
    (theirs * upstream).backward()
    assert ours_in.grad.dtype == dtype
    tolerance = {"rtol": 1e-5, "atol": 1e-6} if dtype == torch.float32 else {"rtol": 1e-2, "atol": 1e-3}
    torch.testing.assert_close(ours_in.grad, theirs_in.grad, **tolerance)
    assert ours_in.grad[[3, 17, 39]].abs().max() == 0  # padding rows learn nothing


def test_under_autocast_the_loss_is_fp32_and_the_model_gets_a_gradient():
    torch.manual_seed(1)
    layer = torch.nn.Linear(16, 30)
    x, targets = torch.randn(12, 16), torch.randint(1, 30, (12,))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = layer(x)
        value = smoothed_cross_entropy(logits, targets, 0.1, ignore_index=PAD)
    assert logits.dtype == torch.bfloat16 and value.dtype == torch.float32
    value.backward()
    assert layer.weight.grad is not None and layer.weight.grad.abs().sum() > 0


def test_shapes_are_checked():
    with pytest.raises(ValueError, match=r"logits \(N, V\) and targets \(N,\)"):
        smoothed_cross_entropy(torch.zeros(2, 3, 4), torch.zeros(6, dtype=torch.long))


def test_overwriting_the_logits_gives_the_same_gradient_and_refuses_a_second_backward():
    g = torch.Generator().manual_seed(5)
    hidden = torch.randn(30, 16, generator=g)
    weight = torch.randn(41, 16, generator=g)
    targets = torch.randint(1, 41, (30,), generator=g)
    grads = {}
    for overwrite in (False, True):
        w = weight.clone().requires_grad_()
        logits = hidden @ w.t()  # not a leaf: what the trainer passes
        loss = smoothed_cross_entropy(logits, targets, 0.1, ignore_index=PAD, overwrite_logits=overwrite)
        loss.backward(retain_graph=True)
        grads[overwrite] = w.grad.clone()
        if overwrite:
            with pytest.raises(RuntimeError, match="runs once"):
                loss.backward()
    torch.testing.assert_close(grads[True], grads[False])


def test_overwriting_logits_that_another_backward_needs_fails_loudly():
    """exp saves its output for its backward: autograd's version check sees the overwrite instead of using it."""
    x = torch.randn(6, 9, requires_grad=True)
    logits = x.exp()
    loss = smoothed_cross_entropy(logits, torch.randint(1, 9, (6,)), 0.1, ignore_index=PAD, overwrite_logits=True)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        loss.backward()
