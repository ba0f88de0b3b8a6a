"""Where a measured figure came from: the device, the commit and the date that every result record carries, and the
one builder of those records (`result_record`), used by `landmark evaluate`, the replication pages and the
benchmarks alike."""

from __future__ import annotations

import datetime
import json
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
    return cpu_name(torch.get_num_threads())


def cpu_name(threads: int) -> str:
    """'cpu (AMD EPYC, 2 threads)': the CPU and the threads a measurement used (a benchmark's subprocesses may use
    other than this process's torch threads)."""
    return f"cpu ({cpu_model()}, {threads} thread{'' if threads == 1 else 's'})"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# The CPU features that decide how fast a matmul can be: AVX2 / AVX-512 for fp32, AVX-512-BF16 and AMX for bf16.
SPEED_FLAGS = ("avx2", "avx512f", "avx512_bf16", "amx_bf16", "amx_tile")


def cpu_flags() -> list[str]:
    """Which of SPEED_FLAGS this CPU has (from /proc/cpuinfo; [] where it cannot be read)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                have = set(line.split(":", 1)[1].split())
                return [flag for flag in SPEED_FLAGS if flag in have]
    except OSError:
        pass
    return []


def git_commit() -> str | None:
    """The short commit of the code that runs, with '-dirty' when files of the package (landmark/, presets
    included) differ from it, so that a record never claims a commit whose code did not run as it is; results
    written beside it in docs/ do not count. None outside a git checkout."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=SOURCE_TREE, capture_output=True, text=True, timeout=5).stdout

    try:
        commit = git("rev-parse", "--short=7", "HEAD").strip()
        changed = git("status", "--porcelain", "--untracked-files=no", "--", "landmark").strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (commit + ("-dirty" if changed else "")) or None


def today() -> str:
    return datetime.date.today().isoformat()


def result_record(command: str, device: torch.device | str | None, **fields) -> dict:
    """One record of docs/results/*.jsonl: the measured `fields`, then where they came from. A field given as
    commit, date or device wins over what this machine says now (an evaluation reports its run's training commit)."""
    where = {
        "device": device_name(device) if isinstance(device, torch.device) else device,
        "command": command,
        "commit": git_commit(),
        "date": today(),
    }
    return {**fields, **{key: value for key, value in where.items() if fields.get(key) is None}}


def append_record(path: str | Path, record: dict) -> None:
    """Append one record as a JSON line, creating the file and its folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n")
