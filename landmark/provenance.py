"""Where a measured figure came from: the device, the commit and the date that every result record carries."""

from __future__ import annotations

import datetime
import platform
import subprocess
from pathlib import Path

import torch

SOURCE_TREE = Path(__file__).resolve().parent.parent  # the checkout, when landmark runs from one

# The keys every evaluation record in docs/results/*.jsonl carries, whatever wrote it.
RESULT_KEYS = (
    "preset",
    "corpus",
    "pair",
    "split",
    "bleu",
    "chrf",
    "signature",
    "beam",
    "device",
    "train_seconds",
    "command",
    "commit",
    "date",
)


def device_name(device: torch.device) -> str:
    """'NVIDIA H100 80GB HBM3', or 'cpu (AMD EPYC, 2 threads)'."""
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    threads = torch.get_num_threads()
    return f"cpu ({cpu_model()}, {threads} thread{'' if threads == 1 else 's'})"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_commit() -> str | None:
    """The short commit of the code that runs (None outside a git checkout; uncommitted changes are not seen)."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=SOURCE_TREE, capture_output=True, text=True, timeout=5
        )
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def today() -> str:
    return datetime.date.today().isoformat()
