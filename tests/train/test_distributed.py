"""`torchrun --nproc-per-node 2 -m landmark train` on the CPU (gloo): both ranks end with identical weights; the
two-process loss curve is a one-process run's with twice the accumulation; a killed two-process run resumed (at
two processes, or at one with the accumulation doubled) continues the same curve."""

import json
import os
import subprocess
import sys

import pytest

STEPS = 12
TRAIN = ["train", "--preset", "vaswani2017-tiny", "--no-progress", "--set", "train.num_threads=1",
         "--set", f"train.max_steps={STEPS}", "--set", "train.eval_every=6", "--set", "train.checkpoint_every=6",
         "--set", "train.log_every=1", "--set", "train.eval_sentences=5", "--set", "data.train_limit=2000"]  # fmt: skip


def landmark(*args, processes: int = 1, failpoint: str = "") -> subprocess.CompletedProcess:
    launcher = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={processes}"]
    command = [*(launcher if processes > 1 else [sys.executable]), "-m", "landmark", *map(str, args)]
    env = {**os.environ, "LANDMARK_FAILPOINT": failpoint, "OMP_NUM_THREADS": "1"}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def records(run, kind: str) -> list[dict]:
    return [r for r in map(json.loads, (run / "metrics.jsonl").read_text().splitlines()) if r["type"] == kind]


def losses(run) -> list[float]:
    return [r["loss"] for r in records(run, "train")]


@pytest.fixture(scope="module")
def two_processes(tmp_path_factory):
    run = tmp_path_factory.mktemp("ddp") / "two"
    result = landmark(*TRAIN, "--out", run, processes=2)
    assert result.returncode == 0, result.stderr[-3000:]
    return run


def test_two_ranks_end_identical_and_follow_one_process_with_twice_the_accumulation(two_processes, tmp_path):
    (end,) = records(two_processes, "end")
    assert end["world_size"] == 2 and end["replicas_identical"] is True and end["steps"] == STEPS
    assert json.loads((two_processes / "run.json").read_text())["world_size"] == 2
    one = tmp_path / "one"
    assert landmark(*TRAIN, "--out", one, "--set", "train.accumulate=2").returncode == 0
    assert len(losses(one)) == STEPS
    assert losses(two_processes) == pytest.approx(losses(one), rel=1e-4)
    # And not simply any run's curve: one process without the doubled accumulation takes other steps.
    single = tmp_path / "single"
    assert landmark(*TRAIN, "--out", single).returncode == 0
    assert losses(single)[3:] != pytest.approx(losses(one)[3:], rel=1e-3)


def test_a_killed_two_process_run_resumes_on_its_curve_at_two_processes_or_one(two_processes, tmp_path):
    broken = tmp_path / "broken"
    killed = landmark(*TRAIN, "--out", broken, processes=2, failpoint="step:9")  # both ranks die at step 9
    assert killed.returncode != 0 and max(r["step"] for r in records(broken, "train")) < 9
    resumed = landmark("train", "--out", broken, "--resume", "--no-progress", processes=2)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert losses(broken) == pytest.approx(losses(two_processes), rel=1e-4)
    assert len(records(broken, "resume")) == 1

    again = tmp_path / "again"
    assert landmark(*TRAIN, "--out", again, processes=2, failpoint="step:9").returncode != 0
    one = landmark("train", "--out", again, "--resume", "--no-progress", "--set", "train.accumulate=2")
    assert one.returncode == 0, one.stderr[-3000:]
    assert losses(again) == pytest.approx(losses(two_processes), rel=1e-4)
