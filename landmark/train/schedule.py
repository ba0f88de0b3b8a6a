"""The optimiser and its learning-rate schedule: Adam, a linear warm-up, then a constant rate, 1/sqrt(step), or a
cosine down to a tenth of the peak at the last step (nanoGPT's schedule)."""

from __future__ import annotations

import math

import torch

from landmark.config import TrainConfig


def learning_rate_factor(step: int, warmup_steps: int, schedule: str, max_steps: int = 0) -> float:
    """lr(step) / peak lr. inverse_sqrt: linear warm-up to the peak, then peak * sqrt(warmup / step)
    — the shape of Vaswani et al.'s eq. (3), with the peak as the parameter instead of d_model^-0.5.
    cosine: after the warm-up, 0.1 + 0.9 * (1 + cos(pi * progress)) / 2, progress running 0 -> 1 up to max_steps."""
    if schedule == "constant":
        return min(1.0, (step + 1) / max(warmup_steps, 1))
    if schedule == "cosine":
        if step < warmup_steps:
            return (step + 1) / warmup_steps
        progress = min(1.0, (step - warmup_steps) / max(max_steps - warmup_steps, 1))
        return 0.1 + 0.9 * 0.5 * (1.0 + math.cos(math.pi * progress))
    if schedule == "inverse_sqrt":
        step = step + 1
        return min(step / max(warmup_steps, 1), math.sqrt(max(warmup_steps, 1) / step))
    raise ValueError(f"train.schedule is {schedule!r}; valid: inverse_sqrt, constant, cosine")


def build_optimizer(model: torch.nn.Module, train: TrainConfig, device: torch.device):
    """Adam over the model's parameters (PyTorch's fused kernel on a GPU and on the CPU: one pass over each
    parameter instead of a dozen, the same update to float rounding) and its LambdaLR schedule."""
    fused = {"fused": True} if device.type in ("cuda", "cpu") else {}
    optimizer = torch.optim.Adam(
        model.parameters(),
        lr=train.lr,
        betas=train.adam_betas,
        eps=train.adam_eps,
        weight_decay=train.weight_decay,
        **fused,
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: learning_rate_factor(step, train.warmup_steps, train.schedule, train.max_steps)
    )
    return optimizer, scheduler
