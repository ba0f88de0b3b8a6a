"""Checkpoints: written atomically, found by name, averaged.

A run directory holds
    config.yaml            the resolved config (rebuilds the run with the vocabularies below)
    vocab/                 the SentencePiece or word vocabularies
    checkpoints/step_N.pt  model, optimizer, schedule, RNG states and data position at step N
    last.pt, best.pt       the newest and the best-on-val checkpoint (hard links to a step file)
    averaged.pt            the mean of the last checkpoints' weights (Vaswani et al. §6.1), if asked for
    metrics.jsonl          one JSON object per logged step and per validation

Every file is written to a temporary name and renamed into place, so a crash mid-write never leaves a
half-written checkpoint where a reader or `--resume` would take it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import torch

CHECKPOINT_NAMES = ("best", "last", "averaged")


def atomic_save(obj: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    torch.save(obj, temporary)
    os.replace(temporary, path)


def link_as(source: Path, target: Path) -> None:
    """Make `target` name the same file as `source`, atomically (a hard link; a copy where links fail)."""
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        os.link(source, temporary)
    except OSError:
        torch.save(torch.load(source, map_location="cpu", weights_only=False), temporary)
    os.replace(temporary, target)


def step_checkpoints(run_dir: Path) -> list[Path]:
    """The numbered checkpoints of a run, oldest first."""
    paths = (run_dir / "checkpoints").glob("step_*.pt")
    return sorted(paths, key=lambda p: int(re.findall(r"\d+", p.stem)[0]))


def resolve_checkpoint(run_dir: Path, name: str = "best") -> Path:
    """A checkpoint's path from a name (best, last, averaged) or a path; best falls back to last."""
    if name not in CHECKPOINT_NAMES:
        path = Path(name)
        if not path.exists():
            raise FileNotFoundError(f"checkpoint {name} does not exist (names: {', '.join(CHECKPOINT_NAMES)})")
        return path
    path = run_dir / f"{name}.pt"
    if not path.exists() and name == "best":
        path = run_dir / "last.pt"
    if not path.exists():
        found = sorted(p.name for p in run_dir.glob("*.pt"))
        raise FileNotFoundError(
            f"no {name}.pt in {run_dir} (found: {', '.join(found) or 'no checkpoints'}); "
            "train the run first, or pick another with --checkpoint"
        )
    return path


def load_checkpoint(path: Path, device: str | torch.device = "cpu") -> dict[str, Any]:
    # weights_only=False: our checkpoints hold RNG states and plain Python objects, and are our own files.
    return torch.load(path, map_location=device, weights_only=False)


def average_checkpoints(paths: list[Path], output: Path) -> Path:
    """Average the model weights of `paths` into `output` (with the last one's config)."""
    if not paths:
        raise ValueError("no checkpoints to average")
    total: dict[str, torch.Tensor] = {}
    for path in paths:
        weights = load_checkpoint(path)["model"]
        for key, value in weights.items():
            total[key] = total.get(key, 0) + value.double() if value.is_floating_point() else value
    last = load_checkpoint(paths[-1])
    averaged = {
        key: (value / len(paths)).to(last["model"][key].dtype) if value.is_floating_point() else value
        for key, value in total.items()
    }
    atomic_save({"model": averaged, "config": last["config"], "averaged_from": [p.name for p in paths]}, output)
    return output
