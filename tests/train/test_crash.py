"""Killed twice — once while a checkpoint is being written, once between checkpoints — and resumed each time, a
run ends with the very parameters and metrics.jsonl of the same run trained without a stop."""

import json
import os
import subprocess
import sys

import torch

from landmark.runs import load_checkpoint

TRAIN = ["train", "--preset", "vaswani2017-tiny", "--no-progress", "--set", "train.num_threads=1",
         "--set", "train.max_steps=24", "--set", "train.eval_every=8", "--set", "train.checkpoint_every=8",
         "--set", "train.log_every=3", "--set", "train.eval_sentences=5"]  # fmt: skip
# Readings of the machine, not of the training: wall clocks, and the peak memory of a process (a resumed process
# allocates from a fresh heap) differ between any two runs.
CLOCKS = {"tokens_per_s", "train_seconds", "seconds", "peak_memory_mib"}


def landmark(*args, failpoint: str | None = None) -> int:
    env = {**os.environ, "LANDMARK_FAILPOINT": failpoint or ""}
    result = subprocess.run([sys.executable, "-m", "landmark", *map(str, args)], env=env, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode


def log_without_clocks(run) -> list[dict]:
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    return [{k: v for k, v in r.items() if k not in CLOCKS} for r in records if r["type"] != "resume"]


def test_a_run_killed_twice_and_resumed_ends_as_the_uninterrupted_run(tmp_path):
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    assert landmark(*TRAIN, "--out", whole) == 0
    # SIGKILL while the second checkpoint (step 16) lies written under its temporary name, not yet renamed.
    assert landmark(*TRAIN, "--out", broken, failpoint="checkpoint-written:2") == -9
    assert not (broken / "checkpoints" / "step_0000016.pt").exists()
    resume = ["train", "--out", broken, "--resume", "--no-progress"]
    # Resumed from step 8, then SIGKILL at step 20, between the checkpoints of steps 16 and 24.
    assert landmark(*resume, failpoint="step:13") == -9
    assert (broken / "checkpoints" / "step_0000016.pt").exists()
    assert landmark(*resume) == 0

    assert log_without_clocks(broken) == log_without_clocks(whole)
    ours, theirs = load_checkpoint(broken / "last.pt")["model"], load_checkpoint(whole / "last.pt")["model"]
    assert ours.keys() == theirs.keys()
    assert all(torch.equal(ours[k], theirs[k]) for k in ours)
    assert not list(broken.rglob(".*.tmp")) and not (broken / ".lock").exists()
