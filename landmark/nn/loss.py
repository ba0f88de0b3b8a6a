"""The training loss: cross-entropy with label smoothing (Szegedy et al. 2016; Vaswani et al. 2017 §5.4), summed
over the real target tokens, with its gradient written out.

For a row of logits z over V words, target y and smoothing eps, the smoothed target puts 1 - eps + eps / V on y
and eps / V on every other word (PyTorch's `label_smoothing` convention), so with lse = log sum_v exp(z_v):

    loss = (1 - eps) (lse - z_y) + eps (lse - mean_v z_v)
    d loss / d z = softmax(z) - (1 - eps) onehot(y) - eps / V

`F.cross_entropy` computes the same through log_softmax and nll_loss, and its backward builds several tensors of
the logits' size (a zero-filled one for nll's scatter, a sum of two gradients, log_softmax's backward); at a
6,000-word vocabulary that head took a fifth of a vaswani2017-cpu bf16 step (bench_step --profile, on a busy
core). Here the forward keeps only lse a row and the backward writes the gradient in one pass over the logits, a
chunk of rows at a time in fp32 whatever the logits' dtype (bf16 under autocast), so that no fp32 copy of all the
logits is made; the trainer has the gradient written over the logits themselves.
The test holds it to `F.cross_entropy`: same loss, same gradient.
"""

from __future__ import annotations

import torch

CHUNK_ROWS = 256  # rows of logits turned to fp32 at a time: 6 MiB at a 6,000-word vocabulary, faster than 1,024


def chunk_buffer(logits: torch.Tensor) -> torch.Tensor:
    """One fp32 buffer for every chunk of a pass: a new tensor a chunk would be fresh pages a chunk, each faulted in
    by the kernel (glibc cannot hand the same block back to PyTorch's aligned allocations)."""
    return torch.empty(min(CHUNK_ROWS, logits.size(0)), logits.size(1), dtype=torch.float32, device=logits.device)


class SmoothedCrossEntropy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, logits: torch.Tensor, targets: torch.Tensor, smoothing: float, ignore_index: int, overwrite: bool):
        keep = targets != ignore_index  # (N,)
        safe = targets.masked_fill(~keep, 0)
        lse = torch.empty(logits.size(0), dtype=torch.float32, device=logits.device)
        total = torch.zeros((), dtype=torch.float32, device=logits.device)
        buffer = chunk_buffer(logits)
        for start in range(0, logits.size(0), CHUNK_ROWS):
            rows = slice(start, min(start + CHUNK_ROWS, logits.size(0)))
            z = buffer[: rows.stop - start].copy_(logits[rows])
            picked = z.gather(1, safe[rows, None]).squeeze(1)
            mean = z.mean(dim=-1) if smoothing else None
            top = z.amax(dim=-1, keepdim=True)
            lse[rows] = (top + z.sub_(top).exp_().sum(dim=-1, keepdim=True).log()).squeeze(1)  # logsumexp, in place
            per_row = (1.0 - smoothing) * (lse[rows] - picked)
            if smoothing:
                per_row = per_row + smoothing * (lse[rows] - mean)
            total += (per_row * keep[rows]).sum()
        ctx.save_for_backward(logits, safe, keep, lse)
        ctx.smoothing, ctx.overwrite, ctx.spent = smoothing, overwrite, False
        return total

    @staticmethod
    def backward(ctx, grad_total: torch.Tensor):
        if ctx.spent:
            raise RuntimeError("smoothed_cross_entropy(overwrite_logits=True) has overwritten its logits: its backward "
                               "runs once")  # fmt: skip
        logits, safe, keep, lse = ctx.saved_tensors
        ctx.spent = ctx.overwrite
        smoothing, vocab = ctx.smoothing, logits.size(-1)
        grad = logits if ctx.overwrite else torch.empty_like(logits)
        buffer = chunk_buffer(logits)
        scale = keep.float() * grad_total.float()  # (N,): ignored rows get no gradient
        for start in range(0, logits.size(0), CHUNK_ROWS):
            rows = slice(start, min(start + CHUNK_ROWS, logits.size(0)))
            p = buffer[: rows.stop - start].copy_(logits[rows])
            p.sub_(lse[rows, None]).exp_()  # softmax(z)
            if smoothing:
                p.sub_(smoothing / vocab)
            p.scatter_add_(1, safe[rows, None], torch.full_like(p[:, :1], smoothing - 1.0))
            grad[rows] = p.mul_(scale[rows, None])
        return grad, None, None, None, None


def smoothed_cross_entropy(
    logits: torch.Tensor,
    targets: torch.Tensor,
    smoothing: float = 0.0,
    ignore_index: int = -100,
    overwrite_logits: bool = False,
) -> torch.Tensor:
    """sum over rows with targets != ignore_index of the label-smoothed cross-entropy: `F.cross_entropy(logits,
    targets, ignore_index=ignore_index, label_smoothing=smoothing, reduction="sum")`, in fp32. logits (N, V),
    targets (N,). overwrite_logits: the backward writes the gradient over the logits instead of into a new tensor
    of their size, whose fresh pages the kernel would have to fault in one by one; for a caller that holds the
    logits nowhere else (the trainer: a linear layer's backward keeps its input and weight, not its output)."""
    if logits.dim() != 2 or targets.shape != logits.shape[:1]:
        raise ValueError(
            f"logits (N, V) and targets (N,) expected, got {tuple(logits.shape)} and {tuple(targets.shape)}"
        )
    return SmoothedCrossEntropy.apply(logits, targets, float(smoothing), ignore_index, overwrite_logits)
