"""bench/bench_nmt.py runs end to end on a toy task and writes the result it promises.

Speed itself is never asserted: it is measured by the benchmark, as ratios against baselines in the same run.
"""

import importlib.util
import json
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "bench_nmt.py"

KEYS = ["preset", "corpus", "pair", "device", "torch", "train_tokens_per_s", "baseline_train_tokens_per_s",
        "train_speedup", "sentences_per_s", "baseline_sentences_per_s", "decode_speedup", "steps",
        "decode_sentences", "command", "commit", "date"]  # fmt: skip
SPEEDS = ["train_tokens_per_s", "baseline_train_tokens_per_s", "train_speedup", "sentences_per_s",
          "baseline_sentences_per_s", "decode_speedup"]  # fmt: skip


@pytest.fixture
def bench():
    spec = importlib.util.spec_from_file_location("bench_nmt", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    threads = torch.get_num_threads()
    yield module
    torch.set_num_threads(threads)  # the trainer sets the thread count of the whole process


def test_bench_writes_positive_speeds_and_ratios_for_a_toy_task(bench, tmp_path):
    out, record = tmp_path / "bench.json", tmp_path / "results" / "bench.jsonl"
    # One thread: on a busy CI machine, more threads than free cores slow torch down by orders of magnitude.
    argv = ["--preset", "vaswani2017-tiny", "--corpus", "toy:copy", "--pair", "src-tgt", "--device", "cpu",
            "--steps", "3", "--warmup-steps", "1", "--decode-sentences", "6", "--baseline-decode-sentences", "3",
            "--set", "train.num_threads=1", "--out", str(out), "--record", str(record)]  # fmt: skip
    returned = bench.main(argv)

    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == returned
    assert [key for key in KEYS if key not in written] == []
    for key in SPEEDS:
        assert written[key] > 0, key
    assert (written["corpus"], written["pair"], written["steps"], written["decode_sentences"]) == (
        "toy:copy", "src-tgt", 3, 6,
    )  # fmt: skip
    assert written["device"].startswith("cpu")
    assert "--preset vaswani2017-tiny" in written["command"]
    assert [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()] == [written]
